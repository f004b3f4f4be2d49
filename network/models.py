"""KOK's network: the bodies, alliances and platforms KOK is a member of or works in, and the
finder of the counselling places of KOK's members (its data: ``network.counselling``)."""

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import navigation
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from multilingual.reader import Reader

from . import finder
from .counselling import CounsellingPlace, Organisation  # noqa: F401 (the finder's data)


class NetworkIndexPage(BasePage):
    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["network.NetworkBodyPage"]
    home_teaser = "network"

    class Meta:
        verbose_name = _("network index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def groups():
            bodies = navigation.public_only(
                Reader.of(request), NetworkBodyPage.objects.child_of(self).live().order_by("path")
            )
            return [
                (label, [body for body in bodies if body.scope == scope])
                for scope, label in NetworkBodyPage.Scope.choices
            ]

        context["groups"] = navigation.lazy_list(groups)
        return context


class NetworkBodyPage(BasePage):
    """A body (committee, alliance, platform) KOK is a member of or works in."""

    class Scope(models.TextChoices):
        NATIONAL = "national", _("National")
        INTERNATIONAL = "international", _("European and international")

    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    host_institution = models.CharField(_("host institution"), max_length=255, blank=True)
    founded = models.PositiveSmallIntegerField(_("founded (year)"), null=True, blank=True)
    members = models.TextField(_("members"), blank=True)
    kok_role = RichTextField(_("KOK's role"), features=RICH_TEXT_FEATURES, blank=True)
    working_groups = models.TextField(
        _("working groups"), blank=True, help_text=_("One working group per line.")
    )
    website = models.URLField(_("website"), blank=True)
    beside_fields = (
        ("members", gettext_noop("Members")),
        ("kok_role", gettext_noop("What KOK does here")),
    )

    parent_page_types = ["network.NetworkIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_name"),
        index.SearchField("host_institution"),
        index.SearchField("members"),
        index.SearchField("kok_role"),
        index.FilterField("scope"),
    ]
    content_panels = BasePage.panels_around_body(
        MultiFieldPanel(
            [
                FieldPanel("scope"),
                FieldPanel("short_name"),
                FieldPanel("host_institution"),
                FieldPanel("founded"),
                FieldPanel("website"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("members"),
        FieldPanel("kok_role"),
        FieldPanel("working_groups"),
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("short_name"),
        TranslatableField("host_institution"),
        TranslatableField("members"),
        TranslatableField("kok_role"),
        TranslatableField("working_groups"),
        SynchronizedField("scope"),
        SynchronizedField("founded"),
        SynchronizedField("website"),
    ]

    class Meta:
        verbose_name = _("network body")
        verbose_name_plural = _("network bodies")

    @property
    def working_group_list(self):
        return [line.strip() for line in self.working_groups.splitlines() if line.strip()]


class CounsellingFinderPage(BasePage):
    """ "Find a counselling centre": one page per language; its title, introduction and body are
    translated like any page, the finder itself (filters, results, map) is rendered from the
    places on every request, from the GET query alone (``network.finder``), so a search is a
    link to share and nothing about it is stored."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("counselling-centre finder")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reader = Reader.of(request)
        places, localized = CounsellingPlace.objects.public_in(reader.language)
        choices = finder.read(request.GET, places)
        result = finder.find(places, choices, reader.language)
        url = self.get_url(request)
        context.update(
            finder=result,
            places=[
                (place, localized.get(place.translation_key, place)) for place in result.places
            ],
            finder_url=url,
            map_url=_with_query(url, choices.query(land=None, plz=None, page=None)),
            page_urls={
                "previous": _with_query(url, choices.query(page=result.number - 1)),
                "next": _with_query(url, choices.query(page=result.number + 1)),
            },
            current_land=(choices.values.get("land") or (None,))[0],
            filters=[
                (name, label, result.options[name]) for name, label in finder.DIMENSIONS.items()
            ],
            plz_error=choices.errors_about("plz"),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if "finder" in context and context["finder"].choices.errors:
            response.status_code = 400
        return response


def _with_query(url, params):
    return f"{url}?{urlencode(params)}" if params else url
