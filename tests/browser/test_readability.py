"""The plain-language check in Chromium: axe finds nothing in the report, in the check of one
page (reached from the report with the keyboard) and in the check below a translator's editor.
axe looks at the admin's main area, ours; Wagtail's own header and menu are upstream's."""

import json

from django.contrib.auth import get_user_model

from wagtail.models import Page
from wagtail.users.models import UserProfile

from ..pages import locale
from ..translator_helpers import translator
from .test_admin import PASSWORD, sign_in
from .test_link_check import axe_on_main

REPORT = "/admin/reports/plain-language/"


def office_account(language):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_the_report_and_a_pages_check_are_accessible_by_keyboard(visit, axe_source):
    office_account("de")
    browsing = visit()
    page = browsing.page
    sign_in(browsing, "redaktion")
    browsing.goto(REPORT)
    page.wait_for_selector("#listing-results table")
    assert page.locator("#listing-results tbody tr").count() > 5
    violations = axe_on_main(browsing, axe_source)
    assert violations == [], json.dumps(violations, indent=1)

    # Tab to the first page's check ("Sprachprüfung" in the German admin) and open it.
    check = page.locator('#listing-results a[href$="/plain-language/"]').first
    target = check.get_attribute("href")
    for _ in range(300):
        page.keyboard.press("Tab")
        if check.evaluate("link => link === document.activeElement"):
            break
    else:
        raise AssertionError("the first page's check cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(target)
    page.wait_for_selector("#readability-check")
    assert page.locator("#readability-scores tbody tr").count() >= 1
    violations = axe_on_main(browsing, axe_source)
    assert violations == [], json.dumps(violations, indent=1)
    assert browsing.csp_violations() == []


def test_the_check_below_the_translation_editor_is_accessible(visit, axe_source):
    user = translator("en")
    user.set_password(PASSWORD)
    user.save()
    german = Page.objects.get(slug="arbeitsausbeutung", locale=locale("de"))
    english = german.get_translation(locale("en"))
    browsing = visit()
    page = browsing.page
    sign_in(browsing, user.username)
    browsing.goto(f"/admin/pages/{english.pk}/edit/")
    page.wait_for_selector("#kok-plain-language [data-score]")
    violations = axe_on_main(browsing, axe_source, "#kok-plain-language")
    assert violations == [], json.dumps(violations, indent=1)
