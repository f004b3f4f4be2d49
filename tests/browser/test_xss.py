"""Whatever an editor types into the admin is shown as text on the public page, never run.

The payloads go in through the admin's own forms (plain fields, rich text, stream blocks); the
page is then opened in Chromium, where no dialog may open, no injected element or handler may
exist, and the CSP must not even have had to block anything (which would mean the markup got
through and only the second line of defence held).
"""

import json

from django.contrib.auth import get_user_model

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from home.models import HomePage, StandardPage

SCRIPT = '<script>alert("script")</script>'
IMG = '<img src=x onerror=alert("img")>'
SVG = '<svg onload=alert("svg")>'


def contentstate(text, link_url=None):
    """Draftail's format, as the admin's rich text editor posts it (crafted, not typed)."""
    entity_ranges, entity_map = [], {}
    if link_url:
        entity_ranges = [{"offset": 0, "length": len(text), "key": 0}]
        entity_map = {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link_url}}}
    block = {
        "key": "xss01",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": entity_ranges,
        "data": {},
    }
    return json.dumps({"blocks": [block], "entityMap": entity_map})


def faq(question, answer):
    item = {
        "value": {"question": question, "answer": answer},
        "deleted": "",
        "order": "0",
        "id": "",
    }
    return {"title": SVG, "items": {"count": "1", "0": item}}


def admin_form(**extra):
    return nested_form_data(
        {
            "title": f"Hilfe {SCRIPT}",
            "slug": "xss-probe",
            "introduction": f'Einleitung "> {IMG}',
            "neutral_tab_title": f"</title>{SCRIPT}",
            "seo_title": "",
            "search_description": '"><script>alert("meta")</script>',
            "body": streamfield(
                [
                    ("heading", {"text": SVG, "level": "h2"}),
                    ("paragraph", contentstate(f"Text {SCRIPT} {IMG}")),
                    ("paragraph", contentstate("Klick mich", link_url='javascript:alert("link")')),
                    ("callout", {"title": IMG, "text": contentstate(SVG), "style": "help"}),
                    (
                        "quote",
                        {
                            "quote": '<iframe src="javascript:alert(1)"></iframe>',
                            "attribution": SCRIPT,
                        },
                    ),
                    ("faq", faq('<details open ontoggle=alert("faq")>', contentstate(SCRIPT))),
                ]
            ),
            "action-publish": "action-publish",
            **extra,
        }
    )


@pytest.fixture
def editor_client(db, client):
    user = get_user_model().objects.create_superuser("xss-editor", "x@example.invalid", "pw")
    client.force_login(user)
    return client


def test_a_javascript_address_in_a_link_list_is_refused(editor_client):
    home = HomePage.objects.get(locale__language_code="de")
    data = admin_form(slug="xss-links")
    data.update(
        nested_form_data(
            {
                "body": streamfield(
                    [
                        (
                            "links",
                            {
                                "title": "",
                                "links": {
                                    "count": "1",
                                    "0": {
                                        "value": {
                                            "text": "Los",
                                            "page": "",
                                            "url": 'javascript:alert("url")',
                                        },
                                        "deleted": "",
                                        "order": "0",
                                        "id": "",
                                    },
                                },
                            },
                        ),
                    ]
                )
            }
        )
    )
    response = editor_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 200  # the form again, with an error
    assert not StandardPage.objects.filter(slug="xss-links").exists()


def test_nothing_an_editor_types_runs_on_the_public_page(editor_client, visit):
    home = HomePage.objects.get(locale__language_code="de")
    response = editor_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", admin_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="xss-probe", locale__language_code="de")
    assert page.live

    html = editor_client.get(page.url).content.decode()
    for raw in (
        "<script>alert",
        "<img src=x",
        "<svg onload",
        "<iframe",
        'href="javascript:',
        "<details open ontoggle",
    ):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(&quot;script&quot;)&lt;/script&gt;" in html  # shown as text

    browsing = visit()
    browsing.goto(page.url)
    browser_page = browsing.page
    browser_page.click("text=Klick mich")  # the javascript: link lost its address
    for selector in ("h1", "main h2", ".callout", ".faq__item summary"):
        browser_page.hover(selector)
    browser_page.click(".faq__item summary")
    injected = browser_page.evaluate(
        """() => document.querySelectorAll(
            // The site's own drawings (wordmark, icons) are the only SVG allowed.
            'script:not([src]), iframe, svg:not(.wordmark):not(.icon), img[onerror], [onload],'
            + ' [onerror], [ontoggle],'
            + ' [onclick], [onmouseover], a[href^="javascript:" i], main details details'
        ).length"""
    )
    assert injected == 0
    assert browsing.dialogs == []
    assert browsing.csp_violations() == []
    assert browser_page.title().startswith("</title><script>")  # the tab shows the text
    assert browser_page.url.endswith(page.url)
