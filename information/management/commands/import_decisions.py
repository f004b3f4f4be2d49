"""``manage.py import_decisions FILE [--dry-run]``: decisions of the case-law database from CSV.

The columns are documented in ``information/caselaw_import.py``. Every bad row is reported with
its line number and nothing is imported while any row is bad; ``--dry-run`` only checks.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from information import caselaw_import


class Command(BaseCommand):
    help = "Import court decisions from CSV, all rows or none (columns: information/caselaw_import.py)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check only; change nothing.")

    def handle(self, *args, **options):
        try:
            handle = open(options["file"], encoding="utf-8-sig", newline="")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error
        with handle:
            try:
                result = caselaw_import.import_csv(handle, dry_run=options["dry_run"])
            except UnicodeDecodeError as error:
                raise CommandError(f"{options['file']} is not UTF-8: {error}") from error
        for line, message in result.errors:
            self.stderr.write(_("Line %(line)s: %(message)s") % {"line": line, "message": message})
        if result.errors:
            raise CommandError(
                ngettext(
                    "%(count)s problem found; nothing was imported. Fix the line above.",
                    "%(count)s problems found; nothing was imported. Fix the lines above.",
                    len(result.errors),
                )
                % {"count": len(result.errors)}
            )
        if options["dry_run"]:
            message = _("All rows are valid. Decisions that would be imported: %(count)s.")
        else:
            message = _("All rows are valid. Decisions imported: %(count)s.")
        self.stdout.write(self.style.SUCCESS(message % {"count": result.decisions}))
