"""One backup = the database and the media files (images, documents) of one moment, restored
together.

django-dbbackup does the work, so each database gets its own tool: PostgreSQL's ``pg_dump`` in
its custom format, restored with ``pg_restore --clean`` in one transaction; SQLite's online
backup API (a consistent copy while the site serves). This module only pairs its two commands
(``dbbackup``, ``mediabackup``) under one name, ``<YYYY-MM-DD-HHMMSS>-database.<ext>.gz`` and
``…-media.tar.gz`` in the ``dbbackup`` storage (``BACKUP_DIR``, by default ``backups/`` in the
checkout), keeps the newest ``BACKUP_KEEP`` pairs, and restores a pair as one (newest by
default). Plain ``pg_dump`` plus ``tar`` would do the same for PostgreSQL, but not for SQLite,
and every operator would script the pairing and the retention anew.

Restoring is done with the app servers stopped: it replaces the database and the media files.
Afterwards the page cache is emptied, and Elasticsearch (when configured) is rebuilt from the
restored database.
"""

import re
from datetime import UTC, datetime

from django.conf import settings
from django.core.files.storage import storages

STAMP = "%Y-%m-%d-%H%M%S"
METADATA = ".metadata"  # django-dbbackup's note beside a database dump
NAME = re.compile(r"^(?P<stamp>\d{4}-\d\d-\d\d-\d{6})-(?P<kind>database|media)\.")


def storage():
    return storages["dbbackup"]


def new_stamp():
    return datetime.now(UTC).strftime(STAMP)


def database_filename(stamp, connector_extension):
    return f"{stamp}-database.{connector_extension}.gz"


def media_filename(stamp):
    return f"{stamp}-media.tar.gz"


def pairs():
    """{stamp: {"database": name, "media": name}} of the backups in storage, complete or not."""
    found = {}
    _dirs, files = storage().listdir("")
    for name in files:
        if name.endswith(METADATA):
            continue
        match = NAME.match(name)
        if match:
            found.setdefault(match["stamp"], {})[match["kind"]] = name
    return found


def complete(found=None):
    """The stamps of complete backups (database and media), newest first."""
    found = pairs() if found is None else found
    return sorted((s for s, kinds in found.items() if len(kinds) == 2), reverse=True)


def prune(keep=None):
    """Delete all but the newest ``keep`` complete backups (and incomplete older ones)."""
    keep = settings.BACKUP_KEEP if keep is None else keep
    found = pairs()
    stamps = complete(found)
    kept = set(stamps[:keep])
    newest = stamps[0] if stamps else ""
    removed = []
    for stamp, kinds in found.items():
        if stamp in kept or stamp > newest:  # a backup being written now is left alone
            continue
        for name in kinds.values():
            for file in (name, name + METADATA):
                if storage().exists(file):
                    storage().delete(file)
                    removed.append(file)
    return sorted(removed)
