"""The anonymous page cache (wagtail-cache), its rules and its invalidation: see ``rules``."""

from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from django.conf import settings

        from . import frontend, invalidation

        invalidation.connect()
        if settings.WAGTAILFRONTENDCACHE:
            frontend.connect()
