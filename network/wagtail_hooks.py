"""Admin for the counselling places: the two snippets, their listings, and the report of places
not checked for 12 months (Reports → Counselling places to check)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from .counselling import CounsellingPlace, Organisation

# The office (editors), not translators: they hold "change" on every translatable snippet.
STALE_REPORT_PERMISSION = "network.add_counsellingplace"


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "membership"]
    list_filter = ["kind", "membership"]


class PlaceFilterSet(WagtailFilterSet):
    membership = django_filters.ChoiceFilter(
        field_name="organisation__membership",
        choices=Organisation._meta.get_field("membership").choices,
    )

    class Meta:
        model = CounsellingPlace
        fields = ["membership", "nationwide", "mobile", "shelter"]


class CounsellingPlaceViewSet(SnippetViewSet):
    model = CounsellingPlace
    icon = "site"
    list_display = ["name", "organisation", "city", "last_checked_on"]
    filterset_class = PlaceFilterSet


register_snippet(OrganisationViewSet)
register_snippet(CounsellingPlaceViewSet)


class StalePlacesReport(ReportView):
    page_title = _("Counselling places to check")
    header_icon = "warning"
    index_url_name = "counselling_stale_report"
    index_results_url_name = "counselling_stale_report_results"
    list_export = ["name", "organisation", "last_checked_on", "checked_by"]
    columns = [
        TitleColumn(
            "name",
            label=_("name"),
            url_name="wagtailsnippets_network_counsellingplace:edit",
        ),
        Column("organisation", label=_("organisation")),
        Column("last_checked_on", label=_("last checked on")),
        Column("checked_by", label=_("checked by")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STALE_REPORT_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            CounsellingPlace.objects.stale()
            .select_related("organisation")
            .order_by("last_checked_on", "name")
        )


@hooks.register("register_admin_urls")
def register_stale_report_urls():
    return [
        path(
            "reports/counselling-places-to-check/",
            StalePlacesReport.as_view(),
            name="counselling_stale_report",
        ),
        path(
            "reports/counselling-places-to-check/results/",
            StalePlacesReport.as_view(results_only=True),
            name="counselling_stale_report_results",
        ),
    ]


class StaleReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(STALE_REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_stale_report_menu_item():
    return StaleReportMenuItem(
        _("Counselling places to check"),
        reverse("counselling_stale_report"),
        icon_name="warning",
        order=8950,
    )
