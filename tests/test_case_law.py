"""The case-law database (issue 15) as a reader and the office meet it: facet counts that are the
number of results they lead to (also with a text query), a file number unique per court, bad
parameters answered with a message and a 400, the citation line and a decision's stable
address in de and en, the RSS feed (parsed by feedparser, checked against RSS 2.0's required
elements), a bounded number of queries with 1,000 decisions, and the CSV import that refuses a
bad file with line numbers and changes nothing."""

import datetime
import io
import re
import xml.etree.ElementTree as ET  # noqa: S405 (our own feed, not input from outside)
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale

import feedparser

from information import caselaw_import
from information.caselaw import (
    CaseLawPage,
    Court,
    Decision,
    DecisionType,
    ExploitationForm,
    LegalArea,
    Norm,
)
from pagecache import invalidation

SELECT = re.compile(r'<select id="case-law-[\w-]+" name="(\w+)">(.*?)</select>', re.S)
OPTION = re.compile(r'<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)</option>')
TOTAL = re.compile(r'data-total="(\d+)"')
WORDS = ["Zwangslage", "Arbeitsentgelt", "Bordell", "Erntehelfer"]


def database_url(language="de"):
    return CaseLawPage.objects.get(locale__language_code=language).url


def get(client, params=None, language="de"):
    query = f"?{urlencode(params)}" if params else ""
    return client.get(database_url(language) + query)


def options(html):
    """{parameter: {value: count}} of every facet the page offers."""
    return {
        name: dict((value, int(count)) for value, count in OPTION.findall(body))
        for name, body in SELECT.findall(html)
    }


def total(html):
    return int(TOTAL.search(html).group(1))


def make_decisions(count, start=0, index=True):
    """``count`` German decisions spread over courts, years, areas, norms and forms."""
    german = Locale.objects.get(language_code="de")
    courts = list(Court.objects.order_by("pk"))
    norms = list(Norm.objects.order_by("pk"))
    forms = list(ExploitationForm.objects.order_by("pk"))
    areas = LegalArea.values
    made = []
    for number in range(start, start + count):
        decision = Decision(
            locale=german,
            court=courts[number % len(courts)],
            decision_type=DecisionType.values[number % 2],
            date=datetime.date(2005 + number % 19, 1 + number % 12, 1 + number % 27),
            file_number=f"{number} Test {number % 97}/{number % 23}",
            legal_area=areas[number % len(areas)],
            key_issues=f"Prüffall {WORDS[number % len(WORDS)]} Nummer{number}",
            slug=f"test-{number}",
        )
        made.append(decision)
    if index:
        for decision in made:
            decision.save()
    else:
        Decision.objects.bulk_create(made)
    through_norms = Decision.norms.through
    through_forms = Decision.forms.through
    through_norms.objects.bulk_create(
        through_norms(decision_id=decision.pk, norm_id=norms[i % len(norms)].pk)
        for i, decision in enumerate(made)
        if i % 3
    )
    through_forms.objects.bulk_create(
        through_forms(decision_id=decision.pk, exploitationform_id=forms[i % 3].pk)
        for i, decision in enumerate(made)
        if i % 4
    )
    # bulk_create sends no signal: empty the shared store (the facet table) as the commands
    # that write this way do (pagecache.invalidation).
    invalidation.clear()
    return made


class CaseLawDatabaseTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_decisions(48)

    def assert_counts_lead_to_results(self, params):
        response = get(self.client, params)
        self.assertEqual(response.status_code, 200)
        offered = options(response.content.decode())
        self.assertTrue(offered)
        checked = 0
        for name, values in offered.items():
            for value, count in values.items():
                if params.get(name) == value:
                    continue
                chosen = {**params, name: value}
                html = get(self.client, chosen).content.decode()
                self.assertEqual(total(html), count, chosen)
                self.assertGreater(count, 0, chosen)  # no option leads nowhere
                checked += 1
        return checked

    def test_each_facet_count_is_the_number_of_results_it_leads_to(self):
        checked = 0
        for params in (
            {},
            {"area": "criminal", "from": "2010"},
            {"form": "sexual", "level": "first"},
        ):
            checked += self.assert_counts_lead_to_results(params)
        self.assertGreater(checked, 40)

    def test_counts_hold_combined_with_a_text_query(self):
        html = get(self.client, {"q": "Bordell"}).content.decode()
        self.assertEqual(total(html), 12 + 1)  # 12 generated, and the BGH demo decision
        self.assert_counts_lead_to_results({"q": "Bordell"})
        self.assert_counts_lead_to_results({"q": "Zwangslage", "to": "2015"})

    def test_results_are_sorted_by_date_and_paginated(self):
        html = get(self.client).content.decode()
        self.assertEqual(total(html), 52)
        dates = re.findall(r"vom (\d\d)\.(\d\d)\.(\d{4})", html)
        days = [datetime.date(int(y), int(m), int(d)) for d, m, y in dates]
        self.assertEqual(days, sorted(days, reverse=True))
        self.assertEqual(len(days), 20)
        second = get(self.client, {"page": "3"}).content.decode()
        self.assertEqual(len(re.findall(r'class="decision"', second)), 12)
        self.assertIn("Page 3 of 3", unescape(second).replace("Seite 3 von 3", "Page 3 of 3"))

    def test_bad_parameters_give_a_message_and_a_400_never_a_500(self):
        cases = [
            {"court": "no-such-court"},
            {"from": "abc"},
            {"to": "20100"},
            {"norm": "x" * 10000},
            {"q": "Menschenhandel " * 700},  # 10,500 characters
            {"page": "-1"},
            {"area": "<script>"},
        ]
        for params in cases:
            response = get(self.client, params)
            self.assertEqual(response.status_code, 400, params)
            html = response.content.decode()
            self.assertIn('role="alert"', html, params)
            self.assertNotIn("<script>", html)
        swapped = get(self.client, {"from": "2020", "to": "2010"})
        self.assertEqual(swapped.status_code, 400)
        html = swapped.content.decode()
        self.assertEqual(
            total(html), total(get(self.client, {"from": "2010", "to": "2020"}).content.decode())
        )
        repeated = self.client.get(database_url() + "?area=criminal&area=civil")
        self.assertEqual(repeated.status_code, 400)

    def test_the_database_in_english_shows_english_where_kok_provides_it(self):
        html = get(self.client, {"court": "lg-hanau"}, language="en").content.decode()
        self.assertIn("Trafficking in human beings – smuggling", html)
        augsburg = get(self.client, {"court": "lg-augsburg"}, language="en").content.decode()
        self.assertRegex(
            augsburg, r'<p class="decision__issues" lang="de">Menschenhandel zum Zweck'
        )


