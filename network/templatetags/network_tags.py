"""Template tags of the counselling network: the map of the 16 Länder (``germany_map``).

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
from django.utils.translation import gettext, ngettext

from network.geo import LAENDER, map_shapes

register = template.Library()

# City-states are drawn last so that they lie on top of the Land around them.
ON_TOP = ("BE", "HB", "HH")


def land_url(base, code):
    parts = urlsplit(base)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "land"]
    query.append(("land", code))
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
