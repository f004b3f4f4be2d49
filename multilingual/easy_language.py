"""Leichte Sprache (Easy German), the one language of ours that is a variant of another.

Its code is ``de-x-ls``, a valid BCP 47 private-use tag (BCP 47 has none for Leichte Sprache;
``de-ls`` would mean German as spoken in Lesotho). It is a content language like the 18 others
(own URL prefix, translator group, wagtail-localize translations), with two differences, both
decided here:

- Whatever is not translated falls back to standard German, never to English: its readers read
  German (``fallback_languages`` in ``multilingual/versions.py`` reads ``VARIANT_OF``).
- Its UI catalogue (``locale/de_X-ls/LC_MESSAGES/django.po``) is partial: it holds at least the
  strings a reader meets on the pages shipped in Leichte Sprache (``READER_UI_MSGIDS``), and
  whatever else a feature for these readers adds; Django takes every other string from the
  German catalogue (``LANGUAGE_CODE``).
  ``tests/test_catalogues.py`` checks the catalogue against this rule, and
  ``tests/test_easy_language.py`` that the shipped pages use no UI string outside it.
"""

from django.conf import settings

EASY_GERMAN = "de-x-ls"

# Languages that are a variant of another: their untranslated pages and UI strings come from it.
VARIANT_OF = {EASY_GERMAN: settings.LANGUAGE_CODE}

# The UI strings (msgids of locale/<dir>/LC_MESSAGES/django.po) on the pages shipped in Leichte
# Sprache: header, menu, language list, help box, quick exit, notices and footer.
READER_UI_MSGIDS = (
    "About KOK",
    "Ask us which specialised counselling centre near you can help.",
    "Back to the previous page",
    "Breadcrumbs",
    "Browse safely",
    "Choose language",
    "Contact",
    "Donate",
    "E-mail",
    "Exit this page",
    "Fax",
    "Find a counselling centre",
    "Find a counselling centre near you, in your language",
    "Find a counselling centre that helps with this",
    "Find help",
    "German",
    "Help against human trafficking and exploitation",
    "Home",
    "How to protect your visit to this site.",
    "In plain words",
    "Know your rights",
    "Language",
    "Main menu",
    "More in German",
    "Near you, in your language, for what happened to you.",
    "Network against trafficking in human beings",
    "Other versions:",
    "Other ways to read",
    "Phone",
    "Quick exit",
    "Read more",
    "Search",
    "Search term",
    "Service",
    "Shown in:",
    "Signs to look for",
    "Skip to main content",
    "Start here",
    "This page has not been translated into your language yet.",
    "Translated from German. Last compared with the German original on:",
    "What exploitation is and which rights you have.",
    "Where to get help",
    "Your rights",
    "federal states",
    "forms of exploitation",
    "languages of counselling",
    "or press Shift 3 times",
)


def partial_catalogue_msgids(language_code):
    """The msgids a partial catalogue must translate at least; None for a language whose
    catalogue is complete (every msgid of the German one)."""
    if language_code == EASY_GERMAN:
        return set(READER_UI_MSGIDS)
    return None
