from django.apps import AppConfig


class LinkCheckConfig(AppConfig):
    name = "linkcheck"
    verbose_name = "KOK: Linkprüfung"
