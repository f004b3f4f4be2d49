"""The news feeds (RSS 2.0 and Atom, Django's ``feedgenerator``) and an event's calendar entry
(iCalendar, the ``icalendar`` library).

The news index chooses what a feed lists (in ``information.news``: only the items that exist in
its language, so a reader subscribed to the Romanian feed never gets German); this module only
writes it. Every address in them is absolute, on the host the feed was asked from.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

import icalendar

KINDS = {
    "rss": (Rss201rev2Feed, "application/rss+xml", "RSS"),
    "atom": (Atom1Feed, "application/atom+xml", "Atom"),
}


def day_start(day):
    """A news item's date as the start of that day in the site's time zone (feeds want a time)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def render(kind, index, request, items, title):
    """The feed of ``kind`` ("rss" or "atom") of ``index`` listing ``items``, as a response."""
    generator, mime, _label = KINDS[kind]
    feed = generator(
        title=title,
        link=request.build_absolute_uri(index.get_url(request)),
        description=index.introduction or index.search_description or str(index.title),
        language=index.locale.language_code,
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
            categories=[str(item.get_category_display())],
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
