"""When the page cache is emptied: whenever anything a public page shows has changed.

A page is shown in more places than its own URL: its parent's list, the home page's teasers,
the menus, the language switcher of every translation, search results, the sitemap. Working out
which cached pages show a changed object is where caches go wrong, and editors publish a few
times a day while readers read all day; so any change empties the whole page cache (one
``FLUSHDB`` of the page cache's own Redis database, for every app server at once), and the next reader of each page
builds it afresh.

Changes that count (``post_save``/``post_delete`` of these models, Wagtail's move signal):

- pages of every type: publishing, unpublishing, a draft's save, deleting, translating and
  synchronising (wagtail-localize saves the translated pages), and ``post_page_move``;
- view restrictions (privacy), sites and locales;
- every model of our page apps: snippets (help box, footer, people, counselling places),
  site settings, orderables;
- images, documents, redirects and search promotions.

Saves that bypass Django's signals (``QuerySet.update``, ``bulk_create``) are caught by the
cache's lifetime (``PAGE_CACHE_SECONDS``); the commands that write that way empty the cache
themselves (``clear()``).
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.signals import post_page_move

from . import shared

OUR_APPS = {"home", "information", "network", "search"}
WAGTAIL_MODELS = {
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailcore", "site"),
    ("wagtailcore", "locale"),
    ("wagtailcore", "collectionviewrestriction"),
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
    ("wagtailredirects", "redirect"),
    ("wagtailsearchpromotions", "searchpromotion"),
}
DISPATCH_UID = "pagecache-clear"


def clear():
    """Empty the page cache of every app server sharing it, with the shared store
    (pagecache/shared.py) in it: the whole store (it has a Redis database of its own,
    kokcms/settings/base.py ``redis_caches``), also when no page is kept (wagtail-cache's own
    ``clear_cache`` does nothing then)."""
    shared.store().clear()


def shows_on_pages(model):
    from wagtail.models import Page

    meta = model._meta
    if meta.app_label in OUR_APPS or (meta.app_label, meta.model_name) in WAGTAIL_MODELS:
        return True
    return issubclass(model, Page)


def changed(sender, **kwargs):
    """Empty the cache now, so this server's next request sees the change, and again once the
    change is committed: a reader on another server may have kept the old page between the two
    (from the database as it was before the commit)."""
    clear()
    transaction.on_commit(clear)


def m2m_changed_on_pages(sender, instance, **kwargs):
    if shows_on_pages(type(instance)):
        changed(sender)


def connect():
    for model in apps.get_models():
        if shows_on_pages(model):
            post_save.connect(changed, sender=model, dispatch_uid=(DISPATCH_UID, model))
            post_delete.connect(changed, sender=model, dispatch_uid=(DISPATCH_UID, model))
    m2m_changed.connect(m2m_changed_on_pages, dispatch_uid=DISPATCH_UID + "-m2m")
    post_page_move.connect(changed, dispatch_uid=DISPATCH_UID + "-move")
