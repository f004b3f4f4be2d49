"""The map of the 16 Länder (components/germany_map.html) in real Chromium: keyboard, names,
axe, no other host, right-to-left at 320 px.

The test serves its own small page on an invented origin, so that the counts are fixed whatever
the demo data holds: the map rendered by the template tag, the site's own stylesheet as a file
and the site's strict Content-Security-Policy, so inline styles or scripts would be refused. The
finder page itself, map included, is tested in test_finder.py.
"""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.contrib.staticfiles import finders
from django.template import engines
from django.utils import translation

import pytest

from kokcms.security import PUBLIC_CSP
from network.geo import LAENDER

ORIGIN = "http://kok.test"
COUNTS = {"BE": 5, "BY": 1, "SN": 2, "HB": 1, "NW": 12}
GERMAN_NAMES = {
    "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg",
    "HB": "Bremen", "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz",
    "SL": "Saarland", "SN": "Sachsen", "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}  # fmt: skip
CSS = Path(finders.find("css/site.css")).read_bytes()
FOCUS_FILL = "rgb(255, 191, 71)"  # the site's --focus colour, #ffbf47


def page_html(language, current):
    template = engines["django"].from_string(
        "{% load network_tags %}<!doctype html>"
        '<html lang="{{ lang }}" dir="{{ dir }}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>Finder</title><link rel="stylesheet" href="/static/css/site.css"></head>'
        '<body><main class="wrap"><h1>Finder</h1>'
        '{% germany_map counts "/finder/" current %}</main></body></html>'
    )
    with translation.override(language):
        return template.render(
            {
                "lang": language,
                "dir": "rtl" if translation.get_language_bidi() else "ltr",
                "counts": COUNTS,
                "current": current,
            }
        )


class MapPage:
    def __init__(self, browser, language, **options):
        self.language = language
        self.foreign = []
        self.context = browser.new_context(**options)
        self.context.route("**/*", self.route)
        self.page = self.context.new_page()
        self.page.goto(f"{ORIGIN}/finder/")

    def route(self, route):
        url = urlsplit(route.request.url)
        if f"{url.scheme}://{url.netloc}" != ORIGIN:
            self.foreign.append(route.request.url)
            route.abort()
        elif url.path == "/static/css/site.css":
            route.fulfill(status=200, content_type="text/css", body=CSS)
        else:
            land = parse_qs(url.query).get("land", [None])[0]
            route.fulfill(
                status=200,
                content_type="text/html; charset=utf-8",
                headers={"Content-Security-Policy": PUBLIC_CSP},
                body=page_html(self.language, land),
            )


@pytest.fixture
def map_page(browser):
    opened = []

    def open_page(language="de", **options):
        opened.append(MapPage(browser, language, **options))
        return opened[-1]

    yield open_page
    for visit in opened:
        assert visit.foreign == [], visit.foreign
        visit.context.close()


def test_every_land_on_the_map_is_reached_by_keyboard_named_with_its_count(map_page):
    visit = map_page("de")
    page = visit.page
    expected = {
        code: f"{name}: {COUNTS.get(code, 0)} Beratungsstelle"
        + ("" if COUNTS.get(code, 0) == 1 else "n")
        for code, name in GERMAN_NAMES.items()
    }
    reached = {}
    for _ in range(60):
        page.keyboard.press("Tab")
        state = page.evaluate(
            """() => {
                const el = document.activeElement;
                const path = el.querySelector && el.querySelector("path");
                return {
                    inMap: !!el.closest("svg"),
                    href: el.getAttribute("href"),
                    name: el.getAttribute("aria-label"),
                    fill: path ? getComputedStyle(path).fill : null,
                };
            }"""
        )
        if state["inMap"]:
            code = parse_qs(urlsplit(state["href"]).query)["land"][0]
            reached[code] = state["name"]
            assert state["fill"] == FOCUS_FILL, f"focus not visible on {code}"
    assert reached == expected
    # The accessible names are what a screen reader announces, on the map and in the list.
    for name in expected.values():
        assert page.get_by_role("link", name=name, exact=True).count() == 2, name


def test_a_land_opens_the_finder_filtered_by_it_and_is_then_marked(map_page):
    visit = map_page("de")
    page = visit.page
    page.locator('svg a[href$="land=SN"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/finder/?land=SN")
    current = page.locator('svg a[aria-current="true"]')
    assert current.get_attribute("aria-label") == "Sachsen: 2 Beratungsstellen"


@pytest.mark.parametrize("language", ["de", "ar", "ro"])
def test_axe_finds_nothing_and_the_page_asks_no_other_host(map_page, axe_source, language):
    visit = map_page(language)
    page = visit.page
    page.evaluate(axe_source)
    violations = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
            .map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).slice(0, 3))"""
    )
    assert violations == []
    assert page.locator("svg a").count() == len(LAENDER)


def test_right_to_left_at_320_px_nothing_scrolls_sideways(map_page):
    visit = map_page("ar", viewport={"width": 320, "height": 640})
    page = visit.page
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    box = page.locator("svg.germany-map__svg").bounding_box()
    assert box["width"] > 200 and box["x"] >= 0 and box["x"] + box["width"] <= 320
    # The list mirrors: its links start at the right-hand edge.
    first = page.locator(".germany-map__list a").first.bounding_box()
    assert first["x"] + first["width"] > 250
