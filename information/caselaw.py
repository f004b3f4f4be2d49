"""The case-law database ("Rechtsprechungsdatenbank", issue 15): courts and norms (maintained
lists), decisions, and the database page that searches, filters and shows them.

Design, and why:

- ``Court`` and ``Norm`` are plain snippets the office maintains: a court's name and
  abbreviation are proper names and a norm ("§ 232 StGB") is a legal reference, the same in every
  language, so neither is translatable. Their labels in a reader's language are only the choice
  labels below (jurisdiction, instance level), which go through gettext.
- ``Decision`` is a ``TranslatableMixin`` snippet, not a page: KOK writes summaries in German and
  translates a few into English (the old database had 44). A page type would put an alias of
  every decision into each of the 18 locales; a snippet has a translation only where KOK made
  one. The German row is the decision: its facts (court, type, date, file number, norms, forms,
  legal area) are what the database filters and counts, once per decision, in every language;
  a translation adds its translated texts (key issues, summary, outcome) and is shown instead of
  the German text where it exists. Decisions without a translation are shown in German, marked
  ``lang="de"``, as the old English view did.
- ``CaseLawPage`` is one page per language under the home page (``RoutablePageMixin``): ``""``
  searches and filters, ``<slug>/`` is a decision's stable address (its slug is made once from
  court and file number and never changes with the text), ``rss/`` is the feed of new decisions
  in the page's language. ``HomePage.route`` hands it the rest of an address.
- Facet counts: the count beside an option is exactly the number of results choosing it leads
  to (every other choice and the text applied), and an option that would lead to no decision is
  not offered (the one chosen stays, to be taken back). They are counted in Python over a table
  of every decision's facts kept in the shared store (``information/caselaw_facets.py`` says
  why): a search costs one SQL query for its text and two for its page, whatever the number of
  decisions.
- Text search goes through Wagtail's database search backend (SQLite FTS5 in development,
  PostgreSQL full text in production). The database backend is used even where Elasticsearch
  serves the site search: it finds every match, not a page of the most relevant.
- Bad input (an unknown court, ``year=abc``, a reversed range, 10,000 characters) is named in a
  message and answered with HTTP 400, the rest of the query still applies; never a 500.
"""

import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Q
from django.forms import CheckboxSelectMultiple
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import filters
from home.models import BasePage
from multilingual.versions import language_info
from pagecache import shared

from . import caselaw_facets, side_by_side

PER_PAGE = 20
FEED_ITEMS = 20
MAX_VALUE = 100  # longer than any code: refused before any lookup
MAX_QUERY_LENGTH = 200  # characters of a text query
MAX_TERMS = 10
SUMMARY_FEATURES = ["bold", "italic", "ol", "ul", "link"]


# --- Maintained lists ---------------------------------------------------------------------------
class Jurisdiction(models.TextChoices):
    ORDINARY = "ordinary", gettext_lazy("Ordinary courts (criminal and civil)")
    ADMINISTRATIVE = "administrative", gettext_lazy("Administrative courts")
    LABOUR = "labour", gettext_lazy("Labour courts")
    SOCIAL = "social", gettext_lazy("Social courts")
    CONSTITUTIONAL = "constitutional", gettext_lazy("Constitutional court")
    EUROPEAN = "european", gettext_lazy("European courts")


class Level(models.TextChoices):
    """The instance level of a court, from the lowest; the "court level" facet."""

    LOCAL = "local", gettext_lazy("Local court (Amtsgericht)")
    FIRST = "first", gettext_lazy("Regional or first-instance court (LG, VG, ArbG, SG)")
    HIGHER = "higher", gettext_lazy("Higher regional court (OLG, OVG/VGH, LAG, LSG)")
    FEDERAL = "federal", gettext_lazy("Federal court (BGH, BVerwG, BAG, BSG)")
    CONSTITUTIONAL = "constitutional", gettext_lazy("Federal Constitutional Court")
    EUROPEAN = "european", gettext_lazy("European court (EuGH, EGMR)")


