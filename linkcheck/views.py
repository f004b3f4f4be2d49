"""Reports → Link check: the findings of the last run, each with a link to edit what holds it,
and a button that checks again now without external links (those only ``check_links`` asks)."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.admin_url_finder import quote
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

import django_filters

from . import checker
from .models import Finding, Problem, Run, SourceKind

PERMISSION = "linkcheck.view_finding"

# Why an address did not answer (``checker._reason``).
REASONS = {
    "timeout": _("no answer within the time limit"),
    "refused": _("connection refused"),
    "dns": _("host name unknown"),
    "tls": _("secure connection failed"),
    "connection": _("connection broken off"),
    "redirects": _("too many redirects"),
    "error": _("no answer"),
}


def edit_url(finding):
    """Where an editor fixes the link: the page, snippet or setting's edit view."""
    model = finding.content_type.model_class()
    if model is None:
        return ""
    if finding.source_kind == SourceKind.PAGE:
        return reverse("wagtailadmin_pages:edit", args=[finding.object_id])
    if finding.source_kind == SourceKind.SETTING:
        return reverse(
            "wagtailsettings:edit",
            args=[model._meta.app_label, model._meta.model_name, finding.object_id],
        )
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return ""
    return reverse(viewset.get_url_name("edit"), args=[quote(finding.object_id)])


def field_label(finding):
    model = finding.content_type.model_class()
    try:
        return str(model._meta.get_field(finding.field).verbose_name)
    except (AttributeError, FieldDoesNotExist):  # a model or field removed since the run
        return finding.field


def type_label(finding):
    model = finding.content_type.model_class()
    return str(model._meta.verbose_name) if model is not None else ""


def language_label(finding):
    if not finding.language:
        return gettext("all languages")
    name = dict(settings.LANGUAGES).get(finding.language, finding.language)
    return f"{name} ({finding.language})"


def problem_label(finding):
    problem = str(Problem(finding.problem).label) if finding.problem in Problem.values else ""
    detail = finding.detail
    if finding.problem == Problem.URL_ERROR and detail:
        detail = gettext("HTTP status %(status)s") % {"status": detail}
    elif finding.problem == Problem.URL_UNREACHABLE:
        detail = str(REASONS.get(detail, detail))
    elif finding.problem == Problem.PAGE_OTHER_LANGUAGE and detail:
        detail = str(dict(settings.LANGUAGES).get(detail, detail))
    if not detail:
        return problem
    return gettext("%(problem)s: %(detail)s") % {"problem": problem, "detail": detail}


def link_label(finding):
    if finding.text and finding.text != finding.link:
        return gettext("%(link)s (link text: “%(text)s”)") % {
            "link": finding.link,
            "text": finding.text,
        }
    return finding.link


class FindingFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("language"), choices=[("", _("all languages")), *settings.LANGUAGES]
    )
    problem = django_filters.ChoiceFilter(label=_("problem"), choices=Problem.choices)
    source_kind = django_filters.ChoiceFilter(label=_("kind"), choices=SourceKind.choices)

    class Meta:
        model = Finding
        fields = ["language", "problem", "source_kind"]


class LinkCheckReport(ReportView):
    page_title = _("Link check")
    header_icon = "link"
    template_name = "linkcheck/report.html"
    index_url_name = "linkcheck_report"
    index_results_url_name = "linkcheck_report_results"
    filterset_class = FindingFilterSet
    no_results_message = _("The last run found no broken link.")
    list_export = ["label", "language", "field", "link", "text", "problem", "detail", "checked_at"]
    columns = [
        TitleColumn("label", label=_("where"), get_url=edit_url),
        Column("type", label=_("type"), accessor=type_label),
        Column("language", label=_("language"), accessor=language_label),
        Column("field", label=_("field"), accessor=field_label),
        Column("link", label=_("link"), accessor=link_label),
        Column("problem", label=_("problem"), accessor=problem_label),
        DateColumn("checked_at", label=_("checked at")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Finding.objects.select_related("content_type").order_by(
            "language", "label", "field", "pk"
        )

    @cached_property
    def last_runs(self):
        """The newest run with external links and the newest without (two rows at most)."""
        runs = {}
        for external in (True, False):
            runs[external] = Run.objects.filter(external=external).order_by("-finished_at").first()
        return runs

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["last_full_run"] = self.last_runs[True]
        context["last_quick_run"] = self.last_runs[False]
        return context


@require_POST
def check_now(request):
    """Internal links, phone numbers and e-mail addresses, checked at once (a second or two);
    external links stay as the last ``check_links`` found them."""
    if not request.user.has_perm(PERMISSION):
        return permission_denied(request)
    findings = checker.run(external=False)
    messages.success(
        request,
        ngettext(
            "Checked again without external links: %(count)d finding.",
            "Checked again without external links: %(count)d findings.",
            len(findings),
        )
        % {"count": len(findings)},
    )
    return redirect("linkcheck_report")
