"""A translated page side by side with its German original (information/side_by_side.py) and
the glossary explained in place (information/glossary.py), as readers get them: rendered pages
read with an HTML parser."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import strip_tags

import pytest

from home.models import StandardPage
from information import side_by_side
from information.glossary import Entry, GlossaryTerm, Marker
from information.models import FormOfExploitationPage
from multilingual.versions import language_info
from pagecache import invalidation
from tests.pages import query_budget

FIELD_ROWS = ["title", "summary", "signs", "rights", "help"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag=None, cls=None):
        return [
            el
            for el in self.iter()
            if (tag is None or el.tag == tag) and (cls is None or cls in el.classes)
        ]

    def by_id(self, element_id):
        return [el for el in self.iter() if el.attrs.get("id") == element_id]

    def text(self):
        return " ".join(
            (child.text() if isinstance(child, Element) else child) for child in self.children
        )


class Tree(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.root = self.current = Element("#root", {})
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(response):
    assert response.status_code == 200
    return Tree(response.content.decode()).root


def words(text):
    return " ".join(strip_tags(text).replace("\u2066", "").replace("\u2069", "").split())


def reader():
    return Client(HTTP_HOST="localhost")


def form_page(code, german_slug="sexuelle-ausbeutung"):
    german = FormOfExploitationPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE, slug=german_slug
    )
    if code == settings.LANGUAGE_CODE:
        return german, german
    page = german.get_translation(language(code))
    return page.specific, german


def language(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def shipped_form_languages(variants=True):
    """Every language with real translations of the forms of exploitation; without
    ``variants``, not German's own (Leichte Sprache: a tag whose primary subtag is German)."""
    found = sorted(
        set(
            FormOfExploitationPage.objects.live()
            .filter(alias_of__isnull=True)
            .exclude(locale__language_code=settings.LANGUAGE_CODE)
            .values_list("locale__language_code", flat=True)
        )
    )
    if variants:
        return found
    return [code for code in found if code.split("-")[0] != settings.LANGUAGE_CODE]


def rows_of(root):
    rows = root.find_all("div", "beside__row")
    result = []
    for row in rows:
        cells = [child for child in row.children if isinstance(child, Element)]
        result.append((row, cells))
    return result


# --- The two columns -------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["ar", "ro"])
def test_the_form_page_shows_every_block_twice_in_order_with_its_language(db, code):
    page, german = form_page(code)
    root = parse(reader().get(page.url + "?beside=de"))
    html_tag = root.find_all("html")[0]
    own = language_info(code)
    assert (html_tag.attrs["lang"], html_tag.attrs["dir"]) == (code, own["dir"])
    rows = rows_of(root)
    kinds = [row.attrs["class"].split("--")[-1] for row, _cells in rows]
    assert kinds == FIELD_ROWS + [block.block_type for block in german.body]
    german_texts = [
        german.title,
        german.summary,
        german.signs,
        german.rights,
        german.help,
    ]
    reader_texts = [page.title, page.summary, page.signs, page.rights, page.help]
    for index, (_row, cells) in enumerate(rows):
        assert len(cells) == 2
        mine, theirs = cells
        assert (mine.attrs["lang"], mine.attrs["dir"]) == (code, own["dir"])
        assert (theirs.attrs["lang"], theirs.attrs["dir"]) == ("de", "ltr")
        if index < len(german_texts):
            # The first sentence of each block, in its own column and nowhere else.
            first_german = words(german_texts[index])[:40]
            first_mine = words(reader_texts[index])[:30]
            assert first_german in words(theirs.text()), index
            assert first_mine in words(mine.text()), index
            assert first_german not in words(mine.text())
    # Each body block of the German original once in the German column, in order.
    german_faq = german.body[0].value["items"][0]["question"]
    faq_row = rows[len(FIELD_ROWS)][1]
    assert words(german_faq) in words(faq_row[1].text())
    assert words(page.body[0].value["items"][0]["question"]) in words(faq_row[0].text())


