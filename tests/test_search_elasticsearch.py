"""Elasticsearch: mapping, index settings, documents and queries are checked without a server;
``update_index`` against a recording client; the database answers when Elasticsearch is down
(a closed local port) or fails; and, when ``ELASTICSEARCH_URL`` is set, the real thing."""

import io
import logging
import os
import re
import uuid

from django.core.management import call_command

from wagtail.models import Page
from wagtail.search.models import IndexEntry

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import NotFoundError

from home.models import HomePage
from information.models import FormOfExploitationPage
from search import service
from search.backends.base import LanguageQuery, locale_id
from search.backends.elasticsearch import (
    GERMAN_COMPOUND_PARTS,
    LocaleElasticsearchMapping,
    LocaleElasticsearchSearchBackend,
)
from search.text import parse
from tests.pages import add_page, home_in

pytestmark = pytest.mark.django_db

CLOSED_PORT = "http://127.0.0.1:9"
LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")


def backend(url=CLOSED_PORT, **params):
    return LocaleElasticsearchSearchBackend(
        {"URLS": [url], "INDEX_PREFIX": "kokcms_test_", **params}
    )


def es_settings(url=CLOSED_PORT, prefix="kokcms_test_"):
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 2,
        },
        "database": {"BACKEND": "search.backends.database"},
    }


@pytest.fixture(autouse=True)
def _fresh_backends():
    service.reset()
    yield
    service.reset()


# --- Without a server ------------------------------------------------------------------------


def test_mapping_has_fields_per_language_with_that_languages_analyzer():
    properties = LocaleElasticsearchMapping(FormOfExploitationPage).get_mapping()["properties"]
    expected = {
        "de": "kok_german",
        "ar": "arabic",
        "zh-hans": "cjk",
        "th": "thai",
        "ro": "kok_standard",
    }
    for code, analyzer in expected.items():
        assert properties[f"kok_title_{code}"] == {"type": "text", "analyzer": analyzer}
        assert properties[f"kok_text_{code}"] == {"type": "text", "analyzer": analyzer}
    assert "_all_text" in properties  # upstream's fields stay for the admin search


def test_index_settings_define_german_decompounding_and_folding():
    analysis = backend().settings["settings"]["analysis"]
    german = analysis["analyzer"]["kok_german"]
    assert german["tokenizer"] == "standard"
    assert german["filter"].index("kok_german_decompounder") < german["filter"].index(
        "kok_german_stemmer"
    )
    assert "german_normalization" in german["filter"]
    decompounder = analysis["filter"]["kok_german_decompounder"]
    assert decompounder["type"] == "dictionary_decompounder"
    assert {"arbeit", "ausbeutung", "hilfe", "telefon"} <= set(decompounder["word_list"])
    assert decompounder["word_list"] == GERMAN_COMPOUND_PARTS
    assert analysis["analyzer"]["kok_standard"]["filter"] == ["lowercase", "asciifolding"]
    assert "edgengram_analyzer" in analysis["analyzer"]  # upstream's analyzers kept


def test_documents_carry_their_text_in_their_own_languages_fields():
    german = FormOfExploitationPage.objects.get(
        slug="arbeitsausbeutung", locale__language_code="de"
    )
    doc = LocaleElasticsearchMapping(FormOfExploitationPage).get_document(german)
    assert doc["kok_title_de"] == german.title
    assert "Lohn" in doc["kok_text_de"] or "Arbeit" in doc["kok_text_de"]
    assert not [key for key in doc if key.startswith("kok_") and not key.endswith("_de")]

    arabic = add_page(home_in("ar"), "حقوقك في العمل", "لديك الحق في الحماية من الاستغلال.")
    doc = LocaleElasticsearchMapping(type(arabic)).get_document(arabic)
    assert doc["kok_title_ar"] == "حقوقك في العمل"
    assert "الاستغلال" in doc["kok_text_ar"]
    assert "kok_title_de" not in doc


def compiled(language, query_text, queryset=None):
    queryset = (
        queryset
        if queryset is not None
        else Page.objects.live().filter(locale_id=locale_id(language))
    )
    es = backend()
    compiler = es.query_compiler_class(queryset, LanguageQuery(parse(query_text), language))
    compiler.check()
    return compiler.get_query()


