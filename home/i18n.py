"""Every page in the reader's language: versions of a page, fallback content, sync of locales.

What is missing upstream and why this module exists:

- wagtail-localize keeps untranslated pages reachable as *alias pages* (locale
  synchronisation), but an alias silently shows the source content: no notice, no fallback to
  another translation, and aliases are listed like real translations (wagtail-localize#461,
  mozilla/bedrock#15062 had to filter them out of its language selector by hand).
  ``PageLanguages`` tells translations from aliases with one query and picks what to show.
- wagtail-localize has no bulk sync: ``synchronize_tree`` aliases one page at a time;
  ``synchronise_locales`` aliases whole untranslated branches with Wagtail's recursive
  ``create_alias`` (see its docstring for the figures).
- A URL whose German path exists must not 404 when the translated slug differs or the
  translation is a draft: ``MissingTranslationRedirectMiddleware`` (wagtail-localize has no
  fallback routing; its early attempt, wagtail-localize#24, became the alias pages).

Delete the parts upstream covers once wagtail-localize ships a fallback notice and routing.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_save
from django.http import Http404, HttpResponseRedirect
from django.utils import translation

from wagtail import hooks
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization, Translation

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler

# Whose content an untranslated page shows, in this order (the German source always exists).
FALLBACK_LANGUAGES = ("en", settings.LANGUAGE_CODE)

_VERSION_FIELDS = (
    "id", "path", "depth", "url_path", "title", "translation_key", "alias_of_id", "live",
    "last_published_at", "content_type_id", "locale_id", "locale__language_code",
)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_info(code):
    """A language's name in its own script (capitalised, as in a menu) and its direction."""
    info = translation.get_language_info(code)
    own = info["name_local"]
    return {"code": code, "name": own[:1].upper() + own[1:], "dir": "rtl" if info["bidi"] else "ltr"}


@dataclass
class PageLanguages:
    """The versions of one page that a reader can get, and what this request shows."""

    page: Page
    language: str  # the reader's language (from the URL)
    page_language: str  # the locale of the served page (an alias is in the reader's locale)
    versions: dict = field(default_factory=dict)  # code -> live page (translation or alias)
    translations: dict = field(default_factory=dict)  # code -> live page that is no alias

    @property
    def is_fallback(self):
        """The reader's language has no translation of this page: an alias or a foreign tree."""
        return self.language not in self.translations

    @property
    def content_language(self):
        if not self.is_fallback:
            return self.language
        return next(
            (code for code in FALLBACK_LANGUAGES if code in self.translations),
            self.page_language,
        )

    @property
    def source(self):
        return self.translations.get(settings.LANGUAGE_CODE)

    def content_page(self):
        """The page whose fields are rendered: the page itself unless another language's
        translation stands in for it. An alias already holds the German content."""
        code = self.content_language
        if not self.is_fallback or code == self.page_language:
            return self.page
        source = self.source
        if code == settings.LANGUAGE_CODE and source and self.page.alias_of_id == source.pk:
            return self.page  # an alias is kept identical to its German original
        return self.translations[code].specific

    @property
    def last_synced(self):
        """When this translation was last brought up to date with its German source; None for
        the source itself, aliases and pages wagtail-localize did not translate."""
        own = self.versions.get(self.page_language)
        if self.is_fallback or own is None or own.pk != self.page.pk:
            return None
        return own.synced_at

    def alternatives(self):
        """Other real translations the reader may prefer, in the order of settings.LANGUAGES."""
        return [
            (code, page) for code, page in self.translations.items()
            if code != self.content_language
        ]


def page_languages(request, page):
    """``PageLanguages`` for ``page``, computed once per request in one query: every live
    version with its locale and, for translations, when wagtail-localize last synced it with
    the German source. For an alias the versions come with their own fields, so the English
    or German text that stands in for it costs nothing more."""
    memo = request.__dict__.setdefault("_kok_page_languages", {})
    if page.pk not in memo:
        last_sync = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            target_locale_id=OuterRef("locale_id"),
            enabled=True,
        ).values("source__last_updated_at")[:1]
        if page.alias_of_id:
            versions = (page.specific_class or type(page)).objects.all()
        else:
            versions = Page.objects.only(*_VERSION_FIELDS)
        found = {
            version.locale.language_code: version
            for version in versions.filter(translation_key=page.translation_key, live=True)
            .select_related("locale")
            .annotate(synced_at=Subquery(last_sync))
        }
        ordered = {code: found[code] for code in language_codes() if code in found}
        own = next((code for code, version in ordered.items() if version.pk == page.pk), None)
        memo[page.pk] = PageLanguages(
            page=page,
            language=getattr(request, "LANGUAGE_CODE", None) or translation.get_language(),
            page_language=own or page.locale.language_code,
            versions=ordered,
            translations={
                code: version for code, version in ordered.items() if not version.alias_of_id
            },
        )
    return memo[page.pk]


