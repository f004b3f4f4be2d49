"""What operations and robots ask of every site: /healthz and /readyz for load balancers,
/robots.txt, /.well-known/security.txt, and no TRACE.

- ``/healthz``: the process answers (no database, no cache): for "restart me?".
- ``/readyz``: the database and the cache answer: for "send me readers?"; 503 otherwise. Neither
  says why (no versions, no hosts, no errors): a load balancer needs the status code only.
  Both are never cached (``Cache-Control: no-store``) and set no cookie.
- ``/robots.txt`` keeps crawlers out of the admin and the search results (a search URL holds what
  a reader typed) and names the sitemap.
- ``/.well-known/security.txt`` (RFC 9116) names the office's address from Settings → Contact.
- ``TraceRefusedMiddleware``: TRACE and TRACK answer 405 on every path; Django itself would serve
  the page.
"""

import datetime

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils import timezone
from django.views.decorators.http import require_safe

from wagtail.models import Site

REFUSED_METHODS = {"TRACE", "TRACK", "CONNECT"}
ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"]


class TraceRefusedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in REFUSED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        return self.get_response(request)


def _plain(text, status=200):
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def healthz(request):
    return _plain("ok\n")


def database_ready():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_ready():
    """The cache answers a write and a read (a Redis that is down, with ``IGNORE_EXCEPTIONS``,
    reads back nothing)."""
    key = "kokcms:readyz"
    try:
        cache.set(key, "1", timeout=10)
        return cache.get(key) == "1"
    except Exception:  # noqa: BLE001 (any cache backend's failure means "not ready")
        return False


@require_safe
def readyz(request):
    if database_ready() and cache_ready():
        return _plain("ready\n")
    return _plain("not ready\n", status=503)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_safe
def security_txt(request):
    """RFC 9116: a contact and an expiry; the expiry moves with the calendar (one year ahead,
    at the start of the month), so the file never goes stale while the site runs."""
    from home.models import ContactSettings

    site = Site.find_for_request(request)
    contact = ContactSettings.for_site(site) if site else None
    email = contact.email if contact and contact.email else None
    if email is None:
        return _plain("", status=404)
    today = timezone.now().date().replace(day=1)
    expires = datetime.datetime(today.year + 1, today.month, 1, tzinfo=datetime.UTC)
    lines = [
        f"Contact: mailto:{email}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: de, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
