"""What the restructure promises a reader and an editor: nothing that decides what a reader may
see outlives a request, special pages are chosen rather than found by slug, the body is
declared once (and so searchable everywhere), and the fast routing keeps its promise."""

import io
import json
import re

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from home import checks
from home.models import HomePage, SpecialPages, pages_with_own_routes
from information.models import (
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    MissionStatementPage,
    NewsIndexPage,
    NewsItemPage,
)
from multilingual.sync import synchronise_locales
from pagecache import invalidation

from .pages import FormOfExploitationPageFactory, add_page, german_home, translation_of

pytestmark = pytest.mark.django_db

WORD = "Quarzwolke"  # a word no demo page contains


def special_pages():
    return SpecialPages.for_site(Site.objects.get(is_default_site=True))


def menu(html):
    return re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)


def protect_behind_the_back(*pages):
    """Another app server protects the pages: straight into the database, no signal here. Its
    own signal empties the page cache all servers share (tests/test_pagecache.py shows that
    across processes); nothing else this server kept may show the pages afterwards."""
    PageViewRestriction.objects.bulk_create(
        PageViewRestriction(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
        for page in pages
    )
    invalidation.clear()


def test_a_page_protected_on_another_server_is_hidden_from_the_next_request(client):
    home = german_home()
    section = add_page(home, f"Sektion {WORD}", f"Sektion {WORD} für Mitarbeitende.")
    section.show_in_menus = True
    section.save_revision().publish()
    child = add_page(section, f"Unterseite {WORD}", "Unterseite.")
    deep = add_page(child, "Tiefe Seite", "Ganz unten.")
    forms_index = FormsOfExploitationIndexPage.objects.get(locale=home.locale)
    card = FormOfExploitationPage(
        title=f"Karte {WORD}",
        slug="karte",
        summary="<p>Kurz.</p>",
        signs="<p>Zeichen.</p>",
        rights="<p>Rechte.</p>",
        help="<p>Hilfe.</p>",
        locale=home.locale,
    )
    forms_index.add_child(instance=card)
    card.save_revision().publish()
    card.move(forms_index, pos="first-child")  # among the home page's first cards

    # Everything is visible, and every cache a running site keeps is warm.
    html = client.get(home.url).content.decode()
    assert f"Sektion {WORD}" in menu(html)
    assert f"Karte {WORD}" in html  # the teaser cards of the home page
    assert f"Unterseite {WORD}" in client.get(deep.url).content.decode()  # breadcrumbs
    assert f"Karte {WORD}" in client.get(forms_index.url).content.decode()
    assert f"Sektion {WORD}" in client.get(f"/de/search/?q={WORD}").content.decode()

    protect_behind_the_back(section, card)

    html = client.get(home.url).content.decode()
    assert WORD not in html, "menu and teaser cards"
    assert WORD not in client.get(forms_index.url).content.decode()
    protected = client.get(deep.url)
    assert protected.status_code == 200 and 'name="password"' in protected.content.decode()
    assert WORD not in protected.content.decode(), "breadcrumbs of a page below it"
    search = client.get(f"/de/search/?q={WORD}").content.decode()
    assert f"Sektion {WORD}" not in search and f"Karte {WORD}" not in search


def test_renaming_the_browse_safely_page_keeps_the_quick_exit_link_in_every_language(client):
    chosen = special_pages().browse_safely.specific
    chosen.slug = "sicher-im-netz"
    chosen.save_revision().publish()
    for code, _name in settings.LANGUAGES:
        html = client.get(f"/{code}/").content.decode()
        found = re.search(r'class="quick-exit__safety" href="([^"]+)"', html)
        assert found, f"no browse-safely link in {code}"
        response = client.get(found.group(1))
        assert response.status_code == 200, (code, found.group(1))
        shown = response.context["page"]
        assert shown.translation_key == chosen.translation_key, code
        assert shown.locale.language_code in (code, settings.LANGUAGE_CODE), code
    assert client.get("/de/").content.decode().count('href="/de/sicher-im-netz/"') >= 1


def test_a_special_page_left_unset_loses_its_link_and_check_warns():
    setting = special_pages()
    assert checks.special_pages_chosen(None) == []
    setting.sign_language = None
    setting.save()
    out = io.StringIO()
    call_command("check", stdout=out, stderr=out)
    assert "SpecialPages.sign_language: (home.W001)" in out.getvalue()
    assert [warning.obj for warning in checks.special_pages_chosen(None)] == [
        "SpecialPages.sign_language"
    ]


def test_the_sign_language_entry_point_follows_the_setting(client):
    setting = special_pages()
    other = add_page(german_home(), f"Gebärden {WORD}", "Videos.")
    setting.sign_language = other
    setting.save()
    nav = re.search(
        r'<nav class="access-links".*?</nav>', client.get("/de/").content.decode(), re.S
    )
    assert f'<a href="{other.url}">Gebärden {WORD}</a>' in nav.group(0)
    setting.sign_language = None
    setting.save()
    nav = re.search(
        r'<nav class="access-links".*?</nav>', client.get("/de/").content.decode(), re.S
    )
    assert WORD not in nav.group(0)


def test_text_added_to_the_leitbild_body_is_found_by_search(client):
    leitbild = MissionStatementPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    body = list(leitbild.body.raw_data)
    body.append({"type": "paragraph", "value": f"<p>Neu im Leitbild: {WORD}.</p>"})
    leitbild.body = json.dumps(body)
    leitbild.save_revision().publish()
    html = client.get(f"/de/search/?q={WORD}").content.decode()
    assert f'href="{leitbild.url}"' in html


def test_every_page_type_has_the_body_once_with_panel_search_and_translation():
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model is Page:
            continue
        names = [getattr(field, "field_name", None) for field in model.search_fields]
        assert names.count("body") == 1, model
        translatable = [field.field_name for field in model.translatable_fields]
        assert translatable.count("body") == 1, model
        panels = [getattr(panel, "field_name", None) for panel in model.content_panels]
        assert panels.count("body") == 1, model


def test_fast_routing_hands_the_rest_of_an_address_to_a_page_that_routes_itself(client):
    """HomePage.route finds pages by their path and gives a page type that routes below itself
    (the news index's feeds, an event's calendar file) the rest of the address; an address
    below a page that does not route itself is a 404, also once the live paths are kept."""
    assert {NewsIndexPage, NewsItemPage} <= set(pages_with_own_routes())
    deep = FormOfExploitationPage.objects.filter(locale__language_code="de").first()
    assert client.get(deep.url).status_code == 200
    news = NewsIndexPage.objects.get(locale__language_code="de")
    assert client.get(news.url).status_code == 200
    feed = client.get(f"{news.url}rss/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    for _twice in range(2):  # the second time with the live paths kept
        assert client.get(f"{deep.url}rss/").status_code == 404
        assert client.get("/de/gibt-es-nicht/weiter/").status_code == 404
        assert client.get(f"{news.url}gibt-es-nicht/").status_code == 404
        assert client.get(f"{news.url}rss/").status_code == 200


def test_home_pages_are_the_only_ones_at_the_top():
    assert {type(page.specific) for page in Page.objects.filter(depth=2)} == {HomePage}


def test_view_restrictions_follow_wagtails_rule_on_every_page_and_alias():
    """The cheaper ``BasePage.get_view_restrictions`` finds what Wagtail's own finds: on
    German pages, their aliases and translations, below a protected section, and through an
    alias of an alias."""
    forms_index = FormsOfExploitationIndexPage.objects.get(locale__language_code="de")
    PageViewRestriction.objects.create(
        page=forms_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    # A new form page: an alias in Polish (locale synchronisation), translated into Arabic.
    form = FormOfExploitationPageFactory(parent=forms_index)
    synchronise_locales()
    translation_of(form, "ar")
    # An alias elsewhere follows its source's own restriction, not the source's section's.
    PageViewRestriction.objects.create(
        page=form, restriction_type=PageViewRestriction.PASSWORD, password="y"
    )
    polish_home = HomePage.objects.get(locale__language_code="pl")
    chained = form.create_alias(
        parent=polish_home, update_slug="kette", reset_translation_key=True
    ).create_alias(parent=polish_home, update_slug="kette-2", reset_translation_key=True)
    pages = [
        *Page.objects.filter(depth__gt=1, locale__language_code__in=["de", "pl", "ar"]).specific(),
        chained.specific,
    ]
    for page in pages:
        assert set(page.get_view_restrictions()) == set(Page.get_view_restrictions(page)), (
            page.url_path
        )
    polish = form.get_translation(polish_home.locale).specific
    arabic = form.get_translation(HomePage.objects.get(locale__language_code="ar").locale)
    assert polish.alias_of_id and set(polish.get_view_restrictions()), "an alias below an alias"
    assert not arabic.alias_of_id and not set(arabic.specific.get_view_restrictions())
    assert set(chained.specific.get_view_restrictions()), "an alias of an alias of a protected page"


def test_check_is_quiet_about_a_site_that_has_no_kok_home_page_yet():
    """Before bootstrap_kok, Wagtail's placeholder site has no pages to choose from."""
    placeholder = Page.get_first_root_node().add_child(instance=Page(title="Welcome", slug="w"))
    Site.objects.create(hostname="placeholder.invalid", root_page=placeholder)
    assert checks.special_pages_chosen(None) == []
