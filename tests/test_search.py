"""Site search as a reader uses it, on whatever database the suite runs on (SQLite by default).

Language-specific stemming is proven in test_search_postgres.py, Elasticsearch in
test_search_elasticsearch.py.
"""

import html as html_lib
import io
import json
import re

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site, get_page_models
from wagtail.search.models import IndexEntry

import pytest

from home.models import SpecialPages
from information.models import FormOfExploitationPage, FormsOfExploitationIndexPage
from pagecache import invalidation
from search import service
from tests.pages import add_page, alias_of, german_home, home_in, locale, translation_of

pytestmark = pytest.mark.django_db

# A page's budget (tests/pages.py), +2: the search also matches the counselling places and the
# court decisions (search/places.py, search/decisions.py), one query each.
MAX_QUERIES = 17
RESULT = re.compile(r"<li class=\"search-result\" data-search-result[^>]*>.*?</li>", re.S)
OTHER = re.compile(
    r"<li class=\"search-result\" data-other-language-result=\"(\w+)\".*?</li>", re.S
)


SNIPPET = re.compile(r'<p class="search-result__snippet"[^>]*>(.*?)</p>', re.S)
# Arabic short vowels, shadda, sukun, the dagger alef; the tatweel.
TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
WORD = re.compile("[\\w\u064b-\u0652\u0670\u0640]+")  # Python's \w leaves out the marks


