"""PostgreSQL stopped under a running site, for real: a cluster of the test's own (Debian's
pg_createcluster, on a port of its own; never the shared server) holds a copy of the built site,
gunicorn serves it with the production settings and a page cache shared in Redis. The cluster is
stopped while readers keep coming, and started again.

What readers get meanwhile: pages kept in the page cache as before; everything else a 503 page
in their language with the emergency numbers and ``Retry-After``. The log gets one line per
failure kind and worker, not a traceback per request. When the cluster is back, pages come from
the database again without a restart.

Runs in the PostgreSQL run of .ci/run (the built site is a PostgreSQL database there).
"""

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import connection

import pytest
import redis

from tests.ports import free_port

ROOT = Path(settings.BASE_DIR)
VERSION = (
    next(iter(sorted(os.listdir("/etc/postgresql"))), "")
    if Path("/etc/postgresql").exists()
    else ""
)
READERS = 30

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="runs in the PostgreSQL run (.ci/run): the built site is a PostgreSQL database there",
    ),
    pytest.mark.skipif(
        not shutil.which("pg_createcluster") or os.geteuid() != 0,
        reason="needs Debian's pg_createcluster, run as root (as in CI)",
    ),
]


def run(tool, *args, check=True):
    return subprocess.run(  # noqa: S603 (Debian's PostgreSQL tools, fixed arguments)
        [shutil.which(tool) or tool, *args],
        check=check,
        capture_output=True,
        text=True,
        timeout=300,
    )


class OwnCluster:
    def __init__(self):
        self.name = f"kokfault{uuid.uuid4().hex[:6]}"
        self.port = free_port()

    def create(self):
        run("pg_createcluster", VERSION, self.name, "-p", str(self.port), "--", "--auth=trust")
        self.start()

    def start(self):
        run("pg_ctlcluster", "--skip-systemctl-redirect", VERSION, self.name, "start")

    def stop(self):
        run("pg_ctlcluster", "--skip-systemctl-redirect", VERSION, self.name, "stop", "-m", "fast")

    def drop(self):
        run("pg_dropcluster", "--stop", VERSION, self.name, check=False)

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/kokcms"


def get(port, path):
    request = Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "localhost"})  # noqa: S310
    try:
        with urlopen(request, timeout=30) as response:  # noqa: S310 (our own server)
            return response.status, dict(response.headers), response.read().decode()
    except HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def outage_site(built_site, tmp_path):
    cluster = OwnCluster()
    cluster.create()
    pages_db = 11
    shared = redis.Redis(port=6379, db=pages_db + 1)
    try:
        source = built_site.url
        run("createdb", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "kokcms")
        dump = tmp_path / "site.dump"
        run("pg_dump", "--format=custom", f"--file={dump}", source)
        run("pg_restore", "--no-owner", "-d", cluster.url, str(dump))
        port = free_port()
        log = tmp_path / "gunicorn.log"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kokcms.settings.production",
            "DATABASE_URL": cluster.url,
            "REDIS_URL": f"redis://127.0.0.1:6379/{pages_db}",
            "SECRET_KEY": "outage-test-key",
            "ALLOWED_HOSTS": "localhost",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(built_site.static),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "2",
        }
        for name in ("ELASTICSEARCH_URL", "KOKCMS_REQUIRE_DB_VENDOR"):
            env.pop(name, None)
        shared.flushdb()
        with open(log, "w") as errors:
            app = subprocess.Popen(  # noqa: S603 (our own interpreter and config)
                [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=errors,
            )
        try:
            deadline = time.monotonic() + 60
            while get_or_none(port) is None:
                assert app.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, "gunicorn did not answer"
                time.sleep(0.3)
            yield cluster, port, log
        finally:
            app.terminate()
            app.wait(timeout=30)
    finally:
        shared.flushdb()
        cluster.drop()


def get_or_none(port):
    try:
        return get(port, "/healthz")
    except OSError:
        return None


def test_a_stopped_database_gives_kept_pages_and_a_quiet_503_and_the_site_recovers(outage_site):
    cluster, port, log = outage_site
    status, headers, _body = get(port, "/de/")
    assert status == 200
    assert get(port, "/de/")[1].get("X-Wagtail-Cache") == "hit"
    before = log.read_text().count("\n")

    cluster.stop()
    answers = [get(port, "/de/") for _ in range(READERS)]
    assert {status for status, _h, _b in answers} == {200}  # the kept home page
    outage = [get(port, "/de/search/?q=Arbeit") for _ in range(READERS)]
    assert {status for status, _h, _b in outage} == {503}
    status, headers, body = outage[0]
    assert headers["Retry-After"] == "30"
    assert 'lang="de"' in body
    assert "110" in body and "116 016" in body
    arabic_status, _h, arabic = get(port, "/ar/search/?q=x")
    assert arabic_status == 503
    assert 'lang="ar"' in arabic and 'dir="rtl"' in arabic
    time.sleep(0.5)
    logged = log.read_text().splitlines()[before:]
    assert "Traceback" not in "\n".join(logged)
    assert len(logged) <= 4, logged  # one line per failure kind and worker

    cluster.start()
    deadline = time.monotonic() + 30
    while get(port, "/de/search/?q=Arbeit")[0] != 200:
        assert time.monotonic() < deadline, "the site did not come back with the database"
        time.sleep(0.5)
    assert get(port, "/de/search/?q=Arbeit")[0] == 200
    assert connection.vendor == "postgresql"
