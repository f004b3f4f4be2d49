"""User-interface catalogues: complete in every enabled language, compiled, and in use."""

import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.utils import translation

import polib
import pytest

from multilingual.easy_language import EASY_GERMAN, partial_catalogue_msgids

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CODES = [code for code, _name in settings.LANGUAGES]
# Leichte Sprache's catalogue holds only the strings its readers meet (multilingual/easy_language.py).
COMPLETE_CODES = [code for code in CODES if partial_catalogue_msgids(code) is None]


def catalogue(code):
    # Django's catalogue folders use underscores and a capitalised script: zh_Hans.
    return polib.pofile(str(LOCALE_DIR / translation.to_locale(code) / "LC_MESSAGES" / "django.po"))


def active_msgids(po):
    return {(e.msgctxt, e.msgid) for e in po if not e.obsolete and e.msgid}


@pytest.mark.parametrize("code", CODES)
def test_every_entry_is_translated(code):
    po = catalogue(code)
    bad = [e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
    assert bad == [], f"{code}: {len(bad)} untranslated or fuzzy"


@pytest.mark.parametrize("code", COMPLETE_CODES)
def test_every_language_has_every_string(code):
    assert active_msgids(catalogue(code)) == active_msgids(catalogue("de"))


def test_leichte_sprache_has_exactly_the_strings_its_readers_meet():
    """Every string of the rule (and only strings the site has), translated: whatever it lacks
    is German."""
    wanted = {(None, msgid) for msgid in partial_catalogue_msgids(EASY_GERMAN)}
    assert wanted <= active_msgids(catalogue("de")), "a msgid the site no longer has"
    held = active_msgids(catalogue(EASY_GERMAN))
    assert wanted - held == set()
    assert held - active_msgids(catalogue("de")) == set()
    with translation.override(EASY_GERMAN):
        assert translation.gettext("Quick exit") == "Schnell weg"
        # Not among its strings: the German catalogue's, not English.
        german = catalogue("de").find("Page not found").msgstr
        assert translation.gettext("Page not found") == german != "Page not found"


@pytest.mark.parametrize("code", CODES)
def test_placeholders_survive_translation(code):
    import re

    pattern = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    for entry in catalogue(code):
        if entry.obsolete:
            continue
        expected = sorted(pattern.findall(entry.msgid))
        strings = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in strings:
            assert sorted(pattern.findall(text)) == expected or entry.msgid_plural, (
                code,
                entry.msgid,
            )


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_matches_its_source(code):
    po_path = LOCALE_DIR / translation.to_locale(code) / "LC_MESSAGES" / "django.po"
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo if e.msgid}
    source = {
        (e.msgctxt, e.msgid): e.msgstr
        for e in polib.pofile(str(po_path))
        if e.msgid and not e.obsolete and not e.msgid_plural
    }
    assert {k: v for k, v in compiled.items() if k in source} == source


@pytest.mark.parametrize("code", CODES)
def test_django_uses_the_catalogue(code):
    entry = next(e for e in catalogue(code) if e.msgid == "Skip to main content")
    with translation.override(code):
        assert translation.gettext("Skip to main content") == entry.msgstr


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) not installed")
def test_catalogues_are_up_to_date_with_the_source(tmp_path):
    """makemessages finds no string that the German catalogue lacks (needs GNU gettext)."""
    work = tmp_path / "checkout"
    shutil.copytree(
        settings.BASE_DIR,
        work,
        ignore=shutil.ignore_patterns(".venv", ".git", "node_modules", "media", "*.sqlite3*"),
    )
    subprocess.run(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "de",
            "--no-obsolete",
            "-i",
            ".venv/*",
            "-i",
            "tests/*",
            "-i",
            "bench/*",
            "-i",
            "node_modules/*",
            # The admin's gap catalogue (translators/admin_language.py) holds Wagtail's strings,
            # not ours: without this, makemessages would put the translators app's there.
            "-i",
            "translators/locale",
        ],
        cwd=work,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "kokcms.settings.test", "PATH": "/usr/bin:/bin"},
    )
    fresh = polib.pofile(str(work / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    missing = active_msgids(fresh) - active_msgids(catalogue("de"))
    assert missing == set(), f"run makemessages and translate: {sorted(missing)[:10]}"
