import io

from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from home.models import ContactSettings, FooterText, HelpBox, HomePage

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        HelpBox.objects.count(),
        FooterText.objects.count(),
        list(Page.objects.order_by("path").values_list("path", "title", "live")),
    )


def test_bootstrap_is_idempotent():
    before = snapshot()
    out = io.StringIO()
    call_command("bootstrap_kok", "--no-admin", stdout=out)
    assert snapshot() == before
    assert "0 object(s) created" in out.getvalue()


def test_bootstrap_keeps_editor_changes():
    home = HomePage.objects.get(locale__language_code="de")
    home.title = "Von der Redaktion geändert"
    home.save_revision().publish()
    call_command("bootstrap_kok", "--no-admin", stdout=io.StringIO())
    home.refresh_from_db()
    assert home.title == "Von der Redaktion geändert"


def test_site_and_contact_settings():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    contact = ContactSettings.for_site(site)
    assert contact.postcode == "10785"
    assert contact.email == "info@kok-buero.de"


def test_dev_admin_is_created_and_announced(settings, django_user_model):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("bootstrap_kok", stdout=out)
    assert django_user_model.objects.filter(username="admin", is_superuser=True).exists()
    assert "/admin/" in out.getvalue() and "admin" in out.getvalue()
