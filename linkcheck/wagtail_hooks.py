"""Reports → Link check (linkcheck/views.py), for the office (``linkcheck.view_finding``)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_link_check_urls():
    return [
        path("reports/link-check/", views.LinkCheckReport.as_view(), name="linkcheck_report"),
        path(
            "reports/link-check/results/",
            views.LinkCheckReport.as_view(results_only=True),
            name="linkcheck_report_results",
        ),
        path("reports/link-check/run/", views.check_now, name="linkcheck_run"),
    ]


class LinkCheckMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_link_check_menu_item():
    return LinkCheckMenuItem(
        _("Link check"), reverse("linkcheck_report"), icon_name="link", order=8960
    )
