"""The plain-language check of one page: the text a reader sees (``search.snippets``), its scores
in the measures of the page's language, its longest sentences and longest words.

Each section of the page (a heading, a paragraph, a list item, a button's label) ends a sentence,
so a heading without a full stop is not counted as the start of the sentence below it. Parts a
translation still shows in German (``untranslated_parts``) are left out of a translation's check.
"""

import re
from dataclasses import dataclass, field

from django.core.cache import cache

from search.snippets import page_sections

from .measures import measures_for, scores

LONGEST_SENTENCES = 3
LONGEST_WORDS = 5
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
SINGLE_LETTER_END = re.compile(r"(?:^|\s)[^\W\d_]\.$")
FINAL_PUNCTUATION = ".!?…:;"
# A word: letters (with marks), digits, inner hyphens and apostrophes ("E-Mail", "don't").
WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
CACHE_SECONDS = 60 * 60 * 24


@dataclass
class Sentence:
    text: str
    words: int


@dataclass
class Check:
    language_code: str
    scores: list = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    longest_sentences: list = field(default_factory=list)
    longest_words: list = field(default_factory=list)

    @property
    def has_measure(self):
        return bool(measures_for(self.language_code))

    @property
    def primary(self):
        """The score that orders the report (None without a measure or without text)."""
        return self.scores[0] if self.scores else None

    @property
    def over_threshold(self):
        return bool(self.primary and self.primary.over_threshold)


def reader_text(sections):
    """The sections as one text, each ending a sentence."""
    parts = []
    for section in sections:
        section = section.strip()
        if section:
            parts.append(section if section[-1] in FINAL_PUNCTUATION else f"{section}.")
    return " ".join(parts)


def words_of(text):
    return WORD.findall(text)


def split_sentences(section):
    """The sentences of a section; a full stop before a digit or a lower-case letter, or after a
    single letter, ends an abbreviation ("Abs. 7", "z. B. die"), not the sentence."""
    sentences = []
    for piece in SENTENCE_END.split(section.strip()):
        if (
            sentences
            and piece
            and (
                piece[0].isdigit() or piece[0].islower() or SINGLE_LETTER_END.search(sentences[-1])
            )
        ):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece:
            sentences.append(piece)
    return sentences


def sentences_of(sections):
    for section in sections:
        for sentence in split_sentences(section):
            yield Sentence(sentence, len(words_of(sentence)))


def longest_words(text, count=LONGEST_WORDS):
    """The ``count`` longest different words, longest first (ties in order of appearance)."""
    seen = {}
    for word in words_of(text):
        seen.setdefault(word.casefold(), word)
    return sorted(seen.values(), key=len, reverse=True)[:count]


def check_text(sections, language_code):
    """The check of ``sections`` (strings in reading order) in ``language_code``."""
    text = reader_text(sections)
    sentences = list(sentences_of(sections))
    return Check(
        language_code=language_code,
        scores=scores(text, language_code),
        sentences=len(sentences),
        words=sum(sentence.words for sentence in sentences),
        longest_sentences=sorted(sentences, key=lambda s: s.words, reverse=True)[
            :LONGEST_SENTENCES
        ],
        longest_words=longest_words(text),
    )


def page_text_sections(specific, contact_settings):
    """The title, then what ``search.snippets`` reads from the page, without German parts of a
    translation."""
    sections = [specific.title]
    sections += [
        text for text, language in page_sections(specific, contact_settings) if not language
    ]
    return sections


def check_page(specific, language_code, contact_settings):
    return check_text(page_text_sections(specific, contact_settings), language_code)


def check_live_page(specific, language_code, contact_settings):
    """The check of a live page, kept in the shared cache for its published revision: a revision
    never changes, so the key changes whenever what readers see does (contact settings aside,
    which only change numbers and addresses)."""
    revision = getattr(specific, "live_revision_id", None)
    if revision is None:
        return check_page(specific, language_code, contact_settings)
    key = f"readability:v1:{specific.pk}:{revision}:{language_code}"
    found = cache.get(key)
    if found is None:
        found = check_page(specific, language_code, contact_settings)
        cache.set(key, found, CACHE_SECONDS)
    return found
