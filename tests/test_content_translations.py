"""The bootstrap ships real wagtail-localize translations of the core content."""

from io import StringIO

from django.conf import settings
from django.core.management import CommandError, call_command

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

import polib
import pytest

from home.models import HelpBox, HomePage, SpecialPages
from information.models import FormOfExploitationPage
from multilingual.easy_language import EASY_GERMAN
from sitecontent import translations as content_translations
from translators.completeness import untranslated_strings

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


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_shipped_translation_has_every_string_of_its_source(client, code):
    """Every segment of every German object shipped in ``code`` is translated, FAQ questions
    and answers included; the page is a real translation and shows its translated title."""
    target = Locale.objects.get(language_code=code)
    objects = content_translations.source_objects(code)
    if code == EASY_GERMAN:  # home, help box, index, 8 forms, browse safely, 3 glossary terms
        assert len(objects) == 15
    else:  # home, help box, footer, index, 8 forms, 4 special pages, 3 glossary terms
        assert len(objects) >= 19
    faq_strings = 0
    for instance in objects:
        translated = instance.get_translation(target)
        assert not getattr(translated, "alias_of_id", None), f"{instance} is an alias in {code}"
        source = TranslationSource.objects.get_for_instance(instance)
        assert untranslated_strings(source, target) == [], f"{instance} in {code}"
        faq_strings += source.stringsegment_set.filter(context__path__contains=".items.").count()
        if isinstance(translated, Page):
            response = client.get(translated.url)
            assert response.status_code == 200, translated.url
            assert translated.title in response.content.decode()
    # Seven form pages have a FAQ, each with at least one question and its answer.
    assert faq_strings >= 14, "the FAQ questions and answers are among the segments"


def test_the_reader_facing_pages_ship_in_every_language():
    names = {str(instance) for instance in content_translations.reader_facing_objects()}
    for title in ("Kontakt", "Sicher surfen", "Datenschutz", "Erklärung zur Barrierefreiheit"):
        assert title in names
    assert len([n for n in names if n]) >= 16  # home, box, footer, index, 8 forms, 4 pages


def test_a_catalogue_that_leaves_a_reader_facing_page_incomplete_is_refused(tmp_path, monkeypatch):
    for shipped in content_translations.CATALOGUE_DIR.glob("*.po"):
        (tmp_path / shipped.name).write_bytes(shipped.read_bytes())
    catalogue = polib.pofile(str(tmp_path / "bg.po"))
    removed = next(e for e in catalogue if e.occurrences[0][0] == "formofexploitationpage")
    catalogue.remove(removed)
    catalogue.save(str(tmp_path / "bg.po"))
    monkeypatch.setattr(content_translations, "CATALOGUE_DIR", tmp_path)
    # As on a new site: the Bulgarian page that needs the removed string does not exist yet.
    bulgarian = Locale.objects.get(language_code="bg")
    for page in FormOfExploitationPage.objects.filter(locale__language_code="de"):
        source = TranslationSource.get_or_create_from_instance(page)[0]
        if source.stringsegment_set.filter(string__data=removed.msgid).exists():
            page.get_translation(bulgarian).delete()
    with pytest.raises(CommandError) as refused:
        call_command("bootstrap_kok", "--no-admin", stdout=StringIO())
    assert "bg.po" in str(refused.value)
    assert removed.msgid[:40] in str(refused.value)


def test_a_changed_german_page_does_not_stop_the_bootstrap_of_an_existing_site(client):
    """An editor changes a translated reader-facing page's German text: the shipped catalogues
    no longer cover it, but the existing translations stand (the report shows them outdated)
    and running the bootstrap again, as `make run` does after an update, still works."""
    page = SpecialPages.objects.get().browse_safely.specific
    page.introduction = "Ein neuer Satz, den noch kein Katalog kennt."
    page.save_revision().publish()
    english = page.get_translation(Locale.objects.get(language_code="en"))
    call_command("bootstrap_kok", "--no-admin", stdout=StringIO())
    english.refresh_from_db()
    assert english.introduction and english.introduction != page.introduction


def test_translations_are_not_overwritten_by_a_second_bootstrap(client):
    home = HomePage.objects.get(locale__language_code="en")
    home.introduction = "Edited by a translator."
    home.save_revision().publish()
    call_command("bootstrap_kok", "--no-admin", stdout=StringIO())
    home.refresh_from_db()
    assert home.introduction == "Edited by a translator."


def test_a_translated_data_protection_page_says_the_german_text_is_binding(client):
    chosen = SpecialPages.for_site(Site.objects.get(is_default_site=True)).data_protection
    notice = 'id="binding-german"'
    assert notice not in client.get(chosen.url).content.decode()
    for code in ("uk", "ar", "vi"):
        page = chosen.get_translation(Locale.objects.get(language_code=code))
        html = client.get(page.url).content.decode()
        assert notice in html, code
        assert (
            f'<a href="{chosen.url}" lang="de" hreflang="de" dir="ltr">{chosen.title}</a>' in html
        )
    contact = SpecialPages.for_site(Site.objects.get(is_default_site=True)).contact
    english_contact = contact.get_translation(Locale.objects.get(language_code="en"))
    assert notice not in client.get(english_contact.url).content.decode()


@pytest.mark.parametrize("code", [EASY_GERMAN, "ar"])
def test_the_exported_catalogue_holds_the_glossary_and_keeps_every_translation(
    tmp_path, monkeypatch, code
):
    """``manage.py content_catalogue`` writes what a translator fills: the glossary's terms and
    explanations among the pages' strings, the shipped translations kept."""
    from information.glossary import GlossaryTerm

    shipped = polib.pofile(str(content_translations.catalogue_path(code)))
    (tmp_path / f"{code}.po").write_bytes(content_translations.catalogue_path(code).read_bytes())
    monkeypatch.setattr(content_translations, "CATALOGUE_DIR", tmp_path)
    call_command("content_catalogue", code, stdout=StringIO())
    exported = {entry.msgid: entry for entry in polib.pofile(str(tmp_path / f"{code}.po"))}
    for term in GlossaryTerm.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        for msgid in (term.term, term.explanation, *term.other_forms.split(",")):
            entry = exported[msgid.strip()]
            assert entry.occurrences[0][0] == "glossaryterm"
            assert entry.msgstr == shipped.find(msgid.strip()).msgstr != ""
    assert [e.msgid[:50] for e in exported.values() if not e.msgstr] == []
