"""The link check (issue 16): internal links, phone numbers, e-mail addresses and external links
of pages, snippets and settings; ``manage.py check_links`` and Reports → Link check.

External links are asked of servers this test starts on 127.0.0.1 only: a guard refuses every
other connection, so nothing here reaches the network.
"""

import http.server
import io
import json
import socket
import threading
import time

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Page, Site

import pytest

from home.models import ContactSettings, HelpBox
from linkcheck import checker, collect
from linkcheck.models import Finding, Problem, SourceKind
from network.counselling import CounsellingPlace

from .pages import add_page, german_home, home_in, locale
from .ports import free_port
from .translator_helpers import make_user, translator

REPORT = "/admin/reports/link-check/"
RUN = "/admin/reports/link-check/run/"


@pytest.fixture(autouse=True)
def only_this_machine(monkeypatch):
    """Any connection to another host fails the test."""
    connect = socket.create_connection

    def guarded(address, *args, **kwargs):
        assert address[0] in ("127.0.0.1", "localhost"), f"network access to {address}"
        return connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)


def page_links(*pages):
    return collect.page_links(pages=Page.objects.filter(pk__in=[page.pk for page in pages]))


def found(findings):
    return {(finding.link, finding.problem) for finding in findings}


def body(*blocks):
    return json.dumps(list(blocks))


def paragraph(html):
    return {"type": "paragraph", "value": html}


def link_list(*links):
    return {"type": "links", "value": {"title": "Links", "links": list(links)}}


# --- Internal links -----------------------------------------------------------------------------
def test_broken_internal_links_are_found_in_a_romanian_page(db):
    de_home = german_home()
    unpublished = add_page(de_home, "Entwurf", "Noch nicht veröffentlicht.", live=False)
    deleted = add_page(de_home, "Gelöscht", "Gibt es bald nicht mehr.")
    deleted_id = deleted.pk
    deleted.delete()
    german_only = add_page(de_home, "Nur Deutsch", "Nur auf Deutsch.")
    Page.objects.filter(translation_key=german_only.translation_key).exclude(
        pk=german_only.pk
    ).delete()  # no Romanian version, not even an alias
    ro_home = home_in("ro")
    page = add_page(ro_home, "Pagina", "Text.")
    page.body = body(
        paragraph(
            f'<p><a linktype="page" id="{unpublished.pk}">draft</a> '
            f'<a linktype="page" id="{deleted_id}">deleted</a> '
            f'<a linktype="page" id="{german_only.pk}">German only</a> '
            # Fine: a Romanian page, and the German home page (shown as its Romanian version).
            f'<a linktype="page" id="{ro_home.pk}">acasă</a> '
            f'<a linktype="page" id="{de_home.pk}">acasă (de)</a></p>'
        ),
        # A chooser is shown as exactly the page chosen: the German home page, not the Romanian.
        link_list({"text": "Startseite", "page": de_home.pk, "url": ""}),
    )
    page.save_revision().publish()

    findings = checker.run(links=page_links(page))

    assert found(findings) == {
        (f"#{unpublished.pk} Entwurf", Problem.PAGE_NOT_LIVE),
        (f"#{deleted_id}", Problem.PAGE_MISSING),
        (f"#{german_only.pk} Nur Deutsch", Problem.PAGE_OTHER_LANGUAGE),
        (f"#{de_home.pk} {de_home.title}", Problem.PAGE_OTHER_LANGUAGE),
    }
    assert {finding.language for finding in findings} == {"ro"}
    assert {finding.field for finding in findings} == {"body"}
    other = next(f for f in findings if f.link.startswith(f"#{german_only.pk}"))
    assert other.detail == "de" and other.text == "German only"
    chooser = next(f for f in findings if f.link.startswith(f"#{de_home.pk}"))
    assert chooser.text == "Startseite"
    assert Finding.objects.count() == 4


def test_a_german_page_may_link_german_pages(db):
    de_home = german_home()
    target = add_page(de_home, "Ziel", "Ziel.")
    page = add_page(de_home, "Quelle", "Quelle.")
    page.body = body(paragraph(f'<p><a linktype="page" id="{target.pk}">Ziel</a></p>'))
    page.save_revision().publish()
    assert checker.run(links=page_links(page)) == []


# --- Phone numbers and e-mail addresses ---------------------------------------------------------
@pytest.mark.parametrize(
    "number",
    [
        "110",
        "112",
        "116 016",
        "116016",
        "116 117",
        "116 006",
        "030 / 26 39 11 76",
        "+49 30 26391176",
        "+493026391176",
        "0800 0116 016",
        "0157 35 58 06 75",
        "+33 1 42 68 53 00",
    ],
)
def test_valid_numbers(number):
    assert checker.phone_problem(number) is None


@pytest.mark.parametrize("number", ["12345", "030 / 26 39 11 7x", "0", "+49 30", "+", "call us"])
def test_invalid_numbers(number):
    assert checker.phone_problem(number) == Problem.PHONE_INVALID


