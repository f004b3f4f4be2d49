"""What every page shows around its content (menu, breadcrumbs, language links, footer) and
Wagtail's routing, kept in the page cache's shared store (pagecache/shared.py) even when no page
is kept: the next reader after an editor's change sees it everywhere, and a page read again
costs (almost) no SQL, however many pages the site has.

The page cache is switched off here (``WAGTAIL_CACHE=False``), so every response is built
anew and only the shared store can make a change late.
"""

import uuid

from django.core.cache import caches
from django.test import Client, override_settings

from wagtail.models import Page, PageViewRestriction

import pytest

from home import navigation
from information.models import FormOfExploitationPage, FormsOfExploitationIndexPage
from tests.pages import (
    FormOfExploitationPageFactory,
    StandardPageFactory,
    add_page,
    german_home,
    translate,
)

pytestmark = pytest.mark.usefixtures("no_page_cache")


@pytest.fixture
def no_page_cache():
    with override_settings(WAGTAIL_CACHE=False):
        yield


def read(url):
    response = Client(HTTP_HOST="localhost").get(url)
    assert "X-Wagtail-Cache" not in response  # built for this request, not a kept page
    return response


def menu_of(url):
    html = read(url).content.decode()
    return html[html.index('class="main-menu') : html.index("</header>")]


@pytest.fixture
def section(db):
    home = german_home()
    page = add_page(home, f"Rubrik {uuid.uuid4().hex[:6]}", "Eine Rubrik.")
    Page.objects.filter(pk=page.pk).update(show_in_menus=True)
    page.refresh_from_db()
    page.save_revision().publish()  # as an editor does: the menu entry is new everywhere
    return page


def test_a_published_section_is_in_every_menu_at_once_and_a_renamed_one_too(section):
    other = german_home().get_children().live().exclude(pk=section.pk).first()
    assert section.title in menu_of(other.url)
    section.title = "Umbenannt vom Büro"
    section.save_revision().publish()
    assert "Umbenannt vom Büro" in menu_of(other.url)
    assert "Umbenannt vom Büro" in menu_of(german_home().url)


def test_a_protected_section_leaves_the_menus_and_its_address_asks_for_the_password(section):
    child = add_page(section, f"Unterseite {uuid.uuid4().hex[:6]}", "Geheimer Inhalt.")
    home_url = german_home().url
    assert section.title in menu_of(home_url)
    assert "Geheimer Inhalt." in read(child.url).content.decode()  # routed and kept
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert section.title not in menu_of(home_url)
    response = read(child.url)
    assert response.status_code == 200
    assert "Geheimer Inhalt." not in response.content.decode()
    assert 'type="password"' in response.content.decode()


def test_an_unpublished_page_is_gone_from_its_address_and_the_menus(section):
    url, home_url = section.url, german_home().url
    assert read(url).status_code == 200
    section.unpublish()
    assert read(url).status_code == 404
    assert section.title not in menu_of(home_url)


def test_a_new_translation_is_linked_from_the_language_switcher_of_the_german_page(section):
    html = read(section.url).content.decode()
    _translation, romanian = translate(section, "ro", marked=True)
    romanian.slug = f"rubrica-{uuid.uuid4().hex[:6]}"
    romanian.save_revision().publish()
    romanian = Page.objects.get(pk=romanian.pk)
    assert romanian.url not in html
    assert f'href="{romanian.url}"' in read(section.url).content.decode()
    assert "[ro] Eine Rubrik." in read(romanian.url).content.decode()


def test_a_page_read_again_needs_almost_no_query(db, django_assert_max_num_queries):
    form = FormOfExploitationPage.objects.live().filter(locale__language_code="de").first()
    index = FormsOfExploitationIndexPage.objects.live().filter(locale__language_code="de").first()
    for page in (form, index, german_home()):
        read(page.url)
        with django_assert_max_num_queries(1):
            assert read(page.url).status_code == 200


