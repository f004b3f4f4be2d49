"""Helpers shared by the translator workflow tests (permissions, PO files, report, MT)."""

import json
import re
from html import unescape
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import TestCase

from wagtail.users.models import UserProfile
from wagtail_localize.models import String, StringSegment, StringTranslation, TranslationContext

from sitecontent import translations as content_translations
from translators.permissions import find_group

from .pages import locale


def german(model):
    return model.objects.filter(locale__language_code="de").order_by("pk").first()


def german_leaf_page(model):
    """A German leaf page of ``model``: one the shipped catalogues translate nowhere, if any
    (the same page however a test translates it)."""
    pages = list(model.objects.filter(locale__language_code="de", numchild=0).order_by("path"))
    shipped = {obj.translation_key for obj in content_translations.reader_facing_objects()}
    for code in content_translations.FURTHER_PAGES:
        shipped |= {obj.translation_key for obj in content_translations.further_objects(code)}
    return next((page for page in pages if page.translation_key not in shipped), pages[0])


def make_user(username, *groups, superuser=False):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.invalid", "x", is_superuser=superuser
    )
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin in English, whatever the catalogues hold
    profile.save()
    return user


def translator(code):
    return make_user(f"translator-{code}", find_group(locale(code)))


def moderator():
    """A member of Wagtail's default "Moderators" group: add, edit, publish on the whole tree."""
    return make_user("moderator", Group.objects.get(name="Moderators"))


def editor_props(response):
    """The JSON props of wagtail-localize's React translation editor on an edit page."""
    html = response.content.decode()
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html)
    assert match, "not a translation editor page"
    return json.loads(unescape(match.group(1)))


def string_segment(translation, path="title"):
    return StringSegment.objects.get(source=translation.source, context__path=path)


def translate_string(page, german_text, code, text, path="introduction"):
    """Translate one German string of ``page`` into ``code``, as the editor saves it."""
    return StringTranslation.objects.create(
        translation_of=String.objects.get(data=german_text),
        locale=locale(code),
        context=TranslationContext.objects.get(object_id=page.translation_key, path=path),
        data=text,
    )


def put_string(client, translation, segment, value):
    return client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        data=urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def publish_in_editor(client, edit_url):
    """Press "Publish" in the translation editor (publishing runs when the transaction commits)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(edit_url, {"action": "publish"})


def messages_of(response):
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]
