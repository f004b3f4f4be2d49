"""Offline geography for the counselling-centre finder: the 16 Länder and postcode -> Land.

Nothing here asks another host: the postcode table ships in ``network/data/postcodes_de.tsv``
(GeoNames, https://www.geonames.org/, CC BY 4.0; built by ``network/data/build_postcodes.py``)
and the map in ``network/data/germany_map.json`` (@svg-maps/germany by MapSVG / Victor
Cazanave, CC BY 4.0; built by ``network/data/build_map.py``). Both are read once per process,
on first use, into read-only structures; a request never parses a file.

    lookup("04109")  -> [Area(land="SN", region="Kreisfreie Stadt Leipzig")]
    lookup("07919")  -> two Areas, one in SN and one in TH (the postcode spans both)
    lookup("1234x")  -> raises BadPostcode (its ``message`` is for the reader)
"""

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from django.utils.translation import gettext_lazy as _

DATA = Path(__file__).resolve().parent / "data"
POSTCODES = DATA / "postcodes_de.tsv"
MAP = DATA / "germany_map.json"

# ISO 3166-2:DE suffix -> the Land's name, in the reader's language.
LAENDER = MappingProxyType(
    {
        "BW": _("Baden-Württemberg"),
        "BY": _("Bavaria"),
        "BE": _("Berlin"),
        "BB": _("Brandenburg"),
        "HB": _("Bremen"),
        "HH": _("Hamburg"),
        "HE": _("Hesse"),
        "MV": _("Mecklenburg-Western Pomerania"),
        "NI": _("Lower Saxony"),
        "NW": _("North Rhine-Westphalia"),
        "RP": _("Rhineland-Palatinate"),
        "SL": _("Saarland"),
        "SN": _("Saxony"),
        "ST": _("Saxony-Anhalt"),
        "SH": _("Schleswig-Holstein"),
        "TH": _("Thuringia"),
    }
)

# Longer than any postcode with spaces around it: refused before anything else looks at it.
MAX_INPUT = 20
FIVE_DIGITS = re.compile(r"\d{5}")  # any script's decimal digits (Arabic-Indic, Persian, …)


class Area(NamedTuple):
    land: str  # a key of LAENDER
    region: str  # the district (Landkreis or kreisfreie Stadt) as GeoNames names it, German


class PostcodeError(ValueError):
    """A postcode the finder cannot use; ``message`` says why, in the reader's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class BadPostcode(PostcodeError):
    def __init__(self):
        super().__init__(_("A postcode has five digits, for example 10785."))


class UnknownPostcode(PostcodeError):
    def __init__(self):
        super().__init__(_("We do not know this postcode. Please choose a federal state instead."))


@cache
def postcode_table():
    """{postcode: (Area, …)}, read from the shipped file on first use, then shared."""
    table = {}
    with POSTCODES.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            plz, land, region, _place = line.rstrip("\n").split("\t")
            table.setdefault(plz, []).append(Area(land, region))
    return MappingProxyType({plz: tuple(areas) for plz, areas in table.items()})


@cache
def map_shapes():
    """The SVG viewBox and, per Land code, its path and the point for its count label."""
    data = json.loads(MAP.read_text(encoding="utf-8"))
    return data["viewBox"], MappingProxyType(data["laender"])


def normalise(postcode):
    """The postcode as five ASCII digits, or BadPostcode. Spaces around it are ignored, digits
    of other scripts (a Persian or Arabic keyboard) read as the same digits."""
    if not isinstance(postcode, str) or len(postcode) > MAX_INPUT:
        raise BadPostcode
    postcode = postcode.strip()
    if not FIVE_DIGITS.fullmatch(postcode):
        raise BadPostcode
    return "".join(str(unicodedata.decimal(digit)) for digit in postcode)


def lookup(postcode):
    """The areas (Land, district) a German postcode covers: usually one, some span two Länder.

    Raises BadPostcode for anything but five digits, UnknownPostcode for five digits no
    German place has."""
    areas = postcode_table().get(normalise(postcode))
    if not areas:
        raise UnknownPostcode
    return list(areas)


def laender_of(postcode):
    """The Land codes a postcode lies in, without repeats, in table order."""
    return list(dict.fromkeys(area.land for area in lookup(postcode)))
