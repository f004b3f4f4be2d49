""" "KOK informiert": the index with its filters, the feeds per language and category, an event's
calendar file, the home page's latest items, and bad input refused with a message."""

import datetime
import re
import xml.etree.ElementTree as etree  # noqa: S405 (our own server's output)
from email.utils import parsedate_to_datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape

import feedparser
import icalendar
import pytest

from information.models import NewsIndexPage, NewsItemPage
from tests.pages import translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def news_index(code="de"):
    return NewsIndexPage.objects.get(locale__language_code=code)


def add_item(index, title, *, day, category="news", publish=True, **fields):
    item = NewsItemPage(
        title=title,
        introduction=f"Kurz: {title}.",
        date=day,
        category=category,
        **fields,
    )
    index.add_child(instance=item)
    if publish:
        item.save_revision().publish()
    return item


def check_rss(text):
    """RSS 2.0 as its specification requires it (https://www.rssboard.org/rss-specification):
    a channel with title, link and description; every item with a title or a description, a
    permalink guid, an RFC 822 date. Returns the items' titles."""
    root = etree.fromstring(text.encode())  # noqa: S314
    assert root.tag == "rss" and root.get("version") == "2.0"
    (channel,) = root.findall("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    titles = []
    for item in channel.findall("item"):
        assert item.findtext("title") or item.findtext("description")
        assert item.find("guid").get("isPermaLink") != "false"
        assert item.findtext("link").startswith("http")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        titles.append(item.findtext("title"))
    return titles


def check_atom(text):
    """Atom as RFC 4287 requires it: the feed with id, title, updated, an author and a link to
    itself; every entry with id, title, updated and an alternate link. Returns the titles."""
    root = etree.fromstring(text.encode())  # noqa: S314
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert any(link.get("rel") == "self" for link in root.findall(f"{ATOM}link"))
    titles = []
    for entry in root.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert entry.find(f"{ATOM}link").get("rel") == "alternate"
        titles.append(entry.findtext(f"{ATOM}title"))
    return titles


def test_the_index_lists_newest_first_and_filters_by_category_and_year(client):
    index = news_index()
    add_item(index, "Stellungnahme zum Gesetz", day=datetime.date(2024, 3, 1), category="statement")
    add_item(index, "Neue Meldung", day=datetime.date(2025, 1, 10))
    page = client.get(index.url)
    assert page.status_code == 200
    html = page.content.decode()
    titles = re.findall(r'class="news-teaser__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles[:2] == ["Neue Meldung", "Stellungnahme zum Gesetz"]
    assert len(titles) == 5  # and the three shipped items

    statements = client.get(index.url, {"category": "statement"}).content.decode()
    assert "Stellungnahme zum Gesetz" in statements and "Neue Meldung" not in statements
    of_2025 = client.get(index.url, {"year": "2025"}).content.decode()
    assert "Neue Meldung" in of_2025 and "Stellungnahme zum Gesetz" not in of_2025
    assert '<option value="2025" selected>' in of_2025
    nothing = client.get(index.url, {"year": "2024", "category": "press"})
    assert nothing.status_code == 200
    with translation.override("de"):
        empty = translation.gettext(
            "Nothing matches these filters. Choose another category or year."
        )
    assert escape(empty) in nothing.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"year": "abc"}, "A year has four digits, for example 2024. We left it out."),
        ({"category": "gossip"}, "We do not know this category, so we left it out."),
        ({"category": "x" * 10_000}, "We do not know this category, so we left it out."),
        ({"page": "-1"}, "This page number is not valid. Please use the links to the pages."),
        (
            {"year": ["2024", "2025"]},
            "Please choose one value for each filter. We used the first one.",
        ),
    ],
)
def test_bad_filters_are_named_and_answered_with_400(client, query, message):
    response = client.get(news_index().url, query)
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override("de"):
        assert escape(translation.gettext(message)) in html
    assert 'id="news-list-heading"' in html  # the list is still there


def test_the_index_asks_the_same_number_of_queries_for_5_or_60_items(client):
    index = news_index()

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(index.url, {"page": "2"}).status_code == 200
        return len(captured)

    for number in range(2):
        add_item(index, f"Meldung {number}", day=datetime.date(2023, 1, 1 + number))
    few = queries()
    for number in range(2, 57):
        add_item(index, f"Meldung {number}", day=datetime.date(2023, 2, 1 + number % 28))
    assert queries() == few


