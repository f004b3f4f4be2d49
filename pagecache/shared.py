"""What every page around its content shows (site, menu, special pages, a page's language
versions and links), computed once per content change for all app servers instead of once per
request.

The values live in the page cache's own store (``WAGTAIL_CACHE_BACKEND``: Redis shared by all
app servers, or local memory), so ``pagecache.invalidation.clear()``, which empties that store
on every change a page shows, empties them with the kept pages: a page another app server has
just protected or unpublished is gone from every menu on the very next request, exactly as the
kept pages are. They are kept even when the page cache keeps no pages (``PAGE_CACHE_SECONDS=0``):
they cost a cache read instead of SQL. A store that is down (Redis) only costs the computation.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

MISSING = object()
PREFIX = "kok-shared"


def store():
    return caches[settings.WAGTAIL_CACHE_BACKEND]


def key_of(parts):
    """A short key of safe characters, the same in every process (``parts`` may hold a path)."""
    digest = hashlib.blake2b(repr(tuple(parts)).encode(), digest_size=16).hexdigest()
    return f"{PREFIX}:{digest}"


def remember(parts, compute):
    """``compute()``'s value under ``parts`` (a tuple of strings and numbers naming it: site,
    language, what), from the shared store, or computed and stored there. None is not kept
    (what is not found, such as an unknown path, is looked for again)."""
    cache = store()
    key = key_of(parts)
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        if value is not None:
            cache.set(key, value, settings.SHARED_CACHE_SECONDS)
    return value
