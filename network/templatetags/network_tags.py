"""Template tags of the counselling network: the map of the 16 Länder (``germany_map``), the
parts of a counselling place in the finder (``place_area``, ``place_languages``,
``place_labels``, ``place_contacts``, ``de_attr``) and the ways that always work
(``always_available``).

Usage from the finder (or any page)::

    {% load network_tags %}
    {% germany_map counts finder_url %}

``counts``: {Land code: number of places} (codes as in ``network.geo.LAENDER``; a Land
missing from it counts 0). ``finder_url``: the finder's URL, optionally with the reader's
other filters already in its query; each Land links to it with ``land=<code>`` set (an
existing ``land`` is replaced, the other parameters are kept). Optional ``current``: the
selected Land's code, marked with ``aria-current``.

Renders ``components/germany_map.html``: an inline SVG (no request, no JavaScript) whose
Länder are links named "<Land>: N counselling places", and beneath it the same links as a
plain list. The list is the accessible primary: it is text (zooms, reflows, reads in every
screen reader, works where SVG does not); the map offers the same links to pointer and
keyboard, with a visible focus ring, and is grouped under its own name.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext

from home import contact, navigation
from home.models import HelpBox, SpecialPages
from home.templatetags.safety_tags import contact_settings
from multilingual.reader import Reader
from network.counselling import ContactKind, Form, TargetGroup
from network.geo import LAENDER, map_shapes
from network.languages import describe

register = template.Library()

# City-states are drawn last so that they lie on top of the Land around them.
ON_TOP = ("BE", "HB", "HH")


def land_url(base, code, **params):
    """``base`` with ``land=code`` (replacing any) and ``params`` set."""
    params = {"land": code, **params} if code else params
    parts = urlsplit(base)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key not in params]
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


@register.inclusion_tag("components/germany_map.html")
def germany_map(counts, finder_url, current=None):
    counts = counts or {}
    view_box, shapes = map_shapes()
    laender = []
    for code, name in LAENDER.items():
        count = int(counts.get(code, 0))
        label = ngettext(
            "%(land)s: %(count)s counselling place",
            "%(land)s: %(count)s counselling places",
            count,
        ) % {"land": name, "count": count}
        laender.append(
            {
                "code": code,
                "name": str(name),
                "count": count,
                "label": label,
                "url": land_url(finder_url, code),
                "current": code == current,
                **shapes[code],
            }
        )
    laender.sort(key=lambda land: land["name"].casefold())
    drawn = sorted(laender, key=lambda land: land["code"] in ON_TOP)
    return {
        "view_box": view_box,
        "laender": laender,
        "drawn": drawn,
        "map_name": gettext("Map of the federal states"),
    }


@register.simple_tag
def de_attr():
    """`` lang="de" dir="ltr"`` on German text (a place's proper name, an untranslated
    description) inside a page in another language; empty on German pages."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return ""
    return format_html(' lang="{}" dir="ltr"', settings.LANGUAGE_CODE)


@register.simple_tag
def place_area(place):
    """Where a place counsels: its city or region and Land, nationwide, mobile work."""
    parts = []
    where = ", ".join(part for part in (place.city, place.region) if part)
    if where:
        parts.append(format_html("<span{}>{}</span>", de_attr(), where))
    if place.nationwide:
        parts.append(gettext("all of Germany"))
    elif place.laender:
        # A city-state once: "Hamburg", not "Hamburg · Hamburg".
        names = [str(LAENDER[code]) for code in place.laender if code in LAENDER]
        names = [name for name in names if name != place.city or not where]
        if names:
            parts.append(", ".join(names))
    text = format_html_join(" · ", "{}", ((part,) for part in parts))
    if place.mobile:
        text = (
            format_html("{} ({})", text, gettext("also comes to you"))
            if parts
            else gettext("comes to you")
        )
    return text


