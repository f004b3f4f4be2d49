"""A native speaker's review of a translation: who read one page in one language, and when.

wagtail-localize records who translated what, not whether a person with that language has read
the result: the translations shipped with the site were written without such a review. A review
is kept for the versions it was given to: the German page and its translation as published at
that moment. It no longer counts (the report then says "not reviewed") as soon as either is
published again, so a change of the German source drops it without any signal handler.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .permissions import TRANSLATE_PREFIX


def may_review(user, locale_code):
    """A person with that language: the holders of its "Can translate into …" permission."""
    return user.has_perm(f"wagtailcore.{TRANSLATE_PREFIX}{locale_code}")


class TranslationReview(models.Model):
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"))
    # The versions the review was given to (their ``last_published_at``).
    source_published_at = models.DateTimeField()
    target_published_at = models.DateTimeField()

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="one_review_per_page_and_language"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.locale_id})"

    def is_current(self, source_published_at, target_published_at):
        """Whether the review was given to the versions published now."""
        return (
            self.source_published_at == source_published_at
            and self.target_published_at == target_published_at
        )


def reviews_of(translation_keys, locale_ids):
    """{(translation key, locale id): review} of these pages, in one query (current or not)."""
    return {
        (review.translation_key, review.locale_id): review
        for review in TranslationReview.objects.filter(
            translation_key__in=translation_keys, locale_id__in=locale_ids
        ).select_related("reviewed_by")
    }
