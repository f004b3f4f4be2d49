"""The page base every public page shares, the home, standard and donation pages, the help-box
and footer snippets, and the site settings (contact numbers, special pages)."""

from functools import cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin, get_page_models
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from multilingual.reader import Reader
from pagecache.shared import remember
from translators.permissions import PagePermissionTester

from . import navigation
from .about import LegalNotice, Person  # noqa: F401 (models of this app)
from .blocks import RICH_TEXT_FEATURES, BodyBlock, StandardBodyBlock
from .girocode import (
    EPC_NAME_MAX,
    epc_payload,
    format_iban,
    girocode_svg,
    normalize_account_code,
    validate_bic,
    validate_iban,
)


class BasePage(Page):
    """Fields and behaviour every public page shares: introduction, neutral tab title and the
    body, each with its panel, search field and translation rule, declared here once."""

    # The rendered content depends only on the page, the reader's language and the site's
    # content (no query, no user): rendered once per content change (``{% page_content %}``).
    # A page type whose content depends on anything else of the request says False.
    content_is_shared = True

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
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    # The German strings a published translation still shows, because its translator has not
    # translated them yet; set on publish (home/german_parts.py), marked lang="de" when shown.
    untranslated_parts = models.JSONField(default=list, blank=True, editable=False)

    # The home page shows the section of this role as a teaser ("forms", "network", "donation").
    home_teaser = None
    # Listed among the service links of the footer when not shown in the menu.
    footer_link = False
    # Shown side by side with the German original (information/side_by_side.py): title and
    # introduction, these text fields of the page type as (name, heading msgid), the body.
    beside_fields = ()

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
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
        TranslatableField("body"),
    ]

    @staticmethod
    def panels_around_body(*panels):
        """Title and introduction, then a page type's own ``panels``, then the body."""
        return [*Page.content_panels, FieldPanel("introduction"), *panels, FieldPanel("body")]

    content_panels = panels_around_body()

    class Meta:
        abstract = True

    @property
    def tab_title(self):
        return self.neutral_tab_title or self.seo_title or self.title

    @property
    def heading(self):
        """The page's main heading (``h1``), in the active language: its title."""
        return self.title

    @classmethod
    def get_indexed_objects(cls):
        """Alias pages are not indexed: they repeat their German source in every other locale
        (about 550 of the demo site's 700 pages) and are never search results
        (search/service.py); a page is indexed once it is translated."""
        return super().get_indexed_objects().filter(alias_of__isnull=True)

    def get_view_restrictions(self):
        """Wagtail's rule exactly (this page and its ancestors, aliases resolved to their
        sources) in two queries, however many aliases are among them. Missing upstream:
        ``Page.get_view_restrictions`` loads the ancestors, then each alias's ``alias_of`` one
        by one, and every page of an untranslated section in another language is an alias
        below aliases. Delete this when upstream resolves aliases in the ancestors query.

        The pages whose restrictions apply are kept in the shared store (``pagecache.shared``,
        emptied on every change of a page or a restriction): a public page costs no query."""
        ids = remember(("view-restrictions", self.path), self.restricting_page_ids)
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=ids)

    def restricting_page_ids(self):
        """This page and its ancestors, aliases resolved to their sources, that have a view
        restriction."""
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        rows = list(
            Page.objects.filter(path__in=paths).values_list(
                "id", "alias_of_id", "alias_of__alias_of_id"
            )
        )
        ids = {pk for pk, alias_of, _source in rows if alias_of is None}
        ids |= {alias_of for _pk, alias_of, source in rows if alias_of and source is None}
        chained = {source for _pk, _alias_of, source in rows if source}
        while chained:  # aliases of aliases of aliases: never made by this site's code
            links = list(Page.objects.filter(pk__in=chained).values_list("id", "alias_of_id"))
            ids |= {pk for pk, alias_of in links if alias_of is None}
            chained = {alias_of for _pk, alias_of in links if alias_of}
        return sorted(
            PageViewRestriction.objects.filter(page_id__in=ids)
            .values_list("page_id", flat=True)
            .distinct()
        )

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


@cache
def pages_with_own_routes():
    """Page types other than the home page that route below themselves (``RoutablePageMixin``
    or their own ``route``): the news index (its feeds), the case-law database (a decision's
    address). ``HomePage.route`` hands them the rest of an address they are a prefix of."""
    return tuple(
        model
        for model in get_page_models()
        if model.route is not Page.route and not issubclass(model, HomePage)
    )


