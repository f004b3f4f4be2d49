"""What a reader sees around a page: site root, menus, restricted paths, localized snippets and
special pages' versions, language links, fallback notice and translation status.

Plain functions of the request's ``Reader`` (multilingual/reader.py), which they are handed
explicitly. The template tags (home/templatetags/) only render what these return, and models
may import this module: it imports no model of this project and no template code.

Everything is memoised on the reader, i.e. per request, and what depends only on the host, the
reader's language and the content (menus, special pages, language links) also in the page
cache's shared store (``Reader.memo(..., shared=True)``, ``pagecache.shared``). That store is
emptied on every change a page shows, view restrictions above all, for all app servers at once:
a page another app server has just protected is hidden from the very next request everywhere.
Nothing is cached per process.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject

from wagtail.models import Page, PageViewRestriction

from multilingual.versions import language_codes, language_info

MENU_FIELDS = (
    "id",
    "path",
    "depth",
    "title",
    "slug",
    "url_path",
    "show_in_menus",
    "content_type_id",
    "locale_id",
    "search_description",
    "alias_of_id",
    "translation_key",
)


def lazy_list(compute):
    """A page's list for its template, loaded only if rendered: an untranslated page renders
    the context of the English or German version that stands in for it, not its own."""
    return SimpleLazyObject(compute)


def restricted_paths(reader):
    """Tree paths of view-restricted pages, of their aliases in other languages and of those
    aliases' aliases (Wagtail applies a page's restriction to its aliases): one query per
    request."""

    def compute():
        restricted = PageViewRestriction.objects.values("page_id")
        return tuple(
            Page.objects.filter(
                Q(pk__in=restricted)
                | Q(alias_of__in=restricted)
                | Q(alias_of__alias_of__in=restricted)
            ).values_list("path", flat=True)
        )

    return reader.memo("restricted_paths", compute, shared=True)


def public_only(reader, pages):
    """Drop pages that are (below) a view-restricted page, like ``.public()`` but in Python on
    pages already loaded, with the paths loaded once per request."""
    restricted = restricted_paths(reader)
    return [page for page in pages if not page.path.startswith(restricted or ("\0",))]


def public_queryset(reader, pages):
    """``pages`` (a queryset) without those (below) a view-restricted page, in SQL, so that a
    list can be counted and cut into pages by the database."""
    for path in restricted_paths(reader):
        pages = pages.exclude(path__startswith=path)
    return pages


# Cards a list page shows at once, and the home page's teasers: a page costs the same however
# many pages an editor adds below it.
CARDS_PER_PAGE = 24
HOME_CARDS = 8


class CardPage(list):
    """One page of a list of cards: the pages, and where it is among the list's pages (the
    attributes ``search/pagination.html``'s template reads)."""

    def __init__(self, pages, number, num_pages):
        super().__init__(pages)
        self.number, self.num_pages = number, num_pages
        self.has_previous, self.has_next = number > 1, number < num_pages


def card_page(reader, key, pages, number=1, per_page=CARDS_PER_PAGE):
    """Page ``number`` (any string from a URL: not a number shows the first page, past the end
    the last) of the live, public ``pages`` (a queryset in their order), kept in the shared
    store per list and existing page number."""
    pages = public_queryset(reader, pages)
    try:
        asked = int(number)
    except (TypeError, ValueError, OverflowError):
        asked = 1

    def count_pages():
        if asked > 1:
            return Paginator(pages, per_page).num_pages
        # The first page, asked for most, is read with one card more: a list that fits on one
        # page is then read once, without a COUNT query; a longer one costs what it did.
        first = list(pages[: per_page + 1])
        num = 1 if len(first) <= per_page else Paginator(pages, per_page).num_pages
        first_page = CardPage(first[:per_page], 1, num)
        reader.memo(("cards", key, per_page, 1), lambda: first_page, shared=True)
        return num

    num_pages = reader.memo(("card-pages", key, per_page), count_pages, shared=True)
    number = max(1, min(asked, num_pages))

    def compute():
        start = (number - 1) * per_page
        return CardPage(pages[start : start + per_page], number, num_pages)

    return reader.memo(("cards", key, per_page, number), compute, shared=True)


def root_children(reader):
    """The live, public sections below the reader's home page (menu, footer, teasers)."""

    def compute():
        root = reader.root
        if root is None:
            return []
        return public_only(
            reader,
            root.get_children()
            .live()
            .select_related("locale")
            .only(*MENU_FIELDS, "locale__language_code"),
        )

    return reader.memo("root_children", compute, shared=True)


def menu_items(reader):
    return [page for page in root_children(reader) if page.show_in_menus]


def menu_groups(reader):
    """The menu entries in the reader's language, then those not translated yet (aliases,
    shown in German), so a reader never meets German entries silently mixed among their own."""
    items = menu_items(reader)
    own = [page for page in items if not page.alias_of_id]
    return own, [page for page in items if page.alias_of_id]


