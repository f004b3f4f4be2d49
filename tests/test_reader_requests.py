"""Readers' requests use the URLs without the admin and lean catalogues (kokcms/readers.py) and
read exactly as they do with Django's full ones; the admin keeps its URLs and translations."""

import re

from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest

from pagecache import invalidation

from .translator_helpers import translator

# Every page type and every kind of answer (results, none, refused input, 404, password form).
FULL_TOUR = ("de", "ro", "ar", "uk", "fa")
pytestmark = pytest.mark.django_db
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def tour(code):
    """The URLs to compare in ``code``: the whole tour in some languages, the essentials in all."""
    home = Page.objects.get(depth=2, locale__language_code=code)
    urls = [
        home.url,
        f"/{code}/search/?q=arbeit",
        f"/{code}/search/?q=zzzzqqq",
        f"/{code}/search/?q=" + "x" * 400,
        f"/{code}/search/?q=arbeit&page=99999999999999999999",
        f"/{code}/gibt-es-nicht/",
        f"/{code}/search",  # CommonMiddleware's redirect to the slash
    ]
    if code == settings.LANGUAGE_CODE:
        urls += ["/sitemap.xml", "/robots.txt", "/.well-known/security.txt", "/", "/gibt-es/"]
    if code in FULL_TOUR:
        seen = set()
        for page in home.get_descendants().live().specific().order_by("path"):
            if type(page) not in seen:
                seen.add(type(page))
                urls.append(page.url)
                urls.append(page.url + "?plz=abc&land=XX&page=0")
    return urls


def render(client, url, *, lean, data=None):
    invalidation.clear()  # nothing kept by one rendering may be served to the other
    with override_settings(LEAN_READER_REQUESTS=lean):
        response = client.post(url, data) if data else client.get(url)
    return (
        response.status_code,
        response.get("Location"),
        CSRF.sub("", response.content.decode()),
    )


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_public_pages_read_the_same_from_the_lean_catalogues(client, code):
    for url in tour(code):
        full = render(client, url, lean=False)
        lean = render(client, url, lean=True)
        assert full[:2] == lean[:2], url
        assert full[2] == lean[2], f"{url} reads differently in a reader's request"


def test_password_form_reads_the_same_from_the_lean_catalogues(client):
    page = Page.objects.filter(depth=3, locale__language_code="ro", live=True).first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    full = render(client, page.url, lean=False)
    lean = render(client, page.url, lean=True)
    assert full[0] == lean[0] == 200
    assert "password" in lean[2]
    assert full == lean
    wrong = f"/ro/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    full = render(client, wrong, lean=False, data={"password": "falsch", "return_url": page.url})
    lean = render(client, wrong, lean=True, data={"password": "falsch", "return_url": page.url})
    assert full[0] == lean[0] == 403  # the form again, with its error
    assert full == lean


def test_a_page_for_signed_in_users_sends_readers_to_the_sign_in_form(client):
    page = Page.objects.filter(depth=3, locale__language_code="de", live=True).first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    full = render(client, page.url, lean=False)
    lean = render(client, page.url, lean=True)
    assert full == lean
    assert lean[0] == 302 and "/_util/login/" in lean[1]
    assert client.get(lean[1]).status_code == 200


def test_the_admin_keeps_its_urls_and_translations_after_readers_pages(client):
    """A worker that has just served Romanian readers still shows a Romanian translator
    Wagtail's admin in Romanian, and code after a reader's request finds the admin's URLs."""
    assert client.get("/ro/").status_code == 200
    assert reverse("wagtailadmin_home") == "/admin/"
    assert client.get("/admin")["Location"] == "/admin/"  # typed without the slash
    user = translator("ro")
    profile = user.wagtail_userprofile
    profile.preferred_language = "ro"
    profile.save()
    client.force_login(user)
    dashboard = client.get("/admin/").content.decode()
    # Wagtail's own Romanian for its admin (wagtail/admin/locale/ro): "Log out".
    assert "Deconectare" in dashboard
