"""The helper card (home/helper_card.py): in every language with German beside it, the numbers
of Settings → Contact as phone links, the reader's language named in both languages, the
counselling-centre finder in both, linked from the help box in every language, no cookie, a
bounded number of queries."""

import html
import re

from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from home.contact import tel_href
from home.models import ContactSettings, SpecialPages
from multilingual.versions import language_info
from pagecache import invalidation
from tests.pages import MAX_QUERIES

CODES = [code for code, _name in settings.LANGUAGES]
HALF = re.compile(
    r'<(?P<tag>div|section) class="helper-card__half[^"]*" lang="(?P<lang>[^"]+)" '
    r'dir="(?P<dir>[^"]+)"[^>]*>(?P<body>.*?)</(?P=tag)>',
    re.S,
)
NUMBERS = ("emergency_police", "emergency_ambulance", "womens_helpline", "phone")


def card(client, code):
    response = client.get(f"/{code}/helper-card/")
    assert response.status_code == 200, code
    return response, response.content.decode()


def halves(page):
    return [(m["lang"], m["dir"], m["body"]) for m in HALF.finditer(page)]


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def tr(code, message):
    with translation.override(code):
        return translation.gettext(message)


def contact():
    return ContactSettings.for_site(Site.objects.get(is_default_site=True))


def finder_url(code):
    """The finder chosen in Settings → Special pages, in ``code`` if translated, else German."""
    chosen = SpecialPages.for_site(Site.objects.get(is_default_site=True)).finder
    version = (
        Page.objects.live()
        .filter(translation_key=chosen.translation_key, locale__language_code=code)
        .first()
    )
    return (version or chosen).url


@pytest.mark.django_db
@pytest.mark.parametrize("code", CODES)
def test_the_card_is_in_the_readers_language_with_german_beside_it(client, code):
    _response, page = card(client, code)
    found = halves(page)
    if code == settings.LANGUAGE_CODE:
        assert [(lang, direction) for lang, direction, _body in found] == [("de", "ltr")]
    else:
        own = language_info(code)
        assert [(lang, direction) for lang, direction, _body in found] == [
            (code, own["dir"]),
            ("de", "ltr"),
        ]
        reader, german = found[0][2], found[1][2]
        # The reader's half in the reader's language, not the English source.
        assert tr(code, "I do not speak German well.") in text(reader)
        if code != "en":
            assert "I do not speak German well." not in text(reader)
        assert "Ich spreche nicht gut Deutsch." in text(german)
        assert "Für die Person, die mir hilft" in text(german)
        # My language, named in the reader's language and in German.
        with translation.override(code):
            assert tr(code, "My language: %(language)s") % {"language": own["name"]} in text(reader)
        with translation.override("de"):
            german_name = str(dict(settings.LANGUAGES)[code])
        assert f"Meine Sprache: {german_name}" in text(german)
        # The finder: in the reader's language in theirs, the German one in German.
        assert f'href="{finder_url(code)}"' in reader
        assert f'href="{finder_url("de")}"' in german
        assert tr(code, "Find a specialised counselling centre near me") in text(reader)
        assert "Eine Fachberatungsstelle in meiner Nähe finden" in text(german)
    values = contact()
    for _lang, _dir, body in found:
        for field in NUMBERS:
            number = getattr(values, field)
            assert f'href="{tel_href(number)}" dir="ltr">{html.escape(number)}</a>' in body, (
                code,
                field,
            )
        assert "Gewalt gegen Frauen" in text(body)  # the helpline by its German name


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "name"), [("ar", "Arabisch"), ("hu", "Ungarisch")])
def test_the_german_half_names_the_language_in_german(client, code, name):
    _response, page = card(client, code)
    assert f"Meine Sprache: {name}" in text(halves(page)[1][2])


@pytest.mark.django_db
def test_the_numbers_are_the_ones_in_settings(client):
    _response, before = card(client, "ro")  # now kept by the page cache
    assert "26 39 11 76" in before
    values = contact()
    values.phone = "030 / 12 34 56 78"
    values.womens_helpline = "116 017"
    values.save()  # emptied from every store like any other change an editor makes
    _response, page = card(client, "ro")
    assert 'href="tel:+493012345678"' in page
    assert 'href="tel:116017"' in page
    assert "26 39 11 76" not in page and "116 016" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("code", CODES)
def test_the_help_box_links_to_the_card_in_every_language(client, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    box = re.search(r'<aside class="help-box".*?</aside>', response.content.decode(), re.S)
    assert box, code
    link = re.search(r'<a href="/(?P<lang>[^/]+)/helper-card/">(?P<label>[^<]+)</a>', box[0])
    assert link and link["lang"] == code, code
    label = "A card to show someone who can help you, in your language and in German"
    assert html.unescape(link["label"]) == tr(code, label)
    if code not in ("en",):
        assert link["label"] != label, code


@pytest.mark.django_db
def test_the_card_sets_no_cookie_keeps_the_quick_exit_and_is_cached(client):
    response, page = card(client, "fa")
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert 'class="quick-exit' in page
    assert response.headers["Cache-Control"] == "no-store"  # browsers keep no copy
    again, _page = card(client, "fa")
    assert again.headers.get("X-Wagtail-Cache") == "hit"
    assert not again.cookies


@pytest.mark.django_db
def test_the_card_refuses_anything_but_reading_it(client):
    assert client.post("/ar/helper-card/").status_code == 405
    assert client.head("/ar/helper-card/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["de", "ar", "de-x-ls" if "de-x-ls" in CODES else "en"])
def test_the_card_needs_a_bounded_number_of_queries(client, code):
    invalidation.clear()  # the first reader after a change: nothing kept
    with CaptureQueriesContext(connection) as queries:
        card(client, code)
    assert len(queries) <= MAX_QUERIES, [q["sql"][:80] for q in queries]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ar", "hu"])
def test_the_card_reads_the_same_from_the_lean_catalogues(client, code):
    """Both halves (the German one inside ``{% language "de" %}``) come from the readers' lean
    catalogues (kokcms/readers.py) exactly as from Django's full ones."""
    pages = []
    for lean in (True, False):
        invalidation.clear()  # nothing kept by one rendering may be served to the other
        with override_settings(LEAN_READER_REQUESTS=lean):
            pages.append(card(client, code)[1])
    assert pages[0] == pages[1]