class Court(index.Indexed, models.Model):
    """A German or European court, as the office keeps the list (Snippets → Courts)."""

    name = models.CharField(gettext_lazy("name"), max_length=200, unique=True)
    abbreviation = models.CharField(
        gettext_lazy("abbreviation"),
        max_length=60,
        unique=True,
        help_text=gettext_lazy("As cited, e.g. “LG Augsburg”, “BGH”, “EGMR”."),
    )
    code = models.SlugField(
        gettext_lazy("code"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=gettext_lazy(
            "In the database's addresses (?court=…); made from the abbreviation."
        ),
    )
    jurisdiction = models.CharField(
        gettext_lazy("jurisdiction"), max_length=20, choices=Jurisdiction.choices
    )
    level = models.CharField(gettext_lazy("instance level"), max_length=20, choices=Level.choices)
    place = models.CharField(gettext_lazy("place"), max_length=100, blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("abbreviation")]
    panels = [
        FieldPanel("name"),
        FieldPanel("abbreviation"),
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("jurisdiction"), FieldPanel("level")]),
        FieldPanel("place"),
    ]

    class Meta:
        verbose_name = gettext_lazy("court")
        verbose_name_plural = gettext_lazy("courts")
        ordering = ["abbreviation"]

    def __str__(self):
        return self.abbreviation

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = slugify(self.abbreviation)[:80]
        super().save(*args, **kwargs)