class DecisionTests(TestCase):
    def test_citation_line_and_stable_address(self):
        augsburg = Decision.objects.get(
            file_number="9 KLs 507 Js 121451/07", locale__language_code="de"
        )
        self.assertEqual(
            augsburg.citation, "LG Augsburg, Urteil vom 18.02.2008 – 9 KLs 507 Js 121451/07"
        )
        self.assertEqual(augsburg.legacy_item, 30)
        for language in ("de", "en"):
            url = database_url(language) + augsburg.slug + "/"
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            html = response.content.decode()
            self.assertIn("LG Augsburg, Urteil vom 18.02.2008 – 9 KLs 507 Js 121451/07", html)
            self.assertIn(f"http://testserver{url}", html)  # the stable address, to cite
        self.assertEqual(self.client.get(database_url() + "no-such-decision/").status_code, 404)
        hanau = self.client.get(
            database_url("en")
            + Decision.objects.get(legacy_item=406, locale__language_code="de").slug
            + "/"
        ).content.decode()
        self.assertIn("The 5th Grand Commercial Criminal Chamber", hanau)
        self.assertIn("KOK CMS demo summary", hanau)

    def test_a_decision_speaks_the_readers_language_and_marks_what_is_german(self):
        """Where the database page is untranslated (an alias showing German), a decision's
        labels are still the reader's, marked as such; an untranslated decision's German
        summary is marked German; a translated one says nothing is missing."""
        augsburg = Decision.objects.get(
            file_number="9 KLs 507 Js 121451/07", locale__language_code="de"
        )
        html = self.client.get(database_url("ar") + augsburg.slug + "/").content.decode()
        self.assertIn('<article class="decision-page" lang="ar" dir="rtl">', html)
        with translation.override("ar"):
            self.assertIn(f"<dt>{translation.gettext('Court')}</dt>", html)
        self.assertRegex(html, r'<p lang="de" dir="ltr">Menschenhandel')
        hanau = Decision.objects.get(legacy_item=406, locale__language_code="de")
        english = self.client.get(database_url("en") + hanau.slug + "/").content.decode()
        self.assertIn('<article class="decision-page" lang="en" dir="ltr">', english)
        self.assertIn("<dt>Court</dt>", english)
        self.assertNotIn('id="untranslated-notice"', english)

    def test_a_file_number_is_unique_per_court(self):
        augsburg = Decision.objects.get(
            file_number="9 KLs 507 Js 121451/07", locale__language_code="de"
        )
        twin = Decision(
            locale=augsburg.locale,
            court=augsburg.court,
            decision_type=DecisionType.ORDER,
            date=datetime.date(2009, 1, 1),
            file_number="9 KLs  507 Js 121451/07",  # spaces are not a difference
            legal_area=LegalArea.CRIMINAL,
        )
        with self.assertRaises(ValidationError) as raised:
            twin.full_clean()
        self.assertIn("file_number", raised.exception.message_dict)
        twin.file_number = augsburg.file_number
        with self.assertRaises(IntegrityError), transaction.atomic():
            twin.save()
        other_court = Court.objects.get(abbreviation="LG Hanau")
        twin.pk, twin.court, twin.slug = None, other_court, ""
        twin.full_clean()  # the same number at another court is another decision
        twin.save()
        self.assertTrue(twin.slug.startswith("lg-hanau-9-kls-507"))

    def test_decisions_are_searchable_in_their_own_language(self):
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        english, german = (Locale.objects.get(language_code=code) for code in ("en", "de"))
        # A query is read in the language it is asked in (search/backends/postgres.py).
        with translation.override("en"):
            found = list(backend.search("confiscated", Decision.objects.filter(locale=english)))
            self.assertEqual([d.legacy_item for d in found], [406])
            self.assertEqual(
                list(backend.search("confiscated", Decision.objects.filter(locale=german))), []
            )


class FeedTests(TestCase):
    REQUIRED_CHANNEL = ("title", "link", "description")

    def validate_rss2(self, body):
        """The RSS 2.0 specification's required elements and formats, checked structurally (no
        W3C feed validator is packaged): <rss version="2.0"> with one <channel> that has title,
        link and description; every item has a title or a description; links and permalink
        guids are absolute http(s) addresses; dates are RFC 822; guids are unique."""
        root = ET.fromstring(body)  # noqa: S314 (our own feed)
        self.assertEqual(root.tag, "rss")
        self.assertEqual(root.get("version"), "2.0")
        channels = root.findall("channel")
        self.assertEqual(len(channels), 1)
        channel = channels[0]
        for name in self.REQUIRED_CHANNEL:
            self.assertTrue((channel.findtext(name) or "").strip(), name)
        guids = []
        for item in channel.findall("item"):
            self.assertTrue(item.findtext("title") or item.findtext("description"))
            for name in ("link", "guid"):
                self.assertIn(urlsplit(item.findtext(name)).scheme, ("http", "https"))
            parsedate_to_datetime(item.findtext("pubDate"))
            guids.append(item.findtext("guid"))
        self.assertEqual(len(guids), len(set(guids)))
        return channel

    def test_the_feed_of_new_decisions_parses_and_is_valid_rss_2(self):
        for language, expected in (("de", 4), ("en", 1)):
            response = self.client.get(database_url(language) + "rss/")
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
            parsed = feedparser.parse(response.content)
            self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
            self.assertEqual(parsed.version, "rss20")
            self.assertEqual(len(parsed.entries), expected, language)
            channel = self.validate_rss2(response.content)
            self.assertEqual(channel.findtext("language"), language)
        html = get(self.client).content.decode()
        self.assertIn('type="application/rss+xml"', html)


