"""PO export and import of a page translation through the translation editor's views."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail_localize.models import StringTranslation

import polib
import pytest

from home.models import HomePage, StandardPage

from .pages import translate
from .translator_helpers import (
    editor_props,
    german,
    german_leaf_page,
    messages_of,
    publish_in_editor,
    translator,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic(client):
    """A fresh Arabic translation of a service page, opened by an Arabic translator."""
    translation, page = translate(german_leaf_page(StandardPage), "ar")
    assert stored_translations(translation) == []
    client.force_login(translator("ar"))
    return translation, page


def download(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    assert response["Content-Disposition"].endswith("-ar.po")
    return polib.pofile(response.content.decode())


def upload(client, translation, content, name="page-ar.po"):
    url = f"/admin/localize/translate/{translation.pk}/pofile/upload/"
    edit = f"/admin/pages/{translation.get_target_instance().pk}/edit/"
    data = {"next": edit}
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content, content_type="text/x-gettext-translation")
    response = client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == edit
    return messages_of(response)


def stored_translations(translation):
    return sorted(
        StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).values_list("context__path", "data")
    )


def test_editor_links_to_po_download_and_upload(client, arabic):
    translation, page = arabic
    links = editor_props(client.get(f"/admin/pages/{page.pk}/edit/"))["links"]
    assert links["downloadPofile"] == f"/admin/localize/translate/{translation.pk}/pofile/download/"
    assert links["uploadPofile"] == f"/admin/localize/translate/{translation.pk}/pofile/upload/"


def test_download_translate_offline_upload_publish(client, arabic):
    translation, page = arabic
    po = download(client, translation)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    assert len(po) > 5
    for entry in po:
        entry.msgstr = f"[ar] {entry.msgid}"

    messages = upload(client, translation, str(po).encode())
    assert [level for level, _text in messages] == ["success"]
    assert len(stored_translations(translation)) == len(po)

    assert publish_in_editor(client, f"/admin/pages/{page.pk}/edit/").status_code == 302
    page.refresh_from_db()
    assert page.title == f"[ar] {german_leaf_page(StandardPage).title}"
    assert page.live

    # The next download carries the uploaded translations.
    assert all(entry.msgstr.startswith("[ar] ") for entry in download(client, translation))


def other_page_po(client):
    translation, _page = translate(german(HomePage), "ar")
    po = download(client, translation)
    for entry in po:
        entry.msgstr = "سرقة"
    return str(po).encode(), translation


BAD_UPLOADS = {
    "not a PO file": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a valid PO file"),
    "plain text": (b"Dies ist kein PO.\nZweite Zeile\n", "error in line 1"),
    "broken syntax": (
        b'msgid ""\nmsgstr ""\n\nmsgid "Titel"\nmsgstr "a"\nmsgstr "b"\n',
        "error in line 6",
    ),
    "empty file": (b"", "is not a valid PO file"),
    "PO without translation ID": (
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        b'msgid "Titel"\nmsgstr "Title"\n',
        "has no translation ID",
    ),
}


@pytest.mark.parametrize("case", BAD_UPLOADS, ids=list(BAD_UPLOADS))
def test_bad_uploads_are_explained_and_change_nothing(client, arabic, case):
    translation, page = arabic
    before = stored_translations(translation)
    content, explanation = BAD_UPLOADS[case]

    messages = upload(client, translation, content, name="upload.po")

    assert len(messages) == 1
    level, text = messages[0]
    assert level == "error"
    assert "upload.po" in text and explanation in text and "Nothing was changed" in text
    assert stored_translations(translation) == before


def test_po_file_of_another_page_is_refused_by_name(client, arabic):
    translation, _page = arabic
    before = stored_translations(translation)
    content, other = other_page_po(client)
    other_before = stored_translations(other)

    [(level, text)] = upload(client, translation, content, name="startseite-ar.po")

    assert level == "error"
    assert f"belongs to “{other.source.object_repr}”" in text
    assert stored_translations(translation) == before
    assert stored_translations(other) == other_before


def test_po_file_of_another_language_is_refused(client, arabic):
    translation, _page = arabic
    english, _english_page = translate(translation.source.get_source_instance(), "en")
    po = english.export_po()
    for entry in po:
        entry.msgstr = "Stolen"
    before = stored_translations(translation)

    [(level, text)] = upload(client, translation, str(po).encode())
    assert level == "error" and "not to this translation" in text
    assert stored_translations(translation) == before


def test_untranslated_download_uploaded_unchanged_is_explained(client, arabic):
    translation, _page = arabic
    content = str(download(client, translation)).encode()
    [(level, text)] = upload(client, translation, content)
    assert level == "error" and "contains no translated text" in text
    assert stored_translations(translation) == []


def test_upload_without_file_is_explained(client, arabic):
    translation, _page = arabic
    [(level, text)] = upload(client, translation, None)
    assert level == "error" and "Choose a PO file" in text


def test_other_translators_cannot_download_or_upload(client, arabic):
    translation, _page = arabic
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "X"
    client.force_login(translator("en"))
    url = f"/admin/localize/translate/{translation.pk}/pofile/"
    assert client.get(url + "download/").status_code == 302
    response = client.post(url + "upload/", {"file": SimpleUploadedFile("x.po", str(po).encode())})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert stored_translations(translation) == []