class Norm(models.Model):
    """A provision courts apply, e.g. "§ 232 StGB", "§ 25 Abs. 4a AufenthG" (Snippets → Norms)."""

    label = models.CharField(
        gettext_lazy("norm"),
        max_length=100,
        unique=True,
        help_text=gettext_lazy("As cited, e.g. “§ 232a StGB”, “§ 25 Abs. 4a AufenthG”."),
    )
    code = models.SlugField(gettext_lazy("code"), max_length=100, unique=True, blank=True)
    act = models.CharField(
        gettext_lazy("act"), max_length=40, help_text=gettext_lazy("e.g. StGB, AufenthG, OEG.")
    )
    sort_order = models.PositiveIntegerField(gettext_lazy("order"), default=0)

    panels = [FieldPanel("label"), FieldPanel("code"), FieldPanel("act"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = gettext_lazy("norm")
        verbose_name_plural = gettext_lazy("norms")
        ordering = ["sort_order", "label"]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = slugify(self.label.replace("§", ""))[:100]
        super().save(*args, **kwargs)


class Form(models.TextChoices):
    """The forms of exploitation (the eight of the site's section, in its order)."""

    SEXUAL = "sexual", gettext_lazy("Sexual exploitation")
    LABOUR = "labour", gettext_lazy("Labour exploitation")
    BEGGING = "begging", gettext_lazy("Forced begging")
    CRIMINAL = "criminal", gettext_lazy("Exploitation of criminal activities")
    ORGANS = "organs", gettext_lazy("Organ removal")
    SURROGACY = "surrogacy", gettext_lazy("Surrogacy")
    MARRIAGE = "marriage", gettext_lazy("Forced marriage")
    ADOPTION = "adoption", gettext_lazy("Illegal adoption")


class ExploitationForm(models.Model):
    """One row per ``Form`` (made by the migration), so that a decision's forms are a table a
    facet can count with ``GROUP BY``, and editors tick them like norms."""

    code = models.CharField(max_length=20, choices=Form.choices, unique=True)

    class Meta:
        verbose_name = gettext_lazy("form of exploitation")
        verbose_name_plural = gettext_lazy("forms of exploitation")
        ordering = ["pk"]

    def __str__(self):
        return str(Form(self.code).label)


# --- Decisions ----------------------------------------------------------------------------------
class DecisionType(models.TextChoices):
    JUDGMENT = "urteil", gettext_lazy("Judgment (Urteil)")
    ORDER = "beschluss", gettext_lazy("Order (Beschluss)")
    COURT_NOTICE = "gerichtsbescheid", gettext_lazy("Court notice (Gerichtsbescheid)")


# The citation is German legal citation in every language (see Decision.citation).
CITED_TYPE = {"urteil": "Urteil", "beschluss": "Beschluss", "gerichtsbescheid": "Gerichtsbescheid"}


class LegalArea(models.TextChoices):
    CRIMINAL = "criminal", gettext_lazy("Criminal law")
    RESIDENCE = "residence", gettext_lazy("Residence law")
    LABOUR = "labour", gettext_lazy("Labour law")
    COMPENSATION = "compensation", gettext_lazy("State compensation (OEG/SER)")
    CIVIL = "civil", gettext_lazy("Civil law")


class Decision(TranslatableMixin, index.Indexed, models.Model):
    """A court decision with KOK's summary. The German row is the decision; a translation
    (English where KOK provides one) carries the translated texts and the same facts."""

    court = models.ForeignKey(
        Court,
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=gettext_lazy("court"),
    )
    decision_type = models.CharField(
        gettext_lazy("type of decision"), max_length=20, choices=DecisionType.choices
    )
    date = models.DateField(gettext_lazy("date of the decision"), db_index=True)
    file_number = models.CharField(
        gettext_lazy("file number"),
        max_length=120,
        help_text=gettext_lazy("Aktenzeichen, as the court writes it; unique per court."),
    )
    legal_area = models.CharField(
        gettext_lazy("legal area"), max_length=20, choices=LegalArea.choices
    )
    norms = models.ManyToManyField(
        Norm, blank=True, related_name="decisions", verbose_name=gettext_lazy("norms applied")
    )
    forms = models.ManyToManyField(
        ExploitationForm,
        blank=True,
        related_name="decisions",
        verbose_name=gettext_lazy("forms of exploitation"),
    )
    key_issues = models.TextField(
        gettext_lazy("key issues"),
        blank=True,
        help_text=gettext_lazy("Keywords and holdings, e.g. “Menschenhandel – Zwangslage – …”."),
    )
    summary = RichTextField(gettext_lazy("summary"), features=SUMMARY_FEATURES, blank=True)
    outcome = models.TextField(gettext_lazy("outcome"), blank=True)
    full_text = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=gettext_lazy("anonymised full text"),
        help_text=gettext_lazy("The anonymised decision as a document (PDF)."),
    )
    source = models.CharField(
        gettext_lazy("source"),
        max_length=255,
        blank=True,
        help_text=gettext_lazy("Where the decision comes from, e.g. a journal or “unpublished”."),
    )
    source_url = models.URLField(gettext_lazy("source address"), max_length=500, blank=True)
    legacy_item = models.PositiveIntegerField(
        gettext_lazy("item number in the old database"),
        null=True,
        blank=True,
        help_text=gettext_lazy(
            "tx_t3ukudb_urteile[item] of the old site, so that its addresses keep working."
        ),
    )
    slug = models.SlugField(
        gettext_lazy("address"),
        max_length=150,
        blank=True,
        help_text=gettext_lazy("Made from court and file number; keep it, links depend on it."),
    )
    created_at = models.DateTimeField(gettext_lazy("added"), default=timezone.now, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("court"), FieldPanel("decision_type")]),
        FieldRowPanel([FieldPanel("date"), FieldPanel("file_number")]),
        FieldPanel("legal_area"),
        FieldPanel("norms", widget=CheckboxSelectMultiple),
        FieldPanel("forms", widget=CheckboxSelectMultiple),
        FieldPanel("key_issues"),
        FieldPanel("summary"),
        FieldPanel("outcome"),
        FieldPanel("full_text"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("source_url"), FieldPanel("legacy_item")],
            heading=gettext_lazy("Source"),
        ),
        FieldPanel("slug"),
    ]
    translatable_fields = [
        TranslatableField("key_issues"),
        TranslatableField("summary"),
        TranslatableField("outcome"),
        SynchronizedField("court"),
        SynchronizedField("decision_type"),
        SynchronizedField("date"),
        SynchronizedField("file_number"),
        SynchronizedField("legal_area"),
        SynchronizedField("full_text"),
        SynchronizedField("source"),
        SynchronizedField("source_url"),
        SynchronizedField("legacy_item"),
        SynchronizedField("slug"),
    ]
    search_fields = [
        index.SearchField("file_number", boost=3),
        index.SearchField("key_issues", boost=2),
        index.SearchField("summary"),
        index.SearchField("outcome"),
        index.RelatedFields(
            "court", [index.SearchField("abbreviation"), index.SearchField("name")]
        ),
        index.FilterField("locale"),
        index.FilterField("date"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = gettext_lazy("decision")
        verbose_name_plural = gettext_lazy("decisions")
        ordering = ["-date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["court", "file_number", "locale"], name="decision_file_number_per_court"
            ),
            models.UniqueConstraint(fields=["slug", "locale"], name="decision_slug_per_locale"),
            models.UniqueConstraint(
                fields=["legacy_item", "locale"],
                condition=Q(legacy_item__isnull=False),
                name="decision_legacy_item_per_locale",
            ),
        ]
        indexes = [models.Index(fields=["locale", "date"], name="decision_locale_date")]

    def __str__(self):
        return self.citation

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self)
        super().save(*args, **kwargs)

    @property
    def citation(self):
        """ "LG Augsburg, Urteil vom 18.02.2008 – 9 KLs 507 Js 121451/07": German legal citation
        in every language. It is a reference, not prose: it is what lawyers, courts and the
        commercial databases (juris, beck-online) search for, in English texts too, and the old
        English view kept "Urteil" for the same reason. The type in the reader's language is
        shown beside it (``type_label``)."""
        court = self.court.abbreviation if self.court_id else ""
        kind = CITED_TYPE.get(self.decision_type, self.decision_type)
        date = self.date.strftime("%d.%m.%Y") if self.date else ""
        return f"{court}, {kind} vom {date} – {self.file_number}"

    @property
    def type_label(self):
        return DecisionType(self.decision_type).label

    @property
    def area_label(self):
        return LegalArea(self.legal_area).label

    def clean(self):
        super().clean()
        if self.court_id and self.file_number:
            self.file_number = " ".join(self.file_number.split())
            same = Decision.objects.filter(court_id=self.court_id, file_number=self.file_number)
            if self.translation_key:
                same = same.exclude(translation_key=self.translation_key)
            if same.exists():
                raise ValidationError(
                    {"file_number": _("This court already has a decision with this file number.")}
                )

    def url_on(self, database_page, request=None):
        """This decision's stable address below ``database_page`` (any language's)."""
        return database_page.get_url(request) + self.slug + "/"


