"""Offline geography for the finder (network/geo.py): postcode -> Land, the Länder's names and
the map of the 16 Länder as links (network/templatetags/network_tags.py)."""

import re
from html.parser import HTMLParser
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template import engines
from django.utils import translation

import pytest

from network import geo

# Well-known addresses, one (two for Saxony) in each Land: the Land is a fact about the city.
KNOWN = {
    "10785": "BE",  # Berlin-Tiergarten
    "80331": "BY",  # München Altstadt
    "20095": "HH",  # Hamburg Altstadt
    "28195": "HB",  # Bremen Mitte
    "01067": "SN",  # Dresden
    "04109": "SN",  # Leipzig
    "39104": "ST",  # Magdeburg
    "99084": "TH",  # Erfurt
    "55116": "RP",  # Mainz
    "66111": "SL",  # Saarbrücken
    "65183": "HE",  # Wiesbaden
    "40213": "NW",  # Düsseldorf
    "30159": "NI",  # Hannover
    "24103": "SH",  # Kiel
    "19053": "MV",  # Schwerin
    "14467": "BB",  # Potsdam
    "70173": "BW",  # Stuttgart
}


def test_the_known_postcodes_cover_all_sixteen_laender():
    assert set(KNOWN.values()) == set(geo.LAENDER)
    assert len(geo.LAENDER) == 16


@pytest.mark.parametrize(("postcode", "land"), KNOWN.items())
def test_a_postcode_maps_to_its_land(postcode, land):
    assert geo.laender_of(postcode) == [land]
    assert all(area.region for area in geo.lookup(postcode))


def test_a_postcode_on_a_border_keeps_both_laender():
    # 07919 covers Mühltroff (Saxony) and Kirschkau (Thuringia).
    assert sorted(geo.laender_of("07919")) == ["SN", "TH"]


def test_spaces_around_and_digits_of_other_scripts_are_read_as_the_postcode():
    assert geo.laender_of("  04109 \n") == ["SN"]
    assert geo.laender_of("\u0661\u0660\u0667\u0668\u0665") == ["BE"]  # Arabic-Indic digits
    assert geo.laender_of("\u06f1\u06f0\u06f7\u06f8\u06f5") == ["BE"]  # Persian digits


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "1078", "107855", "abcde", "1O785", "10 785", "10785x", "1" * 10_000, None, 10785],
)
def test_anything_but_five_digits_is_refused_with_a_message(bad):
    with pytest.raises(geo.BadPostcode) as refused:
        geo.lookup(bad)
    with translation.override("de"):
        assert str(refused.value.message) == (
            "Eine Postleitzahl hat fünf Ziffern, zum Beispiel 10785."
        )
    with translation.override("ar"):
        assert "10785" in str(refused.value.message)
        assert re.search("[\u0600-\u06ff]", str(refused.value.message))


def test_five_digits_no_place_has_are_refused_with_their_own_message():
    with pytest.raises(geo.UnknownPostcode) as refused:
        geo.lookup("00000")
    assert isinstance(refused.value, geo.PostcodeError)
    with translation.override("en"):
        assert "federal state" in str(refused.value.message)


def test_the_table_has_every_land_and_over_8000_postcodes():
    table = geo.postcode_table()
    assert len(table) > 8000
    assert {area.land for areas in table.values() for area in areas} == set(geo.LAENDER)
    assert all(re.fullmatch(r"\d{5}", plz) for plz in table)


def test_the_shipped_files_stay_small_and_credit_their_sources():
    assert geo.POSTCODES.stat().st_size < 1_000_000
    assert geo.MAP.stat().st_size < 35_000
    readme = (geo.DATA / "README.md").read_text()
    for credit in ("GeoNames", "CC BY 4.0", "Victor Cazanave", "MapSVG"):
        assert credit in readme


def test_the_table_is_read_once_and_cannot_be_changed():
    table = geo.postcode_table()
    assert geo.postcode_table() is table
    with pytest.raises(TypeError):
        table["99999"] = ()
    with pytest.raises(TypeError):
        geo.LAENDER["XX"] = "Atlantis"


