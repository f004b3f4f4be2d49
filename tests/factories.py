"""wagtail-factories for every page type, used to build extra content in tests."""

import datetime

import factory
import wagtail_factories

from home.models import DonationPage, HomePage, StandardPage
from information.models import (
    FormOfExploitationPage,
    FormsOfExploitationIndexPage,
    MissionStatementPage,
)
from network.models import NetworkBodyPage, NetworkIndexPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Start"
    introduction = "Willkommen."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    introduction = "Eine Seite."

    class Meta:
        model = StandardPage


class DonationPageFactory(wagtail_factories.PageFactory):
    title = "Spenden"
    account_holder = "KOK e.V."
    bank_name = "Evangelische Bank eG"
    iban = "DE43520604100003911047"
    bic = "GENODEF1EK1"
    reference = "Spende"

    class Meta:
        model = DonationPage


class MissionStatementPageFactory(wagtail_factories.PageFactory):
    title = "Leitbild"
    adopted_on = datetime.date(2025, 7, 18)
    preamble = "<p>Präambel</p>"
    purpose_and_goals = "<p>Zweck</p>"
    principles = "<p>Grundlagen</p>"
    way_of_working = "<p>Arbeitsweise</p>"
    tasks = "<p>Aufgaben</p>"

    class Meta:
        model = MissionStatementPage


class FormsOfExploitationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Formen der Ausbeutung"

    class Meta:
        model = FormsOfExploitationIndexPage


class FormOfExploitationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Form {n}")
    summary = "<p>Kurz erklärt.</p>"
    signs = "<ul><li>Pass wurde abgenommen</li></ul>"
    rights = "<p>Beratung ist kostenlos.</p>"
    help = "<p>Fachberatungsstellen helfen.</p>"

    class Meta:
        model = FormOfExploitationPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vernetzung"

    class Meta:
        model = NetworkIndexPage


class NetworkBodyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gremium {n}")
    scope = NetworkBodyPage.Scope.NATIONAL
    host_institution = "BMFSFJ"
    founded = 1997
    members = "Bund und Länder"
    working_groups = "AG 1\nAG 2"

    class Meta:
        model = NetworkBodyPage
