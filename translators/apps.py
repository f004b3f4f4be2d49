from django.apps import AppConfig


class TranslatorsConfig(AppConfig):
    """The translators' workflow: locale-bound permissions, wagtail-localize extensions, status
    report and PO handling (no models of its own), and the admin in the translator's language
    (``admin_language.py``, the catalogues in ``locale/``)."""

    name = "translators"
    verbose_name = "KOK: Übersetzung"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, post_save

        from wagtail.models import Locale

        from . import admin_language, localize, offered_actions, permissions

        admin_language.install()
        localize.install()
        offered_actions.install()
        post_save.connect(
            permissions.on_locale_saved, sender=Locale, dispatch_uid="kok-translator-locale"
        )
        post_save.connect(permissions.on_page_saved, dispatch_uid="kok-translator-home-page")
        m2m_changed.connect(
            permissions.on_groups_changed,
            sender=get_user_model().groups.through,
            dispatch_uid="kok-translator-admin-language",
        )
