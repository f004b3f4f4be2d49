"""Right-to-left typing in the translation editor (upstream wagtail-localize#197).

The browser test drives the real React editor in Debian's Chromium. Instead of a live server,
every request the browser makes is answered in-process by Django's test client, so the test
sees the same rolled-back database as every other test and nothing listens on a port.
"""

import queue
import re
import threading
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.staticfiles import finders

import pytest

from home.models import HomePage

from .browser.conftest import CHROMIUM_ARGS
from .pages import translate
from .translator_helpers import editor_props, german, translator

pytestmark = pytest.mark.django_db

CHROMIUM = Path("/usr/bin/chromium")


def rtl_script(html):
    match = re.search(r'<script src="([^"]*admin-rtl\.js)" data-rtl-languages="([^"]*)">', html)
    return match and (match.group(1), unescape(match.group(2)).split())


@pytest.mark.parametrize(("code", "rtl"), [("ar", True), ("fa", True), ("en", False)])
def test_editor_page_carries_the_rtl_script_and_target_language(client, code, rtl):
    _translation, page = translate(german(HomePage), code)
    client.force_login(translator(code))
    response = client.get(f"/admin/pages/{page.pk}/edit/")

    src, rtl_languages = rtl_script(response.content.decode())
    assert src.endswith("js/admin-rtl.js")
    assert editor_props(response)["locale"]["code"] == code
    assert (code in rtl_languages) is rtl


# The same Debian Chromium flags as the other browser tests (without --headless: Playwright
# adds its own headless switch here).
LAUNCH_ARGS = [arg for arg in CHROMIUM_ARGS if arg != "--headless"]


def run_in_chromium(client, scenario):
    """Run ``scenario(tab)`` in Chromium and return its result.

    Playwright runs in a worker thread; every request of the page comes back to this thread and
    is answered by Django's test client, inside this test's transaction (Playwright's event loop
    must not run in this thread: Django would then open a second database connection).
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    pending, outcome = queue.Queue(), {}

    def route(route, request):  # runs in the worker thread
        url = urlsplit(request.url)
        if url.hostname != "testserver":
            route.abort()
        elif url.path.startswith("/static/"):
            found = finders.find(url.path.removeprefix("/static/"))
            if found:
                route.fulfill(path=found)
            else:
                route.fulfill(status=404)
        else:
            reply = queue.Queue(maxsize=1)
            path = f"{url.path}?{url.query}" if url.query else url.path
            body = request.post_data_buffer or b""
            pending.put(
                (request.method, path, body, request.headers.get("content-type", ""), reply)
            )
            status, headers, content = reply.get()
            route.fulfill(status=status, headers=headers, body=content)

    def worker():
        try:
            with sync_api.sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=LAUNCH_ARGS
                )
                tab = browser.new_page()
                tab.route("**/*", route)
                outcome["result"] = scenario(tab)
                browser.close()
        except BaseException as error:  # re-raised in the test thread
            outcome["error"] = error
        finally:
            pending.put(None)

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    while (item := pending.get()) is not None:
        method, path, body, content_type, reply = item
        try:
            response = client.generic(method, path, data=body, content_type=content_type)
            headers = {k: v for k, v in response.items() if k != "Content-Length"}
            reply.put((response.status_code, headers, response.content))
        except Exception as error:  # shown to the browser; the test fails on it
            reply.put((500, {"Content-Type": "text/plain"}, repr(error).encode()))
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def type_into_first_field(tab, url, text):
    """Open the translation editor, start translating the first segment, type ``text``."""
    tab.goto(url)
    editor = tab.locator(".js-translation-editor")
    editor.get_by_role("button", name=re.compile("^(Translate|Edit)$")).first.click()
    field = editor.locator("textarea").first
    field.fill(text)
    return {
        "direction": field.evaluate("el => getComputedStyle(el).direction"),
        "dir": field.get_attribute("dir"),
        "lang": field.get_attribute("lang"),
        "value": field.input_value(),
        "editor_dir": editor.get_attribute("data-target-dir"),
        "source_direction": editor.locator("li > p").first.evaluate(
            "el => getComputedStyle(el).direction"
        ),
    }


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium")
@pytest.mark.parametrize(
    ("code", "text", "direction"),
    [("ar", "مرحبا بكم", "rtl"), ("fa", "خوش آمدید", "rtl"), ("en", "Welcome", "ltr")],
    ids=["ar", "fa", "en"],
)
def test_translator_types_in_the_direction_of_the_target_language(client, code, text, direction):
    _translation, page = translate(german(HomePage), code)
    client.force_login(translator(code))
    url = f"http://testserver/admin/pages/{page.pk}/edit/"

    seen = run_in_chromium(client, lambda tab: type_into_first_field(tab, url, text))

    assert seen["value"] == text
    assert seen["direction"] == direction
    assert seen["source_direction"] == "ltr"  # the German source above the field
    if direction == "rtl":
        assert (seen["dir"], seen["lang"], seen["editor_dir"]) == ("rtl", code, "rtl")
    else:
        assert (seen["dir"], seen["lang"], seen["editor_dir"]) == (None, None, None)
