"""Every link of the site's content and settings, with where it is.

Walked: the rich text, StreamField blocks, URL and e-mail fields of every live page (aliases
left out: an alias shows its source's text, whose links are checked with the source, so one
broken link is one finding, not eighteen), of every registered snippet and of every setting;
the contact settings' phone numbers; page and document choosers. A translation's
``SynchronizedField`` values are the source's (wagtail-localize copies them), so they are
checked on the source row only.

Rich text is read in its database format: ``<a linktype="page" id="…">``,
``<a linktype="document" id="…">``, ``<a linktype="contact" key="…">`` (home/contact.py) and
``<a href="…">`` (http, https, tel, mailto). Blocks are walked on their raw JSON, like the search
snippets do (search/snippets.py), so nothing a chooser points to is loaded one by one.
"""

import re
from dataclasses import dataclass
from urllib.parse import unquote

from django.conf import settings
from django.db import models

from wagtail import blocks
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.rich_text.rewriters import extract_attrs
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import SynchronizedField

from home import contact
from network.counselling import URL_KINDS, ContactBlock, ContactKind

from .models import SourceKind

A_ELEMENT = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL | re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")

# Link kinds.
PAGE = "page"  # rich text: shown as the page's version in the reader's language
PAGE_CHOOSER = "page-chooser"  # a chooser: shown as exactly the page chosen
DOCUMENT = "document"
CONTACT = "contact"
URL = "url"
PHONE = "phone"
EMAIL = "email"

# The contact settings' numbers (home/contact.py shows them as tel: links, the fax as text).
PHONE_FIELDS = {
    "home.contactsettings": (
        *(fields[0] for fields, _sep, scheme in contact.DETAILS.values() if scheme == "tel"),
        "fax",
    ),
}
CONTACT_KINDS = {
    ContactKind.PHONE: PHONE,
    ContactKind.MESSENGER: PHONE,  # a mobile number
    ContactKind.EMAIL: EMAIL,
    **dict.fromkeys(URL_KINDS, URL),
}


@dataclass(frozen=True)
class Source:
    """A page, snippet or setting that holds links."""

    kind: str  # SourceKind
    model: type
    pk: object
    label: str
    language: str  # "" for what every language shares
    locale_id: int | None


@dataclass(frozen=True)
class Link:
    source: Source
    field: str  # the model field's name
    kind: str
    target: str  # a page or document id, a contact key, an address, a number
    text: str = ""


# --- Rich text and blocks ----------------------------------------------------------------------


def _text(inner):
    return " ".join(TAG.sub("", inner).split())[:255]


def rich_text_links(html):
    """(kind, target, text) of every link in rich text (database format)."""
    for match in A_ELEMENT.finditer(html or ""):
        attrs = extract_attrs(match.group(1))
        text = _text(match.group(2))
        linktype = attrs.get("linktype")
        if linktype == "page":
            yield PAGE, attrs.get("id", ""), text
        elif linktype == "document":
            yield DOCUMENT, attrs.get("id", ""), text
        elif linktype == contact.FEATURE:
            yield CONTACT, attrs.get("key", ""), text
        elif linktype is None and attrs.get("href"):
            yield from _href(attrs["href"].strip(), text)


def _href(href, text):
    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
    if scheme == "tel":
        yield PHONE, unquote(href[4:]).split(";", 1)[0], text
    elif scheme == "mailto":
        yield EMAIL, unquote(href[7:]).split("?", 1)[0], text
    elif scheme in ("http", "https"):
        yield URL, href, text
    # Anchors (#…), relative addresses and other schemes are not checked.


def block_links(block, raw):
    """(kind, target, text) of every link in a block's raw (JSON) value."""
    if raw is None or raw == "":
        return
    if isinstance(block, ContactBlock) and isinstance(raw, dict):
        kind = CONTACT_KINDS.get(raw.get("kind"))
        if kind and raw.get("value"):
            yield kind, str(raw["value"]).strip(), ""
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            if isinstance(child, dict) and child.get("type") in block.child_blocks:
                yield from block_links(block.child_blocks[child["type"]], child.get("value"))
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            text = raw.get("text") or raw.get("title") or ""
            for name, child in block.child_blocks.items():
                for kind, target, own_text in block_links(child, raw.get(name)):
                    yield kind, target, own_text or str(text)[:255]
    elif isinstance(block, blocks.ListBlock):
        for item in raw or []:
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            yield from block_links(block.child_block, value)
    elif isinstance(block, blocks.RichTextBlock):
        yield from rich_text_links(str(raw))
    elif isinstance(block, blocks.PageChooserBlock):
        yield PAGE_CHOOSER, str(raw), ""
    elif isinstance(block, DocumentChooserBlock):
        yield DOCUMENT, str(raw), ""
    elif isinstance(block, blocks.URLBlock):
        yield URL, str(raw).strip(), ""
    elif isinstance(block, blocks.EmailBlock):
        yield EMAIL, str(raw).strip(), ""


