"""A Romanian translator's work in Chromium: an outdated page from the work list brought up to
date and published, and a page list that offers only what a translator may do."""

import re

from django.test import TestCase

from wagtail.models import Page

from information.models import FormOfExploitationPage

from ..pages import locale, translate
from ..translator_helpers import german_leaf_page, translator
from .test_admin import PASSWORD, sign_in

NEW_GERMAN = "Ganz neu formuliert für diese Prüfung."
ROMANIAN = "Formulat din nou pentru această verificare."


def romanian_translator():
    user = translator("ro")
    user.set_password(PASSWORD)
    user.save()
    return user


def test_a_translator_updates_an_outdated_page_from_the_work_list_and_publishes_it(visit):
    source_page = german_leaf_page(FormOfExploitationPage)
    _translation, romanian = translate(source_page, "ro", marked=True)
    source_page.introduction = NEW_GERMAN
    source_page.save_revision().publish()
    user = romanian_translator()

    browsing = visit()
    page = browsing.page
    sign_in(browsing, user.username)
    entry = page.locator(f'#kok-work-list-table tr[data-page="{source_page.pk}"][data-locale="ro"]')
    assert entry.get_attribute("data-status") == "outdated"
    entry.locator('[data-action="update"]').click()
    page.wait_for_url(f"**/admin/pages/{romanian.pk}/edit/")
    assert page.url.endswith(f"/admin/pages/{romanian.pk}/edit/")

    # The translation editor shows the new German sentence, untranslated.
    editor = page.locator(".js-translation-editor")
    editor.locator("li").first.wait_for()
    segment = editor.locator("li", has_text=NEW_GERMAN).last
    segment.get_by_role("button", name=re.compile("^Translate$")).click()
    segment.locator("textarea").fill(ROMANIAN)
    with page.expect_response(lambda r: "/strings/" in r.url and r.request.method == "PUT"):
        segment.get_by_role("button", name="Save").click()

    # wagtail-localize publishes when the transaction commits; the test's never does.
    published = page.expect_response(lambda r: r.request.method == "POST")
    with TestCase.captureOnCommitCallbacks(execute=True), published:
        page.get_by_role("button", name=re.compile("^Publish in")).click()
    assert ROMANIAN in Page.objects.get(pk=romanian.pk).specific.introduction

    browsing.goto(f"/admin/reports/translation-status/?locale={locale('ro').pk}")
    cell = page.locator(
        f'tr:has(a[href="/admin/pages/{source_page.pk}/edit/"]) td[data-locale="ro"]'
    )
    assert cell.get_attribute("data-status") == "up-to-date"
    assert cell.locator('[data-review="not-reviewed"]').count() == 1
    assert browsing.csp_violations() == []


def test_a_translators_page_list_offers_no_delete_move_or_copy(visit):
    user = romanian_translator()
    home = Page.objects.get(depth=2, locale__language_code="ro")
    browsing = visit()
    page = browsing.page
    sign_in(browsing, user.username)
    browsing.goto(f"/admin/pages/{home.pk}/")

    # The bulk bar, with every row selected.
    page.locator("input[data-bulk-action-select-all-checkbox]").first.check()
    bar = page.locator("[data-bulk-action-footer]")
    bar.wait_for(state="visible")
    offered = {text.strip() for text in bar.locator("a, button").all_inner_texts()}
    assert "Publish" in offered
    assert not offered & {"Delete", "Move"}

    # Each row's menu.
    menus = page.locator("tbody tr .w-dropdown__toggle")
    assert menus.count() > 0
    for index in range(menus.count()):
        menus.nth(index).click()
        items = {
            text.strip()
            for text in page.locator(
                "[data-w-dropdown-target='content']:visible a"
            ).all_inner_texts()
        }
        assert items, "the row's menu opened empty"
        assert not items & {"Copy", "Delete", "Move"}
        page.keyboard.press("Escape")
