"""The publications and leaflets library (issue 15) as readers and editors meet it: facet counts
that are the number of results they lead to, bad parameters named with a 400, every file a plain
download link with its language, format and size, the home page's leaflets in the reader's
language only, the site search, a bounded number of queries and a small first load, and the
admin's document upload refusing a file that is not what its name says or is too large, leaving
nothing behind."""

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.models import Collection

import pytest

from information.publications import (
    LibraryPage,
    PublicationFile,
    PublicationPage,
    PublicationType,
)
from multilingual.sync import synchronise_locales
from sitecontent.publications_demo import sample_pdf
from tests.pages import query_budget
from tests.translator_helpers import make_user

pytestmark = pytest.mark.django_db

SELECT = re.compile(r'<select id="library-[\w-]+" name="(\w+)">(.*?)</select>', re.S)
OPTION = re.compile(r'<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)</option>')
TOTAL = re.compile(r'data-total="(\d+)"')
Document = get_document_model()


def library(code="de"):
    return LibraryPage.objects.get(locale__language_code=code)


def get(client, params=None, code="de"):
    query = f"?{urlencode(params)}" if params else ""
    return client.get(library(code).url + query)


def options(html):
    return {
        name: {value: int(count) for value, count in OPTION.findall(body)}
        for name, body in SELECT.findall(html)
    }


def total(html):
    return int(TOTAL.search(html).group(1))


def add_publication(title, *, languages=("de",), kind=PublicationType.STUDY, year=2024, code="de"):
    content = sample_pdf(title, ["Test"])
    document = Document.objects.create(
        title=f"Datei {title}", file=ContentFile(content, "test.pdf"), file_size=len(content)
    )
    page = PublicationPage(
        title=title, introduction=f"Kurz: {title}.", publication_type=kind, year=year
    )
    page.files = [PublicationFile(document=document, language=language) for language in languages]
    library(code).add_child(instance=page)
    page.save_revision().publish()
    synchronise_locales()  # its aliases in the other languages, as on publishing
    return page


# --- The library ---------------------------------------------------------------------------------
@pytest.mark.parametrize("params", [{}, {"type": "leaflet"}, {"language": "en"}])
def test_every_count_is_the_number_of_results_its_option_leads_to(client, params):
    response = get(client, params)
    assert response.status_code == 200
    offered = options(response.content.decode())
    assert set(offered) == {"type", "audience", "language", "topic", "form"}
    checked = 0
    for name, values in offered.items():
        for value, count in values.items():
            assert count > 0, (name, value)  # no option that leads nowhere
            chosen = {**params, name: value}
            html = get(client, chosen).content.decode()
            assert total(html) == count, chosen
            assert html.count('<article class="publication">') == min(count, 12)
            checked += 1
    assert checked >= 5


def test_the_library_lists_newest_first_and_filters_by_the_language_of_a_file(client):
    html = get(client).content.decode()
    titles = re.findall(r'class="publication__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles[0].startswith("Menschenhandel und Ausbeutung im Kontext")  # 2023
    assert titles[-1].startswith("Entwicklung tragfähiger")  # 2011
    arabic = get(client, {"language": "ar"}).content.decode()
    assert total(arabic) == 1
    assert "Übersichtsflyer" in arabic


def test_every_file_is_a_plain_link_with_its_language_format_and_size(client):
    html = get(client, {"type": "leaflet"}).content.decode()
    links = re.findall(
        r'<a href="(/documents/[^"]+)" hreflang="(\w+)" type="application/pdf">'
        r'<span lang="(\w+)" dir="(\w+)">([^<]+)</span>.*?\(PDF, ([^)]+)\)',
        html,
    )
    found = {
        hreflang: (lang, direction, name, size)
        for _url, hreflang, lang, direction, name, size in links
    }
    assert set(found) == {"de", "ar", "ru", "uk", "vi"}
    assert found["ar"][:3] == ("ar", "rtl", "العربيّة")
    assert found["uk"][2] == "Українська"
    assert all(
        re.fullmatch(r"[\d,.]+\s(KB|Bytes|bytes)", size.replace("\xa0", " "))
        for *_rest, size in found.values()
    )
    url = links[0][0]
    download = client.get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"type": "novel"}, "%(filter)s: we do not know this choice, so we left it out."),
        ({"topic": "x" * 10_000}, "%(filter)s: we do not know this choice, so we left it out."),
        ({"language": "klingon"}, "%(filter)s: we do not know this choice, so we left it out."),
        (
            [("type", "study"), ("type", "leaflet")],
            "Please choose one value for each filter. We used the first one.",
        ),
        ({"page": "zwei"}, "This page number is not valid. Please use the links to the pages."),
    ],
)
def test_bad_parameters_are_named_and_answered_with_400(client, query, message):
    response = client.get(library().url + "?" + urlencode(query))
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override("de"):
        # The filter's name is a new string, in English until translators fill the catalogue.
        text = translation.gettext(message).replace("%(filter)s", "")
    assert escape(text) in html
    assert 'id="library-results-heading"' in html  # the list is still there


