"""Template tags for a safe visit: the quick exit and the entry points to special pages.

The special pages (browse safely, Leichte Sprache, sign language, accessibility statement) are
ordinary StandardPages that editors may rename and translate; they are found by the slug of
their German source page among the children of the reader's home page, which the menu has
already loaded (``kok_tags.root_children``), so a page costs no extra query. A translation
with a translated slug is found by its translation key (one query, then cached until a page
changes); a page not translated yet falls back to the German one, marked with its language.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import ContactSettings

from .kok_tags import _memo, active_locale, root_children, site_root

register = template.Library()

BROWSE_SAFELY = "sicher-surfen"
EASY_LANGUAGE = "leichte-sprache"
SIGN_LANGUAGE = "gebaerdensprache"
ACCESSIBILITY = "barrierefreiheit"
SPECIAL_SLUGS = (BROWSE_SAFELY, EASY_LANGUAGE, SIGN_LANGUAGE, ACCESSIBILITY)
CACHE_KEY = "kok:special-pages:{}"
DEFAULT_EXIT_URL = ContactSettings._meta.get_field("quick_exit_url").default


def special_pages(request):
    """German source slug -> live page in the reader's language (or German), memoised."""

    def compute():
        found = {page.slug: page for page in root_children(request) if page.slug in SPECIAL_SLUGS}
        root, active = site_root(request), active_locale(request)
        # Nothing missing, or the reader sees the German site anyway: no query.
        if len(found) == len(SPECIAL_SLUGS) or root is None or root.locale_id != active.pk:
            return found
        if active.language_code == settings.LANGUAGE_CODE:
            return found
        key = CACHE_KEY.format(active.language_code)
        translated = cache.get(key)
        if translated is None:
            translated = find_translations(root, active)
            cache.set(key, translated, 60 * 60)
        return {**translated, **found}

    return _memo(request, "special_pages", compute)


def find_translations(root, locale):
    """The special pages in ``locale`` (else German) by their German slug: one query."""
    source_pages = Page.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, depth=root.depth + 1, slug__in=SPECIAL_SLUGS
    )
    candidates = (
        Page.objects.live()
        .public()
        .filter(
            translation_key__in=source_pages.values("translation_key"),
            locale__language_code__in=[locale.language_code, settings.LANGUAGE_CODE],
        )
        .annotate(
            source_slug=Subquery(
                source_pages.filter(translation_key=OuterRef("translation_key")).values("slug")[
                    :1
                ]
            )
        )
        .only("id", "path", "depth", "title", "slug", "url_path", "locale_id")
    )
    found = {}
    for page in candidates:
        # The reader's language wins over the German fallback.
        if page.locale_id == locale.pk or page.source_slug not in found:
            found[page.source_slug] = page
    return found


@receiver([post_save, post_delete, page_published, page_unpublished, post_page_move])
def forget_translations(sender, instance=None, **kwargs):
    if isinstance(instance, Page) or (instance is None and issubclass(sender, Page)):
        cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])


def _link(request, page):
    if page is None:
        return None
    return {
        "url": page.get_url(request),
        "title": page.title,
        # A page not (yet) translated is the German one: say so for screen readers.
        "lang": "" if page.locale_id == active_locale(request).pk else settings.LANGUAGE_CODE,
    }


@register.inclusion_tag("components/quick_exit.html", takes_context=True)
def quick_exit(context):
    request = context["request"]
    contact = context["settings"]["home"]["ContactSettings"] if "settings" in context else None
    return {
        "exit_url": getattr(contact, "quick_exit_url", "") or DEFAULT_EXIT_URL,
        "browse_safely": _link(request, special_pages(request).get(BROWSE_SAFELY)),
    }


@register.inclusion_tag("components/access_entry_points.html", takes_context=True)
def access_entry_points(context):
    """Leichte Sprache and sign-language entry points (home page)."""
    pages = special_pages(context["request"])
    links = [_link(context["request"], pages.get(slug)) for slug in (EASY_LANGUAGE, SIGN_LANGUAGE)]
    return {"links": [link for link in links if link]}
