"""The Wagtail admin still works in Chromium under its own Content-Security-Policy."""

from django.contrib.auth import get_user_model

from home.models import HomePage

PASSWORD = "kok-browser-test"


def test_an_editor_signs_in_and_the_page_editor_loads(visit):
    get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    home = HomePage.objects.get(locale__language_code="de")
    browsing = visit()
    page = browsing.page
    browsing.goto("/admin/login/")
    page.fill("#id_username", "redaktion")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.url.endswith("/admin/")

    browsing.goto(f"/admin/pages/{home.pk}/edit/")
    # The editor is built by the admin's scripts: the title field and the rich text editor
    # (Draftail) only appear when they ran.
    page.wait_for_selector("#id_title")
    page.wait_for_selector(".Draftail-Editor", timeout=15000)
    assert page.input_value("#id_title") == home.title
    assert page.evaluate("document.body.classList.contains('ready')")
    assert browsing.csp_violations() == []
    assert browsing.foreign == []  # no avatar service, no update check

    # The live preview shows the page in a frame of the admin itself.
    page.click("[data-side-panel-toggle='preview']")
    # (Wagtail swaps the frame when it refreshes, so look it up afresh.)
    preview = page.frame_locator("iframe[data-w-preview-target='iframe']").last
    preview.locator("#quick-exit").wait_for(state="attached", timeout=30000)
    assert browsing.csp_violations() == []
    assert browsing.console_errors == []