def search(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    return response, response.content.decode()


def result_links(html):
    return [re.search(r'<a href="([^"]+)"', item).group(1) for item in RESULT.findall(html)]


def other_language_links(html):
    return [
        (language, re.search(r'<a href="([^"]+)"', item.group(0)).group(1))
        for item in OTHER.finditer(html)
        for language in [item.group(1)]
    ]


@pytest.fixture(autouse=True)
def _fresh_backends():
    service.reset()
    yield
    service.reset()


def test_results_have_title_section_and_highlighted_snippet(client):
    page = add_page(
        german_home(),
        "Gezwungen zu betteln",
        'Wer zur Betteltätigkeit gezwungen wird, bekommt bei uns "Hilfe" & Beratung.',
    )
    response, html = search(client, "de", "Betteltätigkeit")
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert 'name="q" value="Betteltätigkeit"' in html
    links = result_links(html)
    form = "/de/formen-der-ausbeutung/erzwungene-betteltaetigkeit/"
    assert form in links and page.url in links
    item = RESULT.findall(html)[links.index(page.url)]
    assert (
        f'<h3 class="search-result__title"><a href="{page.url}">Gezwungen zu betteln</a></h3>'
        in item
    )
    assert "search-result__meta" not in item  # directly below the home page: no section
    # The introduction, then the paragraph of the body that repeats it (tests/pages.py).
    sentence = (
        "Wer zur <mark>Betteltätigkeit</mark> gezwungen wird, bekommt bei uns "
        "&quot;Hilfe&quot; &amp; Beratung."
    )
    assert f'<p class="search-result__snippet">{sentence} … {sentence}</p>' in item
    # A form of exploitation is shown in its section: the title of the page above it.
    item = RESULT.findall(html)[links.index(form)]
    assert '<span class="search-result__section">Formen der Ausbeutung</span>' in item


def test_the_tab_title_does_not_repeat_the_query(client):
    _response, html = search(client, "de", "Zwangsprostitution")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "Zwangsprostitution" not in title


def test_every_page_has_a_search_form_in_its_language(client):
    html = client.get("/de/").content.decode()
    form = re.search(
        r'<form class="site-search" action="/de/search/" method="get" role="search">.*?</form>',
        html,
        re.S,
    )
    assert form and '<label for="site-search-q"' in form.group(0)
    assert 'name="q"' in form.group(0)
    _response, html = search(client, "en", "help")
    assert '<form class="search-form" action="/en/search/"' in html
    assert 'class="site-search"' not in html  # the search page has its own form only


def test_case_and_missing_diacritics_do_not_matter(client):
    target = "/de/formen-der-ausbeutung/erzwungene-betteltaetigkeit/"
    for query in ("BETTELTÄTIGKEIT", "betteltatigkeit", "Betteltatigkeit"):
        assert target in result_links(search(client, "de", query)[1]), query
    romanian = add_page(
        home_in("ro"), "Drepturile tale", "Învățământul și țara: ajutor în caz de exploatare."
    )
    for query in (
        "invatamantul",
        "ÎNVĂȚĂMÂNTUL",
        "tara",
        "ţara",
    ):  # ţ with cedilla, as many keyboards type it
        assert romanian.url in result_links(search(client, "ro", query)[1]), query


def test_results_stay_in_the_readers_language(client):
    english = add_page(home_in("en"), "Quokkaploit at work", "Quokkaploit: your rights at work.")
    german = add_page(german_home(), "Quokkaploit bei der Arbeit", "Quokkaploit: Ihre Rechte.")
    _response, html = search(client, "en", "quokkaploit")
    assert result_links(html) == [english.url]
    _response, html = search(client, "de", "quokkaploit")
    assert result_links(html) == [german.url]
    _response, html = search(client, "en", "Ausbeutung")
    assert not [link for link in result_links(html) if link.startswith("/de/")]


def test_alias_pages_are_offered_as_german_results(client):
    german = add_page(german_home(), "Zebrafinkwort", "Zebrafinkwort gibt es nur auf Deutsch.")
    alias = alias_of(german, "ro")
    assert alias.url.startswith("/ro/")
    _response, html = search(client, "ro", "Zebrafinkwort")
    assert result_links(html) == []  # the alias carries German text: not a Romanian result
    assert other_language_links(html) == [("de", alias.url)]
    assert re.search(
        r'data-other-language-result="de">\s*<h3 class="search-result__title" lang="de" dir="ltr">',
        html,
    )


def test_alias_pages_are_not_indexed_until_translated():
    """Aliases only repeat German pages; indexing them would multiply the index by the number
    of languages. Once translated, the page is indexed."""
    german = add_page(german_home(), "Zitronenbaum", "Ein Zitronenbaum.")
    alias = alias_of(german, "uk")
    indexed = IndexEntry.objects.filter(content_type_id=german.content_type_id)
    assert indexed.filter(object_id=str(german.pk)).exists()
    assert not indexed.filter(object_id=str(alias.pk)).exists()
    bootstrapped_aliases = Page.objects.filter(alias_of__isnull=False).values_list("pk", flat=True)
    assert not IndexEntry.objects.filter(
        object_id__in=[str(pk) for pk in bootstrapped_aliases]
    ).exists()
    ukrainian = translation_of(german, "uk")
    assert ukrainian.pk == alias.pk  # wagtail-localize turns the alias into the translation
    assert indexed.filter(object_id=str(ukrainian.pk)).exists()


def test_nothing_found_shows_message_help_box_and_other_languages(client):
    _response, html = search(client, "en", "Plughword xyzzy")
    assert result_links(html) == []
    assert 'id="search-no-results"' in html
    assert "Nothing was found for “Plughword xyzzy”." in html
    assert 'class="help-box"' in html and "116 016" in html
    assert 'id="search-other-languages"' not in html

    german = add_page(german_home(), "Plughwort", "Plughword steht hier auf Deutsch.")
    english = add_page(home_in("en"), "Plughword", "Plughword in English.")
    _response, html = search(client, "uk", "plughword")
    assert 'id="search-other-languages"' in html
    assert dict(other_language_links(html)) == {"de": german.url, "en": english.url}
    alias = alias_of(german, "uk")
    _response, html = search(client, "uk", "plughword")
    assert dict(other_language_links(html)) == {"de": alias.url, "en": english.url}
    _response, html = search(client, "en", "plughword")
    assert result_links(html) == [english.url]
    assert 'id="search-other-languages"' not in html  # only when nothing is found


def test_layout_choices_are_not_searched(client):
    """A heading block's level and a callout's style are layout: "Ebene" (level) does not
    find a page for its headings, and no snippet shows "Ebene 2"."""
    german = german_home()
    page = add_page(german, "Wegweiser", "Ein Wegweiser.")
    page.body = json.dumps(
        [
            {"type": "heading", "value": {"text": "Wegweiser", "level": "h2"}},
            {
                "type": "callout",
                "value": {"title": "Hinweis", "text": "<p>Wegweiser.</p>", "style": "warning"},
            },
        ]
    )
    page.save_revision().publish()
    _response, html = search(client, "de", "Ebene")
    assert page.url not in result_links(html)
    assert "Ebene 2" not in html and "Warnung" not in html
    _response, html = search(client, "de", "Wegweiser")
    assert result_links(html) == [page.url]


def test_not_every_word_needs_to_match(client):
    _response, html = search(client, "de", "Betteltätigkeit xyzzy")
    assert "/de/formen-der-ausbeutung/erzwungene-betteltaetigkeit/" in result_links(html)
    assert "data-search-notice" in html


def test_pagination_keeps_the_query(client):
    home = home_in("en")
    pages = [add_page(home, f"Counselling {n}", "Quokkaword counselling.") for n in range(23)]
    _response, html = search(client, "en", "quokkaword")
    assert len(result_links(html)) == 10
    assert "23 results" in html and "Page 1 of 3" in html
    assert 'href="?q=quokkaword&amp;page=2" rel="next"' in html
    _response, html = search(client, "en", "quokkaword", page=3)
    assert len(result_links(html)) == 3
    assert 'start="21"' in html and 'rel="prev"' in html and 'rel="next"' not in html
    seen = set()
    for number in (1, 2, 3):
        seen.update(result_links(search(client, "en", "quokkaword", page=number)[1]))
    assert seen == {page.url for page in pages}
    response, html = search(client, "en", "quokkaword", page=99999)
    assert response.status_code == 200
    assert "There are only 3 pages of results. This is the last one." in html
    assert len(result_links(html)) == 3


BAD_QUERIES = [
    "",
    " ",
    "x" * 10_000,
    "Ausbeutung " * 900,
    "a" * 5_000,
    "Hilfe\x00Beratung",
    "\x00\x01\x02\x1b[31m\x7f",
    '"Ausbeutung',
    "'Ausbeutung",
    '"""',
    "AND OR NOT * ~ : ( )",
    "NOT",
    "*",
    "Ausbeutung AND NOT Hilfe OR (Beratung",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "%' UNION SELECT password FROM auth_user --",
    'title:Ausbeutung^10 body:[a TO z] "Hilfe"~3 +must -not /re.*x/ fuzzy~2 \\',
    "NEAR(Hilfe Beratung, 2) {title}: ^Hilfe",
    "Hilfe:*  & | ! <-> ''",
    "\u202eevil\u200b\ufeff",
    "🙂🙂🙂",
    "\u0301\u0301",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda q: repr(q[:20]) + f"…{len(q)}")
@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_bad_input_never_breaks_the_search(client, query, language):
    response, html = search(client, language, query)
    assert response.status_code in (200, 400)
    assert '<form class="search-form"' in html
    if response.status_code == 400:
        assert 'id="search-error"' in html


def test_too_long_query_gets_a_clear_message(client):
    response, html = search(client, "en", "x" * 10_000)
    assert response.status_code == 400
    assert "Your search is too long. Please use at most 200 characters." in html
    assert f'value="{"x" * 200}"' in html


def test_query_of_only_separators_asks_for_a_word(client):
    response, html = search(client, "en", '"* ~ : ( )"')
    assert response.status_code == 200
    assert "Please type a word or a number to search for." in html


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1e3", "", "9" * 5000, "1\x00"])
def test_page_number_that_is_not_a_number_is_refused(client, page):
    response, html = search(client, "en", "help", page=page)
    assert response.status_code == 400
    assert "This page number is not valid." in html


def test_non_latin_scripts(client):
    arabic = add_page(home_in("ar"), "حقوقك", "لديك الحق في الحماية من الاستغلال في العمل.")
    chinese = add_page(
        home_in("zh-hans"), "你的权利", "打击人口贩卖是我们的工作，我们提供免费咨询。"
    )
    thai = add_page(home_in("th"), "สิทธิของคุณ", "การค้ามนุษย์เป็นอาชญากรรม เราให้คำปรึกษาฟรี")
    ukrainian = add_page(home_in("uk"), "Ваші права", "Експлуатація праці заборонена законом.")
    cases = [
        ("ar", "الاسْتِغْلال", arabic),  # typed with short vowels
        ("ar", "الحماية", arabic),
        ("zh-hans", "人口贩卖", chinese),
        ("zh-hans", "免费咨询", chinese),
        ("th", "ค้ามนุษย์", thai),
        ("uk", "ЕКСПЛУАТАЦІЯ", ukrainian),
    ]
    for language, query, page in cases:
        response, html = search(client, language, query)
        assert response.status_code == 200
        assert page.url in result_links(html), (language, query)
    _response, html = search(client, "zh-hans", "人口贩卖")
    assert "<mark>人口贩卖</mark>" in html
    _response, html = search(client, "zh-hans", "贩人口")  # same characters, wrong order
    assert chinese.url not in result_links(html)


def test_arabic_words_are_found_with_and_without_the_article(client):
    """No database backend stems Arabic; the article (and a conjunction or preposition
    before it) must not decide whether a word is found."""
    with_article = add_page(home_in("ar"), "البرتقالة", "رأيت البرتقالة وبالبرتقالة عصير.")
    without = add_page(home_in("ar"), "برتقالة", "برتقالة واحدة فقط.")
    for query in ("برتقالة", "البرتقالة", "والبرتقالة", "للبرتقالة"):
        _response, html = search(client, "ar", query)
        assert set(result_links(html)) >= {with_article.url, without.url}, query
    _response, html = search(client, "ar", "برتقالة")
    assert "<mark>البرتقالة</mark>" in html and "<mark>برتقالة</mark>" in html
    # A short word that only looks like article + stem stays whole.
    _response, html = search(client, "ar", "الله")
    assert with_article.url not in result_links(html)


def test_promotions_are_per_language(client):
    for query in ("Hilfe", "  HILFE! "):
        _response, html = search(client, "de", query)
        promoted = re.search(
            r'<ul class="search-results" id="search-promotions">(.*?)</ul>', html, re.S
        )
        assert promoted and 'href="/de/kontakt/"' in promoted.group(1), query
        assert "data-search-promotion" in promoted.group(1)

    kontakt = Page.objects.get(slug="kontakt", locale__language_code="de")
    english = translation_of(kontakt, "en")
    call_command("setup_search_promotions", stdout=io.StringIO())
    assert SearchPromotion.objects.filter(query__query_string="help", page=english).exists()

    _response, html = search(client, "en", "help")
    promoted = re.search(r'id="search-promotions">(.*?)</ul>', html, re.S)
    assert promoted and f'href="{english.url}"' in promoted.group(1)
    assert english.url.startswith("/en/")
    _response, html = search(client, "en", "Hilfe")
    assert 'id="search-promotions"' not in html  # the German promotion is for German readers
    _response, html = search(client, "de", "help")
    assert 'id="search-promotions"' not in html


def test_setup_search_promotions_is_idempotent():
    before = SearchPromotion.objects.count()
    call_command("setup_search_promotions", stdout=io.StringIO())
    assert SearchPromotion.objects.count() == before > 0


def test_unpublished_and_private_pages_are_not_found(client):
    home = german_home()
    draft = add_page(home, "Entwurf Zebrafinkwort", "Zebrafinkwort im Entwurf.", live=False)
    private = add_page(home, "Intern Zebrafinkwort", "Zebrafinkwort intern.")
    private.view_restrictions.create(restriction_type="password", password="geheim")  # noqa: S106
    public = add_page(home, "Öffentlich Zebrafinkwort", "Zebrafinkwort öffentlich.")
    _response, html = search(client, "de", "Zebrafinkwort")
    assert result_links(html) == [public.url]
    assert draft.pk and private.pk


def test_undecodable_bytes_are_harmless(client):
    response = client.get("/de/search/?q=%ff%fe%00Hilfe%c3&page=%ff")
    assert response.status_code in (200, 400)
    assert '<form class="search-form"' in response.content.decode()


@pytest.mark.parametrize(
    "language, query, text",
    [
        ("de", "Ausbeutung", "Ausbeutung"),  # many results, more added
        ("de", "Hilfe Beratung xyzzy", "Hilfe und Beratung"),  # no page has all words
        ("ro", "Zebrafinkwort Plughwort", "Zebrafinkwort Plughwort"),  # German only: offered
        ("en", "xyzzy plugh", "Ausbeutung"),  # nothing anywhere
    ],
)
def test_query_count_is_bounded_and_does_not_grow(client, language, query, text):
    def count():
        invalidation.clear()  # as the first reader after a change: the shared store emptied
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        return len(queries)

    add_page(german_home(), text, text)
    count()  # warm the caches every page shares (site, content types)
    before = count()
    assert before <= MAX_QUERIES
    for n in range(5):
        add_page(german_home(), f"{text} {n}", text)
    assert count() <= before


# --- What a result shows: the page's own text -------------------------------------------------


def snippets(html):
    return [SNIPPET.search(item).group(1) for item in RESULT.findall(html) if SNIPPET.search(item)]


def plain(fragment):
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment))


