"""A visit that leaves one trace: pages of the site replace each other in the tab's history.

With site.js a link or a search inside the site replaces the current history entry, so after
any number of pages and the quick exit, Back leads to the page the reader came from. The site's
own "Back to the previous page" link stands in for the Back button inside the site. Without
JavaScript links stay plain links.
"""

from django.conf import settings
from django.utils import translation

import pytest

from information.models import FormOfExploitationPage

from .test_accessibility import run_axe
from .test_quick_exit import NEUTRAL, open_with_neutral_site

HOME = "/de/"
SECTION = "/de/formen-der-ausbeutung/"
SENSITIVE = "/de/formen-der-ausbeutung/arbeitsausbeutung/"
BEFORE_HOST = "nachrichten.example"  # another origin, answered locally (no network)
BEFORE = f"http://{BEFORE_HOST}/"


def back_label(language):
    with translation.override(language):
        return translation.gettext("Back to the previous page")


def arrive_from_another_site(browsing, path=HOME):
    """The reader opens an unrelated page, then follows its link to the site."""
    browsing.allowed_hosts[BEFORE_HOST] = (
        "<!doctype html><title>Nachrichten</title>"
        f'<a id="to-site" href="{browsing.base_url}{path}">Beratung</a>'
    )
    page = browsing.page
    page.goto(BEFORE)
    with page.expect_navigation(url=browsing.base_url + path):
        page.click("#to-site")


def follow(page, selector, base_url):
    """Click the link and wait until its page is shown; returns the path it led to."""
    link = page.locator(selector).first
    path = link.get_attribute("href")
    with page.expect_navigation(url=base_url + path):
        link.click()
    return path


def search(page, words):
    """Search from the header as a reader does (opening the search panel where it is one)."""
    summary = page.locator("details:has(#site-search-q) > summary")
    if summary.count() and not page.is_visible("#site-search-q"):
        summary.click()
    page.fill("#site-search-q", words)
    with page.expect_navigation(url=lambda url: "q=" in url):
        page.press("#site-search-q", "Enter")


def test_after_pages_of_the_site_and_the_quick_exit_back_leads_to_the_page_before(visit):
    browsing = open_with_neutral_site(visit)
    page = browsing.page
    arrive_from_another_site(browsing)
    follow(page, f'main a[href="{SENSITIVE}"]', browsing.base_url)  # a card on the home page
    follow(page, f'.breadcrumbs a[href="{SECTION}"]', browsing.base_url)
    search(page, "Beratung")
    with page.expect_navigation(url=NEUTRAL):
        page.click("#quick-exit")
    page.go_back()
    assert page.url == BEFORE  # not the search, the section, the form of exploitation or home
    assert page.title() == "Nachrichten"
    assert browsing.foreign == []


def test_without_javascript_links_are_plain_links_and_history_grows(visit):
    browsing = open_with_neutral_site(visit, java_script_enabled=False)
    page = browsing.page
    arrive_from_another_site(browsing)
    follow(page, f'main a[href="{SENSITIVE}"]', browsing.base_url)
    assert not page.is_visible("[data-back-link]")
    page.go_back()
    assert page.url == browsing.base_url + HOME


def test_the_back_link_retraces_the_visit_by_keyboard(visit):
    browsing = visit()
    page = browsing.page
    arrive_from_another_site(browsing)
    back = page.get_by_role("link", name=back_label("de"))
    assert back.count() == 0  # nothing of the site before the home page
    follow(page, f'main a[href="{SENSITIVE}"]', browsing.base_url)
    follow(page, f'.breadcrumbs a[href="{SECTION}"]', browsing.base_url)
    assert back.is_visible()
    back.focus()
    with page.expect_navigation(url=browsing.base_url + SENSITIVE):
        page.keyboard.press("Enter")
    assert back.is_visible()
    with page.expect_navigation(url=browsing.base_url + HOME):
        back.click()
    assert back.count() == 0  # back where the visit began: no previous page of the site
    page.go_back()
    assert page.url == BEFORE  # the steps back replaced entries too
    assert browsing.csp_violations() == [] and browsing.console_errors == []


def test_the_back_link_speaks_the_readers_language_and_passes_axe(visit, axe_source):
    browsing = visit()
    page = browsing.page
    arrive_from_another_site(browsing, "/ar/")
    form = FormOfExploitationPage.objects.live().filter(locale__language_code="ar").first()
    follow(page, f'main a[href="{form.url}"]', browsing.base_url)
    back = page.get_by_role("link", name=back_label("ar"))
    assert back.is_visible()
    assert back_label("ar") != back_label("de")
    assert back.get_attribute("href") == "/ar/"
    assert run_axe(browsing, axe_source) == []  # right-to-left, with the back link shown


def test_a_page_opened_afresh_has_no_back_link_and_the_quick_exit_forgets_the_trail(visit):
    browsing = open_with_neutral_site(visit)
    page = browsing.page
    arrive_from_another_site(browsing)
    follow(page, f'main a[href="{SENSITIVE}"]', browsing.base_url)
    back = page.get_by_role("link", name=back_label("de"))
    assert back.is_visible()
    page.reload()
    assert back.is_visible()  # reloading keeps the way back
    with page.expect_navigation(url=NEUTRAL):
        page.click("#quick-exit")
    browsing.goto(SENSITIVE)  # the same page again, in the same tab
    assert page.locator("[data-back-link]").is_hidden()


@pytest.mark.parametrize("modifier", ["Control", "Shift"])
def test_a_link_clicked_with_a_modifier_key_opens_a_new_tab_or_window(visit, modifier):
    browsing = visit()
    page = browsing.page
    arrive_from_another_site(browsing)
    with browsing.context.expect_page() as opened:
        page.click(f'main a[href="{SENSITIVE}"]', modifiers=[modifier])
    new = opened.value
    new.wait_for_load_state()
    assert new.url == browsing.base_url + SENSITIVE
    assert page.url == browsing.base_url + HOME  # this tab stays where it was


def test_an_anchor_on_the_same_page_still_jumps_there(visit):
    browsing = visit()
    page = browsing.page
    browsing.goto(HOME)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the skip link
    assert page.evaluate("location.hash") == "#main"
    assert page.url.startswith(browsing.base_url + HOME)


def test_browse_safely_names_the_back_link_as_the_reader_sees_it_in_every_language(visit):
    """The page explains the link by the words the link shows, in each of the 18 languages."""
    browsing = visit()
    page = browsing.page
    for language, _name in settings.LANGUAGES:
        browsing.goto(f"/{language}/")
        with translation.override(language):
            browse_safely = translation.gettext("Browse safely")
        follow(page, f'.quick-exit a:text-is("{browse_safely}")', browsing.base_url)
        back = page.locator("[data-back-link] a")
        assert back.is_visible(), language
        assert back.inner_text() == back_label(language)
        assert back_label(language) in page.inner_text("main"), language