# Registered here, not in a wagtail_hooks module: this module is imported with the middleware
# below, before the first request is served.
@hooks.register("before_serve_page")
def hand_alias_its_source(page, request, serve_args, serve_kwargs):
    """Load an alias's versions (the one query its language switcher needs anyway) before
    Wagtail checks view restrictions, and give the alias its German source from them, which
    that check would otherwise fetch with a query of its own."""
    if page.alias_of_id:
        source = page_languages(request, page).source
        if source is not None and source.pk == page.alias_of_id:
            page.alias_of = source


# --- Locale synchronisation (bootstrap) ------------------------------------------------------
@contextmanager
def _search_indexing_paused():
    """Alias pages are never search results (search/service.py leaves them out), so the bulk
    sync does not index them; indexing was half its time."""
    models = list(search_index.get_indexed_models())
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def synchronise_locales():
    """Let every enabled locale follow the German tree: an alias for each untranslated page.

    Records the "synchronise from German" setting of each locale (so pages editors add later
    get aliases from wagtail-localize's ``after_create_page`` hook) and creates the missing
    aliases in bulk: a whole untranslated branch at once with Wagtail's recursive
    ``create_alias``, without audit-log entries or search indexing. wagtail-localize's own
    ``synchronize_tree`` copies one page at a time (tree insert, two log entries, indexing:
    about 3.5 times slower, ~70 s for the ~600 aliases of the demo site on this machine).
    Idempotent; returns the number of alias pages created.
    """
    # wagtail-localize publishes translations in transaction.on_commit with the page object it
    # created, whose stale ``numchild`` then overwrites the tree's; repair that before adding
    # children (two UPDATE queries).
    Page.fix_tree()
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = list(Locale.objects.filter(language_code__in=language_codes()).exclude(pk=source.pk))
    synced = set(LocaleSynchronization.objects.values_list("locale_id", flat=True))
    # bulk_create: its post_save handler would run wagtail-localize's slow sync per locale.
    LocaleSynchronization.objects.bulk_create(
        LocaleSynchronization(locale=locale, sync_from=source)
        for locale in targets
        if locale.pk not in synced
    )
    german = list(
        Page.objects.filter(locale=source, depth__gt=1).order_by("path").specific()
    )
    root = Page.get_first_root_node()
    before = Page.objects.filter(alias_of__isnull=False).count()
    with _search_indexing_paused():
        for locale in targets:
            present = set(
                Page.objects.filter(locale=locale).values_list("translation_key", flat=True)
            )
            done = []  # paths of German branches aliased whole in this locale
            for page in german:
                if page.translation_key in present or page.path.startswith(tuple(done)):
                    continue
                descendants = {
                    other.translation_key
                    for other in german
                    if other.path.startswith(page.path) and other.pk != page.pk
                }
                whole_branch = not descendants & present
                parent = page.get_parent().get_translation(locale) if page.depth > 2 else root
                # Like copy_for_translation: home pages are siblings, so "home-<code>".
                slug = page.slug if page.depth > 2 else f"{page.slug}-{locale.language_code}"
                page.create_alias(
                    parent=parent,
                    update_slug=find_available_slug(parent, slug),
                    update_locale=locale,
                    recursive=whole_branch,
                    reset_translation_key=False,
                    log_action=None,
                )
                if whole_branch:
                    done.append(page.path)
    return Page.objects.filter(alias_of__isnull=False).count() - before


# --- Never a 404 for a German path in another language -----------------------------------------
class MissingTranslationRedirectMiddleware:
    """On a 404 for ``/<lang>/<path>/`` whose ``<path>`` is a live German page, redirect to
    that page's version in ``<lang>`` (its slug may be translated), else to its English or
    German version. Costs nothing on pages that exist."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        target = self.find_version(request)
        if target and target != request.path:
            return HttpResponseRedirect(target)
        return response

    @staticmethod
    def find_version(request):
        prefix, _slash, rest = request.path.lstrip("/").partition("/")
        if prefix not in language_codes() or prefix == settings.LANGUAGE_CODE or not rest:
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        try:
            german, _args, _kwargs = site.root_page.specific.route(
                request, [part for part in rest.split("/") if part]
            )
        except Http404:
            return None
        versions = {
            version.locale.language_code: version
            for version in Page.objects.filter(translation_key=german.translation_key, live=True)
            .select_related("locale")
            .only(*_VERSION_FIELDS)
        }
        for code in (prefix, *FALLBACK_LANGUAGES):
            if code in versions:
                return versions[code].get_url(request)
        return None
