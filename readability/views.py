"""The plain-language check of one page, for the people who may edit it: the latest saved version
(a draft if there is one, as the editor shows it) in the page's language. Opened from the page
editor's "More" menu, the page explorer's row menu and the report (``wagtail_hooks.py``)."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from .check import check_page
from .report import MIN_WORDS, contact_settings


class PageCheckView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "readability/page_check.html"
    page_title = _("Plain-language check")
    header_icon = "doc-full"

    @cached_property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"]).specific

    def dispatch(self, request, *args, **kwargs):
        if not self.page.permissions_for_user(request.user).can_edit():
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("readability_report"), "label": _("Plain language")},
            {"url": "", "label": self.get_header_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        latest = self.page.get_latest_revision_as_object()
        language_code = self.page.locale.language_code
        check = check_page(latest, language_code, contact_settings(self.request))
        context.update(
            page=self.page,
            check=check,
            language_code=language_code,
            language_name=self.page.locale.get_display_name(),
            enough_text=check.words >= MIN_WORDS,
            min_words=MIN_WORDS,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            report_url=f"{reverse('readability_report')}?locale={self.page.locale_id}",
            is_alias=bool(self.page.alias_of_id),
        )
        return context
