"""Court decisions in the site search: a lawyer who types "Zwangslage" or "LG Augsburg" finds
the decisions of KOK's case-law database, with their citation and a link to each.

Decisions are snippets, not pages, so the page search does not see them. They are found by the
case-law database's own text search (``information.caselaw.text_matches``: the German text and
the reader's language, on the database backend also where Elasticsearch serves the pages), the
newest first, a few at most, with a link to the database showing all of them for the same words.
Two queries, whatever the number of decisions.
"""

from urllib.parse import urlencode

from home import navigation
from information import caselaw
from multilingual.reader import Reader

LIMIT = 5


def matching(query, request):
    """(decisions, the database's address for all of them) for a ``text.Query``; nothing
    where the site has no case-law database in the reader's language."""
    reader = Reader.of(request)
    database = navigation.section(reader, "caselaw")
    words = [term.text for term in query.terms if not term.phrase]
    if database is None or not words:
        return [], None
    found = list(
        caselaw.decisions()
        .filter(translation_key__in=caselaw.text_matches(words, reader.locale))
        .select_related("court")
        .order_by("-date", "-pk")[: LIMIT + 1]
    )
    if not found:
        return [], None
    base = database.get_url(request)
    hits = [(decision, decision.url_on(database, request)) for decision in found[:LIMIT]]
    more = f"{base}?{urlencode({'q': ' '.join(words)})}" if len(found) > LIMIT else None
    return hits, more