def test_the_english_library_lists_untranslated_publications_marked_german(client):
    add_publication("Neue Studie ohne Übersetzung")
    html = get(client, code="en").content.decode()
    assert total(html) == 8
    assert "KOK Annual Review 2022" in html  # translated
    assert '<span lang="de" dir="ltr">Neue Studie ohne Übersetzung</span>' in html
    assert '<span class="lang-tag">(German)</span>' in html


def test_the_site_search_finds_a_publication_in_its_language(client):
    html = client.get("/de/search/", {"q": "Übersichtsflyer"}).content.decode()
    assert "/de/publikationen/uebersichtsflyer-fachberatungsstellen/" in html
    # what it is, in the reader's words: its type
    hit = re.search(r'<li class="search-result" data-search-result>(.*?)</li>', html, re.S).group(1)
    assert '<span class="search-result__kind">Flyer</span>' in hit
    english = client.get("/en/search/", {"q": "leaflet"}).content.decode()
    assert '<span class="search-result__kind">Leaflet</span>' in english


def test_the_library_stays_within_the_query_budget_with_50_more_publications(client):
    page = library()

    def queries_and_size():
        client.get(page.url)  # warm the shared store (menus, routes)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url, {"type": "study"})
        assert response.status_code == 200
        return len(captured), len(response.content)

    before, _size = queries_and_size()
    for number in range(50):
        add_publication(f"Studie {number}", year=2000 + number % 20)
    after, size = queries_and_size()
    assert after == before
    assert after <= query_budget(page)
    assert size < 100_000


def test_the_first_load_is_under_100_kb(client):
    response = get(client)
    assert response.status_code == 200
    assert len(response.content) < 100_000


# --- Leaflets on the home page -------------------------------------------------------------------
def test_the_home_page_lists_the_leaflets_with_a_file_in_its_language_only(client):
    add_publication("Flyer auf Rumänisch", languages=("ro",), kind=PublicationType.LEAFLET)
    arabic = client.get("/ar/").content.decode()
    assert 'aria-labelledby="teaser-leaflets"' in arabic
    assert "muster-uebersichtsflyer-fachberatungsstellen-ar.pdf" in arabic
    assert "Flyer auf Rumänisch" not in arabic
    assert "-de.pdf" not in arabic  # only the file in the reader's language
    romanian = client.get("/ro/").content.decode()
    assert "Flyer auf Rumänisch" in romanian
    assert "Übersichtsflyer" not in romanian
    # No leaflet has an English file: no section at all.
    assert 'aria-labelledby="teaser-leaflets"' not in client.get("/en/").content.decode()


# --- Uploads -------------------------------------------------------------------------------------
@pytest.fixture
def editor_client(client):
    client.force_login(make_user("office-editor", Group.objects.get(name="Editors")))
    return client


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(folder.iterdir()) if folder.exists() else []


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": f"Upload {name}",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def odt():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


