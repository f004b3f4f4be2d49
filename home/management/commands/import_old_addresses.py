"""``manage.py import_old_addresses old.csv [--dry-run]``: the old site's addresses as
redirects to this site's pages (home/old_addresses.py)."""

from django.core.management.base import BaseCommand, CommandError

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
                self.stderr.write(f"line {line}: {message}")
            raise CommandError(f"{len(outcome.errors)} bad row(s); nothing was imported.")
        verb = "would be imported" if dry_run else "imported"
        self.stdout.write(f"{outcome.created} redirect(s) {verb}, {outcome.unchanged} unchanged.")
