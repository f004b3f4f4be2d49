"""The production settings pass Django's deployment checklist and send HSTS."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def production(*args, **env):
    return subprocess.run(  # noqa: S603 (our own manage.py with fixed arguments)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={
            # The browser tests allow Django's ORM beside Playwright's event loop; a
            # deployment must not, and check --deploy says so.
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "kokcms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),  # a real key: "x" * 50 fails security.W009
            "ALLOWED_HOSTS": "example.org",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_prints_no_warning():
    result = production("check", "--deploy")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_secrets(missing):
    result = production("check", **{missing: ""})
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_sends_hsts_and_secure_cookies():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.DEBUG)"
    )
    result = production("shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr
    seconds, *flags = result.stdout.split()
    assert int(seconds) >= 31536000
    assert flags == ["True", "True", "True", "True", "False"]