def unique_slug(decision):
    """Court and file number as an address ("lg-augsburg-9-kls-507-js-121451-07"), made unique
    among the decisions of the source language (a translation takes its source's)."""
    if decision.translation_key and decision.locale_id:
        source = (
            Decision.objects.filter(translation_key=decision.translation_key)
            .exclude(locale_id=decision.locale_id)
            .values_list("slug", flat=True)
            .first()
        )
        if source:
            return source
    court = decision.court.abbreviation if decision.court_id else "decision"
    words = re.sub(r"[/.,:()]", " ", f"{court} {decision.file_number}")  # "87/22": "87-22"
    base = slugify(words)[:140] or "decision"
    slug, number = base, 1
    while (
        Decision.objects.filter(slug=slug)
        .exclude(translation_key=decision.translation_key)
        .exists()
    ):
        number += 1
        slug = f"{base}-{number}"
    return slug


# --- The reader's choices -----------------------------------------------------------------------
# Filters in the order the form shows them: (GET parameter, label). "from" and "to" are the
# year range, one facet.
FACETS = {
    "level": gettext_lazy("Court level"),
    "court": gettext_lazy("Court"),
    "year": gettext_lazy("Year"),
    "area": gettext_lazy("Legal area"),
    "norm": gettext_lazy("Norm"),
    "form": gettext_lazy("Form of exploitation"),
}
PARAMETERS = ("q", "level", "court", "from", "to", "area", "norm", "form", "page")
_WORD = re.compile(r"\w+")


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Choices:
    """What the reader asked for, as understood, and what could not be understood."""

    text: str = ""  # the text query as shown back in the form
    words: list = field(default_factory=list)
    values: dict = field(default_factory=dict)  # parameter -> code, int, Court or Norm
    page: int = 1
    errors: list = field(default_factory=list)  # (parameter, message) -> 400

    @property
    def active(self):
        return bool(self.values or self.words)

    def query(self, **changes):
        """The GET parameters of these choices with ``changes`` (None drops one)."""
        params = {"q": self.text} if self.words else {}
        for name, value in self.values.items():
            params[name] = getattr(value, "code", value)
        params.update(changes)
        return {name: value for name, value in params.items() if value not in (None, "")}

    def errors_about(self, name):
        return any(error[0] == name for error in self.errors)


