"""A page's language versions and the fallback a reader gets.

What is missing upstream and why this module exists: wagtail-localize keeps untranslated pages
reachable as *alias pages* (locale synchronisation), but an alias silently shows the source
content: no notice, no fallback to another translation, and aliases are listed like real
translations (wagtail-localize#461; mozilla/bedrock#15062 had to filter them out of its language
selector by hand). ``PageLanguages`` tells translations from aliases with one query and picks
what to show. Delete it once wagtail-localize ships a fallback notice.
"""

import copy
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import translation

from wagtail.models import Page
from wagtail_localize.models import Translation

from .easy_language import VARIANT_OF

# Whose content an untranslated page shows, in this order (the German source always exists).
FALLBACK_LANGUAGES = ("en", settings.LANGUAGE_CODE)

VERSION_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "slug",
    "title",
    "translation_key",
    "alias_of_id",
    "live",
    "last_published_at",
    "content_type_id",
    "locale_id",
    "locale__language_code",
)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def fallback_languages(language):
    """Whose content stands in for an untranslated page in ``language``, in this order: the
    language a variant belongs to (Leichte Sprache: German only), else FALLBACK_LANGUAGES."""
    if language in VARIANT_OF:
        return (VARIANT_OF[language],)
    return FALLBACK_LANGUAGES


def language_info(code):
    """A language's name in its own script (capitalised, as in a menu) and its direction.

    The name is NFC-normalised, the form the web expects: Django spells "Tiếng Việt" with
    combining marks, which the Nu Html Checker warns about on every page.
    """
    info = translation.get_language_info(code)
    own = unicodedata.normalize("NFC", info["name_local"])
    return {
        "code": code,
        "name": own[:1].upper() + own[1:],
        "dir": "rtl" if info["bidi"] else "ltr",
    }


@dataclass
class PageLanguages:
    """The versions of one page that a reader can get, and what this request shows."""

    page: Page
    language: str  # the reader's language (from the URL)
    page_language: str  # the locale of the served page (an alias is in the reader's locale)
    versions: dict = field(default_factory=dict)  # code -> live page (translation or alias)
    translations: dict = field(default_factory=dict)  # code -> live page that is no alias

    @property
    def is_fallback(self):
        """The reader's language has no translation of this page: an alias or a foreign tree."""
        return self.language not in self.translations

    @property
    def content_language(self):
        if not self.is_fallback:
            return self.language
        return next(
            (code for code in fallback_languages(self.language) if code in self.translations),
            self.page_language,
        )

    @property
    def source(self):
        return self.translations.get(settings.LANGUAGE_CODE)

    def content_page(self):
        """The page whose fields are rendered: the page itself unless another language's
        translation stands in for it. An alias already holds the German content."""
        code = self.content_language
        if not self.is_fallback or code == self.page_language:
            return self.page
        source = self.source
        if code == settings.LANGUAGE_CODE and source and self.page.alias_of_id == source.pk:
            return self.page  # an alias is kept identical to its German original
        return self.translations[code].specific

    @property
    def last_synced(self):
        """When this translation was last brought up to date with its German source; None for
        the source itself, aliases and pages wagtail-localize did not translate."""
        own = self.versions.get(self.page_language)
        if self.is_fallback or own is None or own.pk != self.page.pk:
            return None
        return own.synced_at

    def alternatives(self):
        """Other real translations the reader may prefer, in the order of settings.LANGUAGES."""
        return [
            (code, page)
            for code, page in self.translations.items()
            if code != self.content_language
        ]


def page_languages(page, language):
    """``PageLanguages`` of ``page`` for a reader of ``language``, in one query: every live
    version with its locale and, for translations, when wagtail-localize last synced it with
    the German source. For an alias the versions come with their own fields, so the English
    or German text that stands in for it costs nothing more. Callers memoise it per request
    (``Reader.versions``)."""
    last_sync = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
        enabled=True,
    ).values("source__last_updated_at")[:1]
    if page.alias_of_id:
        versions = (page.specific_class or type(page)).objects.all()
    else:
        versions = Page.objects.only(*VERSION_FIELDS)
    found = {
        version.locale.language_code: version
        for version in versions.filter(translation_key=page.translation_key, live=True)
        .select_related("locale")
        .annotate(synced_at=Subquery(last_sync))
    }
    if not page.alias_of_id and all(version.pk != page.pk for version in found.values()):
        # Not live: a draft an editor previews. In its own language it is its own version, so
        # the preview shows no "not translated" notice where readers will not see one.
        draft = copy.copy(page)
        draft.synced_at = None
        found[page.locale.language_code] = draft
    ordered = {code: found[code] for code in language_codes() if code in found}
    own = next((code for code, version in ordered.items() if version.pk == page.pk), None)
    return PageLanguages(
        page=page,
        language=language,
        page_language=own or page.locale.language_code,
        versions=ordered,
        translations={
            code: version for code, version in ordered.items() if not version.alias_of_id
        },
    )
