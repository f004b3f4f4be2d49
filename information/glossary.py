"""The glossary of legal and administrative terms (a translatable snippet) and how its terms are
marked and explained in the text readers read.

A reader meets "Aufenthaltserlaubnis" or "Bedenk- und Stabilisierungsfrist" at the office; the
translated page names the term in their language. ``GlossaryTerm`` holds a term, the other
forms it takes in running text (plural, declined) and a plain explanation, one row per
language (wagtail-localize translates the German row like any snippet).

``Marker`` marks the first occurrence of each term per page and column: the term becomes a link
to its explanation, a note right after the block it occurs in (``<p class="glossary-note">``).
Why not ``<abbr title>``: a title shows on hover only, never on a touch screen, and screen
readers often skip it. Why not an inline ``<details>``: it is no phrasing content, so a browser
closes the paragraph around it. A link and a note work on every phone, need no JavaScript and no
inline style (strict CSP), are reached by Tab, and ``aria-describedby`` on the link has a screen
reader read the explanation right where the term is. Only text is searched, never markup: the
HTML is read with ``html.parser`` and only text outside links, headings, summaries, buttons and
code is changed, so attributes and links are never broken.
"""

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

from django.db import models
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from multilingual.reader import Reader


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """One legal or administrative term and its plain explanation, in one language."""

    term = models.CharField(_("term"), max_length=120)
    other_forms = models.CharField(
        _("other forms"),
        max_length=500,
        blank=True,
        help_text=_(
            "How the term also appears in the text (plural, other cases), separated by commas."
        ),
    )
    explanation = models.TextField(
        _("explanation"),
        max_length=600,
        help_text=_("One to three short sentences in plain words. Nothing but general facts."),
    )

    panels = [FieldPanel("term"), FieldPanel("other_forms"), FieldPanel("explanation")]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def forms(self):
        """The term and its other forms, longest first (so a plural wins over its singular)."""
        found = [self.term, *self.other_forms.split(",")]
        return sorted({form.strip() for form in found if form.strip()}, key=len, reverse=True)


@dataclass(frozen=True)
class Entry:
    key: str  # the translation key: the same term in every language
    term: str
    forms: tuple
    explanation: str


def entries(reader, language_code):
    """The glossary of one language as plain data, once per content change for every app server
    (emptied with the page cache when a term is saved: pagecache/invalidation.py)."""

    def load():
        terms = GlossaryTerm.objects.filter(locale__language_code=language_code)
        return [
            Entry(str(term.translation_key), term.term, tuple(term.forms()), term.explanation)
            for term in terms
        ]

    return reader.memo(("glossary", language_code), load, shared=True)


# Scripts written without spaces between words: a term there has no word boundary to look for.
UNSPACED = ("CJK", "THAI", "HIRAGANA", "KATAKANA", "LAO", "KHMER", "MYANMAR")


def _pattern(form):
    escaped = re.escape(form)
    if unicodedata.name(form[0], "").startswith(UNSPACED):
        return escaped
    return rf"(?<!\w){escaped}(?!\w)"


# Where a term is never marked: it is a link or a label already, or not prose.
SKIPPED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "button", "code", "dfn", "abbr"}
SKIPPED |= {"script", "style", "textarea", "select", "label", "time"}


class _TextFinder(HTMLParser):
    """Offsets of the text nodes of an HTML fragment that may hold a marked term."""

    def __init__(self, source):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for match in re.finditer("\n", source):
            self.line_starts.append(match.end())
        self.skipping = 0
        self.texts = []  # (offset, raw text)

    def position(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append((self.position(), data))


class Marker:
    """Marks the first occurrence of each glossary term in one column of one page.

    ``mark(fragment)`` returns the fragment with the terms it holds first marked and their notes
    after it. Terms already marked earlier in the column are left as they are."""

    def __init__(self, entries, language, id_prefix="glossary"):
        self.language = language
        self.id_prefix = f"{id_prefix}-{language}"
        self.pending = list(entries)
        self.done = set()

    def note_id(self, entry):
        return f"{self.id_prefix}-{entry.key[:8]}"

    def mark(self, fragment):
        fragment = str(fragment)
        if not self.pending:
            return mark_safe(fragment)  # noqa: S308 (rendered by our own templates)
        finder = _TextFinder(fragment)
        finder.feed(fragment)
        finder.close()
        edits = []  # (start, end, entry) in ``fragment``, in the order found
        for offset, raw in finder.texts:
            taken = [(match.start(), match.end()) for match in ENTITY.finditer(raw)]
            for entry in list(self.pending):
                found = _first(entry, raw, taken)
                if found is None:
                    continue
                taken.append(found)
                edits.append((offset + found[0], offset + found[1], entry))
                self.pending.remove(entry)
        if not edits:
            return mark_safe(fragment)  # noqa: S308
        result = fragment
        for start, end, entry in sorted(edits, key=lambda edit: edit[0], reverse=True):
            link = format_html(
                '<a class="glossary-term" href="#{id}" aria-describedby="{id}">{word}</a>',
                id=self.note_id(entry),
                word=mark_safe(result[start:end]),  # noqa: S308 (the fragment's own text)
            )
            result = result[:start] + link + result[end:]
        notes = "".join(
            format_html(
                '<p class="glossary-note" id="{}"><dfn>{}</dfn> {}</p>',
                self.note_id(entry),
                entry.term,
                entry.explanation,
            )
            for _start, _end, entry in sorted(edits, key=lambda edit: edit[0])
        )
        return mark_safe(result + notes)  # noqa: S308


ENTITY = re.compile(r"&#?\w+;")


def _first(entry, text, taken):
    """The span of the earliest form of ``entry`` in ``text`` that overlaps no ``taken`` span."""
    best = None
    for form in entry.forms:
        for found in re.finditer(_pattern(form), text, flags=re.IGNORECASE):
            span = (found.start(), found.end())
            if not any(span[0] < end and start < span[1] for start, end in taken):
                if best is None or span[0] < best[0]:
                    best = span
                break
    return best


def marker(request, language, id_prefix="glossary"):
    """The request's marker for ``language`` (one per page and column)."""
    markers = request.__dict__.setdefault("kok_glossary_markers", {})
    key = (language, id_prefix)
    if key not in markers:
        markers[key] = Marker(entries(Reader.of(request), language), language, id_prefix)
    return markers[key]
