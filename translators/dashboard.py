"""The admin's dashboard for the office and the translators: what the site holds per language and
what is left to translate.

Wagtail's own summary counts every page of the tree ("648 Pages"), aliases included: the mirrors
wagtail-localize keeps of German pages in languages that have no translation of them yet. That
tells an editor nothing. ``summary_items`` replaces it with the German pages, the real
translations and the pages not yet translated (for a translator: in their languages);
``TranslationsPanel`` shows the translation status report's summary per language and, to a
translator, their work list: the pages of their language that are outdated, incomplete, missing
or only an alias, the most recently changed German page first, and the snippets still to
translate (``snippet_status.py``), each with its next step.
"""

from django.conf import settings
from django.db.models import Count, Q
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.http import urlencode

from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.site_summary import PagesSummaryItem, SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from .permissions import bound_locale_ids
from .report import STATUS_LABELS, UP_TO_DATE, StatusMatrix, target_locales
from .snippet_status import snippet_work

WORK_LIST_LENGTH = 20


def language_counts(user, source):
    """German pages, translations and aliases (in the user's languages), in one query."""
    bound = bound_locale_ids(user)
    others = ~Q(locale_id=source.pk)
    if bound is not None:
        others &= Q(locale_id__in=bound)
    return Page.objects.filter(depth__gt=1).aggregate(
        german=Count("pk", filter=Q(locale_id=source.pk)),
        translated=Count("pk", filter=others & Q(alias_of__isnull=True)),
        aliases=Count("pk", filter=others & Q(alias_of__isnull=False)),
    )


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class LanguageSummaryItem(SummaryItem):
    order = 100
    template_name = "dashboard/summary_languages.html"

    def get_context_data(self, parent_context):
        source = source_locale()
        return {
            **language_counts(self.request.user, source),
            "german_home": Page.objects.filter(depth=2, locale=source).first(),
            "report_url": reverse("translation_status_report"),
        }

    def is_shown(self):
        return user_has_any_page_permission(self.request.user)


def summary_items(request, items):
    """``construct_homepage_summary_items``: our counts instead of Wagtail's page count."""
    items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]
    items.insert(0, LanguageSummaryItem(request))


class TranslationsPanel(Component):
    name = "kok_translations"
    order = 90  # after the summary and the workflow panels, before "Your most recent edits"
    template_name = "dashboard/translations_panel.html"

    def __init__(self, request):
        self.request = request
        self.bound = bound_locale_ids(request.user)  # None: not a translator, all languages
        self.locales = [
            locale for locale in target_locales() if self.bound is None or locale.pk in self.bound
        ]

    def get_context_data(self, parent_context):
        source = source_locale()
        report_url = reverse("translation_status_report")
        rows = list(
            Page.objects.filter(locale=source, depth__gt=1)
            .order_by("-last_published_at", "path")
            .values("id", "path", "title", "translation_key", "last_published_at")
        )
        matrix = StatusMatrix(rows, source.pk, self.locales, self.request.user, report_url)
        summary = [
            {**row, "report_url": f"{report_url}?{urlencode({'locale': row['locale'].pk})}"}
            for row in matrix.summary(self.locales, [row["id"] for row in rows])
        ]
        work, snippets = [], []
        if self.bound is not None:
            snippets = snippet_work(source, self.locales, reverse("wagtailadmin_home"))
            for row in rows:
                for locale in self.locales:
                    cell = matrix.get(row["id"], locale.pk)
                    if cell.status != UP_TO_DATE:
                        work.append(
                            {
                                "key": row["id"],
                                "title": row["title"],
                                "locale": locale,
                                "cell": cell,
                            }
                        )
        return {
            "summary": summary,
            "status_labels": STATUS_LABELS,
            "work": work[:WORK_LIST_LENGTH],
            "more_work": max(len(work) - WORK_LIST_LENGTH, 0),
            "snippet_work": [
                {
                    "key": item.title,
                    "title": item.title,
                    "kind": item.kind,
                    "locale": item.locale,
                    "cell": item,
                }
                for item in snippets[:WORK_LIST_LENGTH]
            ],
            "more_snippet_work": max(len(snippets) - WORK_LIST_LENGTH, 0),
            "is_translator": self.bound is not None,
            "report_url": report_url,
            # Components render without the request's context: the update buttons' forms need it.
            "csrf_token": get_token(self.request),
        }


def panels(request, panels):
    """``construct_homepage_panels``: the translations panel for whoever may see the report."""
    if user_has_any_page_permission(request.user):
        panels.append(TranslationsPanel(request))
