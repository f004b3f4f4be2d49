""" "KOK informiert": news items, statements, press releases and events, their index with
category and year filters, and their feeds (RSS 2.0 and Atom) per language and per category.

The index routes below itself (``RoutablePageMixin``): ``rss/``, ``atom/``, ``rss/<category>/``
and ``atom/<category>/``; an event answers ``calendar/`` below its own address (an .ics file). A feed lists only
the items that exist in its language (translations, never the German stand-ins of an
untranslated item); the index lists what a reader of the language can open, German stand-ins
marked as German.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import filters, navigation
from home.models import BasePage
from multilingual.reader import Reader

from . import feeds

PER_PAGE = 10
FEED_ITEMS = 20
MAX_VALUE = 40  # longer than any category or year: refused before any lookup


class Category(models.TextChoices):
    NEWS = "news", gettext_lazy("News")
    STATEMENT = "statement", gettext_lazy("Statement")
    PRESS = "press", gettext_lazy("Press release")
    EVENT = "event", gettext_lazy("Event")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """ "KOK informiert": one per language, newest first, ``?category=`` and ``?year=``."""

    # The list depends on the query (category, year, page): built for each request.
    content_is_shared = False

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["information.NewsItemPage"]
    home_teaser = "news"

    class Meta:
        verbose_name = gettext_lazy("news index")

    def items(self, request, own_language_only=False):
        return items_below(self, Reader.of(request), own_language_only)

    @path("")
    def index_view(self, request):
        choices = read_choices(request.GET)
        items = self.items(request)
        if "category" in choices.values:
            items = items.filter(category=choices.values["category"])
        if "year" in choices.values:
            items = items.filter(date__year=choices.values["year"])
        paginator = Paginator(items, PER_PAGE)
        number = max(1, min(choices.page, paginator.num_pages))
        listed = paginator.page(number)
        url = self.get_url(request)
        years = sorted(
            {day.year for day in self.items(request).values_list("date", flat=True).order_by()},
            reverse=True,
        )
        context = {
            "items": list(listed.object_list),
            "listing": listed,
            "choices": choices,
            "categories": Category.choices,
            "years": years,
            "page_urls": {
                "previous": with_query(url, choices.query(page=number - 1)),
                "next": with_query(url, choices.query(page=number + 1)),
            },
            "index_url": url,
            "feeds": self.feeds(request, choices.values.get("category")),
        }
        response = self.render(request, context_overrides=context)
        if choices.errors:
            response.status_code = 400
        return response

    def feeds(self, request, category=None):
        """(type, title, URL) of the feeds this page advertises: the language's, and the
        chosen category's."""
        return advertised(self, request, category)

    @path("rss/", name="rss")
    @path("rss/<str:category>/", name="rss-category")
    def rss_view(self, request, category=None):
        return self.feed(request, "rss", category)

    @path("atom/", name="atom")
    @path("atom/<str:category>/", name="atom-category")
    def atom_view(self, request, category=None):
        return self.feed(request, "atom", category)

    def feed(self, request, kind, category=None):
        """The feed lists only the items that exist in this language: no German stand-ins."""
        if category is not None and category not in Category.values:
            raise Http404
        items = self.items(request, own_language_only=True)
        if category:
            items = items.filter(category=category)
        return feeds.render(kind, self, request, items[:FEED_ITEMS], feed_title(self, category))


