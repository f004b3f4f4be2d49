"""Translator groups: what a translator may do, proven through the admin views."""

import io
from html import unescape

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import TranslationSource

import pytest

from home.models import FooterText, HelpBox, HomePage, StandardPage
from information.models import FormOfExploitationPage
from translators.permissions import find_group

from .pages import locale, translate
from .translator_helpers import (
    editor_props,
    german,
    german_leaf_page,
    make_user,
    moderator,
    publish_in_editor,
    put_string,
    string_segment,
    translator,
)

pytestmark = pytest.mark.django_db

TARGET_CODES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def edit_url(obj):
    if isinstance(obj, Page):
        return f"/admin/pages/{obj.pk}/edit/"
    return f"/admin/snippets/home/{obj._meta.model_name}/edit/{obj.pk}/"


def publish(client, obj):
    return publish_in_editor(client, edit_url(obj))


def redirected_to_dashboard(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


# --- Groups ----------------------------------------------------------------------------------
def test_one_group_per_target_language_named_in_its_own_script():
    names = set(
        Group.objects.filter(name__startswith="Translators: ").values_list("name", flat=True)
    )
    assert len(names) == len(TARGET_CODES) == 18
    assert "Translators: العربية (ar)" in names
    assert "Translators: Leichte Sprache (de-x-ls)" in names
    assert "Translators: فارسی (fa)" in names
    assert "Translators: Română (ro)" in names
    assert "Translators: English (en)" in names
    assert not any(name.endswith("(de)") for name in names)


def test_setup_translators_is_idempotent():
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    out = io.StringIO()
    call_command("setup_translators", stdout=out)
    assert "0 change(s)" in out.getvalue()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


def test_group_holds_its_locale_tree_only():
    _translation, arabic_home = translate(german(HomePage), "ar")
    call_command("setup_translators", stdout=io.StringIO())
    grants = GroupPagePermission.objects.filter(group=find_group(locale("ar")))
    assert {grant.page_id for grant in grants} == {arabic_home.pk}
    assert {grant.permission.codename for grant in grants} == {"change_page", "publish_page"}


def test_new_locale_trees_and_new_locales_are_granted_automatically():
    arabic = locale("ar")
    second_home = HomePage(title="Zweite Startseite", slug="zweite-startseite", locale=arabic)
    Page.get_first_root_node().add_child(instance=second_home)
    assert GroupPagePermission.objects.filter(
        group=find_group(arabic), page=second_home, permission__codename="change_page"
    ).exists()

    italian = Locale.objects.create(language_code="it")
    assert find_group(italian).name == "Translators: italiano (it)"


# --- Pages -----------------------------------------------------------------------------------
def test_translator_translates_and_publishes_a_page_of_their_language(client):
    translation, arabic_home = translate(german(HomePage), "ar")
    client.force_login(translator("ar"))

    response = client.get(edit_url(arabic_home))
    assert response.status_code == 200
    assert editor_props(response)["locale"]["code"] == "ar"

    response = put_string(client, translation, string_segment(translation), "الصفحة الرئيسية")
    assert response.status_code in (200, 201)
    assert publish(client, arabic_home).status_code == 302

    arabic_home.refresh_from_db()
    assert arabic_home.title == "الصفحة الرئيسية"
    assert arabic_home.live


@pytest.mark.parametrize("code", ["de", "en"])
def test_translator_cannot_edit_german_source_or_another_language(client, code):
    page = german(HomePage) if code == "de" else translate(german(HomePage), code)[1]
    title = page.title
    client.force_login(translator("ar"))

    assert redirected_to_dashboard(client.get(edit_url(page)))
    response = client.post(edit_url(page), {"title": "Übernommen", "slug": page.slug})
    assert redirected_to_dashboard(response)
    page.refresh_from_db()
    assert page.title == title


def test_translator_cannot_change_strings_of_another_language(client):
    translation, english_home = translate(german(HomePage), "en")
    client.force_login(translator("ar"))
    response = put_string(client, translation, string_segment(translation), "Hijacked")
    assert response.status_code == 403
    assert publish(client, english_home).status_code == 302
    english_home.refresh_from_db()
    assert english_home.title != "Hijacked"


def test_translator_cannot_delete_pages_of_their_language(client):
    translate(german(HomePage), "ar")
    _translation, page = translate(german_leaf_page(FormOfExploitationPage), "ar")
    client.force_login(translator("ar"))
    delete_url = f"/admin/pages/{page.pk}/delete/"

    assert redirected_to_dashboard(client.get(delete_url))
    assert redirected_to_dashboard(client.post(delete_url))
    assert Page.objects.filter(pk=page.pk).exists()

    bulk = f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}"
    refusal = unescape(client.get(bulk).content.decode())
    assert "You don't have permission to delete this page" in refusal
    client.post(bulk)
    assert Page.objects.filter(pk=page.pk).exists()

    # Nor is deleting offered: no Delete in the editor's menus or in the page explorer.
    editor = client.get(f"/admin/pages/{page.pk}/edit/")  # wagtail-localize's editor
    assert editor.status_code == 200
    assert editor_props(editor)["perms"]["canDelete"] is False
    explorer = client.get(f"/admin/pages/{page.get_parent().pk}/")
    assert explorer.status_code == 200
    assert f"/admin/pages/{page.pk}/edit/" in explorer.content.decode()
    assert delete_url not in explorer.content.decode()


