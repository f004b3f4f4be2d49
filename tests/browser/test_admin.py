"""The Wagtail admin still works in Chromium under its own Content-Security-Policy."""

import json

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from home.models import HomePage, StandardPage

PASSWORD = "kok-browser-test"
# Resolves once Wagtail watches the edit form for changes (set by an init script; no eval under
# the admin's Content-Security-Policy).
WATCHING = (
    "() => new Promise(r => { const t = () => window.__watching ? r() : setTimeout(t, 50); t(); })"
)
# How many police emergency numbers the editor's form fields hold.
IN_FORM = (
    "Array.from(document.querySelectorAll('input[type=hidden]'))"
    '.reduce((n, i) => n + (i.value.match(/"key":"emergency_police"/g) || []).length, 0)'
)


def sign_in(browsing, username):
    """Sign in through the admin's login form, as an editor does."""
    page = browsing.page
    browsing.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")


def test_an_editor_signs_in_and_the_page_editor_loads(visit):
    get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    home = HomePage.objects.get(locale__language_code="de")
    browsing = visit()
    page = browsing.page
    sign_in(browsing, "redaktion")
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


def test_an_editor_inserts_a_contact_detail_from_the_toolbar(visit):
    """The "Contact detail" entry of the rich-text editor inserts a detail from Settings →
    Contact (stored as a contact entity, shown to readers with the current value)."""
    editor = get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"  # the admin in English, whatever the catalogues hold
    profile.save()
    page_ = StandardPage.objects.get(slug="kontakt", locale__language_code="de")
    browsing = visit()
    page = browsing.page
    sign_in(browsing, "redaktion")

    browsing.goto(f"/admin/pages/{page_.pk}/edit/")
    page.wait_for_selector(".Draftail-Editor", timeout=15000)
    shown = page.locator("[data-contact]").count()
    before = json.dumps(list(page_.body.raw_data)).count('key=\\"emergency_police\\"')
    assert shown > 0  # the details already in the text are marked in the editor

    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("/")
    page.locator("[role=option]", has_text="Contact detail").click()
    page.wait_for_selector("dialog.kok-contact-dialog[open]")
    page.locator("dialog.kok-contact-dialog button", has_text="Police emergency number").click()
    page.wait_for_selector("dialog.kok-contact-dialog", state="detached")
    assert page.locator("[data-contact]").count() == shown + 1
    # Draftail writes its state into the form a moment later (stateSaveInterval).
    page.wait_for_function(f"(n) => {IN_FORM} === n", arg=before + 1)

    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    page_.refresh_from_db()
    body = page_.get_latest_revision().content["body"]  # the draft's body, as JSON text
    draft = json.dumps(json.loads(body) if isinstance(body, str) else body)
    assert draft.count('key=\\"emergency_police\\"') == before + 1
    assert browsing.csp_violations() == []
    assert browsing.console_errors == []


def test_an_editor_brings_back_a_bootstrapped_pages_first_text_from_its_history(visit):
    """The bootstrap publishes a first revision of every page: after a change, History offers
    it ("Review this version") and publishing it brings the original text back."""
    get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    page_ = StandardPage.objects.get(slug="kontakt", locale__language_code="de")
    original = page_.title
    changed = page_.get_latest_revision_as_object()
    changed.title = "Geänderter Titel"
    changed.save_revision(log_action=True).publish()  # as the page editor saves and publishes

    browsing = visit()
    page = browsing.page
    sign_in(browsing, "redaktion")
    assert "Geänderter Titel" in page.context.request.get(browsing.base_url + page_.url).text()

    browsing.goto(f"/admin/pages/{page_.pk}/history/")
    # The oldest saved draft is listed last: the bootstrap's first text. Its menu offers
    # "Review this version".
    rows = page.locator("tbody tr:has(.w-dropdown__toggle)")
    assert rows.count() >= 2  # the bootstrap's draft and the editor's
    rows.last.locator(".w-dropdown__toggle").click()
    with page.expect_navigation():
        page.locator("a[href*='/revisions/'][href$='/revert/']").click()
    page.wait_for_selector("#id_title")
    assert page.input_value("#id_title") == original
    with page.expect_navigation():
        page.evaluate(
            "document.querySelector('form[method=post] button[name=action-publish]')"
            ".form.requestSubmit(document.querySelector('button[name=action-publish]'))"
        )
    shown = page.context.request.get(browsing.base_url + page_.url).text()
    assert "Geänderter Titel" not in shown
    assert original in shown
    assert browsing.csp_violations() == []


def test_save_draft_while_autosave_is_creating_the_page_saves_one_page(visit):
    """Wagtail's autosave creates a new page in the background; "Save draft" pressed while that
    request is on its way must save the same page, not create it a second time, which was
    refused with "The slug … is already in use" (kokcms/static/js/admin-autosave-submit.js)."""
    get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    home = HomePage.objects.get(locale__language_code="de")
    title = "Neue Seite für Ratsuchende"
    browsing = visit()
    page = browsing.page
    sign_in(browsing, "redaktion")
    # Wagtail watches the form for changes two seconds after it loaded; autosave follows them.
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.__watching = true })"
    )
    browsing.goto(f"/admin/pages/add/home/standardpage/{home.pk}/")
    page.evaluate(WATCHING)

    def autosave(request):
        return request.method == "POST" and request.headers.get("accept") == "application/json"

    with page.expect_request(autosave, timeout=15000):
        page.fill("#id_title", title)
        page.keyboard.press("Tab")  # the slug follows the title when the field is left
    # At once, while the server is still creating the page for autosave (one request at a time).
    with page.expect_response(lambda r: r.request.method == "POST" and "/edit/" in r.url):
        page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()

    created = StandardPage.objects.filter(title=title, locale=home.locale)
    assert created.count() == 1
    page_ = created.get()
    assert page.url.endswith(f"/admin/pages/{page_.pk}/edit/")
    assert page.locator(".w-field__errors:not(:empty), .error-message").count() == 0
    assert page_.revisions.count() == 2  # the autosave's revision, and the draft saved on top
    assert browsing.csp_violations() == []
