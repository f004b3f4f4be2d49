"""Review marks and one-language updates (translators/reviews.py, translators/localize.py): a
person with the language marks an up-to-date translation as reviewed; the mark drops when the
German page is published again; a translator pulls the current German into their own language's
translation editor, and no other language changes."""

import re

from django.test import TestCase

from wagtail.models import Page

import pytest

from information.models import FormOfExploitationPage
from translators.models import TranslationReview

from .pages import locale, translate
from .test_translation_report import URL, cells, report
from .translator_helpers import (
    editor_props,
    german_leaf_page,
    messages_of,
    moderator,
    translate_string,
    translator,
)

pytestmark = pytest.mark.django_db


def review_state(html, page_id, code):
    """ "reviewed", "not-reviewed" or None (no review shown) of one report cell."""
    row = re.search(
        rf'<tr[^>]*>(?:(?!</tr>).)*href="/admin/pages/{page_id}/edit/".*?</tr>', html, re.S
    )
    cell = re.search(rf'data-locale="{code}" data-status="[^"]+">(.*?)</td>', row[0], re.S)[1]
    found = re.search(r'data-review="([\w-]+)"', cell)
    return found and found[1]


def refused(response):
    """Wagtail's answer to a PermissionDenied in the admin: back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def romanian():
    """A German leaf page with an up-to-date Romanian translation."""
    source_page = german_leaf_page(FormOfExploitationPage)
    translation, page = translate(source_page, "ro", marked=True)
    return source_page, translation, page


def test_a_reviewed_translation_is_unreviewed_once_the_german_page_is_published_again(
    client, romanian
):
    source_page, _translation, page = romanian
    client.force_login(translator("ro"))
    assert review_state(report(client), source_page.pk, "ro") == "not-reviewed"

    response = client.post(f"/admin/translations/{page.pk}/review/", {"next": URL})
    assert response.status_code == 302 and response["Location"] == URL
    html = report(client)
    assert review_state(html, source_page.pk, "ro") == "reviewed"
    assert "Reviewed by translator-ro on" in html
    review = TranslationReview.objects.get(translation_key=page.translation_key)
    assert review.reviewed_by.username == "translator-ro"
    # The filters (in Romanian): reviewed shows the page, not reviewed does not.
    ro = locale("ro").pk
    assert (source_page.pk, "ro") in cells(report(client, locale=ro, review="reviewed"))
    assert (source_page.pk, "ro") not in cells(report(client, locale=ro, review="not-reviewed"))

    source_page.introduction = "Neu formuliert."
    source_page.save_revision().publish()
    html = report(client)
    assert cells(html)[source_page.pk, "ro"][0] == "outdated"
    assert review_state(html, source_page.pk, "ro") is None  # an outdated text is not reviewed
    assert (source_page.pk, "ro") not in cells(report(client, locale=ro, review="reviewed"))


def test_a_new_publication_of_the_translation_drops_the_mark_too(client, romanian):
    source_page, translation, page = romanian
    client.force_login(translator("ro"))
    client.post(f"/admin/translations/{page.pk}/review/")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)  # someone changed the Romanian text
    assert review_state(report(client), source_page.pk, "ro") == "not-reviewed"


def test_the_mark_can_be_withdrawn(client, romanian):
    source_page, _translation, page = romanian
    client.force_login(translator("ro"))
    client.post(f"/admin/translations/{page.pk}/review/")
    client.post(f"/admin/translations/{page.pk}/review/", {"action": "withdraw"})
    assert review_state(report(client), source_page.pk, "ro") == "not-reviewed"
    assert not TranslationReview.objects.exists()


def test_only_a_person_with_that_language_may_review(client, romanian):
    _source_page, _translation, page = romanian
    editor = moderator()
    for user in (editor, translator("bg")):
        client.force_login(user)
        assert refused(client.post(f"/admin/translations/{page.pk}/review/"))
    assert not TranslationReview.objects.exists()
    # Editors see the state but get no button.
    client.force_login(editor)
    assert 'data-action="review"' not in report(client)


def test_an_outdated_or_missing_translation_cannot_be_marked(client, romanian):
    source_page, _translation, page = romanian
    source_page.introduction = "Neu formuliert."
    source_page.save_revision().publish()
    client.force_login(translator("ro"))
    response = client.post(f"/admin/translations/{page.pk}/review/", follow=True)
    assert response.status_code == 200
    assert any("cannot be marked as reviewed" in text for _level, text in messages_of(response))
    assert not TranslationReview.objects.exists()


def test_the_translation_editor_offers_the_mark(client, romanian):
    _source_page, _translation, page = romanian
    client.force_login(translator("ro"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'id="kok-review"' in html
    assert f'action="/admin/translations/{page.pk}/review/"' in html
    assert editor_props(client.get(f"/admin/pages/{page.pk}/edit/"))  # the editor is intact


def test_a_translator_pulls_the_current_german_into_their_own_language_only(client, romanian):
    source_page, translation, page = romanian
    _bg_translation, bulgarian = translate(source_page, "bg", marked=True)
    source_page.introduction = "Ganz neu formuliert."
    source_page.save_revision().publish()
    bulgarian_before = Page.objects.get(pk=bulgarian.pk).last_published_at

    client.force_login(translator("ro"))
    dashboard = client.get("/admin/").content.decode()
    update = f"/admin/localize/update/{translation.source_id}/ro/"
    assert f'action="{update}"' in dashboard  # the work list's next step
    assert f"/admin/localize/update/{translation.source_id}/bg/" not in dashboard

    response = client.post(update)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    sources = [
        s["source"]
        for s in editor_props(client.get(response["Location"]))["segments"]
        if s["type"] == "string"
    ]
    assert "Ganz neu formuliert." in sources
    # Nothing of another language was changed or published.
    assert Page.objects.get(pk=bulgarian.pk).last_published_at == bulgarian_before
    assert refused(client.post(f"/admin/localize/update/{translation.source_id}/bg/"))
    html = report(client, locale=locale("ro").pk)
    assert cells(html)[source_page.pk, "ro"][0] == "outdated"  # until it is published

    translate_string(source_page, "Ganz neu formuliert.", "ro", "Formulat din nou.")
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    assert cells(report(client))[source_page.pk, "ro"][0] == "up-to-date"
    client.force_login(moderator())
    assert cells(report(client))[source_page.pk, "bg"][0] == "outdated"
