"""Without a verified second factor, the admin is its second-factor pages and sign-out only.

Placed after django-otp's OTPMiddleware (``request.user.is_verified()``) and the page cache,
before the translator scope (base.py). Requests outside the admin pass untouched: the user is
not even looked at, so an anonymous reader costs no session, no cookie and no query.
"""

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from . import policy

# Admin URLs that need no second factor: signing in and out, the password reset (for people
# not signed in), the admin's script catalogue and icons the second-factor pages load.
OPEN_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
OPEN_NAMESPACES = {"twofactor", "otp_webauthn"}
ADMIN_PATH_PREFIX = "/admin/"  # kokcms/urls.py (kokcms is a layer above: README, "Layout")


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.redirect_if_unverified(request) or self.get_response(request)

    def redirect_if_unverified(self, request):
        if not policy.enforced() or not request.path.startswith(ADMIN_PATH_PREFIX):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or is_open(request):
            return None
        if not policy.must_verify(user):
            return None
        target = "twofactor:verify" if policy.has_second_factor(user) else "twofactor:setup"
        return redirect(with_next(reverse(target), request.get_full_path()))


def is_open(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    if match.url_name and match.url_name.startswith("wagtailadmin_password_reset"):
        return True
    return match.url_name in OPEN_NAMES or bool(OPEN_NAMESPACES & set(match.namespaces))


def with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def safe_next(request, default):
    """The ``next`` of a second-factor page if it is an address of this site, else default."""
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return default
