"""Security headers that Django 5.2 does not set itself.

Django already sends ``X-Content-Type-Options``, ``Referrer-Policy``,
``Cross-Origin-Opener-Policy`` (SecurityMiddleware; this module only relaxes the referrer policy
for the admin, see below), ``X-Frame-Options`` (XFrameOptionsMiddleware)
and HSTS in production. What is missing is a Content-Security-Policy (Django 6.0 adds one; 5.2
LTS has none) and a Permissions-Policy. Our needs are two fixed policies chosen by path, so a
few lines here replace a dependency (django-csp would add nonces and per-view decorators that
the site does not use). When the project moves to Django 6.0, the CSP part can become
``SECURE_CSP`` settings with ``django.middleware.csp.ContentSecurityPolicyMiddleware`` and this
module shrinks to the Permissions-Policy.

Public pages get a strict policy: scripts, styles, fonts and images only from this origin (the
GiroCode is inline SVG markup, which needs no ``style-src`` exception), no inline script, no
framing. The Wagtail admin still uses inline scripts and styles (wagtail/wagtail#1288), so it
gets its own, looser policy that still forbids every other host.
"""

from django.conf import settings


def _policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}".strip() for name, sources in directives.items())


PUBLIC_DIRECTIVES = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "media-src": ["'self'"],  # the video block's files and captions (home/blocks.py)
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "manifest-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
PUBLIC_CSP = _policy(PUBLIC_DIRECTIVES)
# A page shown in the admin's preview panel: the public policy, framed by the admin only.
PREVIEW_CSP = _policy({**PUBLIC_DIRECTIVES, "frame-ancestors": ["'self'"]})

ADMIN_CSP = _policy(
    {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        # The page preview panel shows the page in an iframe of the admin itself.
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
)

# Where the Wagtail admin lives (kokcms/urls.py).
ADMIN_PATH_PREFIX = "/admin/"

# Powerful features nobody reading about their rights needs; denied for every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
)


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    Responses under ``ADMIN_PATH_PREFIX`` (the Wagtail admin) get ``ADMIN_CSP``, all others
    ``PUBLIC_CSP``. A view that sets its own CSP header keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(ADMIN_PATH_PREFIX)
        if is_admin:
            policy = ADMIN_CSP
        elif getattr(request, "is_dummy", False):
            # Wagtail renders a preview by sending a dummy request for the page's public URL
            # through the middleware; the admin shows the result in a frame.
            policy = PREVIEW_CSP
        else:
            policy = PUBLIC_CSP
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_admin or settings.CSRF_COOKIE_NAME in response.cookies:
            # With "no-referrer" (settings.SECURE_REFERRER_POLICY, right for readers) browsers
            # post forms with "Origin: null", which Django's CSRF check refuses. The admin and
            # any public page with a form that posts here (CsrfViewMiddleware, inside this
            # one, sends the CSRF cookie exactly when the page used a token: the password
            # form of a protected page) keep the referrer on this origin; other hosts still
            # get none.
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response


def client_ip(request):
    """The reader's IP address for django-axes' per-address sign-in throttling.

    Without proxies (``TRUSTED_PROXY_COUNT`` 0, the default) only ``REMOTE_ADDR`` counts: an
    ``X-Forwarded-For`` header can be made up by anyone. Behind ``n`` reverse proxies that each
    append the address they saw, the n-th entry from the right of ``X-Forwarded-For`` is the
    one the outermost trusted proxy recorded; entries further left may be forged. Otherwise
    every visitor would share the proxy's address and five failures would lock out everyone.
    """
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").replace(",", " ").split()
    return forwarded[-proxies] if len(forwarded) >= proxies else remote
