from django.apps import AppConfig


class SitecontentConfig(AppConfig):
    """KOK's own content (German source, shipped translations) and ``bootstrap_kok``, which
    builds the site from it. Sits above every page app; no page app imports it."""

    name = "sitecontent"
    verbose_name = "KOK: Inhalte"
