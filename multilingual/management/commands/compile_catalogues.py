"""Compile our gettext catalogues (.po) to .mo with polib.

Django's ``compilemessages`` shells out to GNU gettext's ``msgfmt``, which a fresh machine does
not have; polib writes the same binary catalogues in pure Python.

Compiled: every catalogue under ``LOCALE_PATHS`` (the site's own, ``locale/``) and under the
``locale/`` folder of each of our apps (an installed app inside the checkout, not an installed
package), e.g. the translators' admin catalogue in ``translators/locale/``. A .mo newer than its
.po is left alone.
"""

import sys
import sysconfig
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import polib


def installed_package_dirs():
    """Where pip installs packages: inside the checkout when the virtualenv is (``.venv``)."""
    dirs = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}
    dirs |= {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
    return dirs


def own_app_locale_dirs():
    """The ``locale/`` folders of the installed apps that are ours (inside BASE_DIR)."""
    base = Path(settings.BASE_DIR).resolve()
    packages = installed_package_dirs()
    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        if not path.is_relative_to(base) or any(path.is_relative_to(p) for p in packages):
            continue
        if (path / "locale").is_dir():
            yield path / "locale"


def locale_dirs():
    seen = []
    for locale_dir in [*map(Path, settings.LOCALE_PATHS), *own_app_locale_dirs()]:
        if locale_dir.resolve() not in seen:
            seen.append(locale_dir.resolve())
    return seen


class Command(BaseCommand):
    help = "Compile the .po catalogues of LOCALE_PATHS and of our apps' locale/ to .mo (polib)."

    def handle(self, *args, **options):
        count = 0
        for locale_dir in locale_dirs():
            for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as exc:
                    raise CommandError(f"{po_path}: {exc}") from exc
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                catalogue.save_as_mofile(str(mo_path))
                count += 1
        self.stdout.write(self.style.SUCCESS(f"Compiled {count} catalogue(s)."))
