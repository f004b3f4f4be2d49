"""Searching the site for one reader: their language first, German and English as a fallback.

- Results are live, public pages of the reader's locale. Alias pages (wagtail-localize's locale
  synchronisation puts German content into other locales as aliases) are never results: their
  German originals are offered under "found in other languages" instead.
- All words must match; if nothing does, any word may (and the page says so).
- Editors' promotions (wagtail.contrib.search_promotions) have no locale of their own: a
  promotion is shown to readers of the promoted page's language only, so "Hilfe" → a German page
  and "help" → an English page are promotions per language.
- A backend that is an external service (Elasticsearch) may fail: the search is then answered by
  the database backend with a warning in the log, and the service is left alone for
  ``OUTAGE_PAUSE`` seconds, so a search outage never becomes a site outage.
- Each result shows its title, its section and a snippet of the text a reader sees on it,
  read for a whole results page in one query (search/snippets.py); never the index's text.
"""

import logging
import math
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import OuterRef, Subquery

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from home.models import ContactSettings
from multilingual.versions import language_info

from . import snippets, text
from .backends.base import LanguageQuery, locale_id

logger = logging.getLogger(__name__)

PER_PAGE = 10
OTHER_LANGUAGES_LIMIT = 5
DATABASE_BACKEND = "database"  # the WAGTAILSEARCH_BACKENDS entry kept beside Elasticsearch
OUTAGE_PAUSE = 30.0  # seconds without asking a failed external backend again

_backends = {}
_outage = {"until": 0.0}


def reset():
    """Forget backend instances and outages (settings changed, tests)."""
    _backends.clear()
    _outage["until"] = 0.0


def settings_changed(setting, **kwargs):
    """Connected in ``SearchConfig.ready``: tests that switch backends get fresh ones."""
    if setting == "WAGTAILSEARCH_BACKENDS":
        reset()


def _backend(alias):
    if alias not in _backends:
        _backends[alias] = get_search_backend(alias)
    return _backends[alias]


def _database_alias():
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    return DATABASE_BACKEND if DATABASE_BACKEND in configured else "search.backends.database"


class Searcher:
    """Runs the searches of one request on one backend, switching to the database for the rest
    of the request when an external backend fails."""

    def __init__(self):
        self.alias = "default" if time.monotonic() >= _outage["until"] else _database_alias()

    def _run(self, operation):
        backend = _backend(self.alias)
        try:
            return operation(backend)
        except Exception as error:
            if not backend.catch_indexing_errors:  # a database backend: a real error
                raise
            logger.warning(
                "Search backend %r failed (%s: %s); answering from the database for %d s.",
                self.alias,
                type(error).__name__,
                error,
                OUTAGE_PAUSE,
            )
            _outage["until"] = time.monotonic() + OUTAGE_PAUSE
            self.alias = _database_alias()
            return operation(_backend(self.alias))

    def count(self, query, pages):
        return self._run(lambda backend: backend.search(query, pages).count())

    def fetch(self, query, pages, start, stop):
        return self._run(lambda backend: list(backend.search(query, pages)[start:stop]))


@dataclass
class Hit:
    page: Page
    url: str
    language: dict
    section: str = ""  # the title of the section the page is in (not the home page)
    kind: str = ""  # what the page is, in the reader's words: "Press release", "Leaflet", …
    snippet: str = ""
    description: str = ""


@dataclass
class Results:
    query: text.Query
    number: int = 1
    total: int = 0
    num_pages: int = 1
    hits: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    other_languages: list = field(default_factory=list)
    any_word: bool = False  # no page had all the words; these have some
    clamped: bool = False  # the requested page number was beyond the last page

    @property
    def first_index(self):
        return (self.number - 1) * PER_PAGE + 1

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages


def readable_pages(private):
    """Live, public, routable pages that are not aliases; ``private`` from ``private_q()``."""
    aliases = Page.objects.filter(alias_of__isnull=False).values("pk")
    return (
        Page.objects.live()
        .filter(depth__gt=1)
        .exclude(private)
        .exclude(pk__in=aliases)
        .select_related("locale")
    )


