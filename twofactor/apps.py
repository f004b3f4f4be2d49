from django.apps import AppConfig


class TwoFactorConfig(AppConfig):
    name = "twofactor"
    verbose_name = "KOK: Zwei-Faktor-Anmeldung"