def test_moderator_still_deletes_pages(client):
    page = german_leaf_page(FormOfExploitationPage)
    client.force_login(moderator())
    delete_url = f"/admin/pages/{page.pk}/delete/"
    assert delete_url in client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert delete_url in client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    response = client.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


def test_translator_starts_translations_into_their_own_language_only(client):
    translate(german(HomePage), "ar")
    page = german_leaf_page(StandardPage)  # not among the shipped translations
    client.force_login(translator("ar"))
    url = f"/admin/localize/submit/page/{page.pk}/"

    html = client.get(url).content.decode()
    assert f'name="locales" value="{locale("ar").pk}"' in html
    assert f'name="locales" value="{locale("en").pk}"' not in html

    english_before = page.get_translation_or_none(locale("en"))
    response = client.post(url, {"locales": [locale("en").pk]})
    assert response.status_code == 200  # the form is shown again with an error
    english = page.get_translation_or_none(locale("en"))
    assert english == english_before and (english is None or english.alias_of_id)

    response = client.post(url, {"locales": [locale("ar").pk]})
    assert response.status_code == 302
    arabic = page.get_translation_or_none(locale("ar"))
    assert arabic is not None and arabic.alias_of_id is None


def test_only_source_editors_sync_translations(client):
    translation, _arabic_home = translate(german(HomePage), "ar")
    url = f"/admin/localize/update/{translation.source_id}/"

    client.force_login(translator("ar"))
    assert redirected_to_dashboard(client.get(url))
    assert redirected_to_dashboard(client.post(url, {"publish_translations": "on"}))

    client.force_login(moderator())
    assert client.get(url).status_code == 200


def test_translator_sees_only_their_language_tree_in_the_explorer(client):
    _translation, arabic_home = translate(german(HomePage), "ar")
    client.force_login(translator("ar"))
    assert client.get(f"/admin/pages/{arabic_home.pk}/").status_code == 200
    response = client.get(f"/admin/pages/{german(HomePage).pk}/")
    assert response["Location"] == f"/admin/pages/{arabic_home.pk}/"


# --- Snippets --------------------------------------------------------------------------------
@pytest.mark.parametrize("model", [HelpBox, FooterText])
def test_translator_translates_snippets_of_their_language(client, model):
    translation, arabic = translate(german(model), "ar")
    client.force_login(translator("ar"))

    response = client.get(edit_url(arabic))
    assert response.status_code == 200
    assert editor_props(response)["locale"]["code"] == "ar"

    field = "heading" if model is HelpBox else "donation_text"
    response = put_string(client, translation, string_segment(translation, field), "تبرع الآن")
    assert response.status_code in (200, 201)
    assert publish(client, arabic).status_code == 302
    arabic.refresh_from_db()
    assert getattr(arabic, field) == "تبرع الآن"


def test_translator_cannot_edit_german_or_other_snippets(client):
    german_box = german(HelpBox)
    translation, english_box = translate(german_box, "en")
    client.force_login(translator("ar"))

    for box in (german_box, english_box):
        heading = box.heading
        assert redirected_to_dashboard(client.get(edit_url(box)))
        assert redirected_to_dashboard(client.post(edit_url(box), {"heading": "X"}))
        box.refresh_from_db()
        assert box.heading == heading

    response = put_string(client, translation, string_segment(translation, "heading"), "X")
    assert response.status_code == 403
    delete_url = f"/admin/snippets/home/helpbox/delete/{english_box.pk}/"
    assert redirected_to_dashboard(client.post(delete_url))
    assert HelpBox.objects.filter(pk=english_box.pk).exists()


def test_users_without_a_group_have_no_admin_access(client):
    client.force_login(make_user("reader"))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# --- Everything a reader sees can be translated ------------------------------------------------
def test_every_page_type_and_snippet_can_be_submitted_for_translation(client):
    """One German instance of each page type and snippet, submitted into Thai by an admin."""
    client.force_login(make_user("chief", superuser=True))
    thai = locale("th")
    german_pages = Page.objects.filter(locale__language_code="de", depth__gt=1).specific()
    one_per_type = {type(page): page for page in reversed(list(german_pages))}
    assert len(one_per_type) >= 8  # every page type of home, information and network
    for model, page in sorted(one_per_type.items(), key=lambda item: item[1].depth):
        existing = page.get_translation_or_none(thai)
        if existing is None or existing.alias_of_id:  # the shipped Thai home page is real
            url = f"/admin/localize/submit/page/{page.pk}/"
            assert client.post(url, {"locales": [thai.pk]}).status_code == 302, model
        translated = page.get_translation(thai)
        assert translated.alias_of_id is None, model
        assert TranslationSource.objects.filter(object_id=page.translation_key).exists()

    for model in (HelpBox, FooterText):
        snippet = german(model)
        model.objects.filter(translation_key=snippet.translation_key, locale=thai).delete()
        url = f"/admin/localize/submit/snippet/home/{model._meta.model_name}/{snippet.pk}/"
        assert client.post(url, {"locales": [thai.pk]}).status_code == 302
        assert snippet.get_translation(thai).locale == thai


def test_snippet_listing_offers_translation_actions(client):
    client.force_login(make_user("chief", superuser=True))
    box = german(HelpBox)
    html = client.get("/admin/snippets/home/helpbox/?locale=de").content.decode()
    assert f"/admin/snippets/home/helpbox/edit/{box.pk}/" in html
    assert (
        "/admin/localize/update/" in html
        or f"/admin/localize/submit/snippet/home/helpbox/{box.pk}/" in html
    )