@pytest.mark.parametrize("code", ["ar", "ro"])
def test_one_outline_of_headings_in_the_readers_language(db, code):
    """The German copy's headings are no headings: a screen reader lists one outline."""
    page, german = form_page(code)
    root = parse(reader().get(page.url + "?beside=de"))
    headings = [el for el in root.find_all() if el.tag in {"h1", "h2", "h3", "h4"}]
    main = root.find_all("main")[0]
    in_main = [el for el in main.find_all() if el.tag in {"h1", "h2", "h3"}]
    assert len([el for el in headings if el.tag == "h1"]) == 1
    for heading in in_main:
        cell = heading
        while cell is not None and "beside__cell" not in cell.classes:
            cell = cell.parent
        if cell is not None:
            assert cell.attrs["lang"] == code, words(heading.text())
    german_headings = main.find_all(cls="beside__heading")
    assert words(german.title) in [words(el.text()) for el in german_headings]


def test_every_translated_form_page_in_every_language_pairs_all_its_blocks(db):
    client = reader()
    languages = shipped_form_languages()
    assert len(languages) >= 17  # every language that ships the forms pages (settings decide)
    for code in languages:
        for page in FormOfExploitationPage.objects.live().filter(
            locale__language_code=code, alias_of__isnull=True
        ):
            german = FormOfExploitationPage.objects.get(
                translation_key=page.translation_key, locale__language_code="de"
            )
            rows = rows_of(parse(client.get(page.url + "?beside=de")))
            assert len(rows) == len(FIELD_ROWS) + len(german.body), page.url
            for _row, (mine, theirs) in rows:
                assert words(mine.text()) and words(theirs.text()), page.url
                assert mine.attrs["lang"] == code and theirs.attrs["lang"] == "de"


def test_blocks_pair_by_id_and_else_by_position():
    class Block:
        def __init__(self, block_id, block_type="paragraph"):
            self.id, self.block_type = block_id, block_type

    a, b, c = Block("a"), Block("b"), Block("c")
    mine_b, mine_a, mine_x = Block("b"), Block("a"), Block("x")
    pairs = side_by_side.pair_blocks([mine_b, mine_a, mine_x], [a, b, c])
    assert pairs == [(mine_a, a), (mine_b, b), (mine_x, c)]
    extra = Block("y")
    assert side_by_side.pair_blocks([mine_a, extra, mine_x], [a]) == [
        (mine_a, a),
        (extra, None),
        (mine_x, None),
    ]


# --- The switch ------------------------------------------------------------------------------
def switch_links(root):
    return [a for p in root.find_all("p", "beside-switch") for a in p.find_all("a")]


@pytest.mark.parametrize("code", ["ar", "ro", "en"])
def test_a_translated_page_offers_the_switch_and_the_view_offers_the_way_back(db, code):
    page, _german = form_page(code)
    links = switch_links(parse(reader().get(page.url)))
    assert len(links) == 1
    assert links[0].attrs["href"] == page.url + "?beside=de"
    back = switch_links(parse(reader().get(page.url + "?beside=de")))
    assert len(back) == 1 and back[0].attrs["href"] == page.url
    assert "data-one-column" in back[0].attrs


def test_german_pages_and_untranslated_pages_offer_no_switch(db):
    _page, german = form_page("ar")
    assert switch_links(parse(reader().get(german.url))) == []
    root = parse(reader().get(german.url + "?beside=de"))
    assert root.find_all(cls="beside") == [] and switch_links(root) == []
    # A page not translated into Arabic: its alias shows the German text with the notice.
    alias = (
        StandardPage.objects.live()
        .filter(locale__language_code="ar", alias_of__isnull=False)
        .order_by("path")
        .first()
    )
    assert alias is not None
    alias_root = parse(reader().get(alias.url))
    assert alias_root.by_id("untranslated-notice")
    assert switch_links(alias_root) == []
    assert parse(reader().get(alias.url + "?beside=de")).find_all(cls="beside") == []


@pytest.mark.parametrize(
    "query",
    ["?beside=xx", "?beside=DE", "?beside=de&beside=de", "?beside=", "?beside=%00", "?beside=<b>"],
)
def test_any_other_value_is_the_normal_page(db, query):
    page, _german = form_page("ar")
    response = reader().get(page.url + query)
    root = parse(response)
    assert root.find_all(cls="beside") == []
    assert root.by_id("summary-heading"), "the one-column page"
    assert not response.cookies


# --- The choice carries through the URL only --------------------------------------------------
def internal(href):
    parts = urlsplit(href)
    first = parts.path.split("/")[1] if parts.path.startswith("/") else ""
    return not parts.scheme and not parts.netloc and first in {c for c, _ in settings.LANGUAGES}


