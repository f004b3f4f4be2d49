"""The publications library in real Chromium: filters combine through the form without
JavaScript and with the keyboard alone, files download as plain links, and axe finds nothing
in de and en, with choices made and with a refused parameter."""

from urllib.parse import parse_qs, urlsplit

import pytest

from information.publications import LibraryPage

from .filtered_lists import assert_axe_clean, submit_by_keyboard


def library_path(language):
    return LibraryPage.objects.get(locale__language_code=language).url


def total(page):
    return int(page.locator("#library-results-heading").get_attribute("data-total"))


def test_without_javascript_filters_combine_and_files_are_plain_links(visit):
    browsing = visit(java_script_enabled=False)
    browsing.goto(library_path("de"))
    page = browsing.page
    assert total(page) == 7
    page.select_option("#library-type", "leaflet")
    with page.expect_navigation():
        page.locator(".library-form button[type=submit]").click()
    assert parse_qs(urlsplit(page.url).query) == {"type": ["leaflet"]}
    assert total(page) == 1
    page.select_option("#library-language", "ar")
    with page.expect_navigation():
        page.locator(".library-form button[type=submit]").click()
    assert parse_qs(urlsplit(page.url).query) == {"type": ["leaflet"], "language": ["ar"]}
    assert total(page) == 1
    link = page.locator('.publication-files a[hreflang="ar"]')
    assert "PDF" in link.inner_text()
    with page.expect_download() as download:
        link.click(modifiers=["Alt"])  # Chromium downloads a link clicked with Alt
    assert download.value.suggested_filename.endswith(".pdf")
    assert browsing.foreign == []


def test_with_the_keyboard_only(visit):
    browsing = visit()
    browsing.goto(library_path("de"))
    page = browsing.page
    page.locator("#library-form-heading").click()
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "library-audience":
            break
    assert page.evaluate("document.activeElement.id") == "library-audience"
    page.keyboard.press("ArrowDown")  # the first audience that has publications
    chosen = page.locator("#library-audience").input_value()
    assert chosen
    submit_by_keyboard(page)
    assert parse_qs(urlsplit(page.url).query) == {"audience": [chosen]}
    assert total(page) >= 1
    assert browsing.foreign == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_axe_finds_nothing_on_the_library_and_a_publication(visit, axe_source, language):
    queries = ("", "?type=leaflet&language=ar", "?type=novel&page=zwei")
    assert_axe_clean(
        visit, axe_source, library_path(language), language, queries, ".publication__title a"
    )
