"""Contact details in rich text come from Settings → Contact, not from copies in the text.

A reader sees the current number (as a link to call), whatever number the text held when it was
written or translated; an editor's detail survives the rich-text editor; a translator meets the
detail inside its sentence; and the demo content holds no number outside such a detail.
"""

import json
import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Site
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import pytest

from home import contact
from home.blocks import RICH_TEXT_FEATURES
from home.models import ContactSettings, StandardPage
from sitecontent.content import de as content

from .pages import StandardPageFactory, german_home, translate

pytestmark = pytest.mark.django_db

OLD_TEXT = "die Nummer von damals"


def contact_settings():
    return ContactSettings.for_site(Site.objects.get(is_default_site=True))


def page_with(html, title="Erreichbarkeit"):
    return StandardPageFactory(
        parent=german_home(),
        title=title,
        slug="erreichbarkeit",
        body=json.dumps([{"type": "paragraph", "value": html}]),
    )


def sentence(phone_text=OLD_TEXT, email_text=OLD_TEXT):
    return (
        f"<p>Rufen Sie uns an: {contact.stored('phone', phone_text)} oder schreiben Sie an "
        f"{contact.stored('email', email_text)}.</p>"
    )


def test_the_reader_gets_the_current_number_as_a_link_to_call(client):
    settings_ = contact_settings()
    page = page_with(sentence())
    html = client.get(page.url).content.decode()
    assert f'<a href="tel:+493026391176" dir="ltr">{settings_.phone}</a>' in html
    assert f'<a href="mailto:{settings_.email}" dir="ltr">{settings_.email}</a>' in html
    assert OLD_TEXT not in html
    assert 'linktype="contact"' not in html


def test_a_changed_setting_shows_on_the_next_request(client):
    page = page_with(sentence())
    assert "030 / 26 39 11 76" in client.get(page.url).content.decode()
    settings_ = contact_settings()
    settings_.phone = settings_.fax  # a real KOK number, only to tell the two apart
    settings_.save()
    html = client.get(page.url).content.decode()
    assert '<a href="tel:+493026391186" dir="ltr">030 / 26 39 11 86</a>' in html
    assert "030 / 26 39 11 76" not in html


def test_an_empty_setting_leaves_the_text_the_editor_wrote(client):
    settings_ = contact_settings()
    settings_.phone = ""
    settings_.save()
    page = page_with(sentence(phone_text="030 / 26 39 11 76"))
    html = client.get(page.url).content.decode()
    assert "Rufen Sie uns an: 030 / 26 39 11 76 oder" in html
    assert "tel:+493026391176" not in html


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("emergency_police", '<a href="tel:110" dir="ltr">110</a>'),
        ("womens_helpline", '<a href="tel:116016" dir="ltr">116 016</a>'),
        ("fax", '<span dir="ltr">030 / 26 39 11 86</span>'),
        ("street", '<span dir="ltr">Lützowstr. 102–104, Hof 1, Aufgang A</span>'),
        ("city", '<span dir="ltr">10785 Berlin</span>'),
    ],
)
def test_every_detail_renders_from_its_fields(client, key, expected):
    page = page_with(f"<p>Siehe {contact.stored(key, OLD_TEXT)}.</p>")
    html = client.get(page.url).content.decode()
    assert f"Siehe {expected}." in html


def test_a_translator_meets_the_detail_inside_its_sentence_and_readers_get_the_setting(client):
    page = page_with(sentence())
    strings = [
        segment.string.data
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("body.")
    ]
    assert strings == [
        f'Rufen Sie uns an: <a id="a1">{OLD_TEXT}</a> oder schreiben Sie an '
        f'<a id="a2">{OLD_TEXT}</a>.'
    ]
    _translation, arabic = translate(page, "ar", marked=True)
    html = client.get(arabic.url).content.decode()
    assert '[ar] Rufen Sie uns an: <a href="tel:+493026391176" dir="ltr">' in html
    assert OLD_TEXT not in html


def test_the_rich_text_editor_keeps_a_detail():
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    html = sentence(phone_text="030 / 26 39 11 76")
    state = json.loads(converter.from_database_format(html))
    assert [entity["type"] for entity in state["entityMap"].values()] == ["CONTACT", "CONTACT"]
    saved = converter.to_database_format(json.dumps(state))
    assert re.sub(r' data-block-key="\w+"', "", saved) == html


def test_the_page_editor_offers_the_details_with_their_current_values(admin_client):
    page = page_with(sentence())
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    html = response.content.decode()
    assert "home/js/draftail-contact.js" in html
    data = json.loads(
        re.search(
            r'<script id="kok-contact-details" type="application/json">(.*?)</script>', html
        ).group(1)
    )
    choices = {choice["key"]: choice["value"] for choice in data["choices"]}
    assert choices["phone"] == contact_settings().phone
    assert choices["city"] == "10785 Berlin"


def test_every_template_renders_rich_text_with_the_details_filled():
    """``|richtext`` would show the stored copies: every template uses ``{% rich_text %}``."""
    templates = Path(settings.BASE_DIR, "kokcms", "templates").rglob("*.html")
    offenders = [str(path) for path in templates if "|richtext" in path.read_text()]
    assert offenders == []


# --- The demo content --------------------------------------------------------------------------
def strings_in(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings_in(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from strings_in(value)


def test_the_demo_content_holds_no_number_outside_a_contact_detail():
    values = [value for value in content.CONTACT.values() if re.search(r"\d|@", value)]
    entity = re.compile(r'<a linktype="contact" key="\w+">.*?</a>')
    found = [
        (value, text[:60])
        for text in strings_in([content.PAGES, content.HELP_BOX, content.FOOTER])
        for value in values
        if re.search(rf"(?<!§ )(?<![\d.]){re.escape(value)}(?!\d)", entity.sub("", text))
    ]
    assert found == []


def test_the_demo_contact_page_shows_the_settings(client):
    page = StandardPage.objects.get(slug="kontakt", locale__language_code="de")
    html = client.get(page.url).content.decode()
    assert '<a href="tel:+493026391176" dir="ltr">030 / 26 39 11 76</a>' in html
    assert '<span dir="ltr">10785 Berlin</span>' in html
