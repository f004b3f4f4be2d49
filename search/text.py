"""What readers type, made safe and comparable with the indexed text (the snippet of a result,
marked where the query matches, is search/snippets.py).

Nothing a reader types reaches a search backend as syntax: the query is reduced to words
(letters, combining marks and digits of any script), so quotes, ``AND OR NOT * ~ : ( )``, SQL
and Lucene syntax are just separators. The same normalisation is applied to indexed text
(search/backends/) so both sides compare alike:

- NFKC, so full-width Latin typed with a Chinese keyboard and Arabic presentation forms match;
- Arabic short vowels (harakat) and the tatweel are dropped: readers rarely type them;
- the Arabic definite article, alone or after a conjunction or preposition (ال، وال، بال، فال،
  كال، لل; the prefixes of Larkey's light stemmer), is split off: indexed text keeps the word
  and adds it without the article, a query looks for it without, so "استغلال" finds
  "الاستغلال" and the other way round (no database backend stems Arabic);
- the middle dot inside a word is dropped: Leichte Sprache splits long words with it
  ("Beratungs·stelle"), readers type them whole ("Beratungsstelle");
- scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer,
  Burmese) are split into single characters (with their combining marks), and a run of them in
  a query becomes a phrase of adjacent characters, which is a substring match.

Case and Latin diacritics are folded by the backends themselves (SQLite FTS5's ``unicode61``
tokenizer, PostgreSQL's ``unaccent``, Elasticsearch's ``asciifolding``/``german_normalization``).
"""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# Words this long or longer also match longer words that start with them (inflections and
# German compounds: "Arbeit" finds "Arbeitsausbeutung"); shorter ones must match exactly.
PREFIX_MIN_LENGTH = 4

_JOINERS = {"\u200c", "\u200d"}  # zero-width (non-)joiner: part of Persian and Indic spelling
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
ARABIC_LETTER = "[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]"
# The article with what may come before it, followed by a stem of at least three letters.
ARABIC_ARTICLE = "(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)"
_ARABIC_WITH_ARTICLE = re.compile(
    f"(?<![\\w\u200c\u200d]){ARABIC_ARTICLE}({ARABIC_LETTER}{{3,}})(?![\\w\u200c\u200d])"
)
_SEGMENTED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Burmese
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Japanese kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\U00020000-\U0003134f"
)
_SEGMENTED_RUN = re.compile(f"[{_SEGMENTED}]+")
_MEDIAL_DOT = re.compile(r"(?<=[^\W\d_])\u00b7(?=[^\W\d_])")  # "Beratungs·stelle"


class QueryTooLong(ValueError):
    pass


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word (maybe as a prefix) or a phrase of adjacent characters."""

    text: str
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class Query:
    """A reader's query after cleaning: ``text`` for the search box, ``terms`` to search for."""

    text: str
    terms: tuple
    truncated: bool = False

    def __bool__(self):
        return bool(self.terms)


def clean(raw):
    """Remove control and invisible format characters and collapse white space."""
    out = []
    for char in raw:
        category = unicodedata.category(char)
        if category == "Cc" or category == "Zl" or category == "Zp":
            out.append(" ")
        elif category in ("Cf", "Cs", "Co", "Cn") and char not in _JOINERS:
            continue
        else:
            out.append(char)
    return " ".join("".join(out).split())


def _prepare(text):
    return _MEDIAL_DOT.sub("", _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text)))


def normalise(text):
    """The normalisation of indexed text (see the module docstring); query terms get the same
    from ``parse``."""
    text = _SEGMENTED_RUN.sub(lambda match: " ".join(clusters(match.group())), _prepare(text))
    return _ARABIC_WITH_ARTICLE.sub(lambda match: f"{match.group()} {match.group(1)}", text)


def without_arabic_article(word):
    """ "الاستغلال" → "استغلال"; any other word unchanged."""
    match = _ARABIC_WITH_ARTICLE.fullmatch(word)
    return match.group(1) if match else word


def clusters(text):
    """Split text into base characters each followed by its combining marks."""
    out = []
    for char in text:
        if out and unicodedata.category(char).startswith("M"):
            out[-1] += char
        else:
            out.append(char)
    return out


def _is_word_char(char):
    return char in _JOINERS or unicodedata.category(char)[0] in "LMN"


def words(text):
    """Maximal runs of letters, marks and digits; everything else separates."""
    out, current = [], []
    for char in text:
        if _is_word_char(char):
            current.append(char)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def parse(raw):
    """Turn what a reader typed into a ``Query``; raise ``QueryTooLong`` beyond the limit."""
    text = clean(raw or "")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryTooLong(text[:MAX_QUERY_LENGTH])
    terms, seen = [], set()
    for word in words(_prepare(text)):
        for term in _terms_of(word):
            key = term.text.casefold()
            if key not in seen:
                seen.add(key)
                terms.append(term)
    return Query(text=text, terms=tuple(terms[:MAX_TERMS]), truncated=len(terms) > MAX_TERMS)


def _terms_of(word):
    """A word, or for scripts without spaces a phrase of adjacent characters."""
    position = 0
    for run in _SEGMENTED_RUN.finditer(word):
        if run.start() > position:
            yield _word_term(word[position : run.start()])
        characters = clusters(run.group())
        yield Term(" ".join(characters), phrase=len(characters) > 1)
        position = run.end()
    if position < len(word):
        yield _word_term(word[position:])


def _word_term(word):
    word = without_arabic_article(word)
    return Term(word, prefix=len(word) >= PREFIX_MIN_LENGTH)
