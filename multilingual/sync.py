"""Every German page in every locale: aliases for whole untranslated branches at once.

Missing upstream: wagtail-localize has no bulk sync; its ``synchronize_tree`` aliases one page
at a time (tree insert, two log entries, search indexing: about 3.5 times slower, ~70 s for the
~600 aliases of the demo site on the development machine). Delete ``synchronise_locales`` when
wagtail-localize syncs a locale in bulk.
"""

from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_save

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler

from .versions import language_codes


@contextmanager
def search_indexing_paused():
    """No automatic search indexing inside the block: bulk building (the bootstrap, locale
    synchronisation) indexes once at the end with ``update_index``, or not at all (alias pages
    are never search results, search/service.py). The one way this project pauses indexing."""
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
    ``create_alias``, without audit-log entries or search indexing. Idempotent; returns the
    number of alias pages created.
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
    german = list(Page.objects.filter(locale=source, depth__gt=1).order_by("path").specific())
    root = Page.get_first_root_node()
    before = Page.objects.filter(alias_of__isnull=False).count()
    with search_indexing_paused():
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
