"""Compile locale/*/LC_MESSAGES/*.po to .mo with polib.

Django's ``compilemessages`` shells out to GNU gettext's ``msgfmt``, which a fresh machine does
not have; polib writes the same binary catalogues in pure Python.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import polib


class Command(BaseCommand):
    help = "Compile every .po catalogue under LOCALE_PATHS to .mo (pure Python)."

    def handle(self, *args, **options):
        count = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as exc:
                    raise CommandError(f"{po_path}: {exc}") from exc
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                catalogue.save_as_mofile(str(mo_path))
                count += 1
        self.stdout.write(self.style.SUCCESS(f"Compiled {count} catalogue(s)."))
