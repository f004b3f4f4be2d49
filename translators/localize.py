"""Gaps in wagtail-localize 1.14 that KOK's translator workflow needs closed.

1. PO upload (``wagtail_localize.views.edit_translation.upload_pofile``): an empty file, a PO
   file without wagtail-localize's ``X-WagtailLocalize-TranslationID`` header or a request
   without a file end in a server error (KeyError); a file whose strings match nothing is
   reported as "Successfully imported". ``upload_pofile`` below checks the upload first and
   explains what is wrong (which page and language a foreign PO file belongs to); good files go
   to the upstream view unchanged. Delete when upstream validates uploads itself.
2. Locale-bound translators (``translators/permissions.py``): upstream checks snippet
   rights per model only (``user_can_edit_instance``), lets anyone with "submit translation"
   create translations in every locale, and lets them re-sync and publish every locale of a
   source they cannot edit. ``install()`` narrows ``user_can_edit_instance`` to the user's
   locales; the two view subclasses narrow the locale choice and require edit rights on the
   source for syncing. Delete when Wagtail/wagtail-localize get locale-scoped permissions
   (wagtail#6731).

3. Updating one language: upstream's "Sync translated pages" (``UpdateTranslationsView``) is for
   whoever may edit the source and updates the source for every language at once, optionally
   publishing them all. ``update_translation`` lets a translator pull the current German into
   their own language's translation editor: it refreshes wagtail-localize's copy of the German
   page (the source every language's editor reads; no page of another language changes or is
   published) and opens the editor. Delete when wagtail-localize offers a per-locale update.

The URL patterns in ``translators/wagtail_hooks.py`` put these views in front of upstream's, on the
same paths, so every upstream link and ``reverse()`` reaches them.
"""

import re
import tempfile
import uuid
from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

import polib

from .permissions import bound_locale_ids, may_edit_locale

MAX_PO_SIZE = 2 * 1024 * 1024  # a page's PO file is a few kB
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"

_upstream_user_can_edit_instance = edit_translation.user_can_edit_instance


# --- 2. Locale-bound permissions -------------------------------------------------------------
def user_can_edit_instance(user, instance):
    """Upstream's check, plus: snippets only in the user's own locales."""
    if not _upstream_user_can_edit_instance(user, instance):
        return False
    return isinstance(instance, Page) or may_edit_locale(user, instance.locale_id)


def install():
    """Route every wagtail-localize permission check through ``user_can_edit_instance``."""
    edit_translation.user_can_edit_instance = user_can_edit_instance


class OwnLocalesMixin:
    """Offer only the target locales the user may edit."""

    def get_form(self):
        form = super().get_form()
        allowed = bound_locale_ids(self.request.user)
        if allowed is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(pk__in=allowed)
        return form


class SubmitPageTranslation(OwnLocalesMixin, SubmitPageTranslationView):
    pass


class SubmitSnippetTranslation(OwnLocalesMixin, SubmitSnippetTranslationView):
    pass


class UpdateTranslations(UpdateTranslationsView):
    """Syncing (and optionally publishing every locale) is for people who may edit the source."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist as deleted:
            raise Http404 from deleted
        if not user_can_edit_instance(request.user, instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# --- 3. Updating one language ------------------------------------------------------------------
@require_POST
def update_translation(request, translation_source_id, locale_code):
    """Bring the current German into ``locale_code``'s translation editor and open it there."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"),
        source_id=translation_source_id,
        target_locale__language_code=locale_code,
        enabled=True,
    )
    try:
        target = translation.get_target_instance()
        translation.source.get_source_instance()
    except ObjectDoesNotExist as deleted:
        raise Http404 from deleted
    if not user_can_edit_instance(request.user, target):
        raise PermissionDenied
    with transaction.atomic():
        translation.source.update_from_db()
        translation.source.update_target_view_restrictions(translation.target_locale)
    messages.success(
        request,
        _(
            "The translation editor now shows the current German text of “%(title)s”. "
            "Translate what is new, then publish."
        )
        % {"title": translation.source.object_repr},
    )
    if isinstance(target, Page):
        return redirect("wagtailadmin_pages:edit", target.pk)
    return redirect(
        f"wagtailsnippets_{target._meta.app_label}_{target._meta.model_name}:edit", target.pk
    )


# --- 1. PO upload ----------------------------------------------------------------------------
def parse_po(data):
    """Parse uploaded bytes; returns (POFile, None) or (None, line number or None)."""
    with tempfile.TemporaryDirectory() as folder:
        # polib.pofile() treats a string as a file name if such a file exists, so never pass
        # uploaded text directly (the reason upstream uses a temporary file as well).
        path = Path(folder) / "upload.po"
        path.write_bytes(data)
        try:
            return polib.pofile(str(path)), None
        except (OSError, UnicodeDecodeError, ValueError) as error:
            match = re.search(r"\(line (\d+)\)", str(error))
            return None, int(match.group(1)) if match else None


def describe_translation(value):
    try:
        key = uuid.UUID(value)
    except ValueError:
        return None
    other = Translation.objects.filter(uuid=key).select_related("source", "target_locale").first()
    if other is None:
        return None
    return {"title": other.source.object_repr, "language": other.target_locale.get_display_name()}


def po_upload_problem(translation, upload):
    """A message for the translator if ``upload`` cannot be imported into ``translation``."""
    if upload is None:
        return _("Choose a PO file to upload.")
    name = upload.name
    if upload.size > MAX_PO_SIZE:
        return _("“%(name)s” is too large for the PO file of one page. Nothing was changed.") % {
            "name": name
        }
    po, line = parse_po(upload.read())
    if po is None or (not len(po) and not po.metadata):
        if line:
            return _(
                "“%(name)s” is not a valid PO file (error in line %(line)s). Nothing was changed."
            ) % {"name": name, "line": line}
        return _("“%(name)s” is not a valid PO file. Nothing was changed.") % {"name": name}
    translation_id = po.metadata.get(TRANSLATION_ID_HEADER)
    if not translation_id:
        return _(
            "“%(name)s” was not downloaded from this translation editor (it has no translation "
            "ID). Download the PO file of this page and translate that. Nothing was changed."
        ) % {"name": name}
    if translation_id != str(translation.uuid):
        other = describe_translation(translation_id)
        if other:
            return _(
                "“%(name)s” belongs to “%(title)s” in %(language)s, not to this translation. "
                "Nothing was changed."
            ) % {"name": name, **other}
        return _(
            "“%(name)s” belongs to a translation that does not exist (any more). "
            "Nothing was changed."
        ) % {"name": name}
    if not any(entry.msgstr and not entry.obsolete for entry in po):
        return _("“%(name)s” contains no translated text. Nothing was changed.") % {"name": name}
    return None


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    upload = request.FILES.get("file")
    problem = po_upload_problem(translation, upload)
    if problem is None:
        upload.seek(0)
        return edit_translation.upload_pofile(request, translation_id)
    messages.error(request, problem)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
