"""Dates on rendered pages: a ``datetime`` HTML accepts, the text in each language's conventions.

The Leitbild shows both kinds of date: "Adopted on" (SHORT_DATE_FORMAT) and, translated, the
translation status line "Last compared with the German original on" (DATE_FORMAT). It is
translated into every language here, its adoption set to 18 July 2025 (day above 12, so day and
month cannot be mistaken) and its last comparison to 23:30:05.123456 UTC on 30 November 2026,
which is already 1 December in Berlin, the site's time zone.
"""

import datetime
import html as html_lib
import re

from django.conf import settings

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

import pytest

from information.models import MissionStatementPage
from tests.pages import translate

pytestmark = pytest.mark.django_db

ADOPTED = datetime.date(2025, 7, 18)
COMPARED = datetime.datetime(2026, 11, 30, 23, 30, 5, 123456, tzinfo=datetime.UTC)
COMPARED_IN_BERLIN = datetime.date(2026, 12, 1)

# How each language writes the two dates (CLDR and the languages' style guides): day before
# month in British English, month names in lower case where the language writes them so.
LONG = {
    "de": "1. Dezember 2026",
    "en": "1 December 2026",
    "ro": "1 decembrie 2026",
    "bg": "1 декември 2026 г.",
    "pl": "1 grudnia 2026",
    "hu": "2026. december 1.",
    "uk": "01 грудня 2026 р.",
    "ru": "1 декабря 2026 г.",
    "tr": "01 Aralık 2026",
    "ar": "1 ديسمبر 2026",
    "fa": "1 دسامبر 2026",
    "vi": "ngày 01 tháng 12 năm 2026",
    "zh-hans": "2026年12月1日",
    "es": "1 de diciembre de 2026",
    "fr": "1 décembre 2026",
    "pt": "1 de dezembro de 2026",
    "sr": "1. децембар 2026.",
    "th": "1 ธันวาคม 2026",
    "de-x-ls": "1. Dezember 2026",  # Leichte Sprache writes dates as German does
}
SHORT = {
    "de": "18.07.2025",
    "en": "18/07/2025",
    "ro": "18.07.2025",
    "bg": "18.07.2025",
    "pl": "18.07.2025",
    "hu": "2025.07.18.",
    "uk": "18.07.2025",
    "ru": "18.07.2025",
    "tr": "18 Tem 2025",
    "ar": "18/07/2025",  # with right-to-left marks around the slashes
    "fa": "2025/7/18",
    "vi": "18/07/2025",
    "zh-hans": "2025年7月18日",
    "es": "18/07/2025",
    "fr": "18/07/2025",
    "pt": "18/07/2025",
    "sr": "18.07.2025.",
    "th": "18 ก.ค. 2025",
    "de-x-ls": "18.07.2025",
}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]

TIME = re.compile(r'<time datetime="([^"]*)">(.*?)</time>', re.S)
# HTML's valid date string, or global date and time string (at most 3 digits of a second).
VALID_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})"
)
MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


def times(html):
    return [
        (value, html_lib.unescape(text).translate(MARKS).strip())
        for value, text in TIME.findall(html)
    ]


@pytest.fixture
def leitbild_everywhere():
    """The Leitbild, translated into every language, with known dates; {code: url}."""
    german = MissionStatementPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    german.adopted_on = ADOPTED
    german.save_revision().publish()
    urls = {settings.LANGUAGE_CODE: german.url}
    for code in OTHER_LANGUAGES:
        _translation, page = translate(german, code, reuse_live=True)
        type(page).objects.filter(pk=page.pk).update(adopted_on=ADOPTED)
        urls[code] = page.url
    TranslationSource.objects.filter(object_id=german.translation_key).update(
        last_updated_at=COMPARED
    )
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_follow_the_languages_conventions(client, leitbild_everywhere, language):
    html = client.get(leitbild_everywhere[language]).content.decode()
    shown = times(html)
    assert (ADOPTED.isoformat(), SHORT[language]) in shown
    if language != settings.LANGUAGE_CODE:
        assert (COMPARED_IN_BERLIN.isoformat(), LONG[language]) in shown


def test_time_elements_are_valid_html_on_every_translated_page(client, leitbild_everywhere):
    """No microseconds, and the machine-readable date is the one the reader sees (Berlin)."""
    seen = 0
    for page in Page.objects.live().filter(depth__gt=1, alias_of__isnull=True).specific():
        response = client.get(page.url)
        if response.status_code != 200:
            continue
        for value, _text in times(response.content.decode()):
            assert VALID_DATETIME.fullmatch(value), (page.url, value)
            seen += 1
    assert seen >= 2 * len(OTHER_LANGUAGES)
