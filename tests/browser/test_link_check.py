"""Reports → Link check in Chromium: axe finds nothing in the report (with findings listed), and
an editor checks again with the keyboard alone."""

import json

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from home.models import HelpBox
from linkcheck import checker

from ..pages import locale
from .test_admin import PASSWORD, sign_in

REPORT = "/admin/reports/link-check/"


def axe_on_main(browsing, axe_source, selector="main"):
    """axe-core on our own part of an admin page (by default the main area: header, runs,
    table), not on Wagtail's menu and header around it."""
    browsing.page.evaluate(axe_source)
    return browsing.page.evaluate(
        """async (selector) => {
            const result = await axe.run({include: [[selector]]}, {resultTypes: ["violations"]});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }""",
        selector,
    )


def test_the_link_check_report_is_accessible_and_works_with_the_keyboard(visit, axe_source):
    editor = get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    help_box = HelpBox.objects.get(locale=locale("de"))
    help_box.text = '<p><a href="tel:12345">Beratung</a> <a href="mailto:a@@b">Mail</a></p>'
    help_box.save()
    checker.run()

    browsing = visit()
    page = browsing.page
    sign_in(browsing, "redaktion")
    browsing.goto(REPORT)
    page.wait_for_selector("#listing-results table")
    assert page.locator("#listing-results tbody tr").count() == 2
    violations = axe_on_main(browsing, axe_source)
    assert violations == [], json.dumps(violations, indent=1)

    # Tab to "Check now without external links" and press Enter.
    button = page.get_by_role("button", name="Check now without external links")
    for _ in range(200):
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        raise AssertionError("the button cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(REPORT)
    assert "Checked again without external links: 2 findings." in page.content()
    # The edit link of a finding is reached with the keyboard too and leads to the snippet.
    edit = page.locator(
        f'#listing-results a[href="/admin/snippets/home/helpbox/edit/{help_box.pk}/"]'
    )
    assert edit.count() == 2
    assert browsing.csp_violations() == []
    assert browsing.console_errors == []
