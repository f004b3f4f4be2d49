"""Information for affected people (the Leitbild, the forms of exploitation) and for professionals
("KOK informiert": information/news.py, the case law: caselaw.py, the publications and leaflets:
publications.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import navigation
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from multilingual.reader import Reader

from .caselaw import CaseLawPage, Court, Decision, ExploitationForm, Norm  # noqa: F401 (models)
from .glossary import GlossaryTerm  # noqa: F401 (a model of this app)
from .news import NewsIndexPage, NewsItemPage  # noqa: F401 (models of this app)
from .publications import (  # noqa: F401 (models of this app)
    Audience,
    LibraryPage,
    PublicationFile,
    PublicationPage,
    Topic,
)


class MissionStatementPage(BasePage):
    """The Leitbild, adopted by the general assembly, with its fixed sections."""

    adopted_on = models.DateField(_("adopted on"))
    preamble = RichTextField(_("preamble"), features=RICH_TEXT_FEATURES)
    purpose_and_goals = RichTextField(_("purpose and goals"), features=RICH_TEXT_FEATURES)
    principles = RichTextField(_("principles of our work"), features=RICH_TEXT_FEATURES)
    way_of_working = RichTextField(_("way of working"), features=RICH_TEXT_FEATURES)
    tasks = RichTextField(_("tasks"), features=RICH_TEXT_FEATURES)

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    # The sections in reading order with their headings (also side by side with German).
    beside_fields = (
        ("preamble", gettext_noop("Preamble")),
        ("purpose_and_goals", gettext_noop("Purpose and goals")),
        ("principles", gettext_noop("Principles of our work")),
        ("way_of_working", gettext_noop("Way of working")),
        ("tasks", gettext_noop("Tasks")),
    )
    SECTIONS = tuple(name for name, _heading in beside_fields)

    search_fields = [*BasePage.search_fields, *(index.SearchField(name) for name in SECTIONS)]
    content_panels = BasePage.panels_around_body(
        FieldPanel("adopted_on"), *(FieldPanel(name) for name in SECTIONS)
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        *(TranslatableField(name) for name in SECTIONS),
        SynchronizedField("adopted_on"),
    ]

    class Meta:
        verbose_name = _("mission statement page")

    @property
    def sections(self):
        """(heading, html) pairs in reading order, headings in the reader's language."""
        return [(name, _(heading), getattr(self, name)) for name, heading in self.beside_fields]


class FormsOfExploitationIndexPage(BasePage):
    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["information.FormOfExploitationPage"]
    home_teaser = "forms"  # the home page shows the forms as cards

    class Meta:
        verbose_name = _("forms of exploitation index")

    @staticmethod
    def card_pages(index):
        """The live forms of exploitation below ``index`` (any page object), in tree order,
        with what their cards show."""
        return (
            FormOfExploitationPage.objects.child_of(index)
            .live()
            .order_by("path")
            .only(*navigation.MENU_FIELDS, "live", "introduction")
        )

    def get_context(self, request, *args, **kwargs):
        """The cards of the forms, ``CARDS_PER_PAGE`` at a time (``?page=``)."""
        context = super().get_context(request, *args, **kwargs)
        context["forms"] = navigation.lazy_list(
            lambda: navigation.card_page(
                Reader.of(request),
                ("forms", self.pk),
                self.card_pages(self),
                request.GET.get("page", 1),
            )
        )
        return context


class FormOfExploitationPage(BasePage):
    summary = RichTextField(
        _("in plain words"),
        features=["bold", "italic", "ul", "link", "contact"],
        help_text=_("Short sentences, everyday words: what this form of exploitation is."),
    )
    signs = RichTextField(_("signs to look for"), features=RICH_TEXT_FEATURES)
    rights = RichTextField(_("rights of affected people"), features=RICH_TEXT_FEATURES)
    help = RichTextField(_("where to get help"), features=RICH_TEXT_FEATURES)
    beside_fields = (
        ("summary", gettext_noop("In plain words")),
        ("signs", gettext_noop("Signs to look for")),
        ("rights", gettext_noop("Your rights")),
        ("help", gettext_noop("Where to get help")),
    )

    parent_page_types = ["information.FormsOfExploitationIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("signs"),
        index.SearchField("rights"),
        index.SearchField("help"),
    ]
    content_panels = BasePage.panels_around_body(
        FieldPanel("summary"), FieldPanel("signs"), FieldPanel("rights"), FieldPanel("help")
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("signs"),
        TranslatableField("rights"),
        TranslatableField("help"),
    ]

    class Meta:
        verbose_name = _("form of exploitation")
        verbose_name_plural = _("forms of exploitation")
