"""Template tags of "KOK informiert": an item's line of category, date and event time and place;
the home page's latest items and feed links."""

from django import template

from home import navigation
from multilingual.reader import Reader

from ..news import Category, advertised, event_times, latest

register = template.Library()


@register.inclusion_tag("information/news_meta.html")
def news_meta(item):
    start, end = event_times(item) if item.category == Category.EVENT else (None, None)
    return {"item": item, "category": Category(item.category).label, "start": start, "end": end}


def _news_index(context):
    return navigation.section(Reader.of(context["request"]), "news")


@register.inclusion_tag("information/latest_news.html", takes_context=True)
def latest_news(context):
    """The home page's newest items in the reader's language, with the way to all of them."""
    reader = Reader.of(context["request"])
    return {"news_index": _news_index(context), "items": latest(reader), "request": reader.request}


@register.inclusion_tag("information/feed_links.html", takes_context=True)
def news_feed_links(context):
    """``<link rel="alternate">`` for the feeds of the reader's language (home page)."""
    news_index = _news_index(context)
    return {"feeds": advertised(news_index, context["request"]) if news_index else []}
