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

        from django.db.models.signals import post_delete, post_save

        from .about import Person, reindex_people_pages

        for signal in (post_save, post_delete):
            signal.connect(reindex_people_pages, sender=Person, dispatch_uid=f"people-{signal}")
