"""The case-law database's facet table: every decision's filterable facts in a few compact
columns, counted in Python (``information.caselaw.find``).

Why a table in the shared store and not SQL: a search's facet counts need, for each of the six
facets, the decisions that meet every other choice. In SQL that is five grouped scans of the
matches per search (the own columns, norms, forms, the page): with 5,000 decisions and a word
that nearly all of them contain, 60–90 ms on PostgreSQL, the cost growing with the matches. The
facts a facet filters (court level, court, year, legal area, norms, forms) change only when the
office edits a decision, a few times a week; readers search all day. So the facts of every
decision are read once per content change into this table (``build``: three queries) and
kept in the page cache's shared store (``pagecache.shared``), which is emptied for all app
servers on every change of a decision, a court or a norm (``pagecache.invalidation``, also for
the many-to-many norms and forms). A search then runs one SQL query for its text (if any) and
two for the page's decisions; the counting is one pass over the matching rows here: about
5,000 rows a millisecond or three.

The table holds only ids and codes, never a decision's text: 5,000 decisions take about 150 KB
in the store. Its columns are parallel, in the order of the result list (newest first, then the
highest id), so the matches of a search come out already sorted.

This module knows no model: ``information.caselaw`` builds the table's rows and turns a reader's
choices into the indexes this module compares.
"""

from array import array
from dataclasses import dataclass, field

# The six facets in the order their failing is noted.
FACETS = ("level", "court", "year", "area", "norm", "form")


@dataclass
class Table:
    """Parallel columns, one entry per source decision, newest first.

    ``levels``, ``courts``, ``areas``, ``norms`` and ``forms`` are the values a column's index
    points to (a court as ``(code, abbreviation)``, a norm as ``(code, label, sort_order)``);
    ``translated`` maps a translation's id to ``(locale id, id of its source decision)``."""

    pks: array
    level: bytes
    court: array
    year: array
    area: bytes
    norm: list  # per decision: a tuple of norm indexes
    form: list  # per decision: a tuple of form indexes
    levels: list
    courts: list
    areas: list
    norms: list
    forms: list
    translated: dict = field(default_factory=dict)

    def positions(self):
        """id -> row, for the decisions a text search found."""
        return {pk: row for row, pk in enumerate(self.pks)}


def build(rows, levels, courts, areas, norms, forms, translated):
    """A ``Table`` from ``rows``: ``(pk, level, court, year, area, norm indexes, form
    indexes)`` with every value but ``pk`` and ``year`` an index into the lists given, already
    in the order of the result list."""
    return Table(
        pks=array("q", (row[0] for row in rows)),
        level=bytes(row[1] for row in rows),
        court=array("H", (row[2] for row in rows)),
        year=array("H", (row[3] for row in rows)),
        area=bytes(row[4] for row in rows),
        norm=[row[5] for row in rows],
        form=[row[6] for row in rows],
        levels=list(levels),
        courts=list(courts),
        areas=list(areas),
        norms=list(norms),
        forms=list(forms),
        translated=dict(translated),
    )


@dataclass
class Wanted:
    """A reader's choices as the table's indexes (None: no choice; -1: a value no decision
    has, which nothing meets)."""

    level: int | None = None
    court: int | None = None
    start: int | None = None
    end: int | None = None
    area: int | None = None
    norm: int | None = None
    form: int | None = None


@dataclass
class Counts:
    total: int
    matches: list  # rows meeting every choice, newest first
    level: dict  # index -> count
    court: dict
    year: dict  # year -> count
    area: dict
    norm: dict
    form: dict


def count(table, rows, wanted):
    """The rows among ``rows`` (ascending) that meet every choice, and for each facet how many
    decisions each of its values leads to: the rows that meet every other facet's choice. A row
    failing one choice counts only for that facet's options, one failing two for none."""
    level_col, court_col, year_col, area_col = table.level, table.court, table.year, table.area
    norm_col, form_col = table.norm, table.form
    w_level, w_court, w_area = wanted.level, wanted.court, wanted.area
    w_norm, w_form = wanted.norm, wanted.form
    start = wanted.start if wanted.start is not None else -1
    end = wanted.end if wanted.end is not None else 1 << 16
    levels, courts, years, areas, norms, forms = {}, {}, {}, {}, {}, {}
    matches = []
    for row in rows:
        level, court, year, area = level_col[row], court_col[row], year_col[row], area_col[row]
        failing = None
        failed = 0
        if w_level is not None and level != w_level:
            failing, failed = "level", failed + 1
        if w_court is not None and court != w_court:
            failing, failed = "court", failed + 1
        if not start <= year <= end:
            failing, failed = "year", failed + 1
        if w_area is not None and area != w_area:
            failing, failed = "area", failed + 1
        if failed > 1:
            continue
        row_norms = norm_col[row]
        if w_norm is not None and w_norm not in row_norms:
            failing, failed = "norm", failed + 1
            if failed > 1:
                continue
        row_forms = form_col[row]
        if w_form is not None and w_form not in row_forms:
            failing, failed = "form", failed + 1
            if failed > 1:
                continue
        if failed == 0:
            matches.append(row)
        if failing is None or failing == "level":
            levels[level] = levels.get(level, 0) + 1
        if failing is None or failing == "court":
            courts[court] = courts.get(court, 0) + 1
        if failing is None or failing == "year":
            years[year] = years.get(year, 0) + 1
        if failing is None or failing == "area":
            areas[area] = areas.get(area, 0) + 1
        if failing is None or failing == "norm":
            for norm in row_norms:
                norms[norm] = norms.get(norm, 0) + 1
        if failing is None or failing == "form":
            for form in row_forms:
                forms[form] = forms.get(form, 0) + 1
    return Counts(len(matches), matches, levels, courts, years, areas, norms, forms)
