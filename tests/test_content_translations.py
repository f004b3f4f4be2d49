"""The bootstrap ships real wagtail-localize translations of the core content."""

from django.conf import settings

from wagtail.models import Page
from wagtail_localize.models import Translation

import polib
import pytest

from home.models import HelpBox, HomePage
from information.models import FormOfExploitationPage, MissionStatementPage
from sitecontent import translations as content_translations

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_catalogue_is_complete(code):
    catalogue = polib.pofile(str(content_translations.catalogue_path(code)))
    missing = [e.msgid[:50] for e in catalogue if not e.msgstr or "fuzzy" in e.flags]
    assert missing == []


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_home_page_and_help_box_are_translated(client, code):
    home = HomePage.objects.get(locale__language_code=code)
    assert home.alias_of_id is None, "a real translation, not an alias"
    german = HomePage.objects.get(locale__language_code="de")
    assert home.introduction and home.introduction != german.introduction
    assert Translation.objects.filter(
        source__object_id=german.translation_key, target_locale__language_code=code
    ).exists()
    box = HelpBox.objects.get(locale__language_code=code)
    assert box.heading != HelpBox.objects.get(locale__language_code="de").heading
    html = client.get(home.url).content.decode()
    assert home.introduction.split()[0] in html
    assert box.heading in html


@pytest.mark.parametrize("code", content_translations.FULL_LANGUAGES)
def test_core_pages_are_translated(client, code):
    pages = [
        *MissionStatementPage.objects.filter(locale__language_code=code),
        *FormOfExploitationPage.objects.filter(locale__language_code=code),
    ]
    assert len(pages) == 9
    for page in pages:
        assert page.alias_of_id is None, page.url_path
        source = Page.objects.get(translation_key=page.translation_key, locale__language_code="de")
        assert page.title != source.title, page.url_path
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()


def test_translations_are_not_overwritten_by_a_second_bootstrap(client):
    from io import StringIO

    from django.core.management import call_command

    home = HomePage.objects.get(locale__language_code="en")
    home.introduction = "Edited by a translator."
    home.save_revision().publish()
    call_command("bootstrap_kok", "--no-admin", stdout=StringIO())
    home.refresh_from_db()
    assert home.introduction == "Edited by a translator."
