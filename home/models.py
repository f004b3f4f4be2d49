from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import RICH_TEXT_FEATURES, BodyBlock
from .girocode import (
    epc_payload,
    format_iban,
    girocode_svg,
    normalize_account_code,
    validate_bic,
    validate_iban,
)
from .translator_permissions import PagePermissionTester


class BasePage(Page):
    """Fields and behaviour every public page shares."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two plain sentences under the title.")
    )
    neutral_tab_title = models.CharField(
        _("neutral tab title"),
        max_length=80,
        blank=True,
        help_text=_(
            "Shown in the browser tab instead of the title, so that someone looking at the "
            "screen does not see an alarming word. Example: “Information”."
        ),
    )

    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("neutral_tab_title")], heading=_("Safety")),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("neutral_tab_title"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        request.kok_page = self  # lets the site-wide template tags reuse what is loaded
        return super().get_context(request, *args, **kwargs)

    @property
    def tab_title(self):
        return self.neutral_tab_title or self.seo_title or self.title

    @classmethod
    def get_indexed_objects(cls):
        """Alias pages are not indexed: they repeat their German source in every other locale
        (about 550 of the demo site's 700 pages) and are never search results
        (search/service.py); a page is indexed once it is translated."""
        return super().get_indexed_objects().filter(alias_of__isnull=True)

    def permissions_for_user(self, user):
        return PagePermissionTester(user, self)  # translators may not delete pages

    def serve_password_required_response(self, request, form, action_url):
        """The password form of a protected page, in the site's layout (quick exit, language,
        help box) but without the page's own title or text; a wrong password is a 403."""
        response = super().serve_password_required_response(request, form, action_url)
        response.context_data["restricted"] = True
        if form.is_bound:
            response.status_code = 403
        return response


class BodyMixin(models.Model):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    class Meta:
        abstract = True


class HomePage(BodyMixin, BasePage):
    # One per locale: translations of the home page are siblings under the root.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "information.MissionStatementPage",
        "information.FormsOfExploitationIndexPage",
        "network.NetworkIndexPage",
        "home.DonationPage",
        "home.StandardPage",
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Resolve the whole path below the home page in two queries instead of two per level.

        Wagtail walks the tree one slug at a time; our pages have no sub-routes of their own, so
        the page is found directly by its ``url_path``. Anything else (RoutablePage routes,
        unknown paths) falls back to Wagtail's walk, which also raises the 404.
        """
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = (
                Page.objects.filter(url_path=url_path, path__startswith=self.path)
                .specific()
                .first()
            )
            if page is not None and page.live:
                return RouteResult(page)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from home.templatetags.kok_tags import public_only, root_children
        from information.models import FormOfExploitationPage, FormsOfExploitationIndexPage
        from network.models import NetworkIndexPage

        context = super().get_context(request, *args, **kwargs)
        sections = [page for page in root_children(request) if page.show_in_menus]
        by_class = {page.specific_class: page for page in sections}
        context["forms_index"] = by_class.get(FormsOfExploitationIndexPage)
        context["network_index"] = by_class.get(NetworkIndexPage)
        context["donation_page"] = by_class.get(DonationPage)
        context["forms"] = public_only(
            request,
            FormOfExploitationPage.objects.live().descendant_of(self).order_by("path"),
        )
        return context


class StandardPage(BodyMixin, BasePage):
    """Impressum, Datenschutz, Kontakt, Barrierefreiheit and similar pages."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]

    class Meta:
        verbose_name = _("standard page")


class DonationPage(BodyMixin, BasePage):
    appeal = RichTextField(_("appeal"), features=RICH_TEXT_FEATURES, blank=True)
    account_holder = models.CharField(_("account holder"), max_length=70)
    bank_name = models.CharField(_("bank"), max_length=100)
    iban = models.CharField(
        _("IBAN"),
        max_length=42,
        validators=[validate_iban],
        help_text=_("Spaces are allowed; the check digits are verified."),
    )
    bic = models.CharField(_("BIC"), max_length=14, blank=True, validators=[validate_bic])
    reference = models.CharField(
        _("payment reference"),
        max_length=140,
        blank=True,
        help_text=_("Put into the GiroCode as the remittance text, e.g. “Spende”."),
    )

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    search_fields = [*BasePage.search_fields, index.SearchField("appeal"), index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("appeal"),
        MultiFieldPanel(
            [
                FieldPanel("account_holder"),
                FieldPanel("bank_name"),
                FieldPanel("iban"),
                FieldPanel("bic"),
                FieldPanel("reference"),
            ],
            heading=_("Donation account"),
        ),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("appeal"),
        TranslatableField("body"),
        SynchronizedField("account_holder"),
        SynchronizedField("bank_name"),
        SynchronizedField("iban"),
        SynchronizedField("bic"),
        SynchronizedField("reference"),
    ]

    class Meta:
        verbose_name = _("donation page")

    def clean(self):
        super().clean()
        self.iban = normalize_account_code(self.iban)
        self.bic = normalize_account_code(self.bic)

    @property
    def iban_display(self):
        return format_iban(self.iban)

    @cached_property
    def epc_payload(self):
        return epc_payload(
            name=self.account_holder, iban=self.iban, bic=self.bic, text=self.reference
        )

    @cached_property
    def girocode_svg(self):
        return girocode_svg(self.epc_payload, title="GiroCode")


@register_snippet
class HelpBox(TranslatableMixin, models.Model):
    """The “get help now” box shown on the home page, in search and on help pages.

    The numbers come from the (language-neutral) contact settings; every word is here.
    """

    heading = models.CharField(_("heading"), max_length=100)
    text = RichTextField(_("text"), features=["bold", "italic", "link"], blank=True)
    emergency_label = models.CharField(_("emergency label"), max_length=150)
    helpline_label = models.CharField(_("helpline label"), max_length=200)
    counselling_label = models.CharField(_("counselling label"), max_length=200)

    panels = [
        FieldPanel("heading"),
        FieldPanel("text"),
        FieldPanel("emergency_label"),
        FieldPanel("helpline_label"),
        FieldPanel("counselling_label"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("help box")
        verbose_name_plural = _("help boxes")

    def __str__(self):
        return f"{self.heading} ({self.locale})"


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    about = models.TextField(_("about KOK"), help_text=_("One or two sentences in the footer."))
    donation_text = models.CharField(_("donation invitation"), max_length=200)

    panels = [FieldPanel("about"), FieldPanel("donation_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale})"


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Language-neutral contact data only: Wagtail settings cannot be translated (wagtail#11508)."""

    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        default="KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.",
    )
    street = models.CharField(_("street"), max_length=200, blank=True)
    address_extra = models.CharField(_("address extra"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    emergency_police = models.CharField(_("police emergency number"), max_length=10, default="110")
    emergency_ambulance = models.CharField(
        _("ambulance and fire emergency number"), max_length=10, default="112"
    )
    womens_helpline = models.CharField(
        _("Helpline Violence against Women"), max_length=20, default="116 016"
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.dwd.de/",
        help_text=_("A neutral page (weather, news) the quick exit button leaves for."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("street"),
                FieldPanel("address_extra"),
                FieldPanel("postcode"),
                FieldPanel("city"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("emergency_police"),
                FieldPanel("emergency_ambulance"),
                FieldPanel("womens_helpline"),
            ],
            heading=_("Emergency and helpline numbers"),
        ),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("contact and emergency numbers")

    @staticmethod
    def tel(number):
        return "".join(ch for ch in number if ch.isdigit() or ch == "+")
