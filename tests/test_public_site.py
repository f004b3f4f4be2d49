"""What an anonymous reader sees on the bootstrapped German site."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from information.models import FormOfExploitationPage
from network.models import NetworkBodyPage, NetworkIndexPage

from .pages import NetworkBodyPageFactory, query_budget

pytestmark = pytest.mark.django_db


def live_german_pages():
    return Page.objects.live().filter(locale__language_code="de", depth__gt=1).specific()


def test_root_redirects_to_german(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_every_german_page_renders_with_one_h1_and_landmarks(client):
    pages = list(live_german_pages())
    assert len(pages) >= 25, "bootstrap should build the whole site"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert html.count("<h1") == 1, page.url
        for landmark in ('<main id="main"', "<header", "<footer", "<nav"):
            assert landmark in html, (page.url, landmark)
        assert 'href="#main"' in html
        assert '<html lang="de" dir="ltr">' in html


def test_home_page_has_help_box_and_teasers(client):
    html = client.get("/de/").content.decode()
    assert "110" in html and "112" in html and "116 016" in html
    assert 'href="tel:116016"' in html
    assert "030 / 26 39 11 76" in html
    for form in FormOfExploitationPage.objects.filter(locale__language_code="de"):
        assert form.title in html
    assert 'href="/de/vernetzung/"' in html
    assert 'href="/de/spenden/"' in html


def test_forms_of_exploitation_are_all_there(client):
    titles = set(
        FormOfExploitationPage.objects.filter(locale__language_code="de").values_list(
            "slug", flat=True
        )
    )
    assert titles == {
        "sexuelle-ausbeutung",
        "arbeitsausbeutung",
        "erzwungene-betteltaetigkeit",
        "ausnutzung-strafbarer-handlungen",
        "organentnahme",
        "leihmutterschaft",
        "zwangsverheiratung",
        "illegale-adoption",
    }
    html = client.get("/de/formen-der-ausbeutung/arbeitsausbeutung/").content.decode()
    for heading in (
        "Einfach erklärt",
        "Darauf können Sie achten",
        "Ihre Rechte",
        "Hier bekommen Sie Hilfe",
    ):
        assert heading in html
    assert 'aria-label="Brotkrumen' in html or "breadcrumbs" in html


def test_mission_statement_shows_sections_and_adoption_date(client):
    html = client.get("/de/leitbild/").content.decode()
    for heading in (
        "Präambel",
        "Zweck und Ziele",
        "Grundlagen unserer Arbeit",
        "Arbeitsweise",
        "Aufgaben",
    ):
        assert f">{heading}</h2>" in html
    assert '<time datetime="2025-07-18">18.07.2025</time>' in html


def test_network_index_groups_national_and_international(client):
    html = client.get("/de/vernetzung/").content.decode()
    national = NetworkBodyPage.objects.filter(locale__language_code="de", scope="national")
    international = NetworkBodyPage.objects.filter(
        locale__language_code="de", scope="international"
    )
    assert national.count() >= 5 and international.count() >= 5
    assert html.index("National") < html.index("Europäisch und international")
    assert "Bund-Länder-Arbeitsgruppe Menschenhandel" in html
    assert "La Strada International" in html
    body = NetworkBodyPage.objects.get(locale__language_code="de", founded=1997)
    page_html = client.get(body.url).content.decode()
    assert "1997" in page_html and "BMFSFJ" in page_html


@pytest.mark.parametrize("count", [0, 20])
def test_query_count_is_bounded_and_flat(client, count):
    index = NetworkIndexPage.objects.get(locale__language_code="de")
    for _ in range(count):
        NetworkBodyPageFactory(parent=index)
    for page in live_german_pages():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        assert len(queries) <= query_budget(page), (page.url, len(queries))


def test_query_count_does_not_grow_with_children(client):
    index = NetworkIndexPage.objects.get(locale__language_code="de")
    with CaptureQueriesContext(connection) as before:
        client.get(index.url)
    for _ in range(15):
        NetworkBodyPageFactory(parent=index)
    with CaptureQueriesContext(connection) as after:
        html = client.get(index.url).content.decode()
    assert html.count("Gremium ") >= 15
    assert len(after) == len(before)


def test_unknown_url_gets_a_styled_404(client):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Seite nicht gefunden" in html
    assert "/static/css/site.css" in html
    assert '<main id="main"' in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Das Formular konnte nicht gesendet werden"), ("ar", "تعذّر إرسال النموذج")],
)
def test_a_form_sent_without_valid_token_gets_a_styled_403_in_the_readers_language(
    language, heading
):
    """E.g. a protected page's password form left open too long: no technical English page.
    The admin keeps Django's own explanation."""
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(f"/{language}/_util/authenticate_with_password/1/1/", {"password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert 'id="quick-exit"' in html and 'class="help-box"' in html
    admin = strict.post("/admin/login/", {"username": "x", "password": "y"})
    assert admin.status_code == 403 and b"CSRF" in admin.content
    assert 'id="quick-exit"' not in admin.content.decode()
