"""The reader of one request: their language, locale and home page, and the ancestors and
language versions of the pages they are shown, built once per request and handed explicitly to
whatever needs them. The page itself comes from the template context, which holds it in the
admin's preview too, where no request is routed.

The reader's language is the URL's (``LocaleMiddleware`` sets ``request.LANGUAGE_CODE``) and is
taken once, when the reader is built: inside ``{% page_content %}`` Django's active language is
the *content's* (English or German standing in for an untranslated page), so nothing that asks
"which language does the reader read?" may call ``translation.get_language()`` there.

Everything here is memoised on the request, and what does not depend on who reads (the site,
home pages, ancestors and language versions) also in the page cache's shared store
(``pagecache.shared``), which is emptied on every change a page shows, for all app servers at
once: several app servers never disagree, and a page costs a cache read instead of SQL.
"""

import dataclasses

from django.conf import settings
from django.db.models import Subquery
from django.utils import translation
from django.utils.functional import cached_property

from wagtail.models import Locale, Page, Site

from pagecache.shared import remember

from .versions import page_languages

ANCESTOR_FIELDS = (
    "id",
    "path",
    "depth",
    "numchild",
    "title",
    "slug",
    "url_path",
    "locale_id",
    "translation_key",
    "content_type_id",
    "alias_of_id",
    "locale__language_code",
    "locale__id",
)


def is_protected(page):
    """Whether a view restriction applies to ``page`` (no query for a public page of ours:
    ``BasePage.get_view_restrictions``). Its fields are never kept outside the database."""
    return page.get_view_restrictions().exists()


class Reader:
    """Who reads, in which language, below which home page."""

    def __init__(self, request, language=None):
        self.request = request
        self.language = (
            language
            or getattr(request, "LANGUAGE_CODE", None)
            or translation.get_language()
            or settings.LANGUAGE_CODE
        )
        # The home page Wagtail routed this request through: the live home in the reader's
        # language, else the German one (``Page.route_for_request`` uses ``.localized``).
        self.routed_home = None
        self._memo = {}

    @classmethod
    def of(cls, request):
        """The request's reader, built on first use."""
        reader = request.__dict__.get("kok_reader")
        if reader is None:
            reader = request.kok_reader = cls(request)
        return reader

    def memo(self, key, compute, shared=False):
        """``compute()`` once per request; ``shared``: once per content change for every app
        server (``pagecache.shared``), for values that depend on nothing but the host, the
        reader's language and ``key`` (a tuple of strings and numbers)."""
        if key not in self._memo:
            if shared:
                self._memo[key] = remember(self._shared_parts(key), compute)
            else:
                self._memo[key] = compute()
        return self._memo[key]

    def kept(self, key):
        """What ``memo(key, ..., shared=True)`` keeps in the shared store now, or None: nothing
        is computed."""
        if key not in self._memo:
            value = remember(self._shared_parts(key), lambda: None)  # None is not kept
            if value is None:
                return None
            self._memo[key] = value
        return self._memo[key]

    def _shared_parts(self, key):
        return (self.host, self.language, *(key if isinstance(key, tuple) else (key,)))

    @cached_property
    def host(self):
        """What the site and absolute URLs depend on: scheme, host and port."""
        return f"{self.request.scheme}://{self.request.get_host()}"

    @cached_property
    def site(self):
        if not hasattr(self.request, "_wagtail_site"):  # Wagtail's own per-request memo
            self.request._wagtail_site = self.memo(
                "site", lambda: Site.find_for_request(self.request), shared=True
            )
        return self.request._wagtail_site

    @cached_property
    def root(self):
        """The home page in the reader's language (the German one if not translated)."""
        if self.routed_home is not None:
            return self.routed_home
        return self.memo("root", self.find_root, shared=True)

    def find_root(self):
        if self.site is None:
            return None
        same_home = Page.objects.filter(pk=self.site.root_page_id).values("translation_key")[:1]
        candidates = Page.objects.filter(
            translation_key=Subquery(same_home),
            locale__language_code__in={self.language, settings.LANGUAGE_CODE},
        ).select_related("locale")
        by_language = {page.locale.language_code: page for page in candidates}
        return by_language.get(self.language) or by_language.get(settings.LANGUAGE_CODE)

    @cached_property
    def locale(self):
        """The reader's Locale (no query when the home page in their language is loaded)."""
        root = self.root
        if root is not None and root.locale.language_code == self.language:
            return root.locale
        try:
            return Locale.objects.get_for_language(self.language)
        except (Locale.DoesNotExist, LookupError):
            return Locale.get_default()

    def ancestors(self, page):
        """The page's ancestors below the tree root (home page first)."""
        return self.memo(
            ("ancestors", page.pk),
            shared=True,
            compute=lambda: list(
                page.get_ancestors()
                .filter(depth__gt=1)
                .select_related("locale")
                .only(*ANCESTOR_FIELDS)
            ),
        )

    def know_ancestors(self, page, ancestors):
        """Remember ``page``'s ancestors below the tree root, found while routing."""
        self._memo[("ancestors", page.pk)] = ancestors

    def versions(self, page):
        """The language versions of ``page`` and what this reader gets (``PageLanguages``),
        about the page instance being rendered (the shared copy was computed for another)."""
        key = ("versions", page.pk)
        if key not in self._memo:
            found = self.memo(
                ("shared-versions", page.pk),
                lambda: page_languages(page, self.language),
                # An alias's versions hold their text: a protected page's is never kept.
                shared=not is_protected(page),
            )
            self._memo[key] = dataclasses.replace(found, page=page)
        return self._memo[key]