def test_queries_use_the_readers_language_and_filters():
    query = compiled("ar", "الاستغلال في العمل")
    match = query["bool"]["must"]["multi_match"]
    assert match["fields"] == ["kok_title_ar^2", "kok_text_ar"]
    assert match["query"] == "الاستغلال في العمل"
    assert match["operator"] == "and" and match["type"] == "cross_fields"
    filters = str(query["bool"]["filter"])
    assert f"'locale_id_filter': {locale_id('ar')}" in filters
    assert "'live_filter': True" in filters

    german = compiled("de", 'Arbeit "Ausbeutung AND (x OR y)')
    assert german["bool"]["must"]["multi_match"]["fields"] == ["kok_title_de^2", "kok_text_de"]


def test_query_filters_out_aliases_and_private_pages():
    readable = service.readable_pages(Page.objects.private_q()).filter(locale_id=locale_id("ro"))
    filters = str(compiled("ro", "ajutor", readable)["bool"]["filter"])
    assert "must_not" in filters and "'id_filter'" in filters  # aliases excluded by id


def test_admin_search_keeps_upstreams_query():
    es = backend()
    compiler = es.query_compiler_class(Page.objects.all(), "Ausbeutung")
    assert "_all_text" in str(compiler.get_query())


class RecordingElasticsearch:
    """Just enough of the client for ``update_index``: records what it is asked to do."""

    calls = []

    def __init__(self, hosts=None, **options):
        self.indices = self

    def create(self, index, **body):
        self.calls.append(("create", index, body))

    def put_mapping(self, index, **body):
        self.calls.append(("put_mapping", index, body))

    def refresh(self, index):
        self.calls.append(("refresh", index, None))

    def exists_alias(self, name):
        return False

    def delete(self, index):
        self.calls.append(("delete", index, None))

    def put_alias(self, name, index):
        self.calls.append(("put_alias", index, name))


def test_update_index_builds_the_index_with_language_fields(monkeypatch, settings):
    RecordingElasticsearch.calls = []
    monkeypatch.setattr(LocaleElasticsearchSearchBackend, "client_class", RecordingElasticsearch)
    monkeypatch.setattr(
        LocaleElasticsearchSearchBackend,
        "bulk",
        lambda self, es, actions, index: RecordingElasticsearch.calls.append(
            ("bulk", index, list(actions))
        ),
    )
    settings.WAGTAILSEARCH_BACKENDS = {"default": es_settings()["default"]}
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    calls = RecordingElasticsearch.calls

    created = [
        body for name, index, body in calls if name == "create" and "wagtailcore_page" in index
    ]
    assert created and "kok_german" in created[0]["settings"]["analysis"]["analyzer"]
    mappings = [
        body for name, index, body in calls if name == "put_mapping" and "wagtailcore_page" in index
    ]
    assert all("kok_text_de" in mapping["properties"] for mapping in mappings)
    documents = [doc for name, index, docs in calls if name == "bulk" for doc in docs]
    titles = {doc.get("kok_title_de") for doc in documents}
    assert "Erzwungene Betteltätigkeit" in titles
    home_ar = HomePage.objects.get(locale__language_code="ar", alias_of__isnull=True)
    assert any(doc.get("kok_title_ar") == home_ar.title for doc in documents)
    assert [
        call
        for call in calls
        if call[0] == "put_alias" and call[2] == "kokcms_test_wagtailcore_page"
    ]


# --- Elasticsearch down: the database answers ----------------------------------------------


def result_links(html):
    return re.findall(
        r'<li class="search-result" data-search-result>\s*<h3[^>]*><a href="([^"]+)"', html
    )


