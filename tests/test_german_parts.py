"""A translation published with a string its translator left out shows that string in German,
marked as German (``lang="de"``), and the status report counts it."""

from django.test import TestCase

from wagtail_localize.models import StringTranslation

import pytest

from home.models import StandardPage

from .pages import add_page, german_home, locale, translate

pytestmark = pytest.mark.django_db

LEFT_OUT = "Diesen Satz hat noch niemand übersetzt."


def content(html):
    return html.split('<div class="page-content"', 1)[1].split("</main>", 1)[0]


def test_a_string_left_untranslated_is_marked_german(client):
    page = add_page(german_home(), "Zuständigkeit", LEFT_OUT)
    translation, romanian = translate(page, "ro", marked=True)
    assert 'lang="de"' not in content(client.get(romanian.url).content.decode())

    # The translator takes back the body's sentence (the introduction keeps its translation)
    # and publishes again: wagtail-localize shows the German sentence in its place.
    StringTranslation.objects.filter(
        translation_of__data=LEFT_OUT, locale=locale("ro"), context__path__startswith="body."
    ).delete()
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)

    assert StandardPage.objects.get(pk=romanian.pk).untranslated_parts == [LEFT_OUT]
    html = content(client.get(romanian.url).content.decode())
    assert f'<p lang="de" dir="ltr">{LEFT_OUT}</p>' in html
    assert f"[ro] {LEFT_OUT}" in html  # the introduction, translated and not marked
    assert html.count('lang="de"') == 1


def test_a_complete_shipped_translation_marks_nothing_german(client):
    for code in ("bg", "ar"):
        page = StandardPage.objects.get(
            locale__language_code=code, translation_key=german_contact().translation_key
        )
        assert page.untranslated_parts == []
        assert 'lang="de"' not in content(client.get(page.url).content.decode())


def german_contact():
    return StandardPage.objects.get(locale__language_code="de", slug="kontakt")
