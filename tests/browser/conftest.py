"""Real Chromium against the live site: Debian's /usr/bin/chromium driven by Playwright.

Never downloads a browser. axe-core comes from the npm registry into tests/browser/node_modules
(`npm ci --prefix tests/browser`, done by `make test` and, when missing, by this file).

The site is served by a server thread that shares the test's database connection (see
``site``), not by pytest-django's ``live_server``: that one implies ``transactional_db``, which
flushes the database after each test and would wipe the session's bootstrapped site.
"""

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import WSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test.testcases import LiveServerThread

import pytest

from home.models import DonationPage, HomePage, StandardPage
from information.models import (
    CaseLawPage,
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    LibraryPage,
    MissionStatementPage,
    NewsIndexPage,
    NewsItemPage,
    PublicationPage,
)
from network.models import CounsellingFinderPage, NetworkBodyPage, NetworkIndexPage

# Every page type, in the order the browser tests visit them.
PAGE_TYPES = [
    HomePage,
    StandardPage,
    DonationPage,
    MissionStatementPage,
    FormsOfExploitationIndexPage,
    FormOfExploitationPage,
    NetworkIndexPage,
    NetworkBodyPage,
    CounsellingFinderPage,
    NewsIndexPage,
    NewsItemPage,
    LibraryPage,
    PublicationPage,
    CaseLawPage,
]

# Playwright's sync API keeps an event loop in this thread; Django's ORM refuses to run "in an
# async context" unless told that this test process knows what it is doing.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's Chromium is not installed at /usr/bin/chromium "
            "(apt-get install chromium; .ci/run installs it). Browsers are never downloaded."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists() and shutil.which("npm"):
        subprocess.run(  # noqa: S603 (fixed arguments)
            [shutil.which("npm"), "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"],
            check=False,
            capture_output=True,
            timeout=300,
        )
    if not AXE.exists():
        pytest.skip("axe-core is missing and npm is not available to install it")
    return AXE.read_text(encoding="utf-8")


class SerialServer(WSGIServer):
    """One request at a time, in the server thread, on the test's own database connection.

    Django's threaded test server closes the database connections after every request, which
    would end the test's transaction; serving requests one by one keeps it (Django then sends
    ``Connection: close``, so Chromium opens one connection per request).
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


class SharedConnectionServerThread(LiveServerThread):
    server_class = SerialServer


@pytest.fixture
def site(db, monkeypatch):
    """The bootstrapped site served to the browser from the test's own transaction.

    The browser sees what the test changes, and everything is rolled back afterwards like in
    any other test: no flush, so the session's bootstrapped site survives for later tests.
    Returns the base URL.
    """
    shared = {conn.alias: conn for conn in connections.all()}
    for conn in shared.values():
        conn.inc_thread_sharing()
        # Django's test client reconnects close_old_connections after each of its requests,
        # and the server thread closes its connections when it stops: neither may end the
        # test's transaction (PostgreSQL really closes; in-memory SQLite ignores it).
        monkeypatch.setattr(conn, "close_if_unusable_or_obsolete", lambda: None)
        monkeypatch.setattr(conn, "close", lambda: None)
    # As Django's test client does: a request must not close the test's connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    server = SharedConnectionServerThread("127.0.0.1", StaticFilesHandler, shared)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    try:
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.terminate()
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
        for conn in shared.values():
            conn.dec_thread_sharing()


class Visit:
    """A fresh browser context (no cache, no cookies) that records what the page does."""

    def __init__(self, browser, base_url, **options):
        self.base_url = base_url
        self.origin = "{0.scheme}://{0.netloc}".format(urlsplit(base_url))
        self.context = browser.new_context(**options)
        self.foreign = []  # requests to any other origin (blocked)
        self.dialogs = []
        self.console_errors = []
        self.allowed_hosts = {}  # host -> HTML to answer with instead of the network
        self.context.route("**/*", self._route)
        # Runs before any page script; not subject to the page's CSP.
        self.context.add_init_script(
            "window.__csp = [];"
            "document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )

    def _route(self, route):
        url = route.request.url
        if url.startswith((self.origin + "/", "data:", "about:")):
            route.continue_()
            return
        host = urlsplit(url).netloc
        if host in self.allowed_hosts:
            route.fulfill(status=200, content_type="text/html", body=self.allowed_hosts[host])
            return
        self.foreign.append(url)
        route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path):
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.ok, (path, response and response.status)
        return response

    def csp_violations(self):
        return self.page.evaluate("window.__csp")

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, site):
    visits = []

    def open_visit(**options):
        opened = Visit(browser, site, **options)
        visits.append(opened)
        return opened

    yield open_visit
    for opened in visits:
        opened.close()
