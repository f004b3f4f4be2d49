"""Template tags of the side-by-side view and the glossary (information/side_by_side.py,
information/glossary.py): thin wrappers, the modules do the work."""

from django import template
from django.utils.safestring import mark_safe

from home import contact
from home.templatetags.kok_tags import served_page
from home.templatetags.safety_tags import contact_settings

from .. import glossary, side_by_side

register = template.Library()


@register.inclusion_tag("components/side_by_side_switch.html", takes_context=True)
def side_by_side_switch(context):
    """The plain link to the side-by-side view, or back to one column."""
    request = context.get("request")
    page = served_page(context)
    if request is None or page is None or getattr(request, "is_preview", False):
        return {}
    if "side_by_side_offered" in context:  # a view below the page says (a case-law decision)
        return {
            "switch": side_by_side.switch_for(request) if context["side_by_side_offered"] else None
        }
    return {"switch": side_by_side.switch(request, page)}


@register.simple_tag(takes_context=True)
def side_by_side_rows(context):
    """The rows of the side-by-side view, or None for the normal page."""
    request = context.get("request")
    page = served_page(context)
    if request is None or page is None or not side_by_side.requested(request):
        return None
    return side_by_side.rows(request, page)


@register.simple_tag(takes_context=True)
def side_by_side_robots(context):
    """``noindex`` on a page asked for with ``?beside=de``: the same text as the page without it,
    which is the one search engines should list."""
    request = context.get("request")
    if request is None or served_page(context) is None or not side_by_side.requested(request):
        return ""
    return mark_safe('<meta name="robots" content="noindex">')  # noqa: S308 (a constant)


class CarryNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        rendered = self.nodelist.render(context)
        request = context.get("request")
        if request is not None and side_by_side.carry_on(request):
            return mark_safe(side_by_side.carry(rendered))  # noqa: S308 (our own page)
        return rendered


@register.tag
def carry_side_by_side(parser, token):
    """``{% carry_side_by_side %}…{% endcarry_side_by_side %}`` around the body in base.html:
    the links of a side-by-side page keep ``?beside=de``."""
    nodelist = parser.parse(("endcarry_side_by_side",))
    parser.delete_first_token()
    return CarryNode(nodelist)


@register.simple_tag(takes_context=True)
def glossary_text(context, value):
    """Rich text as ``{% rich_text %}`` renders it, with the glossary terms of the language it
    is shown in marked (first occurrence on the page) and explained after it."""
    request = context["request"]
    html = contact.render(value, contact_settings(request))
    language = context.get("content_language", {}).get("code")
    if not language:
        return html
    return glossary.marker(request, language).mark(html)
