"""The counselling-centre finder in real Chromium: without JavaScript, with the keyboard only,
axe-clean in de, ar and ro with choices made, no request to another host, and no address of a
shelter anywhere on it."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from network.counselling import CounsellingPlace, Membership, Organisation
from network.models import CounsellingFinderPage

from .test_accessibility import run_axe


def finder_path(language):
    return CounsellingFinderPage.objects.get(locale__language_code=language).url


def shown(page):
    return page.locator(".place__name").all_inner_texts()


def test_without_javascript_choices_combine_through_the_form(visit):
    browsing = visit(java_script_enabled=False)
    browsing.goto(finder_path("de"))
    page = browsing.page
    everything = page.locator("#finder-results-heading").inner_text()
    page.select_option("#finder-land", "SN")
    page.fill("#finder-plz", "")
    with page.expect_navigation():
        page.get_by_role("button", name="Beratungsstellen anzeigen").click()
    query = parse_qs(urlsplit(page.url).query)
    assert query["land"] == ["SN"]
    assert page.locator("#finder-results-heading").inner_text() != everything
    assert sorted(shown(page)) == [
        "KOBRAnet – Büro Leipzig",
        "KOBRAnet – Fachberatungsstelle für Opfer von Menschenhandel (Dresden)",
    ]
    # A Land on the map is a plain link that keeps the other choices.
    page.select_option("#finder-form", "sexuelle-ausbeutung")
    with page.expect_navigation():
        page.get_by_role("button", name="Beratungsstellen anzeigen").click()
    with page.expect_navigation():
        page.locator('.germany-map__list a[href*="land=HH"]').click()
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"form": ["sexuelle-ausbeutung"], "land": ["HH"]}
    assert shown(page) == ["KOOFRA – Koordinierungsstelle gegen Frauenhandel e.V."]
    assert browsing.foreign == []


def test_with_the_keyboard_only_a_postcode_finds_the_places_of_its_land(visit):
    browsing = visit()
    browsing.goto(finder_path("de"))
    page = browsing.page
    page.locator("#finder-plz").focus()
    page.keyboard.type("04109")
    page.keyboard.press("Enter")
    page.wait_for_url("**plz=04109**")
    assert page.locator("#finder-land").input_value() == "SN"
    assert "KOBRAnet – Büro Leipzig" in shown(page)
    # Tab reaches the language select; arrows choose; Enter in the form submits it.
    page.locator("#finder-form-heading").click()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "finder-language":
            break
    assert page.evaluate("document.activeElement.id") == "finder-language"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "finder-form"
    assert browsing.foreign == []


@pytest.mark.parametrize("language", ["de", "ar", "ro"])
def test_axe_finds_nothing_with_choices_made_and_with_a_refused_postcode(
    visit, axe_source, language
):
    for query in ("?land=SN&form=sexuelle-ausbeutung", "?plz=abc&language=bg"):
        browsing = visit()
        response = browsing.page.goto(browsing.base_url + finder_path(language) + query)
        assert response.status in (200, 400)
        assert browsing.page.evaluate("document.documentElement.lang") == language
        assert run_axe(browsing, axe_source) == [], (language, query)
        assert browsing.foreign == [] and browsing.context.cookies() == []
        browsing.close()


def test_no_address_of_a_shelter_appears_even_once_its_organisation_is_confirmed(visit):
    Organisation.objects.update(membership=Membership.MEMBER)
    shelters = list(CounsellingPlace.objects.public().filter(shelter=True))
    assert shelters, "the demo data has shelters"
    browsing = visit()
    browsing.goto(finder_path("de") + "?land=BE")
    page = browsing.page
    checked = 0
    for shelter in shelters:
        if "BE" not in shelter.laender:
            continue
        card = page.locator(f"#place-{shelter.pk}")
        assert card.count() == 1
        text = card.inner_text()
        # No street, no postcode, no walk-in route: only the area and the ways to get in touch.
        assert not re.search(r"stra(ss|ß)e|str\.|weg\b|\b\d{5}\b", text, re.I), text
        checked += 1
    assert checked
    fields = {field.name for field in CounsellingPlace._meta.get_fields()}
    assert "shelter_address" not in fields and "street" not in fields
