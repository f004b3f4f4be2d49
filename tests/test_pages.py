"""Every page type: editors create it in the admin, anonymous readers see it."""

from django.test import override_settings

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import DonationPage, HomePage, StandardPage
from information.models import (
    CaseLawPage,
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    LibraryPage,
    MissionStatementPage,
    NewsIndexPage,
    NewsItemPage,
    PublicationPage,
)
from network.models import CounsellingFinderPage, NetworkBodyPage, NetworkIndexPage

from .pages import (
    DonationPageFactory,
    FormOfExploitationPageFactory,
    FormsOfExploitationIndexPageFactory,
    HomePageFactory,
    MissionStatementPageFactory,
    NetworkBodyPageFactory,
    NetworkIndexPageFactory,
    StandardPageFactory,
)

BODY = streamfield(
    [
        ("heading", {"text": "Abschnitt", "level": "h2"}),
        ("paragraph", rich_text("<p>Ein Absatz mit Text.</p>")),
        ("quote", {"quote": "Gegen Menschenhandel.", "attribution": "KOK"}),
    ]
)


def page_data(title, slug, **extra):
    return nested_form_data({"title": title, "slug": slug, "body": BODY, **extra})


@override_settings(WAGTAILADMIN_BASE_URL="http://testserver")
class EditorsCreatePagesTest(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(locale__language_code="de")

    def test_tree_rules(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                MissionStatementPage,
                FormsOfExploitationIndexPage,
                NetworkIndexPage,
                DonationPage,
                StandardPage,
                CounsellingFinderPage,
                NewsIndexPage,
                CaseLawPage,
                LibraryPage,
            },
        )
        self.assertAllowedSubpageTypes(CounsellingFinderPage, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsItemPage})
        self.assertAllowedParentPageTypes(NewsItemPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(CaseLawPage, set())
        self.assertAllowedSubpageTypes(LibraryPage, {PublicationPage})
        self.assertAllowedParentPageTypes(LibraryPage, {HomePage})
        self.assertAllowedParentPageTypes(PublicationPage, {LibraryPage})
        self.assertAllowedSubpageTypes(PublicationPage, set())
        self.assertAllowedParentPageTypes(CounsellingFinderPage, {HomePage})
        self.assertAllowedSubpageTypes(FormsOfExploitationIndexPage, {FormOfExploitationPage})
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkBodyPage})
        self.assertAllowedParentPageTypes(FormOfExploitationPage, {FormsOfExploitationIndexPage})
        self.assertAllowedParentPageTypes(NetworkBodyPage, {NetworkIndexPage})

    def test_create_home_page(self):
        self.assertCanCreate(Page.get_first_root_node(), HomePage, page_data("Start 2", "start-2"))

    def test_create_standard_page(self):
        self.assertCanCreate(self.home, StandardPage, page_data("Presse", "presse"))

    def test_create_mission_statement_page(self):
        MissionStatementPage.objects.all().delete()
        data = page_data(
            "Leitbild",
            "leitbild-neu",
            adopted_on="2025-07-18",
            preamble=rich_text("<p>Präambel</p>"),
            purpose_and_goals=rich_text("<p>Zweck</p>"),
            principles=rich_text("<p>Grundlagen</p>"),
            way_of_working=rich_text("<p>Arbeitsweise</p>"),
            tasks=rich_text("<p>Aufgaben</p>"),
        )
        self.assertCanCreate(self.home, MissionStatementPage, data)

    def test_create_forms_of_exploitation_pages(self):
        FormsOfExploitationIndexPage.objects.all().delete()
        self.assertCanCreate(self.home, FormsOfExploitationIndexPage, page_data("Formen", "formen"))
        index = FormsOfExploitationIndexPage.objects.get(slug="formen", locale__language_code="de")
        data = page_data(
            "Zwangsarbeit",
            "zwangsarbeit",
            summary=rich_text("<p>Kurz.</p>"),
            signs=rich_text("<ul><li>Kein Lohn</li></ul>"),
            rights=rich_text("<p>Rechte.</p>"),
            help=rich_text("<p>Hilfe.</p>"),
        )
        self.assertCanCreate(index, FormOfExploitationPage, data)

    def test_create_network_pages(self):
        NetworkIndexPage.objects.all().delete()
        self.assertCanCreate(self.home, NetworkIndexPage, page_data("Netzwerk", "netzwerk"))
        index = NetworkIndexPage.objects.get(slug="netzwerk", locale__language_code="de")
        data = page_data(
            "Neues Gremium",
            "neues-gremium",
            scope="national",
            founded="2020",
            host_institution="BMAS",
            kok_role=rich_text("<p>Mitglied.</p>"),
        )
        self.assertCanCreate(index, NetworkBodyPage, data)

    def test_create_donation_page(self):
        DonationPage.objects.all().delete()
        data = page_data(
            "Spenden",
            "spenden-neu",
            appeal=rich_text("<p>Bitte spenden Sie.</p>"),
            account_holder="KOK e.V.",
            bank_name="Evangelische Bank eG",
            iban="de43 5206 0410 0003 9110 47",
            bic="genodef1ek1",
            reference="Spende",
        )
        self.assertCanCreate(self.home, DonationPage, data)
        page = DonationPage.objects.get(slug="spenden-neu", locale__language_code="de")
        self.assertEqual(page.iban, "DE43520604100003911047")
        self.assertEqual(page.bic, "GENODEF1EK1")


class FactoriesBuildTest(WagtailPageTestCase):
    def test_every_factory_builds_a_page_that_renders(self):
        home = HomePage.objects.get(locale__language_code="de")
        forms_index = FormsOfExploitationIndexPageFactory(parent=home, slug="f2")
        network_index = NetworkIndexPageFactory(parent=home, slug="n2")
        pages = [
            StandardPageFactory(parent=home),
            MissionStatementPageFactory(parent=home, slug="l2"),
            DonationPageFactory(parent=home, slug="s2"),
            forms_index,
            FormOfExploitationPageFactory(parent=forms_index),
            network_index,
            NetworkBodyPageFactory(parent=network_index),
        ]
        for page in pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
        # A second home page outside any site is not routable, but it must build and save.
        extra_home = HomePageFactory(parent=Page.get_first_root_node(), slug="zweite")
        self.assertTrue(HomePage.objects.filter(pk=extra_home.pk, depth=2).exists())
