"""The admin's dashboard says something: German pages, real translations and pages not translated
yet counted apart, the status per language, and a translator's work list (translators/dashboard.py)."""

import re

from django.conf import settings

from wagtail.models import Page

import pytest

from .translator_helpers import moderator, translator

pytestmark = pytest.mark.django_db


def count(html, name):
    match = re.search(rf'<li data-count="{name}">.*?: ([\d,.\s]+)</a>', html, re.S)
    assert match, f"no {name} count on the dashboard"
    return int(re.sub(r"\D", "", match[1]))


def pages(**filters):
    return Page.objects.filter(depth__gt=1, **filters)


def test_an_editor_sees_german_pages_and_translations_apart_from_aliases(client):
    client.force_login(moderator())
    html = client.get("/admin/").content.decode()
    german = pages(locale__language_code=settings.LANGUAGE_CODE)
    others = pages().exclude(locale__language_code=settings.LANGUAGE_CODE)
    assert count(html, "german") == german.count()
    assert count(html, "translated") == others.filter(alias_of__isnull=True).count()
    assert count(html, "aliases") == others.filter(alias_of__isnull=False).count()
    # Wagtail's own count of every page of the tree, aliases included, is gone.
    assert not re.search(r"Pages?\s*<span class=\"w-sr-only\">created in", html)
    assert f"{pages().count():,} Pages" not in html
    # One row per translated language in the status panel.
    rows = re.findall(r'<tr data-locale="([\w-]+)" data-percent=', html)
    assert sorted(rows) == sorted(c for c, _ in settings.LANGUAGES if c != settings.LANGUAGE_CODE)
    assert 'id="kok-work-list"' not in html  # the work list is a translator's


def test_a_translator_sees_their_language_and_their_work_list(client):
    client.force_login(translator("ro"))
    html = client.get("/admin/").content.decode()
    romanian = pages(locale__language_code="ro")
    assert count(html, "translated") == romanian.filter(alias_of__isnull=True).count()
    assert count(html, "aliases") == romanian.filter(alias_of__isnull=False).count()
    assert re.findall(r'<tr data-locale="([\w-]+)" data-percent=', html) == ["ro"]

    work = re.findall(r'<tr data-page="(\d+)" data-locale="([\w-]+)" data-status="([\w-]+)">', html)
    assert work, "the work list is empty although Romanian has untranslated pages"
    assert {locale for _page, locale, _status in work} == {"ro"}
    assert "up-to-date" not in {status for _page, _locale, status in work}
    # Each entry is what the report says of that page: an alias is a German page that has only
    # a mirror in Romanian, and it comes with "Translate".
    statuses = {status for _page, _locale, status in work}
    assert "alias" in statuses
    for page_id, _locale, status in work:
        version = romanian.filter(translation_key=Page.objects.get(pk=page_id).translation_key)
        if status == "alias":
            assert version.get().alias_of_id == int(page_id)
        if status == "missing":
            assert not version.exists()
    assert "/admin/localize/submit/page/" in html


def test_a_translator_put_in_their_group_gets_the_admin_in_their_language(client):
    from django.contrib.auth import get_user_model

    from translators.permissions import find_group

    from .pages import locale

    user = get_user_model().objects.create_user("ana", "ana@example.invalid", "x")
    user.groups.add(find_group(locale("ro")))
    assert user.wagtail_userprofile.preferred_language == "ro"
    client.force_login(user)
    dashboard = client.get("/admin/").content.decode()
    assert 'lang="ro"' in dashboard
    assert "Deconectare" in dashboard  # Wagtail's Romanian: "Log out"
    assert "Traduceri pe limbi" in dashboard  # ours: "Translations per language"
    assert "Lista dumneavoastră de lucru" in dashboard  # ours: "Your work list"
    # Every language Wagtail's admin speaks among ours is offered in the account preferences.
    account = client.get("/admin/account/").content.decode()
    for code in ("de", "en", "ro", "ar", "uk", "pt-pt", "zh-hans"):
        assert f'value="{code}"' in account, code


def snippet_rows(html):
    return re.findall(
        r'<tr data-snippet="[^"]*" data-locale="([\w-]+)" data-status="([\w-]+)">', html
    )


def test_a_translators_work_list_names_the_snippets_still_to_translate(client):
    from django.db import connection
    from django.test import TestCase
    from django.test.utils import CaptureQueriesContext

    from wagtail.log_actions import log

    from home.about import Person
    from home.models import HelpBox

    from .pages import translate

    client.force_login(translator("ro"))
    html = client.get("/admin/").content.decode()
    rows = snippet_rows(html)
    assert rows, "no snippet to translate, although Romanian lacks the people and places"
    assert {code for code, _status in rows} == {"ro"}
    assert {status for _code, status in rows} <= {"missing", "outdated", "incomplete"}
    assert "/admin/localize/submit/snippet/" in html and "select_locale=ro" in html

    # A German snippet edited in the admin after its translation: outdated, first in the list,
    # with the update to the current German.
    help_box = HelpBox.objects.get(locale__language_code="de")
    translation, _romanian = translate(help_box, "ro")
    help_box.save()
    with TestCase.captureOnCommitCallbacks(execute=True):
        log(help_box, "wagtail.edit")
    html = client.get("/admin/").content.decode()
    assert snippet_rows(html)[0] == ("ro", "outdated")
    update = f"/admin/localize/update/{translation.source_id}/ro/"
    assert f'action="{update}"' in html
    response = client.post(update)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/snippets/home/helpbox/edit/")

    # The list costs the same queries however many snippets there are.
    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/admin/")
        return len(captured)

    before = queries()
    german_person = Person.objects.filter(locale__language_code="de").first()
    for n in range(5):
        german_person.pk = None
        german_person.translation_key = __import__("uuid").uuid4()
        german_person.name = f"Neue Person {n}"
        german_person.save()
    assert queries() == before
