"""Old addresses of KOK's previous site, imported as Wagtail redirects to pages.

Wagtail's own import (``manage.py import_redirects``, Settings → Redirects → Import) takes a
CSV of old path and new address, but saves the new address as a link that must be a full URL
(``https://host/...``): the redirect then points at one host and stays behind when an editor
moves or renames the page. This import reads the new address as the page it shows (a path such
as ``/de/kok-informiert/`` or a full URL on this site) and saves a redirect *to that page*
(``Redirect.redirect_page``), which follows the page wherever it goes. It names every bad row
by its line and saves nothing while one is bad. It can go when upstream's import resolves
addresses of the site to pages.

Old paths are stored without language prefix, as the old site had them: Wagtail's redirect
middleware sees an unprefixed address's 404 before Django's LocaleMiddleware would send it to
``/de/…`` (kokcms/settings/base.py: the redirect middleware comes later in the list, so it
answers first).
"""

import csv
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .models import HomePage


@dataclass
class Outcome:
    created: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line, message)


def home_pages():
    """language code -> that language's home page (one query for all)."""
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


def page_at(address, site, homes):
    """The live page an address of this site shows, or ``None`` (``homes``: ``home_pages()``)."""
    parts = urlsplit(address.strip())
    if parts.netloc and parts.hostname not in {site.hostname, "localhost", "127.0.0.1"}:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    codes = {code for code, _name in settings.LANGUAGES}
    if not segments or segments[0] not in codes or segments[0] not in homes:
        return None
    home = homes[segments[0]]
    url_path = home.url_path + "".join(f"{segment}/" for segment in segments[1:])
    return Page.objects.live().filter(url_path=url_path, locale_id=home.locale_id).first()


def import_csv(handle, site, dry_run=False):
    """Redirects from a CSV with a header row and the columns ``from`` (old path) and ``to``
    (new address); nothing is saved while a row is bad, nor on a dry run."""
    outcome = Outcome()
    reader = csv.DictReader(handle)
    if not reader.fieldnames or not {"from", "to"} <= set(reader.fieldnames):
        outcome.errors.append((1, _("The header row must name the columns “from” and “to”.")))
        return outcome
    planned, seen, homes = [], {}, home_pages()
    for row in reader:
        line = reader.line_num
        old = (row.get("from") or "").strip()
        new = (row.get("to") or "").strip()
        if not old.startswith("/"):
            outcome.errors.append(
                (line, _("“%(old)s” is not a path (a path starts with /).") % {"old": old})
            )
            continue
        old_path = Redirect.normalise_path(old)
        if old_path in seen:
            outcome.errors.append(
                (
                    line,
                    _("%(path)s is also on line %(line)s.")
                    % {"path": old_path, "line": seen[old_path]},
                )
            )
            continue
        seen[old_path] = line
        page = page_at(new, site, homes)
        if page is None:
            outcome.errors.append(
                (line, _("There is no live page of this site at “%(new)s”.") % {"new": new})
            )
            continue
        planned.append((old_path, page))
    if outcome.errors or dry_run:
        outcome.created = 0 if outcome.errors else len(planned)
        return outcome
    with transaction.atomic():
        for old_path, page in planned:
            redirect, created = Redirect.objects.get_or_create(
                site=site, old_path=old_path, defaults={"redirect_page": page}
            )
            if created:
                outcome.created += 1
            elif redirect.redirect_page_id == page.pk and not redirect.redirect_link:
                outcome.unchanged += 1
            else:
                redirect.redirect_page, redirect.redirect_link = page, ""
                redirect.save()
                outcome.created += 1
    return outcome
