"""``manage.py backup``: the database and the media files, under one name (backups.archive)."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from dbbackup.db.base import get_connector

from backups import archive


class Command(BaseCommand):
    help = "Back up the database and the media files together; keep the newest BACKUP_KEEP."

    def handle(self, *args, **options):
        # A site without uploads yet has no media folder: its backup holds an empty archive.
        Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
        stamp = archive.new_stamp()
        extension = get_connector(connection.alias).extension
        database = archive.database_filename(stamp, extension)
        media = archive.media_filename(stamp)
        quiet = {"verbosity": 0, "stdout": self.stdout, "stderr": self.stderr}
        call_command("dbbackup", "--compress", "--output-filename", database, **quiet)
        call_command("mediabackup", "--compress", "--output-filename", media, **quiet)
        removed = archive.prune()
        self.stdout.write(f"Backed up as {stamp}: {database}, {media}")
        for name in removed:
            self.stdout.write(f"Removed old backup file {name}")
