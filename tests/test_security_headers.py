"""Security headers and privacy of the public site, as an anonymous reader's browser gets them."""

import re
from html.parser import HTMLParser

from django.conf import settings

from wagtail.models import Page

import pytest

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models import HomePage

pytestmark = pytest.mark.django_db


def live_pages():
    """Every live page in every language the bootstrap built."""
    return list(Page.objects.live().filter(depth__gt=1).specific())


def directives(policy):
    parsed = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


class LoadedAssets(HTMLParser):
    """Addresses a browser loads by itself (not links the reader may follow)."""

    LOADING_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "audio", "video", "embed"}:
            self.urls += [attrs[name] for name in ("src", "srcset") if attrs.get(name)]
        elif tag == "link" and set((attrs.get("rel") or "").split()) & self.LOADING_RELS:
            self.urls.append(attrs.get("href", ""))
        elif tag == "object":
            self.urls.append(attrs.get("data", ""))


def loaded_assets(html):
    parser = LoadedAssets()
    parser.feed(html)
    return parser.urls


def assert_strict_public_policy(response):
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


def test_every_public_page_sends_the_strict_headers_and_no_cookie(client):
    pages = live_pages()
    assert {page.locale.language_code for page in pages} >= {"de", "en", "ar"}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert_strict_public_policy(response)
        assert not response.cookies, (page.url, list(response.cookies))
    assert not client.cookies


@pytest.mark.parametrize(
    "url", ["/de/seite-gibt-es-nicht/", "/en/search/?query=Hilfe", "/de/search/?query=Arbeit"]
)
def test_search_and_error_pages_are_as_strict(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert_strict_public_policy(response)
    assert not response.cookies


def test_public_html_has_no_inline_script_style_or_foreign_asset(client):
    # The CSP would block them anyway; this catches a template that relies on one.
    inline_script = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)
    handler = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
    for page in live_pages():
        html = client.get(page.url).content.decode()
        assert not inline_script.search(html), page.url
        assert not handler.search(html), page.url
        assert " style=" not in html, page.url
        assert "<iframe" not in html, page.url
        assets = loaded_assets(html)
        assert assets and all(url.startswith("/") and not url.startswith("//") for url in assets), (
            page.url,
            assets,
        )
        assert '<script src="/static/js/site.js" defer></script>' in html


def test_nothing_can_embed_other_hosts():
    # No oEmbed finder, no embed block and no embed feature in rich text: a video can only be
    # linked (the reader clicks and leaves), never loaded into our page.
    assert settings.WAGTAILEMBEDS_FINDERS == []
    assert "embed" not in RICH_TEXT_FEATURES
    assert "wagtail.embeds" not in settings.INSTALLED_APPS
    assert not any("embed" in name for name in BodyBlock.base_blocks)


def test_admin_has_its_own_policy_that_still_forbids_other_hosts(admin_client):
    home = HomePage.objects.get(locale__language_code="de")
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    assert b'id="page-edit-form"' in response.content
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the live preview frames the admin itself
    assert policy["object-src"] == ["'none'"]
    assert all(
        source.startswith("'") or source.endswith(":")
        for sources in policy.values()
        for source in sources
    ), "no other host may be allowed"
    assert "'unsafe-eval'" not in policy["script-src"]
    # Browsers post forms with "Origin: null" under no-referrer, which the CSRF check refuses.
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_admin_login_page_uses_admin_policy_and_sets_csrf_only_there(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"])["default-src"] == ["'self'"]
    # The login form posts, so it (and only it) gets the CSRF cookie.
    assert list(response.cookies) == [settings.CSRF_COOKIE_NAME]
