"""Operations endpoints and small holes (issue 13, in part): /healthz, /readyz, robots.txt,
security.txt, TRACE refused, page numbers beyond any integer, the CSRF cookie of a protected page
ending with the browser session."""

import datetime
import logging

from django.db import DatabaseError
from django.test import override_settings

import pytest

from home.models import ContactSettings, StandardPage
from kokcms import ops, outage
from pagecache import invalidation

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_asking_anything_and_is_never_cached(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"
    assert response.cookies == {}


def test_readyz_says_ready_when_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200 and response.content == b"ready\n"
    assert response["Cache-Control"] == "no-store"


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
)
def test_readyz_is_503_without_a_working_cache_and_says_nothing_more(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"not ready\n"


def test_readyz_is_503_when_the_database_does_not_answer(client, monkeypatch):
    class Broken:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr(ops, "connection", Broken())
    response = client.get("/readyz")
    assert response.status_code == 503
    assert b"refused" not in response.content


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_the_searches(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines and "Disallow: /*/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_security_txt_names_the_office_and_expires_within_a_year(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == f"mailto:{ContactSettings.objects.get().email}"
    expires = datetime.datetime.fromisoformat(fields["Expires"].replace("Z", "+00:00"))
    now = datetime.datetime.now(datetime.UTC)
    assert now < expires < now + datetime.timedelta(days=366)


@pytest.mark.parametrize("path", ["/de/search/?q=Arbeit", "/sitemap.xml", "/de/", "/healthz"])
def test_trace_is_refused_everywhere(client, path):
    response = client.generic("TRACE", path)
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert b"Arbeit" not in response.content


@pytest.mark.parametrize("number", ["99999999999999999999", "922337203685477582", "100001"])
def test_a_page_number_above_any_integer_shows_the_last_page(client, number):
    response = client.get("/de/search/", {"q": "Arbeit", "page": number})
    assert response.status_code == 200
    text = response.content.decode()
    assert 'id="search-results"' in text
    assert 'rel="next"' not in text  # the last page


def test_a_protected_pages_csrf_cookie_ends_with_the_browser_session(client):
    page = StandardPage.objects.live().filter(locale__language_code="de").first()
    page.view_restrictions.create(restriction_type="password", password="geheim")
    response = client.get(page.url)
    cookie = response.cookies["csrftoken"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""


# --- The database does not answer ------------------------------------------------------------
def test_a_database_failure_is_a_503_in_the_readers_language_logged_once(
    client, monkeypatch, caplog
):
    from django.db import OperationalError

    from home.models import HomePage

    client.get("/ar/")  # the numbers are read once, as on any running site
    # A page not in the page cache (kept pages are served on while the database is down:
    # tests/production/test_database_outage.py).
    invalidation.clear()
    original = HomePage.get_context

    def down(self, request, *args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(HomePage, "get_context", down)
    monkeypatch.setattr(outage, "_last_logged", {})
    with caplog.at_level(logging.WARNING):
        responses = [client.get("/ar/") for _ in range(5)]
    for response in responses:
        assert response.status_code == 503
        assert response["Retry-After"] == str(outage.RETRY_AFTER)
        assert response["Cache-Control"] == "no-store"
        text = response.content.decode()
        assert '<html lang="ar" dir="rtl">' in text
        assert 'href="tel:110"' in text and 'href="tel:116016"' in text
        assert "Connection refused" not in text
    lines = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(lines) == 1, [record.getMessage() for record in lines]
    assert lines[0].exc_info is None  # one line, no traceback
    # The database is back: the next request is served, no restart needed.
    monkeypatch.setattr(HomePage, "get_context", original)
    assert client.get("/ar/").status_code == 200


def test_other_errors_are_not_taken_for_an_outage():
    assert (
        outage.DatabaseOutageMiddleware(lambda request: None).process_exception(
            None, ValueError("a bug")
        )
        is None
    )
