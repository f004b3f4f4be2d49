"""Two-factor sign-in to the admin (twofactor/): who must use it, codes, recovery codes, the
lock after wrong codes, an administrator's reset, and nothing changed for readers."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import GroupPagePermission, ModelLogEntry, Page
from wagtail.users.models import UserProfile

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

pytestmark = pytest.mark.django_db
required = override_settings(KOKCMS_REQUIRE_TWO_FACTOR=True)

VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/"


def make_user(username, *, superuser=False, group=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.invalid", "pw")
    user.is_superuser = superuser
    user.save()
    if group:
        user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin in English: the texts below are read as shown
    profile.save()
    return user


@pytest.fixture
def editor():
    """An editor as KOK's office has them: page rights from a group, no superuser."""
    group = Group.objects.create(name="Redaktion 2FA")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.objects.get(depth=1)
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    return make_user("redaktion", group=group)


@pytest.fixture
def viewer():
    """An account that may open the admin and look, but change nothing."""
    group = Group.objects.create(name="Nur lesen")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return make_user("lesen", group=group)


@pytest.fixture
def admin_user():
    return make_user("admin", superuser=True)


def authenticator(user):
    return TOTPDevice.objects.create(user=user, name="App", confirmed=True)


def code_of(device, offset=0):
    """The code the app shows now (offset: one step later, a code that is not valid now)."""
    return (
        f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + offset):06d}"
    )


def wrong_code(device):
    return code_of(device, offset=5)


def verify(client, device, next_url="/admin/"):
    return client.post(VERIFY, {"code": code_of(device), "next": next_url})


def signed_in(client, user):
    client.force_login(user)
    return client


