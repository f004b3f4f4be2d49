"""What the three backends (SQLite, PostgreSQL, Elasticsearch) share: a query that knows its
language, and the language of an indexed object.

Upstream search has no notion of the language of a query or of a document (wagtail#1177,
django-modelsearch#61). ``LanguageQuery`` carries the reader's cleaned words and language code
through Wagtail's ``backend.search()``, whose signature has no place for it; the compilers in
this package unwrap it into upstream query classes and pick the language's analysis.
"""

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale
from wagtail.search.query import And, Or, Phrase, PlainText, SearchQuery


class Prefix(PlainText):
    """One word that also matches longer words starting with it (after stemming)."""


class LanguageQuery(SearchQuery):
    """A reader's query (``search.text.Query``) to be analysed as ``language_code``."""

    def __init__(self, query, language_code, operator="and"):
        self.text = query.text
        self.terms = query.terms
        self.language_code = language_code
        self.operator = operator

    def tree(self):
        leaves = [
            Phrase(term.text)
            if term.phrase
            else Prefix(term.text)
            if term.prefix
            else PlainText(term.text)
            for term in self.terms
        ]
        if len(leaves) == 1:
            return leaves[0]
        return And(leaves) if self.operator == "and" else Or(leaves)

    def __repr__(self):
        return f"<LanguageQuery {self.text!r} language={self.language_code} {self.operator}>"


class LanguageQueryMixin:
    """For query compilers: accept a ``LanguageQuery`` and remember its language.

    Plain string queries (the Wagtail admin's page search) are analysed in the active language.
    """

    def __init__(self, queryset, query, *args, **kwargs):
        self.language_query = query if isinstance(query, LanguageQuery) else None
        if self.language_query:
            self.language_code = query.language_code
            query = query.tree()
        else:
            self.language_code = translation.get_language() or settings.LANGUAGE_CODE
        super().__init__(queryset, query, *args, **kwargs)


_LANGUAGE_BY_LOCALE_ID = {}


def _locales(reload=False):
    if reload or not _LANGUAGE_BY_LOCALE_ID:
        _LANGUAGE_BY_LOCALE_ID.clear()
        _LANGUAGE_BY_LOCALE_ID.update(Locale.objects.values_list("pk", "language_code"))
    return _LANGUAGE_BY_LOCALE_ID


def locales_changed(**kwargs):
    """Forget the locale map (connected in ``SearchConfig.ready``)."""
    _LANGUAGE_BY_LOCALE_ID.clear()


def language_of(obj):
    """Language code of a translatable object (a page, a snippet), else ``None``."""
    pk = getattr(obj, "locale_id", None)
    if pk is None:
        return None
    if pk not in _locales():
        _locales(reload=True)
    return _LANGUAGE_BY_LOCALE_ID.get(pk, settings.LANGUAGE_CODE)


def locale_id(language_code):
    """Primary key of the locale of a language code, ``None`` if there is none."""
    for reload in (False, True):
        for pk, code in _locales(reload).items():
            if code == language_code:
                return pk
    return None