def read(query):
    """``Choices`` from a request's ``GET`` (a QueryDict). At most one query each for an asked
    court or norm."""
    choices = Choices()
    for name, value, repeated in filters.given(query, PARAMETERS):
        if repeated:
            choices.errors.append((name, filters.repeated_message()))
        if name == "q":
            if len(value) > MAX_QUERY_LENGTH:
                choices.errors.append(
                    (
                        "q",
                        _("Your search text is too long (at most %(max)s characters).")
                        % {"max": MAX_QUERY_LENGTH},
                    )
                )
                continue
            choices.text = value
            choices.words = [word.casefold() for word in _WORD.findall(value)][:MAX_TERMS]
        elif name == "page":
            if number := filters.page_number(value):
                choices.page = number
            else:
                choices.errors.append(("page", filters.bad_page_message()))
        elif name in ("from", "to"):
            if year := filters.year(value):
                choices.values[name] = year
            else:
                choices.errors.append((name, filters.bad_year_message()))
        else:
            found = len(value) <= MAX_VALUE and known(name, value)
            if found:
                choices.values[name] = found
            else:
                choices.errors.append((name, filters.unknown_message(FACETS[name])))
    start, end = choices.values.get("from"), choices.values.get("to")
    if start and end and start > end:
        choices.values["from"], choices.values["to"] = end, start
        choices.errors.append(
            ("from", _("The first year was after the last one. We swapped them."))
        )
    return choices


def known(name, value):
    if name == "level":
        return value if value in Level.values else None
    if name == "area":
        return value if value in LegalArea.values else None
    if name == "form":
        return value if value in Form.values else None
    model = {"court": Court, "norm": Norm}[name]
    return model.objects.filter(code=value).first()


# --- Finding and counting -----------------------------------------------------------------------
def source_locale_id():
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values("pk")


def decisions():
    """Every decision once: the rows of the source language (German)."""
    return Decision.objects.filter(locale_id__in=source_locale_id())


def text_matches(words, locale):
    """A subquery of the source rows' ``translation_key`` of the decisions whose text in German
    or in ``locale``'s language matches every word, from Wagtail's database search backend."""
    return matching_rows(words, locale).values("translation_key")


def matching_rows(words, locale):
    """The decisions (rows in German or in ``locale``'s language) whose text matches every
    word, from Wagtail's database search backend (also where Elasticsearch serves the pages: a
    facet count needs the matches inside SQL)."""
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    backend = get_search_backend("database" if "database" in configured else "default")
    results = backend.search(
        PlainText(" ".join(words), operator="and"), Decision, order_by_relevance=False
    )
    matched = Decision.objects.filter(pk__in=results.get_queryset().order_by().values("pk"))
    return matched.filter(Q(locale_id__in=source_locale_id()) | Q(locale_id=locale.pk)).order_by()


def facet_table():
    """Every source decision's filterable facts (``caselaw_facets.Table``), from the page
    cache's shared store, which every change of a decision, court or norm empties; built with
    three queries when it is not there."""
    return shared.remember(("caselaw-facets", settings.LANGUAGE_CODE), build_facet_table)


