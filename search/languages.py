"""How each enabled language is analysed by the search backends.

One table, so adding a language to ``settings.LANGUAGES`` needs at most one line here (a language
without an entry gets PostgreSQL's ``simple`` configuration and Elasticsearch's standard analysis).
"""

from django.conf import settings

# PostgreSQL: the snowball stemmer a language's text is stemmed with. PostgreSQL 15 has no
# stemmer for the others (Bulgarian, Polish, Ukrainian, Persian, Vietnamese, Chinese, Thai):
# they get "simple" (lower-casing only). Every configuration is used through its ``kok_`` copy,
# which strips diacritics with ``unaccent`` first (migration kok_search 0001).
POSTGRES_STEMMERS = {
    "de": "german",
    "de-x-ls": "german",  # Leichte Sprache is German
    "en": "english",
    "ro": "romanian",
    "hu": "hungarian",
    "ru": "russian",
    "tr": "turkish",
    "ar": "arabic",
    "es": "spanish",
    "fr": "french",
    "pt": "portuguese",
    "sr": "serbian",
}
POSTGRES_FALLBACK = "simple"

# Elasticsearch: the analyzer of a language's text (defined in search/backends/elasticsearch.py).
ELASTICSEARCH_ANALYZERS = {
    "de": "kok_german",  # decompounding, umlaut folding, light stemming
    "de-x-ls": "kok_german",
    "ar": "arabic",
    "zh-hans": "cjk",
    "th": "thai",
}
ELASTICSEARCH_FALLBACK = "kok_standard"  # standard tokenizer, lower case, diacritics folded


def postgres_config(language_code):
    """Name of the PostgreSQL text-search configuration for a language code."""
    return "kok_" + POSTGRES_STEMMERS.get(language_code, POSTGRES_FALLBACK)


def postgres_configs():
    """Every configuration the migration creates: (our name, PostgreSQL's built-in name)."""
    names = sorted({*POSTGRES_STEMMERS.values(), POSTGRES_FALLBACK})
    return [("kok_" + name, name) for name in names]


def elasticsearch_analyzer(language_code):
    return ELASTICSEARCH_ANALYZERS.get(language_code, ELASTICSEARCH_FALLBACK)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]
