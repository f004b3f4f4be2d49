"""Leichte Sprache (Easy German, ``de-x-ls``) as a language of its own, and the video block.

What a reader of Leichte Sprache notices: its own address with ``lang="de-x-ls"``, its name in
the language list, hreflang and the sitemap, the shipped pages as real wagtail-localize
translations, German (never English) with the notice where a page is not translated, and no
standard-German UI string on the shipped pages. What its translators notice: their own group,
which edits Leichte Sprache only, its row in the status report and their work list. And the
sign-language page's video block: a player with captions from our own host, or a notice.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

import polib
import pytest

from home.blocks import VideoBlock
from home.models import HomePage, SpecialPages, StandardPage
from multilingual.easy_language import EASY_GERMAN, partial_catalogue_msgids
from sitecontent import translations as content_translations
from translators.permissions import find_group

from .pages import StandardPageFactory, locale
from .test_i18n_reader import alternates, html_of, html_tag, switcher_links
from .translator_helpers import make_user

pytestmark = pytest.mark.django_db

LS = EASY_GERMAN
EASY_CATALOGUE = (
    settings.BASE_DIR / "locale" / translation.to_locale(LS) / "LC_MESSAGES" / "django.po"
)


def easy(page):
    return page.get_translation(locale(LS))


@pytest.fixture
def german_home():
    return HomePage.objects.get(locale__language_code="de")


@pytest.fixture
def special():
    return SpecialPages.for_site(Site.objects.get(is_default_site=True))


def shipped_pages():
    return [obj for obj in content_translations.reader_facing_objects(LS) if isinstance(obj, Page)]


# --- The language -----------------------------------------------------------------------------
def test_leichte_sprache_answers_at_its_prefix_with_its_code(client):
    html = html_of(client.get(f"/{LS}/"))
    assert html_tag(html) == f'<html lang="{LS}" dir="ltr">'
    assert "Der KOK arbeitet in ganz Deutschland gegen Menschen·handel" in html
    # Prefixes are case-sensitive, like every other language's.
    assert client.get("/DE-X-LS/").status_code == 404


def test_the_language_list_names_leichte_sprache_and_links_it(client, german_home):
    links = switcher_links(html_of(client.get(german_home.url)))
    assert links[LS]["text"] == "Leichte Sprache"
    assert links[LS]["href"] == f"/{LS}/"
    assert links[LS]["hreflang"] == LS and links[LS]["dir"] == "ltr"


def test_hreflang_lists_leichte_sprache_only_where_the_page_is_translated(client, special):
    forms = alternates(html_of(client.get("/de/formen-der-ausbeutung/")))
    assert forms[LS] == f"http://testserver/{LS}/formen-der-ausbeutung/"
    contact = alternates(html_of(client.get(special.contact.url)))
    assert LS not in contact and "en" in contact


def test_the_sitemap_lists_the_leichte_sprache_pages(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in shipped_pages():
        assert f"<loc>http://testserver{easy(page).url}</loc>" in sitemap, easy(page).url
    assert f"/{LS}/kontakt/</loc>" not in sitemap  # an alias is no translation


def test_an_untranslated_page_shows_german_with_the_notice(client, special):
    """Not English, though the contact page has an English translation."""
    html = html_of(client.get(f"/{LS}/{special.contact.slug}/"))
    assert html_tag(html) == f'<html lang="{LS}" dir="ltr">'
    notice = re.search(r'<div id="untranslated-notice"[^>]*>.*?</div>', html, re.S).group(0)
    assert 'data-shown-language="de"' in notice
    assert "Diese Seite gibt es noch nicht in Leichter Sprache." in notice
    assert f"<h1>{special.contact.title}" in html
    english = special.contact.get_translation(locale("en"))
    assert f"<h1>{english.title}" not in html


def test_the_shipped_pages_are_real_wagtail_localize_translations(client):
    objects = content_translations.reader_facing_objects(LS)
    assert {type(obj).__name__ for obj in objects} == {
        "HomePage",
        "HelpBox",
        "FormsOfExploitationIndexPage",
        "FormOfExploitationPage",
        "StandardPage",  # browse safely
        "GlossaryTerm",  # the terms its pages explain in place
    }
    assert len([obj for obj in objects if type(obj).__name__ == "FormOfExploitationPage"]) == 8
    for instance in objects:
        translated = instance.get_translation(locale(LS))
        assert not getattr(translated, "alias_of_id", None), f"{instance} is an alias"
        assert Translation.objects.filter(
            source__object_id=instance.translation_key,
            source__locale__language_code="de",
            target_locale__language_code=LS,
        ).exists(), instance
        if isinstance(translated, Page):
            html = html_of(client.get(translated.url))
            assert translated.title in html
            assert 'id="untranslated-notice"' not in html


def test_the_shipped_texts_use_the_mid_dot_and_keep_the_facts():
    catalogue = polib.pofile(str(content_translations.catalogue_path(LS)))
    texts = " ".join(entry.msgstr for entry in catalogue)
    assert "Beratungs·stelle" in texts and "Menschen·handel" in texts
    for number in ("030 / 26 39 11 76", "116 016", "110", "112", "info@kok-buero.de"):
        assert number in texts
    # Every phone number, e-mail and link of the German is in its rendering, no other.
    for entry in catalogue:
        assert re.findall(r'<a id="(a\d)">', entry.msgid) == re.findall(
            r'<a id="(a\d)">', entry.msgstr
        ), entry.msgid[:60]


def test_the_german_leichte_sprache_page_leads_to_the_leichte_sprache_site(client, special):
    html = html_of(client.get(special.easy_language.url))
    assert f'<a href="/{LS}/">Start·seite in Leichter Sprache</a>' in html


# --- UI strings -------------------------------------------------------------------------------
def test_the_shipped_pages_meet_no_ui_string_outside_the_leichte_sprache_catalogue(
    client, monkeypatch, settings
):
    """Every string of ours the header, menu, help box, notices and footer of the shipped pages
    ask gettext for is in the rule (multilingual/easy_language.py), so none is standard German."""
    asked = set()
    trans = translation._trans
    for name in ("gettext", "pgettext"):
        real = getattr(trans, name)

        def recording(*args, _real=real):
            if translation.get_language() == LS:
                asked.add(args[-1] if len(args) == 1 else (args[0], args[1]))
            return _real(*args)

        monkeypatch.setattr(trans, name, recording)
    for page in shipped_pages():
        html_of(client.get(easy(page).url))
    ours = {
        entry.msgid
        for entry in polib.pofile(
            str(settings.BASE_DIR / "locale" / "de" / "LC_MESSAGES" / "django.po")
        )
        if not entry.msgctxt
    }
    used = {msgid for msgid in asked if isinstance(msgid, str) and msgid in ours}
    assert "Quick exit" in used, "the recorder saw the page's strings"
    held = {entry.msgid for entry in polib.pofile(str(EASY_CATALOGUE)) if entry.translated()}
    assert partial_catalogue_msgids(LS) <= held
    assert used - held == set(), "shown in standard German on a Leichte Sprache page"


def test_the_ui_speaks_leichte_sprache_and_falls_back_to_german(client):
    html = html_of(client.get(f"/{LS}/"))
    assert "Schnell weg" in html  # Quick exit
    assert "Sprache wählen" in html
    with translation.override(LS):
        assert translation.gettext("Translation status") == "Übersetzungsstand"


def test_the_standard_german_footer_is_marked_as_german_on_leichte_sprache_pages(client):
    """The footer text has no Leichte Sprache version: shown in standard German, it says so
    (``lang="de"``), so a screen reader does not read it as Leichte Sprache; in a language
    with its own footer text nothing is marked."""
    from home.models import FooterText

    german = FooterText.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    assert not FooterText.objects.filter(locale__language_code=LS).exists()
    html = html_of(client.get(f"/{LS}/"))
    assert f'<p lang="de" dir="ltr">{german.about}</p>' in html
    english = FooterText.objects.get(locale__language_code="en")
    assert f"<p>{english.about}</p>" in html_of(client.get("/en/"))


# --- Translators --------------------------------------------------------------------------------
def test_the_translator_group_edits_leichte_sprache_only(german_home):
    group = find_group(locale(LS))
    assert group.name == f"Translators: Leichte Sprache ({LS})"
    user = make_user("ls-translator", group)
    assert easy(german_home).permissions_for_user(user).can_edit()
    assert not german_home.permissions_for_user(user).can_edit()
    english = german_home.get_translation(locale("en"))
    assert not english.permissions_for_user(user).can_edit()


def test_the_status_report_and_the_work_list_count_leichte_sprache(client):
    client.force_login(make_user("chief", superuser=True))
    report = client.get("/admin/reports/translation-status/").content.decode()
    assert re.search(rf'<tr data-locale="{LS}" data-percent="\d+">', report)
    cells = re.findall(rf'data-locale="{LS}" data-status="([\w-]+)"', report)
    assert "up-to-date" in cells and "alias" in cells

    # Not make_user(), which gives the admin in English: a new member of the group.
    member = get_user_model().objects.create_user("ls-translator", "ls@example.invalid", "x")
    member.groups.add(find_group(locale(LS)))
    client.force_login(member)
    dashboard = client.get("/admin/").content.decode()
    work = re.findall(
        r'<tr data-page="(\d+)" data-locale="([\w-]+)" data-status="([\w-]+)">', dashboard
    )
    assert {code for _page, code, _status in work} == {LS}
    assert "alias" in {status for _page, _code, status in work}  # e.g. the contact page
    assert re.search(r'<html[^>]*lang="de"', dashboard), "its translators use the German admin"


def test_every_language_has_a_translator_group():
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            assert find_group(Locale.objects.get(language_code=code)), code


# --- Video block --------------------------------------------------------------------------------
def document(name, content):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


@pytest.fixture
def video_page(german_home):
    video = document("kok.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 32)
    captions = document("kok.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nHallo.\n")
    page = StandardPageFactory(parent=german_home, title="Video-Seite")
    page.body = [
        (
            "video",
            {
                "title": "Der KOK in Gebärdensprache",
                "video": video,
                "captions": captions,
                "captions_language": "de",
                "transcript": "<p>Hallo, wir sind der KOK.</p>",
            },
        )
    ]
    page.save_revision().publish()
    return page


def test_a_video_block_plays_from_our_own_host_with_captions_and_transcript(client, video_page):
    response = client.get(video_page.url)
    html = html_of(response)
    player = re.search(r"<video[^>]*>.*?</video>", html, re.S).group(0)
    source = re.search(r'<source src="([^"]+)" type="video/mp4">', player).group(1)
    track = re.search(r'<track kind="captions" src="([^"]+)" srclang="de" label="Deutsch"', player)
    assert track, player
    assert source.startswith("/documents/") and track.group(1).startswith("/documents/")
    assert "Hallo, wir sind der KOK." in html and "Abschrift" in html
    # Nothing from another host, and the policy lets the player load our own media only.
    assert not re.search(r'(?:src|href)="(?:https?:)?//', player)
    assert "media-src 'self'" in response["Content-Security-Policy"]
    captions = client.get(track.group(1))
    assert captions.status_code == 200 and captions["Content-Type"].startswith("text/vtt")


def test_the_sign_language_page_says_the_videos_are_coming(client, special):
    html = html_of(client.get(special.sign_language.url))
    assert "<video" not in html
    assert "Dieses Video kommt bald." in html


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"video": "kok.mp4"}, "captions", "A video needs captions for people who cannot hear it."),
        (
            {"video": "kok.avi", "captions": "kok.vtt"},
            "video",
            "The video must be an MP4 or WebM file.",
        ),
        (
            {"video": "kok.mp4", "captions": "kok.srt"},
            "captions",
            "Captions must be a WebVTT file (.vtt).",
        ),
    ],
)
def test_a_video_without_captions_or_of_another_kind_is_refused(data, field, message):
    from wagtail.blocks import StructBlockValidationError

    value = {"title": "Video", "captions_language": "de", "transcript": ""}
    for key, name in data.items():
        value[key] = document(name, b"x").pk
    block = VideoBlock()
    with translation.override("en"):
        with pytest.raises(StructBlockValidationError) as refused:
            block.clean(block.to_python(value))
        assert refused.value.block_errors[field].messages == [message]


def test_the_standard_page_offers_the_video_block_and_other_pages_do_not():
    assert "video" in StandardPage._meta.get_field("body").stream_block.child_blocks
    assert "video" not in HomePage._meta.get_field("body").stream_block.child_blocks


def test_search_in_leichte_sprache_finds_its_own_pages(client):
    html = html_of(client.get(f"/{LS}/search/", {"q": "betteln"}))
    assert f'href="/{LS}/formen-der-ausbeutung/erzwungene-betteltaetigkeit/">Betteln müssen' in html


def test_a_word_split_with_middle_dots_is_found_as_readers_type_it(client):
    """Leichte Sprache writes "Fach·beratungs·stelle"; a reader types "Fachberatungsstelle"."""
    for typed in ("Fachberatungsstelle", "Fach·beratungs·stelle"):
        html = html_of(client.get(f"/{LS}/search/", {"q": typed}))
        results = html.split('id="search-results"', 1)
        assert len(results) == 2 and f'href="/{LS}/' in results[1], typed