def arabic_word(word):
    """A word as the index compares it: without vowel marks and without the article."""
    word = TASHKEEL.sub("", word)
    return re.sub("^(?:[وفبك]?ال|لل)(?=...)", "", word)


def assert_reads_like_the_page(snippet, page_text):
    """Every word of the snippet is a word of the page as readers see it, with its marks, and
    no word follows itself (the index repeats each Arabic word without its article)."""
    words = WORD.findall(plain(snippet))
    assert words
    visible = set(WORD.findall(page_text))
    assert [word for word in words if word not in visible] == []
    pairs = list(zip(words, words[1:], strict=False))
    assert [pair for pair in pairs if arabic_word(pair[0]) == arabic_word(pair[1])] == []


def main_text(client, url):
    page = client.get(url).content.decode()
    return plain(re.search(r"<main.*?</main>", page, re.S).group(0))


def test_arabic_snippets_show_the_page_text_with_its_vowel_marks(client):
    german = FormOfExploitationPage.objects.get(
        slug="erzwungene-betteltaetigkeit", locale__language_code="de"
    )
    arabic = german.get_translation(locale("ar"))
    page_text = main_text(client, arabic.url)
    assert TASHKEEL.search(page_text)  # the shipped translation writes some vowels
    _response, html = search(client, "ar", "التسول")
    item = RESULT.findall(html)[result_links(html).index(arabic.url)]
    snippet = SNIPPET.search(item).group(1)
    assert_reads_like_the_page(snippet, page_text)
    marked = re.findall(r"<mark>(.*?)</mark>", snippet)
    assert marked and all(arabic_word(word) == "تسول" for word in marked)
    assert [word for word in marked if TASHKEEL.search(word)]  # "التسوّل" keeps its shadda

    sentence = "لَكَ الحَقُّ في الحِمايَةِ مِنَ الاسْتِغْلالِ في العَمَلِ."
    page = add_page(home_in("ar"), "حُقُوقُكِ", sentence)
    for query in ("استغلال", "الاسْتِغْلال", "والاستغلال"):
        _response, html = search(client, "ar", query)
        item = RESULT.findall(html)[result_links(html).index(page.url)]
        marked = sentence.replace("الاسْتِغْلالِ", "<mark>الاسْتِغْلالِ</mark>")
        assert SNIPPET.search(item).group(1) == f"{marked} … {marked}", query
        assert_reads_like_the_page(SNIPPET.search(item).group(1), main_text(client, page.url))


