"""``manage.py import_old_addresses old.csv [--dry-run]``: the old site's addresses as
redirects to this site's pages (home/old_addresses.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Site

from home import old_addresses


class Command(BaseCommand):
    help = "Import old addresses (CSV columns: from, to) as permanent redirects to pages."

    def add_arguments(self, parser):
        parser.add_argument("csv_file")
        parser.add_argument("--dry-run", action="store_true", help="Check only, save nothing.")

    def handle(self, csv_file, dry_run=False, **options):
        site = Site.objects.get(is_default_site=True)
        try:
            with open(csv_file, encoding="utf-8-sig", newline="") as handle:
                outcome = old_addresses.import_csv(handle, site, dry_run=dry_run)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{csv_file}: {error}") from error
        if outcome.errors:
            for line, message in outcome.errors:
                self.stderr.write(
                    _("Line %(line)s: %(message)s") % {"line": line, "message": message}
                )
            raise CommandError(
                ngettext(
                    "%(count)s bad row; nothing was imported.",
                    "%(count)s bad rows; nothing was imported.",
                    len(outcome.errors),
                )
                % {"count": len(outcome.errors)}
            )
        counts = {"created": outcome.created, "unchanged": outcome.unchanged}
        if dry_run:
            message = _("Redirects that would be imported: %(created)s; unchanged: %(unchanged)s.")
        else:
            message = _("Redirects imported: %(created)s; unchanged: %(unchanged)s.")
        self.stdout.write(message % counts)
