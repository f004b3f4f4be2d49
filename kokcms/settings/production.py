"""Production: secrets and hosts must come from the environment, or the server will not start."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set (comma-separated) for production.")

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# A request's X-Forwarded-Proto says "https" only when a declared reverse proxy set it
# (TRUSTED_PROXY_COUNT, deploy/nginx.conf overwrites what a client sent); without one anybody
# could claim it.
if TRUSTED_PROXY_COUNT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

# Every account that may edit or publish signs in with a second factor (twofactor/). Passkeys are
# bound to WEBAUTHN_RP_ID, else the first of ALLOWED_HOSTS, and accepted from WEBAUTHN_ORIGINS,
# else https:// on that domain.
KOKCMS_REQUIRE_TWO_FACTOR = True
OTP_WEBAUTHN_RP_ID = WEBAUTHN_RP_ID or ALLOWED_HOSTS[0]
OTP_WEBAUTHN_ALLOWED_ORIGINS = WEBAUTHN_ORIGINS or [f"https://{OTP_WEBAUTHN_RP_ID}"]
