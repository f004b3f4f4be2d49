"""The publications and leaflets library (issue 15): data reports, studies, statements,
handbooks, leaflets and annual reviews, each with its files in one or more languages, listed per
language by the library page with filters; the home page's "leaflets in your language".

Design, and why:

- A publication is a page (``PublicationPage``, below the ``LibraryPage`` of each language), not
  a translatable snippet as ``Decision`` is. The site search finds pages (``search/``): as pages,
  publications are found in the reader's language with nothing added to the search. A
  publication gets a stable address with its description, breadcrumbs and language links, and
  is in the sitemap. A publication KOK has not translated is in every language as an alias of
  the German page (``multilingual/sync.py``), marked German like an untranslated news item, so a
  leaflet with an Arabic file is listed to an Arabic reader even while its description is German.
- What a publication *is* is synchronised, not translated (``SynchronizedField``): its type,
  year, date, edition, audiences, topics, forms of exploitation and its files. Each file is a
  Wagtail document with the language of its text (one of ``settings.LANGUAGES``); the files are a
  child relation that wagtail-localize copies to every translation and Wagtail to every alias,
  so every language lists the same files. Only title, teaser (the introduction) and
  description (the body) are translated.
- ``year`` is required: it sorts the library newest first and is what a publication without an
  exact date (most of KOK's: "2013", "Juli 2022") still has. Shown is the date if there is one,
  else the edition text, else the year.
- Audiences, topics and forms of exploitation are rows of small tables (the forms are case
  law's ``ExploitationForm``; audiences and topics are made by the migration from the choices
  below), so that the library counts each facet with one ``GROUP BY``, like the case-law
  database: the count beside an option is the number of publications choosing it leads to,
  every other filter applied, and no option is offered that leads nowhere. The number of
  queries does not grow with the number of publications.
- Bad input (an unknown type, a repeated parameter, 10,000 characters) is named in a message
  and answered with HTTP 400; the rest of the query still applies; never a 500.
- Files download as plain links (no JavaScript) with their format and size ("PDF, 240 KB") and
  ``hreflang``/``lang`` of their language, named in that language's own name.
"""

import math
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.forms import CheckboxSelectMultiple
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import filters, navigation
from home.models import BasePage
from multilingual.reader import Reader
from multilingual.versions import language_info

from .caselaw import ExploitationForm, Form

PER_PAGE = 12
HOME_LEAFLETS = 6
MAX_VALUE = 40  # longer than any code: refused before any lookup


# --- The maintained vocabularies ----------------------------------------------------------------
class PublicationType(models.TextChoices):
    DATA_REPORT = "data-report", gettext_lazy("Data report")
    STUDY = "study", gettext_lazy("Study")
    STATEMENT = "statement", gettext_lazy("Statement")
    HANDBOOK = "handbook", gettext_lazy("Handbook")
    LEAFLET = "leaflet", gettext_lazy("Leaflet")
    ANNUAL_REVIEW = "annual-review", gettext_lazy("Annual review")


class AudienceCode(models.TextChoices):
    AFFECTED = "affected", gettext_lazy("Affected people")
    HELPERS = "helpers", gettext_lazy("Helpers and volunteers")
    PROFESSIONALS = "professionals", gettext_lazy("Professionals")


class TopicCode(models.TextChoices):
    RIGHTS = "rights", gettext_lazy("Rights of affected people")
    SUPPORT = "support", gettext_lazy("Counselling and support")
    DATA = "data", gettext_lazy("Data and research")
    LAW = "law", gettext_lazy("Law and policy")
    MIGRATION = "migration", gettext_lazy("Flight and migration")
    COMPENSATION = "compensation", gettext_lazy("Compensation")


class Ticked(models.Model):
    """One row per value of ``codes`` (made by the migration), ticked by editors: a list the
    admin shows as checkboxes and the library filters by, named in the reader's language."""

    codes = None  # the TextChoices of a subclass's ``code``

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return str(self.codes(self.code).label)


class Audience(Ticked):
    code = models.CharField(max_length=20, choices=AudienceCode.choices, unique=True)
    codes = AudienceCode

    class Meta(Ticked.Meta):
        verbose_name = gettext_lazy("audience")
        verbose_name_plural = gettext_lazy("audiences")


