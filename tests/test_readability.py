"""The plain-language check (readability/): textstat's scores per language, the report from hardest
to easiest with its thresholds, a translator's own language, the check of one page, nothing for
readers, and no network."""

import re
import socket
from html import unescape

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from wagtail.models import Page

import nltk
import pyphen
import pytest
from textstat.textstat import textstatistics

from readability import check, measures
from readability.report import MIN_WORDS

from .pages import add_page, german_home, locale
from .translator_helpers import make_user, translator

pytestmark = pytest.mark.django_db

GERMAN = (
    "Menschenhandel ist eine schwere Straftat. Die Fachberatungsstellen helfen Betroffenen "
    "kostenlos und vertraulich, auch ohne Aufenthaltsrecht. Sie beraten in vielen Sprachen und "
    "begleiten Sie zur Polizei, wenn Sie das möchten. Niemand erfährt ohne Ihre Zustimmung von "
    "dem Gespräch."
)
ENGLISH = (
    "Human trafficking is a serious crime. The specialist counselling centres help people "
    "affected free of charge and in confidence, also without a residence permit. They advise in "
    "many languages and go with you to the police if you wish. Nobody learns of the talk without "
    "your consent."
)


def textstat_in(lang):
    instance = textstatistics()
    instance.set_lang(lang)
    return instance


