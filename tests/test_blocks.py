"""Block validation: an image needs alternative text, a link goes to a page or to an address.

Through the blocks' own ``clean()`` with real values, and once the way an editor meets it: a page
whose body has an image without alternative text is refused in the admin.
"""

from django.urls import reverse
from django.utils import translation

from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import pytest
import wagtail_factories

from home.blocks import ImageBlock, LinkBlock
from home.models import HomePage, StandardPage
from sitecontent.management.commands.bootstrap_kok import stream

from .pages import StandardPageFactory

pytestmark = pytest.mark.django_db

ALT_TEXT_MISSING = "Every image needs alternative text."
PAGE_OR_ADDRESS = "Choose either a page or an address."


def refusal(block, data, *, draft=False):
    """{field: [messages]} of the error ``block.clean`` raises for ``data`` (in English); for a
    draft, as Wagtail validates it: with the required-field checks deferred."""
    clean = block.clean_deferred if draft else block.clean
    with translation.override("en"):
        with pytest.raises(StructBlockValidationError) as raised:
            clean(block.to_python(data))
        return {name: error.messages for name, error in raised.value.block_errors.items()}


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(title="Beratungsstelle")


@pytest.fixture
def home():
    return HomePage.objects.get(locale__language_code="de")


# --- ImageBlock --------------------------------------------------------------------------------
@pytest.mark.parametrize("alt_text", ["", "   ", None], ids=["empty", "blank", "missing"])
def test_image_without_alternative_text_is_refused_on_publish(image, alt_text):
    """The message says what is missing, not just "This field is required."."""
    data = {"image": image.pk, "alt_text": alt_text, "caption": "Ein Foto"}
    assert refusal(ImageBlock(), data) == {"alt_text": [ALT_TEXT_MISSING]}


@pytest.mark.parametrize("alt_text", ["", "   ", None], ids=["empty", "blank", "missing"])
def test_image_without_alternative_text_is_refused_even_in_a_draft(image, alt_text):
    """Drafts skip required fields, but not the alternative text: ImageBlock.clean asks for it."""
    data = {"image": image.pk, "alt_text": alt_text, "caption": "Ein Foto"}
    assert refusal(ImageBlock(), data, draft=True) == {"alt_text": [ALT_TEXT_MISSING]}


def test_image_with_alternative_text_is_accepted(image):
    block = ImageBlock()
    value = block.clean(
        block.to_python({"image": image.pk, "alt_text": "Eine Beraterin am Telefon", "caption": ""})
    )
    assert value["image"] == image
    assert value["alt_text"] == "Eine Beraterin am Telefon"


# --- LinkBlock ---------------------------------------------------------------------------------
@pytest.mark.parametrize("draft", [False, True], ids=["publish", "draft"])
def test_link_without_page_or_address_is_refused(draft):
    data = {"text": "Mehr erfahren", "page": None, "url": ""}
    assert refusal(LinkBlock(), data, draft=draft) == {"url": [PAGE_OR_ADDRESS]}


def test_link_with_both_page_and_address_is_refused(home):
    data = {
        "text": "Mehr erfahren",
        "page": home.pk,
        "url": "https://www.kok-gegen-menschenhandel.de/",
    }
    assert refusal(LinkBlock(), data) == {"url": [PAGE_OR_ADDRESS]}


def test_link_to_a_page_is_accepted(home):
    block = LinkBlock()
    value = block.clean(block.to_python({"text": "Start", "page": home.pk, "url": ""}))
    assert value["page"].specific == home
    assert not value["url"]


def test_link_to_an_address_is_accepted():
    block = LinkBlock()
    address = "https://www.hilfetelefon.de/"
    value = block.clean(block.to_python({"text": "Hilfetelefon", "page": None, "url": address}))
    assert value["url"] == address
    assert value["page"] is None


