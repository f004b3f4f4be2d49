"""The quick exit in Chromium: it leaves, and the Back button does not come back to the page."""

from wagtail.models import Site

from home.models import ContactSettings

NEUTRAL = "https://www.dwd.de/"
NEUTRAL_PAGE = "<!doctype html><title>Wetter</title><p>Das Wetter in Deutschland</p>"
START = "/de/"
SENSITIVE = "/de/formen-der-ausbeutung/arbeitsausbeutung/"


def open_with_neutral_site(visit, **options):
    """A browser whose only "other host" is the neutral site, answered locally (no network)."""
    assert (
        ContactSettings.for_site(Site.objects.get(is_default_site=True)).quick_exit_url == NEUTRAL
    )
    browsing = visit(**options)
    browsing.allowed_hosts["www.dwd.de"] = NEUTRAL_PAGE
    return browsing


def test_the_button_leaves_and_back_does_not_return(visit):
    browsing = open_with_neutral_site(visit)
    page = browsing.page
    browsing.goto(START)
    browsing.goto(SENSITIVE)
    assert page.is_visible("#quick-exit")
    assert page.is_visible("[data-quick-exit-hint]")  # "or press Shift 3 times", shown by site.js
    with page.expect_navigation(url=NEUTRAL):
        page.click("#quick-exit")
    assert page.title() == "Wetter"
    page.go_back()
    assert page.url == browsing.base_url + START  # the sensitive page left no history entry
    assert browsing.foreign == [] and browsing.csp_violations() == []


def test_shift_three_times_leaves_from_anywhere_on_the_page(visit):
    browsing = open_with_neutral_site(visit)
    page = browsing.page
    browsing.goto(START)
    browsing.goto(SENSITIVE)
    page.focus("#site-search-q")
    # Typing a capital letter (Shift + key) is not a quick exit.
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift")
    assert page.url == browsing.base_url + SENSITIVE
    # Any other key starts the count again, so exactly the third Shift below leaves (a Shift
    # still pressed while the browser navigates away would race with go_back()).
    page.keyboard.press("b")
    with page.expect_navigation(url=NEUTRAL):
        for _ in range(3):
            page.keyboard.press("Shift")
    page.go_back()
    assert page.url == browsing.base_url + START


def test_without_javascript_the_quick_exit_is_a_link_that_leaves_without_referrer(visit):
    browsing = open_with_neutral_site(visit, java_script_enabled=False)
    page = browsing.page
    sent = []
    page.on("request", lambda request: request.url == NEUTRAL and sent.append(request))
    browsing.goto(SENSITIVE)
    assert not page.is_visible("[data-quick-exit-hint]")  # no promise JavaScript cannot keep
    with page.expect_navigation(url=NEUTRAL):
        page.click("#quick-exit")
    assert page.title() == "Wetter"
    assert "referer" not in sent[0].headers  # the neutral site does not learn where we were


def test_the_escape_key_does_not_leave(visit):
    # GOV.UK avoids Escape: it also stops a page loading, so readers press it by accident.
    browsing = open_with_neutral_site(visit)
    browsing.goto(SENSITIVE)
    for _ in range(3):
        browsing.page.keyboard.press("Escape")
    assert browsing.page.url == browsing.base_url + SENSITIVE
