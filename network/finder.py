"""The counselling-centre finder's logic: the reader's choices from a GET query, the places that
match them, and for every option how many places choosing it would show.

Everything works on the list of public places, loaded in one query (``CounsellingPlace.objects
.public()``: a few hundred rows at most), in Python: the count beside an option and the list it
leads to come from the same ``matches`` and cannot disagree, on every database, and the number of
queries does not grow with the number of places.

Rules a reader relies on:
- The filters combine (AND); each takes one value. ``?language=bg&land=SN`` is a link to share.
- A place with interpreters for other languages counts for every language; a place for everyone
  counts for every target group; a nationwide place counts in every Land.
- A postcode stands for the Land (or Länder) it lies in, and the places in its district come
  first; it is looked up in the shipped table (``network.geo``), never sent anywhere, and
  decides over a Land chosen at the same time.
- Bad input is never an error page: an unknown choice, a repeated parameter or a malformed
  postcode is named in a message (the view answers 400), the rest of the query still applies.
- Nothing about a search is stored.
"""

import math
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home import filters

from . import geo
from .counselling import ContactKind, Form, TargetGroup
from .languages import describe, iso_code

PER_PAGE = 10
MAX_VALUE = 100  # longer than any code: refused before any lookup
# The filters in the order the form shows them: (GET parameter, label).
DIMENSIONS = {
    "language": gettext_lazy("Language of counselling"),
    "form": gettext_lazy("Form of exploitation"),
    "group": gettext_lazy("For whom"),
    "land": gettext_lazy("Federal state"),
    "contact": gettext_lazy("Way to get in touch"),
}
PARAMETERS = (*DIMENSIONS, "plz", "page")
# Target groups a reader chooses from: "Everyone" is what a place offers, not a choice.
GROUP_CHOICES = [(code, label) for code, label in TargetGroup.choices if code != TargetGroup.ALL]


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    own: str = ""  # a language's name in itself
    lang: str = ""
    dir: str = ""


@dataclass
class Choices:
    """What the reader asked for, as understood, and what could not be understood."""

    values: dict = field(default_factory=dict)  # dimension -> code (land: a tuple of codes)
    postcode: str = ""  # as typed (shown back in the form)
    areas: list = field(default_factory=list)  # geo.Area of a known postcode
    page: int = 1
    errors: list = field(default_factory=list)  # -> 400
    notes: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.values)

    def query(self, **changes):
        """The GET parameters of these choices with ``changes`` (None drops one): for the
        pages of the results and the map's links."""
        params = {name: value for name, value in self.values.items() if name != "land"}
        if self.areas:
            params["plz"] = self.postcode
        elif "land" in self.values:
            params["land"] = self.values["land"][0]
        params.update(changes)
        return {name: value for name, value in params.items() if value}

    def errors_about(self, name):
        return any(error[0] == name for error in self.errors)


def language_codes(places):
    """The languages offered: the site's 18, then every language a place counsels in."""
    codes = [iso_code(code) for code, _name in settings.LANGUAGES]
    for place in places:
        codes.extend(place.languages)
    return list(dict.fromkeys(codes))


def known_values(places):
    return {
        "language": set(language_codes(places)),
        "form": set(Form.values),
        "group": {code for code, _label in GROUP_CHOICES},
        "land": set(geo.LAENDER),
        "contact": set(ContactKind.values),
    }


def read(query, places):
    """``Choices`` from a request's ``GET`` (a QueryDict)."""
    choices = Choices()
    known = known_values(places)
    for name, value, repeated in filters.given(query, PARAMETERS):
        if repeated:
            choices.errors.append((name, filters.repeated_message()))
        if name == "plz":
            choices.postcode = value[: geo.MAX_INPUT]
            try:
                choices.areas = geo.lookup(value)
            except geo.BadPostcode as error:
                choices.errors.append(("plz", error.message))
            except geo.UnknownPostcode as error:
                choices.notes.append(error.message)
            continue
        if name == "page":
            if number := filters.page_number(value):
                choices.page = number
            else:
                choices.errors.append(("page", filters.bad_page_message()))
            continue
        if len(value) <= MAX_VALUE and value in known[name]:
            choices.values[name] = (value,) if name == "land" else value
        else:
            choices.errors.append((name, filters.unknown_message(DIMENSIONS[name])))
    if choices.areas:
        laender = tuple(dict.fromkeys(area.land for area in choices.areas))
        if choices.values.get("land", laender) != laender:
            choices.notes.append(_("The postcode decides over the federal state you chose."))
        choices.values["land"] = laender
    return choices