def search(query, locale, request, number=1):
    """Search for ``query`` (a non-empty ``text.Query``) as a reader of ``locale``."""
    searcher = Searcher()
    readable = readable_pages(Page.objects.private_q())
    pages = readable.filter(locale=locale)
    results = Results(query=query)

    language_query = LanguageQuery(query, locale.language_code)
    start = (number - 1) * PER_PAGE
    found, results.total = _results_page(searcher, language_query, pages, start)
    if not results.total and len(query.terms) > 1:
        language_query = LanguageQuery(query, locale.language_code, operator="or")
        found, results.total = _results_page(searcher, language_query, pages, start)
        results.any_word = bool(results.total)

    results.num_pages = max(1, math.ceil(results.total / PER_PAGE))
    results.number = min(number, results.num_pages)
    if results.total and not found:  # asked for a page beyond the last one
        results.clamped = True
        start = (results.number - 1) * PER_PAGE
        found = searcher.fetch(language_query, pages, start, start + PER_PAGE)
    results.hits = [_hit(page, request) for page in found]

    if results.number == 1:
        results.promotions = _promotions(query, locale, pages, request)
    if not results.total:
        results.other_languages = _other_languages(query, locale, readable, searcher, request)
    snippets.add(
        [*results.hits, *results.other_languages, *results.promotions],
        query.terms,
        _contact_settings(request),
    )
    return results


def _contact_settings(request):
    """Settings → Contact (snippets show contact details with their values), cached on the
    request for the page's help box and footer; None where no site answers."""
    try:
        return ContactSettings.for_request(request)
    except ContactSettings.DoesNotExist:
        return None


def _results_page(searcher, query, pages, start):
    """One page of results and the number of all results, in one query where the backend can
    (search/backends/postgres.py annotates ``search_total``)."""
    found = searcher.fetch(query, pages, start, start + PER_PAGE)
    if found and hasattr(found[0], "search_total"):
        return found, found[0].search_total
    if found or start:
        return found, searcher.count(query, pages)
    return found, 0


def _hit(page, request, url=None):
    return Hit(
        page=page,
        url=url or page.get_url(request),
        language=language_info(page.locale.language_code),
    )


def _promotions(query, locale, pages, request):
    promotions = (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(" ".join(text.words(query.text))),
            page__in=pages.values("pk"),
        )
        .select_related("page", "page__locale")
        .order_by("sort_order")
    )
    hits = []
    for promotion in promotions:
        hit = _hit(promotion.page, request)
        hit.description = promotion.description
        hits.append(hit)
    return hits


def _other_languages(query, locale, readable, searcher, request):
    """German, then English pages matching the query that are not translated into the reader's
    language (a reader of this language can't find them otherwise). A page links to the reader's
    alias of it where there is one, so the site around it stays in the reader's language."""
    translated = Page.objects.filter(locale=locale, alias_of__isnull=True, live=True).values(
        "translation_key"
    )
    alias_path = Page.objects.filter(alias_of=OuterRef("pk"), locale=locale, live=True)
    hits, seen = [], set()
    for code in dict.fromkeys([settings.LANGUAGE_CODE, "en"]):
        other = locale_id(code)
        if code == locale.language_code or other is None or len(hits) >= OTHER_LANGUAGES_LIMIT:
            continue
        pages = (
            readable.filter(locale_id=other)
            .exclude(translation_key__in=translated)
            .annotate(reader_alias_path=Subquery(alias_path.values("url_path")[:1]))
        )
        for page in searcher.fetch(LanguageQuery(query, code), pages, 0, OTHER_LANGUAGES_LIMIT):
            if page.translation_key in seen:  # the English version of a German hit
                continue
            seen.add(page.translation_key)
            alias = page.reader_alias_path and Page(url_path=page.reader_alias_path)
            hits.append(_hit(page, request, url=alias and alias.get_url(request)))
    return hits