def test_unknown_addresses_are_not_kept(db):
    store = caches["pages"]
    read(german_home().url)
    assert read("/de/gibt-es-nicht/").status_code == 404  # the error page's layout is kept once
    kept = len(store._cache)
    for n in range(20):
        assert read(f"/de/gibt-es-nicht-{n}/").status_code == 404
    assert len(store._cache) == kept


def test_a_flood_of_unknown_addresses_costs_no_routing_query(db, django_assert_max_num_queries):
    """After the first unknown address, the live paths are kept: a further one costs only the
    lookup in Wagtail's redirects, in German and in a language that looks for the German page."""
    for language in ("de", "ar"):
        assert read(f"/{language}/gibt-es-nicht/").status_code == 404
        for n in range(5):
            with django_assert_max_num_queries(1):
                assert read(f"/{language}/gibt-es-nicht-{n}/").status_code == 404


def test_a_page_published_at_an_unknown_address_is_served_at_once(db):
    home = german_home()
    assert read("/de/neu-hier/").status_code == 404  # the live paths are kept now
    StandardPageFactory(parent=home, title="Neu hier", slug="neu-hier")
    response = read("/de/neu-hier/")
    assert response.status_code == 200
    assert "Neu hier" in response.content.decode()


# --- Lists of cards: bounded, paginated ----------------------------------------------------------
@pytest.fixture
def many_forms(db):
    index = FormsOfExploitationIndexPage.objects.live().filter(locale__language_code="de").first()
    existing = FormOfExploitationPage.objects.child_of(index).live().count()
    for n in range(navigation.CARDS_PER_PAGE + 5 - existing):
        FormOfExploitationPageFactory(
            parent=index,
            title=f"Weitere Form {n:02d}",
            slug=f"weitere-form-{n:02d}",
            introduction=f"Einleitung {n:02d}.",
            locale_id=index.locale_id,
        )
    return index


def cards(html):
    return html.count('<li class="card">')


def test_an_index_shows_a_page_of_cards_and_links_to_the_next(many_forms):
    first = read(many_forms.url).content.decode()
    assert cards(first) == navigation.CARDS_PER_PAGE
    assert 'href="?page=2" rel="next"' in first
    second = read(many_forms.url + "?page=2").content.decode()
    assert cards(second) == 5
    assert "Weitere Form" in second and 'rel="prev"' in second


@pytest.mark.parametrize("number", ["99", "99999999999999999999999", "-3", "abc", ""])
def test_any_page_number_shows_an_existing_page(many_forms, number):
    response = read(f"{many_forms.url}?page={number}")
    assert response.status_code == 200
    assert cards(response.content.decode()) in (navigation.CARDS_PER_PAGE, 5)


def test_the_home_page_shows_a_bounded_number_of_forms_and_leads_to_all(many_forms):
    html = read(german_home().url).content.decode()
    teaser = html[html.index('id="teaser-forms"') :]
    teaser = teaser[: teaser.index("</section>")]
    assert cards(teaser) == navigation.HOME_CARDS
    assert f'href="{many_forms.url}"' in teaser


def test_cards_cost_the_same_queries_however_many_pages_there_are(
    many_forms, django_assert_max_num_queries
):
    caches["pages"].clear()
    with django_assert_max_num_queries(15):
        read(many_forms.url)
    with django_assert_max_num_queries(1):
        read(many_forms.url)


def test_a_protected_pages_text_is_never_kept_in_the_store(section):
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    restriction = PageViewRestriction.objects.get(page=section)
    browser = Client(HTTP_HOST="localhost")
    unlocked = browser.post(
        f"/de/_util/authenticate_with_password/{restriction.pk}/{section.pk}/",
        {"password": "geheim", "return_url": section.url},
        follow=True,
    )
    assert "Eine Rubrik." in unlocked.content.decode()  # the reader with the password reads it
    kept = b"".join(caches["pages"]._cache.values())  # local memory keeps pickled values
    assert b"Eine Rubrik." not in kept