class Topic(Ticked):
    code = models.CharField(max_length=20, choices=TopicCode.choices, unique=True)
    codes = TopicCode

    class Meta(Ticked.Meta):
        verbose_name = gettext_lazy("topic")
        verbose_name_plural = gettext_lazy("topics")


# --- Publications -------------------------------------------------------------------------------
class PublicationPage(BasePage):
    """A publication: its type, year and date or edition, whom it is for, its topics, a teaser
    (the introduction), a description (the body) and its files."""

    publication_type = models.CharField(
        gettext_lazy("type"), max_length=20, choices=PublicationType.choices
    )
    year = models.PositiveSmallIntegerField(
        gettext_lazy("year"), help_text=gettext_lazy("Year of publication; sorts the library.")
    )
    date = models.DateField(
        gettext_lazy("date of publication"),
        null=True,
        blank=True,
        help_text=gettext_lazy("Only if the exact day is known."),
    )
    edition = models.CharField(
        gettext_lazy("edition"),
        max_length=100,
        blank=True,
        help_text=gettext_lazy(
            "Shown when there is no exact date, e.g. “Juli 2022”, “3. Auflage”."
        ),
    )
    audiences = ParentalManyToManyField(
        Audience, blank=True, related_name="publications", verbose_name=gettext_lazy("for")
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="publications", verbose_name=gettext_lazy("topics")
    )
    forms = ParentalManyToManyField(
        ExploitationForm,
        blank=True,
        related_name="publications",
        verbose_name=gettext_lazy("forms of exploitation"),
    )

    parent_page_types = ["information.LibraryPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("edition"),
        index.FilterField("publication_type"),
        index.FilterField("year"),
    ]
    content_panels = BasePage.panels_around_body(
        FieldRowPanel([FieldPanel("publication_type"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("date"), FieldPanel("edition")]),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=CheckboxSelectMultiple),
                FieldPanel("topics", widget=CheckboxSelectMultiple),
                FieldPanel("forms", widget=CheckboxSelectMultiple),
            ],
            heading=gettext_lazy("Audience and topics"),
        ),
        InlinePanel(
            "files",
            min_num=1,
            label=gettext_lazy("File"),
            heading=gettext_lazy("Files"),
            help_text=gettext_lazy(
                "PDF, ODT or DOCX, one per language. The same files are listed in every language."
            ),
        ),
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("publication_type"),
        SynchronizedField("year"),
        SynchronizedField("date"),
        SynchronizedField("edition"),
        SynchronizedField("audiences"),
        SynchronizedField("topics"),
        SynchronizedField("forms"),
        SynchronizedField("files"),
    ]

    class Meta:
        verbose_name = gettext_lazy("publication")
        verbose_name_plural = gettext_lazy("publications")

    def clean(self):
        super().clean()
        if self.date and self.year and self.date.year != self.year:
            raise ValidationError({"year": _("The year must be the year of the date.")})

    @property
    def type_label(self):
        return PublicationType(self.publication_type).label

    @property
    def search_kind(self):
        """What the site search says this is: its type ("Leaflet", "Data report")."""
        return self.type_label

    @property
    def when(self):
        """What the list shows as the publication's time: its date, else edition, else year."""
        if self.date:
            return self.date
        return self.edition or str(self.year)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = navigation.lazy_list(
            lambda: file_entries(self.files.select_related("document"))
        )
        context["audiences"] = navigation.lazy_list(
            lambda: [str(audience) for audience in self.audiences.all()]
        )
        context["topics"] = navigation.lazy_list(
            lambda: (
                [str(topic) for topic in self.topics.all()]
                + [str(form) for form in self.forms.all()]
            )
        )
        return context


