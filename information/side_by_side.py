"""A translated page "side by side with German": the reader's language and the German original,
block by block, and the plain link that switches to it.

Design, and why:

- **The switch is the address**, ``?beside=de`` (``PARAMETER``/``VALUE``): a plain link, no
  JavaScript, no cookie, no session. Only that one value counts; any other value, a second
  ``beside`` or a German page is the normal page (200), so the parameter cannot make pages of
  its own. The page cache keeps only pages without a query but ``?page=`` (pagecache/rules.py):
  a side-by-side page is built for each request and never kept, so the two views never mix and
  no made-up value fills the store.
- **It carries to the next page through the URL only**: ``carry`` adds the parameter to every
  link of the rendered page that leads to one of our pages in a language (``/<lang>/…``: menu,
  breadcrumbs, language links, cards, links in the text), never to another host, a file, an
  anchor or the "Back to one column" link (``data-one-column``), and a hidden field to every
  form that asks one of our pages (site search, finder, news, library and case-law filters). It
  rewrites the finished page, so the menus and breadcrumbs kept in the shared store
  (``{% shared_fragment %}``) stay shared. Pages not shown side by side pass it on too.
- **Offered** on every page type of ours (``BasePage``) when the reader reads a real
  translation of a German original, at the page's own address (a case-law decision below the
  database page has its own view: its key issues, summary and outcome beside the German,
  ``decision_rows``, where the decision is translated); not on German pages, and not where the German text stands
  in for a missing translation (that page *is* German already). What stands side by side is
  the page's text: its heading (``BasePage.heading``) and introduction, the text fields its
  type names (``beside_fields``) and the body. What else the page shows (a list, a form, the
  finder, facts, downloads) follows in the reader's language, in the template's blocks
  ``beside_before``/``beside_after``/``beside_end`` (base.html), so nothing of the page is
  lost.
- **Alignment**: wagtail-localize keeps the source's StreamField block ids in a translation, so
  the body's blocks are paired by id, else by position; title and introduction, and each field,
  are a row of their own. Every row is the reader's block and the German block: a grid of two
  columns on a wide screen (the reader's language first in the reading direction: the grid
  follows ``dir``, so in Arabic it is on the right), stacked on a phone, so the two alternate
  block by block. Each cell has the ``lang`` and ``dir`` of its language.
- **Headings and landmarks**: only the reader's column has headings (``h1``/``h2``/…) and the
  blocks' landmarks (a callout's ``aside``, a link list's ``nav``). The German cell's headings
  become paragraphs styled alike (``beside__heading``), its landmarks plain ``div``s: a screen
  reader's list of headings and of landmarks is one outline in the reader's language, not
  everything twice, and the German cell is read out in German (``lang="de"``) right after its
  counterpart.
- **Glossary**: each column marks its language's glossary terms, first occurrence per column
  (information/glossary.py).
"""

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.template.defaultfilters import linebreaksbr
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_noop

from wagtail.fields import RichTextField

from home import contact, navigation
from home.models import ContactSettings, pages_with_own_routes
from multilingual.reader import Reader
from multilingual.versions import language_info

from . import glossary

PARAMETER = "beside"
VALUE = settings.LANGUAGE_CODE  # the German original


def requested(request):
    """Whether the address asks for the German original beside: exactly ``?beside=de`` once."""
    return request is not None and request.GET.getlist(PARAMETER) == [VALUE]


def fields_of(page):
    """The page type's text fields shown between the introduction and the body, as (name,
    heading msgid), or None for a page type that is not one of ours (``BasePage``)."""
    return getattr(page.specific_class, "beside_fields", None)


def on_own_address(request, page):
    """Whether the request is for the page itself, not one of its own routes (a decision in
    the case-law database is shown at the database's address + its slug, and is not the
    database page's text). Compared by address: the route itself is kept in the shared store
    (multilingual/routes.py), so the request may not have routed. Asked only of the page types
    that route below themselves (``pages_with_own_routes``)."""
    parts = page.get_url_parts(request)
    return parts is not None and parts[2] == request.path


def offered(reader, page):
    """Whether ``page`` can be shown beside its German original to this reader."""
    if page is None or page.specific_class is None or fields_of(page) is None:
        return False
    if issubclass(page.specific_class, pages_with_own_routes()) and not on_own_address(
        reader.request, page
    ):
        return False
    versions = reader.versions(page)
    return (
        not versions.is_fallback
        and versions.page_language != settings.LANGUAGE_CODE
        and versions.source is not None
    )


