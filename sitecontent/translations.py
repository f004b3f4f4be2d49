"""Ship real wagtail-localize translations of the demo content.

The translations live as gettext catalogues in ``sitecontent/content/locale/<lang>.po`` (msgid: the
German source segment, msgstr: its translation), the same format translators download from
wagtail-localize. ``bootstrap_kok`` feeds them through wagtail-localize's own machinery
(TranslationSource → Translation → ``import_po`` → ``save_target``), so every shipped page is a
genuine translation that the translation editor, the status report and later syncs know about.
"""

from pathlib import Path

from django.conf import settings

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

import polib

from home.models import FooterText, HelpBox, HomePage, Person, SpecialPages
from information.glossary import GlossaryTerm
from information.models import FormOfExploitationPage, FormsOfExploitationIndexPage
from multilingual.easy_language import EASY_GERMAN

CATALOGUE_DIR = Path(__file__).resolve().parent / "content" / "locale"
# Special pages an affected person needs, translated into every language with the forms of
# exploitation. Leichte Sprache and sign language are ways into German by nature: never translated.
READER_FACING_SPECIAL_PAGES = (
    "contact",
    "finder",
    "browse_safely",
    "data_protection",
    "accessibility",
)
# Leichte Sprache (multilingual/easy_language.py) ships fewer: the home page, the help box, browse
# safely and the forms of exploitation; everything else (the footer too) is German with the notice.
EASY_GERMAN_SPECIAL_PAGES = ("browse_safely",)
# Further pages (with their subpages) by language: everything for professionals and the public in
# English; the Leitbild also in the languages it was first translated into.
FURTHER_PAGES = {
    "en": (
        "leitbild",
        "vernetzung",
        "ueber-uns",
        "spenden",
        "impressum",
        "kok-informiert",
        "publikationen",
    ),
    "ar": ("leitbild",),
    "ro": ("leitbild",),
    "uk": ("leitbild",),
}


def reader_facing_objects(language_code=None):
    """The German objects every one of the 17 translated languages ships (Leichte Sprache: its
    own, smaller set when ``language_code`` is given), parents before children, and the
    glossary whose terms those pages explain in place."""
    easy = language_code == EASY_GERMAN
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=source)
    special = SpecialPages.for_site(home.get_site())
    roles = EASY_GERMAN_SPECIAL_PAGES if easy else READER_FACING_SPECIAL_PAGES
    pages = [getattr(special, role) for role in roles]
    return [
        home,
        HelpBox.objects.get(locale=source),
        *([] if easy else [FooterText.objects.get(locale=source)]),
        *FormsOfExploitationIndexPage.objects.filter(locale=source),
        *FormOfExploitationPage.objects.filter(locale=source).order_by("path"),
        *(page.specific for page in pages if page is not None),
        *GlossaryTerm.objects.filter(locale=source).order_by("term"),
    ]


def further_objects(language_code):
    """The further German pages (with their subpages) shipped in ``language_code``, and the
    people "Über uns" shows where that page is shipped (their roles)."""
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    slugs = FURTHER_PAGES.get(language_code, ())
    tops = home.get_children().filter(slug__in=slugs)
    pages = Page.objects.none()
    for top in tops:
        pages |= Page.objects.descendant_of(top, inclusive=True)
    people = []
    if "ueber-uns" in slugs:
        people = list(Person.objects.filter(locale=home.locale).order_by("group", "sort_order"))
    return [*(page.specific for page in pages.order_by("path")), *people]


def source_objects(language_code):
    """The German objects translated into ``language_code``, parents before children."""
    return reader_facing_objects(language_code) + further_objects(language_code)


def catalogue_path(language_code):
    return CATALOGUE_DIR / f"{language_code}.po"


def load_memory(language_code):
    path = catalogue_path(language_code)
    if not path.exists():
        return {}
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }


class IncompleteCatalogue(ValueError):
    """The catalogue leaves a page an affected person needs without some of its strings."""


def translate(language_code, *, user=None):
    """Create the missing translations for one language. Returns (created, untranslated).

    An object is translated only when the catalogue covers every one of its strings. A
    reader-facing object the catalogue does not cover raises ``IncompleteCatalogue`` (naming the
    object and the first missing string) before anything is created for that language; further
    pages without a full translation stay German and are listed in ``untranslated``.
    """
    locale = Locale.objects.get(language_code=language_code)
    memory = load_memory(language_code)
    reader_facing = reader_facing_objects(language_code)
    objects = reader_facing + further_objects(language_code)  # source_objects(), built once
    sources = {
        instance: TranslationSource.get_or_create_from_instance(instance)[0] for instance in objects
    }
    for instance in reader_facing:
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            # Already translated: an editor may have changed the German since; the translation
            # report shows it as outdated, and a re-run of the bootstrap must not stop here.
            continue
        for segment in (
            sources[instance].stringsegment_set.order_by("order").select_related("string")
        ):
            if segment.string.data not in memory:
                raise IncompleteCatalogue(
                    f"{catalogue_path(language_code).name}: “{instance}” needs a translation of "
                    f"“{segment.string.data[:120]}”"
                )
    created_count, untranslated = 0, []
    for instance in objects:
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue  # already translated: never overwrite a translator's work
        source = sources[instance]
        missing = [
            segment.string.data
            for segment in source.stringsegment_set.select_related("string")
            if segment.string.data not in memory
        ]
        if missing:
            # A half-translated page would mix languages; leave it to the German fallback.
            untranslated += [(str(instance), msgid) for msgid in missing]
            continue
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        for entry in po:
            entry.msgstr = memory[entry.msgid]
        translation.import_po(po, user=user, tool_name="KOK bootstrap")
        translation.save_target(user=user, publish=True)
        created_count += 1
    return created_count, untranslated


def export_catalogue(language_code):
    """Write (or refresh) the catalogue a translator fills for ``language_code``."""
    memory = load_memory(language_code)
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = {
        "Language": language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    seen = set()
    for instance in source_objects(language_code):
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        for segment in source.stringsegment_set.order_by("order").select_related(
            "string", "context"
        ):
            msgid = segment.string.data
            if msgid in seen:
                continue
            seen.add(msgid)
            catalogue.append(
                polib.POEntry(
                    msgid=msgid,
                    msgstr=memory.get(msgid, ""),
                    occurrences=[(f"{instance._meta.model_name}:{instance.pk}", "")],
                    comment=segment.context.path,
                )
            )
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(catalogue_path(language_code)))
    return len(catalogue)
