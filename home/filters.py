"""Reading the filters of a list page from its GET query, the same way on every list: the
counselling-centre finder, the news index, the case-law database and the publications library.

Each of them takes one value per parameter (stripped; a blank one is no choice), names a
repeated parameter, a page number or a year that is not one, or a choice it does not know, in
the same words, and applies the rest. What a value means stays with each list.
"""

from django.utils.translation import gettext as _

MAX_PAGE_DIGITS = 6  # no list has a million pages: a longer number never reaches an offset


def given(query, names):
    """``(name, value, repeated)`` for each of ``names`` that the query (a QueryDict) gives a
    non-blank value: the first one, and whether there were more."""
    for name in names:
        values = [value.strip() for value in query.getlist(name)]
        values = [value for value in values if value]
        if values:
            yield name, values[0], len(values) > 1


def page_number(value):
    """A page number (1, 2, …) from ``value``, or None."""
    if value.isascii() and value.isdigit() and len(value) <= MAX_PAGE_DIGITS and int(value) > 0:
        return int(value)
    return None


def year(value):
    """A year of four digits from ``value``, or None."""
    if value.isascii() and value.isdigit() and len(value) == 4:
        return int(value)
    return None


def repeated_message():
    return _("Please choose one value for each filter. We used the first one.")


def bad_page_message():
    return _("This page number is not valid. Please use the links to the pages.")


def bad_year_message():
    return _("A year has four digits, for example 2024. We left it out.")


def unknown_message(label):
    """``label``: the filter's name as the page shows it."""
    return _("%(filter)s: we do not know this choice, so we left it out.") % {"filter": label}
