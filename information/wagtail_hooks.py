"""Admin of the case-law database: the maintained lists (courts, norms), the decisions (listed
by court, type, area and language), and the CSV import with a dry run (Snippets → Decisions →
"Import decisions", for the office: who may add decisions)."""

import io

from django import forms
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import caselaw_import
from .caselaw import Court, Decision, Norm
from .glossary import GlossaryTerm

IMPORT_PERMISSION = "information.add_decision"


class CourtViewSet(SnippetViewSet):
    model = Court
    icon = "group"
    menu_label = _("Courts")
    list_display = ["abbreviation", "name", "jurisdiction", "level", "place"]
    list_filter = ["jurisdiction", "level"]
    search_fields = ["name", "abbreviation"]


class NormViewSet(SnippetViewSet):
    model = Norm
    icon = "list-ul"
    list_display = ["label", "act", "sort_order"]
    list_filter = ["act"]
    search_fields = ["label"]


class DecisionViewSet(SnippetViewSet):
    model = Decision
    icon = "doc-full"
    list_display = ["__str__", "legal_area", "locale", "legacy_item"]
    list_filter = ["locale", "legal_area", "decision_type", "court__level"]
    ordering = ["-date", "-pk"]


register_snippet(CourtViewSet)
register_snippet(NormViewSet)
register_snippet(DecisionViewSet)


class GlossaryViewSet(SnippetViewSet):
    """The glossary of legal and administrative terms, translated like every snippet."""

    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "explanation", "locale"]
    list_filter = ["locale"]
    search_fields = ["term"]


register_snippet(GlossaryViewSet)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"), help_text=_("UTF-8, comma-separated, with a header row.")
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: check only, import nothing"), required=False, initial=True
    )


def import_view(request):
    if not request.user.has_perm(IMPORT_PERMISSION):
        return permission_denied(request)
    result = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            form.add_error(
                "file", _("The file is not UTF-8. Save it as “CSV UTF-8” and try again.")
            )
        else:
            result = caselaw_import.import_csv(
                io.StringIO(text, newline=""), dry_run=form.cleaned_data["dry_run"]
            )
            result.dry_run = form.cleaned_data["dry_run"]
    return render(
        request,
        "information/decision_import.html",
        {"form": form, "result": result, "columns": caselaw_import.COLUMNS},
    )


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("case-law/import/", import_view, name="case_law_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IMPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import decisions"), reverse("case_law_import"), icon_name="upload", order=10000
    )
