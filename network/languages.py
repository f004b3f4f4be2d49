"""Names of the languages of counselling: each in its own script, and in the reader's language.

Counselling places store ISO 639-1 codes (``network.fields``). Django knows the names of about
a hundred languages (``LANG_INFO``; ``zh`` under ``zh-hans``) and translates them in its own
catalogues; for languages of migration Django lacks, ``ENDONYMS`` gives the name in the
language itself (a reader recognises their own language in its own script, whatever language
the page is in). A code known to neither is shown as the code.
"""

import unicodedata

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext

# ISO 639-1 -> Django's LANG_INFO key where they differ.
DJANGO_CODES = {"zh": "zh-hans"}

# Endonyms Django lacks: languages counselling centres in Germany are asked for.
ENDONYMS = {
    "am": "አማርኛ",
    "ff": "Fulfulde",
    "ha": "Hausa",
    "ku": "Kurdî",
    "ln": "Lingála",
    "mg": "Malagasy",
    "om": "Afaan Oromoo",
    "ps": "پښتو",
    "rw": "Ikinyarwanda",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "tl": "Tagalog",
    "tw": "Twi",
    "wo": "Wolof",
    "yo": "Yorùbá",
}
RIGHT_TO_LEFT = {"ps"}


def iso_code(site_language):
    """A site language (``zh-hans``) as the ISO 639-1 code places use (``zh``)."""
    return site_language.split("-")[0]


def describe(code):
    """{"code", "own" (its name in itself), "name" (in the reader's language), "dir"}."""
    info = LANG_INFO.get(DJANGO_CODES.get(code, code))
    if info and "name_local" in info:
        own = unicodedata.normalize("NFC", info["name_local"])
        name = gettext(info["name"])
        direction = "rtl" if info.get("bidi") else "ltr"
    else:
        own = ENDONYMS.get(code, code)
        name = own
        direction = "rtl" if code in RIGHT_TO_LEFT else "ltr"
    return {
        "code": code,
        "own": own[:1].upper() + own[1:],
        "name": name[:1].upper() + name[1:],
        "dir": direction,
    }
