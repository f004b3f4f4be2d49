"""``manage.py restore [STAMP]``: a backup's database and media files, together
(backups.archive). Stop the app servers first."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from backups import archive


class Command(BaseCommand):
    help = "Restore a backup (the newest unless STAMP is given): database and media files."

    def add_arguments(self, parser):
        parser.add_argument("stamp", nargs="?", help="e.g. 2026-12-01-030000 (default: newest)")
        parser.add_argument("--list", action="store_true", help="list the complete backups")
        parser.add_argument("--noinput", action="store_true", help="do not ask before replacing")

    def handle(self, *args, stamp=None, list=False, noinput=False, **options):  # noqa: A002
        stamps = archive.complete()
        if list:
            for name in stamps:
                self.stdout.write(name)
            return
        if not stamps:
            raise CommandError(f"No complete backup in {settings.BACKUP_DIR}.")
        stamp = stamp or stamps[0]
        if stamp not in stamps:
            raise CommandError(f"No complete backup {stamp}; there are: {', '.join(stamps)}")
        if not noinput:
            answer = input(f"Replace the database and the media files with backup {stamp}? [y/N] ")
            if answer.strip().lower() not in {"y", "yes", "j", "ja"}:
                raise CommandError("Nothing restored.")
        kinds = archive.pairs()[stamp]
        quiet = {"verbosity": 0, "stdout": self.stdout, "stderr": self.stderr}
        self.forget_sqlite_journal()
        call_command("dbrestore", "--uncompress", "--noinput", "-i", kinds["database"], **quiet)
        connection.close()
        call_command(
            "mediarestore", "--uncompress", "--replace", "--noinput", "-i", kinds["media"], **quiet
        )
        self.after_restore()
        self.stdout.write(f"Restored backup {stamp}.")

    @staticmethod
    def forget_sqlite_journal():
        """SQLite: the file is replaced whole; a write-ahead log left beside it would be
        replayed onto the restored database. Close, and remove the old database's log."""
        if connection.vendor != "sqlite":
            return
        connection.close()
        name = Path(connection.settings_dict["NAME"])
        for suffix in ("-wal", "-shm"):
            name.with_name(name.name + suffix).unlink(missing_ok=True)

    def after_restore(self):
        from pagecache import invalidation

        invalidation.clear()
        if "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]:
            call_command("update_index", backend_name="default", verbosity=0)
