"""Wagtail's routing of a page URL, done once per content change for all app servers.

Missing upstream: Wagtail finds the site, the home page in the reader's language, its specific
row and then the page and its specific row on every request (five queries before the page
renders, ``Page.route_for_request``), and has no cache for it. This middleware keeps the result
(site, page, home page and breadcrumbs) in the page cache's shared store (``pagecache.shared``,
emptied on every change a page shows) and hands it to Wagtail through the request attributes
Wagtail itself memoises on (``_wagtail_site``, ``_wagtail_route_for_request``). Unknown paths are
not kept (a flood of made-up URLs must not fill the store), nor protected pages (their fields
stay in the database). View restrictions are still checked on every request by Wagtail's
``before_serve_page`` hook. Delete this module when Wagtail caches
routes.
"""

from django.http import Http404

from wagtail import views as wagtail_views

from .reader import Reader, is_protected


class SharedRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        reader = Reader.of(request)
        found = reader.memo(("route", path), lambda: route(request, reader, path), shared=True)
        if found is None:
            return None  # a 404 or a protected page: routed for this request by route()
        request._wagtail_site, request._wagtail_route_for_request, home, ancestors = found
        reader.routed_home = home
        if ancestors is not None:
            reader.know_ancestors(request._wagtail_route_for_request[0], ancestors)
        return None


def route(request, reader, path):
    """Wagtail's route for ``path`` (``Page.route_for_request``, with the site and the home
    page in the reader's language from the shared store), with what it found on the way; None
    for a 404."""
    site = reader.site
    result = None
    if site is not None:
        home = reader.memo("routing-home", lambda: site.root_page.localized.specific, shared=True)
        try:
            result = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            result = None
    request._wagtail_route_for_request = result  # Wagtail's serve: no second search
    if result is None:
        return None
    page = result[0]
    if is_protected(page):
        return None  # routed for this request; a protected page's fields are never kept
    ancestors = reader._memo.get(("ancestors", page.pk))  # found by HomePage.route
    return request._wagtail_site, result, reader.routed_home, ancestors