def test_closed_port_falls_back_to_the_database(client, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = es_settings(CLOSED_PORT)
    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get("/de/search/", {"q": "Betteltätigkeit"})
    assert response.status_code == 200
    assert "/de/formen-der-ausbeutung/erzwungene-betteltaetigkeit/" in result_links(
        response.content.decode()
    )
    warnings = [record for record in caplog.records if record.name == "search.service"]
    assert len(warnings) == 1 and warnings[0].levelname == "WARNING"
    assert "answering from the database" in warnings[0].getMessage()

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get("/de/search/", {"q": "Xyzzywort Plugh"})  # nothing: several searches
    assert response.status_code == 200
    assert not caplog.records  # Elasticsearch is left alone for a while after a failure


def test_errors_at_query_time_fall_back_to_the_database(client, settings, monkeypatch, caplog):
    settings.WAGTAILSEARCH_BACKENDS = es_settings(CLOSED_PORT)
    meta = ApiResponseMeta(
        status=404,
        http_version="1.1",
        headers=HttpHeaders(),
        duration=0.0,
        node=NodeConfig("http", "127.0.0.1", 9),
    )

    def missing_index(*args, **kwargs):
        raise NotFoundError("index_not_found_exception", meta, {"error": "no such index"})

    monkeypatch.setattr("elasticsearch.Elasticsearch.count", missing_index)
    monkeypatch.setattr("elasticsearch.Elasticsearch.search", missing_index)
    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get("/en/search/", {"q": "Hilfe"})
    assert response.status_code == 200
    assert "NotFoundError" in caplog.text


def test_page_saves_survive_elasticsearch_being_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = es_settings(CLOSED_PORT)
    page = add_page(
        home_in("en"), "Saved while down", "Still saved and searchable in the database."
    )
    assert Page.objects.filter(pk=page.pk, live=True).exists()


def test_results_from_elasticsearch_show_the_page_text(client, settings, monkeypatch, caplog):
    """Elasticsearch answers with page ids only: titles, sections and snippets are read from
    the pages (one query), not from any index, so they need no database index entries."""
    sentence = "لَكَ الحَقُّ في الحِمايَةِ مِنَ الاسْتِغْلالِ في العَمَلِ."
    arabic = add_page(home_in("ar"), "حُقُوقُكِ", sentence)
    form = FormOfExploitationPage.objects.get(
        slug="erzwungene-betteltaetigkeit", locale__language_code="de"
    ).get_translation(arabic.locale)
    found = [arabic, form]
    IndexEntry.objects.filter(object_id__in=[str(page.pk) for page in found]).delete()
    settings.WAGTAILSEARCH_BACKENDS = es_settings(CLOSED_PORT)

    def answer(*args, **kwargs):
        hits = [{"fields": {"pk": [str(page.pk)]}, "_score": 1.0} for page in found]
        return {"hits": {"hits": hits, "total": {"value": len(hits)}}}

    monkeypatch.setattr("elasticsearch.Elasticsearch.search", answer)
    monkeypatch.setattr("elasticsearch.Elasticsearch.count", lambda *a, **k: {"count": 2})
    with caplog.at_level(logging.WARNING, logger="search.service"):
        html = client.get("/ar/search/", {"q": "الاستغلال"}).content.decode()
    warnings = [record for record in caplog.records if record.name == "search.service"]
    assert not warnings  # answered by Elasticsearch, not by the database
    assert result_links(html) == [arabic.url, form.url]
    marked = sentence.replace("الاسْتِغْلالِ", "<mark>الاسْتِغْلالِ</mark>")
    assert f'<p class="search-result__snippet">{marked} … {marked}</p>' in html
    section = form.get_parent().title
    assert f'<span class="search-result__section">{section}</span>' in html


# --- A live server (ELASTICSEARCH_URL) ------------------------------------------------------

live = pytest.mark.skipif(
    not LIVE_URL, reason="set ELASTICSEARCH_URL to test against a live Elasticsearch"
)


@pytest.fixture
def live_index(settings):
    prefix = f"kokcms_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = es_settings(LIVE_URL, prefix)
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    yield service._backend("default")
    es = service._backend("default").es
    for index in es.indices.get(index=f"{prefix}*"):
        es.indices.delete(index=index)


@live
@pytest.mark.elasticsearch
def test_live_german_decompounding_and_stemming(client, live_index):
    links = result_links(client.get("/de/search/", {"q": "Ausbeutung"}).content.decode())
    assert "/de/formen-der-ausbeutung/arbeitsausbeutung/" in links  # found inside the compound
    links = result_links(client.get("/de/search/", {"q": "betteltatigkeit"}).content.decode())
    assert "/de/formen-der-ausbeutung/erzwungene-betteltaetigkeit/" in links


@live
@pytest.mark.elasticsearch
def test_live_results_stay_in_the_readers_language(client, live_index):
    links = result_links(client.get("/ar/search/", {"q": "Ausbeutung"}).content.decode())
    assert not [link for link in links if not link.startswith("/ar/")]
