"""The production settings pass Django's deployment checklist and send HSTS."""

import os
import re
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


def test_check_deploy_prints_no_warning_but_the_missing_legal_facts():
    """Django's checklist passes; the only warnings allowed are the site's own reminders of the
    legal notice's empty fields (home.W003, tested in test_about.py), which a database with the
    demo content has until the office enters KOK's register entry."""
    result = production("check", "--deploy")
    assert result.returncode == 0, result.stderr
    output = result.stderr + result.stdout
    others = [
        line
        for line in output.splitlines()
        if re.search(r"\(\w+\.[WE]\d+\)", line) and "(home.W003)" not in line
    ]
    assert others == [], output
    if "home.W003" not in output:
        assert "System check identified no issues (0 silenced)." in result.stdout


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


@pytest.mark.parametrize(("proxies", "trusted"), [("0", "None"), ("1", "HTTP_X_FORWARDED_PROTO")])
def test_x_forwarded_proto_is_believed_only_behind_a_declared_proxy(proxies, trusted):
    """Without a proxy in front anybody could send ``X-Forwarded-Proto: https``; with one
    (TRUSTED_PROXY_COUNT, deploy/nginx.conf overwrites the header) it says what the proxy saw."""
    script = "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"
    result = production("shell", "-c", script, TRUSTED_PROXY_COUNT=proxies)
    assert result.returncode == 0, result.stderr
    assert trusted in result.stdout
