"""Decisions from CSV: the office's way to bring the old database's decisions in.

The format (UTF-8, comma-separated, a header row; one row per decision, German texts):

- ``court``: the court's abbreviation as in Snippets → Courts ("LG Augsburg", "BGH");
- ``type``: ``urteil``, ``beschluss`` or ``gerichtsbescheid`` (or "Urteil", "Beschluss", …);
- ``date``: ``YYYY-MM-DD`` or ``DD.MM.YYYY``;
- ``file_number``: the Aktenzeichen, unique per court (in the file and in the database);
- ``legal_area``: ``criminal``, ``residence``, ``labour``, ``compensation``, ``civil``;
- ``norms``: labels as in Snippets → Norms, separated by ``;`` ("§ 232 StGB; § 233 StGB");
- ``forms``: codes separated by spaces, commas or ``;``: sexual labour begging criminal organs
  surrogacy marriage adoption;
- ``key_issues``, ``summary`` (plain text; blank lines separate paragraphs), ``outcome``,
  ``source``, ``source_url``, ``legacy_item`` (the old database's item number), all optional.

The anonymised full texts are documents: upload them and choose them on the decision.

Every row is checked first; if any row is bad, nothing is imported, and every bad row is named
with its line number (the header is line 1). A dry run only checks. Rows are new decisions: a
file number the court already has is an error, never an overwrite of an editor's work.
"""

import csv
import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .caselaw import CITED_TYPE, Court, Decision, ExploitationForm, Form, LegalArea, Norm

COLUMNS = [
    "court",
    "type",
    "date",
    "file_number",
    "legal_area",
    "norms",
    "forms",
    "key_issues",
    "summary",
    "outcome",
    "source",
    "source_url",
    "legacy_item",
]
REQUIRED = ("court", "type", "date", "file_number", "legal_area")
MAX_ROWS = 20000
TYPES = {
    **{code: code for code in CITED_TYPE},
    **{word.casefold(): code for code, word in CITED_TYPE.items()},
}


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)  # (line, message)
    decisions: int = 0


def parse_date(value):
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()  # noqa: DTZ007 (a date)
        except ValueError:
            continue
    return None


def summary_html(text):
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs)


def check_row(row, lookups):
    """(Decision, norms, forms) of one row, or a list of messages."""
    problems = []
    values = {name: (row.get(name) or "").strip() for name in COLUMNS}
    for name in REQUIRED:
        if not values[name]:
            problems.append(_("%(column)s: missing") % {"column": name})
    court = lookups["courts"].get(values["court"])
    if values["court"] and court is None:
        problems.append(
            _("court: unknown court “%(court)s” (add it under Snippets → Courts)")
            % {"court": values["court"]}
        )
    kind = TYPES.get(values["type"].casefold())
    if values["type"] and kind is None:
        problems.append(
            _("type: unknown “%(type)s” (%(known)s)")
            % {"type": values["type"], "known": "urteil, beschluss, gerichtsbescheid"}
        )
    date = parse_date(values["date"]) if values["date"] else None
    if values["date"] and date is None:
        problems.append(
            _("date: “%(date)s” is not a date (YYYY-MM-DD or DD.MM.YYYY)")
            % {"date": values["date"]}
        )
    if values["legal_area"] and values["legal_area"] not in LegalArea.values:
        problems.append(
            _("legal_area: unknown “%(area)s” (%(known)s)")
            % {"area": values["legal_area"], "known": ", ".join(LegalArea.values)}
        )
    norms = []
    for label in filter(None, (part.strip() for part in values["norms"].split(";"))):
        norm = lookups["norms"].get(" ".join(label.split()))
        if norm is None:
            problems.append(
                _("norms: unknown norm “%(norm)s” (add it under Snippets → Norms)")
                % {"norm": label}
            )
        else:
            norms.append(norm)
    forms = []
    for code in filter(None, re.split(r"[\s,;]+", values["forms"])):
        if code not in Form.values:
            problems.append(
                _("forms: unknown form “%(form)s” (%(known)s)")
                % {"form": code, "known": " ".join(Form.values)}
            )
        else:
            forms.append(lookups["forms"][code])
    legacy = None
    if values["legacy_item"]:
        if values["legacy_item"].isascii() and values["legacy_item"].isdigit():
            legacy = int(values["legacy_item"])
        else:
            problems.append(
                _("legacy_item: “%(item)s” is not a number") % {"item": values["legacy_item"]}
            )
    if problems:
        return problems
    decision = Decision(
        locale=lookups["locale"],
        court=court,
        decision_type=kind,
        date=date,
        file_number=" ".join(values["file_number"].split()),
        legal_area=values["legal_area"],
        key_issues=values["key_issues"],
        summary=summary_html(values["summary"]),
        outcome=values["outcome"],
        source=values["source"],
        source_url=values["source_url"],
        legacy_item=legacy,
    )
    try:
        decision.full_clean(exclude=["slug", "translation_key"], validate_constraints=False)
    except ValidationError as error:
        return [f"{name}: {' '.join(texts)}" for name, texts in error.message_dict.items()]
    return decision, norms, forms