class NewsItemPage(RoutablePageMixin, BasePage):
    """A news item, statement, press release or event: date, category, teaser (the
    introduction) and body; an event also its time and place or that it is online."""

    date = models.DateField(
        gettext_lazy("date"),
        default=datetime.date.today,
        help_text=gettext_lazy("Shown above the text and used to sort."),
    )
    category = models.CharField(
        gettext_lazy("category"), max_length=20, choices=Category.choices, default=Category.NEWS
    )
    starts_at = models.DateTimeField(gettext_lazy("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(gettext_lazy("ends"), null=True, blank=True)
    location = models.CharField(
        gettext_lazy("place"),
        max_length=255,
        blank=True,
        help_text=gettext_lazy("Address or venue. Leave empty for an event that is only online."),
    )
    online = models.BooleanField(gettext_lazy("online"), default=False)

    parent_page_types = ["information.NewsIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.FilterField("category"),
        index.FilterField("date"),
        index.SearchField("location"),
    ]
    content_panels = BasePage.panels_around_body(
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("location"),
                FieldPanel("online"),
            ],
            heading=gettext_lazy("Event"),
            help_text=gettext_lazy("Only for the category “Event”."),
        ),
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        SynchronizedField("category"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        TranslatableField("location"),
        SynchronizedField("online"),
    ]

    class Meta:
        verbose_name = gettext_lazy("news item")
        verbose_name_plural = gettext_lazy("news items")

    @property
    def is_event(self):
        return self.category == Category.EVENT

    @property
    def search_kind(self):
        """What the site search says this is: its category ("Press release", "Event")."""
        return Category(self.category).label

    def clean(self):
        super().clean()
        errors = {}
        if self.is_event:
            if not self.starts_at:
                errors["starts_at"] = _("An event needs the time it starts.")
            elif self.ends_at and self.ends_at < self.starts_at:
                errors["ends_at"] = _("An event cannot end before it starts.")
            if not self.location and not self.online:
                errors["location"] = _("Give the place, or tick “online”.")
        elif self.starts_at or self.ends_at:
            errors["starts_at"] = _("Only an event has a time. Choose the category “Event”.")
        if errors:
            raise ValidationError(errors)

    @path("calendar/", name="ics")
    def ics_view(self, request):
        if not self.is_event or not self.starts_at:
            raise Http404
        return HttpResponse(
            feeds.ics(self, request),
            content_type="text/calendar; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{self.slug}.ics"'},
        )


@dataclass
class Choices:
    """The reader's filters of the news index, as understood, and what was not."""

    values: dict = field(default_factory=dict)  # "category" -> code, "year" -> int
    page: int = 1
    errors: list = field(default_factory=list)

    def query(self, **changes):
        params = {**self.values, **changes}
        return {name: value for name, value in params.items() if value}


def read_choices(query):
    """``Choices`` from a GET query: an unknown category, a year that is not one, a repeated
    parameter or a bad page number are named in a message, the rest still applies."""
    choices = Choices()
    for name, value, repeated in filters.given(query, ("category", "year", "page")):
        if repeated:
            choices.errors.append(filters.repeated_message())
        if name == "category":
            if len(value) <= MAX_VALUE and value in Category.values:
                choices.values["category"] = value
            else:
                choices.errors.append(_("We do not know this category, so we left it out."))
        elif name == "year":
            if year := filters.year(value):
                choices.values["year"] = year
            else:
                choices.errors.append(filters.bad_year_message())
        elif number := filters.page_number(value):
            choices.page = number
        else:
            choices.errors.append(filters.bad_page_message())
    return choices


def items_below(news_index, reader, own_language_only=False):
    """The live, public items below ``news_index`` (any page object), newest first, with what
    lists and feeds show; ``own_language_only``: the translated ones, without German stand-ins
    (aliases). Public by the restricted paths the request has loaded anyway (``.public()``
    would ask the database for them again)."""
    items = navigation.public_queryset(reader, NewsItemPage.objects.child_of(news_index).live())
    if own_language_only:
        items = items.filter(alias_of__isnull=True)
    return items.order_by("-date", "-pk").only(
        *navigation.MENU_FIELDS,
        "live",
        "introduction",
        "date",
        "category",
        "starts_at",
        "ends_at",
        "location",
        "online",
        "first_published_at",
        "last_published_at",
    )


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
        for kind, (_generator, mime, label) in feeds.KINDS.items():
            title = f"{feed_title(index, chosen)} ({label})"
            found.append((mime, title, feed_url(index, request, kind, chosen)))
    return found


def with_query(url, params):
    return f"{url}?{urlencode(params)}" if params else url


def latest(reader, count=3):
    """The newest items that exist in the reader's language, for the home page: German
    stand-ins of untranslated news would only be noise to someone reading another language."""
    news_index = navigation.section(reader, "news")
    if news_index is None:
        return []
    return reader.memo(
        ("latest-news", news_index.pk, count),
        lambda: list(items_below(news_index, reader, own_language_only=True)[:count]),
        shared=True,
    )


def event_times(item):
    """(start, end) of an event in the site's time zone."""
    start = timezone.localtime(item.starts_at) if item.starts_at else None
    end = timezone.localtime(item.ends_at) if item.ends_at else None
    return start, end
