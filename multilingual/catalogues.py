"""Readers' catalogues: a public page is translated from Django's messages and ours, not from the
~2,500 messages of Wagtail's apps and Django's admin, which no reader's page shows.

Missing upstream: Django merges the catalogue of every installed app into one translation object
per language (``trans_real.DjangoTranslation``) and keeps it for the life of the process. A
worker that has served readers in 18 languages holds 18 full catalogues, about 0.75 MB each,
although a reader's page shows none of their messages. Django has no way to load a
subset for some requests. Delete this module when Django loads catalogues per app on demand, or
when the admin's catalogues can be left out of the readers' processes in another way.

Within ``reader_catalogues()`` (a reader's request: kokcms/readers.py) every
``translation.activate()`` and ``override()`` takes a ``ReaderTranslation``: Django's own
catalogue (form errors, dates) and ``LOCALE_PATHS``, with Django's fallback to ``LANGUAGE_CODE``.
The admin, its previews and management commands keep the full catalogues.
``tests/test_reader_requests.py`` renders the public pages of every language both ways and
requires the same HTML: a page that starts to show an app's message fails it.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.translation import deactivate, trans_real

_in_reader_request = ContextVar("kok_reader_catalogues", default=False)
_reader_translations = {}
_django_translation = trans_real.translation


class ReaderTranslation(trans_real.DjangoTranslation):
    """Django's translation object for one language, without the installed apps' catalogues."""

    def _add_installed_apps_translations(self):
        pass


def translation(language):
    """``trans_real.translation`` in reader requests: the lean catalogue, kept per language."""
    if not _in_reader_request.get():
        return _django_translation(language)
    if language not in _reader_translations:
        _reader_translations[language] = ReaderTranslation(language)
    return _reader_translations[language]


def install():
    """Route Django's ``activate()`` (and so ``override()``) through ``translation`` above."""
    trans_real.translation = translation


@receiver(setting_changed)
def forget_catalogues(*, setting, **kwargs):
    # As Django does for its own translation objects (django.test.signals).
    if setting in {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"}:
        _reader_translations.clear()


@contextmanager
def reader_catalogues():
    """Within: every ``activate()`` and ``override()`` takes the lean catalogues. After: no lean
    catalogue stays active in this thread."""
    token = _in_reader_request.set(True)
    try:
        yield
    finally:
        deactivate()
        _in_reader_request.reset(token)
