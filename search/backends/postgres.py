"""PostgreSQL full-text search in each page's own language.

Missing upstream: Wagtail 7.4's database backend (``modelsearch.backends.database.postgres``)
has a single ``SEARCH_CONFIG`` for every object and every query, so German stemming would be
applied to Arabic pages and the other way round (wagtail/wagtail#1177, "Support for
local-specific indexes" wagtail/django-modelsearch#61, both open). Here:

- each index entry is written with the text-search configuration of its object's language
  (search/languages.py; the ``kok_*`` configurations of migration kok_search 0001 strip
  diacritics with ``unaccent`` before stemming);
- a query is parsed with the configuration of the language it is asked in (``LanguageQuery``);
- words of four letters or more match as prefixes of the stemmed word, so German compounds and
  longer inflections are found ("Arbeit" finds "Arbeitsausbeutung");
- title and body are matched through their own GIN indexes, and a results page also brings
  the number of all results (one query instead of two).

Upstream builds its ``ObjectIndexer`` inside ``PostgresIndex.add_items`` and reads the
configuration from the backend, so the index hands it a view of the backend with the object's
configuration; texts that ``search.text.normalise`` changes (Chinese and Thai split into
characters, Arabic short vowels) are then rewritten in one extra update.

Delete this module once modelsearch can index and query per language (django-modelsearch#61).
"""

import operator
from collections import defaultdict
from copy import copy
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db.models import Count, Q, Window

from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or
from wagtail.search.utils import get_content_type_pk

from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme

from search.languages import postgres_config
from search.text import normalise

from .base import LanguageQueryMixin, Prefix, language_of


class _BackendInLanguage:
    """The backend as ``ObjectIndexer`` sees it, with one language's configuration."""

    def __init__(self, backend, config):
        self._backend = backend
        self.config = config

    def __getattr__(self, name):
        return getattr(self._backend, name)


class _NormalisingIndexer(ObjectIndexer):
    def as_vector(self, texts, for_autocomplete=False):
        texts = [(normalise(text), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)

    def needs_normalising(self):
        return any(
            normalise(value) != value
            for field in self.search_fields
            for _field, _weight, value in self.prepare_field(self.obj, field)
        )


class LocalePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[postgres_config(language_of(obj))].append(obj)
        for config, group in by_config.items():
            index = copy(self)
            index.backend = _BackendInLanguage(self.backend, config)
            super(LocalePostgresIndex, index).add_items(model, group)
            index.normalise_items(model, group)

    def normalise_items(self, model, objs):
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        for obj in objs:
            indexer = _NormalisingIndexer(obj, self.backend)
            if indexer.needs_normalising():
                IndexEntry.objects.using(self.write_connection.alias).filter(
                    content_type_id=content_type_pk, object_id=indexer.id
                ).update(title=indexer.title, body=indexer.body, autocomplete=indexer.autocomplete)


class LocalePostgresSearchQueryCompiler(LanguageQueryMixin, PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return postgres_config(self.language_code)

    def search(self, config, start, stop, score_field=None, backend=None):
        """Upstream matches ``title || body``, concatenating two vectors for every row, which no
        index serves; matching each against the query uses their GIN indexes. A sliced search
        also counts all matches (``search_total``) in the same query."""
        if self.language_query is None or self.fields is not None:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(self.get_index_vectors(search_query), config)
        queryset = self.queryset.filter(self.matches(self.query, config))
        if stop is not None:
            queryset = queryset.annotate(search_total=Window(Count("pk")))
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def _build_rank_expression(self, vectors, config):
        """Chinese and Thai are indexed character by character: their body vectors hold so many
        positions that ranking by them would cost more than the search; rank by the title."""
        if self.language_query and any(term.phrase for term in self.language_query.terms):
            vectors = vectors[:1]
        return super()._build_rank_expression(vectors, config)

    def matches(self, query, config):
        """Each word in the title or in the body (as ``title || body`` would match it)."""
        if isinstance(query, (And, Or)):
            parts = [self.matches(subquery, config) for subquery in query.subqueries]
            return reduce(operator.and_ if isinstance(query, And) else operator.or_, parts)
        tsquery = self.build_tsquery(query, config=config)
        return Q(index_entries__title=tsquery) | Q(index_entries__body=tsquery)

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Prefix):
            lexeme = Lexeme(query.query_string, invert=invert, prefix=True)
            return SearchQuery(lexeme, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalePostgresIndex
    query_compiler_class = LocalePostgresSearchQueryCompiler


SearchBackend = LocalePostgresSearchBackend
