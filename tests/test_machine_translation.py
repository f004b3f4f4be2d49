"""Machine translation: off by default, DeepL with DEEPL_API_KEY, offline in tests."""

import json
import os
import socket
import subprocess
import sys

from django.conf import settings
from django.test import override_settings

from wagtail_localize.machine_translators import deepl
from wagtail_localize.models import StringTranslation

import pytest

from home.models import StandardPage

from .pages import translate
from .translator_helpers import (
    editor_props,
    german_leaf_page,
    messages_of,
    publish_in_editor,
    translator,
)

pytestmark = pytest.mark.django_db

OFFLINE = {"CLASS": "tests.offline_translator.OfflineTranslator"}


@pytest.fixture
def no_network(monkeypatch):
    """Fail any connection to a host other than this machine (the database may be local TCP)."""
    real_connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(address, tuple) and host not in {"127.0.0.1", "::1", "localhost"}:
            raise AssertionError(f"network call to {address}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def arabic_page(client):
    """A fresh Arabic translation of a service page (no strings translated yet)."""
    translation, page = translate(german_leaf_page(StandardPage), "ar")
    client.force_login(translator("ar"))
    return translation, page


def machine_translate(client, translation, next_url):
    url = f"/admin/localize/translate/{translation.pk}/machine_translate/"
    return client.post(url, {"next": next_url})


def settings_in_subprocess(**env):
    """Import the settings in a fresh interpreter with the given environment."""
    code = (
        "import json; from kokcms.settings import base; "
        "print(json.dumps(getattr(base, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))"
    )
    environment = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"} | env
    result = subprocess.run(  # noqa: S603 (our own interpreter, fixed code)
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        cwd=settings.BASE_DIR,
        check=True,
    )
    return json.loads(result.stdout)


def test_machine_translation_is_off_without_a_key():
    assert settings_in_subprocess() is None


def test_deepl_is_configured_by_the_key():
    config = settings_in_subprocess(DEEPL_API_KEY="secret:fx")
    assert config["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert config["OPTIONS"]["AUTH_KEY"] == "secret:fx"


def test_editor_offers_no_machine_translation_by_default(client, arabic_page, no_network):
    translation, page = arabic_page
    edit = f"/admin/pages/{page.pk}/edit/"
    assert editor_props(client.get(edit))["machineTranslator"] is None
    response = machine_translate(client, translation, edit)
    assert response.status_code in (302, 404)  # Django's i18n 404 handling may redirect
    assert messages_of(response) == []
    assert not StringTranslation.objects.filter(
        context__object_id=translation.source.object_id, locale=translation.target_locale
    ).exists()


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=OFFLINE)
def test_machine_translate_fills_every_string(client, arabic_page, no_network):
    translation, page = arabic_page
    edit = f"/admin/pages/{page.pk}/edit/"
    offered = editor_props(client.get(edit))["machineTranslator"]
    assert offered["name"] == "Offline test translator"
    assert offered["url"] == f"/admin/localize/translate/{translation.pk}/machine_translate/"

    response = machine_translate(client, translation, edit)
    assert response.status_code == 302 and response["Location"] == edit
    assert [level for level, _text in messages_of(response)] == ["success"]

    strings = StringTranslation.objects.filter(
        context__object_id=translation.source.object_id, locale=translation.target_locale
    )
    segments = translation.source.stringsegment_set.count()
    assert strings.count() == segments > 5
    assert all(s.translation_type == "machine" and s.data.startswith("[ar] ") for s in strings)

    publish_in_editor(client, edit)
    page.refresh_from_db()
    german_page = StandardPage.objects.get(
        translation_key=page.translation_key, locale__language_code="de"
    )
    assert page.title == f"[ar] {german_page.title}"

    # A second run has nothing left to do and keeps the strings as they are.
    response = machine_translate(client, translation, edit)
    assert messages_of(response)[-1][0] == "warning"
    assert strings.count() == segments


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=OFFLINE)
def test_machine_translation_respects_translator_permissions(client, arabic_page, no_network):
    english, _page = translate(german_leaf_page(StandardPage), "en")
    response = machine_translate(client, english, "/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not StringTranslation.objects.filter(
        context__object_id=english.source.object_id, locale=english.target_locale
    ).exists()


def test_deepl_translator_sends_strings_to_deepl_only(monkeypatch, arabic_page):
    """What DeepL would receive, with the HTTP call replaced (nothing leaves this machine)."""
    calls = []

    class Reply:
        def json(self):
            return {"translations": [{"text": "مرحبا"}]}

    def fake_post(url, data, timeout, headers):
        calls.append((url, data, headers))
        return Reply()

    monkeypatch.setattr(deepl.requests, "post", fake_post)
    translation, _page = arabic_page
    translator_ = deepl.DeepLTranslator({"AUTH_KEY": "secret:fx"})
    segment = translation.source.stringsegment_set.select_related("string").first()
    result = translator_.translate(
        translation.source.locale, translation.target_locale, [segment.string.as_value()]
    )

    assert [value.data for value in result.values()] == ["مرحبا"]
    [(url, data, headers)] = calls
    assert url == "https://api-free.deepl.com/v2/translate"
    assert data["source_lang"] == "DE" and data["target_lang"] == "AR"
    assert headers == {"Authorization": "DeepL-Auth-Key secret:fx"}
