"""A translator's admin speaks their language: where Wagtail's and wagtail-localize's own
catalogues lack strings, ours fill them.

Missing upstream: Wagtail 7.4's and wagtail-localize 1.14's catalogues (translated on Transifex)
have gaps in most of our admin languages (2026-12, templates and scripts of all wagtail apps:
ro ~195 msgids, bg ~1,460, vi ~1,490, th ~1,120, fa ~920, pt-pt ~510, uk ~480, tr ~460,
zh-hans ~380, es ~360, pl ~190, hu ~90, ar ~80, ru 17, fr 1), and Django looks up every msgid
a language lacks in the catalogue of ``LANGUAGE_CODE``: a Romanian translator read "Alle Seiten
suchen…" in German. A few strings are in no catalogue at all (new in Wagtail 7.4: "1-9 of 9 pages"
stayed English, for the German office too), a few are written in English without gettext, and
wagtail-localize's editor formats its dates with ``strftime`` ("1 December 2026" in every
language). Closed here:

1. ``translators/locale/<locale>/LC_MESSAGES/django.po`` (templates, Python) and
   ``djangojs.po`` (the admin's scripts): the translators app's own catalogues. An app's
   catalogue is loaded with the admin's catalogues only: readers' requests never load it
   (``multilingual/catalogues.py``). ``translators`` comes before the Wagtail apps in
   INSTALLED_APPS, and Django prefers the catalogue of an app listed earlier, so an entry here
   wins over Wagtail's (``LOCALE_PATHS``, the site's own ``locale/``, still win over it). They
   hold only what upstream lacks, plus the few wrong upstream strings that
   ``tests/test_admin_gap_catalogue.py`` lists as overrides; that test fails on any other entry
   that upstream has translated meanwhile. The catalogues shrink, and can go, as Wagtail's and
   wagtail-localize's catalogues on Transifex become complete: delete what upstream translates.
   ``manage.py compile_catalogues`` (``make messages``) compiles them like ``locale/``;
   ``makemessages`` for ``locale/`` must skip them (``-i translators/locale``).
2. The scripts' catalogues: Wagtail's and wagtail-localize's ``JavaScriptCatalog`` views read
   their own package's ``locale/`` only; ``install()`` adds ours (after theirs, so ours wins).
3. Dates in the translation editor ("Translated manually on {date}"): wagtail-localize's
   ``StringTranslation.get_comment`` uses ``strftime`` (the C locale's English month names);
   ``install()`` formats them as Django does everywhere else (``DATE_FORMAT`` of the admin's
   language, ``kokcms/formats``). Delete when upstream uses Django's ``date_format``.
4. English without gettext: wagtail-localize's editor (``"X to Y translation"``, "More
   actions"), Wagtail's dashboard search button and the header's "Actions" navigation.
   ``kokcms/static/js/admin-strings.js`` puts them into the admin's language with the scripts'
   catalogue. Delete an entry there when upstream translates the string.
5. Wagtail's page search view names no model ("1-4 of 4 None"): ``install()`` gives it the
   page model's names, as the page explorer has them.
"""

from pathlib import Path

from django.templatetags.static import static
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.views.i18n import JavaScriptCatalog

from wagtail import hooks
from wagtail.admin.views.pages.search import SearchView
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
# The packages whose JavaScriptCatalog (admin/jsi18n/, admin/localize/jsi18n/) also reads ours.
SCRIPT_CATALOGUE_PACKAGES = {"wagtail.admin", "wagtail_localize"}

_upstream_get_paths = JavaScriptCatalog.get_paths


def get_paths(self, packages):
    """Django's paths for ``packages``, then ours: merged last, our entries win."""
    paths = _upstream_get_paths(self, packages)
    if SCRIPT_CATALOGUE_PACKAGES.intersection(packages):
        paths = [*paths, str(LOCALE_DIR)]
    return paths


# wagtail-localize's msgids, translated by its catalogues, looked up under a name that
# makemessages does not collect: they are not the site's own (locale/).
upstream_gettext = gettext


def get_comment(self):
    """wagtail-localize's comment on a translated string, with the date in the admin's
    language (upstream: ``strftime("%-d %B %Y")``, English in every language)."""
    date = formats.date_format(timezone.localtime(self.updated_at), "DATE_FORMAT")
    if self.tool_name:
        return upstream_gettext("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return upstream_gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return upstream_gettext("Machine translated on {date}").format(date=date)
    return None


def hard_coded_english_script():
    return format_html('<script src="{}"></script>', static("js/admin-strings.js"))


def install():
    """Called once from ``TranslatorsConfig.ready()``."""
    if JavaScriptCatalog.get_paths is get_paths:
        return
    JavaScriptCatalog.get_paths = get_paths
    StringTranslation.get_comment = get_comment
    SearchView.verbose_name = Page._meta.verbose_name
    SearchView.verbose_name_plural = Page._meta.verbose_name_plural
    hooks.register("insert_global_admin_js", hard_coded_english_script)