@pytest.mark.parametrize("code", ["ar", "ro"])
def test_links_to_our_pages_keep_the_parameter_and_no_other_does(db, code):
    page, _german = form_page(code)
    response = reader().get(page.url + "?beside=de")
    assert not response.cookies and "Set-Cookie" not in response
    root = parse(response)
    anchors = [a for a in root.find_all("a") if a.attrs.get("href")]
    carried = [a for a in anchors if internal(a.attrs["href"])]
    assert len(carried) > 10  # menu, breadcrumbs, language links, text
    for anchor in carried:
        query = parse_qs(urlsplit(anchor.attrs["href"]).query)
        if "data-one-column" in anchor.attrs:
            assert "beside" not in query
        else:
            assert query.get("beside") == ["de"], anchor.attrs["href"]
    others = [a for a in anchors if not internal(a.attrs["href"])]
    assert any(a.attrs["href"].startswith(("http", "tel:", "mailto:")) for a in others)
    for anchor in others:
        assert "beside=" not in anchor.attrs["href"], anchor.attrs["href"]
    # The normal page's links do not carry it.
    plain = parse(reader().get(page.url))
    assert not [
        a
        for a in plain.find_all("a")
        if "beside=" in a.attrs.get("href", "").split("?")[-1]
        and a.attrs.get("href") != page.url + "?beside=de"
    ]


def test_the_next_page_opens_side_by_side_too(db):
    """Breadcrumbs to the list (its own text side by side, its cards after it), a card to
    another form, the language links to the same page in Romanian."""
    page, _german = form_page("ar")
    root = parse(reader().get(page.url + "?beside=de"))
    hrefs = [a.attrs.get("href", "") for a in root.find_all("a")]
    index = next(href for href in hrefs if urlsplit(href).path == "/ar/forms-of-exploitation/")
    assert index.endswith("?beside=de")
    index_root = parse(reader().get(index))
    assert rows_of(index_root)[0][1][0].attrs["lang"] == "ar"
    cards = [
        a.attrs["href"]
        for a in index_root.find_all("a")
        if "labour-exploitation" in a.attrs.get("href", "")
    ]
    assert cards and all(href.endswith("?beside=de") for href in cards)
    assert rows_of(parse(reader().get(cards[0])))
    romanian, _german = form_page("ro")
    to_romanian = [href for href in hrefs if urlsplit(href).path == romanian.url]
    assert to_romanian and all(href.endswith("?beside=de") for href in to_romanian)
    assert rows_of(parse(reader().get(to_romanian[0])))[0][1][0].attrs["lang"] == "ro"


def test_the_page_cache_keeps_the_two_views_apart_and_no_made_up_value(db):
    invalidation.clear()
    page, _german = form_page("ro")
    reader().get(page.url)
    second = reader().get(page.url)
    assert second["X-Wagtail-Cache"] == "hit"
    beside = reader().get(page.url + "?beside=de")
    assert beside["X-Wagtail-Cache"] == "skip"  # built for each request, never kept
    assert b'class="beside"' in beside.content
    for _ in range(2):
        assert reader().get(page.url + "?beside=zz")["X-Wagtail-Cache"] == "skip"
    after = reader().get(page.url)
    assert after["X-Wagtail-Cache"] == "hit" and b'class="beside"' not in after.content


@pytest.mark.parametrize("code", ["ar", "ro", "zh-hans"])
def test_the_side_by_side_page_keeps_within_the_query_budget(db, code):
    page, _german = form_page(code)
    client = reader()
    invalidation.clear()
    client.get(f"/{code}/")  # a running site has its caches filled
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url + "?beside=de")
    assert response.status_code == 200
    assert len(queries) <= query_budget(page), len(queries)
    with CaptureQueriesContext(connection) as again:
        client.get(page.url + "?beside=de")
    assert len(again) <= 2  # shared parts kept: the German original's row and little else


# --- The glossary ----------------------------------------------------------------------------
def notes(cell):
    return {el.attrs["id"]: el for el in cell.find_all("p", "glossary-note")}


