"""The donation page's "Copy IBAN" button (kokcms/static/js/copy.js) in Chromium.

With JavaScript the button copies the IBAN and a live region says so; without it there is no
button, only the IBAN as text a reader can select.
"""

from django.utils import translation

import pytest

from home.models import DonationPage

pytestmark = pytest.mark.django_db

CLIPBOARD = ["clipboard-read", "clipboard-write"]


def donation_page(language):
    return DonationPage.objects.get(locale__language_code=language, live=True)


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


@pytest.mark.parametrize("language", ["de", "en"])
def test_copy_button_copies_the_iban_and_says_so(visit, language):
    page = donation_page(language)
    tab = visit(permissions=CLIPBOARD)
    tab.goto(page.url)
    button = tab.page.get_by_role("button", name=in_language(language, "Copy IBAN"))
    assert button.is_visible()
    button.click()
    status = tab.page.get_by_role("status").filter(has_text=in_language(language, "Copied"))
    status.wait_for()
    assert tab.page.evaluate("() => navigator.clipboard.readText()") == page.iban
    assert " " not in page.iban and page.iban_display in tab.page.inner_text(".iban")
    # Pressed again from the keyboard, it copies again.
    tab.page.evaluate("() => navigator.clipboard.writeText('')")
    button.focus()
    tab.page.keyboard.press("Enter")
    status.wait_for()
    tab.page.wait_for_function("() => navigator.clipboard.readText().then(t => t.length > 0)")
    assert tab.page.evaluate("() => navigator.clipboard.readText()") == page.iban
    assert tab.csp_violations() == [] and tab.console_errors == []


def test_refused_clipboard_selects_the_iban_and_says_how_to_copy(visit):
    page = donation_page("de")
    tab = visit()
    tab.context.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));"
    )
    tab.goto(page.url)
    tab.page.get_by_role("button", name=in_language("de", "Copy IBAN")).click()
    failed = in_language("de", "Copying did not work. Please select the IBAN and copy it.")
    tab.page.get_by_role("status").filter(has_text=failed).wait_for()
    assert tab.page.evaluate("() => getSelection().toString()").strip() == page.iban_display


def test_without_javascript_the_iban_is_selectable_text_and_no_button(visit):
    page = donation_page("de")
    tab = visit(java_script_enabled=False)
    tab.goto(page.url)
    assert tab.page.get_by_role("button", name=in_language("de", "Copy IBAN")).count() == 0
    iban = tab.page.locator(".iban")
    assert iban.inner_text().strip() == page.iban_display
    assert iban.evaluate("el => getComputedStyle(el).userSelect") != "none"


def test_the_script_is_loaded_only_on_the_donation_page(visit):
    tab = visit()
    tab.goto("/de/")
    scripts = tab.page.eval_on_selector_all("script[src]", "els => els.map(e => e.src)")
    assert not any("copy.js" in src for src in scripts)
    tab.goto(donation_page("de").url)
    scripts = tab.page.eval_on_selector_all("script[src]", "els => els.map(e => e.src)")
    assert any(src.endswith("/js/copy.js") for src in scripts)
    assert tab.page.eval_on_selector('script[src$="copy.js"]', "e => e.defer")
