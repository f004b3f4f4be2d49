"""The demo glossary (information/glossary.py): three legal and administrative terms the forms
of exploitation use, with plain German explanations, and their shipped translations.

The explanations say only what the demo pages already say, in general terms (free and
confidential counselling; at least three months to decide, § 59 Abs. 7 AufenthG; a residence
permit is granted for a purpose and a time, § 7 AufenthG). The translations are real
wagtail-localize translations of the snippets, fed from ``content/locale/<lang>.po`` as the
pages' are (``sitecontent/translations.py``); a language whose catalogue lacks a term's strings
gets no glossary in it (its text would not hold the term anyway).
"""

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from information.glossary import GlossaryTerm

from . import translations

TERMS = (
    {
        "term": "Fachberatungsstelle",
        "other_forms": "Fachberatungsstellen",
        "explanation": (
            "Eine Beratungsstelle für Menschen, die von Menschenhandel oder Ausbeutung betroffen "
            "sind. Die Beratung ist kostenlos und vertraulich. Eine Fachberatungsstelle ist keine "
            "Behörde."
        ),
    },
    {
        "term": "Bedenk- und Stabilisierungsfrist",
        "other_forms": "Bedenk- und Stabilisierungsfristen",
        "explanation": (
            "Eine Frist von mindestens drei Monaten für Menschen aus Ländern außerhalb der EU ohne "
            "Aufenthaltsrecht. In dieser Zeit müssen Sie Deutschland nicht verlassen. Sie können "
            "zur Ruhe kommen und überlegen, ob Sie bei Polizei und Gericht aussagen wollen."
        ),
    },
    {
        "term": "Aufenthaltserlaubnis",
        "other_forms": "Aufenthaltserlaubnisse",
        "explanation": (
            "Die Erlaubnis, für eine bestimmte Zeit in Deutschland zu leben. Die Ausländerbehörde "
            "erteilt sie für einen bestimmten Zweck."
        ),
    },
)


def load():
    """Create the German terms still missing. Returns how many were created."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    created = 0
    for data in TERMS:
        _term, new = GlossaryTerm.objects.get_or_create(
            locale=source, term=data["term"], defaults=data
        )
        created += new
    return created


def translate(language_code, *, user=None):
    """Translate the German terms into ``language_code`` where the catalogue covers them and no
    translation exists yet (a translator's work is never overwritten). Returns how many."""
    locale = Locale.objects.get(language_code=language_code)
    memory = translations.load_memory(language_code)
    created = 0
    for term in GlossaryTerm.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        if term.get_translation_or_none(locale) is not None:
            continue
        source, _new = TranslationSource.get_or_create_from_instance(term)
        strings = [segment.string.data for segment in source.stringsegment_set.all()]
        if not strings or any(string not in memory for string in strings):
            continue
        translation, _new = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        for entry in po:
            entry.msgstr = memory[entry.msgid]
        translation.import_po(po, user=user, tool_name="KOK bootstrap")
        translation.save_target(user=user)
        created += 1
    return created