@required
def test_an_editor_without_a_second_factor_is_sent_to_set_one_up(client, editor):
    signed_in(client, editor)
    for path in ["/admin/", "/admin/pages/", "/admin/account/", "/admin/users/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(SETUP + "?next="), path
    page = client.get(SETUP + "?next=/admin/pages/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Set one up to continue" in html
    assert 'href="/admin/two-factor/authenticator/?next=/admin/pages/"' in html
    assert 'id="wagtail-sidebar"' not in html  # its links would only lead back here
    # Signing out still works.
    response = client.post("/admin/logout/")
    assert response.status_code == 302 and "_auth_user_id" not in client.session


@required
def test_setting_up_an_authenticator_app_then_recovery_codes(client, editor):
    signed_in(client, editor)
    page = client.get("/admin/two-factor/authenticator/?next=/admin/pages/")
    html = page.content.decode()
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    # The QR code is drawn here as inline SVG; the key is there as text for typing in.
    assert '<svg role="img"' in html and "<title>QR code for your authenticator app</title>" in html
    assert "<img" not in html.split('class="twofactor-qr-frame"')[1].split("</div>")[0]
    assert 'id="twofactor-secret"' in html
    # A wrong code does not confirm the app.
    response = client.post(
        "/admin/two-factor/authenticator/", {"code": wrong_code(device), "next": "/admin/pages/"}
    )
    assert response.status_code == 200 and "This code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302

    response = client.post(
        "/admin/two-factor/authenticator/", {"code": code_of(device), "next": "/admin/pages/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/recovery-codes/?next=%2Fadmin%2Fpages%2F"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200  # this session is verified

    shown = client.post("/admin/two-factor/recovery-codes/", {"next": "/admin/pages/"})
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 10
    assert all(code in shown.content.decode() for code in codes)
    # Shown once: the page itself only counts them afterwards.
    again = client.get("/admin/two-factor/recovery-codes/").content.decode()
    assert "10 recovery codes are left." in again
    assert not any(code in again for code in codes)


@required
def test_a_valid_code_lets_the_editor_in_and_a_wrong_one_is_refused(client, editor):
    device = authenticator(editor)
    signed_in(client, editor)
    response = client.get("/admin/pages/")
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Confirm it is you" in page.content.decode()

    response = client.post(VERIFY, {"code": wrong_code(device), "next": "/admin/pages/"})
    assert response.status_code == 200
    assert "This code is not right" in response.content.decode()
    assert client.get("/admin/pages/").status_code == 302

    code = code_of(device)
    response = client.post(VERIFY, {"code": code, "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    # The same code cannot be used twice, even from another session. The code is kept, not
    # computed again: a new 30-second step may have begun, and its code would be valid.
    other = signed_in(type(client)(), editor)
    refused = other.post(VERIFY, {"code": code, "next": "/admin/"})
    assert refused.status_code == 200


@required
def test_a_next_address_of_another_site_is_not_followed(client, editor):
    device = authenticator(editor)
    signed_in(client, editor)
    response = verify(client, device, "https://evil.example/")
    assert response["Location"] == "/admin/"


@required
def test_five_wrong_codes_pause_the_account(client, editor):
    device = authenticator(editor)
    signed_in(client, editor)
    for _attempt in range(4):
        assert client.post(VERIFY, {"code": wrong_code(device)}).status_code == 200
    response = client.post(VERIFY, {"code": wrong_code(device)})
    html = response.content.decode()
    assert response.status_code == 429
    assert "Too many wrong codes in a row" in html and "codes are paused until" in html
    assert 'id="twofactor-code-form"' not in html
    # Even the right code is refused now, and signing in again does not reset the count.
    assert verify(client, device).status_code == 429
    client.logout()
    signed_in(client, editor)
    assert verify(client, device).status_code == 429
    assert client.get("/admin/").status_code == 302
    # After the pause (15 minutes, as for the password) the right code works.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(minutes=16)
    )
    assert verify(client, device).status_code == 302
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


@required
def test_a_recovery_code_works_once(client, editor):
    authenticator(editor)
    codes = StaticDevice.objects.create(user=editor, name="Recovery codes", confirmed=True)
    codes.token_set.create(token="abcd2345")
    codes.token_set.create(token="efgh6723")
    signed_in(client, editor)
    response = client.post(VERIFY, {"code": "ABCD 2345", "next": "/admin/"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    client.logout()
    signed_in(client, editor)
    response = client.post(VERIFY, {"code": "abcd2345"})
    assert response.status_code == 200 and "This code is not right" in response.content.decode()
    assert client.post(VERIFY, {"code": "efgh6723"}).status_code == 302


@required
def test_an_unverified_session_cannot_add_a_factor(client, editor):
    """Someone who has only the password must not slip in a factor of their own."""
    authenticator(editor)
    signed_in(client, editor)
    for path in [
        "/admin/two-factor/",
        "/admin/two-factor/authenticator/",
        "/admin/two-factor/passkey/",
    ]:
        assert client.get(path)["Location"].startswith(VERIFY), path
    assert client.get("/admin/two-factor/recovery-codes/")["Location"].startswith(VERIFY)
    response = client.post("/admin/two-factor/webauthn/registration/begin/")
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=editor).count() == 1


@required
def test_an_administrator_resets_a_second_factor(client, editor, admin_user):
    authenticator(editor)
    StaticDevice.objects.create(user=editor, name="Recovery codes", confirmed=True)
    signed_in(client, admin_user)
    verify(client, authenticator(admin_user))
    listing = client.get("/admin/users/").content.decode()
    assert f"/admin/two-factor-reset/{editor.pk}/" in listing
    page = client.get(f"/admin/two-factor-reset/{editor.pk}/")
    assert page.status_code == 200 and "redaktion" in page.content.decode()

    response = client.post(f"/admin/two-factor-reset/{editor.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action="twofactor.reset")
    assert entry.object_id == str(editor.pk) and entry.user_id == admin_user.pk
    # At their next sign-in the editor sets one up again.
    assert signed_in(type(client)(), editor).get("/admin/")["Location"].startswith(SETUP)


@required
def test_an_editor_cannot_reset_anybody(client, editor, admin_user):
    device = authenticator(admin_user)
    signed_in(client, editor)
    verify(client, authenticator(editor))
    client.post(f"/admin/two-factor-reset/{admin_user.pk}/")
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


@required
def test_an_administrator_must_verify_before_resetting(client, editor, admin_user):
    device = authenticator(editor)
    authenticator(admin_user)
    signed_in(client, admin_user)
    response = client.post(f"/admin/two-factor-reset/{editor.pk}/")
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


@required
def test_an_account_without_edit_rights_is_not_forced(client, viewer):
    signed_in(client, viewer)
    assert client.get("/admin/").status_code == 200


@required
def test_the_admin_and_their_own_account_page_link_to_the_setup(client, editor):
    signed_in(client, editor)
    verify(client, authenticator(editor))
    assert 'href="/admin/two-factor/"' in client.get("/admin/account/").content.decode()
    overview = client.get(SETUP).content.decode()
    assert "Authenticator apps" in overview and "0 recovery codes are left." in overview


def test_with_the_setting_off_nothing_changes(client, editor):
    authenticator(editor)
    signed_in(client, editor)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.parametrize("path", ["/de/", "/en/"])
def test_readers_are_not_touched(client, path):
    """No cookie and not one query more for an anonymous reader with the setting on."""
    client.get(path)  # warm the shared store
    from django.core.cache import caches

    caches["pages"].clear()
    with CaptureQueriesContext(connection) as off:
        client.get(path)
    caches["pages"].clear()
    with required, CaptureQueriesContext(connection) as on:
        response = client.get(path)
    assert response.status_code == 200
    assert response.cookies == {}
    assert len(on) == len(off)


@required
def test_a_passkey_alone_is_a_second_factor(client, editor):
    WebAuthnCredential.objects.create(
        user=editor, name="Laptop", confirmed=True, credential_id=b"x", public_key=b"y"
    )
    signed_in(client, editor)
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    html = client.get(VERIFY).content.decode()
    assert 'id="passkey-verification-button"' in html
    assert 'id="otp_webauthn_config" type="application/json"' in html
