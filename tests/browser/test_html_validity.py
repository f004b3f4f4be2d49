"""Valid HTML on every page type in German, Arabic and Romanian, as the live server sends it.

The pages are saved from the live server (home, forms index, a form page with FAQ, mission
statement, network index and body, donation, contact, search with and without hits, a 404, the
password form with and without its error) and checked by the Nu Html Checker (vnu.jar, npm
package ``vnu-jar`` in tests/browser/node_modules) in one Java run: starting the JVM is the slow
part. Errors fail the test, and so does text that is not in Unicode NFC (a warning to the
checker, but a reader's font may show loose accents); other warnings are reported as pytest
warnings.
"""

import json
import re
import shutil
import subprocess
import warnings
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode, urljoin
from urllib.request import HTTPCookieProcessor, build_opener

from django.conf import settings

from wagtail.models import Locale, Page

import pytest

from home.models import DonationPage, HomePage
from information.models import (
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    MissionStatementPage,
)
from multilingual.sync import synchronise_locales
from network.models import NetworkBodyPage, NetworkIndexPage

from .conftest import HERE
from .test_accessibility import FORM_PAGE
from .test_password_page import protected_page

pytestmark = pytest.mark.slow

VNU = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ["de", "ar", "ro"]
NOT_FOUND = "/gibt-es-nicht/"
NO_HITS = "xqzvjkw"
NFC_WARNING = "Unicode Normalization Form C"


def german_pages():
    """One German page of each type, by name; the form page is the one with an FAQ."""
    german = {"locale__language_code": settings.LANGUAGE_CODE}
    pages = {
        model.__name__: model.objects.live().filter(**german).first()
        for model in (
            HomePage,
            FormsOfExploitationIndexPage,
            MissionStatementPage,
            NetworkIndexPage,
            NetworkBodyPage,
            DonationPage,
        )
    }
    pages["FormOfExploitationPage"] = FormOfExploitationPage.objects.get(
        url_path__endswith=FORM_PAGE, **german
    )
    pages["contact"] = Page.objects.get(url_path__endswith="/kontakt/", **german)
    assert all(pages.values()), pages
    return pages


class Server:
    """Requests to the live server with a cookie jar, as a browser sends them (POST with data)."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()))

    def fetch(self, path, data=None):
        try:
            with self.opener.open(urljoin(self.base_url, path), data=data, timeout=30) as answer:
                return answer.status, answer.read().decode()
        except HTTPError as error:  # 4xx pages are pages too
            return error.code, error.read().decode()


def save_pages(server, folder):
    """Every page type in every checked language as a file; returns the files."""
    german = german_pages()
    protected = protected_page()
    synchronise_locales()  # the protected page's aliases in the other languages
    files = []

    def save(name, path, expected_status, must_contain="", data=None):
        status, html = server.fetch(path, data)
        assert status == expected_status, (path, status)
        assert must_contain in html, (path, must_contain)
        file = folder / f"{name}.html"
        file.write_text(html, encoding="utf-8")
        files.append(file)
        return html

    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for name, page in german.items():
            save(f"{language}-{name}", page.get_translation(locale).url, 200)
        form_title = FormOfExploitationPage.objects.get(
            translation_key=german["FormOfExploitationPage"].translation_key, locale=locale
        ).title
        query = max(form_title.split(), key=len)  # a word the language's own pages contain
        search = f"/{language}/search/?"
        save(
            f"{language}-search-hits", search + urlencode({"q": query}), 200, 'id="search-results"'
        )
        save(
            f"{language}-search-none", search + urlencode({"q": NO_HITS}), 200, "search-no-results"
        )
        save(f"{language}-404", f"/{language}{NOT_FOUND}", 404)
        form = save(f"{language}-password", f"/{language}{protected.url[3:]}", 200, "password-form")
        action = re.search(r'class="password-form" action="([^"]+)"', form).group(1)
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
        wrong = urlencode({**fields, "password": "falsch"}).encode()
        save(f"{language}-password-error", action, 403, 'id="password-error"', data=wrong)
    return files


def nu_html_checker(files):
    """The checker's messages for ``files``, from one Java run, each with the file's name."""
    java = shutil.which("java")
    if not java:
        pytest.skip("Java is not installed: the Nu Html Checker needs Java 11 or later")
    if not VNU.exists():
        pytest.skip(f"{VNU} is missing: run `make axe` (npm ci --prefix tests/browser)")
    checked = subprocess.run(  # noqa: S603 (fixed arguments)
        [java, "-jar", str(VNU), "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(checked.stdout)["messages"]
    for message in messages:
        message["file"] = Path(message.get("url", "")).name
    return messages


def describe(message):
    where = f"{message['file']}:{message.get('lastLine', '?')}"
    return f"{where} {message['message']} [{message.get('extract', '').strip()[:80]}]"


def test_nu_html_checker_finds_no_error_on_any_page_type_in_german_arabic_and_romanian(
    site, tmp_path
):
    files = save_pages(Server(site), tmp_path)
    messages = nu_html_checker(files)

    warned = [m for m in messages if m["type"] == "info" and m.get("subType") == "warning"]
    for message in warned:
        if NFC_WARNING not in message["message"]:
            warnings.warn(f"Nu Html Checker: {describe(message)}", stacklevel=1)
    failed = [m for m in messages if m["type"] in ("error", "non-document-error")]
    failed += [m for m in warned if NFC_WARNING in m["message"]]
    assert not failed, f"{len(failed)} in {len(files)} pages:\n" + "\n".join(map(describe, failed))


def test_the_checker_reports_what_it_finds(tmp_path):
    """The run above cannot pass because the checker saw nothing: it reports a page with a
    bad attribute value and a language name in decomposed Unicode."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head>'
        '<body><p><time datetime="2026-12-01T16:12:45.139733+01:00">1.12.</time>'
        "Tie\u0302\u0301ng Vie\u0323\u0302t</p></body></html>",
        encoding="utf-8",
    )
    messages = nu_html_checker([page])
    assert {m["file"] for m in messages} == {"broken.html"}
    assert any(m["type"] == "error" and "datetime" in m["message"] for m in messages)
    assert any(NFC_WARNING in m["message"] for m in messages)
