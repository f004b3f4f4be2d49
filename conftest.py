"""Shared test setup: the bootstrapped German site exists once per test session.

Each test runs in a transaction that is rolled back, so tests see the same, fresh site.
"""

import io
import os

from django.core.management import call_command
from django.db import connection

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    required = os.environ.get("KOKCMS_REQUIRE_DB_VENDOR")
    with django_db_blocker.unblock():
        if required and connection.vendor != required:
            pytest.exit(f"tests must run on {required}, got {connection.vendor}", returncode=3)
        call_command("bootstrap_kok", "--no-admin", stdout=io.StringIO())


@pytest.fixture
def site_root(db):
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test's database is rolled back afterwards: pages kept by one test must not be
    served to the next."""
    from django.core.cache import caches

    caches["pages"].clear()