# --- In the admin ------------------------------------------------------------------------------
class EditorsMustDescribeImagesTest(WagtailPageTestCase):
    def setUp(self):
        user = self.login()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"  # the admin in English, whatever the catalogues hold
        profile.save()
        self.home = HomePage.objects.get(locale__language_code="de")
        self.image = wagtail_factories.ImageFactory(title="Beratungsstelle")

    def page_with_image(self, slug, alt_text, **extra):
        body = streamfield(
            [("image", {"image": self.image.pk, "alt_text": alt_text, "caption": ""})]
        )
        return nested_form_data({"title": "Mit Bild", "slug": slug, "body": body, **extra})

    def test_page_with_an_undescribed_image_is_not_created(self):
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", self.home.pk])
        for action in ({}, {"action-publish": "action-publish"}):
            with self.subTest(publish=bool(action)):
                response = self.client.post(url, self.page_with_image("ohne-alt", "", **action))
                self.assertEqual(response.status_code, 200)  # the form again, not a redirect
                self.assertContains(
                    response, "The page could not be created due to validation errors"
                )
                form = response.context["form"]
                self.assertEqual(list(form.errors), ["body"])
                image_errors = form.errors.as_data()["body"][0].block_errors[0].block_errors
                self.assertEqual(list(image_errors), ["alt_text"])
                self.assertFalse(StandardPage.objects.filter(slug="ohne-alt").exists())
                if not action:  # a draft skips "required"; ImageBlock.clean says what is missing
                    self.assertContains(response, ALT_TEXT_MISSING)

    def test_page_with_a_described_image_is_created(self):
        data = self.page_with_image("mit-alt", "Eine Beraterin am Telefon")
        self.assertCanCreate(self.home, StandardPage, data)
        page = StandardPage.objects.get(slug="mit-alt", locale__language_code="de")
        self.assertEqual(page.body[0].value["alt_text"], "Eine Beraterin am Telefon")


# --- Translation -------------------------------------------------------------------------------
def test_every_text_of_every_block_type_becomes_a_translation_segment(image, home):
    """Built the way the bootstrap builds the demo content: every text a reader sees in any
    block, list items included (FAQ questions, links), is a wagtail-localize segment."""
    document = wagtail_factories.DocumentFactory(title="Flyer")
    body = [
        ("heading", {"text": "Überschrift", "level": "h2"}),
        ("paragraph", "<p>Ein Absatz.</p>"),
        ("callout", {"title": "Kastentitel", "text": "<p>Kastentext.</p>", "style": "info"}),
        (
            "image",
            {"image": image.pk, "alt_text": "Bildbeschreibung", "caption": "Bildunterschrift"},
        ),
        ("document", {"document": document.pk, "title": "Dokumenttitel"}),
        (
            "faq",
            {
                "title": "Fragentitel",
                "items": [
                    {"question": "Erste Frage?", "answer": "<p>Erste Antwort.</p>"},
                    {"question": "Zweite Frage?", "answer": "<p>Zweite Antwort.</p>"},
                ],
            },
        ),
        ("quote", {"quote": "Ein Zitat.", "attribution": "Zitatquelle"}),
        (
            "links",
            {
                "title": "Linktitel",
                "links": [
                    {"text": "Linktext", "page": None, "url": "https://www.hilfetelefon.de/"}
                ],
            },
        ),
    ]
    page = StandardPageFactory(parent=home, title="Alle Blöcke", body=stream(StandardPage, body))
    strings = {
        segment.string.data
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    }
    expected = {
        "Überschrift", "Ein Absatz.", "Kastentitel", "Kastentext.", "Bildbeschreibung",
        "Bildunterschrift", "Dokumenttitel", "Fragentitel", "Erste Frage?", "Erste Antwort.",
        "Zweite Frage?", "Zweite Antwort.", "Ein Zitat.", "Zitatquelle", "Linktitel", "Linktext",
    }  # fmt: skip
    assert expected - strings == set()