class HomePage(BasePage):
    # One per locale: translations of the home page are siblings under the root.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "information.MissionStatementPage",
        "information.FormsOfExploitationIndexPage",
        "network.NetworkIndexPage",
        "home.DonationPage",
        "home.StandardPage",
        "network.CounsellingFinderPage",
        "information.NewsIndexPage",
        "information.CaseLawPage",
        "information.LibraryPage",
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def heading(self):
        """The home page's headline says what the site is for, whatever its title."""
        return gettext("Help against human trafficking and exploitation")

    def route(self, request, path_components):
        """Resolve the whole path below the home page in two queries instead of two per level.

        Wagtail walks the tree one slug at a time, so that a page on the way may route the rest
        itself. Here the page and its ancestors are found at once by their ``url_path`` (the
        ancestors are the breadcrumbs); a page of a type that routes itself
        (``pages_with_own_routes``: a feed, a decision) gets the rest of the path from the
        deepest such page found. An unknown path is a 404 at once, without a query once the
        live paths are kept (``keep_live_paths``).
        """
        reader = Reader.of(request)
        # Wagtail routes through the live home page in the reader's language (else German):
        # the reader's site root, known without a query of its own.
        reader.routed_home = self
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/"
            for depth in range(1, len(path_components) + 1)
        ]
        known = reader.kept(("live-routes", self.pk))
        if known is not None and prefixes[-1] not in known:
            # Unknown as a page: only a page on the way that routes itself may know it.
            routing = [prefix for prefix in prefixes if known.get(prefix)]
            if not routing:
                raise Http404  # answered from the shared store without a query
            prefixes = prefixes[: prefixes.index(routing[-1]) + 1]
        found = {
            page.url_path: page
            for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
        }
        own_routes = pages_with_own_routes()
        for depth in range(len(prefixes), 0, -1):
            page = found.get(prefixes[depth - 1])
            if page is None or not page.live:
                continue
            exact = depth == len(path_components)
            if not exact and not issubclass(page.specific_class, own_routes):
                break
            if all(prefix in found for prefix in prefixes[: depth - 1]):
                reader.know_ancestors(page, [self, *(found[p] for p in prefixes[: depth - 1])])
            page = page.specific
            if issubclass(type(page), own_routes):
                return page.route(request, path_components[depth:])
            return RouteResult(page)
        # Unknown: keep the live paths, so that the next unknown address costs no query.
        self.keep_live_paths(reader)
        raise Http404  # what Wagtail's walk would find

    def keep_live_paths(self, reader):
        """The ``url_path`` of every live page below this home page, each with whether its page
        routes below itself, kept in the shared store (emptied on every change) after the first
        unknown address: a few kilobytes per language, so that further unknown addresses,
        however many are tried, cost a cache read instead of a query. A known page's first
        route costs no more for it."""
        own_routes = {
            ContentType.objects.get_for_model(model).pk for model in pages_with_own_routes()
        }
        return reader.memo(
            ("live-routes", self.pk),
            lambda: {
                url_path: content_type in own_routes
                for url_path, content_type in Page.objects.filter(
                    path__startswith=self.path, depth__gt=self.depth, live=True
                )
                .values_list("url_path", "content_type_id")
                .iterator()
            },
            shared=True,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reader = Reader.of(request)
        teasers = navigation.home_teasers(reader)
        context["forms_index"] = teasers.get("forms")
        context["network_index"] = teasers.get("network")
        context["donation_page"] = teasers.get("donation")
        forms_index = context["forms_index"]
        # The first HOME_CARDS forms; "Read more" leads to all of them.
        context["forms"] = navigation.lazy_list(
            lambda: (
                navigation.card_page(
                    reader,
                    ("forms", forms_index.pk),
                    forms_index.specific_class.card_pages(forms_index),
                    per_page=navigation.HOME_CARDS,
                )
                if forms_index
                else []
            )
        )
        return context


class StandardPage(BasePage):
    """Impressum, Datenschutz, Kontakt, Barrierefreiheit and similar pages."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    footer_link = True
    # The shared blocks and the video (the sign-language page, "Gebärdensprache").
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("body"))

    class Meta:
        verbose_name = _("standard page")


class DonationPage(BasePage):
    appeal = RichTextField(_("appeal"), features=RICH_TEXT_FEATURES, blank=True)
    beside_fields = (("appeal", ""),)
    account_holder = models.CharField(
        _("account holder"),
        max_length=EPC_NAME_MAX,
        help_text=_(
            "The full name the bank has for this account, not abbreviated: banks compare it "
            "with the account before they transfer. Shown on the page and put into the GiroCode."
        ),
    )
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
    home_teaser = "donation"

    search_fields = [*BasePage.search_fields, index.SearchField("appeal")]
    content_panels = BasePage.panels_around_body(
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
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("appeal"),
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
    text = RichTextField(_("text"), features=["bold", "italic", "link", "contact"], blank=True)
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
    funding_notice = models.CharField(
        _("funding notice"),
        max_length=200,
        blank=True,
        help_text=_("Shown in the footer of every page, e.g. “Funded by the Federal Ministry …”."),
    )
    funder_logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("funder's logo"),
        help_text=_("Uploaded by the office, served from this site; the notice names the funder."),
    )
    support_text = models.CharField(
        _("support notice"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “KOK supports the Helpline Violence against Women”."),
    )
    support_url = models.URLField(_("support link"), blank=True)

    panels = [
        FieldPanel("about"),
        FieldPanel("donation_text"),
        MultiFieldPanel(
            [
                FieldPanel("funding_notice"),
                FieldPanel("funder_logo"),
                FieldPanel("support_text"),
                FieldPanel("support_url"),
            ],
            heading=_("Funding and support"),
        ),
    ]
    translatable_fields = [
        TranslatableField("about"),
        TranslatableField("donation_text"),
        TranslatableField("funding_notice"),
        TranslatableField("support_text"),
        SynchronizedField("funder_logo"),
        SynchronizedField("support_url"),
    ]

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
    online_counselling_url = models.URLField(
        _("KOK online counselling"),
        blank=True,
        default="https://www.kok-gegen-menschenhandel.de/der-kok/projekte/menschenhandel-20",
        help_text=_(
            "Chat and e-mail counselling in German and English; the counselling-centre finder "
            "links to it above every list of places."
        ),
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
                FieldPanel("online_counselling_url"),
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


def special_page(label):
    return models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=label,
    )


@register_setting(icon="pick")
class SpecialPages(BaseSiteSetting):
    """The pages the site links to from everywhere (quick-exit bar, home page, search, footer),
    chosen by an editor instead of found by their slug, so renaming or moving one keeps every
    link. Choose the German page; readers of other languages get its version in their language,
    else the German one (``pages_for``). ``manage.py check`` warns about any left unset
    (home/checks.py)."""

    ROLES = (
        "browse_safely",
        "easy_language",
        "sign_language",
        "contact",
        "finder",
        "accessibility",
        "data_protection",
        "legal_notice",
    )

    browse_safely = special_page(_("Browse safely (linked from the quick-exit bar)"))
    easy_language = special_page(_("Leichte Sprache (linked from the home page)"))
    sign_language = special_page(_("Sign language (linked from the home page)"))
    contact = special_page(_("Contact and counselling (promoted in the search)"))
    finder = special_page(
        _("Counselling-centre finder (linked from the help box, the home page and every form)")
    )
    accessibility = special_page(_("Accessibility statement"))
    data_protection = special_page(_("Data protection"))
    legal_notice = special_page(_("Legal notice (Impressum): shows Settings → Legal notice"))

    panels = [FieldPanel(role) for role in ROLES]

    class Meta:
        verbose_name = _("special pages")

    @classmethod
    def pages_for(cls, reader):
        """Role -> the chosen page in the reader's language, else German; live and public
        pages only. One query (the setting is read inside it), memoised per request and in the
        shared store."""

        def compute():
            if reader.site is None:
                return {}
            chosen = cls.objects.filter(site_id=reader.site.pk)
            sources = Q()
            for role in cls.ROLES:
                sources |= Q(pk__in=chosen.values(f"{role}_id"))
            candidates = (
                Page.objects.filter(
                    translation_key__in=Page.objects.filter(sources).values("translation_key"),
                    locale__language_code__in={reader.language, settings.LANGUAGE_CODE},
                )
                .select_related("locale")
                .only(*navigation.MENU_FIELDS, "live", "locale__language_code")
                .annotate(
                    **{
                        f"is_{role}": Exists(
                            chosen.filter(
                                **{f"{role}__translation_key": OuterRef("translation_key")}
                            )
                        )
                        for role in cls.ROLES
                    }
                )
            )
            pages = list(candidates)
            preferred = navigation.preferred_versions(reader, pages)
            roles = {}
            for page in pages:
                for role in cls.ROLES:
                    if getattr(page, f"is_{role}") and page.translation_key in preferred:
                        roles[role] = preferred[page.translation_key]
            return roles

        return reader.memo("special_pages", compute, shared=True)
