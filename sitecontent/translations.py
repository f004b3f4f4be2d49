"""Ship real wagtail-localize translations of the demo content.

The translations live as gettext catalogues in ``sitecontent/content/locale/<lang>.po`` (msgid: the
German source segment, msgstr: its translation), the same format translators download from
wagtail-localize. ``bootstrap_kok`` feeds them through wagtail-localize's own machinery
(TranslationSource → Translation → ``import_po`` → ``save_target``), so every shipped page is a
genuine translation that the translation editor, the status report and later syncs know about.
"""

from pathlib import Path

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import polib

from home.models import FooterText, HelpBox, HomePage
from information.models import (
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    MissionStatementPage,
)

CATALOGUE_DIR = Path(__file__).resolve().parent / "content" / "locale"
# Languages in which readers get the core information (the rest get home page and help box).
FULL_LANGUAGES = ("en", "ar", "ro", "uk")


def source_objects(language_code):
    """The German objects translated into ``language_code``, parents before children."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    objects = [
        HomePage.objects.get(locale=source),
        HelpBox.objects.get(locale=source),
        FooterText.objects.get(locale=source),
    ]
    if language_code in FULL_LANGUAGES:
        objects += [
            *MissionStatementPage.objects.filter(locale=source),
            *FormsOfExploitationIndexPage.objects.filter(locale=source),
            *FormOfExploitationPage.objects.filter(locale=source).order_by("path"),
        ]
    return objects


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


def translate(language_code, *, user=None):
    """Create the missing translations for one language. Returns (created, untranslated).

    An object is translated only when the catalogue covers every one of its strings.
    """
    locale = Locale.objects.get(language_code=language_code)
    memory = load_memory(language_code)
    created_count, untranslated = 0, []
    for instance in source_objects(language_code):
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue  # already translated: never overwrite a translator's work
        source, _ = TranslationSource.get_or_create_from_instance(instance)
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
