"""Counselling places in the site search: a reader who types "KOBRA" or "Leipzig" finds the
place, with a link to it in the counselling-centre finder.

Places are not pages, so the page search does not see them. They are few (a few hundred at
most): the public list is loaded in one query and matched here in Python, on every backend alike
(Elasticsearch included), against the place's name, its organisation's name, its city and
region. Every term must begin a word there, ignoring case and accents ("leip" finds Leipzig).
"""

import unicodedata
from urllib.parse import urlencode

from home.models import SpecialPages
from multilingual.reader import Reader
from network.counselling import CounsellingPlace

from . import text

LIMIT = 10


def fold(value):
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(place):
    parts = (place.name, place.organisation.name, place.city, place.region)
    return [fold(word) for part in parts for word in text.words(part)]


def matching(query, request):
    """[(place, finder URL)] for a ``text.Query``; empty where the site has no finder page."""
    finder = SpecialPages.pages_for(Reader.of(request)).get("finder")
    if finder is None or not query.terms:
        return []
    terms = [fold(term.text) for term in query.terms if not term.phrase]
    if not terms:
        return []
    found = []
    for place in CounsellingPlace.objects.public().select_related("organisation"):
        words = _words(place)
        if all(any(word.startswith(term) for word in words) for term in terms):
            found.append(place)
            if len(found) == LIMIT:
                break
    base = finder.get_url(request)
    hits = []
    for place in found:
        params = {} if place.nationwide or not place.laender else {"land": place.laender[0]}
        query_string = f"?{urlencode(params)}" if params else ""
        hits.append((place, f"{base}{query_string}#place-{place.pk}"))
    return hits
