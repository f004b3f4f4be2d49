"""Old addresses of KOK's previous site that a redirect table cannot hold.

Old links in general are Wagtail's redirects (``wagtail.contrib.redirects``: Settings →
Redirects, imported from a CSV of old path and new address; README "Old addresses"). The old
case-law database's decisions cannot be: their address is one path with the item in the query,
``/rechtsprechungsdatenbank/datenbank/detailansicht?tx_t3ukudb_urteile[item]=497&cHash=…``, and
the ``cHash`` (and sometimes ``type=98``) varies between links to the same decision, while a
redirect matches the whole query. This view reads the item number, which the import keeps as
``Decision.legacy_item``, and sends the reader on for good to the decision's stable address in
German, the language of the old database. An unknown or malformed item is a 404, as before.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect

from .caselaw import CaseLawPage, Decision

ITEM_PARAMETER = "tx_t3ukudb_urteile[item]"


def old_decision(request):
    value = request.GET.get(ITEM_PARAMETER, "")
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
        raise Http404
    language = settings.LANGUAGE_CODE
    decision = Decision.objects.filter(
        locale__language_code=language, legacy_item=int(value)
    ).first()
    database = CaseLawPage.objects.live().public().filter(locale__language_code=language).first()
    if decision is None or database is None:
        raise Http404
    return HttpResponsePermanentRedirect(decision.url_on(database, request))
