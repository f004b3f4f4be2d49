"""The "Translation status" admin report: German source pages × languages.

wagtail-localize has no page × language overview (wagtail-localize#832) and does not sync
translations when the source changes (wagtail-localize#789), so outdated translations go
unnoticed. Each cell says:

- up to date: the translation was synced after the German page was last published, and every
  string of the German page has a translation;
- incomplete: synced, but strings of the German page are still untranslated (readers see them
  in German); the cell says how many;
- outdated: the German page was published after the last sync (for translations not managed
  by wagtail-localize: after the translated page was last published);
- missing: no page in that language;
- alias: the language shows a mirror of the German page (not translated yet).

A translation is also outdated when wagtail-localize's copy of the German page was refreshed
after the translation was last published (by another language's update, ``localize.py``): its
readers still see the text translated from the older German. Up-to-date cells also say whether a
person with that language has reviewed the translation (``models.TranslationReview``); the report
can be filtered by that.

Cells link into the translation editor, to "Sync translated pages", to updating one language and
to "Translate this page", and offer the review mark, each only to users who may use it. The whole table costs a fixed number of queries,
however many pages and languages there are. Delete when upstream ships such a report.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import Translation, TranslationSource

import django_filters

from .completeness import untranslated_counts
from .models import may_review, reviews_of
from .permissions import bound_locale_ids

UP_TO_DATE, INCOMPLETE, OUTDATED, MISSING, ALIAS = (
    "up-to-date",
    "incomplete",
    "outdated",
    "missing",
    "alias",
)
STATUS_LABELS = {
    UP_TO_DATE: _("up to date"),
    INCOMPLETE: _("incomplete"),
    OUTDATED: _("outdated"),
    MISSING: _("missing"),
    ALIAS: _("alias"),
}

REVIEWED, NOT_REVIEWED = "reviewed", "not-reviewed"
REVIEW_LABELS = {REVIEWED: _("reviewed"), NOT_REVIEWED: _("not reviewed")}


@dataclass
class Cell:
    status: str
    locale_code: str
    page_id: int | None = None
    edit_url: str = ""
    sync_url: str = ""
    translate_url: str = ""
    update_url: str = ""  # POST: the current German into this language's editor
    review_url: str = ""  # POST: mark as reviewed (or withdraw the mark)
    review: object = None  # the current TranslationReview, if any
    missing_strings: int = 0

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def reviewed(self):
        return self.review is not None


class UserRights:
    """What the user may do, answered from Wagtail's cached page permissions (no query per cell)."""

    def __init__(self, user):
        self.user = user
        perms = list(page_permission_policy.get_cached_permissions_for_user(user))
        self.edit_paths = [p.page.path for p in perms if p.permission.codename == "change_page"]
        self.bound_locales = bound_locale_ids(user)
        self.can_submit = user.has_perm("wagtail_localize.submit_translation")
        self.review_codes = set()

    def can_review(self, locale):
        if locale.language_code not in self.review_codes and may_review(
            self.user, locale.language_code
        ):
            self.review_codes.add(locale.language_code)
        return locale.language_code in self.review_codes

    def can_edit(self, path):
        return self.user.is_superuser or any(path.startswith(p) for p in self.edit_paths)

    def can_translate_into(self, locale_id):
        return self.can_submit and (self.bound_locales is None or locale_id in self.bound_locales)