# The first bytes of an MP4 (a "ftyp" box), of a WebM (the EBML header) and a WebVTT file.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 40
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01" + b"\x00" * 40
VTT = "\ufeffWEBVTT\n\n00:00.000 --> 00:02.000\nWas ist der KOK?\n".encode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("merkblatt.pdf", b"Nur Text, umbenannt.\n", "is not a real PDF file"),
        ("programm.exe", b"MZ\x90\x00" + b"\x00" * 60, "Only PDF, ODT and DOCX documents"),
        ("notiz.txt", b"Text\n", "Only PDF, ODT and DOCX documents"),
        ("video.mp4", b"Nur Text, umbenannt.\n", "is not a real MP4 file"),
        ("video.webm", MP4, "is not a real WEBM file"),
        ("untertitel.vtt", b"1\n00:00:01,000 --> 00:00:02,000\nSRT\n", "is not a real VTT file"),
        ("brief.docx", sample_pdf("PDF", ["als DOCX"]), "is not a real DOCX file"),
        ("brief.odt", docx(), "is not a real ODT file"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_kept(
    editor_client, name, content, message
):
    documents, files = Document.objects.count(), stored_files()
    response = upload(editor_client, name, content)
    assert response.status_code == 200  # the form again, with the message
    assert message in response.content.decode()
    assert Document.objects.count() == documents
    assert stored_files() == files


@override_settings(KOKCMS_MAX_UPLOAD_SIZE=1024)
def test_a_file_over_the_size_limit_is_refused_and_nothing_is_kept(editor_client):
    documents, files = Document.objects.count(), stored_files()
    big = sample_pdf("Groß", ["x" * 70] * 40)
    assert len(big) > 1024
    response = upload(editor_client, "gross.pdf", big)
    assert response.status_code == 200
    assert "at most 1.0\xa0KB can be uploaded" in response.content.decode()
    assert Document.objects.count() == documents
    assert stored_files() == files


@override_settings(KOKCMS_MAX_UPLOAD_SIZE=1024, KOKCMS_MAX_VIDEO_UPLOAD_SIZE=4096)
def test_videos_have_a_limit_of_their_own(editor_client):
    response = upload(editor_client, "gross.mp4", MP4 + b"\x00" * 5000)
    assert "at most 4.0\xa0KB can be uploaded" in response.content.decode()
    assert upload(editor_client, "passt.mp4", MP4 + b"\x00" * 2000).status_code == 302


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("muster.pdf", sample_pdf("Muster", ["Gut"])),
        ("brief.docx", docx()),
        ("brief.odt", odt()),
        ("gebaerden.mp4", MP4),
        ("gebaerden.webm", WEBM),
        ("gebaerden.vtt", VTT),
    ],
)
def test_a_real_document_video_or_captions_file_is_uploaded(editor_client, name, content):
    response = upload(editor_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get(title=f"Upload {name}")
    assert document.file.read() == content


def test_a_publication_file_must_be_a_document_not_a_video():
    video = Document.objects.create(title="Video", file=ContentFile(MP4, "gebaerden.mp4"))
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        PublicationFile(document=video, language="de").clean()
    assert "must be a PDF, ODT or DOCX document" in str(refused.value)
    pdf = sample_pdf("Gut", ["Text"])
    document = Document.objects.create(title="PDF", file=ContentFile(pdf, "gut.pdf"))
    PublicationFile(document=document, language="de").clean()  # accepted


def test_the_leaflets_cost_the_home_page_one_query_whatever_their_number(client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ar/").status_code == 200
        return [query["sql"] for query in captured if "information_publicationfile" in query["sql"]]

    client.get("/ar/")
    assert queries() == []  # kept in the shared store
    for number in range(10):
        add_publication(f"Flyer {number}", languages=("ar",), kind=PublicationType.LEAFLET)
    assert len(queries()) == 1  # every change empties the store: built again, in one query