def build_facet_table():
    """Three queries: every decision (translations too, for the text search) with its court,
    and the norms and the forms of the source decisions."""
    levels, areas = list(Level.values), list(LegalArea.values)
    courts, court_row = [], {}
    rows, source_of_key, translations = [], {}, []
    for (
        pk,
        language,
        locale_id,
        key,
        date,
        area,
        court,
        abbreviation,
        level,
    ) in Decision.objects.order_by("-date", "-pk").values_list(
        "pk",
        "locale__language_code",
        "locale_id",
        "translation_key",
        "date",
        "legal_area",
        "court__code",
        "court__abbreviation",
        "court__level",
    ):
        if language != settings.LANGUAGE_CODE:
            translations.append((pk, locale_id, key))
            continue
        if court not in court_row:
            court_row[court] = len(courts)
            courts.append((court, abbreviation))
        source_of_key[key] = pk
        rows.append(
            [
                pk,
                levels.index(level) if level in levels else len(levels),
                court_row[court],
                date.year,
                areas.index(area) if area in areas else len(areas),
                [],
                [],
            ]
        )
    row_of = {row[0]: row for row in rows}
    norms, norm_row = [], {}
    for decision, code, label, order in Decision.norms.through.objects.filter(
        decision__locale__language_code=settings.LANGUAGE_CODE
    ).values_list("decision_id", "norm__code", "norm__label", "norm__sort_order"):
        if code not in norm_row:
            norm_row[code] = len(norms)
            norms.append((code, label, order))
        row_of[decision][5].append(norm_row[code])
    forms, form_row = [], {}
    for decision, code in Decision.forms.through.objects.filter(
        decision__locale__language_code=settings.LANGUAGE_CODE
    ).values_list("decision_id", "exploitationform__code"):
        if code not in form_row:
            form_row[code] = len(forms)
            forms.append(code)
        row_of[decision][6].append(form_row[code])
    return caselaw_facets.build(
        [(*row[:5], tuple(row[5]), tuple(row[6])) for row in rows],
        levels,
        courts,
        areas,
        norms,
        forms,
        {
            pk: (locale_id, source_of_key[key])
            for pk, locale_id, key in translations
            if key in source_of_key
        },
    )


def matching_source_rows(words, locale, table):
    """The table's rows (ascending: newest first) of the decisions whose text in German or in
    ``locale``'s language matches every word: one query; a matching translation stands for its
    source decision."""
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    backend = get_search_backend("database" if "database" in configured else "default")
    results = backend.search(
        PlainText(" ".join(words), operator="and"), Decision, order_by_relevance=False
    )
    positions = table.positions()
    found = set()
    for pk in index_scan(results.get_queryset().order_by().values_list("pk", flat=True)):
        row = positions.get(pk)
        if row is None:
            translation = table.translated.get(pk)
            if translation is None or translation[0] != locale.pk:
                continue  # another language's translation
            row = positions.get(translation[1])
        if row is not None:
            found.add(row)
    return sorted(found)


def index_scan(queryset):
    """``queryset``'s rows, on PostgreSQL read through the text index even for a word most
    decisions contain: the planner then reads the whole table instead, because it does not
    count the cost of joining each row's title and body vectors for the match (13 ms against
    6 ms with 5,000 decisions). The setting is the session's for this one query (SET is undone
    with the transaction if the query fails)."""
    if connection.vendor != "postgresql":
        return list(queryset)
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            return list(queryset)
        finally:
            cursor.execute("RESET enable_seqscan")


def wanted(values, table):
    """The reader's choices as the table's indexes (caselaw_facets.Wanted)."""

    def index_of(items, value, key=lambda item: item):
        if value is None:
            return None
        for number, item in enumerate(items):
            if key(item) == value:
                return number
        return -1  # known to the database, but no decision has it: nothing meets it

    def code(name):
        value = values.get(name)
        return getattr(value, "code", value)

    return caselaw_facets.Wanted(
        level=index_of(table.levels, code("level")),
        court=index_of(table.courts, code("court"), key=lambda court: court[0]),
        start=values.get("from"),
        end=values.get("to"),
        area=index_of(table.areas, code("area")),
        norm=index_of(table.norms, code("norm"), key=lambda norm: norm[0]),
        form=index_of(table.forms, code("form")),
    )


