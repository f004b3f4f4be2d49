"""The plain-language check beside wagtail-localize's translation editor: the translator sees
the score of the translation as last saved, and its longest sentences, below the segments
(kokcms/templates/wagtail_localize/admin/edit_translation.html), with a link to the full check.

wagtail-localize's editor is a React app with no place for another panel; the template that
hosts it is extended (not copied), as for the review mark. This can go when wagtail-localize
offers Wagtail's side panels (the "Checks" panel) in its editor.
"""

from django import template
from django.urls import reverse

from wagtail.models import Page

from ..check import check_page
from ..report import MIN_WORDS, contact_settings

register = template.Library()


@register.inclusion_tag("readability/editor_summary.html", takes_context=True)
def plain_language_summary(context, instance):
    request = context["request"]
    if not isinstance(instance, Page) or not instance.permissions_for_user(request.user).can_edit():
        return {"check": None}
    specific = instance.specific
    language_code = specific.locale.language_code
    check = check_page(
        specific.get_latest_revision_as_object(), language_code, contact_settings(request)
    )
    return {
        "check": check,
        "language_code": language_code,
        "language_name": specific.locale.get_display_name(),
        "enough_text": check.words >= MIN_WORDS,
        "min_words": MIN_WORDS,
        "check_url": reverse("readability_page", args=[specific.pk]),
    }
