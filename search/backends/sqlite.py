"""SQLite FTS5 search (development) with the same query handling as PostgreSQL.

Missing upstream: modelsearch's SQLite backend stores text as it comes, so a Chinese or Thai
sentence (no spaces between words) is one FTS5 token and a word inside it cannot be found; and
it has no prefix matching for whole-word searches. FTS5's ``unicode61`` tokenizer already folds
case and Latin diacritics. SQLite has no stemmer for our languages: inflections are matched
only as prefixes ("Arbeit" finds "Arbeitsausbeutung", "Ausbeutung" does not find "ausbeuterisch";
PostgreSQL and Elasticsearch do better).

As in search/backends/postgres.py, upstream builds its indexer inside ``add_items``; entries
whose text ``search.text.normalise`` changes are rewritten right after.

Delete this module once modelsearch segments such scripts (django-modelsearch#61).
"""

from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_content_type_pk

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

from search.text import normalise

from .base import LanguageQueryMixin, Prefix


class LocaleSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        for obj in objs:
            indexer = ObjectIndexer(obj, self.backend)
            texts = {
                "title": indexer.title,
                "body": indexer.body,
                "autocomplete": indexer.autocomplete,
            }
            normalised = {name: normalise(text) for name, text in texts.items()}
            if normalised != texts:
                IndexEntry.objects.using(self.write_connection.alias).filter(
                    content_type_id=content_type_pk, object_id=indexer.id
                ).update(**normalised)


class LocaleSQLiteSearchQueryCompiler(LanguageQueryMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, Prefix):
            return SearchQueryExpression(Lexeme(query.query_string, prefix=True), config=config)
        return super().build_search_query_content(query, config=config)


class LocaleSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LocaleSQLiteIndex
    query_compiler_class = LocaleSQLiteSearchQueryCompiler


SearchBackend = LocaleSQLiteSearchBackend