def by_teaser_role(pages):
    """The first of ``pages`` for each ``home_teaser`` role of their page types."""
    roles = {}
    for page in pages:
        role = getattr(page.specific_class, "home_teaser", None)
        if role:
            roles.setdefault(role, page)
    return roles


def home_teasers(reader):
    """Menu sections the home page introduces, by their page type's ``home_teaser`` role."""
    return by_teaser_role(menu_items(reader))


def section(reader, role):
    """The first section whose page type has the ``home_teaser`` role, in the menu or not."""
    return by_teaser_role(root_children(reader)).get(role)


def footer_links(reader):
    """Sections not in the menu whose page type is a footer link (imprint, privacy, …)."""
    return [
        page
        for page in root_children(reader)
        if not page.show_in_menus and getattr(page.specific_class, "footer_link", False)
    ]


def site_setting(reader, model):
    """Settings → ``model`` of the reader's site (a Wagtail ``BaseSiteSetting``) from the shared
    store, put where Wagtail's ``for_request`` and the ``settings`` context processor look, so
    neither asks the database again. Raises ``model.DoesNotExist`` where no site answers."""
    request = reader.request
    attr = model.get_cache_attr_name()
    if not hasattr(request, attr):
        if reader.site is None:
            raise model.DoesNotExist
        found = reader.memo(
            ("setting", model._meta.label), lambda: model.for_site(reader.site), shared=True
        )
        found._request = request  # as ``for_request`` does, for the setting's page URLs
        setattr(request, attr, found)
    return getattr(request, attr)


def localized_snippet(reader, model):
    """The snippet in the reader's language, else the German one: one query."""

    def compute():
        items = {
            item.locale.language_code: item
            for item in model.objects.filter(
                locale__language_code__in={reader.language, settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        return items.get(reader.language) or items.get(settings.LANGUAGE_CODE)

    return reader.memo(("snippet", model._meta.label), compute, shared=True)


def preferred_versions(reader, pages):
    """Of live, public ``pages`` (versions in the reader's language or German, with their
    locales loaded): per translation key the one in the reader's language, else German."""
    versions = {}
    for page in public_only(reader, [page for page in pages if page.live]):
        versions.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return {
        key: by_language.get(reader.language) or by_language[settings.LANGUAGE_CODE]
        for key, by_language in versions.items()
    }


# --- Languages of the page being read ----------------------------------------------------------
def other_language_url(request, code):
    """The current non-page URL (search, …) in another language, else that language's home."""
    match = getattr(request, "resolver_match", None)
    if match and match.url_name != "wagtail_serve":
        url = translate_url(request.get_full_path(), code)
        if url != request.get_full_path():
            return url
    return f"/{code}/"


def language_links(reader, page):
    """Every enabled language by its own name, linking to ``page`` in that language (its
    translation, or the alias that shows it with a notice); without a page, to the same
    address in that language."""
    if page is None:
        return build_language_links(reader, None)
    return reader.memo(
        ("language_links", page.pk), lambda: build_language_links(reader, page), shared=True
    )


def build_language_links(reader, page):
    versions = reader.versions(page) if page is not None else None
    languages = []
    for code in language_codes():
        language = language_info(code)
        version = versions.versions.get(code) if versions else None
        if version is not None:
            language["url"] = version.get_url(reader.request)
            language["translated"] = not version.alias_of_id
        else:
            language["url"] = other_language_url(reader.request, code)
            language["translated"] = versions is None
        language["current"] = code == reader.language
        languages.append(language)
    return languages


def alternates(reader, page):
    """Absolute addresses of every live translation of ``page`` (aliases are no translations),
    the German one as ``x-default``, and the canonical address of what is shown."""
    return reader.memo(("alternates", page.pk), lambda: build_alternates(reader, page), shared=True)


def build_alternates(reader, page):
    request = reader.request
    versions = reader.versions(page)
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


def untranslated_notice(reader, page):
    """The language shown instead of the reader's and the other real translations, or None
    when the page is translated into the reader's language."""
    versions = reader.versions(page)
    if not versions.is_fallback:
        return None
    return {
        "shown": language_info(versions.content_language),
        "others": [
            {**language_info(code), "url": version.get_url(reader.request)}
            for code, version in versions.alternatives()
        ],
    }


def translation_status(reader, page):
    """For a translated page: when it was last compared with the German original and whether
    the original changed since; None for German pages, aliases and untracked translations."""
    versions = reader.versions(page)
    if versions.is_fallback or versions.page_language == settings.LANGUAGE_CODE:
        return None
    synced = versions.last_synced
    if synced is None:
        return None
    source = versions.source
    return {
        "synced": synced,
        "outdated": bool(source and source.last_published_at and source.last_published_at > synced),
        "source_url": source.get_url(reader.request) if source else None,
        "source_language": settings.LANGUAGE_CODE,
    }
