"""``manage.py counselling_places import FILE [--dry-run]`` and ``... export [FILE]``.

The CSV columns are documented in ``network/places_io.py``. The import checks every row and
reports each bad one with its line number; if any row is bad it imports nothing. ``--dry-run``
only checks. The export writes the same format (to standard output without FILE), so
export → edit → import is the office's way to update many places at once.
"""

from django.core.management.base import BaseCommand, CommandError

from network import places_io


class Command(BaseCommand):
    help = "Import or export counselling places as CSV (see network/places_io.py for the columns)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        importing = sub.add_parser("import", help="Import a CSV file (all rows or none).")
        importing.add_argument("file")
        importing.add_argument("--dry-run", action="store_true", help="Check only; change nothing.")
        exporting = sub.add_parser("export", help="Export every place as CSV.")
        exporting.add_argument("file", nargs="?")

    def handle(self, *args, **options):
        if options["action"] == "export":
            if options["file"]:
                with open(options["file"], "w", encoding="utf-8", newline="") as handle:
                    count = places_io.export_csv(handle)
            else:
                count = places_io.export_csv(self.stdout)
            self.stderr.write(f"{count} place(s) exported.")
            return
        try:
            handle = open(options["file"], encoding="utf-8-sig", newline="")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error
        with handle:
            try:
                result = places_io.import_csv(handle, dry_run=options["dry_run"])
            except UnicodeDecodeError as error:
                raise CommandError(f"{options['file']} is not UTF-8: {error}") from error
        for line, message in result.errors:
            self.stderr.write(f"line {line}: {message}")
        if result.errors:
            raise CommandError(
                f"{len(result.errors)} problem(s) found; nothing was imported. Fix the lines above."
            )
        verb = "would import" if options["dry_run"] else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"All rows are valid; {verb} {result.places} place(s) "
                f"of {result.organisations} organisation(s)."
            )
        )
