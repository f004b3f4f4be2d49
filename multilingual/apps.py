from django.apps import AppConfig


class MultilingualConfig(AppConfig):
    """Reader-side languages: page versions, fallback, redirects, alias sync, sitemap (no models)."""

    name = "multilingual"
    verbose_name = "KOK: Sprachen für Lesende"

    def ready(self):
        from . import catalogues

        catalogues.install()
