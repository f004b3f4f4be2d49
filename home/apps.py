from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "KOK: Start und Basis"

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