@pytest.mark.parametrize("code", ["ar", "ro"])
def test_the_glossary_explains_the_terms_in_both_columns(db, code):
    page, _german = form_page(code)
    root = parse(reader().get(page.url + "?beside=de"))
    explained = {"de": {}, code: {}}
    marked = {"de": [], code: []}
    for _row, cells in rows_of(root):
        for cell in cells:
            lang = cell.attrs["lang"]
            explained[lang].update(notes(cell))
            for link in cell.find_all("a", "glossary-term"):
                target = link.attrs["href"].removeprefix("#")
                assert link.attrs["aria-describedby"] == target
                assert target in notes(cell), "explained in the same cell"
                marked[lang].append(words(link.text()))
    for lang in ("de", code):
        terms = GlossaryTerm.objects.filter(locale__language_code=lang)
        by_term = {term.term: term for term in terms}
        shown = {words(note.find_all("dfn")[0].text()): note for note in explained[lang].values()}
        assert set(shown) == set(by_term), lang  # all three demo terms occur on this page
        for name, note in shown.items():
            assert words(by_term[name].explanation) in words(note.text())
        assert len(marked[lang]) == len(set(shown)), "first occurrence per column only"
    # The reader's column explains in the reader's language: the Arabic term for Arabic.
    german_terms = set(
        GlossaryTerm.objects.filter(locale__language_code="de").values_list("term", flat=True)
    )
    reader_terms = set(
        GlossaryTerm.objects.filter(locale__language_code=code).values_list("term", flat=True)
    )
    assert german_terms.isdisjoint(reader_terms)


def test_the_one_column_page_explains_the_terms_too(db):
    page, _german = form_page("ar")
    root = parse(reader().get(page.url))
    ids = {el.attrs.get("id") for el in root.iter()}
    links = root.find_all("a", "glossary-term")
    assert len(root.find_all("p", "glossary-note")) == len(links) == 3
    for link in links:
        assert link.attrs["href"].removeprefix("#") in ids


def test_the_glossary_is_translated_in_every_language_that_ships_the_forms_pages(db):
    german = list(GlossaryTerm.objects.filter(locale__language_code="de"))
    assert len(german) >= 3
    client = reader()
    languages = shipped_form_languages()
    assert len(languages) >= 18  # and Leichte Sprache
    for code in languages:
        for term in german:
            translated = term.get_translation_or_none(language(code))
            assert translated is not None, (code, term.term)
            assert translated.term != term.term and translated.explanation != term.explanation
        # The term in each language is the word that language's form pages use.
        found = set()
        for page in FormOfExploitationPage.objects.live().filter(
            locale__language_code=code, alias_of__isnull=True
        ):
            root = parse(client.get(page.url))
            found |= {el.attrs["id"] for el in root.find_all("p", "glossary-note")}
        assert len(found) == len(german), code


def test_marking_never_breaks_markup_and_marks_the_first_occurrence_only():
    entry = Entry("0123456789ab", "Frist", ("Fristen", "Frist"), "Eine Zeit <mit> Grenzen.")
    marker = Marker([entry], "de")
    html = (
        '<h2>Frist</h2><p><a href="/de/frist/" title="Frist">Frist</a> und '
        '<span data-x="Frist">eine Fristenregel</span> Frist &amp; Fristen.</p>'
    )
    marked = str(marker.mark(html))
    assert marked.startswith('<h2>Frist</h2><p><a href="/de/frist/" title="Frist">Frist</a> und ')
    assert '<span data-x="Frist">eine Fristenregel</span>' in marked  # no word boundary there
    assert "Frist</a> &amp;" not in marked.split("</span>")[0]
    assert marked.count('class="glossary-term"') == 1
    assert (
        '<a class="glossary-term" href="#glossary-de-01234567" aria-describedby="glossary-de-01234567">Frist</a> &amp; Fristen.'
        in marked
    )
    assert "Eine Zeit &lt;mit&gt; Grenzen." in marked
    assert str(marker.mark("<p>Frist</p>")) == "<p>Frist</p>"  # once per column


def test_carry_adds_the_parameter_only_to_our_pages():
    html = (
        '<a href="/ro/x/?page=2#top">a</a><a href="https://example.org/ro/">b</a>'
        '<a href="/static/x.css">c</a><a href="/ro/" data-one-column>d</a>'
        '<a href="#main">e</a><a href="tel:110">f</a><a href="//evil.example/ro/">g</a>'
    )
    carried = side_by_side.carry(html)
    assert '<a href="/ro/x/?page=2&amp;beside=de#top">a</a>' in carried
    for untouched in (
        '<a href="https://example.org/ro/">b</a>',
        '<a href="/static/x.css">c</a>',
        '<a href="/ro/" data-one-column>d</a>',
        '<a href="#main">e</a>',
        '<a href="tel:110">f</a>',
        '<a href="//evil.example/ro/">g</a>',
    ):
        assert untouched in carried