class PublicationFile(Orderable):
    """One file of a publication: a Wagtail document and the language of its text."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=gettext_lazy("document"),
    )
    language = models.CharField(
        gettext_lazy("language of the file"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("language")])]

    class Meta(Orderable.Meta):
        verbose_name = gettext_lazy("file")
        verbose_name_plural = gettext_lazy("files")
        indexes = [models.Index(fields=["language", "page"], name="publicationfile_language")]

    def clean(self):
        from .documents import TEXTS  # the admin's document form: not importable with the models

        super().clean()
        document = getattr(self, "document", None)
        if document and document.file_extension.lower() not in TEXTS:
            raise ValidationError(
                {"document": _("A publication's file must be a PDF, ODT or DOCX document.")}
            )


MIME_TYPES = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def file_entries(files):
    """What a download link shows of each of ``files`` (PublicationFile with its document):
    address, format and size ("PDF, 240 KB"), the language's code, own name and direction."""
    entries = []
    for item in files:
        document = item.document
        extension = document.file_extension.lower()
        size = document.file_size  # set on upload; get_file_size() would save it on a read
        info = language_info(item.language)
        entries.append(
            {
                "url": document.url,
                "title": document.title,
                "format": extension.upper(),
                "mime": MIME_TYPES.get(extension, ""),
                "size": filesizeformat(size) if size else "",
                "language": info,
            }
        )
    return entries


def files_prefetch(language=None):
    files = PublicationFile.objects.select_related("document").order_by("sort_order", "pk")
    if language:
        files = files.filter(language=language)
    return Prefetch("files", queryset=files)


# --- The reader's choices -----------------------------------------------------------------------
# Filters in the order the form shows them: GET parameter -> label.
FACETS = {
    "type": gettext_lazy("Type"),
    "audience": gettext_lazy("For"),
    "language": gettext_lazy("Language of the file"),
    "topic": gettext_lazy("Topic"),
    "form": gettext_lazy("Form of exploitation"),
}
PARAMETERS = (*FACETS, "page")


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    lang: str = ""  # a language's own name is in that language


@dataclass
class Choices:
    """What the reader asked for, as understood, and what could not be understood."""

    values: dict = field(default_factory=dict)  # parameter -> code
    page: int = 1
    errors: list = field(default_factory=list)  # (parameter, message) -> 400

    def query(self, **changes):
        params = {**self.values, **changes}
        return {name: value for name, value in params.items() if value not in (None, "", 1)}


def vocabulary(name):
    """value -> label of the options of facet ``name``, in the order the form shows them."""
    if name == "type":
        return dict(PublicationType.choices)
    if name == "audience":
        return dict(AudienceCode.choices)
    if name == "topic":
        return dict(TopicCode.choices)
    if name == "form":
        return dict(Form.choices)
    return {code: language_info(code)["name"] for code, _name in settings.LANGUAGES}


def read(query):
    """``Choices`` from a request's ``GET`` (a QueryDict), without a query."""
    choices = Choices()
    for name, value, repeated in filters.given(query, PARAMETERS):
        if repeated:
            choices.errors.append((name, filters.repeated_message()))
        if name == "page":
            number = filters.page_number(value)
            if number:
                choices.page = number
            else:
                choices.errors.append(("page", filters.bad_page_message()))
        elif len(value) <= MAX_VALUE and value in vocabulary(name):
            choices.values[name] = value
        else:
            choices.errors.append((name, filters.unknown_message(FACETS[name])))
    return choices


# --- Finding and counting -----------------------------------------------------------------------
def with_file_in(language):
    return Q(pk__in=PublicationFile.objects.filter(language=language).values("page_id"))


FILTERS = {
    "type": lambda value: Q(publication_type=value),
    "audience": lambda value: Q(
        pk__in=PublicationPage.objects.filter(audiences__code=value).values("pk")
    ),
    "topic": lambda value: Q(
        pk__in=PublicationPage.objects.filter(topics__code=value).values("pk")
    ),
    "form": lambda value: Q(pk__in=PublicationPage.objects.filter(forms__code=value).values("pk")),
    "language": with_file_in,
}
# facet -> the field its GROUP BY counts
GROUPED_BY = {
    "type": "publication_type",
    "audience": "audiences__code",
    "topic": "topics__code",
    "form": "forms__code",
    "language": "files__language",
}


def apply(queryset, values, leave_out=None):
    """``queryset`` filtered by every choice but ``leave_out``'s (a facet's name)."""
    for name, value in values.items():
        if name != leave_out:
            queryset = queryset.filter(FILTERS[name](value))
    return queryset


def newest_first(queryset):
    return queryset.order_by("-year", F("date").desc(nulls_last=True), "-pk")


