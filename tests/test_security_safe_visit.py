"""A safe visit without JavaScript: quick exit, browse-safely link, neutral tab titles, entry points.

The JavaScript behaviour (Shift three times, history replaced) is proven in Chromium in
tests/browser/test_quick_exit.py.
"""

from html.parser import HTMLParser

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page, Site

import pytest

from home.models import ContactSettings, HomePage, SpecialPages
from information.models import FormsOfExploitationIndexPage

from .pages import FormOfExploitationPageFactory, query_budget

pytestmark = pytest.mark.django_db


class Focusables(HTMLParser):
    """The keyboard focus order of a page without CSS: focusable elements in source order."""

    def __init__(self):
        super().__init__()
        self.items = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        focusable = (
            (tag == "a" and "href" in attrs)
            or tag in {"button", "select", "textarea", "summary"}
            or (tag == "input" and attrs.get("type") != "hidden")
            or ("tabindex" in attrs and attrs["tabindex"] != "-1")
        )
        if focusable:
            self.items.append((tag, attrs))


def focus_order(html):
    parser = Focusables()
    parser.feed(html)
    return parser.items


def live_pages(*languages):
    return list(
        Page.objects.live().filter(depth__gt=1, locale__language_code__in=languages).specific()
    )


def special_page(role, language="de"):
    """The page chosen for ``role`` in Settings → Special pages, or its version in a language."""
    german = getattr(SpecialPages.for_site(Site.objects.get(is_default_site=True)), role).specific
    if language == "de":
        return german
    return german.get_translation_or_none(Locale.objects.get(language_code=language))


def test_quick_exit_is_the_first_control_after_the_skip_link_on_every_page(client):
    exit_url = ContactSettings.for_site(Site.objects.get(is_default_site=True)).quick_exit_url
    for page in live_pages("de", "en", "ar", "uk"):
        order = focus_order(client.get(page.url).content.decode())
        (skip_tag, skip), (exit_tag, quick_exit), (_, after) = order[:3]
        assert skip["href"] == "#main" and skip["class"] == "skip-link", page.url
        assert quick_exit.get("id") == "quick-exit", page.url
        assert quick_exit["href"] == exit_url and quick_exit["rel"] == "noreferrer", page.url
        assert after["class"] == "quick-exit__safety", page.url


def test_quick_exit_speaks_the_page_language_and_links_browse_safely(client):
    html = client.get("/en/").content.decode()
    assert '<html lang="en"' in html
    assert ">Exit this page</a>" in html
    assert "or press Shift 3 times" in html  # shown by site.js only
    browse_safely = special_page("browse_safely", "en") or special_page("browse_safely")
    assert f'class="quick-exit__safety" href="{browse_safely.url}"' in html
    german = client.get("/de/").content.decode()
    assert f'class="quick-exit__safety" href="{special_page("browse_safely").url}"' in german


def test_quick_exit_goes_where_the_site_settings_say(client):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    assert contact.quick_exit_url.startswith("https://")
    contact.quick_exit_url = "https://www.tagesschau.de/wetter/"
    contact.save()
    html = client.get("/de/").content.decode()
    assert (
        'id="quick-exit" class="quick-exit__button" href="https://www.tagesschau.de/wetter/" rel="noreferrer"'
        in html
    )


def test_browse_safely_page_exists_in_every_language_with_a_home(client):
    for home in HomePage.objects.live():
        code = home.locale.language_code
        page = special_page("browse_safely", code)
        assert page is not None and page.live, f"no browse-safely page in {code}"
        response = client.get(page.url)
        assert response.status_code == 200
        assert f'<html lang="{code}"' in response.content.decode()


def test_neutral_tab_title_replaces_the_alarming_title(client):
    index = FormsOfExploitationIndexPage.objects.get(locale__language_code="de")
    page = FormOfExploitationPageFactory(parent=index)
    page.neutral_tab_title = "Informationen"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    title = html[html.index("<title>") : html.index("</title>")]
    assert title == "<title>Informationen · KOK"
    assert page.title not in title
    assert f"<h1>{page.title}</h1>" in html  # the page itself still says what it is about
    page.neutral_tab_title = ""
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f"<title>{page.seo_title or page.title} · KOK</title>" in html


def test_home_page_has_easy_language_and_sign_language_entry_points(client):
    html = client.get("/de/").content.decode()
    nav = html[html.index('<nav class="access-links"') :]
    nav = nav[: nav.index("</nav>")]
    for role in ("easy_language", "sign_language"):
        page = special_page(role)
        assert f'<a href="{page.url}">{page.title}</a>' in nav
    # In English the entry points lead to the English pages, or to German ones (the German
    # page, or its alias showing the German text) marked so.
    html = client.get("/en/").content.decode()
    nav = html[html.index('<nav class="access-links"') :]
    for role in ("easy_language", "sign_language"):
        version = special_page(role, "en")
        if version and not version.alias_of_id:
            assert f'<a href="{version.url}">' in nav
        else:
            url = (version or special_page(role)).url
            assert f'<a href="{url}" lang="de" hreflang="de">' in nav


def test_accessibility_statement_is_linked_everywhere_and_names_a_feedback_contact(client):
    statement = special_page("accessibility")
    html = client.get(statement.url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    assert contact.email in main, "feedback contact missing"
    for page in live_pages("de"):
        assert f'href="{statement.url}"' in client.get(page.url).content.decode(), page.url


def test_privacy_page_says_there_are_no_cookies_and_no_tracking(client):
    page = special_page("data_protection")
    text = client.get(page.url).content.decode()
    assert "Cookie" in text
    for tracker in ("Google Analytics", "Matomo", "Facebook-Pixel", "YouTube"):
        assert tracker not in text


def test_pages_in_every_language_stay_within_the_query_budget(client):
    # The browse-safely and entry-point lookups must not push any page over the budget.
    for page in live_pages(*[code for code, _name in settings.LANGUAGES]):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        assert len(queries) <= query_budget(page), (page.url, len(queries))