def test_invalid_phone_numbers_and_e_mail_addresses_are_found(db):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.fax = "12345"
    contact.save()
    help_box = HelpBox.objects.get(locale=locale("de"))
    help_box.text = (
        '<p><a href="tel:12345">Beratung</a>, <a href="tel:+493026391176">Büro</a>, '
        '<a href="mailto:info@@kok-buero">Schreiben</a>, '
        '<a href="mailto:info@kok-buero.de?subject=Hilfe">Mail</a>, '
        '<a linktype="contact" key="telefax">Fax</a></p>'
    )
    help_box.save()
    place = CounsellingPlace.objects.source_rows().first()
    place.contacts = json.dumps(
        [
            {"type": "contact", "value": {"kind": "phone", "value": "0800 12", "hours": ""}},
            {"type": "contact", "value": {"kind": "email", "value": "beratung@", "hours": ""}},
            {"type": "contact", "value": {"kind": "phone", "value": "116 016", "hours": ""}},
        ]
    )
    place.save()

    call_command("check_links", "--no-external", stdout=io.StringIO())

    rows = {(f.label, f.field, f.link, f.problem) for f in Finding.objects.all()}
    site_label = contact.site.site_name or contact.site.hostname
    assert rows == {
        (site_label, "fax", "12345", Problem.PHONE_INVALID),
        (str(help_box), "text", "12345", Problem.PHONE_INVALID),
        (str(help_box), "text", "info@@kok-buero", Problem.EMAIL_INVALID),
        (str(help_box), "text", "telefax", Problem.CONTACT_UNKNOWN),
        (place.name, "contacts", "0800 12", Problem.PHONE_INVALID),
        (place.name, "contacts", "beratung@", Problem.EMAIL_INVALID),
    }
    kinds = {f.field: f.source_kind for f in Finding.objects.all()}
    assert kinds == {"fax": SourceKind.SETTING, "text": SourceKind.SNIPPET, "contacts": "snippet"}
    assert Finding.objects.get(field="fax").language == ""
    assert set(Finding.objects.filter(field="text").values_list("language", flat=True)) == {"de"}


