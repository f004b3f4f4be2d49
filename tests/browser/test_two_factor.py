"""Two-factor sign-in in Chromium: a passkey registered and used with Chromium's virtual
authenticator (DevTools protocol, no hardware), and axe on the second-factor pages.

Passkeys are bound to a domain name, never an IP address, so the browser opens the live server
as localhost; the settings name that origin as the only one allowed.
"""

import json
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.test import override_settings

from wagtail.users.models import UserProfile

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from .conftest import Visit
from .test_accessibility import run_axe

PASSWORD = "kok-browser-test"
AUTHENTICATOR = {
    "protocol": "ctap2",
    "transport": "internal",
    "hasResidentKey": True,
    "hasUserVerification": True,
    "isUserVerified": True,
}


@pytest.fixture
def localhost(browser, site):
    """A browser on the live server as http://localhost:<port>, passkeys allowed there, two
    factors required, and a virtual authenticator in the page."""
    base = site.replace("127.0.0.1", "localhost")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    with override_settings(
        KOKCMS_REQUIRE_TWO_FACTOR=True,
        OTP_WEBAUTHN_RP_ID="localhost",
        OTP_WEBAUTHN_ALLOWED_ORIGINS=[origin],
    ):
        browsing = Visit(browser, base)
        cdp = browsing.context.new_cdp_session(browsing.page)
        cdp.send("WebAuthn.enable")
        cdp.send("WebAuthn.addVirtualAuthenticator", {"options": AUTHENTICATOR})
        yield browsing
        browsing.close()


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def sign_in(browsing):
    page = browsing.page
    browsing.goto("/admin/login/")
    page.fill("#id_username", "redaktion")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")


def assert_clean(browsing, axe_source, found, name):
    violations = run_axe(browsing, axe_source)
    if violations:
        found[name] = violations
    assert browsing.csp_violations() == [], name
    assert browsing.foreign == [], name


def test_a_passkey_is_registered_and_then_confirms_the_sign_in(localhost, editor, axe_source):
    browsing, page, found = localhost, localhost.page, {}
    sign_in(browsing)
    # Without a second factor the admin sends the editor to set one up.
    assert urlsplit(page.url).path == "/admin/two-factor/"
    page.wait_for_selector("body.ready")
    assert_clean(browsing, axe_source, found, "setup")

    page.click("text=Add a passkey")
    page.wait_for_selector("#passkey-register-button")
    assert_clean(browsing, axe_source, found, "passkey")
    with page.expect_navigation(url="**/admin/two-factor/recovery-codes/**"):
        page.click("#passkey-register-button")
    assert WebAuthnCredential.objects.filter(user=editor, confirmed=True).count() == 1
    assert "The passkey is set up." in page.inner_text("main")
    page.click("text=Create new recovery codes")
    page.wait_for_selector("#twofactor-codes")
    assert page.locator("#twofactor-codes li").count() == 10
    assert_clean(browsing, axe_source, found, "recovery codes")

    # Signing in again: the password, then the passkey.
    browsing.context.clear_cookies()
    sign_in(browsing)
    assert urlsplit(page.url).path == "/admin/two-factor/verify/"
    page.wait_for_selector("#passkey-verification-button")
    assert_clean(browsing, axe_source, found, "verify")
    with page.expect_navigation(url="**/admin/"):
        page.click("#passkey-verification-button")
    page.wait_for_selector("#wagtail-sidebar", state="attached")
    assert urlsplit(page.url).path == "/admin/"
    assert browsing.console_errors == []
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_authenticator_page_and_a_paused_account_are_accessible(localhost, editor, axe_source):
    browsing, page, found = localhost, localhost.page, {}
    sign_in(browsing)
    browsing.goto("/admin/two-factor/authenticator/")
    assert page.locator(".twofactor-qr-frame svg[role=img]").count() == 1
    assert_clean(browsing, axe_source, found, "authenticator")

    device = TOTPDevice.objects.get(user=editor)
    TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
    wrong = f"{totp(device.bin_key, device.step, device.t0, device.digits, 5):06d}"
    browsing.goto("/admin/two-factor/verify/")
    assert_clean(browsing, axe_source, found, "verify with a code")
    for _attempt in range(5):
        page.fill("#id_code", wrong)
        with page.expect_navigation():
            page.click("#twofactor-code-form button[type=submit]")
    assert "Too many wrong codes in a row" in page.inner_text("main")
    assert_clean(browsing, axe_source, found, "paused")
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
