"""Pages in several languages for the search tests and the benchmark (bench/search.py)."""

import json
import uuid

from django.utils.html import escape
from django.utils.text import slugify

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Site

from home.models import StandardPage


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
        alias = page.create_alias(
            parent=parent, update_locale=target, reset_translation_key=False
        )
    return alias


def add_page(parent, title, text, *, slug=None, live=True):
    """A standard page with ``text`` as its introduction and as a paragraph of its body."""
    page = StandardPage(
        title=title,
        slug=slug or slugify(title) or f"page-{uuid.uuid4().hex[:8]}",
        introduction=text,
        body=json.dumps([{"type": "paragraph", "value": f"<p>{escape(text)}</p>"}]),
        locale_id=parent.locale_id,
        live=live,
    )
    parent.add_child(instance=page)
    return page
