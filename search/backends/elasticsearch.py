"""Elasticsearch 9 with each language's text analysed by that language's analyzer.

Missing upstream: Wagtail's elasticsearch9 backend (modelsearch) maps every text field with one
analyzer for all documents and queries ``_all_text`` with it (wagtail/wagtail#1177,
wagtail/django-modelsearch#61; no per-query analyzer either, wagtail/wagtail#6394). Here every
translatable document also gets two fields named after its own language, ``kok_title_<code>``
and ``kok_text_<code>``, mapped with that language's analyzer (search/languages.py: German with
decompounding, Arabic, CJK, Thai, standard with diacritics folded elsewhere). A
``LanguageQuery`` searches only the fields of the reader's language, so German stemming never
touches an Arabic page and vice versa. The upstream fields stay as they are (the admin's search
uses them).

``manage.py update_index`` builds the index with these analyzers and fields. Delete this module
once modelsearch supports per-language analysis (django-modelsearch#61).
"""

from copy import deepcopy

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from wagtail.search.index import SearchField
from wagtail.search.utils import deep_update

from search.languages import elasticsearch_analyzer, language_codes

from .base import LanguageQueryMixin, language_of

TITLE_BOOST = 2

# Words German compounds on this site are made of, for the dictionary decompounder:
# "Arbeitsausbeutung" is also indexed as "arbeit" and "ausbeutung". Lower case; extend freely.
# fmt: off
GERMAN_COMPOUND_PARTS = [
    "abhängigkeit", "adoption", "arbeit", "asyl", "aufenthalt", "ausbeutung", "ausweis",
    "behörde", "beratung", "betroffene", "bettel", "bund", "ehe", "entnahme", "fach", "flucht",
    "flüchtling", "frau", "frauen", "gericht", "gewalt", "gruppe", "handel", "handlung",
    "heirat", "hilfe", "jugend", "kind", "kinder", "konto", "land", "länder", "leih", "lohn",
    "menschen", "migration", "mutter", "mutterschaft", "netz", "notruf", "opfer", "organ",
    "pass", "polizei", "prostitution", "recht", "rechte", "schulden", "schutz", "sexuell",
    "spende", "stelle", "straf", "tätigkeit", "telefon", "titel", "unterkunft", "verfahren",
    "verheiratung", "wohnung", "zeuge", "zeugin", "zwang", "zwangs",
]
# fmt: on

ANALYSIS = {
    "filter": {
        "kok_german_decompounder": {
            "type": "dictionary_decompounder",
            "word_list": GERMAN_COMPOUND_PARTS,
            "min_subword_size": 3,
            "only_longest_match": True,
        },
        "kok_german_stop": {"type": "stop", "stopwords": "_german_"},
        "kok_german_stemmer": {"type": "stemmer", "language": "light_german"},
    },
    "analyzer": {
        "kok_german": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "kok_german_decompounder",
                "kok_german_stop",
                "german_normalization",
                "kok_german_stemmer",
            ],
        },
        "kok_standard": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        },
    },
}


def title_field(language_code):
    return f"kok_title_{language_code}"


def text_field(language_code):
    return f"kok_text_{language_code}"


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return str(value)


class LocaleElasticsearchMapping(Elasticsearch9Mapping):
    def is_translatable(self):
        return any(field.name == "locale" for field in self.model._meta.fields)

    def get_mapping(self):
        mapping = super().get_mapping()
        if self.is_translatable():
            for code in language_codes():
                analysed = {"type": "text", "analyzer": elasticsearch_analyzer(code)}
                mapping["properties"][title_field(code)] = dict(analysed)
                mapping["properties"][text_field(code)] = dict(analysed)
        return mapping

    def get_document(self, obj):
        doc = super().get_document(obj)
        language = language_of(obj) if self.is_translatable() else None
        if language:
            title, text = [], []
            for field in self.model.get_search_fields():
                if isinstance(field, SearchField):
                    value = _flatten(doc.get(self.get_field_column_name(field)))
                    (title if field.field_name == "title" else text).append(value)
            doc[title_field(language)] = " ".join(title)
            doc[text_field(language)] = " ".join(text)
        return doc


class LocaleElasticsearchSearchQueryCompiler(LanguageQueryMixin, Elasticsearch9SearchQueryCompiler):
    mapping_class = LocaleElasticsearchMapping

    def get_inner_query(self):
        if self.language_query is None:
            return super().get_inner_query()
        code = self.language_code
        return {
            "multi_match": {
                "query": self.language_query.text,
                "fields": [f"{title_field(code)}^{TITLE_BOOST}", text_field(code)],
                "type": "cross_fields",
                "operator": self.language_query.operator,
            }
        }


class LocaleElasticsearchSearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LocaleElasticsearchMapping
    query_compiler_class = LocaleElasticsearchSearchQueryCompiler

    def __init__(self, params):
        params = dict(params)
        ours = {"settings": {"analysis": deepcopy(ANALYSIS)}}
        params["INDEX_SETTINGS"] = deep_update(ours, params.get("INDEX_SETTINGS", {}))
        super().__init__(params)


SearchBackend = LocaleElasticsearchSearchBackend
