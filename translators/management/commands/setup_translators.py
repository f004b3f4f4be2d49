"""Create one translator group per non-source locale. Safe to run again.

Members of "Translators: العربية (ar)" may translate, edit and publish the Arabic pages and
snippets, and nothing else: not the German source, not another language, no deletions (see
``translators/permissions.py``).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from translators.permissions import ensure_all_translator_groups


class Command(BaseCommand):
    help = "Create or complete the translator group of every non-source locale."

    def handle(self, *args, **options):
        with transaction.atomic():
            changes = ensure_all_translator_groups()
        self.stdout.write(self.style.SUCCESS(f"Translator groups ready: {changes} change(s)."))
