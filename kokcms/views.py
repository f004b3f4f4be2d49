"""Error views the site renders in its own layout and the reader's language."""

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
