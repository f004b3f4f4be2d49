"""Site-wide template tags: menu, breadcrumbs, language switcher, help box and footer.

Every lookup is memoised on the request so a page costs the same few queries however many
times a tag is used and however much content the site holds.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, Subquery
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.i18n import language_codes, language_info, page_languages
from home.models import DonationPage, FooterText, HelpBox, StandardPage

register = template.Library()


def _memo(request, key, compute):
    cache = request.__dict__.setdefault("_kok_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def active_locale(request):
    """The reader's Locale; taken from the localized home page when it exists (no query)."""

    def compute():
        root = site_root(request)
        if root is not None and root.locale.language_code == translation.get_language():
            return root.locale
        return Locale.get_active()

    return _memo(request, "locale", compute)


def site_root(request):
    """The home page in the reader's language (the German one if not translated): one query."""

    def compute():
        page = getattr(request, "kok_page", None)
        if page is not None:
            # Serving a page: its home is itself or its depth-2 ancestor, already loaded.
            home = page if page.depth == 2 else next(
                (a for a in page_ancestors(request, page) if a.depth == 2), None
            )
            if home is not None and home.locale.language_code == translation.get_language():
                return home
        site = Site.find_for_request(request)
        if site is None:
            return None
        same_home = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
        candidates = Page.objects.filter(
            translation_key=Subquery(same_home),
            locale__language_code__in={translation.get_language(), settings.LANGUAGE_CODE},
        ).select_related("locale")
        by_language = {page.locale.language_code: page for page in candidates}
        return by_language.get(translation.get_language()) or by_language.get(
            settings.LANGUAGE_CODE
        )

    return _memo(request, "root", compute)


RESTRICTED_PATHS_CACHE_KEY = "kok:restricted-page-paths"


def restricted_paths(request=None):
    """Paths of pages behind a view restriction and of their aliases in other languages
    (Wagtail applies the German page's restriction to its aliases), cached until a
    restriction or an alias changes."""
    paths = cache.get(RESTRICTED_PATHS_CACHE_KEY)
    if paths is None:
        restricted = PageViewRestriction.objects.values("page_id")
        paths = tuple(
            Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
            .values_list("path", flat=True)
        )
        cache.set(RESTRICTED_PATHS_CACHE_KEY, paths, 60 * 60)
    return paths


@receiver([post_save, post_delete], sender=PageViewRestriction)
def forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_CACHE_KEY)


