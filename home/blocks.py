"""The shared block library: every page body is built from these few blocks."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from multilingual.versions import language_info

from .about import PeopleBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "contact"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        search_index=False,  # "Level 2" is layout, not text a reader searches for
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Ihre Rechte", "level": "h2"}
        description = _("A section heading (level 2 or 3).")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    style = blocks.ChoiceBlock(
        choices=[("help", _("Help")), ("info", _("Information")), ("warning", _("Warning"))],
        default="info",
        label=_("Style"),
        search_index=False,
    )

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        preview_value = {
            "title": "Hilfe",
            "text": "<p>Beratung ist kostenlos.</p>",
            "style": "help",
        }
        description = _("A highlighted box, for example where to get help.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe the image for people who cannot see it."),
        # Required all the same: clean() asks for it with a message that says why, in drafts too.
        required=False,
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with required alternative text.")

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Every image needs alternative text."))}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = _("A link to a document to download.")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"))

    class Meta:
        icon = "list-ul"
        template = "blocks/faq_block.html"
        preview_value = {
            "title": "Häufige Fragen",
            "items": [{"question": "Ist die Beratung kostenlos?", "answer": "<p>Ja.</p>"}],
        }
        description = _("Questions and answers that open and close (works without JavaScript).")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"quote": "Gegen Menschenhandel. Für Menschenrechte.", "attribution": "KOK"}
        description = _("A quotation with its source.")


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose either a page or an address."))}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list_block.html"
        description = _("A list of links to pages or other websites.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    callout = CalloutBlock()
    image = ImageBlock()
    document = DocumentLinkBlock()
    faq = FAQBlock()
    quote = QuoteBlock()
    links = LinkListBlock()
    people = PeopleBlock()


# --- Video (the sign-language pages) -------------------------------------------------------------
VIDEO_EXTENSIONS = ("mp4", "webm")
CAPTION_EXTENSIONS = ("vtt",)


def _extension(document):
    return document.file_extension.lower() if document else ""


def caption_languages():
    """The site's languages (a callable: a new language needs no migration)."""
    return settings.LANGUAGES


class VideoBlock(blocks.StructBlock):
    """A video served from our own host (a Wagtail document, /documents/…), with a WebVTT
    captions track and a transcript. Without a file yet it shows that the video is coming,
    not an empty player: the sign-language page holds such blocks until KOK has recordings."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_(
            "An MP4 or WebM file from Documents. Leave it empty until the recording exists: "
            "readers then see that the video is coming."
        ),
    )
    captions = DocumentChooserBlock(
        label=_("Captions"), required=False, help_text=_("A WebVTT file (.vtt) from Documents.")
    )
    captions_language = blocks.ChoiceBlock(
        choices=caption_languages,
        default=settings.LANGUAGE_CODE,
        label=_("Language of the captions"),
        search_index=False,
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), features=RICH_TEXT_FEATURES, required=False
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        preview_value = {"title": "Was ist der KOK?", "captions_language": "de"}
        description = _("A video from our own server, with captions and a transcript.")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video and _extension(video) not in VIDEO_EXTENSIONS:
            errors["video"] = ValidationError(_("The video must be an MP4 or WebM file."))
        if captions and _extension(captions) not in CAPTION_EXTENSIONS:
            errors["captions"] = ValidationError(_("Captions must be a WebVTT file (.vtt)."))
        if video and not captions:
            errors["captions"] = ValidationError(
                _("A video needs captions for people who cannot hear it.")
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["captions_language"] = language_info(value.get("captions_language"))
        return context


class StandardBodyBlock(BodyBlock):
    """The body of a standard page: the shared blocks and the video (the sign-language page)."""

    video = VideoBlock()