def test_editors_find_the_glossary_among_the_snippets(admin_client):
    response = admin_client.get("/admin/snippets/information/glossaryterm/")
    assert response.status_code == 200
    assert b"Aufenthaltserlaubnis" in response.content


@pytest.mark.parametrize("code", ["ar", "uk"])
def test_the_leitbild_is_shown_side_by_side_section_by_section(db, code):
    from information.models import MissionStatementPage

    german = MissionStatementPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    page = german.get_translation(language(code)).specific
    assert not page.alias_of_id
    rows = rows_of(parse(reader().get(page.url + "?beside=de")))
    kinds = [row.attrs["class"].split("--")[-1] for row, _cells in rows]
    assert kinds == ["title", *MissionStatementPage.SECTIONS] + [b.block_type for b in german.body]
    for (_row, (mine, theirs)), name in zip(rows[1:], MissionStatementPage.SECTIONS, strict=False):
        assert words(getattr(german, name))[:30] in words(theirs.text())
        assert words(getattr(page, name))[:30] in words(mine.text())
        assert mine.find_all("h2") and not theirs.find_all("h2")


def test_search_engines_list_only_the_page_without_the_parameter(db):
    page, _german = form_page("ar")
    robots = [
        m.attrs.get("content")
        for m in parse(reader().get(page.url + "?beside=de")).find_all("meta")
        if m.attrs.get("name") == "robots"
    ]
    assert robots == ["noindex"]
    plain = parse(reader().get(page.url)).find_all("meta")
    assert not [m for m in plain if m.attrs.get("name") == "robots"]