@register.simple_tag
def place_languages(place):
    """Each language in its own script (with ``lang`` and ``dir``), then interpreters."""
    names = []
    for code in place.languages:
        info = describe(code)
        names.append((info["code"], info["dir"], info["own"]))
    listed = format_html_join(", ", '<span lang="{}" dir="{}">{}</span>', names)
    if place.interpreters:
        extra = gettext("interpreters for other languages")
        return format_html("{}; {}", listed, extra) if names else extra
    return listed or gettext("not known: please ask")


LABELS = {"forms": dict(Form.choices), "target_groups": dict(TargetGroup.choices)}


@register.simple_tag
def place_labels(place, field):
    labels = LABELS[field]
    return ", ".join(str(labels[code]) for code in getattr(place, field) if code in labels)


CONTACT_LABELS = dict(ContactKind.choices)


def _contact_value(kind, value):
    if kind in (ContactKind.PHONE, ContactKind.MESSENGER):
        return format_html('<a href="{}" dir="ltr">{}</a>', contact.tel_href(value), value)
    if kind == ContactKind.EMAIL:
        return format_html('<a href="mailto:{}">{}</a>', value, value)
    if kind in (ContactKind.FORM, ContactKind.ONLINE):
        return format_html('<a href="{}">{}</a>', value, gettext("open the website"))
    return format_html("<span{}>{}</span>", de_attr(), value)


@register.simple_tag(takes_context=True)
def place_contacts(context, place):
    """How to get in touch: every route with its hours; without any, the organisation's
    website and KOK's office, which puts a reader in touch."""
    items = []
    for block in place.contacts:
        kind, value, hours = block.value["kind"], block.value["value"], block.value["hours"]
        item = format_html("{}: {}", CONTACT_LABELS.get(kind, kind), _contact_value(kind, value))
        if hours:
            item = format_html(
                '{} <span class="place__hours"{}>({})</span>', item, de_attr(), hours
            )
        items.append((item,))
    if place.walk_in_address:
        items.append(
            (
                format_html(
                    "{}: <span{}>{}</span>",
                    CONTACT_LABELS[ContactKind.WALK_IN],
                    de_attr(),
                    place.walk_in_address,
                ),
            )
        )
    if not items:
        if place.organisation.website:
            items.append(
                (
                    format_html(
                        '<a href="{}">{}</a>',
                        place.organisation.website,
                        gettext("Website of the organisation"),
                    ),
                )
            )
        office = contact_settings(context["request"])
        if office and office.phone:
            items.append(
                (
                    format_html(
                        '{} <a href="{}" dir="ltr">{}</a>',
                        gettext("KOK puts you in touch:"),
                        contact.tel_href(office.phone),
                        office.phone,
                    ),
                )
            )
    return format_html(
        '<ul class="place__contacts">{}</ul>', format_html_join("", "<li>{}</li>", items)
    )


@register.inclusion_tag("network/always_available.html", takes_context=True)
def always_available(context):
    """The ways that always work, above every result list: 110/112, the helpline 116 016 with
    interpreters, KOK's online counselling, KOK's office. The labels are the help box's (the
    office words them once, translated with it); the numbers are Settings → Contact."""
    reader = Reader.of(context["request"])
    box = navigation.localized_snippet(reader, HelpBox)
    box_lang = box.locale.language_code if box else None
    return {
        "box": box,
        "box_lang": box_lang if box_lang != translation.get_language() else None,
        "contact": contact_settings(context["request"]),
    }


@register.inclusion_tag("network/finder_link.html", takes_context=True)
def finder_link(context, page):
    """On a form-of-exploitation page: a link to the finder filtered by that form. The finder's
    form codes are the German slugs of these pages (``network.counselling.Form``): a translated
    page takes its German version's slug from the language versions the language switcher has
    loaded (no query of its own)."""
    reader = Reader.of(context["request"])
    finder = SpecialPages.pages_for(reader).get("finder")
    if finder is None or page is None:
        return {}
    slug = page.slug  # German pages and their aliases
    if slug not in Form.values:  # a translation: its German version, loaded for the switcher
        german = reader.versions(page).versions.get(settings.LANGUAGE_CODE)
        slug = german.slug if german is not None else None
    if slug not in Form.values:
        return {}
    return {"url": land_url(finder.get_url(reader.request), None, form=slug)}
