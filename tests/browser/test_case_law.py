"""The case-law database in real Chromium: facets combine through the form without JavaScript
and with the keyboard alone, and axe finds nothing in de and en, with choices made and with a
refused parameter."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from information.caselaw import CaseLawPage

from .filtered_lists import assert_axe_clean, submit_by_keyboard


def database_path(language):
    return CaseLawPage.objects.get(locale__language_code=language).url


def total(page):
    return int(page.locator("#case-law-results-heading").get_attribute("data-total"))


def test_without_javascript_facets_combine_through_the_form(visit):
    browsing = visit(java_script_enabled=False)
    browsing.goto(database_path("de"))
    page = browsing.page
    assert total(page) == 4
    page.select_option("#case-law-area", "criminal")
    with page.expect_navigation():
        page.locator(".case-law-form button[type=submit]").click()
    assert parse_qs(urlsplit(page.url).query)["area"] == ["criminal"]
    assert total(page) == 3
    # The next facet's counts follow the first choice; choosing one keeps both.
    label = page.locator('#case-law-form option[value="labour"]').inner_text()
    assert re.search(r"\(1\)$", label), label
    page.select_option("#case-law-form", "labour")
    with page.expect_navigation():
        page.locator(".case-law-form button[type=submit]").click()
    assert parse_qs(urlsplit(page.url).query) == {"area": ["criminal"], "form": ["labour"]}
    assert page.locator(".decision__citation").all_inner_texts() == [
        "LG Augsburg, Urteil vom 18.02.2008 – 9 KLs 507 Js 121451/07"
    ]
    assert browsing.foreign == []


def test_with_the_keyboard_only_a_text_query_and_a_year_range(visit):
    browsing = visit()
    browsing.goto(database_path("de"))
    page = browsing.page
    page.locator("#case-law-q").focus()
    page.keyboard.type("Bordell")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Bordell**")
    assert total(page) == 1
    page.locator("#case-law-form-heading").click()
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "case-law-from":
            break
    assert page.evaluate("document.activeElement.id") == "case-law-from"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "case-law-to"
    page.keyboard.press("ArrowDown")  # the newest year that has a decision
    chosen = page.locator("#case-law-to").input_value()
    assert chosen
    submit_by_keyboard(page)
    assert parse_qs(urlsplit(page.url).query) == {"q": ["Bordell"], "to": [chosen]}
    assert total(page) == 1
    assert browsing.foreign == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_axe_finds_nothing_on_the_database_and_a_decision(visit, axe_source, language):
    queries = ("", "?area=criminal&from=2010", "?court=no-such-court&from=abc")
    assert_axe_clean(
        visit, axe_source, database_path(language), language, queries, ".decision__citation a"
    )
