from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "kok_search"
    verbose_name = "KOK: Suche"

    def ready(self):
        from django.core.signals import setting_changed
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Locale

        from .backends.base import locales_changed
        from .service import settings_changed

        for signal in (post_save, post_delete):
            signal.connect(locales_changed, sender=Locale, dispatch_uid="kok-search-locales")
        setting_changed.connect(settings_changed, dispatch_uid="kok-search-settings")