@dataclass
class Result:
    choices: Choices
    decisions: list  # this page's source rows
    total: int
    options: dict  # facet -> [Option]; "year" -> {"from": [...], "to": [...]}
    number: int = 1
    num_pages: int = 1

    @property
    def first_index(self):
        return (self.number - 1) * PER_PAGE + 1


def options_from(rows, labels, selected):
    """Options in ``labels``' order (value -> label) with their counts (``rows``: value and
    count); none that leads nowhere, except the one chosen."""
    counts = {row["value"]: row["n"] for row in rows}
    return [
        Option(
            value=value, label=str(label), count=counts.get(value, 0), selected=value == selected
        )
        for value, label in labels.items()
        if counts.get(value) or value == selected
    ]


def find(choices, locale):
    """The decisions matching ``choices`` (one page of them) and the count of every option,
    from the facet table (``caselaw_facets``): one query for a text, two for the page's
    decisions with their norms, whatever the number of decisions."""
    table = facet_table()
    values = choices.values
    if choices.words:
        rows = matching_source_rows(choices.words, locale, table)
    else:
        rows = range(len(table.pks))
    counts = caselaw_facets.count(table, rows, wanted(values, table))

    def selected(name):
        value = values.get(name)
        return getattr(value, "code", value)

    def rows_of(counted, items, key=lambda item: item):
        return [
            {"value": key(items[index]), "n": n}
            for index, n in counted.items()
            if 0 <= index < len(items)
        ]

    options = {
        "level": options_from(
            rows_of(counts.level, table.levels), dict(Level.choices), selected("level")
        ),
        "area": options_from(
            rows_of(counts.area, table.areas), dict(LegalArea.choices), selected("area")
        ),
        "form": options_from(
            rows_of(counts.form, table.forms), dict(Form.choices), selected("form")
        ),
    }
    options["court"] = listed(
        counts.court,
        table.courts,
        lambda court: court[1].casefold(),
        values.get("court"),
        "abbreviation",
    )
    options["norm"] = listed(
        counts.norm, table.norms, lambda norm: (norm[2], norm[1]), values.get("norm"), "label"
    )
    years = counts.year
    start, end = values.get("from"), values.get("to")
    options["year"] = {
        # Choosing "from" Y shows the decisions of Y up to the chosen end, and the reverse.
        "from": year_options(years, start, lambda y: (y, end or max(years, default=y))),
        "to": year_options(years, end, lambda y: (start or min(years, default=y), y)),
    }

    total = counts.total
    num_pages = max(1, math.ceil(total / PER_PAGE))
    number = min(choices.page, num_pages)
    first = (number - 1) * PER_PAGE
    page_pks = [table.pks[row] for row in counts.matches[first : first + PER_PAGE]]
    by_pk = (
        {
            decision.pk: decision
            for decision in Decision.objects.filter(pk__in=page_pks)
            .select_related("court")
            .prefetch_related("norms")
        }
        if page_pks
        else {}
    )
    return Result(
        choices=choices,
        decisions=[by_pk[pk] for pk in page_pks if pk in by_pk],
        total=total,
        options=options,
        number=number,
        num_pages=num_pages,
    )


def listed(counted, items, order, chosen, label_field):
    """Options of a facet whose values are the table's ``items`` (``(code, label, …)``): those
    with decisions in ``order``, and the chosen one (a Court or Norm) even without any."""
    labels = {
        items[index][0]: items[index][1] for index in sorted(counted, key=lambda i: order(items[i]))
    }
    if chosen and chosen.code not in labels:
        labels[chosen.code] = getattr(chosen, label_field)
    rows = [{"value": items[index][0], "n": n} for index, n in counted.items()]
    return options_from(rows, labels, getattr(chosen, "code", None))


def year_options(years, chosen, span):
    """Options of one end of the year range: every year with decisions, each counting the
    decisions between it and the other end (``span``); none that leads nowhere."""
    options = []
    for year in sorted(years, reverse=True):
        low, high = span(year)
        count = sum(n for y, n in years.items() if low <= y <= high)
        if count or year == chosen:
            options.append(Option(str(year), str(year), count, year == chosen))
    if chosen and chosen not in years:
        options.append(Option(str(chosen), str(chosen), 0, True))
    return options


