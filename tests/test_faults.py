"""Outages of Redis and Elasticsearch, for real: a Redis of the test's own is stopped and started
again, and Elasticsearch is replaced by a port that accepts connections and never answers.
Readers keep getting their pages and searches, the log stays quiet, and when Redis is back the
page cache works again without a restart.

Uses the production settings' cache configuration (``redis_caches``) and Elasticsearch timeout.
"""

import logging
import shutil
import socket
import subprocess
import threading
import time

from django.test import Client, override_settings

import pytest

from kokcms.settings.base import elasticsearch_backends, redis_caches
from search import service
from tests.pages import add_page, german_home
from tests.ports import free_port, wait_for_port

REDIS = shutil.which("redis-server")
PAGES = 20


class OwnRedis:
    """A redis-server on a port of its own, keeping nothing on disk."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (Debian's redis-server, fixed arguments)
            [REDIS, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for_port(self.port, deadline=20)

    def stop(self):
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def own_redis():
    if not REDIS:
        pytest.skip("redis-server is not installed")
    redis = OwnRedis()
    redis.start()
    yield redis
    if redis.process.poll() is None:
        redis.stop()


class Silent(threading.Thread):
    """Accepts connections and never answers: an Elasticsearch that hangs."""

    daemon = True

    def __init__(self):
        super().__init__()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.held = []

    def run(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.held:
            connection.close()


def reader():
    return Client(HTTP_HOST="localhost")


def test_pages_are_served_while_redis_is_stopped_and_cached_again_when_it_is_back(
    db, own_redis, caplog
):
    page = add_page(german_home(), "Während Redis fehlt", "Diese Seite bleibt erreichbar.")
    caches = redis_caches(f"redis://127.0.0.1:{own_redis.port}/0")
    with override_settings(CACHES=caches):
        assert reader().get(page.url)["X-Wagtail-Cache"] == "miss"
        assert reader().get(page.url)["X-Wagtail-Cache"] == "hit"
        own_redis.stop()
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            for _ in range(PAGES):
                response = reader().get(page.url)
                assert response.status_code == 200
                assert "Diese Seite bleibt erreichbar." in response.content.decode()
        assert [r for r in caplog.records if r.exc_info] == []  # no traceback at all
        assert len(caplog.records) <= 1
        own_redis.start()  # Redis back (empty): no restart of the app needed
        assert reader().get(page.url)["X-Wagtail-Cache"] == "miss"
        assert reader().get(page.url)["X-Wagtail-Cache"] == "hit"


def test_a_hanging_elasticsearch_costs_one_search_a_second_and_the_database_answers(db, caplog):
    add_page(german_home(), "Zwangsarbeit im Lager", "Zwangsarbeit im Lager: wer hilft?")
    silent = Silent()
    silent.start()
    backends = elasticsearch_backends(f"http://127.0.0.1:{silent.port}", "kokcms_faults")
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends), caplog.at_level(logging.WARNING):
            service.reset()
            started = time.monotonic()
            first = reader().get("/de/search/?q=Zwangsarbeit")
            waited = time.monotonic() - started
            assert first.status_code == 200
            assert "Zwangsarbeit im Lager" in first.content.decode()
            # It did hang (the database answered only after the timeout) and did not hang on:
            # the configured second, not the client's default of ten times as long.
            assert 0.9 < waited < 5
            again = [reader().get("/de/search/?q=Lager") for _ in range(5)]
            assert all("Zwangsarbeit im Lager" in r.content.decode() for r in again)
            assert len(silent.held) == 1  # left alone after the failure: one try, not six
            warnings = [r for r in caplog.records if r.name == "search.service"]
            assert len(warnings) == 1
            assert "answering from the database" in warnings[0].getMessage()
    finally:
        silent.close()
        service.reset()
