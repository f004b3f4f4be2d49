from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "kok_search"
    verbose_name = "KOK: Suche"