@receiver([post_save, post_delete])
def forget_restricted_paths_for_aliases(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.alias_of_id:
        cache.delete(RESTRICTED_PATHS_CACHE_KEY)


def page_ancestors(request, page):
    """The page's ancestors below the tree root (home page first), memoised per request."""
    return _memo(
        request,
        f"ancestors-{page.pk}",
        lambda: list(
            page.get_ancestors()
            .filter(depth__gt=1)
            .select_related("locale")
            .only("id", "path", "depth", "numchild", "title", "slug", "url_path", "locale_id",
                  "translation_key", "content_type_id", "alias_of_id", "locale__language_code",
                  "locale__id")
        ),
    )


def public_only(request, pages):
    """Drop pages that are (below) a view-restricted page, like ``.public()`` but memoised."""
    restricted = restricted_paths(request)
    return [page for page in pages if not page.path.startswith(restricted or ("\0",))]


def root_children(request):
    def compute():
        root = site_root(request)
        if root is None:
            return []
        children = root.get_children().live().only(
            "id", "path", "depth", "title", "slug", "url_path", "show_in_menus",
            "content_type_id", "locale_id", "search_description", "alias_of_id",
        )
        return public_only(request, children)

    return _memo(request, "root_children", compute)


def localized_snippet(request, model):
    """The snippet in the reader's language, else the German one: one query."""

    def compute():
        # The URL's language (LocaleMiddleware), also inside {% page_content %}, which may
        # activate another language for an untranslated page's body.
        current = getattr(request, "LANGUAGE_CODE", None) or translation.get_language()
        items = {
            item.locale.language_code: item
            for item in model.objects.filter(
                locale__language_code__in={current, settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        return items.get(current) or items.get(settings.LANGUAGE_CODE)

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
    page = _page(context)
    ancestors = []
    if page is not None and page.depth > 2:
        ancestors = page_ancestors(context["request"], page)
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("components/help_box.html", takes_context=True)
def help_box(context, heading_level=2):
    request = context["request"]
    box = localized_snippet(request, HelpBox)
    return {
        "request": request,
        "help_box": box,
        # The German box stands in where the reader's language has none.
        "help_box_lang": box.locale.language_code if box else None,
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


def _page(context):
    """The Wagtail page being rendered, if any (search results and error pages have none, and
    a protected page's password form shows nothing of the page)."""
    page = context.get("page")
    if context.get("restricted"):
        return None
    return page if isinstance(page, Page) and page.pk else None


def _other_language_url(request, code):
    """The current non-page URL (search, …) in another language, else that language's home."""
    match = getattr(request, "resolver_match", None)
    if match and match.url_name != "wagtail_serve":
        url = translate_url(request.get_full_path(), code)
        if url != request.get_full_path():
            return url
    return f"/{code}/"


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every enabled language by its own name, linking to this page in that language (its
    translation, or the alias that shows it with a notice)."""
    request = context["request"]
    page = _page(context)
    current = translation.get_language()
    versions = page_languages(request, page) if page else None
    languages = []
    for code in language_codes():
        language = language_info(code)
        version = versions.versions.get(code) if versions else None
        if version is not None:
            language["url"] = version.get_url(request)
            language["translated"] = not version.alias_of_id
        else:
            language["url"] = _other_language_url(request, code)
            language["translated"] = versions is None
        language["current"] = code == current
        languages.append(language)
    return {"languages": languages, "current": language_info(current)}


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` for every live translation (aliases are no
    translations), ``x-default`` for the German source, and the canonical address."""
    request = context["request"]
    page = _page(context)
    if page is None:
        return {}
    versions = page_languages(request, page)
    absolute = {
        code: request.build_absolute_uri(version.get_url(request))
        for code, version in versions.translations.items()
    }
    shown = versions.translations.get(versions.content_language)
    return {
        "alternates": list(absolute.items()),
        "x_default": absolute.get(settings.LANGUAGE_CODE),
        "canonical": absolute.get(versions.content_language)
        if shown is not None
        else request.build_absolute_uri(page.get_url(request)),
    }


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """Says, in the reader's language, that this page is shown in another language."""
    request = context["request"]
    page = _page(context)
    if page is None:
        return {}
    versions = page_languages(request, page)
    if not versions.is_fallback:
        return {}
    return {
        "shown": language_info(versions.content_language),
        "others": [
            {**language_info(code), "url": version.get_url(request)}
            for code, version in versions.alternatives()
        ],
    }


@register.inclusion_tag("components/translation_status.html", takes_context=True)
def translation_status(context):
    """On a translated page: when it was last compared with the German original, and whether
    the original changed since."""
    request = context["request"]
    page = _page(context)
    if page is None:
        return {}
    versions = page_languages(request, page)
    if versions.is_fallback or versions.page_language == settings.LANGUAGE_CODE:
        return {}
    synced = versions.last_synced
    if synced is None:
        return {}
    source = versions.source
    return {
        "synced": synced,
        "outdated": bool(source and source.last_published_at and source.last_published_at > synced),
        "source_url": source.get_url(request) if source else None,
        "source_language": settings.LANGUAGE_CODE,
    }


class PageContentNode(template.Node):
    """Renders the page body in the language it is shown in: for an untranslated page the
    English or German version's fields and context, with that language active (so headings
    from the templates match the text), and ``content_language``/``content_fallback`` set."""

    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        page = _page(context)
        code = translation.get_language()
        extra = {"content_fallback": False}
        if page is not None and request is not None:
            active_locale(request)  # the reader's, before another language is activated below
            versions = page_languages(request, page)
            code = versions.content_language
            extra["content_fallback"] = versions.is_fallback
            shown = versions.content_page()
            if shown is not page:
                served = getattr(request, "kok_page", None)
                extra.update(shown.get_context(request))
                request.kok_page = served  # get_context() claims the request for ``shown``
        extra["content_language"] = language_info(code)
        with context.push(extra), translation.override(code):
            return self.nodelist.render(context)


@register.tag
def page_content(parser, token):
    """``{% page_content %}…{% endpage_content %}`` around the content block of base.html."""
    nodelist = parser.parse(("endpage_content",))
    parser.delete_first_token()
    return PageContentNode(nodelist)


@register.filter
def lang_attr(page):
    """`` lang="de" dir="ltr"`` on a link or teaser to an untranslated page, whose alias shows
    the German title and introduction, when the text around it is in another language (WCAG
    3.1.2, language of parts). Empty for pages in the language being rendered."""
    if not getattr(page, "alias_of_id", None):
        return ""
    code = settings.LANGUAGE_CODE  # wagtail-localize aliases copy the German source
    if translation.get_language() == code:
        return ""
    info = language_info(code)
    return format_html(' lang="{}" dir="{}"', info["code"], info["dir"])


@register.filter
def tel(number):
    """A phone number as a tel: URI path: digits and leading plus only."""
    return "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
