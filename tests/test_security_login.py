"""Admin sign-in: failed attempts are throttled per account and per IP address; sessions expire."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("axes_on")]

PASSWORD = "correct horse battery staple"
LIMIT = settings.AXES_FAILURE_LIMIT


@pytest.fixture
def axes_on():
    # The test settings switch django-axes off for Django's test-client logins (see test.py).
    with override_settings(AXES_ENABLED=True):
        yield


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)


def sign_in(client, username, password, ip="192.0.2.10", forwarded=None, **extra):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/", **extra},
        REMOTE_ADDR=ip,
        HTTP_ACCEPT_LANGUAGE="en",
        **headers,
    )


def is_locked(response):
    return response.status_code == 429 and b'id="login-locked"' in response.content


def test_correct_password_signs_in_and_the_session_expires(client, editor):
    response = sign_in(client, "redaktion", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    session_cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    # Without "remember me" the cookie ends with the browser, and the server forgets the
    # session after a working day in any case.
    assert session_cookie["max-age"] == "" and session_cookie["httponly"]
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
    assert client.get("/admin/").status_code == 200


def test_remember_me_keeps_the_session_for_a_working_day_only(client, editor):
    response = sign_in(client, "redaktion", PASSWORD, remember="on")
    assert response.status_code == 302
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == settings.SESSION_COOKIE_AGE


def test_wrong_passwords_lock_the_account_with_a_clear_message(client, editor):
    for attempt in range(LIMIT - 1):
        response = sign_in(client, "redaktion", f"wrong-{attempt}")
        assert response.status_code == 200  # the login form again, with its error
    response = sign_in(client, "redaktion", "wrong-last")
    assert is_locked(response)
    html = response.content.decode()
    assert "Sign-in paused" in html
    assert f"Signing in failed {LIMIT} times in a row" in html
    assert "signing in is paused for 15 minutes" in html
    # Even the right password is refused now, and nobody is signed in.
    assert is_locked(sign_in(client, "redaktion", PASSWORD))
    assert client.get("/admin/").status_code == 302


def test_the_account_stays_locked_from_another_address(client, editor):
    for attempt in range(LIMIT):
        sign_in(client, "redaktion", f"wrong-{attempt}", ip=f"198.51.100.{attempt + 1}")
    assert is_locked(sign_in(client, "redaktion", PASSWORD, ip="203.0.113.99"))


def test_one_address_trying_many_accounts_is_locked(client, editor):
    for attempt in range(LIMIT):
        sign_in(client, f"guess-{attempt}", "wrong", ip="192.0.2.66")
    assert is_locked(sign_in(client, "redaktion", PASSWORD, ip="192.0.2.66"))
    # The editor, from their own address, is not affected.
    response = sign_in(client, "redaktion", PASSWORD, ip="192.0.2.10")
    assert response.status_code == 302


def test_a_successful_sign_in_resets_the_count(client, editor):
    for attempt in range(LIMIT - 1):
        sign_in(client, "redaktion", f"wrong-{attempt}")
    assert sign_in(client, "redaktion", PASSWORD).status_code == 302
    client.logout()
    for attempt in range(LIMIT - 1):
        assert not is_locked(sign_in(client, "redaktion", f"again-{attempt}"))


def test_a_made_up_forwarded_address_does_not_escape_the_lock(client, editor):
    """Without trusted proxies X-Forwarded-For is ignored: a new made-up address per attempt
    still counts against the one real address."""
    for attempt in range(LIMIT):
        sign_in(
            client,
            f"guess-{attempt}",
            "wrong",
            ip="192.0.2.66",
            forwarded=f"203.0.113.{attempt + 1}",
        )
    assert is_locked(
        sign_in(client, "redaktion", PASSWORD, ip="192.0.2.66", forwarded="203.0.113.200")
    )


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_one_reader_is_locked_not_everyone(client, editor):
    """Every request comes from the proxy (10.0.0.2), which appends the client's address; a
    forged entry to the left of it changes nothing."""
    proxy = "10.0.0.2"
    for attempt in range(LIMIT):
        sign_in(
            client,
            f"guess-{attempt}",
            "wrong",
            ip=proxy,
            forwarded=f"203.0.113.{attempt + 1}, 192.0.2.66",
        )
    assert is_locked(sign_in(client, "redaktion", PASSWORD, ip=proxy, forwarded="192.0.2.66"))
    response = sign_in(client, "redaktion", PASSWORD, ip=proxy, forwarded="192.0.2.10")
    assert response.status_code == 302 and response.url == "/admin/"
