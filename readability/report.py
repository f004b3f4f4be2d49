"""Reports → Plain language: the live, public pages of one language from hardest to easiest.

Each row is a page readers can open in that language (aliases, which mirror the German page, are
left out), scored in the language's first measure, with the other measures beside it, marked
when past the threshold of ``settings.KOKCMS_READABILITY_THRESHOLDS`` (``measures.py``), linked
to editing the page and to its full check. Pages with too little text for a score, and every page
of a language without a measure, come last.

The pages are loaded with a fixed number of queries however many there are (``search.snippets.load``:
one for the specific rows); the scores of a published revision are kept in the shared cache
(``check.check_live_page``). Translators bound to languages (``translators.permissions``) choose
among theirs only.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

import django_filters

from home.models import ContactSettings
from search.snippets import load
from translators.permissions import bound_locale_ids
from translators.report import UserRights

from .check import check_live_page
from .measures import measures_for

MIN_WORDS = 30  # below this, a formula's figure says more about chance than about the text


@dataclass
class Row:
    page: Page
    check: object
    edit_url: str = ""
    check_url: str = ""

    @property
    def pk(self):
        return self.page.pk

    @property
    def title(self):
        return self.page.title

    def get_admin_display_title(self):
        return self.page.get_admin_display_title()

    @property
    def measured(self):
        return self.check.primary is not None and self.check.words >= MIN_WORDS

    @property
    def over_threshold(self):
        return self.measured and self.check.over_threshold

    def sort_key(self):
        if not self.measured:
            return (1, 0, self.page.path)
        return (0, -self.check.primary.difficulty, self.page.path)


def contact_settings(request):
    try:
        return ContactSettings.for_request(request)
    except ContactSettings.DoesNotExist:
        return None


def locales_for(user):
    """The languages ``user`` may check: a translator's own, everyone else's all."""
    locales = Locale.objects.order_by("pk")
    bound = bound_locale_ids(user)
    return locales if bound is None else locales.filter(pk__in=bound)


def locale_choices(request):
    return locales_for(request.user) if request else Locale.objects.none()


def rows(locale, request):
    """The report's rows for ``locale``, hardest first."""
    pages = list(
        Page.objects.live()
        .public()
        .filter(locale=locale, alias_of__isnull=True, depth__gt=1)
        .order_by("path")
    )
    loaded = load(pages)
    contact = contact_settings(request)
    rights = UserRights(request.user)
    result = []
    for page in pages:
        specific, _section = loaded.get(page.pk, (None, ""))
        if specific is None:
            continue
        row = Row(page, check_live_page(specific, locale.language_code, contact))
        row.check_url = reverse("readability_page", args=[page.pk])
        if rights.can_edit(page.path):
            row.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        result.append(row)
    return sorted(result, key=Row.sort_key)


class ReadabilityFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=locale_choices, method="applied_by_view"
    )
    over_threshold = django_filters.BooleanFilter(
        label=_("Past the threshold only"),
        method="applied_by_view",
        widget=django_filters.widgets.BooleanWidget,
    )

    class Meta:
        model = Page
        fields = []

    def applied_by_view(self, queryset, name, value):
        return queryset


class ScoreColumn(Column):
    cell_template_name = "readability/score_cell.html"

    def __init__(self, name, index, **kwargs):
        super().__init__(name, **kwargs)
        self.index = index

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        scores = instance.check.scores
        context["score"] = scores[self.index] if len(scores) > self.index else None
        context["row"] = instance
        context["primary"] = self.index == 0
        return context


class ActionsColumn(Column):
    cell_template_name = "readability/actions_cell.html"


class ReadabilityReport(ReportView):
    page_title = _("Plain language")
    header_icon = "doc-full"
    results_template_name = "readability/report_results.html"
    filterset_class = ReadabilityFilterSet
    index_url_name = "readability_report"
    index_results_url_name = "readability_report_results"
    paginate_by = 100

    def selected(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name)
        return None

    @cached_property
    def locale(self):
        chosen = self.selected("locale")
        if chosen:
            return chosen
        mine = locales_for(self.request.user)
        return mine.filter(language_code=settings.LANGUAGE_CODE).first() or mine.first()

    def get_queryset(self):
        if self.locale is None:
            return []
        found = rows(self.locale, self.request)
        if self.selected("over_threshold"):
            found = [row for row in found if row.over_threshold]
        return found

    def filter_queryset(self, queryset):
        return queryset  # the filters are applied by get_queryset (rows are not a queryset)

    @cached_property
    def measures(self):
        return measures_for(self.locale.language_code) if self.locale else ()

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda row: row.edit_url or row.check_url,
            ),
            *(
                ScoreColumn(measure.key, index, label=measure.name)
                for index, measure in enumerate(self.measures)
            ),
            *([] if self.measures else [ScoreColumn("score", 0, label=_("Score"))]),
            ActionsColumn("actions", label=_("Check")),
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["locale"] = self.locale
        context["measures"] = self.measures
        context["min_words"] = MIN_WORDS
        return context
