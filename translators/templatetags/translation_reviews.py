"""``{% translation_status_cell %}``: the status report's cell of the translation being edited,
for the review mark at the end of wagtail-localize's translation editor."""

from django import template

from wagtail.models import Page

from translators.reviews import status_of

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_status_cell(context):
    instance = context.get("instance")
    if not isinstance(instance, Page):
        return None  # snippets have no report row
    _german, cell = status_of(instance, context["request"].user)
    return cell