def publications_below(library, reader):
    """The live, public publications below ``library`` (any page object)."""
    return navigation.public_queryset(
        reader, PublicationPage.objects.child_of(library).live()
    ).only(
        *navigation.MENU_FIELDS,
        "live",
        "introduction",
        "publication_type",
        "year",
        "date",
        "edition",
    )


@dataclass
class Result:
    choices: Choices
    publications: list  # this page's, with their files
    total: int
    options: dict  # facet -> [Option]
    number: int = 1
    num_pages: int = 1

    @property
    def first_index(self):
        return (self.number - 1) * PER_PAGE + 1


def find(choices, base):
    """The publications of ``base`` matching ``choices`` (one page of them) and the count of
    every option: seven queries (five facets, the page's publications, their files with their
    documents), whatever the number of publications."""
    values = choices.values
    options = {}
    total = 0
    for name, grouped in GROUPED_BY.items():
        rows = (
            apply(base, values, name)
            .filter(**{f"{grouped}__isnull": False})
            .values(grouped)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        counts = {row[grouped]: row["n"] for row in rows}
        if name == "type":
            # Every publication has one type: the type counts add up to the total.
            total = counts.get(values["type"], 0) if "type" in values else sum(counts.values())
        selected = values.get(name)
        options[name] = [
            Option(
                value=value,
                label=str(label),
                count=counts.get(value, 0),
                selected=value == selected,
                lang=value if name == "language" else "",
            )
            for value, label in vocabulary(name).items()
            if counts.get(value) or value == selected
        ]
    num_pages = max(1, math.ceil(total / PER_PAGE))
    number = min(choices.page, num_pages)
    start = (number - 1) * PER_PAGE
    page = list(
        newest_first(apply(base, values)).prefetch_related(files_prefetch())[
            start : start + PER_PAGE
        ]
    )
    for publication in page:
        publication.file_entries = file_entries(publication.files.all())
    return Result(choices, page, total, options, number, num_pages)


def with_query(url, params):
    return f"{url}?{urlencode(params)}" if params else url


# --- The library page ---------------------------------------------------------------------------
class LibraryPage(RoutablePageMixin, BasePage):
    """The publications and leaflets: one page per language under the home page, newest first,
    filtered by type, audience, language of a file and topic (plain GET parameters)."""

    content_is_shared = False  # the list depends on the query

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["information.PublicationPage"]
    home_teaser = "library"

    class Meta:
        verbose_name = gettext_lazy("publications library")

    @path("")
    def library_view(self, request):
        choices = read(request.GET)
        result = find(choices, publications_below(self, Reader.of(request)))
        url = self.get_url(request)
        context = {
            "library": result,
            "library_url": url,
            "filters": [(name, FACETS[name], result.options[name]) for name in FACETS],
            "page_urls": {
                "previous": with_query(url, choices.query(page=result.number - 1)),
                "next": with_query(url, choices.query(page=result.number + 1)),
            },
        }
        response = self.render(
            request, context_overrides=context, template="information/library_page.html"
        )
        if choices.errors:
            response.status_code = 400
        return response


def leaflets_in_language(reader, count=HOME_LEAFLETS):
    """The newest leaflets with a file in the reader's language, each with those files, for the
    home page: (publication, file entries) pairs, kept in the shared store. One query: the
    files in that language with their leaflets and documents."""
    library = navigation.section(reader, "library")
    if library is None:
        return []

    def compute():
        leaflets = publications_below(library, reader).filter(
            publication_type=PublicationType.LEAFLET
        )
        files = (
            PublicationFile.objects.filter(language=reader.language, page__in=leaflets.values("pk"))
            .select_related("document", "page")
            .order_by(
                "-page__year", F("page__date").desc(nulls_last=True), "-page_id", "sort_order"
            )
        )
        found = {}
        for item in files[: count * 4]:  # rarely more than one file per language
            if item.page_id not in found and len(found) == count:
                break
            found.setdefault(item.page_id, (item.page, []))[1].append(item)
        return [(page, file_entries(items)) for page, items in found.values()]

    return reader.memo(("leaflets", library.pk, reader.language, count), compute, shared=True)


def library_of(reader):
    """The library page of the reader's language (or its German stand-in), or None."""
    return navigation.section(reader, "library")
