"""Every page in the reader's language: negotiation, lang/dir, switcher, fallback with notice,
translation status, hreflang alternates, the multilingual sitemap and the query budget."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

import polib
import pytest

from home.models import HomePage
from information.models import FormsOfExploitationIndexPage, MissionStatementPage
from multilingual.sync import synchronise_locales
from network.models import NetworkBodyPage, NetworkIndexPage

from .pages import (
    FormOfExploitationPageFactory,
    NetworkBodyPageFactory,
    StandardPageFactory,
    add_page,
    alias_of,
    german_home,
    query_budget,
    translate,
)

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]
OWN_NAMES = {  # as a reader of that language recognises it
    "de": "Deutsch",
    "en": "English",
    "ro": "Română",
    "bg": "Български",
    "pl": "Polski",
    "uk": "Українська",
    "ru": "Русский",
    "ar": "العربيّة",
    "fa": "فارسی",
    "zh-hans": "简体中文",
    "th": "ภาษาไทย",
    "sr": "Српски",
    "tr": "Türkçe",
}
CSS = Path(settings.BASE_DIR) / "kokcms" / "static" / "css" / "site.css"


def html_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


def content_container(html):
    return re.search(r'<div class="page-content"[^>]*>', html).group(0)


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        link["lang"]: link
        for link in (
            dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag)) | {"text": text}
            for tag, text in re.findall(r"<a ([^>]*)>([^<]*)</a>", nav)
        )
    }


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def translation_of(page, code):
    """The live translation of ``page`` (shipped by the bootstrap; made here through
    wagtail-localize, with marked strings, where a catalogue does not cover it yet)."""
    return translate(page, code, marked=True, reuse_live=True)[1]


@pytest.fixture
def leitbild():
    return MissionStatementPage.objects.get(locale__language_code="de")


@pytest.fixture
def labour():
    """A new German form-of-exploitation page, translated nowhere yet: aliases elsewhere, as
    locale synchronisation makes them when an editor publishes a page."""
    index = FormsOfExploitationIndexPage.objects.get(locale__language_code="de")
    page = FormOfExploitationPageFactory(parent=index)
    synchronise_locales()
    return page


# --- / sends the reader to the best language -------------------------------------------------
@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ar", "/ar/"),
        ("ar-EG,ar;q=0.9", "/ar/"),
        ("zh-Hans", "/zh-hans/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("pt-BR", "/pt/"),
        ("fa-IR", "/fa/"),
        ("sw, fr;q=0.5, uk;q=0.8", "/uk/"),
        ("en-GB,en;q=0.9,de;q=0.8", "/en/"),
        ("sw", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]
    assert not response.cookies, "no cookie for anonymous readers"


# --- The same page in de, en and ar ----------------------------------------------------------
@pytest.mark.parametrize(("code", "direction"), [("de", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_same_page_in_de_en_ar(client, leitbild, code, direction):
    versions = {language: translation_of(leitbild, language) for language in ("en", "ar")} | {
        "de": leitbild
    }
    page = versions[code]
    html = html_of(client.get(page.url))

    assert html_tag(html) == f'<html lang="{code}" dir="{direction}">'
    assert page.title in html
    assert 'id="untranslated-notice"' not in html
    assert content_container(html) == '<div class="page-content">'

    links = switcher_links(html)
    assert list(links) == CODES, "every enabled language, in settings order"
    for language, link in links.items():
        assert link["hreflang"] == language
        assert link["dir"] == ("rtl" if language in ("ar", "fa") else "ltr")
        assert link["href"].startswith(f"/{language}/")
    for language, name in OWN_NAMES.items():
        assert links[language]["text"] == name
    for language, version in versions.items():
        assert links[language]["href"] == version.url
        assert links[language]["data-translated"] == "true"
    assert links[code]["aria-current"] == "true"
    assert sum("aria-current" in link for link in links.values()) == 1
    alias = Page.objects.get(translation_key=leitbild.translation_key, locale__language_code="pl")
    assert links["pl"]["href"] == alias.url, "untranslated: the alias, which shows a notice"
    assert links["pl"]["data-translated"] == "false"

    found = alternates(html)
    for language, version in versions.items():
        assert found[language] == f"http://testserver{version.url}"
    assert found["x-default"] == f"http://testserver{leitbild.url}"
    assert "pl" not in found, "aliases are no translations"
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html


def test_right_to_left_pages_and_stylesheet():
    css = CSS.read_text()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)\b|[{;\s](?:left|right)\s*:|float\s*:"
        r"|text-align\s*:\s*(?:left|right)",
        css,
    )
    assert physical == [], "logical properties only, so right-to-left pages mirror"
    assert ":lang(ar)" in css and ":lang(fa)" in css


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_arabic_script_pages_are_right_to_left(client, code):
    html = html_of(client.get(f"/{code}/"))
    assert html_tag(html) == f'<html lang="{code}" dir="rtl">'
    help_box = re.search(r'<aside class="help-box"[^>]*>', html).group(0)
    assert f'lang="{code}"' in help_box
    assert 'dir="ltr"' in html, "phone numbers keep their digit order"


# --- Untranslated pages: fallback with notice --------------------------------------------------
@pytest.mark.parametrize("page", ["leitbild", "labour"])
def test_untranslated_page_shows_english_with_notice(client, leitbild, labour, page):
    german = leitbild if page == "leitbild" else labour
    english = translation_of(german, "en")
    html = html_of(client.get(alias_of(german, "pl").url))

    assert html_tag(html) == '<html lang="pl" dir="ltr">'
    assert content_container(html) == '<div class="page-content" lang="en" dir="ltr">'
    assert f"<h1>{english.title}</h1>" in html
    assert f"<h1>{german.title}</h1>" not in html
    notice = re.search(r'<div id="untranslated-notice".*?</div>', html, re.S).group(0)
    assert 'data-shown-language="en"' in notice
    assert notice.index('id="untranslated-notice"') < html.index('<div class="page-content"')
    assert f'<a href="{german.url}" lang="de" hreflang="de" dir="ltr">Deutsch</a>' in notice
    assert 'hreflang="en"' not in notice, "English is what the reader already gets"
    # The reader's own help box and menu stay in Polish around the English text.
    if german is labour:
        assert '<aside class="help-box" lang="pl"' in html
    assert f'<link rel="canonical" href="http://testserver{english.url}">' in html
    assert "pl" not in alternates(html)


def test_untranslated_page_without_english_shows_german(client):
    """A new German page (top level, and below a section translated into English)."""
    index = NetworkIndexPage.objects.get(locale__language_code="de")
    top = add_page(german_home(), "Neue Seite", "Noch nirgends übersetzt.")
    body = NetworkBodyPageFactory(parent=index)
    synchronise_locales()
    for page in (top, body):
        assert not Page.objects.filter(
            translation_key=page.translation_key, locale__language_code="en", alias_of=None
        ).exists()
        for code in ("pl", "en", "ar"):
            html = html_of(client.get(alias_of(page, code).url))
            assert html_tag(html).startswith(f'<html lang="{code}"')
            assert content_container(html).endswith('lang="de" dir="ltr">')
            assert f"<h1>{page.title}</h1>" in html
            assert 'data-shown-language="de"' in html


def test_german_titles_in_a_translated_page_are_marked_german(client):
    """The Polish home page is translated; the sections it links to are not (yet), so their
    German titles carry lang="de" for screen readers (WCAG 3.1.2) and a visible "(German)" in
    Polish, in teasers, footer and breadcrumbs, so a reader is told before following them."""
    network = NetworkIndexPage.objects.get(locale__language_code="de")
    german_title = f'<span lang="de" dir="ltr">{network.title}</span>'
    tag = '<span class="lang-tag">(Niemiecki)</span>'
    html = html_of(client.get("/pl/"))
    menu = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    assert f'lang="de" dir="ltr">{network.title}</a>' in menu
    assert f'<h2 id="teaser-network">{german_title} {tag}</h2>' in html
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    footer_links = re.findall(r"<a href=\"/[^\"]*\">(.*?)</a>", footer)
    german_links = [text for text in footer_links if 'lang="de"' in text]
    assert len(german_links) >= 2 and all(text.endswith(tag) for text in german_links)
    own_links = [text for text in footer_links if 'lang="de"' not in text]
    assert len(own_links) >= 2 and not any("lang-tag" in text for text in own_links)
    # The forms of exploitation are translated into Polish: their cards carry no tag.
    cards = re.findall(r'<li class="card">.*?</li>', html, re.S)
    assert cards and not any("lang-tag" in card or 'lang="de"' in card for card in cards)
    body = NetworkBodyPage.objects.filter(locale__language_code="de").first()
    html = html_of(client.get(f"/pl{body.url[3:]}"))
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert f'<span lang="de" dir="ltr">{body.title}</span> {tag}' in crumbs
    # German pages and translated titles carry no lang and no tag of their own.
    german = html_of(client.get("/de/"))
    assert 'lang="de" dir="ltr">' not in re.search(
        r'<nav class="main-menu".*?</nav>', german, re.S
    ).group(0)
    assert "lang-tag" not in german
    arabic = html_of(client.get("/ar/"))
    forms_index = re.search(r'<h2 id="teaser-forms">(.*?)</h2>', arabic).group(1)
    assert "lang" not in forms_index


def test_translated_page_has_no_notice(client, labour):
    arabic = translation_of(labour, "ar")
    html = html_of(client.get(arabic.url))
    assert 'id="untranslated-notice"' not in html
    assert html_tag(html) == '<html lang="ar" dir="rtl">'


def test_every_german_page_exists_in_every_language():
    """Locale synchronisation (run by the bootstrap): a live translation or alias everywhere."""
    german = Page.objects.live().filter(locale__language_code="de", depth__gt=1)
    keys = set(german.values_list("translation_key", flat=True))
    for code in CODES[1:]:
        present = set(
            Page.objects.live()
            .filter(locale__language_code=code, translation_key__in=keys)
            .values_list("translation_key", flat=True)
        )
        assert present == keys, code
    assert synchronise_locales() == 0, "running it again creates nothing"


def test_german_path_in_another_language_never_404s(client, leitbild):
    # A new German page without aliases (made outside the admin, so no sync hook ran).
    home = HomePage.objects.get(locale__language_code="de")
    fresh = StandardPageFactory(parent=home, slug="ganz-neu", title="Ganz neu")
    response = client.get("/pl/ganz-neu/")
    assert response.status_code == 302
    assert response["Location"] == fresh.url
    # A translation with its own slug is found from the German one.
    english = translation_of(leitbild, "en")
    if english.slug != leitbild.slug:
        response = client.get(f"/en/{leitbild.slug}/", follow=True)
        assert response.redirect_chain and response.request["PATH_INFO"] == english.url
    assert client.get("/pl/gibt-es-nirgends/").status_code == 404


# --- Translation status ---------------------------------------------------------------------
def test_translation_status_shows_sync_date_and_outdated_source(client, labour):
    english = translation_of(labour, "en")
    synced = TranslationSource.objects.get(
        object_id=labour.translation_key, locale__language_code="de"
    ).last_updated_at
    html = html_of(client.get(english.url))
    status = re.search(r'<p id="translation-status".*?</p>', html, re.S).group(0)
    assert 'data-outdated="false"' in status
    assert f'<time datetime="{timezone.localtime(synced).date().isoformat()}">' in status
    assert "hreflang" not in status

    labour.save_revision().publish()  # the German source changes after the last sync
    status = re.search(
        r'<p id="translation-status".*?</p>', html_of(client.get(english.url)), re.S
    ).group(0)
    assert 'data-outdated="true"' in status
    assert f'href="{labour.url}" lang="de" hreflang="de"' in status

    for page_url in (labour.url, alias_of(labour, "pl").url):
        assert 'id="translation-status"' not in html_of(client.get(page_url))


# --- Sitemap -------------------------------------------------------------------------------
def test_sitemap_lists_every_language_with_alternates(client, leitbild):
    english = translation_of(leitbild, "en")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert not response.cookies
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {
        url.find("s:loc", ns).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in ET.fromstring(response.content).findall("s:url", ns)  # noqa: S314 (ours)
    }
    live = Page.objects.live().public().filter(depth__gt=1, alias_of=None)
    assert len(urls) == live.count()
    for code in CODES:
        home = HomePage.objects.filter(locale__language_code=code, alias_of=None).first()
        if home:
            assert f"http://testserver{home.url}" in urls, code
    german_url = f"http://testserver{leitbild.url}"
    english_url = f"http://testserver{english.url}"
    assert urls[german_url] == urls[english_url]
    assert urls[german_url]["de"] == german_url
    assert urls[german_url]["en"] == english_url
    assert urls[german_url]["x-default"] == german_url
    polish_alias = f"http://testserver/pl{leitbild.url[3:]}"
    assert polish_alias not in urls, "aliases are copies, not translations"


# --- Other views and languages -------------------------------------------------------------------
def test_switcher_outside_pages_keeps_the_address(client):
    links = switcher_links(html_of(client.get("/de/search/?q=hilfe")))
    assert links["en"]["href"] == "/en/search/?q=hilfe"
    assert links["ar"]["href"] == "/ar/search/?q=hilfe"
    links = switcher_links(client.get("/de/gibt-es-nicht/").content.decode())
    assert links["fa"]["href"] == "/fa/"


def test_a_language_django_does_not_know(client, leitbild, tmp_path):
    """Pashto, as the README describes: LANG_INFO entry, LANGUAGES_BIDI, a catalogue, a Locale."""
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ps"}
    catalogue.append(polib.POEntry(msgid="Language", msgstr="ژبه"))
    (tmp_path / "ps" / "LC_MESSAGES").mkdir(parents=True)
    catalogue.save_as_mofile(str(tmp_path / "ps" / "LC_MESSAGES" / "django.mo"))
    pashto = {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"}
    languages = [*settings.LANGUAGES, ("ps", "Pashto")]
    with (
        mock.patch.dict(LANG_INFO, {"ps": pashto}),
        override_settings(
            LANGUAGES=languages,
            WAGTAIL_CONTENT_LANGUAGES=languages,
            LOCALE_PATHS=[tmp_path, *settings.LOCALE_PATHS],
        ),
    ):
        assert "ps" in settings.LANGUAGES_BIDI
        Locale.objects.create(language_code="ps")
        assert synchronise_locales() > 0
        html = html_of(client.get(f"/ps{leitbild.url[3:]}"))
        assert html_tag(html) == '<html lang="ps" dir="rtl">'
        assert "ژبه" in html, "the Pashto catalogue is used"
        links = switcher_links(html)
        assert links["ps"]["text"] == "پښتو" and links["ps"]["dir"] == "rtl"
        assert 'id="untranslated-notice"' in html


# --- Query budget ---------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["de", "en", "ar", "pl", "fa", "zh-hans", "th"])
def test_query_budget_on_translated_and_alias_pages(client, code):
    pages = (
        Page.objects.live()
        .filter(locale__language_code=code, depth__gt=1)
        .select_related("locale")
        .order_by("path")
    )
    kinds = set()
    client.get(f"/{code}/")  # a running site has its caches filled
    for page in pages:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert len(queries) <= query_budget(page), (page.url, len(queries))
        kinds.add("alias" if page.alias_of_id else "page")
    assert kinds == ({"page"} if code == "de" else {"page", "alias"})


def test_menu_puts_untranslated_entries_after_the_readers_own_under_a_label(client):
    """Polish readers meet their own entries first, then "More in German" and the German ones,
    marked; never German entries silently mixed in among their own."""
    menu = re.search(r'<nav class="main-menu".*?</nav>', html_of(client.get("/pl/")), re.S).group(0)
    own, label, german = re.split(r'<li class="main-menu__more"[^>]*>(.*?)</li>', menu)
    assert label == "Więcej po niemiecku:"
    assert 'lang="de"' not in own and own.count("<a ") >= 2
    links = re.findall(r"<a ([^>]*)>", german)
    assert links and all(
        'aria-describedby="menu-more-in-german" lang="de" dir="ltr"' in attrs for attrs in links
    )
    # German readers get one list, without the label.
    german_menu = re.search(r'<nav class="main-menu".*?</nav>', html_of(client.get("/de/")), re.S)
    assert "main-menu__more" not in german_menu.group(0)