def without_parameter(request):
    """The address of the page asked for without ``beside`` (other parameters kept)."""
    query = [(key, value) for key, value in request.GET.items() if key != PARAMETER]
    return request.path + (f"?{urlencode(query)}" if query else "")


def switch(request, page):
    """What the switch link shows: to the side-by-side view, or back to one column."""
    if not offered(Reader.of(request), page):
        return None
    return switch_for(request)


def switch_for(request):
    """The switch where the view is offered: to it, or (when shown) back to one column."""
    if requested(request):
        return {"active": True, "url": without_parameter(request)}
    query = [(key, value) for key, value in request.GET.items() if key != PARAMETER]
    query.append((PARAMETER, VALUE))
    return {"active": False, "url": f"{request.path}?{urlencode(query)}"}


@dataclass
class Cell:
    language: dict  # language_info(): code, name, dir
    heading: str  # the row's heading in this language ("" for the title row and body blocks)
    html: str


@dataclass
class Row:
    kind: str  # "title", a field's name, or a body block's type
    reader: Cell
    german: Cell


def contact_settings(request):
    """Settings → Contact, which rich text fills its contact details from (None: no site)."""
    try:
        return navigation.site_setting(Reader.of(request), ContactSettings)
    except ContactSettings.DoesNotExist:
        return None


class Columns:
    """The rows of one side-by-side view: the reader's version and the German, each rendered in
    its language, glossary terms marked per column, the German cell without headings and
    landmarks of its own (``demote_outline``)."""

    def __init__(self, request, code, mine, theirs):
        self.own, self.original = language_info(code), language_info(settings.LANGUAGE_CODE)
        self.versions = (mine, theirs)
        self.markers = (
            glossary.marker(request, self.own["code"]),
            glossary.marker(request, self.original["code"]),
        )
        self.rows = []

    def each(self, values, render):
        """``render`` of the reader's value in the reader's language, of the German in German."""
        mine, theirs = values
        with translation.override(self.own["code"]):
            mine = render(mine)
        with translation.override(self.original["code"]):
            theirs = render(theirs)
        return mine, theirs

    def both(self, render):
        return self.each(self.versions, render)

    def add(self, kind, html, heading=""):
        """A row of (reader's, German) ``html``; ``heading`` is a msgid shown in each language."""
        headings = self.both(lambda _version: gettext(heading) if heading else "")
        cells = []
        for language, shown, text, mark in zip(
            (self.own, self.original), headings, html, self.markers, strict=True
        ):
            text = mark.mark(text)
            if language is self.original:
                text = demote_outline(text)
            cells.append(Cell(language, shown, mark_safe(text)))  # noqa: S308 (our own HTML)
        self.rows.append(Row(kind, *cells))

    def add_fields(self, fields, details=None):
        """A row per text field that either version has, as (name, heading msgid)."""
        for name, heading in fields:
            html = self.both(lambda version, name=name: field_html(version, name, details))
            if any(html):
                self.add(name, html, heading)


def rows(request, page):
    """The rows of ``page`` beside its German original, or None where it is not offered."""
    reader = Reader.of(request)
    if not requested(request) or not offered(reader, page):
        return None
    source = reader.versions(page).source
    german = page.specific_class.objects.get(pk=source.pk)
    columns = Columns(request, reader.versions(page).page_language, page, german)
    columns.add("title", columns.both(title_html))
    columns.add_fields(fields_of(page), contact_settings(request))
    context = {"request": request, "page": page}
    for pair in pair_blocks(page.body, german.body):
        html = columns.each(pair, lambda block: block.render_as_block(context) if block else "")
        columns.add((pair[0] or pair[1]).block_type, html)
    return columns.rows


# A case-law decision's text below its facts (information/decision_page.html); the facts are
# names, dates and numbers, the same in both languages.
DECISION_FIELDS = (
    ("key_issues", gettext_noop("Key issues")),
    ("summary", gettext_noop("Summary")),
    ("outcome", gettext_noop("Outcome")),
)


def decision_offered(request, translated):
    """Whether a decision can be read beside its German original: it is ``translated`` and the
    reader does not read German."""
    return translated and Reader.of(request).language != settings.LANGUAGE_CODE


def decision_rows(request, decision, text):
    """The rows of a decision's translated ``text`` beside the German ``decision`` (where
    ``decision_offered``), or None for the normal page."""
    if not requested(request):
        return None
    columns = Columns(request, Reader.of(request).language, text, decision)
    columns.add_fields(DECISION_FIELDS)
    return columns.rows


def title_html(version):
    lead = (
        format_html('<p class="lead">{}</p>', version.introduction) if version.introduction else ""
    )
    return format_html("<h1>{}</h1>{}", version.heading, lead)


