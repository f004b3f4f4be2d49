"""Readability measures per language, computed with textstat, and the bands they fall into.

A measure exists for a language only where textstat has a formula made for it (its language
configuration) and pyphen a hyphenation dictionary to count syllables with:

- German: the Wiener Sachtextformel (variant 1, Bamberger and Vanecek: roughly the school year a
  text suits, 4 very easy to 15 very hard) and Flesch reading ease with Toni Amstad's German
  coefficients (0 very hard to 100 very easy);
- English: Flesch reading ease; Spanish: Fernández Huerta; French: Kandel and Moles; Italian:
  Flesch–Vacca; Dutch: Flesch–Douma; Russian: Oborneva; Hungarian: textstat's Hungarian
  coefficients. All are Flesch's scale, 0 very hard to 100 very easy.

The other languages of the site (Arabic, Persian, Thai, Vietnamese, Chinese, and those textstat
would score with English coefficients: Polish, Romanian, Bulgarian, Ukrainian, Turkish,
Portuguese, Serbian) have no measure: a figure made for another language would mislead.

No network: textstat counts English syllables with the CMU pronouncing dictionary, which it
downloads through ``nltk.download`` the first time it is asked for English (textstat
``backend/utils/_get_cmudict.py``, for a language whose root before "_" is "en"). English is
therefore scored as "en-US": pyphen reads that as its en_US dictionary, textstat finds no CMU
dictionary for it and uses English's Flesch coefficients (its defaults). The syllables are then
counted by hyphenation, as textstat itself does for every word the CMU dictionary lacks; that
gives a few points more (easier) than the dictionary would. ``tests/test_readability.py`` fails
if anything here downloads or opens a socket. Delete the "en-US" spelling when textstat can be
told not to download (or ships the dictionary).
"""

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Plain-words bands, from easiest to hardest.
EASY = "easy"
FAIRLY_EASY = "fairly-easy"
FAIRLY_HARD = "fairly-hard"
HARD = "hard"
VERY_HARD = "very-hard"
BAND_LABELS = {
    EASY: pgettext_lazy("readability", "easy"),
    FAIRLY_EASY: pgettext_lazy("readability", "fairly easy"),
    FAIRLY_HARD: pgettext_lazy("readability", "fairly hard"),
    HARD: pgettext_lazy("readability", "hard"),
    VERY_HARD: pgettext_lazy("readability", "very hard"),
}
# Flesch's scale: a score at or above the bound is in the band (70 and more: easy).
FLESCH_BANDS = ((70, EASY), (60, FAIRLY_EASY), (50, FAIRLY_HARD), (30, HARD))
# The Wiener Sachtextformel's school years: a score below the bound is in the band.
WIENER_BANDS = ((6, EASY), (8, FAIRLY_EASY), (10, FAIRLY_HARD), (12, HARD))

# Default thresholds: pages past them are marked in the report. Flesch-type scores below the
# threshold are marked, Wiener Sachtextformel scores above it. Override any of them with
# settings.KOKCMS_READABILITY_THRESHOLDS = {"wiener_sachtextformel": 9, ...}.
DEFAULT_THRESHOLDS = {
    "wiener_sachtextformel": 8.0,
    "flesch_amstad": 60.0,
    "flesch": 60.0,
    "fernandez_huerta": 60.0,
    "kandel_moles": 60.0,
    "flesch_vacca": 60.0,
    "flesch_douma": 60.0,
    "oborneva": 60.0,
    "flesch_hu": 60.0,
}


def thresholds():
    return {**DEFAULT_THRESHOLDS, **getattr(settings, "KOKCMS_READABILITY_THRESHOLDS", {})}


@dataclass(frozen=True)
class Measure:
    key: str
    name: str
    textstat_lang: str  # the language textstat and pyphen are told
    higher_is_harder: bool = False  # Flesch: higher is easier; the Wiener Sachtextformel: harder
    help_text: str = ""

    @cached_property
    def _textstat(self):
        # Imported here: textstat brings nltk (a second and 30 MB), which the wagtail_hooks of
        # every worker, readers' too, would otherwise load. One instance per measure, because
        # textstat's module-level functions share one language.
        from textstat.textstat import textstatistics

        instance = textstatistics()
        instance.set_lang(self.textstat_lang)
        return instance

    def compute(self, text):
        if self.key == "wiener_sachtextformel":
            return self._textstat.wiener_sachtextformel(text, 1)
        return self._textstat.flesch_reading_ease(text)

    def band(self, value):
        if self.higher_is_harder:
            return next((band for bound, band in WIENER_BANDS if value < bound), VERY_HARD)
        return next((band for bound, band in FLESCH_BANDS if value >= bound), VERY_HARD)

    @property
    def threshold(self):
        return thresholds()[self.key]

    def over_threshold(self, value):
        limit = self.threshold
        return value > limit if self.higher_is_harder else value < limit

    def difficulty(self, value):
        """A number that grows with difficulty, to order pages from hardest to easiest."""
        return value if self.higher_is_harder else -value

    def __reduce__(self):
        # Kept in the cache by its key only, never with its textstat instance.
        return measure_by_key, (self.key,)


FLESCH_HELP = _("0 to 100: the higher, the easier. Below 60 is hard for many readers.")
WIENER = Measure(
    "wiener_sachtextformel",
    _("Wiener Sachtextformel"),
    "de",
    higher_is_harder=True,
    help_text=_(
        "About the school year a text suits: 4 is very easy, 15 very hard. Short sentences and "
        "short words lower it."
    ),
)
MEASURES = {
    "de": (
        WIENER,
        Measure("flesch_amstad", _("Flesch reading ease (Amstad)"), "de", help_text=FLESCH_HELP),
    ),
    "en": (Measure("flesch", _("Flesch reading ease"), "en-US", help_text=FLESCH_HELP),),
    "es": (Measure("fernandez_huerta", _("Fernández Huerta"), "es", help_text=FLESCH_HELP),),
    "fr": (Measure("kandel_moles", _("Kandel and Moles"), "fr", help_text=FLESCH_HELP),),
    "it": (Measure("flesch_vacca", _("Flesch–Vacca"), "it", help_text=FLESCH_HELP),),
    "nl": (Measure("flesch_douma", _("Flesch–Douma"), "nl", help_text=FLESCH_HELP),),
    "ru": (Measure("oborneva", _("Oborneva"), "ru", help_text=FLESCH_HELP),),
    "hu": (
        Measure("flesch_hu", _("Flesch reading ease (Hungarian)"), "hu", help_text=FLESCH_HELP),
    ),
}


def measure_by_key(key):
    return next(m for measures in MEASURES.values() for m in measures if m.key == key)


def measures_for(language_code):
    """The measures of a language, the first one orders the report; () if there is none. A
    variant without measures of its own is measured as its language: Leichte Sprache
    (``de-x-ls``) is German, and the Wiener Sachtextformel is what its rules aim at."""
    return MEASURES.get(language_code) or MEASURES.get(language_code.split("-")[0], ())


@dataclass(frozen=True)
class Score:
    measure: Measure
    value: float

    @property
    def rounded(self):
        return round(self.value, 1)

    @property
    def band(self):
        return self.measure.band(self.value)

    @property
    def band_label(self):
        return BAND_LABELS[self.band]

    @property
    def over_threshold(self):
        return self.measure.over_threshold(self.value)

    @property
    def difficulty(self):
        return self.measure.difficulty(self.value)


def scores(text, language_code):
    """The scores of ``text`` in each measure of its language ([] without a measure or text)."""
    if not text.strip():
        return []
    return [Score(measure, measure.compute(text)) for measure in measures_for(language_code)]