# --- Every page type --------------------------------------------------------------------------
def one_translation_of_each_page_type():
    """A real translation (neither German nor an alias) of each of our page types that the demo
    site has translated, as (page, its German original)."""
    from wagtail.models import Page

    found = {}
    pages = (
        Page.objects.live()
        .filter(alias_of__isnull=True, depth__gt=1)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .specific()
    )
    for page in pages:
        if hasattr(page, "beside_fields") and type(page) not in found:
            german = type(page).objects.get(
                translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            found[type(page)] = (page, german)
    return found


def squashed(text):
    return "".join(words(str(text)).split())


def test_every_page_type_is_offered_side_by_side_and_loses_nothing(db):
    """Home, lists, the finder, the network, news, publications, donation, forms, Leitbild and
    standard pages: the heading and introduction in both languages first, the page's text
    fields and body paired, then everything else the one-column page shows, in the reader's
    language: every heading it has outside its text, every form (which keeps the choice)."""
    found = one_translation_of_each_page_type()
    names = {model.__name__ for model in found}
    assert {"HomePage", "CounsellingFinderPage", "NewsIndexPage", "LibraryPage"} <= names
    assert len(found) >= 12, sorted(names)
    client = reader()
    for model, (page, german) in found.items():
        code = page.locale.language_code
        plain = parse(client.get(page.url))
        assert [a.attrs["href"] for a in switch_links(plain)] == [page.url + "?beside=de"]
        root = parse(client.get(page.url + "?beside=de"))
        rows = rows_of(root)
        assert rows, model.__name__
        title_row, (mine, theirs) = rows[0]
        assert "beside__row--title" in title_row.classes
        assert (mine.attrs["lang"], theirs.attrs["lang"]) == (code, "de")
        with translation.override(code):
            assert words(mine.find_all("h1")[0].text()) == words(str(page.heading))
        with translation.override("de"):
            assert squashed(german.heading) in squashed(theirs.text())
        if german.introduction:  # (squashed: a glossary term is an element of its own)
            assert squashed(german.introduction) in squashed(theirs.text())
        kinds = [row.attrs["class"].split("--")[-1] for row, _cells in rows[1:]]
        fields = [
            name
            for name, _heading in model.beside_fields
            if getattr(page, name) or getattr(german, name)
        ]
        assert kinds == fields + [block.block_type for block in german.body], page.url
        main, plain_main = root.find_all("main")[0], plain.find_all("main")[0]
        assert len(main.find_all("h1")) == 1
        shown = " | ".join(
            words(el.text()) for el in main.find_all() if el.tag in {"h2", "h3", "p"}
        )
        for heading in plain_main.find_all():
            if heading.tag in {"h2", "h3"}:
                assert words(heading.text()) in shown, (page.url, words(heading.text()))
        plain_forms = [f.attrs.get("class") for f in plain_main.find_all("form")]
        forms = main.find_all("form")
        assert [f.attrs.get("class") for f in forms] == plain_forms, page.url
        for form in forms:
            hidden = [i.attrs for i in form.find_all("input") if i.attrs.get("type") == "hidden"]
            assert {"type": "hidden", "name": "beside", "value": "de"} in hidden, page.url
        assert len(main.find_all(cls="help-box")) == len(plain_main.find_all(cls="help-box"))


def test_the_site_search_and_the_finder_keep_the_choice_when_submitted(db):
    """A form is a way to the next page too: the header's search and the finder's choices carry
    ``beside=de`` in a hidden field; the finder answers side by side with the places chosen."""
    found = one_translation_of_each_page_type()
    from network.models import CounsellingFinderPage

    finder, _german = found[CounsellingFinderPage]
    root = parse(reader().get(finder.url + "?beside=de"))
    search = [f for f in root.find_all("form") if "site-search" in f.classes]
    assert search and any(i.attrs.get("name") == "beside" for i in search[0].find_all("input")), (
        "the header's search form"
    )
    plain_total = parse(reader().get(finder.url + "?land=BE")).by_id("finder-results-heading")
    chosen = parse(reader().get(finder.url + "?land=BE&beside=de"))
    assert rows_of(chosen), "still side by side"
    assert words(chosen.by_id("finder-results-heading")[0].text()) == words(plain_total[0].text())
    form = chosen.find_all("form", "finder-form")[0]
    clear = [a.attrs["href"] for a in form.find_all("a")]
    assert clear == [finder.url + "?beside=de"], "“Clear all choices” stays side by side"


def test_a_decision_below_a_translated_database_is_the_decision_not_the_database(db):
    """The case-law database routes its decisions below its own address: the database page's
    text is side by side at its own address only, and a decision KOK has not translated
    offers no switch (its German summary is all there is)."""
    from information.caselaw import CaseLawPage, Decision

    english = CaseLawPage.objects.get(locale__language_code="en")
    CaseLawPage.objects.filter(pk=english.pk).update(alias_of=None)  # as if translated
    invalidation.clear()
    english.refresh_from_db()
    database = parse(reader().get(english.url + "?beside=de"))
    assert rows_of(database)
    assert database.find_all("form", "case-law-form")
    translated = set(
        Decision.objects.filter(locale__language_code="en").values_list(
            "translation_key", flat=True
        )
    )
    decision = (
        Decision.objects.filter(locale__language_code="de")
        .exclude(translation_key__in=translated)
        .order_by("pk")
        .first()
    )
    address = decision.url_on(english, None)
    root = parse(reader().get(address + "?beside=de"))
    assert not rows_of(root) and switch_links(root) == []
    assert words(root.find_all("h1")[0].text()) == words(decision.citation)
    assert switch_links(parse(reader().get(address))) == []


def test_a_translated_decision_shows_its_text_beside_the_german(db):
    """Key issues, summary and outcome of a decision KOK translated, each beside the German,
    under the facts; the database page may be an alias, the decision is translated itself."""
    from information.caselaw import CaseLawPage, Decision

    english = CaseLawPage.objects.get(locale__language_code="en")
    text = Decision.objects.filter(locale__language_code="en").order_by("pk").first()
    german = Decision.objects.get(translation_key=text.translation_key, locale__language_code="de")
    address = german.url_on(english, None)
    plain = parse(reader().get(address))
    assert [a.attrs["href"] for a in switch_links(plain)] == [address + "?beside=de"]
    root = parse(reader().get(address + "?beside=de"))
    rows = rows_of(root)
    kinds = [row.attrs["class"].split("--")[-1] for row, _cells in rows]
    assert kinds == ["key_issues", "summary", "outcome"]
    for (_row, (mine, theirs)), name in zip(rows, kinds, strict=True):
        assert (mine.attrs["lang"], theirs.attrs["lang"]) == ("en", "de")
        assert squashed(strip_tags(getattr(german, name)))[:60] in squashed(theirs.text())
        assert squashed(strip_tags(getattr(text, name)))[:60] in squashed(mine.text())
        assert mine.find_all("h2") and not theirs.find_all("h2")
    main = root.find_all("main")[0]
    assert words(main.find_all("h1")[0].text()) == words(german.citation)
    assert main.find_all("dl", "decision-page__facts"), "the facts above the text"
    back = switch_links(root)
    assert [a.attrs["href"] for a in back] == [address] and "data-one-column" in back[0].attrs
