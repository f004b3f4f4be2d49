"""Marking a translation as reviewed by a person with that language (``models.TranslationReview``).

Who may: whoever holds the language's "Can translate into …" permission (its translators;
superusers hold every permission) and may edit the translated page. What: a page whose
translation is up to date (current German, every string translated, published); the mark is
offered in the translation status report and at the end of the translation editor, and can be
withdrawn. The report (``report.py``) shows it per page and language until either page is
published again.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page

from .models import TranslationReview, may_review
from .report import UP_TO_DATE, StatusMatrix


def status_of(page, user):
    """The status report's cell of the translated ``page`` (one German page, one language)."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    german = (
        Page.objects.filter(translation_key=page.translation_key, locale=source)
        .values("id", "path", "translation_key", "last_published_at")
        .first()
    )
    if german is None:
        return None, None
    matrix = StatusMatrix([german], source.pk, [page.locale], user, "")
    return german, matrix.get(german["id"], page.locale_id)


@require_POST
def review_translation(request, page_id):
    """Mark the translated page ``page_id`` as reviewed, or withdraw the mark (action=withdraw)."""
    page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id)
    code = page.locale.language_code
    if not may_review(request.user, code) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    back = get_valid_next_url_from_request(request) or reverse("translation_status_report")
    key = {"translation_key": page.translation_key, "locale": page.locale}
    if request.POST.get("action") == "withdraw":
        TranslationReview.objects.filter(**key).delete()
        messages.success(
            request, _("The review mark of “%(title)s” was withdrawn.") % {"title": page.title}
        )
        return redirect(back)
    german, cell = status_of(page, request.user)
    if cell is None or cell.status != UP_TO_DATE:
        messages.error(
            request,
            _(
                "“%(title)s” cannot be marked as reviewed yet: only a published translation of "
                "the current German text, with every string translated, can be."
            )
            % {"title": page.title},
        )
        return redirect(back)
    TranslationReview.objects.update_or_create(
        **key,
        defaults={
            "reviewed_by": request.user,
            "reviewed_at": timezone.now(),
            "source_published_at": german["last_published_at"],
            "target_published_at": page.last_published_at,
        },
    )
    messages.success(request, _("“%(title)s” is marked as reviewed.") % {"title": page.title})
    return redirect(back)
