"""KOK as it presents itself (issue 18): the office team and board on "Über uns", hidden people
nowhere public, the funding notice in every footer, the legal notice from structured data."""

import io

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils import translation

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page

import pytest

from home.models import (
    DonationPage,
    FooterText,
    HomePage,
    LegalNotice,
    Person,
    SpecialPages,
    StandardPage,
)
from information.models import (
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    MissionStatementPage,
)
from network.models import CounsellingFinderPage, NetworkBodyPage, NetworkIndexPage
from sitecontent.content import de as content

pytestmark = pytest.mark.django_db

STAFF = [(person["name"], person["role"]) for person in content.PEOPLE]


def about_page(code):
    chosen = SpecialPages.objects.get()
    home = chosen.site.root_page
    german = home.get_children().get(slug="ueber-uns")
    return german.get_translation(Locale.objects.get(language_code=code))


def text_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_about_us_lists_the_seven_staff_with_their_roles_in_german_and_english(client):
    german = text_of(client, about_page("de").url)
    assert len(STAFF) == 7
    for name, role in STAFF:
        assert f'<p class="person__name">{name}</p>' in german
        assert f'<p class="person__role">{role.replace("&", "&amp;")}</p>' in german
    english_page = about_page("en")
    assert english_page.alias_of_id is None, "Über uns is translated into English"
    english = text_of(client, english_page.url)
    for name, role in STAFF:
        assert f'<p class="person__name">{name}</p>' in english
        translated = Person.objects.get(name=name, locale__language_code="en").role
        assert translated != role
        assert f'<p class="person__role">{translated.replace("&", "&amp;")}</p>' in english
    # The board section explains the board and waits for its members.
    with translation.override("de"):
        assert translation.gettext("The names will be published here soon.") in german


def every_public_url(client):
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code__in=["de", "en"])
    return [page.url for page in pages.specific() if page.url]


def test_a_hidden_person_appears_on_no_public_page_and_in_no_search(client):
    name = "Eva Küblbeck"
    found = text_of(client, "/de/search/?q=K%C3%BCblbeck")
    assert about_page("de").title in found, "the search finds a visible person's page"
    for person in Person.objects.filter(name=name):
        person.hidden = True
        person.save()
    urls = every_public_url(client)
    assert len(urls) > 40
    for url in urls:
        assert name not in text_of(client, url), url
    assert name not in text_of(client, "/sitemap.xml")
    for code in ("de", "en"):
        result = text_of(client, f"/{code}/search/?q=K%C3%BCblbeck")
        assert 'id="search-results"' not in result, code
    # Still in the admin's list, and the others are still on the page.
    assert Person.objects.filter(name=name, hidden=True).exists()
    assert "Sarah Schwarze" in text_of(client, about_page("de").url)


@pytest.mark.parametrize("code", ["de", "en", "ar"])
def test_the_footer_of_every_page_type_shows_the_funding_notice(client, code):
    footer = FooterText.objects.get(locale__language_code=code)
    assert footer.funding_notice and footer.support_text
    if code != "de":
        assert footer.funding_notice != content.FOOTER["funding_notice"]
    models = [
        HomePage,
        StandardPage,
        DonationPage,
        MissionStatementPage,
        FormsOfExploitationIndexPage,
        FormOfExploitationPage,
        NetworkIndexPage,
        NetworkBodyPage,
        CounsellingFinderPage,
    ]
    urls = [about_page(code).url, f"/{code}/search/?q=Hilfe"]
    urls += [
        model.objects.live().filter(locale__language_code=code).first().url for model in models
    ]
    for url in urls:
        page = text_of(client, url)
        footer_html = page[page.index('<footer class="site-footer">') :]
        assert footer.funding_notice in footer_html, url
        assert f'<a href="{content.FOOTER["support_url"]}">{footer.support_text}</a>' in footer_html


def deploy_warnings():
    out = io.StringIO()
    try:
        call_command("check", "--deploy", stdout=out, stderr=out)
    except SystemCheckError as error:
        out.write(str(error))
    return out.getvalue()


def test_check_deploy_names_each_missing_legal_fact_and_the_impressum_shows_them_once_filled(
    client,
):
    notice = LegalNotice.objects.get()
    report = deploy_warnings()
    assert "home.W003" in report
    label = {
        name: str(LegalNotice._meta.get_field(name).verbose_name)
        for name in ("register_court", "register_number", "representatives", "content_responsible")
    }
    for name in ("register_court", "register_number", "representatives"):
        assert f"lacks “{label[name]}”" in report
    assert label["content_responsible"] not in report  # filled by the demo: Sophia Wirsching

    notice.register_court = "Amtsgericht Musterstadt"
    notice.register_number = "VR 00000 X"
    notice.representatives = "Erste Vorständin\nZweiter Vorstand"
    notice.save()
    assert "home.W003" not in deploy_warnings()
    impressum = SpecialPages.objects.get().legal_notice
    for code in ("de", "en"):
        url = impressum.get_translation(Locale.objects.get(language_code=code)).url
        page = text_of(client, url)
        section = page[page.index('class="legal-notice"') :]
        assert "Amtsgericht Musterstadt" in section and "VR 00000 X" in section
        assert "Erste Vorständin, Zweiter Vorstand" in section
        assert "Sophia Wirsching" in section and "Lützowstr. 102–104" in section
    # Only the Impressum shows it.
    assert "legal-notice" not in text_of(client, about_page("de").url)


def test_a_photo_needs_alternative_text():
    person = Person.objects.filter(locale__language_code="de").first()
    person.photo = Image.objects.create(title="Foto", file=get_test_image_file())
    person.photo_alt = ""
    with pytest.raises(ValidationError) as refused:
        person.full_clean()
    assert "photo_alt" in refused.value.message_dict