# --- External links -----------------------------------------------------------------------------
class Answer(http.server.BaseHTTPRequestHandler):
    status = 200
    head_status = None  # None: as GET

    def do_HEAD(self):
        type(self).seen.append(("HEAD", self.headers.get("User-Agent")))
        self.send_response(self.head_status or self.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        type(self).seen.append(("GET", self.headers.get("User-Agent")))
        self.send_response(self.status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def serve(status, head_status=None):
    handler = type("Handler", (Answer,), {"status": status, "head_status": head_status, "seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler


@pytest.fixture
def servers():
    """A server answering 200, one answering 404, one that refuses HEAD (405) but answers GET,
    and one that accepts connections and never answers."""
    started = {
        "ok": serve(200),
        "missing": serve(404),
        "no-head": serve(200, head_status=405),
    }
    silent = socket.socket()
    silent.bind(("127.0.0.1", free_port()))
    silent.listen()
    held, stop = [], threading.Event()

    def accept_and_sleep():
        silent.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])
            except TimeoutError:
                continue

    threading.Thread(target=accept_and_sleep, daemon=True).start()
    urls = {
        name: f"http://127.0.0.1:{server.server_address[1]}/"
        for name, (server, _handler) in started.items()
    }
    urls["silent"] = f"http://127.0.0.1:{silent.getsockname()[1]}/"
    yield urls, {name: handler for name, (_server, handler) in started.items()}
    stop.set()
    for server, _handler in started.values():
        server.shutdown()
        server.server_close()
    for held_connection in held:
        held_connection.close()
    silent.close()


def test_external_links_that_fail_are_found_and_those_that_answer_are_not(db, servers):
    urls, handlers = servers
    page = add_page(german_home(), "Externe Links", "Links.")
    page.body = body(
        paragraph(
            f'<p><a href="{urls["missing"]}gibt-es-nicht">weg</a> '
            f'<a href="{urls["ok"]}">da</a> <a href="{urls["no-head"]}">nur GET</a></p>'
        ),
        link_list({"text": "Schweigt", "page": None, "url": urls["silent"]}),
    )
    page.save_revision().publish()

    started = time.monotonic()
    findings = checker.run(external=True, timeout=0.5, links=page_links(page))

    assert time.monotonic() - started < 5
    assert {(f.link, f.problem, f.detail) for f in findings} == {
        (f"{urls['missing']}gibt-es-nicht", Problem.URL_ERROR, "404"),
        (urls["silent"], Problem.URL_UNREACHABLE, "timeout"),
    }
    assert handlers["ok"].seen == [("HEAD", checker.USER_AGENT)]
    assert [method for method, _agent in handlers["no-head"].seen] == ["HEAD", "GET"]
    assert "KOK CMS" in checker.USER_AGENT


def test_a_run_without_external_links_keeps_the_external_findings(db):
    page = german_home()
    kept = Finding.objects.create(
        source_kind=SourceKind.PAGE,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        label=page.title,
        language="de",
        field="body",
        link="http://127.0.0.1:9/",
        problem=Problem.URL_ERROR,
        detail="404",
        checked_at=timezone.now(),
    )
    stale = Finding.objects.create(
        **{
            **{f: getattr(kept, f) for f in ("source_kind", "content_type", "object_id", "label")},
            "language": "de",
            "field": "body",
            "link": "#999999",
            "problem": Problem.PAGE_MISSING,
            "checked_at": timezone.now(),
        }
    )
    call_command("check_links", "--no-external", stdout=io.StringIO())
    assert list(Finding.objects.values_list("pk", flat=True)) == [kept.pk]
    assert not Finding.objects.filter(pk=stale.pk).exists()


# --- The command ------------------------------------------------------------------------------
def test_the_demo_contents_links_are_all_valid(db):
    out = io.StringIO()
    with translation.override("de"):  # the office's language
        call_command("check_links", "--no-external", stdout=out)
    assert Finding.objects.count() == 0, out.getvalue()
    assert "Keine defekten Links gefunden." in out.getvalue()


def test_the_command_prints_each_finding_with_its_edit_link(db):
    ro_page = add_page(home_in("ro"), "Pagina", "Text.")
    ro_page.body = body(paragraph('<p><a href="tel:12345">sună</a></p>'))
    ro_page.save_revision().publish()
    de_page = add_page(german_home(), "Seite", "Text.")
    de_page.body = body(paragraph('<p><a href="mailto:x@">schreiben</a></p>'))
    de_page.save_revision().publish()

    out = io.StringIO()
    with translation.override("en"):
        call_command("check_links", "--no-external", "--language", "ro", stdout=out)

    printed = out.getvalue()
    assert "Pagina [ro]" in printed and "12345" in printed
    assert f"http://testserver/admin/pages/{ro_page.pk}/edit/" in printed
    assert "x@" not in printed  # another language
    assert "1 finding." in printed
    assert list(Finding.objects.values_list("language", flat=True)) == ["ro"]
    with pytest.raises(CommandError):
        call_command("check_links", "--no-external", "--language", "xx", stdout=io.StringIO())


# --- The report ---------------------------------------------------------------------------------
@pytest.fixture
def editor(db):
    return make_user("office-editor", Group.objects.get(name="Editors"))


@pytest.fixture
def findings(db):
    """One finding in a page, a snippet and a setting."""
    page = add_page(home_in("ro"), "Pagina cu link", "Text.")
    page.body = body(paragraph('<p><a href="tel:12345">sună aici</a></p>'))
    page.save_revision().publish()
    help_box = HelpBox.objects.get(locale=locale("de"))
    help_box.text = '<p><a href="mailto:hilfe@@kok">Hilfe</a></p>'
    help_box.save()
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.fax = "12345"
    contact.save()
    checker.run()
    return page, help_box, contact


def test_the_report_lists_findings_with_links_to_edit_them(client, editor, findings):
    page, help_box, contact = findings
    client.force_login(editor)
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pagina cu link" in html and "sună aici" in html
    assert f'href="/admin/pages/{page.pk}/edit/"' in html
    assert f'href="/admin/snippets/home/helpbox/edit/{help_box.pk}/"' in html
    assert f'href="/admin/settings/home/contactsettings/{contact.pk}/"' in html
    assert "Not a valid phone number" in html and "Not a valid e-mail address" in html
    assert 'action="/admin/reports/link-check/run/"' in html
    assert "csrfmiddlewaretoken" in html
    assert client.get(REPORT + "?language=ro").content.decode().count("12345") >= 1
    assert "hilfe@@kok" not in client.get(REPORT + "?language=ro").content.decode()
    # The Reports menu offers it.
    assert REPORT in client.get("/admin/").content.decode()


def test_the_report_is_refused_to_anonymous_users_and_translators(client, findings):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.post(RUN).status_code == 302
    client.force_login(translator("ro"))
    assert client.get(REPORT).status_code in (302, 403)
    assert client.post(RUN).status_code in (302, 403)
    assert Finding.objects.count() == 3


def test_check_now_runs_without_external_links(client, editor, findings):
    page, _help_box, _contact = findings
    page.body = body(paragraph("<p>Kein Link mehr.</p>"))
    page.save_revision().publish()
    client.force_login(editor)
    assert client.get(RUN).status_code == 405
    response = client.post(RUN, follow=True)
    assert response.redirect_chain[-1][0] == REPORT
    html = response.content.decode()
    assert "Checked again without external links: 2 findings." in html
    assert "sună aici" not in html
    assert Finding.objects.count() == 2


def test_check_now_needs_the_csrf_token(editor, findings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(RUN).status_code == 403


def test_the_report_costs_the_same_queries_for_many_findings(client, editor, findings):
    client.force_login(editor)
    client.get(REPORT)  # warm caches (content types, site)
    with CaptureQueriesContext(connection) as few:
        client.get(REPORT)
    template = Finding.objects.first()
    Finding.objects.bulk_create(
        [
            Finding(
                **{
                    field.attname: getattr(template, field.attname)
                    for field in Finding._meta.concrete_fields
                    if not field.primary_key
                }
            )
            for _ in range(40)
        ]
    )
    with CaptureQueriesContext(connection) as many:
        html = client.get(REPORT).content.decode()
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]
    assert html.count("<tr") > 40
