"""The news feeds (RSS 2.0 and Atom, Django's ``feedgenerator``) and an event's calendar entry
(iCalendar, the ``icalendar`` library).

A feed belongs to one news index, i.e. one language, and lists only the items that exist in that
language (``items_below(..., own_language_only=True)``): a reader subscribed to the Romanian feed
never gets German. Every address in them is absolute, on the host the feed was asked from.
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

import icalendar

from .news import FEED_ITEMS, Category, NewsIndexPage, items_below

KINDS = {
    "rss": (Rss201rev2Feed, "application/rss+xml", "RSS"),
    "atom": (Atom1Feed, "application/atom+xml", "Atom"),
}


def feed_title(index, category=None):
    if category:
        return f"{index.title}: {Category(category).label}"
    return str(index.title)


def feed_url(index, request, kind, category=None):
    """The feed's address below ``index`` (any page object of the news index)."""
    name, args = (f"{kind}-category", (category,)) if category else (kind, ())
    return index.get_url(request) + NewsIndexPage.get_resolver().reverse(name, *args)


def advertised(index, request, category=None):
    """(MIME type, title, address) of the feeds a page links with ``rel="alternate"``: the
    language's, and the chosen category's."""
    found = []
    for chosen in (None, category) if category else (None,):
        for kind, (_generator, mime, label) in KINDS.items():
            title = f"{feed_title(index, chosen)} ({label})"
            found.append((mime, title, feed_url(index, request, kind, chosen)))
    return found


def day_start(day):
    """A news item's date as the start of that day in the site's time zone (feeds want a time)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def serve(index, request, kind, category=None):
    if category is not None and category not in Category.values:
        raise Http404
    generator, mime, _label = KINDS[kind]
    items = items_below(index, own_language_only=True)
    if category:
        items = items.filter(category=category)
    items = list(items[:FEED_ITEMS])
    language = index.locale.language_code
    feed = generator(
        title=feed_title(index, category),
        link=request.build_absolute_uri(index.get_url(request)),
        description=index.introduction or index.search_description or str(index.title),
        language=language,
        feed_url=request.build_absolute_uri(),
        feed_guid=request.build_absolute_uri(),
        author_name="KOK e.V.",
    )
    for item in items:
        url = request.build_absolute_uri(item.get_url(request))
        feed.add_item(
            title=item.title,
            link=url,
            description=item.introduction or item.search_description or item.title,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=day_start(item.date),
            updateddate=item.last_published_at or day_start(item.date),
            categories=[str(Category(item.category).label)],
        )
    response = HttpResponse(content_type=f"{mime}; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def ics(item, request):
    """The event as an iCalendar file (RFC 5545) with its time zone, to add to a calendar."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//KOK e.V.//KOK CMS//DE")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", f"{item.translation_key}-{item.locale.language_code}@{request.get_host()}")
    event.add("dtstamp", item.last_published_at or timezone.now())
    event.add("dtstart", timezone.localtime(item.starts_at))
    if item.ends_at:
        event.add("dtend", timezone.localtime(item.ends_at))
    event.add("summary", item.title)
    if item.introduction:
        event.add("description", item.introduction)
    event.add("location", item.location or _("Online"))
    event.add("url", request.build_absolute_uri(item.get_url(request)))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
