"""Error views the site renders in its own layout and the reader's language, and /favicon.ico."""

from pathlib import Path

from django.http import HttpResponse
from django.shortcuts import render
from django.views.csrf import csrf_failure as django_csrf_failure

from .security import ADMIN_PATH_PREFIX


def csrf_failure(request, reason=""):
    """A form on the public site (a protected page's password form) sent without a valid CSRF
    token, usually because the page stayed open too long or cookies are blocked: say so in the
    reader's language instead of Django's technical English page. The admin keeps Django's."""
    if request.path.startswith(ADMIN_PATH_PREFIX):
        return django_csrf_failure(request, reason)
    return render(request, "security/csrf_failure.html", status=403)


def page_not_found(request, exception):
    """Django's 404 view with the layout around the message kept in the shared store
    (``{% shared_fragment %}``): every unknown address of Wagtail's tree shows the same header
    in a language (its language links lead to the home pages), so a flood of made-up addresses
    costs less than a page. A 404 from another view keeps its own language links."""
    match = getattr(request, "resolver_match", None)
    context = {}
    if match is None or match.url_name == "wagtail_serve":
        context["shared_fragment_for"] = "not-found"
    return render(request, "404.html", context, status=404)


FAVICON = Path(__file__).resolve().parent / "static" / "favicon.ico"  # drawn by make_favicon.py


def favicon(request):
    """/favicon.ico, where browsers and feed readers look when a page names no icon (pages name
    the static SVG and ICO in base.html): the ICO itself, not a 404 in every server log."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/vnd.microsoft.icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response