# --- Fields of a model -------------------------------------------------------------------------


def _synchronized(model):
    return {
        field.field_name
        for field in getattr(model, "translatable_fields", [])
        if isinstance(field, SynchronizedField)
    }


def link_fields(model):
    """The fields of ``model`` that hold links (Page's own fields left out)."""
    phones = PHONE_FIELDS.get(model._meta.label_lower, ())
    text_fields = (RichTextField, StreamField, models.URLField, models.EmailField)
    chosen = (Page, _document_model())
    return [
        field
        for field in model._meta.concrete_fields
        if field.model is not Page
        and not (field.remote_field and field.remote_field.parent_link)
        and (
            isinstance(field, text_fields)
            or field.name in phones
            or (isinstance(field, models.ForeignKey) and field.related_model in chosen)
        )
    ]


def _document_model():
    from wagtail.documents import get_document_model

    return get_document_model()


def links_of(source, instance, skip=()):
    """The links of one page, snippet or setting."""
    model = type(instance)
    phones = PHONE_FIELDS.get(model._meta.label_lower, ())
    for field in link_fields(model):
        if field.name in skip:
            continue
        if isinstance(field, models.ForeignKey):
            pk = getattr(instance, field.attname)
            if pk is not None:
                kind = PAGE_CHOOSER if field.related_model is Page else DOCUMENT
                yield Link(source, field.name, kind, str(pk))
            continue
        value = getattr(instance, field.attname)
        if not value:
            continue
        if isinstance(field, StreamField):
            found = block_links(field.stream_block, list(value.raw_data))
        elif isinstance(field, RichTextField):
            found = rich_text_links(value)
        elif isinstance(field, models.EmailField):
            found = [(EMAIL, value.strip(), "")]
        elif isinstance(field, models.URLField):
            found = [(URL, value.strip(), "")]
        elif field.name in phones:
            found = [(PHONE, value.strip(), "")]
        else:
            found = []
        for kind, target, text in found:
            if target:
                yield Link(source, field.name, kind, target, text)


# --- What is walked ------------------------------------------------------------------------


def _locales(language):
    locales = Locale.objects.all()
    if language:
        locales = locales.filter(language_code=language)
    return {locale.pk: locale.language_code for locale in locales}


def _skipped(model, locale_id, default_locale_id):
    if locale_id is None or locale_id == default_locale_id:
        return ()
    return _synchronized(model)


def page_links(language=None, pages=None):
    """The links of every live page that is not an alias (of ``language`` only, if given)."""
    locales = _locales(language)
    default = Locale.get_default().pk
    queryset = pages if pages is not None else Page.objects.all()
    queryset = queryset.live().filter(alias_of__isnull=True, locale_id__in=locales, depth__gt=1)
    for page in queryset.specific().iterator(chunk_size=200):
        source = Source(
            SourceKind.PAGE,
            Page,
            page.pk,
            page.title[:255],
            locales[page.locale_id],
            page.locale_id,
        )
        yield from links_of(source, page, _skipped(type(page), page.locale_id, default))


def snippet_links(language=None, models_=None):
    locales = _locales(language)
    default = Locale.get_default().pk
    for model in models_ if models_ is not None else get_snippet_models():
        if not link_fields(model):
            continue
        queryset = model.objects.all()
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one and f.null is False]
        if related:
            queryset = queryset.select_related(*related)
        translatable = issubclass(model, TranslatableMixin)
        if translatable:
            queryset = queryset.filter(locale_id__in=locales)
        elif language:
            continue  # shared by every language: checked in a run for all languages
        for instance in queryset.order_by("pk").iterator(chunk_size=200):
            locale_id = instance.locale_id if translatable else None
            source = Source(
                SourceKind.SNIPPET,
                model,
                instance.pk,
                str(instance)[:255],
                locales.get(locale_id, ""),
                locale_id,
            )
            yield from links_of(source, instance, _skipped(model, locale_id, default))


def setting_links(language=None):
    if language:
        return  # settings are shared by every language
    for model in settings_registry:
        if not link_fields(model):
            continue
        queryset = model.objects.all()
        if any(field.name == "site" for field in model._meta.concrete_fields):
            queryset = queryset.select_related("site")
        for instance in queryset.order_by("pk"):
            site = getattr(instance, "site", None)
            label = site.site_name or site.hostname if site is not None else ""
            source = Source(SourceKind.SETTING, model, instance.pk, label[:255], "", None)
            yield from links_of(source, instance)


def all_links(language=None):
    """Every link of the site, of ``language`` only (and nothing shared) if given."""
    if language and language not in dict(settings.LANGUAGES):
        raise ValueError(language)
    yield from page_links(language)
    yield from snippet_links(language)
    yield from setting_links(language)
