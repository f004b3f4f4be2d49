"""The demo glossary (information/glossary.py): three legal and administrative terms the forms
of exploitation use, with plain German explanations, and their shipped translations.

The explanations say only what the demo pages already say, in general terms (free and
confidential counselling; at least three months to decide, § 59 Abs. 7 AufenthG; a residence
permit is granted for a purpose and a time, § 7 AufenthG). The translations are real
wagtail-localize translations of the snippets, fed from ``content/locale/<lang>.po`` with the
pages they explain (``sitecontent/translations.reader_facing_objects``): every language that
ships those pages ships the glossary, Leichte Sprache included (its terms are the words its
pages use: "Fach·beratungs·stelle").
"""

from django.conf import settings

from wagtail.models import Locale

from information.glossary import GlossaryTerm

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
