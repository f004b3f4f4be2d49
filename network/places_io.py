"""Counselling places in and out: CSV import and export, the demo data, the office's permissions.

The CSV format (one row per counselling place, UTF-8, comma-separated, a header row):

- ``organisation``, ``organisation_kind``, ``organisation_website``, ``membership``,
  ``organisation_source``: the organisation (Träger), matched by name. Kinds: counselling-centre,
  shelter, migrant-women, sex-work, rights, welfare. Membership: member (shown to readers),
  to-be-confirmed, not-a-member. Every row of one organisation must give the same values.
- ``place`` (the place's name; with ``organisation`` it identifies the place), ``city``,
  ``region``, ``laender`` (codes such as ``BE BY``), ``nationwide``, ``mobile``, ``shelter``.
- ``forms`` (codes: sexuelle-ausbeutung arbeitsausbeutung erzwungene-betteltaetigkeit
  ausnutzung-strafbarer-handlungen organentnahme leihmutterschaft zwangsverheiratung
  illegale-adoption fgm honour-violence prostitution domestic-violence), ``target_groups``
  (women men minors trans-non-binary all), ``languages`` (ISO 639-1: ``de en bg``),
  ``interpreters``.
- One column per contact route and one for its opening hours: ``phone``/``phone_hours``,
  ``messenger``, ``email``, ``form``, ``online``, ``walk-in``, ``outreach`` (each with
  ``_hours``). Several values of one route: one per line in the cell, hours line by line.
- ``walk_in_address`` (never for shelters), ``description``, ``accessibility``,
  ``last_checked_on`` (YYYY-MM-DD), ``checked_by``, ``source`` (office only).

Lists are separated by spaces or commas; yes/no columns take ``yes``, ``no`` or nothing (no).
The import checks every row first and writes nothing if any row is bad; then it creates or
updates, in one transaction, the German (source) rows. Translations of the descriptions are
made in the admin through wagtail-localize.
"""

import csv
import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import models, transaction

from .counselling import ContactKind, CounsellingPlace, Organisation, validate_contact
from .fields import split_codes

ORGANISATION_COLUMNS = {
    "organisation": "name",
    "organisation_kind": "kind",
    "organisation_website": "website",
    "membership": "membership",
    "organisation_source": "source",
}
PLACE_TEXT = {
    "place": "name",
    "city": "city",
    "region": "region",
    "walk_in_address": "walk_in_address",
    "description": "description",
    "accessibility": "accessibility",
    "checked_by": "checked_by",
    "source": "source",
}
PLACE_LISTS = ["laender", "forms", "target_groups", "languages"]
PLACE_FLAGS = ["nationwide", "mobile", "shelter", "interpreters"]
CONTACT_COLUMNS = [column for kind in ContactKind for column in (kind.value, f"{kind.value}_hours")]
COLUMNS = [
    *ORGANISATION_COLUMNS,
    *PLACE_TEXT,
    *PLACE_LISTS,
    *PLACE_FLAGS,
    *CONTACT_COLUMNS,
    "last_checked_on",
]
YES, NO = {"yes", "ja", "true", "1"}, {"no", "nein", "false", "0", ""}
OFFICE_GROUPS = ("Editors", "Moderators")


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)  # (line, message)
    organisations: int = 0
    places: int = 0


def messages(error):
    if hasattr(error, "message_dict"):
        return [f"{name}: {' '.join(texts)}" for name, texts in error.message_dict.items()]
    return list(error.messages)


def flag(value, column):
    value = (value or "").strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise ValidationError(f"{column}: write yes or no, not {value!r}")


def contacts_of(row):
    contacts = []
    for kind in ContactKind:
        values = [v.strip() for v in (row.get(kind.value) or "").splitlines() if v.strip()]
        hours = [h.strip() for h in (row.get(f"{kind.value}_hours") or "").splitlines()]
        for position, value in enumerate(values):
            try:
                validate_contact(kind, value)
            except ValidationError as error:
                raise ValidationError(f"{kind.value}: {' '.join(error.messages)}") from error
            when = hours[position] if position < len(hours) else ""
            contacts.append(("contact", {"kind": kind.value, "value": value, "hours": when}))
    return contacts


def read_rows(handle):
    """(line number where the record starts, row) for each record of the CSV file."""
    reader = csv.DictReader(handle)
    missing = [
        column for column in ("organisation", "place") if column not in (reader.fieldnames or [])
    ]
    if missing:
        raise ValidationError(f"line 1: missing column(s) {', '.join(missing)}")
    unknown = [column for column in reader.fieldnames if column not in COLUMNS]
    if unknown:
        raise ValidationError(f"line 1: unknown column(s) {', '.join(unknown)}")
    start = reader.line_num + 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def build_place(row, organisation):
    place = (
        CounsellingPlace.objects.source_rows()
        .filter(organisation__name=organisation.name, name=(row.get("place") or "").strip())
        .first()
        or CounsellingPlace()
    )
    place.organisation = organisation
    for column, name in PLACE_TEXT.items():
        setattr(place, name, (row.get(column) or "").strip())
    for name in PLACE_LISTS:
        codes = split_codes(row.get(name) or "")
        setattr(place, name, [code.lower() for code in codes] if name == "languages" else codes)
    problems = []
    for name in PLACE_FLAGS:
        try:
            setattr(place, name, flag(row.get(name), name))
        except ValidationError as error:
            problems += error.messages
    try:
        place.contacts = contacts_of(row)
    except ValidationError as error:
        problems += error.messages
    checked = (row.get("last_checked_on") or "").strip()
    try:
        place.last_checked_on = datetime.date.fromisoformat(checked) if checked else None
    except ValueError:
        problems.append(f"last_checked_on: {checked!r} is not a date (YYYY-MM-DD)")
    try:
        place.full_clean(exclude=["organisation", "locale", "translation_key", "contacts"])
    except ValidationError as error:
        problems += messages(error)
    return place, problems


