"""The plain-language check in the admin: the report (Reports → Plain language), the check of one
page, and the links to it from the page editor's "More" menu and the page explorer's row menu.
Readers see nothing of it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .report import ReadabilityReport
from .views import PageCheckView

BUTTON_PRIORITY = 66  # after "History" (65) in the editor's and the explorer's menus


@hooks.register("register_admin_urls")
def register_readability_urls():
    return [
        path("reports/plain-language/", ReadabilityReport.as_view(), name="readability_report"),
        path(
            "reports/plain-language/results/",
            ReadabilityReport.as_view(results_only=True),
            name="readability_report_results",
        ),
        path(
            "pages/<int:page_id>/plain-language/",
            PageCheckView.as_view(),
            name="readability_page",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_readability_menu_item():
    return MenuItem(
        _("Plain language"), reverse("readability_report"), icon_name="doc-full", order=8910
    )


def check_button(page, user):
    if page.is_root() or not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Plain-language check"),
        reverse("readability_page", args=[page.pk]),
        icon_name="doc-full",
        priority=BUTTON_PRIORITY,
    )


@hooks.register("register_page_header_buttons")
def page_header_check_button(page, user, view_name, next_url=None):
    yield from check_button(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_check_button(page, user, next_url=None):
    yield from check_button(page, user)