def test_land_names_in_the_readers_language():
    names = {"de": "Bayern", "en": "Bavaria", "ar": "بافاريا", "pl": "Bawaria", "fr": "Bavière"}
    for code, name in names.items():
        with translation.override(code):
            assert str(geo.LAENDER["BY"]) == name


# --- The map -----------------------------------------------------------------------------------


def render_map(counts, url, language="de", current=None):
    template = engines["django"].from_string(
        "{% load network_tags %}{% germany_map counts url current %}"
    )
    with translation.override(language):
        return template.render({"counts": counts, "url": url, "current": current})


class Links(HTMLParser):
    """The map's links (inside the SVG) and the list's, with their names."""

    def __init__(self):
        super().__init__()
        self.in_svg = self.in_list_link = False
        self.map, self.list, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg":
            self.in_svg = True
        elif tag == "a" and self.in_svg:
            self.map.append((attrs["href"], attrs["aria-label"]))
        elif tag == "a" and attrs["href"].startswith("/"):
            self.in_list_link, self.text = attrs["href"], []

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False
        elif tag == "a" and self.in_list_link:
            self.list.append((self.in_list_link, "".join(self.text)))
            self.in_list_link = False

    def handle_data(self, data):
        if self.in_list_link:
            self.text.append(data)


def links_of(html):
    parser = Links()
    parser.feed(html)
    return parser


def test_each_land_links_to_the_finder_filtered_by_it_with_its_count():
    html = render_map({"BY": 1, "BE": 5}, "/de/beratung/?language=bg&land=SN")
    links = links_of(html)
    assert len(links.map) == 16
    assert sorted(links.map) == sorted(links.list)
    by_land = {re.search(r"land=(\w+)", href).group(1): name for href, name in links.map}
    assert set(by_land) == set(geo.LAENDER)
    assert by_land["BY"] == "Bayern: 1 Beratungsstelle"
    assert by_land["BE"] == "Berlin: 5 Beratungsstellen"
    assert by_land["SN"] == "Sachsen: 0 Beratungsstellen"
    # The reader's other filters are kept, the old Land is replaced.
    href = next(href for href, _name in links.map if "land=BY" in href)
    assert href.replace("&amp;", "&") == "/de/beratung/?language=bg&land=BY"


def test_the_map_speaks_the_readers_language_with_its_plural_forms():
    links = links_of(render_map({"BY": 1, "BE": 2, "NW": 5}, "/pl/x/", "pl"))
    names = dict(links.list)
    assert names["/pl/x/?land=BY"] == "Bawaria: 1 poradnia"
    assert names["/pl/x/?land=BE"] == "Berlin: 2 poradnie"
    assert names["/pl/x/?land=NW"] == "Nadrenia Północna-Westfalia: 5 poradni"
    html = render_map({}, "/ar/x/", "ar")
    assert "بافاريا" in html and "الخريطة" in html


def test_the_selected_land_is_marked_and_the_map_is_credited():
    html = render_map({"HH": 3}, "/de/x/", current="HH")
    assert html.count('aria-current="true"') == 2  # on the map and in the list
    assert "MapSVG / Victor Cazanave" in html and "CC BY 4.0" in html
    assert "style=" not in html and "<script" not in html


def test_a_page_with_the_map_stays_under_100_kb_first_load(db, client):
    """The largest first screen the finder can have: a full site page (Arabic, the longest
    texts and the Arabic-script rules), its stylesheets and scripts, plus the map."""
    page = client.get("/ar/").content.decode()
    assets = re.findall(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"', page)
    assert assets, "the page links no stylesheet: the budget would prove nothing"
    total = len(page.encode()) + len(render_map({"BE": 12}, "/ar/x/", "ar").encode())
    for url in assets:
        found = finders.find(url.split("/static/", 1)[1].split("?")[0])
        total += Path(found).stat().st_size
    assert total < 100_000, total
