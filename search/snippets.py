"""The snippet under a search result: the text a reader sees on the page, with the words of the
query marked, and the section the page belongs to.

- The text is read from the page's own fields, never from the search index: the index holds
  text made for matching (search/text.py: Arabic without vowel marks and with each word repeated
  without its article, Chinese split into characters, every field run together). Each paragraph,
  heading, list item and block is a section of its own, and sections are shown with " … "
  between them. Rich text shows contact details with their current values (home/contact.py),
  as the page does; fields and blocks that are not searched (a heading's level, a callout's
  style, chooser blocks) are left out, as the index leaves them out.
- The fields come in reading order: the introduction and the page type's own fields in the order
  of its ``search_fields``, then the body (templates render the stream last).
- Words are marked where they match ignoring case, accents and other combining marks, the
  Arabic tatweel and the article before an Arabic word; the marked text is the page's own, with
  its vowel marks.
- In right-to-left text, numbers, addresses and Latin words are isolated (``<bdi dir="ltr">``),
  so "030 / 26 39 11 76" keeps its order inside an Arabic sentence, as on the page.
- All the pages of a results page are read in one query: each page's row with the row of its
  page type joined (``select_related`` over the child links of the page types present) and the
  title of its section (its parent, unless that is the home page) as a subquery.
"""

import html
import itertools
import re
import unicodedata
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, OuterRef, Subquery, TextField
from django.db.models.functions import Length, Substr
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search.index import SearchField

from home import contact

from . import text

SEPARATOR = " … "
LENGTH = 220  # characters of page text in a snippet
# Elements that end a section of rich text (the paragraph splits of the editor's HTML).
_BLOCK_TAG = re.compile(
    r"</?(?:p|h[1-6]|li|ul|ol|blockquote|div|br|hr|dl|dt|dd|table|tr|td|th|figcaption|summary)"
    r"\b[^>]*>",
    re.IGNORECASE,
)
# Ignored when matching: the tatweel (it only stretches a word), joiners, the soft hyphen.
_IGNORED = {"\u0640", "\u200c", "\u200d", "\u00ad"}
# Arabic punctuation that Unicode counts as neutral: it ends a left-to-right run all the same.
_RTL_PUNCTUATION = {"\u060c", "\u061b", "\u061f", "\u06d4"}


# --- The page's text, section by section -----------------------------------------------------


def _plain(fragment):
    return " ".join(html.unescape(strip_tags(fragment)).split())


def rich_text_sections(source, contact_settings):
    source = contact.fill(source or "", contact_settings)
    return [part for part in map(_plain, _BLOCK_TAG.split(source)) if part]


def _lines(value):
    return [line for line in (" ".join(str(line).split()) for line in value.splitlines()) if line]


def _list_items(raw):
    """ListBlock raw data: items as ``{"type": "item", "value": …}`` or as plain values."""
    for item in raw or []:
        yield item["value"] if isinstance(item, dict) and item.get("type") == "item" else item


def block_sections(block, raw, contact_settings):
    """The text of a block's raw (JSON) value as it is indexed, without loading what chooser
    blocks point to (that would be a query per page)."""
    if raw is None or not getattr(block, "search_index", True):
        return []
    if isinstance(block, blocks.StreamBlock):
        out = []
        for child in raw or []:
            if isinstance(child, dict) and child.get("type") in block.child_blocks:
                out += block_sections(
                    block.child_blocks[child["type"]], child.get("value"), contact_settings
                )
        return out
    if isinstance(block, blocks.StructBlock):
        out = []
        for name, child in block.child_blocks.items():
            if isinstance(raw, dict):
                out += block_sections(child, raw.get(name), contact_settings)
        return out
    if isinstance(block, blocks.ListBlock):
        out = []
        for item in _list_items(raw):
            out += block_sections(block.child_block, item, contact_settings)
        return out
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_sections(str(raw), contact_settings)
    if isinstance(block, blocks.ChooserBlock):
        return []
    if isinstance(block, blocks.FieldBlock):
        return [
            line
            for value in block.get_searchable_content(block.to_python(raw))
            for line in _lines(str(value))
        ]
    return []


@lru_cache
def _text_fields(model):
    """The model's own searched fields (the title is the link), the stream fields last."""
    fields = []
    for search_field in model.get_search_fields():
        if not isinstance(search_field, SearchField):
            continue
        try:
            field = model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:  # a method or property: nothing a reader sees as such
            continue
        if field.model._meta.concrete_model is Page or field in fields:
            continue
        if isinstance(field, (StreamField, RichTextField, TextField, CharField)):
            fields.append(field)
    return sorted(fields, key=lambda field: isinstance(field, StreamField))