def translations_of(rows, locale):
    """translation_key -> the row in ``locale`` for the source ``rows`` that have one."""
    if locale.language_code == settings.LANGUAGE_CODE:
        return {row.translation_key: row for row in rows}
    return {
        row.translation_key: row
        for row in Decision.objects.filter(
            locale=locale, translation_key__in=[row.translation_key for row in rows]
        )
    }


# --- The page -----------------------------------------------------------------------------------
class CaseLawPage(RoutablePageMixin, BasePage):
    """The case-law database: one page per language under the home page. Its title,
    introduction and body are translated like any page; the search, facets and decisions are
    rendered from the database on every request (``content_is_shared = False``)."""

    content_is_shared = False  # the list depends on the query

    max_count_per_parent = 1
    home_teaser = "caselaw"  # the site search links to it (search/decisions.py)
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = gettext_lazy("case-law database")

    @path("")
    def database_view(self, request):
        choices = read(request.GET)
        result = find(choices, self.locale)
        texts = translations_of(result.decisions, self.locale)
        url = self.get_url(request)
        context = {
            "database": result,
            "entries": [
                (decision, texts.get(decision.translation_key, decision))
                for decision in result.decisions
            ],
            "database_url": url,
            "page_urls": {
                "previous": with_query(url, choices.query(page=result.number - 1)),
                "next": with_query(url, choices.query(page=result.number + 1)),
            },
            "filters": [
                (name, label, result.options[name])
                for name, label in FACETS.items()
                if name != "year"
            ],
            "years": result.options["year"],
            "feed_url": url + "rss/",
            "q_error": choices.errors_about("q"),
        }
        response = self.render(
            request, context_overrides=context, template="information/case_law_page.html"
        )
        if choices.errors:
            response.status_code = 400
        return response

    @path("rss/", name="rss")
    def rss_view(self, request):
        return feed(self, request)

    @path("<slug:slug>/", name="decision")
    def decision_view(self, request, slug):
        decision = (
            decisions()
            .filter(slug=slug)
            .select_related("court", "full_text")
            .prefetch_related("norms", "forms")
            .first()
        )
        if decision is None:
            raise Http404
        text = translations_of([decision], self.locale).get(decision.translation_key, decision)
        translated = text.pk != decision.pk
        beside = side_by_side.decision_offered(request, translated)
        context = {
            "decision": decision,
            "text": text,
            # Its own content, in the reader's language even where this page is an alias; it
            # says itself whether the decision is translated.
            "routed_content": True,
            "decision_language": language_info(self.locale.language_code),
            "side_by_side_offered": beside,
            "decision_rows": side_by_side.decision_rows(request, decision, text)
            if beside
            else None,
            "database_url": self.get_url(request),
            "decision_url": request.build_absolute_uri(decision.url_on(self, request)),
            "german": not translated and self.locale.language_code != settings.LANGUAGE_CODE,
        }
        return self.render(
            request, context_overrides=context, template="information/decision_page.html"
        )


def with_query(url, params):
    return f"{url}?{urlencode(params)}" if params else url


def feed(page, request):
    """RSS 2.0 of the newest decisions that exist in the page's language (translations, never
    German stand-ins: a reader subscribed to the English feed gets English), newest added
    first. Every address is absolute, on the host the feed was asked from."""
    items = list(
        Decision.objects.filter(locale=page.locale)
        .select_related("court")
        .order_by("-created_at", "-pk")[:FEED_ITEMS]
    )
    link = request.build_absolute_uri(page.get_url(request))
    rss = Rss201rev2Feed(
        title=str(page.title),
        link=link,
        description=page.introduction or page.search_description or str(page.title),
        language=page.locale.language_code,
        feed_url=request.build_absolute_uri(),
    )
    for decision in items:
        url = request.build_absolute_uri(decision.url_on(page, request))
        rss.add_item(
            title=decision.citation,
            link=url,
            description=decision.key_issues or decision.outcome or decision.citation,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=decision.created_at,
            categories=[str(decision.area_label), str(decision.type_label)],
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    rss.write(response, "utf-8")
    return response
