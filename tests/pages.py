"""The one page builder for tests and the benchmark (bench/search.py): a factory per page type,
pages in several languages, translations made with wagtail-localize as a translator makes them."""

import datetime
import json
import uuid

from django.test import TestCase
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

import factory
import wagtail_factories

from home.models import DonationPage, HomePage, StandardPage
from information.models import (
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    MissionStatementPage,
)
from network.models import NetworkBodyPage, NetworkIndexPage

# --- Query budget ------------------------------------------------------------------------------
MAX_QUERIES = 15  # any page, in any language, translated or alias
# Page types that read data beside the page tree, one query each: the finder's counselling places
# (with their translations). Counted once, whatever the number of places (tests/test_finder.py);
# the home page's leaflets in the reader's language (their files with leaflet and document, one
# query whatever the number of publications: tests/test_publications.py).
EXTRA_QUERIES = {"network.counsellingfinderpage": 1, "home.homepage": 1}


def query_budget(page):
    """The most SQL queries a request for ``page`` may make."""
    return MAX_QUERIES + EXTRA_QUERIES.get(page.specific_class._meta.label_lower, 0)


# --- A factory per page type -------------------------------------------------------------------
class HomePageFactory(wagtail_factories.PageFactory):
    title = "Start"
    introduction = "Willkommen."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    introduction = "Eine Seite."

    class Meta:
        model = StandardPage


class DonationPageFactory(wagtail_factories.PageFactory):
    title = "Spenden"
    account_holder = "KOK e.V."
    bank_name = "Evangelische Bank eG"
    iban = "DE43520604100003911047"
    bic = "GENODEF1EK1"
    reference = "Spende"

    class Meta:
        model = DonationPage


class MissionStatementPageFactory(wagtail_factories.PageFactory):
    title = "Leitbild"
    adopted_on = datetime.date(2025, 7, 18)
    preamble = "<p>Präambel</p>"
    purpose_and_goals = "<p>Zweck</p>"
    principles = "<p>Grundlagen</p>"
    way_of_working = "<p>Arbeitsweise</p>"
    tasks = "<p>Aufgaben</p>"

    class Meta:
        model = MissionStatementPage


class FormsOfExploitationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Formen der Ausbeutung"

    class Meta:
        model = FormsOfExploitationIndexPage


class FormOfExploitationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Form {n}")
    summary = "<p>Kurz erklärt.</p>"
    signs = "<ul><li>Pass wurde abgenommen</li></ul>"
    rights = "<p>Beratung ist kostenlos.</p>"
    help = "<p>Fachberatungsstellen helfen.</p>"

    class Meta:
        model = FormOfExploitationPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vernetzung"

    class Meta:
        model = NetworkIndexPage


class NetworkBodyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gremium {n}")
    scope = NetworkBodyPage.Scope.NATIONAL
    host_institution = "BMFSFJ"
    founded = 1997
    members = "Bund und Länder"
    working_groups = "AG 1\nAG 2"

    class Meta:
        model = NetworkBodyPage


def add_page(parent, title, text, *, slug=None, live=True):
    """A standard page with ``text`` as its introduction and as a paragraph of its body."""
    return StandardPageFactory(
        parent=parent,
        title=title,
        slug=slug or slugify(title) or f"page-{uuid.uuid4().hex[:8]}",
        introduction=text,
        body=json.dumps([{"type": "paragraph", "value": f"<p>{escape(text)}</p>"}]),
        locale_id=parent.locale_id,
        live=live,
    )


# --- Languages ---------------------------------------------------------------------------------
def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def german_home():
    return Site.objects.get(is_default_site=True).root_page.specific


def home_in(language_code):
    """The live home page of a language: the German one, or a real translation of it."""
    return translation_of(german_home(), language_code)


def translation_of(page, language_code):
    """A live, real (not alias) translation of ``page``: the existing one, the alias that
    locale synchronisation made turned into a translation, or a new copy."""
    target = locale(language_code)
    if page.locale_id == target.pk:
        return page
    version = page.get_translation_or_none(target)
    if version is None:
        version = page.copy_for_translation(target, copy_parents=True)
    elif version.alias_of_id:
        ConvertAliasPageAction(version.specific).execute(skip_permission_checks=True)
    version = version.specific_class.objects.get(pk=version.pk)
    if not version.live:
        version.save_revision().publish()
    return version


def alias_of(page, language_code):
    """The alias of an untranslated ``page`` in a language (locale synchronisation's, or new)."""
    target = locale(language_code)
    alias = page.aliases.filter(locale=target).first()
    if alias is None:
        parent = page.get_parent().get_translation_or_none(target) or home_in(language_code)
        alias = page.create_alias(parent=parent, update_locale=target, reset_translation_key=False)
    return alias


def translate(instance, language_code, *, publish=True, marked=False, reuse_live=False):
    """Translate ``instance`` (a page or a translatable snippet) into a language with
    wagtail-localize, as a translator does; returns (translation, translated instance).

    Strings without a translation fall back to the German text, unless ``marked``: then every
    string becomes "[code] German text" (slugs stay German), after the page's untranslated
    ancestors were translated the same way, so a reader can tell the translation from the German.
    With ``reuse_live`` an existing live translation of a page (not an alias) is returned as it
    is, with its wagtail-localize translation if it has one (else None).
    ``publish=False`` saves the translated page as a draft.
    """
    target_locale = locale(language_code)
    if reuse_live and isinstance(instance, Page):
        existing = instance.get_translation_or_none(target_locale)
        if existing is not None and not existing.alias_of_id and existing.live:
            translation = Translation.objects.filter(
                source__object_id=instance.translation_key, target_locale=target_locale
            ).first()
            return translation, existing.specific
    if marked and isinstance(instance, Page):
        for ancestor in instance.get_ancestors().filter(depth__gt=1):
            translate(ancestor.specific, language_code, marked=True, reuse_live=True)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=target_locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    if marked:
        po = translation.export_po()
        for entry in po:
            slug = entry.comment == "slug"
            entry.msgstr = entry.msgid if slug else f"[{language_code}] {entry.msgid}"
        translation.import_po(po)
    with TestCase.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=publish)
    translated = instance.get_translation(target_locale)
    if isinstance(translated, Page):
        translated = translated.specific
    return translation, translated