def page_sections(specific, contact_settings):
    """The text of a page (its specific instance) as (text, language or None) pairs; parts a
    translation still shows in German (``untranslated_parts``, home/german_parts.py) carry
    German's code."""
    sections = []
    for field in _text_fields(type(specific)):
        value = getattr(specific, field.attname)
        if isinstance(field, StreamField):
            raw = list(value.raw_data) if value is not None else []
            sections += block_sections(field.stream_block, raw, contact_settings)
        elif isinstance(field, RichTextField):
            sections += rich_text_sections(value, contact_settings)
        elif value:
            sections += _lines(value)
    german = set(getattr(specific, "untranslated_parts", None) or ())
    return [
        (section, settings.LANGUAGE_CODE if section in german else None) for section in sections
    ]


# --- One query for a results page -----------------------------------------------------------


@lru_cache
def _child_path(model):
    """The ``select_related`` path from ``Page`` to a page type's row, and its attributes."""
    names = []
    while model is not Page:
        parent, link = next(iter(model._meta.parents.items()))
        names.append((link.related_query_name(), link.remote_field.get_accessor_name()))
        model = parent
    names.reverse()
    return "__".join(query for query, _attr in names), [attr for _query, attr in names]


def _specific(page, attributes):
    for attribute in attributes:
        page = getattr(page, attribute, None)
        if page is None:
            return None
    return page


def load(pages):
    """{pk: (specific page, section title)} for ``pages``, in one query."""
    models = {page.specific_class for page in pages} - {Page, None}
    paths = {model: _child_path(model) for model in models}
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    section = Page.objects.filter(
        path=parent_path, depth__gt=2, live=True, alias_of__isnull=True
    ).values("title")[:1]
    rows = (
        Page.objects.filter(pk__in={page.pk for page in pages})
        .select_related(*(path for path, _attrs in paths.values() if path))
        .annotate(section_title=Subquery(section))
    )
    loaded = {}
    for row in rows:
        attributes = paths.get(row.specific_class)
        specific = _specific(row, attributes[1]) if attributes else None
        loaded[row.pk] = (specific, row.section_title or "")
    return loaded


def add(hits, terms, contact_settings):
    """Set ``snippet``, ``section`` and ``kind`` of each hit (``search.service.Hit``); a page
    type says what a page is with a ``search_kind`` attribute (a news item its category, a
    publication its type)."""
    if not hits:
        return
    loaded = load([hit.page for hit in hits])
    for hit in hits:
        specific, hit.section = loaded.get(hit.page.pk, (None, ""))
        hit.kind = str(getattr(specific, "search_kind", "") or "")
        sections = page_sections(specific, contact_settings) if specific is not None else []
        rtl = hit.language["dir"] == "rtl"
        hit.snippet = snippet(sections, terms, rtl=rtl) or hit.page.search_description


# --- Marking the query's words ----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(char):
    """What a character compares as: lower case, without accents and other combining marks
    (NFKD, so Arabic presentation forms and full-width Latin become their plain letters)."""
    if char in _IGNORED:
        return ""
    out = []
    for part in unicodedata.normalize("NFKD", char):
        for lower in part.lower():
            if not unicodedata.category(lower).startswith("M") and lower not in _IGNORED:
                out.append(lower)
    return "".join(out)


def fold(value):
    """``value`` folded, and for each folded character the index of the original one."""
    folded, origin = [], []
    for index, char in enumerate(value):
        for part in _fold_char(char):
            folded.append(part)
            origin.append(index)
    return "".join(folded), origin


def _pattern(terms):
    parts = []
    for term in terms:
        folded = fold(term.text.replace(" ", "") if term.phrase else term.text)[0]
        if not folded:
            continue
        if term.phrase:
            parts.append(re.escape(folded))
            continue
        # An Arabic word is also marked with the article before it ("الاستغلال").
        arabic = re.match(text.ARABIC_LETTER, folded)
        start = r"(?<!\w)" + (f"{text.ARABIC_ARTICLE}?" if arabic else "")
        if len(folded) > text.PREFIX_MIN_LENGTH:
            # Match the stem, not the exact word: "Ausbeutung" marks "ausbeuterisch".
            stem = folded[: max(text.PREFIX_MIN_LENGTH, len(folded) - 3)]
            parts.append(start + re.escape(stem) + r"\w*")
        elif len(folded) == text.PREFIX_MIN_LENGTH:
            parts.append(start + re.escape(folded) + r"\w*")
        else:
            parts.append(start + re.escape(folded) + r"(?!\w)")
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts))


def matches(value, terms):
    """Spans of ``value`` (original positions) where a term matches, in order, not overlapping;
    a span ends after the combining marks of its last letter."""
    pattern = _pattern(terms)
    if pattern is None:
        return []
    folded, origin = fold(value)
    spans = []
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        while end < len(value) and (
            unicodedata.category(value[end]).startswith("M") or value[end] in _IGNORED
        ):
            end += 1
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end))
    return spans