def facets(place):
    """What a place offers, per dimension, as sets of codes; ``"*"`` means every value."""
    kinds = {block.value["kind"] for block in place.contacts}
    if place.walk_in_address:
        kinds.add(ContactKind.WALK_IN.value)
    if place.mobile:
        kinds.add(ContactKind.OUTREACH.value)
    return {
        "language": {*place.languages, *(("*",) if place.interpreters else ())},
        "form": set(place.forms),
        "group": {"*" if group == TargetGroup.ALL else group for group in place.target_groups},
        "land": {"*"} if place.nationwide else set(place.laender),
        "contact": kinds,
    }


def matches(offered, name, value):
    values = value if isinstance(value, tuple) else (value,)
    return "*" in offered[name] or any(item in offered[name] for item in values)


def matching(entries, values, leave_out=None):
    return [
        entry
        for entry in entries
        if all(
            matches(entry[1], name, value) for name, value in values.items() if name != leave_out
        )
    ]


@dataclass
class Result:
    choices: Choices
    places: list  # this page's places
    total: int
    options: dict  # dimension -> [Option]
    land_counts: dict  # Land code -> count with every other choice applied
    number: int = 1
    num_pages: int = 1

    @property
    def first_index(self):
        return (self.number - 1) * PER_PAGE + 1


def option_labels(name, places, reader_language):
    """(value, label, language info or None) per option of a dimension, in display order."""
    if name == "language":
        own = iso_code(reader_language)
        infos = [describe(code) for code in language_codes(places)]
        infos.sort(key=lambda info: (info["code"] != own, info["name"].casefold()))
        return [(info["code"], info["name"], info) for info in infos]
    if name == "land":
        laender = sorted(geo.LAENDER.items(), key=lambda item: str(item[1]).casefold())
        return [(code, str(label), None) for code, label in laender]
    choices = {"form": Form.choices, "group": GROUP_CHOICES, "contact": ContactKind.choices}
    return [(code, str(label), None) for code, label in choices[name]]


def sort_key(choices):
    """Places in the postcode's district first (its city or region named in the district's
    name: "Leipzig" in "Kreisfreie Stadt Leipzig"), then places of a Land before nationwide
    ones, then by city and name."""
    districts = [area.region.casefold() for area in choices.areas]

    def near(place):
        names = [name.casefold() for name in (place.city, place.region) if name]
        return any(name in district for name in names for district in districts)

    def key(place):
        return (not near(place), place.nationwide, place.city.casefold(), place.name.casefold())

    return key


def find(places, choices, reader_language):
    """The places matching ``choices`` (one page of them) and the count of every option."""
    entries = [(place, facets(place)) for place in places]
    found = [place for place, _offered in matching(entries, choices.values)]
    found.sort(key=sort_key(choices))

    options = {}
    for name in DIMENSIONS:
        candidates = matching(entries, choices.values, leave_out=name)
        current = choices.values.get(name)
        current = current if isinstance(current, tuple) else (current,)
        options[name] = [
            Option(
                value=value,
                label=label,
                count=sum(1 for _place, offered in candidates if matches(offered, name, value)),
                selected=value in current,
                own=info["own"] if info else "",
                lang=info["code"] if info else "",
                dir=info["dir"] if info else "",
            )
            for value, label, info in option_labels(name, places, reader_language)
        ]
    land_counts = {option.value: option.count for option in options["land"]}

    num_pages = max(1, math.ceil(len(found) / PER_PAGE))
    number = min(choices.page, num_pages)
    start = (number - 1) * PER_PAGE
    return Result(
        choices=choices,
        places=found[start : start + PER_PAGE],
        total=len(found),
        options=options,
        land_counts=land_counts,
        number=number,
        num_pages=num_pages,
    )
