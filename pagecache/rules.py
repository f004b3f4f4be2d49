"""Which requests and responses the anonymous page cache keeps, and what browsers and a reverse
proxy are told about them.

wagtail-cache (``FetchFromCacheMiddleware``/``UpdateCacheMiddleware``, cache alias ``pages``:
Redis shared by all app servers when ``REDIS_URL`` is set, local memory otherwise) keeps a
response under Django's cache key: host, language (Django's i18n key suffix), method and full
URL. It already leaves out previews, logged-in users and responses marked private or no-cache.
Its hooks (``wagtail_hooks.py``) add what this site needs:

- **Only readers without cookies.** Anonymous readers get no cookie from this site, so a request
  carrying a session or CSRF cookie is an editor's or someone who unlocked a password-protected
  page: never served from, never stored in the cache.
- **Nothing that sets a cookie** (a password form with its CSRF token, a login page).
- **No "not found" page.** wagtail-cache keeps 404 responses too, under the address asked for:
  a flood of made-up addresses would fill the shared store with copies of one page. An unknown
  address costs one query without it (``HomePage.keep_live_paths``).
- **No query but the page number** (of up to three digits). Searches and finder choices (a postcode says where someone
  lives) are built for each request and never written to a shared store, not even hashed.
- **Browsers keep nothing** (``Cache-Control: no-store``, set by ``BrowserCacheMiddleware``): a
  watched phone holds no copy of what was read, and a corrected phone number shows at once.
  Pages built for each request (searches) get ``no-store`` too. A reverse proxy on the same
  servers may keep a public page for ``PROXY_SECONDS``, told by ``X-Accel-Expires`` (nginx
  reads it and never passes it on: ``deploy/nginx.conf``).
"""

from django.conf import settings
from django.utils.cache import get_max_age

STATUS_HEADER = "X-Wagtail-Cache"  # wagtail-cache's: hit, miss or skip
KEPT = {"hit", "miss"}
ALLOWED_QUERY = {"page"}
MAX_PAGE_DIGITS = 3
NOT_FOUND = 404
# A reverse proxy cannot be emptied with the app's cache (it is purged page by page): it keeps a
# page a minute at most, so a teaser or menu that lists a changed page is right a minute later.
PROXY_SECONDS = 60


def request_is_cacheable(request, is_cacheable):
    # A preview (Wagtail marks its request ``is_dummy`` before the middleware runs, and
    # ``is_preview`` only after, too late for wagtail-cache) shows a draft: never a kept page.
    if not is_cacheable or getattr(request, "is_dummy", False):
        return False
    if (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or settings.CSRF_COOKIE_NAME in request.COOKIES
    ):
        return False
    # A page number of a list, kept only as a short number (a flood of made-up page numbers
    # must not fill the store; a list shows the nearest existing page for any other).
    return set(request.GET) <= ALLOWED_QUERY and all(
        value.isdecimal() and len(value) <= MAX_PAGE_DIGITS for value in request.GET.values()
    )


def response_is_cacheable(response, is_cacheable):
    return is_cacheable and not response.cookies and response.status_code != NOT_FOUND


class BrowserCacheMiddleware:
    """Above wagtail-cache's ``UpdateCacheMiddleware``: what the page cache keeps goes to the
    browser as ``no-store``, with its lifetime in ``X-Accel-Expires`` for the reverse proxy.
    Everything else the site serves keeps the headers it has (static files, robots.txt)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        status = response.get(STATUS_HEADER)
        if status in KEPT:
            lifetime = min(get_max_age(response) or 0, PROXY_SECONDS)
            response["Cache-Control"] = "no-store"
            del response["Expires"]  # a no-op when absent
            if lifetime:
                response["X-Accel-Expires"] = str(lifetime)
        elif status and (
            response.get("Cache-Control") == "no-cache"  # wagtail-cache's skip
            or response.status_code == NOT_FOUND  # not kept here: nor on the reader's phone
        ):
            response["Cache-Control"] = "no-store"
        return response