def import_csv(handle, dry_run=False):
    """Check every row of the CSV ``handle`` (a text file); import all of them, or none."""
    result = ImportResult()
    reader = csv.DictReader(handle)
    header = reader.fieldnames or []
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        if missing:
            result.errors.append(
                (1, _("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
            )
        if unknown:
            result.errors.append(
                (1, _("unknown columns: %(columns)s") % {"columns": ", ".join(unknown)})
            )
        return result
    lookups = {
        "locale": Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        "courts": {court.abbreviation: court for court in Court.objects.all()},
        "norms": {norm.label: norm for norm in Norm.objects.all()},
        "forms": {form.code: form for form in ExploitationForm.objects.all()},
    }
    existing = set(
        Decision.objects.filter(locale=lookups["locale"]).values_list("court_id", "file_number")
    )
    legacy_items = set(
        Decision.objects.filter(locale=lookups["locale"], legacy_item__isnull=False).values_list(
            "legacy_item", flat=True
        )
    )
    seen, seen_legacy, rows = {}, {}, []
    end = reader.line_num  # the header's last line
    for row in reader:
        line, end = end + 1, reader.line_num  # a row's first line (a cell may hold line breaks)
        if len(rows) >= MAX_ROWS:
            result.errors.append(
                (line, _("more than %(max)s rows: split the file") % {"max": MAX_ROWS})
            )
            break
        if None in row:  # more cells than columns
            result.errors.append((line, _("more cells than the header has columns")))
            continue
        checked = check_row(row, lookups)
        if isinstance(checked, list):
            result.errors.extend((line, message) for message in checked)
            continue
        decision = checked[0]
        key = (decision.court_id, decision.file_number)
        if key in existing:
            result.errors.append(
                (
                    line,
                    _("file_number: %(court)s already has %(number)s")
                    % {"court": decision.court, "number": decision.file_number},
                )
            )
        elif key in seen:
            result.errors.append(
                (
                    line,
                    _("file_number: %(number)s is also on line %(line)s")
                    % {"number": decision.file_number, "line": seen[key]},
                )
            )
        elif decision.legacy_item in legacy_items:
            result.errors.append(
                (
                    line,
                    _("legacy_item: %(item)s is already imported") % {"item": decision.legacy_item},
                )
            )
        elif decision.legacy_item is not None and decision.legacy_item in seen_legacy:
            result.errors.append(
                (
                    line,
                    _("legacy_item: %(item)s is also on line %(line)s")
                    % {"item": decision.legacy_item, "line": seen_legacy[decision.legacy_item]},
                )
            )
        else:
            seen[key] = line
            if decision.legacy_item is not None:
                seen_legacy[decision.legacy_item] = line
            rows.append(checked)
    if not result.errors and not rows:
        result.errors.append((1, _("the file has no rows")))
    if result.errors or dry_run:
        result.decisions = len(rows)
        return result
    with transaction.atomic():
        for decision, norms, forms in rows:
            decision.save()
            decision.norms.set(norms)
            decision.forms.set(forms)
    result.decisions = len(rows)
    return result