class BoundedQueriesTests(TestCase):
    def queries_and_size(self, params=None):
        self.client.get(database_url())  # warm the shared store (menus, routes)
        with CaptureQueriesContext(connection) as queries:
            response = get(self.client, params)
        self.assertIn(response.status_code, (200,))
        return len(queries), len(response.content)

    def test_queries_do_not_grow_with_1000_decisions_and_the_page_stays_small(self):
        views = [None, {"q": "Bordell"}, {"court": "bgh", "norm": "232-stgb", "from": "2006"}]
        before = [self.queries_and_size(params)[0] for params in views]
        make_decisions(1000, index=False)
        self.assertEqual(Decision.objects.count(), 1005)
        for params, count in zip(views, before, strict=True):
            queries, size = self.queries_and_size(params)
            self.assertEqual(queries, count, params)
            if params is None:  # the page counts the new decisions: nothing stale was served
                self.assertEqual(total(get(self.client).content.decode()), 1004)
            self.assertLess(queries, 20, params)
            self.assertLess(size, 100_000, params)
        slug = Decision.objects.filter(slug__startswith="test-").first().slug
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(database_url() + slug + "/").status_code, 200)
        self.assertLess(len(queries), 15)


GOOD = """court,type,date,file_number,legal_area,norms,forms,key_issues,summary,legacy_item
BGH,Urteil,2019-05-02,1 StR 1/19,criminal,§ 232 StGB; § 232a StGB,sexual,Zwangslage,"Erster Absatz.

Zweiter Absatz.",901
OVG Bremen,beschluss,01.02.2018,2 B 2/18,residence,§ 25 Abs. 4a AufenthG,,,,
"""
BAD = """court,type,date,file_number,legal_area,norms,forms,legacy_item
BGH,Urteil,2019-05-02,1 StR 1/19,criminal,§ 232 StGB,sexual,
AG Nirgendwo,Urteil,2019-05-02,1 Ds 1/19,criminal,,,
BGH,Vergleich,2019-13-40,,piracy,§ 999 XYZ,fishing,abc
BGH,Urteil,2019-05-02,1 StR 1/19,criminal,,,
LG Augsburg,Urteil,2008-02-18,9 KLs 507 Js 121451/07,criminal,,,
BGH,Urteil,2019-05-02,3 StR 3/19,criminal,,,497
"""


class ImportTests(TestCase):
    def run_import(self, text, dry_run=False):
        with translation.override("en"):  # the messages in English, as asserted
            return caselaw_import.import_csv(io.StringIO(text, newline=""), dry_run=dry_run)

    def test_a_bad_file_is_refused_with_line_numbers_and_changes_nothing(self):
        before = Decision.objects.count()
        result = self.run_import(BAD)
        lines = {line for line, _message in result.errors}
        self.assertEqual(lines, {3, 4, 5, 6, 7})
        text = "\n".join(f"{line}: {message}" for line, message in result.errors)
        for expected in ("AG Nirgendwo", "Vergleich", "2019-13-40", "file_number: missing", "piracy",
                         "§ 999 XYZ", "fishing", "abc", "also on line 2", "already has a decision", "497"):  # fmt: skip
            self.assertIn(expected, text)
        self.assertEqual(Decision.objects.count(), before)
        with self.assertRaises(CommandError):
            path = self.write(BAD)
            call_command("import_decisions", path, stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(Decision.objects.count(), before)
        header = self.run_import("court,date,colour\n")
        self.assertEqual(header.errors[0][0], 1)

    def test_a_dry_run_imports_nothing_then_the_import_imports_all(self):
        before = Decision.objects.count()
        dry = self.run_import(GOOD, dry_run=True)
        self.assertEqual((dry.errors, dry.decisions), ([], 2))
        self.assertEqual(Decision.objects.count(), before)
        out = io.StringIO()
        with translation.override("en"):
            call_command("import_decisions", self.write(GOOD), stdout=out, stderr=io.StringIO())
        self.assertIn("Decisions imported: 2.", out.getvalue())
        bgh = Decision.objects.get(file_number="1 StR 1/19")
        self.assertEqual(bgh.citation, "BGH, Urteil vom 02.05.2019 – 1 StR 1/19")
        self.assertEqual(sorted(n.label for n in bgh.norms.all()), ["§ 232 StGB", "§ 232a StGB"])
        self.assertEqual(bgh.summary, "<p>Erster Absatz.</p><p>Zweiter Absatz.</p>")
        self.assertEqual(bgh.legacy_item, 901)
        again = self.run_import(GOOD)
        self.assertEqual({line for line, _m in again.errors}, {2, 5})  # already there

    def write(self, text):
        import tempfile

        handle = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8")  # noqa: SIM115
        with handle:
            handle.write(text)
        return handle.name