def field_html(version, name, details):
    """A text field as the one-column page shows it: rich text with its contact details filled
    in, plain text with its line breaks ("" when empty)."""
    value = getattr(version, name)
    if not value:
        return ""
    if isinstance(version._meta.get_field(name), RichTextField):
        return contact.render(value, details)
    return format_html("<p>{}</p>", linebreaksbr(value))


def pair_blocks(mine, theirs):
    """The body's blocks in pairs (reader's, German), in the German order: by block id, which
    wagtail-localize keeps, else by position among the blocks without a partner; a block only
    one side has is paired with None."""
    mine, theirs = list(mine), list(theirs)
    by_id = {block.id: block for block in mine if block.id}
    theirs_ids = {block.id for block in theirs}
    leftovers = [block for block in mine if block.id not in theirs_ids]
    pairs = []
    for block in theirs:
        partner = by_id.get(block.id)
        if partner is None and leftovers:
            partner = leftovers.pop(0)
        pairs.append((partner, block))
    return pairs + [(block, None) for block in leftovers]


class _Spans(HTMLParser):
    """The source offsets of start and end tags in an HTML fragment (``wanted`` tags only)."""

    def __init__(self, source, wanted):
        super().__init__(convert_charrefs=False)
        self.wanted = wanted
        self.line_starts = [0]
        self.line_starts += [i + 1 for i, char in enumerate(source) if char == "\n"]
        self.source = source
        self.tags = []  # (start, end, tag, attrs or None for an end tag)

    def position(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in self.wanted:
            start = self.position()
            self.tags.append((start, start + len(self.get_starttag_text()), tag, attrs))

    def handle_endtag(self, tag):
        if tag in self.wanted:
            start = self.position()
            self.tags.append((start, self.source.index(">", start) + 1, tag, None))


def spans(html, wanted):
    parser = _Spans(html, wanted)
    parser.feed(html)
    parser.close()
    return parser.tags


def replace_spans(html, replacements):
    for start, end, text in sorted(replacements, reverse=True):
        html = html[:start] + text + html[end:]
    return html


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LANDMARKS = {"aside", "nav", "section"}  # the blocks' own (callout, link list, FAQ)


def demote_outline(html):
    """The German cell without headings and landmarks of its own (see the module docstring):
    headings become paragraphs that look the same, a block's ``aside``/``nav``/``section`` a
    ``div`` with the same classes and no label."""
    html = str(html)
    replacements = []
    for start, end, tag, attrs in spans(html, HEADINGS | LANDMARKS):
        if tag in LANDMARKS:
            if attrs is None:
                replacements.append((start, end, "</div>"))
            else:
                kept = "".join(
                    f' {name}="{escape(value)}"'
                    for name, value in attrs
                    if name == "class" and value is not None
                )
                replacements.append((start, end, f"<div{kept}>"))
        elif attrs is None:
            replacements.append((start, end, "</p>"))
        else:
            replacements.append((start, end, f'<p class="beside__heading beside__heading--{tag}">'))
    return replace_spans(html, replacements)


def language_prefixes():
    return {code.lower() for code, _name in settings.LANGUAGES}


def carries(href):
    """Whether a link to ``href`` leads to one of our pages in a language."""
    if not href:
        return False
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return False
    first = parts.path.split("/")[1].lower()
    return first in language_prefixes()


def with_parameter(href):
    parts = urlsplit(href)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != PARAMETER]
    query.append((PARAMETER, VALUE))
    return urlunsplit(parts._replace(query=urlencode(query)))


def carry(html):
    """``html`` with the parameter added to every link to one of our pages (module docstring)."""
    replacements = []
    hidden = f'<input type="hidden" name="{PARAMETER}" value="{VALUE}">'
    for start, end, tag, attrs in spans(html, {"a", "form"}):
        if attrs is None:
            continue
        values = dict(attrs)
        if tag == "form":
            method = (values.get("method") or "get").lower()
            if method == "get" and carries(values.get("action")):
                replacements.append((end, end, hidden))
            continue
        if "data-one-column" in values or "download" in values or not carries(values.get("href")):
            continue
        rebuilt = "".join(
            f" {name}"
            if value is None
            else f' {name}="{escape(with_parameter(value) if name == "href" else value)}"'
            for name, value in attrs
        )
        closing = "/>" if html[start:end].endswith("/>") else ">"
        replacements.append((start, end, f"<a{rebuilt}{closing}"))
    return replace_spans(html, replacements)


def carry_on(request):
    """Whether this request's page passes the parameter on (a reader not reading German)."""
    return requested(request) and Reader.of(request).language != settings.LANGUAGE_CODE
