from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "KOK: Start und Basis"

    def ready(self):
        from wagtail.signals import page_published

        from . import (
            checks,  # noqa: F401 (registers the system checks)
            german_parts,
        )

        page_published.connect(german_parts.record, dispatch_uid="home.german_parts.record")
