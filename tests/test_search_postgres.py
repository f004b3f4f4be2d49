"""PostgreSQL: every page is stemmed in its own language, every query in the reader's.

Runs when the suite runs on PostgreSQL (``.ci/run`` does, after SQLite).
"""

import re

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.search.models import IndexEntry

import pytest

from search import service
from search.languages import postgres_configs
from tests.pages import add_page, german_home, home_in

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="PostgreSQL full-text search: run the suite with DATABASE_URL=postgres://…",
    ),
]


@pytest.fixture(autouse=True)
def _fresh_backends():
    service.reset()


def result_links(client, language, query):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    items = re.findall(
        r'<li class="search-result" data-search-result>\s*<h3[^>]*><a href="([^"]+)"', html
    )
    return items


def vector(page, column="body"):
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type_id=page.content_type_id)
    return getattr(entry, column)


def test_every_language_configuration_exists_and_ignores_diacritics():
    with connection.cursor() as cursor:
        for name, _source in postgres_configs():
            cursor.execute("SELECT count(*) FROM pg_ts_config WHERE cfgname = %s", [name])
            assert cursor.fetchone() == (1,), name
        for config, accented, plain in [
            ("kok_german", "Betteltätigkeit", "Betteltatigkeit"),
            ("kok_romanian", "învățământ țară", "invatamant tara"),
            ("kok_romanian", "ştiinţă", "stiinta"),  # cedilla forms
            ("kok_french", "exploitée", "exploitee"),
            ("kok_simple", "Đặng Thị", "Dang Thi"),
        ]:
            cursor.execute(
                "SELECT to_tsvector(%s::regconfig, %s) = to_tsvector(%s::regconfig, %s)",
                [config, accented, config, plain],
            )
            assert cursor.fetchone() == (True,), (config, accented)


def test_each_page_is_indexed_in_its_own_language():
    german = add_page(german_home(), "Ausbeutungen", "Ausbeutungen und ausgebeutete Menschen.")
    english = add_page(home_in("en"), "Exploited workers", "Exploited workers and exploitation.")
    arabic = add_page(home_in("ar"), "Ausbeutungen الاستغلال", "Ausbeutungen الاستغلال")
    assert "'ausbeut'" in vector(german, "title")  # German stemming
    assert "'exploit'" in vector(english, "title")  # English stemming
    arabic_title = vector(arabic, "title")
    assert "'ausbeutungen'" in arabic_title  # the German rule does not touch an Arabic page
    assert "'استغلال'" in arabic_title  # Arabic stemming drops the article


def test_german_inflections_are_found(client):
    home = german_home()
    adjective = add_page(home, "Arbeitgeber", "Ein ausbeuterischer Arbeitgeber zahlt keinen Lohn.")
    plural = add_page(home, "Formen", "Es gibt viele Ausbeutungen, die man nicht sieht.")
    assert adjective.url in result_links(client, "de", "Ausbeutung")
    assert plural.url in result_links(client, "de", "Ausbeutung")
    singular = add_page(home, "Quokkaschutz", "Der Quokkaschutz hilft.")
    assert singular.url in result_links(client, "de", "Quokkaschutzes")  # genitive


def test_stemming_does_not_leak_into_other_languages(client):
    english_with_german_word = add_page(home_in("en"), "Glossary", "German word: Ausbeutung.")
    # A word no demo page has: the demo's English pages about exploitation would fill the
    # first page of results for "exploiting".
    german_with_english_word = add_page(german_home(), "Glossar", "Englisches Wort: overworked.")
    english = add_page(home_in("en"), "Rights", "Workers who are overworked have rights.")

    assert english.url in result_links(client, "en", "overworking")  # English stemming
    assert german_with_english_word.url not in result_links(client, "de", "overworking")

    german_results = result_links(client, "de", "Ausbeutungen")
    assert "/de/formen-der-ausbeutung/" in german_results  # German stemming
    assert english_with_german_word.url not in result_links(client, "en", "Ausbeutungen")


def test_other_languages_with_a_stemmer(client):
    russian = add_page(home_in("ru"), "Права", "Жертвы эксплуатации имеют права.")
    assert russian.url in result_links(client, "ru", "эксплуатация")
    arabic = add_page(home_in("ar"), "حقوق", "الحماية من الاستغلال")
    assert arabic.url in result_links(client, "ar", "استغلال")
    turkish = add_page(home_in("tr"), "Haklar", "Sömürüye karşı haklarınız var.")
    assert turkish.url in result_links(client, "tr", "sömürü")


def test_page_ids_are_indexed_as_the_search_joins_them():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s", ["kok_search_page_id_text"]
        )
        (definition,) = cursor.fetchone()
    assert "wagtailcore_page" in definition and "character varying(50)" in definition


def test_one_query_brings_a_results_page_and_the_total(client):
    home = home_in("en")
    for n in range(12):
        add_page(home, f"Wombatword {n}", "Wombatword counselling.")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/search/", {"q": "wombatword"}).content.decode()
    assert "12 results" in html
    searches = [
        q["sql"]
        for q in queries
        if "wagtailsearch_indexentry" in q["sql"] and "ts_rank" in q["sql"]
    ]
    assert len(searches) == 1 and " OVER ()" in searches[0]


def test_snippets_show_the_page_text_not_the_index(client):
    """On PostgreSQL the index holds stemmed vectors: snippets come from the page's own text,
    with its vowel marks, and mark the inflected word the page has."""
    sentence = "لَكَ الحَقُّ في الحِمايَةِ مِنَ الاسْتِغْلالِ في العَمَلِ."
    add_page(home_in("ar"), "حُقُوقُكِ", sentence)
    html = client.get("/ar/search/", {"q": "استغلال"}).content.decode()
    marked = sentence.replace("الاسْتِغْلالِ", "<mark>الاسْتِغْلالِ</mark>")
    assert f'<p class="search-result__snippet">{marked} … {marked}</p>' in html

    text = "Ein ausbeuterischer Arbeitgeber zahlt keinen Lohn."
    add_page(german_home(), "Quokkabetrieb", text)
    html = client.get("/de/search/", {"q": "Quokkabetrieb Ausbeutung"}).content.decode()
    marked = text.replace("ausbeuterischer", "<mark>ausbeuterischer</mark>")
    assert f'<p class="search-result__snippet">{marked} … {marked}</p>' in html
