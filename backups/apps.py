"""Backups: the database and the uploaded files together, and their restore (see ``archive``)."""

from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "backups"
    verbose_name = "Backups"
