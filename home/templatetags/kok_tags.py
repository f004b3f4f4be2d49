"""Site-wide template tags: menu, breadcrumbs, language switcher, help box and footer.

Every lookup is memoised on the request so a page costs the same few queries however many
times a tag is used and however much content the site holds.
"""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page, Site

from home.models import DonationPage, FooterText, HelpBox, StandardPage

register = template.Library()


def _memo(request, key, compute):
    cache = request.__dict__.setdefault("_kok_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def active_locale(request):
    return _memo(request, "locale", Locale.get_active)


def site_root(request):
    """The home page in the reader's language (the German one if not translated)."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        root = site.root_page
        return root.get_translation_or_none(active_locale(request)) or root

    return _memo(request, "root", compute)


def root_children(request):
    def compute():
        root = site_root(request)
        if root is None:
            return []
        return list(root.get_children().live().public().only(
            "id", "path", "depth", "title", "slug", "url_path", "show_in_menus",
            "content_type_id", "locale_id", "search_description",
        ))

    return _memo(request, "root_children", compute)


def localized_snippet(request, model):
    def compute():
        locale = active_locale(request)
        items = {
            item.locale_id: item
            for item in model.objects.filter(
                locale__language_code__in={locale.language_code, settings.LANGUAGE_CODE}
            )
        }
        default = next(
            (item for item in items.values() if item.locale_id != locale.pk), None
        )
        return items.get(locale.pk, default)

    return _memo(request, model.__name__, compute)


@register.simple_tag(takes_context=True)
def home_page(context):
    return site_root(context["request"])


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    items = [page for page in root_children(request) if page.show_in_menus]
    return {
        "request": request,
        "items": items,
        "current_path": getattr(current, "path", ""),
        "home": site_root(request),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(page.get_ancestors().filter(depth__gt=1).only(
            "id", "path", "depth", "title", "url_path", "locale_id"
        ))
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("components/help_box.html", takes_context=True)
def help_box(context, heading_level=2):
    request = context["request"]
    return {
        "request": request,
        "help_box": localized_snippet(request, HelpBox),
        "settings": context.get("settings"),
        "heading_level": heading_level,
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    children = root_children(request)
    return {
        "request": request,
        "footer": localized_snippet(request, FooterText),
        "settings": context.get("settings"),
        "service_pages": [
            page for page in children
            if not page.show_in_menus and page.specific_class is StandardPage
        ],
        "donation_page": next(
            (page for page in children if page.specific_class is DonationPage), None
        ),
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    urls = {}
    if isinstance(page, Page):
        for tr in page.get_translations(inclusive=True).live().select_related("locale"):
            urls[tr.locale.language_code] = tr.get_url(request)
    languages = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        languages.append({
            "code": code,
            "name": info["name_local"],
            "url": urls.get(code) or f"/{code}/",
            "current": code == current,
        })
    return {"languages": languages, "current": current}


@register.filter
def tel(number):
    """A phone number as a tel: URI path: digits and leading plus only."""
    return "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
