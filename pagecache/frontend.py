"""The reverse proxy's copies of a changed page, renewed in every language right after the
change: a ``wagtail.contrib.frontend_cache`` backend for Debian's nginx (deploy/nginx.conf).

Missing upstream: Wagtail's ``HTTPBackend`` sends ``PURGE`` requests, which only an nginx built
with the third-party cache-purge module understands; Debian's nginx packages do not have it.
This backend asks the proxy's refresh listener (a loopback or private port of nginx that always
fetches anew and stores what it gets, ``proxy_cache_bypass``) for each URL instead, so the old
copy is replaced, not only dropped. Wagtail's frontend-cache task turns each page URL into one
per content language (``WAGTAILFRONTENDCACHE_LANGUAGES``): the aliases that show a German page
in every other language are renewed with it. The refresh runs after the commit, once the page
cache is emptied (pagecache/invalidation.py), in a thread: an editor's publish never waits for
it, and a proxy that is down costs a log line. Delete this module when Debian's nginx can purge
or Wagtail has a refresh backend.

Besides the page itself (Wagtail's signal handlers), the pages that list it are renewed: its
parent (a list of cards) and the home page (teasers, menu). Everything else that shows it (the
menus of other pages) is at most ``PROXY_SECONDS`` old, the longest the proxy keeps a page.
"""

import logging
import threading
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.db import transaction

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

logger = logging.getLogger(__name__)
PENDING = threading.local()  # URLs to renew after the current transaction, per thread


class NginxRefreshBackend(BaseBackend):
    """``LOCATIONS``: the refresh listeners of every proxy (one per app server), e.g.
    ``["http://127.0.0.1:8081"]``; ``TIMEOUT``: seconds per request (5)."""

    def __init__(self, params):
        super().__init__(params)
        self.locations = [location.rstrip("/") for location in params["LOCATIONS"]]
        self.timeout = float(params.get("TIMEOUT", 5))

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        """Collect the URLs of one transaction (a German page and its aliases are published
        together, each with its own signal) and renew each once, after the commit."""
        pending = PENDING.__dict__.setdefault("urls", {})
        pending.update(dict.fromkeys(urls))
        transaction.on_commit(self.flush)

    def flush(self):
        urls = list(PENDING.__dict__.pop("urls", {}))
        if urls:
            threading.Thread(target=self.refresh, args=(urls,)).start()  # finished before exit

    def refresh(self, urls):
        failed = 0
        for url in urls:
            parts = urlsplit(url)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            for location in self.locations:
                request = Request(location + path, headers={"Host": parts.netloc})  # noqa: S310
                try:
                    with urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                        response.read()
                except OSError:  # HTTPError (a 404 of an unpublished page) included
                    failed += 1
        if failed:
            logger.info(
                "frontend cache: %s of %s refreshes not answered with 200", failed, len(urls)
            )


def purge_listing_pages(instance, **kwargs):
    """A published or unpublished page: renew its parent and its home page too."""
    page = instance
    related = [page.get_parent()] if page.depth > 2 else []
    if page.depth > 3:
        related.append(page.get_ancestors().get(depth=2))
    related = [ancestor.specific for ancestor in related if ancestor.live]
    if related:
        purge_pages_from_cache(related)


def connect():
    from django.apps import apps

    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished

    for model in apps.get_models():
        if issubclass(model, Page):
            for signal in (page_published, page_unpublished):
                signal.connect(purge_listing_pages, sender=model, dispatch_uid=("kok-fc", model))
