"""Settings of the grown site the serving benchmark measures (``bench/serve.py --grow``): the
production settings with ten more content languages, as if KOK added them. Their interface
falls back to English (there are no catalogues for them): the benchmark measures what more
languages cost a page, not their text."""

from kokcms.settings.production import *  # noqa: F403
from kokcms.settings.production import LANGUAGES

MORE_LANGUAGES = [
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("cs", "Čeština"),
    ("sk", "Slovenčina"),
    ("hr", "Hrvatski"),
    ("sl", "Slovenščina"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("el", "Ελληνικά"),
    ("sq", "Shqip"),
]
LANGUAGES = [*LANGUAGES, *MORE_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
