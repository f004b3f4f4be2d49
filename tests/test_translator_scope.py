"""A translator sees their own language in the admin and nothing of the others: lists, histories,
the admin API behind the explorer and the choosers, uploads, site-wide reports
(translators/scope.py). Editors keep the whole admin."""

import io
import json

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

import pytest
from PIL import Image as Picture

from home.models import HelpBox

from .pages import locale
from .translator_helpers import make_user, translator

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def romanian():
    return signed_in(translator("ro"))


@pytest.fixture
def editor():
    from django.contrib.auth.models import Group

    return signed_in(make_user("editor", Group.objects.get(name="Editors")))


@pytest.fixture
def uploads():
    buffer = io.BytesIO()
    Picture.new("RGB", (8, 8), (1, 2, 3)).save(buffer, "PNG")
    image = Image.objects.create(
        title="Geheimes Bild", file=ContentFile(buffer.getvalue(), "g.png")
    )
    document = Document.objects.create(
        title="Internes Protokoll", file=ContentFile(b"%PDF-1.4 intern", "protokoll.pdf")
    )
    return image, document


def test_the_admin_api_lists_no_upload_to_a_translator_and_every_upload_to_an_editor(
    romanian, editor, uploads
):
    for path in ("/admin/api/main/images/", "/admin/api/main/documents/"):
        assert romanian.get(path).status_code == 403
    image, document = uploads
    assert romanian.get(f"/admin/api/main/images/{image.pk}/").status_code == 403
    assert romanian.get(f"/admin/api/main/documents/{document.pk}/").status_code == 403
    listed = json.loads(editor.get("/admin/api/main/documents/").content)
    assert "Internes Protokoll" in [item["title"] for item in listed["items"]]


def test_the_page_explorer_api_shows_a_translator_their_language_only(romanian, editor):
    root_children = "/admin/api/main/pages/?child_of=1&fields=locale"
    theirs = json.loads(romanian.get(root_children).content)["items"]
    assert {item["meta"]["locale"] for item in theirs} == {"ro"}
    # Asking for another language does not help.
    asked = json.loads(romanian.get(root_children + "&locale=de").content)["items"]
    assert {item["meta"]["locale"] for item in asked} == {"ro"}
    everyone = json.loads(editor.get(root_children).content)["items"]
    assert {"de", "ro", "ar"} <= {item["meta"]["locale"] for item in everyone}


def test_snippet_lists_and_histories_of_other_languages_are_closed_to_a_translator(romanian):
    office = signed_in(make_user("office", superuser=True))
    german_box = HelpBox.objects.get(locale=locale("de"))
    romanian_box = HelpBox.objects.get(locale=locale("ro"))
    assert romanian.get(f"/admin/snippets/home/helpbox/history/{german_box.pk}/").status_code == 403
    assert (
        romanian.get(f"/admin/snippets/home/helpbox/history/{romanian_box.pk}/").status_code == 200
    )
    listing = romanian.get("/admin/snippets/home/helpbox/?locale=de").content.decode()
    assert f"/admin/snippets/home/helpbox/edit/{romanian_box.pk}/" in listing
    assert f"/admin/snippets/home/helpbox/edit/{german_box.pk}/" not in listing
    offices_listing = office.get("/admin/snippets/home/helpbox/?locale=de").content.decode()
    assert f"/admin/snippets/home/helpbox/edit/{german_box.pk}/" in offices_listing
    assert office.get(f"/admin/snippets/home/helpbox/history/{german_box.pk}/").status_code == 200


def test_the_page_search_finds_a_translator_pages_of_their_language_only(romanian):
    german_home = Page.objects.get(depth=2, locale=locale("de"))
    found = romanian.get("/admin/pages/search/", {"q": german_home.title}).content.decode()
    assert f"/admin/pages/{german_home.pk}/" not in found


def test_site_wide_reports_are_closed_to_a_translator_and_their_own_report_is_open(
    romanian, editor
):
    for path in ("/admin/reports/site-history/", "/admin/reports/aging-pages/"):
        assert romanian.get(path).status_code == 403
        assert editor.get(path).status_code == 200
    assert romanian.get("/admin/reports/translation-status/").status_code == 200