def import_csv(handle, dry_run=False):
    """Check every row of ``handle`` (an open text file); import all of them or nothing."""
    result = ImportResult()
    organisations, places, seen = {}, [], set()
    try:
        rows = list(read_rows(handle))
    except (ValidationError, csv.Error) as error:
        result.errors.append((1, " ".join(getattr(error, "messages", [str(error)]))))
        return result
    if not rows:
        result.errors.append((1, "the file has no rows"))
    for line, row in rows:
        values = {
            name: (row.get(column) or "").strip() for column, name in ORGANISATION_COLUMNS.items()
        }
        problems = []
        organisation = organisations.get(values["name"])
        if organisation is None:
            organisation = (
                Organisation.objects.filter(name=values["name"]).first() or Organisation()
            )
            for name, value in values.items():
                setattr(organisation, name, value)
            try:
                organisation.full_clean(validate_unique=False)
            except ValidationError as error:
                problems += messages(error)
            organisations[values["name"]] = organisation
        elif any(getattr(organisation, name) != value for name, value in values.items()):
            problems.append(f"organisation {values['name']!r} differs from an earlier row")
        key = (values["name"], (row.get("place") or "").strip())
        if key in seen:
            problems.append(f"place {key[1]!r} of {key[0]!r} appears twice")
        seen.add(key)
        place, place_problems = build_place(row, organisation)
        problems += place_problems
        result.errors += [(line, problem) for problem in problems]
        places.append(place)
    result.organisations, result.places = len(organisations), len(places)
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        for organisation in organisations.values():
            organisation.save()
        for place in places:
            place.organisation = place.organisation  # now saved: sets organisation_id
            place.save()
    return result


def export_csv(handle):
    """Write every counselling place (German source rows) in the import's format."""
    writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    places = CounsellingPlace.objects.source_rows().select_related("organisation")
    for place in places.order_by("organisation__name", "name"):
        row = {
            column: getattr(place.organisation, name)
            for column, name in ORGANISATION_COLUMNS.items()
        }
        row |= {column: getattr(place, name) for column, name in PLACE_TEXT.items()}
        row |= {name: " ".join(getattr(place, name)) for name in PLACE_LISTS}
        row |= {name: "yes" if getattr(place, name) else "no" for name in PLACE_FLAGS}
        for kind in ContactKind:
            routes = [block.value for block in place.contacts if block.value["kind"] == kind.value]
            row[kind.value] = "\n".join(route["value"] for route in routes)
            row[f"{kind.value}_hours"] = "\n".join(route["hours"] or "" for route in routes)
        row["last_checked_on"] = place.last_checked_on.isoformat() if place.last_checked_on else ""
        writer.writerow(row)
    return places.count()


def ensure_office_permissions():
    """The office (Wagtail's Editors and Moderators) adds, edits and deletes organisations and
    places; returns how many permissions were granted. Translator groups get "change" on places
    from ``setup_translators`` like on every translatable snippet, bound to their language."""
    perms = list(
        Permission.objects.filter(
            content_type__app_label="network",
            content_type__model__in=["organisation", "counsellingplace"],
            codename__regex=r"^(add|change|delete)_",
        )
    )
    granted = 0
    for group in Group.objects.filter(name__in=OFFICE_GROUPS):
        missing = set(perms) - set(group.permissions.all())
        group.permissions.add(*missing)
        granted += len(missing)
    return granted


def load_demo():
    """Create the demo organisations and places that do not exist yet; returns how many."""
    from . import demo_places

    created = 0
    organisations = {}
    for data in demo_places.ORGANISATIONS:
        fields = {key: value for key, value in data.items() if key != "name"}
        organisations[data["name"]], new = Organisation.objects.get_or_create(
            name=data["name"], defaults=fields
        )
        created += new
    for data in demo_places.PLACES:
        organisation = organisations[data["organisation"]]
        # Matched by its research-table row, which the source names: a name corrected in the
        # demo data (or by an editor) does not make a second place.
        marker = f"Research table row {data['row']} ("
        if (
            CounsellingPlace.objects.source_rows()
            .filter(organisation=organisation)
            .filter(models.Q(name=data["name"]) | models.Q(source__contains=marker))
            .exists()
        ):
            continue
        fields = {key: value for key, value in data.items() if key not in ("row", "organisation")}
        fields["contacts"] = [
            ("contact", {"kind": kind, "value": value, "hours": hours})
            for kind, value, hours in fields["contacts"]
        ]
        place = CounsellingPlace(organisation=organisation, **fields)
        place.full_clean(exclude=["locale", "translation_key"])
        place.save()
        created += 1
    return created
