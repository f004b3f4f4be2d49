"""The admin's gap catalogue (translators/locale/, translators/admin_language.py) holds only what
Wagtail's and wagtail-localize's own catalogues lack, and is well formed.

An entry upstream has translated since (after a Wagtail or wagtail-localize upgrade) fails
``test_every_entry_fills_a_gap_or_is_a_listed_override``: delete it from our catalogue, unless
upstream's translation is wrong, then list it in OVERRIDES with the reason.
"""

import functools
import re
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real
from django.views.i18n import JavaScriptCatalog

import polib
import pytest

from multilingual.catalogues import ReaderTranslation
from translators import admin_language

LOCALE_DIR = admin_language.LOCALE_DIR
ADMIN_CODES = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
ADMIN_LOCALES = {translation.to_locale(code): code for code in ADMIN_CODES}
SCRIPT_PACKAGES = ("wagtailadmin", "wagtail_localize")
ADMIN_STRINGS_JS = Path(settings.BASE_DIR) / "kokcms" / "static" / "js" / "admin-strings.js"

# Upstream translations we replace although upstream has them: (language, domain, msgid).
NO_SPACE = "no trailing space, the editor appends the language or tool: 'Publică înRomână'"
PUBLISH_AND_TRANSLATE = ["Publish in ", "Translate with ", "Translate all missing strings with "]
MISSING_SPACE = {
    "ro": PUBLISH_AND_TRANSLATE,
    "es": PUBLISH_AND_TRANSLATE,
    "fr": ["Publish in "],
    "pl": PUBLISH_AND_TRANSLATE,
    "pt-pt": PUBLISH_AND_TRANSLATE,
    "ru": PUBLISH_AND_TRANSLATE,
    "uk": PUBLISH_AND_TRANSLATE,
    "vi": ["Translate with "],
    "zh-hans": ["Translate with ", "Translate all missing strings with "],
}
SORT_CHILD_PAGES = "Sort the order of child pages within '%(parent)s' by '%(label)s' in {} order."
ROMANIAN_ERRORS = {  # on the screens a Romanian translator works with
    "This page hasn't been translated yet. It is mirroring the "
    '<a href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.': (
        "misspelt 'Aceată' (every alias page)"
    ),
    "Shortcuts": "misspelt 'Comezi rapide'",
    "Switch locales": "misspelt 'Schimă localuri'",
    "Strike-through": "'Baraj' (a dam), not struck-through text",
    SORT_CHILD_PAGES.format("ascending"): "misspelt 'descente'",
    SORT_CHILD_PAGES.format("descending"): "misspelt 'descente'",
    "Available in %(translations_total)s locales": "'localuri' are venues, not language versions",
    "Upload a profile picture:": "misspelt 'Încarca poza profil'",
    "Receive notification when a page is submitted for moderation": "misspelt 'notificăre'",
    "Receive notification when your page edit is rejected": "misspelt 'modificărea'",
}
OVERRIDES = {
    **{
        (code, "djangojs", msgid): NO_SPACE
        for code, msgids in MISSING_SPACE.items()
        for msgid in msgids
    },
    ("ro", "djangojs", "Search"): "misspelt 'Căută' (the sidebar's search)",
    **{("ro", "django", msgid): reason for msgid, reason in ROMANIAN_ERRORS.items()},
}
# Script strings upstream writes in English without gettext; admin-strings.js translates them.
HARD_CODED = {"%(source)s to %(target)s translation"}

