from django.apps import AppConfig


class InformationConfig(AppConfig):
    name = "information"
    verbose_name = "KOK: Informationen"
