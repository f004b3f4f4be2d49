"""KOK's network: the bodies, alliances and platforms KOK is a member of or works in."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import navigation
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from multilingual.reader import Reader


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


from .counselling import CounsellingPlace, Organisation  # noqa: E402, F401 (the finder's data)