def test_snippets_separate_the_sections_of_a_page(client):
    page = add_page(german_home(), "Quokkaseite", "Quokkawort in der Einleitung.")
    page.body = json.dumps(
        [
            {"type": "heading", "value": {"text": "Quokkawort als Überschrift", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Erster Absatz.</p><p>Zweiter <b>Absatz</b>.</p>"
                "<ul><li>Punkt eins</li><li>Punkt zwei</li></ul>",
            },
            {
                "type": "callout",
                "value": {"title": "Hinweis", "text": "<p>Kasten.</p>", "style": "warning"},
            },
        ]
    )
    page.save_revision().publish()
    _response, html = search(client, "de", "Quokkawort")
    assert snippets(html) == [
        "<mark>Quokkawort</mark> in der Einleitung. … <mark>Quokkawort</mark> als Überschrift"
        " … Erster Absatz. … Zweiter Absatz. … Punkt eins … Punkt zwei … Hinweis … Kasten."
    ]


def test_each_occurrence_is_marked_once(client):
    text = "Quokkaplatz, quokkaplatz und QUOKKAPLÄTZE: ein Quokka-Platz, kein Platzquokka."
    page = add_page(german_home(), "Plätze", text)
    for query in ("Quokkaplatz", "quokkaplatz quokka", "QUOKKA QUOKKAPLATZ quokkaplätze"):
        _response, html = search(client, "de", query)
        (snippet,) = snippets(html)
        assert not re.search(r"<mark>[^<]*<mark>", snippet), query  # never one inside another
        marked = re.findall(r"<mark>(.*?)</mark>", snippet)
        starting = [w for w in re.findall(r"\w+", text) if w.casefold().startswith("quok")]
        if " " not in query:  # "Quokka" alone is no term: "Quokka-Platz" stays unmarked
            starting = starting[:3]
        assert marked == starting * 2, query  # the introduction, then the body
    assert page.url in result_links(html)


def test_results_are_found_and_marked_without_accents_and_case(client):
    page = add_page(home_in("ro"), "Țara", "În țara noastră, ȚARA și Țară.")
    _response, html = search(client, "ro", "tara")
    item = RESULT.findall(html)[result_links(html).index(page.url)]
    assert (
        SNIPPET.search(item)
        .group(1)
        .startswith("În <mark>țara</mark> noastră, <mark>ȚARA</mark> și <mark>Țară</mark>. … ")
    )


def test_numbers_and_latin_words_in_arabic_snippets_keep_their_order(client):
    page = add_page(
        home_in("ar"),
        "اتصل بنا",
        "الهاتف: 030 / 26 39 11 76، أو (Fachberatungsstelle)، KOK e.V. وخط Hilfetelefon Gewalt"
        " gegen Frauen.",
    )
    _response, html = search(client, "ar", "الهاتف")
    item = RESULT.findall(html)[result_links(html).index(page.url)]
    snippet = SNIPPET.search(item).group(1)
    unit = '<bdi dir="ltr" class="search-result__unit">'
    assert f"{unit}030 / 26 39 11 76</bdi>" in snippet  # isolated, and never broken
    assert f"({unit}Fachberatungsstelle</bdi>)" in snippet
    assert '<bdi dir="ltr">KOK e.V.</bdi>' in snippet  # the abbreviation's dot inside
    assert '<bdi dir="ltr">Hilfetelefon Gewalt gegen Frauen</bdi>.' in snippet  # the full stop not


@pytest.mark.parametrize("language", ["de", "ar"])
def test_results_never_show_page_type_names(client, language):
    """A page of each type the language has, searched for by its title: its result shows the
    title, the section (a page title) and the snippet, never "Leitbildseite" or "Gremium"."""
    examples = {}
    for page in (
        Page.objects.live()
        .filter(locale__language_code=language, alias_of__isnull=True, depth__gt=1)
        .specific()
        .order_by("path")
    ):
        examples.setdefault(type(page), page)
    assert len(examples) >= 5
    with translation.override(language):
        singular = {str(model._meta.verbose_name).casefold() for model in get_page_models()}
        plural = {str(model._meta.verbose_name_plural).casefold() for model in get_page_models()}
    titles = set(
        Page.objects.filter(locale__language_code=language).values_list("title", flat=True)
    )
    for page in examples.values():
        _response, html = search(client, language, page.title)
        links = result_links(html)
        assert page.url in links, page
        for item in RESULT.findall(html):
            sections = re.findall(r'<span class="search-result__section"[^>]*>(.*?)</span>', item)
            assert all(html_lib.unescape(section) in titles for section in sections)
            assert not {html_lib.unescape(section).casefold() for section in sections} & singular
            rest = re.sub(
                r'<h3.*?</h3>|<p class="search-result__snippet".*?</p>', "", item, flags=re.S
            )
            rest = re.sub(r'<span class="search-result__section".*?</span>', "", rest)
            assert not [name for name in singular | plural if name in plain(rest).casefold()]


def test_snippets_of_every_page_type_come_from_one_query(client):
    tables = {model._meta.db_table for model in get_page_models() if model is not Page}
    search(client, "de", "KOK")
    with CaptureQueriesContext(connection) as queries:
        _response, html = search(client, "de", "KOK")
    assert len(result_links(html)) == 10
    reading = [{table for table in tables if f'"{table}"' in query["sql"]} for query in queries]
    reading = [found for found in reading if found]
    assert len(reading) == 1 and len(reading[0]) >= 3, reading


# --- The count, and what to do when nothing is found ----------------------------------------


@pytest.mark.parametrize(
    "language, count, expected",
    [
        ("de", 1, "1 Treffer für „Zebrakolibri“"),
        ("de", 3, "3 Treffer für „Zebrakolibri“"),
        ("ar", 2, "نتيجتان لـ«Zebrakolibri»"),  # the dual says "two" without a number
        ("ar", 3, "3 نتائج لـ«Zebrakolibri»"),
        ("ro", 1, "1 rezultat pentru „Zebrakolibri”"),
        ("ro", 2, "2 rezultate pentru „Zebrakolibri”"),
    ],
)
def test_the_count_names_the_query_in_the_readers_language(client, language, count, expected):
    home = home_in(language)
    for n in range(count):
        add_page(home, f"Zebrakolibri {n}", f"Zebrakolibri {n}.")
    _response, html = search(client, language, "Zebrakolibri")
    assert re.search(r'<h2 id="search-summary">(.*?)</h2>', html).group(1) == expected


@pytest.mark.parametrize(
    "language, nothing_found",
    [
        ("de", "Für „Xyzzyquux“ wurde nichts gefunden."),
        ("ar", "لم يُعثر على أي نتيجة لـ«Xyzzyquux»."),
        ("ro", "Nu s-a găsit nimic pentru „Xyzzyquux”."),
    ],
)
def test_nothing_found_says_what_to_do_next(client, language, nothing_found):
    _response, html = search(client, language, "Xyzzyquux")
    block = re.search(r'<section[^>]* id="search-no-results".*?</section>', html, re.S).group(0)
    assert f'<h2 id="search-summary">{nothing_found}</h2>' in block
    contact = SpecialPages.for_site(Site.objects.get(is_default_site=True)).contact
    own_contact = Page.objects.get(
        translation_key=contact.translation_key, locale__language_code=language
    )
    forms = FormsOfExploitationIndexPage.objects.get(locale__language_code=language)
    links = dict(re.findall(r'<li><a href="([^"]+)">(.*?)</a></li>', block))
    assert set(links) == {own_contact.url, forms.url}
    with translation.override(language):
        assert links[forms.url] == translation.gettext(
            "Read about the forms of exploitation: the signs, your rights and where to get help"
        )
    assert not [text for text in links.values() if text.startswith(("Read about", "Contact KOK"))]
    assert 'class="help-box"' in html


@pytest.mark.parametrize("language", ["de", "ar", "ro"])
@pytest.mark.parametrize(
    "query, status, message",
    [
        ("Hilfe " * 50, 400, "Your search is too long. Please use at most %(limit)s characters."),
        ("?! … – „“ () ***", 200, "Please type a word or a number to search for."),
        ("\x00\x01\x02\x1b\x7f\u200b", 200, "Please type a word or a number to search for."),
    ],
    ids=["too long", "punctuation only", "control characters only"],
)
def test_bad_queries_get_a_clear_message_in_the_readers_language(
    client, language, query, status, message
):
    response, html = search(client, language, query)
    assert response.status_code == status
    error = re.search(
        r'<p class="[^"]*search-message--error" id="search-error"[^>]*>(.*?)</p>', html
    )
    with translation.override(language):
        expected = translation.gettext(message) % {"limit": 200}
    assert expected != message % {"limit": 200}  # translated
    assert error and html_lib.unescape(error.group(1)) == expected
    assert 'id="search-results"' not in html and 'id="search-no-results"' not in html
