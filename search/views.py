"""``/<lang>/search/?q=…&page=…``: the site search in the reader's language.

Every input gets a page with a clear message: 200 for a search (even with nothing found, or a
page number past the end, which shows the last page), 400 for a query that is too long or a page
number that is not a number. Nothing a reader types reaches a backend as syntax (search/text.py).
With nothing found the page says what to do next: other words, the forms of exploitation, the
contact page (Settings → Special pages), and the help box.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home import navigation
from home.models import SpecialPages
from multilingual.reader import Reader

from . import decisions, places, service, text


def search(request):
    context = {"query_text": "", "results": None, "notes": []}
    raw = request.GET.get("q", "")
    try:
        query = text.parse(raw)
    except text.QueryTooLong as too_long:
        context["query_text"] = str(too_long)
        context["error"] = _(
            "Your search is too long. Please use at most %(limit)s characters."
        ) % {"limit": text.MAX_QUERY_LENGTH}
        return _render(request, context, status=400)

    context["query_text"] = query.text
    if not query:
        if query.text or raw.strip():  # only punctuation, symbols or control characters
            context["error"] = _("Please type a word or a number to search for.")
        return _render(request, context)

    number = _page_number(request.GET.get("page", "1"))
    if number is None:
        context["error"] = _("This page number is not valid. Please use the links to the pages.")
        return _render(request, context, status=400)

    reader = Reader.of(request)
    results = service.search(query, reader.locale, request, number)
    context["results"] = results
    context["places"] = places.matching(query, request) if number == 1 else []
    if number == 1:
        context["decisions"], context["more_decisions"] = decisions.matching(query, request)
    if results.total:
        context["summary"] = _summary(results.total, query.text)
    else:
        context["next_steps"] = _next_steps(reader)
    notes = context["notes"]
    if query.truncated:
        notes.append(
            ngettext(
                "Only the first word was searched for.",
                "Only the first %(count)s words were searched for.",
                text.MAX_TERMS,
            )
            % {"count": text.MAX_TERMS}
        )
    if results.clamped:
        notes.append(
            ngettext(
                "There is only one page of results.",
                "There are only %(count)s pages of results. This is the last one.",
                results.num_pages,
            )
            % {"count": results.num_pages}
        )
    if results.any_word:
        notes.append(_("No page contains all of your words. These pages contain some of them."))
    return _render(request, context)


def _summary(total, query_text):
    """ "3 results for „Hilfe“": the count in the language's plural forms."""
    results = ngettext("%(counter)s result", "%(counter)s results", total) % {"counter": total}
    # Translators: %(results)s is "1 result", "3 results", … (its plural forms are their own).
    return _("%(results)s for “%(query)s”") % {"results": results, "query": query_text}


def _next_steps(reader):
    """Where a reader who found nothing can go: the forms of exploitation and the contact page,
    in the reader's language where they exist (no query: the menu and the quick-exit bar have
    loaded both for this request)."""
    return {
        "forms": navigation.section(reader, "forms"),
        "contact": SpecialPages.pages_for(reader).get("contact"),
    }


# Above any number of results a search can have: a larger page number shows the last page like
# any number past the end, and never reaches the database as an offset it cannot hold.
MAX_PAGE_NUMBER = 100_000


def _page_number(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return min(number, MAX_PAGE_NUMBER) if number >= 1 else None


def _render(request, context, status=200):
    return TemplateResponse(request, "search/search.html", context, status=status)