def _width(char):
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _advance(value, start, length):
    """The index ``length`` columns after ``start`` (Chinese characters are two columns)."""
    used = 0
    for index in range(start, len(value)):
        used += _width(value[index])
        if used > length:
            return index
    return len(value)


def ltr_runs(value):
    """Spans of left-to-right text (Latin words, numbers, addresses) with what belongs to them
    ("§ 25", "+49", "030 / 26 39 11 76"), to be isolated inside right-to-left text."""
    runs, start, last = [], None, None
    for index, char in enumerate(value):
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "EN"):
            if start is None:
                start = index
                while start > 0 and (
                    value[start - 1] == "§"
                    or unicodedata.bidirectional(value[start - 1]) in ("ES", "ET")
                    or (value[start - 1] == " " and start > 1 and value[start - 2] == "§")
                ):
                    start -= 1
            last = index
        elif start is not None and (
            kind in ("R", "AL", "AN", "B", "S") or char in _RTL_PUNCTUATION
        ):
            runs.append(_run(value, start, last))
            start = None
    if start is not None:
        runs.append(_run(value, start, last))
    return runs


def _run(value, start, last):
    """A run ends after its last letter or digit, and after the final dot of an abbreviation
    with dots ("e.V."), which would otherwise be drawn at the other end; a full stop after a
    word ("… Frauen.") ends the right-to-left sentence and stays outside."""
    end = last + 1
    word = value[start:end].rsplit(" ", 1)[-1]
    if end < len(value) and value[end] == "." and value[last].isalpha() and "." in word:
        end += 1
    return start, end


def snippet(sections, terms, length=LENGTH, rtl=False):
    """HTML-safe excerpt of ``sections`` ((text, language) pairs) around the first match, the
    sections separated by " … ", each match in ``<mark>``; in right-to-left text (``rtl``)
    left-to-right runs are isolated in ``<bdi>`` so numbers and addresses keep their order."""
    bounds, position = [], 0
    for section, _language in sections:
        bounds.append((position, position + len(section)))
        position += len(section) + len(SEPARATOR)
    full = SEPARATOR.join(section for section, _language in sections)
    if not full:
        return ""
    spans = matches(full, terms)
    start = 0
    if spans:
        first = spans[0][0]
        own = next(begin for begin, finish in bounds if begin <= first <= finish)
        if first - own <= length // 3:
            start = own
        else:
            space = full.rfind(" ", own, first - length // 4)
            start = space + 1 if space > own else first - length // 4
    end = _advance(full, start, length)
    if end < len(full):
        space = full.rfind(" ", start, end + 1)
        end = space if space > (start + end) // 2 else end
        for (_begin, finish), (after, _finish) in itertools.pairwise(bounds):
            if finish < end <= after:  # in the separator: end with the section before it
                end = finish
    pieces = []
    for (begin, finish), (_section, language) in zip(bounds, sections, strict=True):
        lo, hi = max(begin, start), min(finish, end)
        if lo >= hi:
            continue
        if language:  # German (the only language of untranslated parts): left to right
            pieces.append(
                f'<span lang="{language}" dir="ltr">{_marked(full, lo, hi, spans)}</span>'
            )
        elif rtl:
            pieces.append(_isolated(full, lo, hi, spans))
        else:
            pieces.append(_marked(full, lo, hi, spans))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(full) else ""
    return mark_safe(prefix + escape(SEPARATOR).join(pieces) + suffix)  # noqa: S308 (escaped)


def _isolated(full, lo, hi, spans):
    out, cursor = [], lo
    for run_start, run_end in ltr_runs(full[lo:hi]):
        run_start, run_end = run_start + lo, run_end + lo
        run = full[run_start:run_end]
        # A number, an address or one word moves to the next line whole (site.css).
        unit = (
            ' class="search-result__unit"'
            if " " not in run or not any(c.isalpha() for c in run)
            else ""
        )
        out.append(_marked(full, cursor, run_start, spans))
        out.append(f'<bdi dir="ltr"{unit}>{_marked(full, run_start, run_end, spans)}</bdi>')
        cursor = run_end
    out.append(_marked(full, cursor, hi, spans))
    return "".join(out)


def _marked(full, lo, hi, spans):
    out, cursor = [], lo
    for span_start, span_end in spans:
        if span_end <= lo or span_start >= hi:
            continue
        span_start, span_end = max(span_start, lo), min(span_end, hi)
        out.append(escape(full[cursor:span_start]))
        out.append(f"<mark>{escape(full[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(escape(full[cursor:hi]))
    return "".join(out)