def signed_in(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def superuser_client():
    return signed_in(make_user("chief", superuser=True))


@pytest.fixture
def no_network(monkeypatch):
    """Anything that downloads (textstat's English syllables: nltk.download('cmudict')) or
    opens a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# --- The measures --------------------------------------------------------------------------------


def test_a_german_text_scores_as_textstat_says(no_network):
    wiener, amstad = measures.scores(GERMAN, "de")
    assert wiener.measure.key == "wiener_sachtextformel"
    assert wiener.value == pytest.approx(textstat_in("de").wiener_sachtextformel(GERMAN, 1))
    assert amstad.measure.key == "flesch_amstad"
    assert amstad.value == pytest.approx(textstat_in("de").flesch_reading_ease(GERMAN))


def test_an_english_text_scores_as_flesch_with_hyphenation_syllables(no_network):
    """textstat's English Flesch, with syllables counted by pyphen's en_US dictionary (as textstat
    does for words the CMU dictionary lacks) instead of the dictionary it would download."""
    (flesch,) = measures.scores(ENGLISH, "en")
    assert flesch.measure.key == "flesch"
    stats = textstat_in("en-US")
    assert flesch.value == pytest.approx(stats.flesch_reading_ease(ENGLISH))
    hyphenation = pyphen.Pyphen(lang="en_US")
    words = stats.lexicon_count(ENGLISH)
    syllables = sum(
        len(hyphenation.positions(word)) + 1
        for word in stats.remove_punctuation(ENGLISH).lower().split()
    )
    by_hand = 206.835 - 1.015 * words / stats.sentence_count(ENGLISH) - 84.6 * syllables / words
    assert flesch.value == pytest.approx(by_hand)


def test_the_wiener_sachtextformel_of_a_short_sentence_checked_by_hand(no_network):
    """ "Die Beratungsstelle hilft Ihnen kostenlos.": 5 words, 1 sentence; 3 and more syllables:
    Be-ra-tungs-stel-le, kos-ten-los (MS = 40 %); more than 6 letters: the same two (IW = 40 %);
    one syllable: Die, hilft (ES = 40 %). 0.1935·40 + 0.1672·5 + 0.1297·40 − 0.0327·40 − 0.875
    = 7.74 + 0.836 + 5.188 − 1.308 − 0.875 = 11.581: about school year 11, "hard"."""
    wiener = measures.scores("Die Beratungsstelle hilft Ihnen kostenlos.", "de")[0]
    assert wiener.value == pytest.approx(11.581)
    assert wiener.band == measures.HARD
    assert wiener.over_threshold  # the default threshold is 8


def test_bands_and_thresholds_read_both_directions():
    wiener = measures.measure_by_key("wiener_sachtextformel")
    flesch = measures.measure_by_key("flesch")
    assert [wiener.band(v) for v in (4, 7, 9, 11, 14)] == [
        measures.EASY,
        measures.FAIRLY_EASY,
        measures.FAIRLY_HARD,
        measures.HARD,
        measures.VERY_HARD,
    ]
    assert [flesch.band(v) for v in (85, 65, 55, 40, 10)] == [
        measures.EASY,
        measures.FAIRLY_EASY,
        measures.FAIRLY_HARD,
        measures.HARD,
        measures.VERY_HARD,
    ]
    assert wiener.over_threshold(8.5) and not wiener.over_threshold(7.5)
    assert flesch.over_threshold(55) and not flesch.over_threshold(65)
    with override_settings(KOKCMS_READABILITY_THRESHOLDS={"flesch": 50}):
        assert not flesch.over_threshold(55)


@pytest.mark.parametrize("code", ["ar", "fa", "th", "vi", "zh-hans", "ro", "pl", "uk"])
def test_languages_without_a_formula_of_their_own_have_no_measure(code):
    assert measures.measures_for(code) == ()
    assert measures.scores("Ein Text. Noch ein Text mit mehr Wörtern darin.", code) == []


def test_leichte_sprache_is_measured_as_german():
    assert measures.measures_for("de-x-ls") == measures.measures_for("de") != ()
    assert measures.scores(GERMAN, "de-x-ls") == measures.scores(GERMAN, "de")


def test_no_measure_downloads_or_connects(no_network):
    """Every language with a measure, on a text textstat has not seen yet (its caches would
    hide a download)."""
    for code in measures.MEASURES:
        for score in measures.scores(f"{ENGLISH} {code} {GERMAN} {code}.", code):
            assert isinstance(score.value, float)


# --- The text of a page ---------------------------------------------------------------------------


def test_sections_end_sentences_and_abbreviations_do_not():
    sections = [
        "Ihre Rechte",
        "Sie haben Rechte (§ 59 Abs. 7 AufenthG), z. B. das Recht auf Hilfe.",
    ]
    assert check.reader_text(sections).startswith("Ihre Rechte. Sie haben")
    sentences = [sentence.text for sentence in check.sentences_of(sections)]
    assert sentences == ["Ihre Rechte", sections[1]]


def test_longest_sentences_and_words_of_a_page(superuser_client):
    text = (
        "Das ist kurz. Dieser Satz ist ein wenig länger als der erste. Hier steht der längste "
        "Satz dieser Seite mit ganz vielen kleinen Wörtern darin. Aufenthaltserlaubnis und "
        "Fachberatungsstelle sind lang."
    )
    page = add_page(german_home(), "Lesbarkeit", text)
    html = unescape(
        superuser_client.get(reverse("readability_page", args=[page.pk])).content.decode()
    )
    sentences = re.search(r'id="readability-sentences">(.*?)</ol>', html, re.S).group(1)
    items = re.findall(r'<span lang="de">(.*?)</span> \((\d+) words?\)', sentences)
    assert items[0] == (
        "Hier steht der längste Satz dieser Seite mit ganz vielen kleinen Wörtern darin.",
        "13",
    )
    assert [int(words) for _text, words in items] == sorted(
        (int(words) for _text, words in items), reverse=True
    )
    words = re.search(r'id="readability-words">(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r'<span lang="de">(.*?)</span>', words)[:2] == [
        "Aufenthaltserlaubnis",
        "Fachberatungsstelle",
    ]


def test_the_page_check_reads_the_latest_draft(superuser_client):
    page = add_page(german_home(), "Entwurf", " ".join(["Ein kurzer Satz."] * 20))
    draft = page.specific
    draft.introduction = "Die Bekämpfungsmaßnahmenkoordinierungsstelle informiert. " * 10
    draft.save_revision()
    html = superuser_client.get(reverse("readability_page", args=[page.pk])).content.decode()
    assert "Bekämpfungsmaßnahmenkoordinierungsstelle" in html


# --- The report -----------------------------------------------------------------------------------

SCORE = re.compile(
    r'<tr[^>]*>.*?<a href="(?P<href>[^"]*)"[^>]*>\s*(?P<title>[^<]*?)\s*</a>.*?'
    r'data-measure="wiener_sachtextformel"(?: data-score="(?P<score>[\d.]+)" data-band="[^"]*"'
    r"(?P<over> data-over-threshold)?)?",
    re.S,
)


def report_rows(client, query=""):
    response = client.get(f"{reverse('readability_report')}{query}")
    assert response.status_code == 200
    html = response.content.decode()
    body = html[html.index("<tbody") :]
    # One row at a time: across rows, the pattern's lazy parts would try every later row for
    # each (minutes for a language without the Wiener measure).
    found = (SCORE.search(row + "</tr>") for row in body.split("</tr>"))
    return html, [match.groupdict() for match in found if match]


def german_reader_pages():
    return (
        Page.objects.live()
        .public()
        .filter(locale__language_code="de", alias_of__isnull=True, depth__gt=1)
    )


@override_settings(KOKCMS_READABILITY_THRESHOLDS={"wiener_sachtextformel": 10})
def test_the_report_orders_the_german_pages_from_hardest_to_easiest(superuser_client, no_network):
    html, rows = report_rows(superuser_client, f"?locale={locale('de').pk}")
    assert len(rows) == german_reader_pages().count() >= 25
    scored = [row for row in rows if row["score"]]
    assert len(scored) >= 20
    values = [float(row["score"]) for row in scored]
    assert values == sorted(values, reverse=True)
    # Unscored pages (too little text) come after every scored one.
    assert rows[: len(scored)] == scored
    for row in scored:
        assert bool(row["over"]) == (float(row["score"]) > 10), row
    assert any(row["over"] for row in scored) and not all(row["over"] for row in scored)
    # Each row links to editing its page.
    assert all(re.fullmatch(r"/admin/pages/\d+/edit/", unescape(row["href"])) for row in rows)
    assert "Pages above 10 are marked." in html


def test_the_report_scores_are_the_pages_own(superuser_client):
    _html, rows = report_rows(superuser_client)  # German unless chosen
    page = german_reader_pages().get(slug="arbeitsausbeutung").specific
    expected = check.check_page(page, "de", None).primary.rounded
    row = next(row for row in rows if row["title"] == page.title)
    assert float(row["score"]) == pytest.approx(expected)


def test_past_the_threshold_only(superuser_client):
    _html, rows = report_rows(superuser_client, f"?locale={locale('de').pk}&over_threshold=true")
    assert rows and all(row["over"] for row in rows)


def test_the_report_costs_the_same_queries_with_more_pages(superuser_client):
    url = f"{reverse('readability_report')}?locale={locale('de').pk}"
    superuser_client.get(url)
    with CaptureQueriesContext(connection) as before:
        superuser_client.get(url)
    for number in range(5):
        add_page(german_home(), f"Neue Seite {number}", "Ein Satz für die Leserinnen. " * 12)
    superuser_client.get(url)
    with CaptureQueriesContext(connection) as after:
        assert superuser_client.get(url).status_code == 200
    assert len(after) == len(before)


def test_english_report_without_network(superuser_client, no_network):
    html, _rows = report_rows(superuser_client, f"?locale={locale('en').pk}")
    assert 'data-measure="flesch" data-score=' in html


def test_too_little_text_gets_no_score(superuser_client):
    page = add_page(german_home(), "Kurz", "Nur wenige Wörter.")
    html = superuser_client.get(reverse("readability_page", args=[page.pk])).content.decode()
    assert "data-too-short" in html and "readability-scores" not in html
    assert check.check_page(page.specific, "de", None).words < MIN_WORDS


# --- Translators ----------------------------------------------------------------------------------


def test_a_romanian_translator_sees_the_romanian_pages_with_no_measure():
    client = signed_in(translator("ro"))
    html, _rows = report_rows(client)
    romanian = Page.objects.live().filter(locale__language_code="ro", alias_of__isnull=True)
    assert romanian.count() >= 10
    for page in romanian.filter(depth__gt=1):
        assert f">{page.title}<" in html.replace("\n", "").replace("  ", "") or page.title in html
    assert "no measure for this language" in html
    assert "data-score=" not in html
    # Asking for German does not help: the translator's own language stays.
    german_title = german_reader_pages().get(slug="arbeitsausbeutung").title
    html, _rows = report_rows(client, f"?locale={locale('de').pk}")
    assert german_title not in html
    # The check of their own page, and none of a German page.
    page = romanian.get(depth=2)
    response = client.get(reverse("readability_page", args=[page.pk]))
    assert response.status_code == 200
    assert "data-no-measure" in response.content.decode()
    german = german_reader_pages().get(slug="arbeitsausbeutung")
    assert client.get(reverse("readability_page", args=[german.pk])).status_code in (302, 403)


def test_the_check_is_offered_in_the_editor_and_the_explorer(superuser_client):
    page = german_reader_pages().get(slug="arbeitsausbeutung")
    url = reverse("readability_page", args=[page.pk])
    assert (
        url
        in superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    )
    listing = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    assert url in superuser_client.get(listing).content.decode()
    romanian = signed_in(translator("ro"))
    ro_page = page.get_translation(locale("ro"))
    ro_listing = reverse("wagtailadmin_explore", args=[ro_page.get_parent().pk])
    assert (
        reverse("readability_page", args=[ro_page.pk]) in romanian.get(ro_listing).content.decode()
    )


def score_of(html, measure):
    found = re.search(rf'data-measure="{measure}" data-score="([\d.-]+)"', html)
    return found and found.group(1)


def test_the_translation_editor_shows_the_translations_own_check():
    german = german_reader_pages().get(slug="arbeitsausbeutung")
    english = german.get_translation(locale("en"))
    client = signed_in(translator("en"))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert 'class="js-translation-editor"' in editor  # wagtail-localize's editor, intact
    assert 'id="kok-plain-language"' in editor
    assert reverse("readability_page", args=[english.pk]) in editor
    full = client.get(reverse("readability_page", args=[english.pk])).content.decode()
    measure = measures.measures_for("en")[0].key
    assert score_of(editor, measure) and score_of(editor, measure) == score_of(full, measure)
    sentence = check.check_page(english.specific, "en", None).longest_sentences[0].text
    assert unescape(sentence) in unescape(editor)
    # Romanian has no measure: the translator is told so, beside their editor.
    romanian = german.get_translation(locale("ro"))
    client = signed_in(translator("ro"))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[romanian.pk])).content.decode()
    assert 'id="kok-plain-language"' in editor and "data-no-measure" in editor


# --- Readers --------------------------------------------------------------------------------------


def test_readers_see_nothing_of_it(client):
    for page in german_reader_pages().filter(depth__lte=3):
        html = client.get(page.url).content.decode()
        for trace in ("readability", "plain-language", "Sachtextformel", "Flesch"):
            assert trace not in html, (page.url, trace)
    assert client.get(reverse("readability_report")).status_code == 302  # the admin's login