NO_WORD_SPACES = {"th", "zh-hans"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


def catalogues():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def code_of(po_path):
    return ADMIN_LOCALES[po_path.parent.parent.name]


def key_of(entry):
    key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    return (key, 0) if entry.msgid_plural else key


class Upstream(trans_real.DjangoTranslation):
    """A language's catalogue as Django loads it, without ours."""

    def _add_installed_apps_translations(self):
        for app_config in reversed(list(apps.get_app_configs())):
            localedir = Path(app_config.path) / "locale"
            if localedir != LOCALE_DIR and localedir.exists():
                self.merge(self._new_gnu_trans(str(localedir)))


def resolves(catalogue, key):
    """Whether ``key`` is translated without the fallback to LANGUAGE_CODE (German). gettext
    also reads country variants (tr_TR for tr, zh for zh_Hans) as fallbacks."""
    if key in catalogue._catalog:
        return True
    fallback = catalogue._fallback
    while fallback is not None:
        if (
            isinstance(fallback, trans_real.DjangoTranslation)
            and fallback.language() == settings.LANGUAGE_CODE
        ):
            return False
        if key in getattr(fallback, "_catalog", {}):
            return True
        fallback = getattr(fallback, "_fallback", None)
    return False


def upstream_sources(domain):
    """{(msgctxt, msgid): app labels} of the source (en) catalogues of the installed apps."""
    found = {}
    for app_config in apps.get_app_configs():
        path = Path(app_config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists() and path.parent.parent.parent != LOCALE_DIR:
            for entry in polib.pofile(str(path)):
                found.setdefault((entry.msgctxt, entry.msgid), set()).add(app_config.label)
    return found


@functools.cache
def upstream(code, package=None):
    """Upstream's catalogue for ``code``: the templates' and Python's (django), or the scripts'
    catalogue of one package (djangojs), as its JavaScriptCatalog view builds it."""
    if package is None:
        return Upstream(code)
    localedir = str(Path(apps.get_app_config(package).path) / "locale")
    return Upstream(code, domain="djangojs", localedirs=[localedir])


def upstream_has(code, domain, entry, sources):
    if domain == "django":
        return resolves(upstream(code), key_of(entry))
    # A script string is missing where a package that uses it lacks it (that package's
    # catalogue hands the browser the German fallback).
    return all(
        resolves(upstream(code, label), key_of(entry))
        for label in sources.get((entry.msgctxt, entry.msgid), ())
        if label in SCRIPT_PACKAGES
    )


def nplurals(header):
    return int(re.search(r"nplurals=(\d+)", header).group(1))


def django_nplurals(code):
    """Plural forms of Django's own catalogue for the language (pt-pt: Django's pt)."""
    locale = translation.to_locale(code)
    django_locale = Path(trans_real.__file__).resolve().parent.parent.parent / "conf" / "locale"
    for name in (locale, locale.split("_")[0]):
        path = django_locale / name / "LC_MESSAGES" / "django.po"
        if path.exists():
            return nplurals(polib.pofile(str(path)).metadata["Plural-Forms"])
    raise AssertionError(f"Django has no catalogue for {code}")


@pytest.mark.parametrize("po_path", catalogues(), ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_catalogue_is_well_formed(po_path):
    code = code_of(po_path)  # only admin languages: KeyError otherwise
    po = polib.pofile(str(po_path))
    forms = nplurals(po.metadata["Plural-Forms"])
    assert forms == django_nplurals(code), "Plural-Forms differ from Django's for the language"
    assert len(po) > 0
    msgids = [(e.msgctxt, e.msgid) for e in po]
    assert len(msgids) == len(set(msgids)), "an msgid twice"
    for entry in po:
        assert entry.translated() and "fuzzy" not in entry.flags, entry.msgid
        source = sorted(PLACEHOLDER.findall(entry.msgid + " " + entry.msgid_plural))
        tags = sorted(TAG.findall(entry.msgid))
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == forms, entry.msgid
            plural = sorted(set(PLACEHOLDER.findall(entry.msgid_plural)))
            for text in entry.msgstr_plural.values():
                assert set(PLACEHOLDER.findall(text)) <= set(source), (entry.msgid, text)
                assert sorted(TAG.findall(text)) == tags, (entry.msgid, text)
            # The forms for more than one carry the number.
            assert sorted(set(PLACEHOLDER.findall(entry.msgstr_plural[forms - 1]))) == plural
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == source, (entry.msgid, entry.msgstr)
            assert sorted(TAG.findall(entry.msgstr)) == tags, (entry.msgid, entry.msgstr)
            # A trailing space is part of the string: the scripts append a name to it (not in
            # scripts written without spaces between words).
            if code not in NO_WORD_SPACES:
                assert entry.msgstr.endswith(" ") == entry.msgid.endswith(" "), entry.msgid
        if code == "ro":  # ș and ț with comma below, never the cedilla (ş, ţ)
            assert not re.search("[şţŞŢ]", entry.msgstr + "".join(entry.msgstr_plural.values()))


@pytest.mark.parametrize("po_path", catalogues(), ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_entry_fills_a_gap_or_is_a_listed_override(po_path):
    """Each msgid is one upstream uses and lacks in this language, or an override listed above
    with its reason, or a hard-coded script string admin-strings.js translates."""
    code, domain = code_of(po_path), po_path.stem
    sources = upstream_sources(domain)
    script = ADMIN_STRINGS_JS.read_text(encoding="utf-8")
    stale, unknown, unlisted = [], [], []
    for entry in polib.pofile(str(po_path)):
        if domain == "djangojs" and entry.msgid in HARD_CODED:
            assert entry.msgid in script, f"admin-strings.js no longer uses {entry.msgid!r}"
            continue
        if (entry.msgctxt, entry.msgid) not in sources:
            unknown.append(entry.msgid)
        elif (code, domain, entry.msgid) in OVERRIDES:
            if not upstream_has(code, domain, entry, sources):
                unlisted.append(f"override no longer needed, upstream lacks it: {entry.msgid!r}")
        elif upstream_has(code, domain, entry, sources):
            stale.append(entry.msgid)
    assert unknown == [], "msgids no upstream catalogue knows (typo, or removed upstream)"
    assert stale == [], "upstream translates these now: delete them from our catalogue"
    assert unlisted == []


def test_every_override_is_in_a_catalogue():
    entries = {
        (code_of(path), path.stem, entry.msgid)
        for path in catalogues()
        for entry in polib.pofile(str(path))
    }
    assert set(OVERRIDES) - entries == set()


@pytest.mark.parametrize("po_path", catalogues(), ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_compiled_catalogue_matches_its_source(po_path):
    """``make messages`` (manage.py compile_catalogues) compiled it."""
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo if e.msgid}
    source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.pofile(str(po_path))}
    assert compiled == source


def test_the_admin_reads_our_catalogue_and_readers_do_not():
    ours = polib.pofile(str(LOCALE_DIR / "ro" / "LC_MESSAGES" / "django.po"))
    search = next(e.msgstr for e in ours if e.msgid == "Search all pages…")
    with translation.override("ro"):
        assert translation.gettext("Search all pages…") == search
    assert ReaderTranslation("ro").gettext("Search all pages…") != search


def test_the_scripts_catalogues_read_ours_after_upstream():
    for package in ("wagtail.admin", "wagtail_localize"):
        paths = JavaScriptCatalog().get_paths([package])
        assert paths[-1] == str(LOCALE_DIR)
        scripts = trans_real.DjangoTranslation("ro", domain="djangojs", localedirs=paths)
        assert scripts.gettext("Publish in ") == "Publică în "
    assert JavaScriptCatalog().get_paths(["django.contrib.admin"])[-1] != str(LOCALE_DIR)


def test_dates_in_the_translation_editor_are_in_the_admins_language():
    from wagtail_localize.models import StringTranslation

    string = StringTranslation(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        updated_at=datetime(2026, 12, 1, 12, tzinfo=UTC),
    )
    with translation.override("ro"):
        assert string.get_comment() == "Tradus manual la 1 decembrie 2026"
    with translation.override("de"):
        assert "1. Dezember 2026" in string.get_comment()
    with translation.override("en"):
        assert string.get_comment() == "Translated manually on 1 December 2026"


@pytest.mark.django_db
def test_the_page_search_names_what_it_counts(admin_client):
    response = admin_client.get("/admin/pages/search/?q=Menschenhandel")
    header = re.search(r'<th class="title">(.*?)</th>', response.content.decode(), re.S).group(1)
    assert "None" not in header
    assert "pages" in header
