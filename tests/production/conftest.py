"""A built site outside the tests' transaction, for tests that run it as production does: in
other processes (the production server's workers, the backup and restore commands).

Built once per test session, on the database of the run (``migrate`` and ``bootstrap_kok`` in a
subprocess, about two minutes): an SQLite file, or a PostgreSQL database on the server of the
run's ``DATABASE_URL``, with its static files collected as in production. The build starts in a
background thread as soon as the tests are collected (when any of them needs it), so it runs on
the second core while the tests before it run. Each test gets a copy of its own (a file copy, or
``CREATE DATABASE … TEMPLATE``) with its own media and backup folders, and may change or wipe
it.
"""

import os
import shutil
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from django.conf import settings
from django.db import connection

import psycopg
import pytest

ROOT = Path(settings.BASE_DIR)


class Instance:
    """One copy of the built site: its environment, and commands run in it."""

    def __init__(self, database_url, folder, static, admin=None):
        self.folder = folder
        self.static = static
        self.media = folder / "media"
        self.backups = folder / "backups"
        self.database_url = database_url
        self.admin = admin
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kokcms.settings.base",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(self.media),
            "BACKUP_DIR": str(self.backups),
            "STATIC_ROOT": str(static),
            "SECRET_KEY": "production-like-test-key",
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        for name in ("REDIS_URL", "ELASTICSEARCH_URL", "KOKCMS_REQUIRE_DB_VENDOR"):
            self.env.pop(name, None)

    def run(self, *args, env=None, timeout=600):
        done = subprocess.run(  # noqa: S603 (our own interpreter and commands)
            [sys.executable, *args],
            env={**self.env, **(env or {})},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"{args}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
        return done.stdout

    def manage(self, *args, **kwargs):
        return self.run("manage.py", *args, **kwargs)

    def python(self, script, **kwargs):
        return self.run("-c", "import django; django.setup()\n" + script, **kwargs)

    def wipe_database(self):
        """The database is gone: the SQLite file deleted, the PostgreSQL database dropped and
        created empty."""
        if self.database_url.startswith("sqlite"):
            path = Path(self.database_url.removeprefix("sqlite:///"))
            for file in path.parent.glob(path.name + "*"):
                file.unlink()
        else:
            name = self.database_url.rsplit("/", 1)[1]
            self.admin(f'DROP DATABASE "{name}"')
            self.admin(f'CREATE DATABASE "{name}"')


class BuiltSite:
    def __init__(self, folder):
        self.folder = folder
        self.vendor = connection.vendor
        self.copies = []
        self.name = f"kokcms_built_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        if self.vendor == "postgresql":
            db = settings.DATABASES["default"]
            self.server = (
                f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
            )
            self.admin(f'CREATE DATABASE "{self.name}"')
            url = f"{self.server}/{self.name}"
        else:
            url = f"sqlite:///{folder / 'built.sqlite3'}"
        self.static = folder / "static"
        builder = Instance(url, folder / "built", self.static)
        builder.manage("collectstatic", "--noinput", "-v0")
        builder.manage("migrate", "--noinput", "-v0")
        builder.manage("bootstrap_kok", "--no-admin")
        self.url = url

    def admin(self, sql):
        db = settings.DATABASES["default"]
        with psycopg.connect(
            host=db["HOST"] or "127.0.0.1",
            port=db["PORT"] or 5432,
            user=db["USER"],
            password=db.get("PASSWORD") or None,
            dbname="postgres",
            autocommit=True,
        ) as admin:
            admin.execute(sql)

    def copy(self, folder):
        folder.mkdir(parents=True, exist_ok=True)
        built_media = self.folder / "built" / "media"  # the demo's documents (sample PDFs)
        if built_media.exists():
            shutil.copytree(built_media, folder / "media")
        if self.vendor == "postgresql":
            name = f"{self.name}_{len(self.copies)}"
            self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
            self.copies.append(name)
            return Instance(f"{self.server}/{name}", folder, self.static, admin=self.admin)
        target = folder / "site.sqlite3"
        shutil.copyfile(self.folder / "built.sqlite3", target)
        return Instance(f"sqlite:///{target}", folder, self.static)

    def remove(self):
        if self.vendor == "postgresql":
            for name in [*self.copies, self.name]:
                self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Build(threading.Thread):
    """``BuiltSite`` made in the background; ``result()`` waits for it."""

    def __init__(self, folder):
        super().__init__(daemon=True, name="built-site")
        self.folder = folder
        self.site = self.error = None

    def run(self):
        try:
            self.site = BuiltSite(self.folder)
        except BaseException as error:  # noqa: BLE001 (handed to the test that waits for it)
            self.error = error

    def result(self):
        self.join()
        if self.error is not None:
            raise self.error
        return self.site


_build = None


def pytest_collection_modifyitems(session, config, items):
    """Start building as soon as the tests are known, if one of them needs the built site."""
    global _build
    needed = any("built_site" in getattr(item, "fixturenames", ()) for item in items)
    if needed and _build is None and connection.vendor in ("sqlite", "postgresql"):
        _build = Build(session.config._tmp_path_factory.mktemp("built-site"))
        _build.start()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    global _build
    if connection.vendor not in ("sqlite", "postgresql"):
        pytest.skip("a built site is made for SQLite and PostgreSQL")
    if _build is None:  # collected in another way: build now
        _build = Build(tmp_path_factory.mktemp("built-site"))
        _build.start()
    site = _build.result()
    yield site
    site.remove()


@pytest.fixture
def instance(built_site, tmp_path):
    """A copy of the built site of this test's own."""
    return built_site.copy(tmp_path / "site")