class StatusMatrix:
    """Status of every (source page, locale) pair, computed with six queries."""

    def __init__(self, pages, source_locale_id, locales, user, return_url):
        self.locales = locales
        self.rights = UserRights(user)
        self.return_url = return_url
        keys = {page["translation_key"] for page in pages}
        translated = {
            (row["translation_key"], row["locale_id"]): row
            for row in Page.objects.filter(translation_key__in=keys)
            .exclude(locale_id=source_locale_id)
            .values(
                "id", "path", "translation_key", "locale_id", "alias_of_id", "last_published_at"
            )
        }
        sources = {
            row["object_id"]: row
            for row in TranslationSource.objects.filter(
                object_id__in=keys, locale_id=source_locale_id
            ).values("id", "object_id", "last_updated_at")
        }
        synced = set(
            Translation.objects.filter(
                source_id__in=[row["id"] for row in sources.values()], enabled=True
            ).values_list("source_id", "target_locale_id")
        )
        self.untranslated = untranslated_counts(
            [row["id"] for row in sources.values()], [locale.pk for locale in locales]
        )
        self.reviews = reviews_of(keys, [locale.pk for locale in locales])
        self.cells = {}
        for page in pages:
            source = sources.get(page["translation_key"])
            for locale in locales:
                target = translated.get((page["translation_key"], locale.pk))
                self.cells[page["id"], locale.pk] = self.cell(page, locale, target, source, synced)

    def cell(self, page, locale, target, source, synced):
        published = page["last_published_at"]
        managed = bool(target and source and (source["id"], locale.pk) in synced)
        if target is None:
            status = MISSING
        elif target["alias_of_id"]:
            status = ALIAS
        elif managed:
            missing_strings = self.untranslated[source["id"], locale.pk]
            applied = target["last_published_at"]
            if (published and source["last_updated_at"] < published) or (
                applied and applied < source["last_updated_at"]
            ):
                status = OUTDATED
            else:
                status = INCOMPLETE if missing_strings else UP_TO_DATE
        else:
            last = target["last_published_at"]
            status = OUTDATED if published and (last is None or last < published) else UP_TO_DATE
        cell = Cell(status, locale.language_code, target["id"] if target else None)
        if status == INCOMPLETE:
            cell.missing_strings = missing_strings
        next_query = urlencode({"next": self.return_url})
        if status in (MISSING, ALIAS):
            if self.rights.can_translate_into(locale.pk):
                url = reverse("wagtail_localize:submit_page_translation", args=[page["id"]])
                cell.translate_url = (
                    f"{url}?{urlencode({'select_locale': locale.language_code})}&{next_query}"
                )
            return cell
        may_edit = self.rights.can_edit(target["path"])
        if may_edit:
            cell.edit_url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
        if status == OUTDATED and source and self.rights.can_edit(page["path"]):
            url = reverse("wagtail_localize:update_translations", args=[source["id"]])
            cell.sync_url = f"{url}?{next_query}"
        if status == OUTDATED and managed and may_edit:
            cell.update_url = reverse(
                "kok_update_translation", args=[source["id"], locale.language_code]
            )
        review = self.reviews.get((page["translation_key"], locale.pk))
        if status == UP_TO_DATE:
            if review and review.is_current(published, target["last_published_at"]):
                cell.review = review
            if may_edit and self.rights.can_review(locale):
                cell.review_url = reverse("kok_review_translation", args=[target["id"]])
        return cell

    def get(self, page_id, locale_id):
        return self.cells[page_id, locale_id]

    def rows_with(self, locales, status=None, reviewed=None):
        """The German pages with a cell of ``status`` (and review state) in one of ``locales``."""
        shown = {locale.pk for locale in locales}
        return {
            page_id
            for (page_id, locale_id), cell in self.cells.items()
            if locale_id in shown
            and (status is None or cell.status == status)
            and (reviewed is None or cell.reviewed == reviewed)
        }

    def summary(self, locales, page_ids):
        total = len(page_ids)
        for locale in locales:
            counts = dict.fromkeys(STATUS_LABELS, 0)
            for page_id in page_ids:
                counts[self.cells[page_id, locale.pk].status] += 1
            percent = round(100 * counts[UP_TO_DATE] / total) if total else 0
            yield {"locale": locale, "total": total, "percent": percent, "counts": counts}


def section_choices(request):
    return Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=3).order_by(
        "path"
    )


def target_locales(request=None):
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk")


class TranslationStatusFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=target_locales, method="applied_by_view"
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(STATUS_LABELS.items()), method="applied_by_view"
    )
    review = django_filters.ChoiceFilter(
        label=_("Review"), choices=list(REVIEW_LABELS.items()), method="applied_by_view"
    )
    section = django_filters.ModelChoiceFilter(
        label=_("Section"), queryset=section_choices, method="filter_section"
    )

    class Meta:
        model = Page
        fields = []

    def applied_by_view(self, queryset, name, value):
        return queryset

    def filter_section(self, queryset, name, value):
        return queryset.descendant_of(value, inclusive=True)


class LocaleStatusColumn(Column):
    cell_template_name = "reports/translation_status_cell.html"

    def __init__(self, locale, view):
        super().__init__(f"locale_{locale.language_code}", label=locale.language_code)
        self.locale = locale
        self.view = view

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = self.view.matrix.get(instance.pk, self.locale.pk)
        context["locale"] = self.locale
        return context


class TranslationStatusReport(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    results_template_name = "reports/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    paginate_by = 50

    @cached_property
    def source_locale(self):
        return Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def get_base_queryset(self):
        return Page.objects.filter(locale=self.source_locale, depth__gt=1).order_by("path")

    def selected(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name)
        return None

    @cached_property
    def shown_locales(self):
        chosen = self.selected("locale")
        return [chosen] if chosen else list(target_locales())

    def get_queryset(self):
        pages = super().get_queryset()
        rows = list(pages.values("id", "path", "translation_key", "last_published_at"))
        self.base_page_ids = [row["id"] for row in rows]
        self.matrix = StatusMatrix(
            rows, self.source_locale.pk, self.shown_locales, self.request.user, self.index_url
        )
        status, review = self.selected("status"), self.selected("review")
        if status or review:
            reviewed = None if not review else review == REVIEWED
            # "Not reviewed" means: translated and up to date, but nobody has reviewed it.
            if review == NOT_REVIEWED and not status:
                status = UP_TO_DATE
            rows = self.matrix.rows_with(self.shown_locales, status or None, reviewed)
            pages = pages.filter(pk__in=rows)
        return pages

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("German page"),
                get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
            ),
            *(LocaleStatusColumn(locale, self) for locale in self.shown_locales),
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["summary"] = list(self.matrix.summary(self.shown_locales, self.base_page_ids))
        context["status_labels"] = STATUS_LABELS
        # Where the review buttons return to: the report as filtered (not its results part).
        query = self.request.GET.urlencode()
        context["review_next"] = f"{self.index_url}?{query}" if query else self.index_url
        return context
