"""The "Translation status" admin report: German pages × languages."""

import re

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from home.models import HomePage
from information.models import FormOfExploitationPage

from .pages import StandardPageFactory, locale, translate
from .translator_helpers import (
    german,
    german_leaf_page,
    make_user,
    moderator,
    translate_string,
    translator,
)

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"


def cells(html):
    """{(German page id, language code): (status, {action: url})} from the rendered table."""
    found = {}
    for row in re.finditer(r"<tr[^>]*>(.*?)</tr>", html, re.S):
        page = re.search(r'href="/admin/pages/(\d+)/edit/"', row.group(1))
        if not page:
            continue
        for cell in re.finditer(
            r'<td class="kok-status-cell" data-locale="([^"]+)" data-status="([^"]+)">(.*?)</td>',
            row.group(1),
            re.S,
        ):
            actions = dict(
                re.findall(
                    r'data-action="(\w+)" href="([^"]+)"', cell.group(3).replace("&amp;", "&")
                )
            )
            found[int(page.group(1)), cell.group(1)] = (cell.group(2), actions)
    return found


def summary(html):
    return {
        code: int(percent)
        for code, percent in re.findall(r'<tr data-locale="([^"]+)" data-percent="(\d+)">', html)
    }


@pytest.fixture
def admin(client):
    client.force_login(make_user("chief", superuser=True))
    return client


def report(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_report_is_in_the_reports_menu(admin):
    html = admin.get("/admin/").content.decode()
    assert f'"url": "{URL}"' in html or f'href="{URL}"' in html


def test_every_german_page_has_a_cell_per_language(admin):
    german_pages = Page.objects.filter(locale__language_code="de", depth__gt=1).count()
    found = cells(report(admin))
    assert len({page for page, _code in found}) == german_pages
    assert {code for _page, code in found} == {
        "en", "ro", "bg", "pl", "hu", "uk", "ru", "tr", "ar", "fa", "vi", "zh-hans", "es",
        "fr", "pt", "sr", "th", "de-x-ls",
    }  # fmt: skip
    assert "de" not in summary(report(admin))


def test_cell_becomes_outdated_after_a_german_publish_and_up_to_date_after_sync(admin):
    translate(german(HomePage), "ar")
    source_page = german_leaf_page(FormOfExploitationPage)
    translation, arabic_page = translate(source_page, "ar")
    key = (source_page.pk, "ar")

    status, actions = cells(report(admin))[key]
    assert status == "up-to-date"
    assert actions["edit"] == f"/admin/pages/{arabic_page.pk}/edit/"

    source_page.introduction = "Neu formuliert."
    source_page.save_revision().publish()
    status, actions = cells(report(admin))[key]
    assert status == "outdated"
    assert actions["sync"].startswith(f"/admin/localize/update/{translation.source_id}/")

    with_publish = {"publish_translations": ""}  # sync only; translators publish later
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin.post(actions["sync"], with_publish)
    assert response.status_code == 302 and response["Location"] == URL
    # Synced, but not published again: Arabic readers still see the older text.
    html = report(admin)
    status, actions = cells(html)[key]
    assert status == "outdated"

    # Published: the new German sentence has no translation yet, incomplete, not up to date.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    html = report(admin)
    status, actions = cells(html)[key]
    assert status == "incomplete" and "sync" not in actions
    assert untranslated(html, key) == 1

    translate_string(source_page, "Neu formuliert.", "ar", "صيغة جديدة.")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    html = report(admin)
    assert cells(html)[key][0] == "up-to-date"
    assert untranslated(html, key) == 0


def untranslated(html, key):
    """The "Untranslated strings: N" of one cell (0 where the cell does not say)."""
    page_id, code = key
    row = re.search(
        rf'<tr[^>]*>(?:(?!</tr>).)*href="/admin/pages/{page_id}/edit/".*?</tr>', html, re.S
    )
    cell = re.search(
        rf'data-locale="{code}" data-status="[^"]+">(.*?)</td>', row.group(0), re.S
    ).group(1)
    found = re.search(r"Untranslated strings: (\d+)", cell)
    return int(found.group(1)) if found else 0


def test_missing_and_alias_cells_offer_translation(admin):
    home = german(HomePage)
    source_page = german_leaf_page(FormOfExploitationPage)
    for page in (home, source_page):
        for translated in page.get_translations().filter(locale__language_code__in=["th", "vi"]):
            translated.delete()
    thai_home = home.copy_for_translation(locale("th"), alias=True)
    source_page.copy_for_translation(locale("th"), copy_parents=True, alias=True)
    assert thai_home.alias_of_id == home.pk

    found = cells(report(admin))
    assert found[source_page.pk, "th"][0] == "alias"
    status, actions = found[source_page.pk, "vi"]
    assert status == "missing"
    assert actions["translate"].startswith(
        f"/admin/localize/submit/page/{source_page.pk}/?select_locale=vi"
    )


def test_percentages_per_language(admin):
    pages = Page.objects.filter(locale__language_code="de", depth__gt=1).count()
    for page in Page.objects.filter(locale__language_code="ar", depth=2):
        page.delete()  # with its whole Arabic tree
    translate(german(HomePage), "ar", marked=True)  # every string translated: up to date
    assert summary(report(admin))["ar"] == round(100 / pages)


def test_filters_by_language_status_and_section(admin):
    translate(german(HomePage), "ar")
    source_page = german_leaf_page(FormOfExploitationPage)
    translate(source_page, "ar")
    source_page.save_revision().publish()

    found = cells(report(admin, locale=locale("ar").pk))
    assert {code for _page, code in found} == {"ar"}

    found = cells(report(admin, locale=locale("ar").pk, status="outdated"))
    assert set(found) == {(source_page.pk, "ar")}

    section = source_page.get_parent()
    found = cells(report(admin, section=section.pk, locale=locale("ar").pk))
    expected = set(section.get_descendants(inclusive=True).values_list("pk", flat=True))
    assert {page for page, _code in found} == expected


def test_links_follow_the_users_rights(client):
    translate(german(HomePage), "ar")
    source_page = german_leaf_page(FormOfExploitationPage)
    translate(source_page, "ar")
    translate(source_page, "en")
    source_page.save_revision().publish()

    client.force_login(translator("ar"))
    found = cells(report(client))
    assert "edit" in found[source_page.pk, "ar"][1]
    assert "sync" not in found[source_page.pk, "ar"][1]  # syncing is for German editors
    assert found[source_page.pk, "en"][1] == {}

    client.force_login(moderator())
    found = cells(report(client))
    assert {"edit", "sync"} <= set(found[source_page.pk, "en"][1])


def test_query_count_does_not_grow_with_pages(admin):
    def count():
        with CaptureQueriesContext(connection) as queries:
            report(admin)
        return len(queries)

    before = count()
    home = german(HomePage)
    StandardPageFactory.create_batch(10, parent=home)
    assert count() == before