def test_feeds_parse_and_list_only_the_items_of_their_language(client):
    english, german = news_index("en"), news_index("de")
    only_german = add_item(german, "Nur auf Deutsch", day=datetime.date(2025, 5, 5))
    for kind, check in (("rss", check_rss), ("atom", check_atom)):
        de = client.get(f"{german.url}{kind}/")
        assert de.status_code == 200 and de["Content-Type"].startswith(f"application/{kind}+xml")
        de_titles = check(de.content.decode())
        assert de_titles[0] == "Nur auf Deutsch" and len(de_titles) == 4
        parsed = feedparser.parse(de.content)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert [entry.title for entry in parsed.entries] == de_titles
        assert parsed.feed.language.startswith("de") or parsed.feed.get("language") == "de"

        en = client.get(f"{english.url}{kind}/")
        en_titles = check(en.content.decode())
        assert len(en_titles) == 3 and only_german.title not in en_titles
        assert "Anti-Slavery: guidance on Covid-19 and human trafficking" in en_titles
        # A language without translated items: an empty feed, never German stand-ins.
        ro = client.get(f"{news_index('ro').url}{kind}/")
        assert check(ro.content.decode()) == []


def test_a_category_feed_lists_only_its_category_and_an_unknown_one_is_404(client):
    index = news_index()
    add_item(index, "Pressemitteilung A", day=datetime.date(2025, 6, 1), category="press")
    titles = check_rss(client.get(f"{index.url}rss/press/").content.decode())
    assert titles == ["Pressemitteilung A"]
    assert check_atom(client.get(f"{index.url}atom/news/").content.decode())[-1].startswith(
        "Corona"
    )
    assert client.get(f"{index.url}rss/gossip/").status_code == 404
    assert client.get(f"{index.url}rss/{'x' * 10_000}/").status_code == 404


def test_pages_advertise_their_feeds(client):
    index = news_index()
    home = client.get("/de/").content.decode()
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="KOK informiert (RSS)" href="{index.url}rss/">'
        in home
    )
    chosen = client.get(index.url, {"category": "press"}).content.decode()
    assert f'href="{index.url}atom/press/"' in chosen


def test_the_home_page_shows_the_latest_items_of_its_language_only(client):
    german = client.get("/de/").content.decode()
    assert "Anti-Slavery: Leitlinie zu Covid-19 und Menschenhandel" in german
    assert 'aria-labelledby="teaser-news"' in german
    english = client.get("/en/").content.decode()
    assert "Anti-Slavery: guidance on Covid-19 and human trafficking" in english
    assert "Leitlinie" not in english
    # No news exists in Romanian: the Romanian home page shows no German ones.
    assert 'aria-labelledby="teaser-news"' not in client.get("/ro/").content.decode()


def test_an_event_downloads_as_a_calendar_entry_in_berlin_time(client):
    index = news_index()
    start = timezone.make_aware(datetime.datetime(2026, 10, 16, 10, 0))
    event = add_item(
        index,
        "Vorstellung des Datenberichts",
        day=datetime.date(2026, 10, 1),
        category="event",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        online=True,
    )
    page = client.get(event.url).content.decode()
    assert f'href="{event.url}calendar/"' in page
    assert "Online" in page
    response = client.get(f"{event.url}calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Vorstellung des Datenberichts"
    assert entry.decoded("DTSTART") == start
    assert entry["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert calendar.walk("VTIMEZONE")  # the time zone travels with the entry
    assert str(entry["URL"]).endswith(event.url)
    # A news item is not an event.
    item = NewsItemPage.objects.get(
        slug="anti-slavery-leitlinie-covid-19", locale__language_code="de"
    )
    assert client.get(f"{item.url}calendar/").status_code == 404


def test_an_editor_is_told_what_an_event_needs(admin_client):
    index = news_index()
    item = NewsItemPage(title="Termin", date=datetime.date(2026, 1, 1), category="event")
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        item.full_clean(exclude=["path", "depth", "url_path", "slug"])
    assert "starts_at" in refused.value.message_dict
    assert "location" in refused.value.message_dict
    news = NewsItemPage(
        title="Meldung",
        date=datetime.date(2026, 1, 1),
        starts_at=timezone.now(),
    )
    with pytest.raises(ValidationError) as refused:
        news.full_clean(exclude=["path", "depth", "url_path", "slug"])
    assert "starts_at" in refused.value.message_dict
    assert index.pk  # the index the editor would add it to


def test_a_translated_item_appears_in_its_languages_feed(client):
    german = news_index()
    item = add_item(german, "Übersetzte Meldung", day=datetime.date(2025, 7, 7))
    translate(item, "ro")
    titles = check_rss(client.get(f"{news_index('ro').url}rss/").content.decode())
    assert len(titles) == 1
