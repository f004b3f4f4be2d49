"""No dead ends for the office: a new page's preview (the way back to a bootstrapped page's first
text is tested in Chromium: tests/browser/test_admin.py)."""

from django.utils import translation

from wagtail.models import Page

import pytest

from home.models import StandardPage

from .translator_helpers import moderator, translator

pytestmark = pytest.mark.django_db


def untranslated_notice():
    with translation.override("de"):
        return translation.gettext("This page has not been translated into your language yet.")


def test_the_preview_of_a_new_german_page_shows_no_untranslated_notice(client):
    parent = Page.objects.get(depth=2, locale__language_code="de")
    page = StandardPage(title="Neue Seite im Entwurf", slug="neue-seite-entwurf", live=False)
    parent.add_child(instance=page)
    page.save_revision()
    client.force_login(moderator())
    preview = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Neue Seite im Entwurf" in html
    assert untranslated_notice() not in html
    # A reader of an untranslated page still gets the notice (in Romanian, an alias).
    alias = Page.objects.filter(locale__language_code="ro", alias_of__isnull=False, depth=3)
    assert alias.exists()
    with translation.override("ro"):
        notice = translation.gettext("This page has not been translated into your language yet.")
    client.logout()
    assert notice in client.get(alias.first().url).content.decode()


@pytest.mark.parametrize("who", ["translator", "moderator"])
def test_the_page_list_offers_only_what_the_user_may_do(client, who):
    """A Romanian translator's page list offers no Delete, Move or Copy (in the bulk bar or a
    row's menu); a moderator's offers all three."""
    user = translator("ro") if who == "translator" else moderator()
    client.force_login(user)
    home = Page.objects.get(depth=2, locale__language_code="ro")
    listing = client.get(f"/admin/pages/{home.pk}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    child = home.get_children().filter(numchild=0).first()  # a leaf: deletable without bulk rights
    assert f"/admin/pages/{child.pk}/edit/" in html
    offered = {
        "bulk delete": "/admin/bulk/wagtailcore/page/delete/" in html,
        "bulk move": "/admin/bulk/wagtailcore/page/move/" in html,
        "copy": f"/admin/pages/{child.pk}/copy/" in html,
        "move": f"/admin/pages/{child.pk}/move/" in html,
        "delete": f"/admin/pages/{child.pk}/delete/" in html,
    }
    expected = who == "moderator"
    assert offered == dict.fromkeys(offered, expected)
    # What is offered is what may be done: publishing stays offered to both.
    assert "/admin/bulk/wagtailcore/page/publish/" in html
