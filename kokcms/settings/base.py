"""Settings shared by every environment.

The environment is read in one place, right here at the top. Development defaults are safe:
an SQLite file inside the checkout, the database search backend and a local-memory cache.
Production (``kokcms.settings.production``) refuses to start without SECRET_KEY and
ALLOWED_HOSTS.
"""

import importlib.util
import os
from pathlib import Path

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _
from django.utils.translation import to_locale

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "kokcms"


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def next_redis_database(url):
    """``redis://host:port/3`` -> ``redis://host:port/4`` (no database given: 0 -> 1)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + 1
    return parts._replace(path=f"/{number}").geturl()


# --- Environment -----------------------------------------------------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "")
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "static_collected"))
BACKUP_DIR = os.environ.get("BACKUP_DIR", str(BASE_DIR / "backups" / "stored"))
# Machine translation is off unless a key is configured (nothing calls the network otherwise).
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Largest document an editor may upload, in bytes (information/documents.py).
KOKCMS_MAX_UPLOAD_SIZE = int(os.environ.get("KOKCMS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024))
# Videos (the sign-language page): below the proxy's client_max_body_size (deploy/nginx.conf).
KOKCMS_MAX_VIDEO_UPLOAD_SIZE = int(os.environ.get("KOKCMS_MAX_VIDEO_UPLOAD_SIZE", 60 * 1024 * 1024))
# Passkeys (twofactor/) are bound to this domain and accepted from these admin origins only.
# Unset: localhost here, the first of ALLOWED_HOSTS over https in production.
WEBAUTHN_RP_ID = os.environ.get("WEBAUTHN_RP_ID", "")
WEBAUTHN_ORIGINS = env_list("WEBAUTHN_ORIGINS", "")

# --- Applications ----------------------------------------------------------------------------
INSTALLED_APPS = [
    # Ours, top layer first: each imports only from the apps below it (README, "Layout").
    "twofactor",  # two-factor sign-in to the admin (before wagtail.admin: its templates win)
    "readability",  # the plain-language check for editors and translators
    "linkcheck",  # the check of every link, phone number and e-mail address in the content
    "sitecontent",  # KOK's content and bootstrap_kok
    "search",
    "information",
    "network",
    "home",  # the page base, home/standard/donation pages, navigation, site settings
    "translators",  # the translators' workflow (no models)
    "multilingual",  # the reader's languages: versions, fallback, redirects, sitemap (no models)
    "pagecache",  # the anonymous page cache's rules and invalidation (no models)
    "backups",  # `backup` and `restore`: database and media files together (no models)
    "dbbackup",
    "wagtailcache",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, adds locale synchronisation
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",  # renews the proxy's copies (pagecache/frontend.py)
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",  # throttles failed admin logins per user and per IP
    "django_otp",  # two-factor sign-in (twofactor/): devices and the verified session
    "django_otp.plugins.otp_totp",  # one-time codes from an authenticator app
    "django_otp.plugins.otp_static",  # recovery codes
    "django_otp_webauthn",  # passkeys
]

MIDDLEWARE = [
    "kokcms.ops.TraceRefusedMiddleware",  # TRACE/TRACK: 405 before anything else runs
    "pagecache.rules.BrowserCacheMiddleware",  # what the page cache keeps: no-store to browsers
    "wagtailcache.cache.UpdateCacheMiddleware",  # keeps anonymous pages (pagecache/rules.py)
    "django.middleware.security.SecurityMiddleware",
    "kokcms.security.SecurityHeadersMiddleware",  # CSP and Permissions-Policy
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Outside the admin, only the URLs and catalogues readers' pages use (kokcms/readers.py):
    "kokcms.readers.ReaderRequestMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "kokcms.outage.DatabaseOutageMiddleware",  # database down: 503 in the reader's language
    # /<lang>/<German path>/ never 404s:
    "multilingual.middleware.MissingTranslationRedirectMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): lazy, no query for readers
    # Serves a kept page: after the language and the user are known, before anything reads
    # the database (a kept page is served while the database is down).
    "wagtailcache.cache.FetchFromCacheMiddleware",
    "multilingual.routes.SharedRouteMiddleware",  # Wagtail's routing, once per content change
    # The admin without a verified second factor: only its pages and sign-out (twofactor/).
    # After the page cache (it serves anonymous readers only), before the translator scope.
    "twofactor.middleware.SecondFactorMiddleware",
    "translators.scope.TranslatorScopeMiddleware",  # a translator's admin: their language only
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # turns a lockout into its explanatory page; keep last
]

# False: readers' requests too use the admin's URLs and every app's catalogue, as Django does by
# itself (kokcms/readers.py; tests/test_reader_requests.py compares the two).
LEAN_READER_REQUESTS = True

ROOT_URLCONF = "kokcms.urls"
WSGI_APPLICATION = "kokcms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database and cache ----------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL with normal syncing: the embedded database stays fast on slow disks and lets the
    # development server read while a management command writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The anonymous page cache (pagecache/): how long a page is kept when nothing changes. Any
# change an editor makes empties it at once; the lifetime only bounds what bypasses signals.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))
WAGTAIL_CACHE_BACKEND = "pages"
# What every page shows around its content (site, menus, special pages, a page's languages) is
# kept in the same store and emptied with it (pagecache/shared.py), also when PAGE_CACHE_SECONDS
# is 0 and no page is kept: the lifetime bounds what bypasses signals.
SHARED_CACHE_SECONDS = int(os.environ.get("SHARED_CACHE_SECONDS", 600))
WAGTAIL_CACHE_IGNORE_QS = []  # no tracker parameters to drop: any query but ?page= is uncached


def redis_caches(url, pages_url=None, page_seconds=PAGE_CACHE_SECONDS):
    """The caches on Redis at ``url``: ``default``, and ``pages`` in a Redis database of its own
    (the next one after ``url``'s, or ``pages_url``), so that emptying the page cache
    (pagecache/invalidation.py, or Settings → Cache) never touches anything else kept in Redis.
    A Redis that is down or hangs costs a cache call at most half a second: pages are served
    without the cache (IGNORE_EXCEPTIONS), quietly, not with a traceback each."""
    options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    default = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": url, "OPTIONS": options}
    pages = {
        **default,
        "LOCATION": pages_url or next_redis_database(url),
        "KEY_PREFIX": "pages",
        "TIMEOUT": page_seconds,
    }
    return {"default": default, "pages": pages}


if REDIS_URL:  # Shared cache for several stateless app servers.
    CACHES = redis_caches(REDIS_URL, os.environ.get("PAGE_CACHE_REDIS_URL"))
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    # One server without Redis: the page cache and the shared store in files, so that all
    # workers of the server (gunicorn's, deploy/gunicorn.conf.py) see one store and a change
    # saved by one worker empties it for all; memory per worker would keep old menus in the
    # others.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "pagecache")),
            "TIMEOUT": PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# The reverse proxies' copies of a changed page, renewed in every language after the change
# (pagecache/frontend.py): the refresh listener of each proxy (deploy/nginx.conf), comma-separated,
# e.g. "http://127.0.0.1:8081". Unset: the proxies keep a page a minute at most (rules.py).
FRONTEND_CACHE_REFRESH_URLS = [
    url.strip()
    for url in os.environ.get("FRONTEND_CACHE_REFRESH_URLS", "").split(",")
    if url.strip()
]
WAGTAILFRONTENDCACHE = (
    {
        "nginx": {
            "BACKEND": "pagecache.frontend.NginxRefreshBackend",
            "LOCATIONS": FRONTEND_CACHE_REFRESH_URLS,
        }
    }
    if FRONTEND_CACHE_REFRESH_URLS
    else {}
)

# --- Search ----------------------------------------------------------------------------------
# Both are Wagtail's backends extended to analyse each language as that language (search/backends/).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}


def elasticsearch_backends(url, index=None, timeout=None):
    """Elasticsearch at ``url`` for search at scale, with the database backend (kept up to date)
    beside it, which answers when Elasticsearch is down. A hanging Elasticsearch costs a search
    ``timeout`` seconds (ELASTICSEARCH_TIMEOUT, 1), no retries; then the database answers
    (search/service.py) and Elasticsearch is left alone for half a minute."""
    index = index or os.environ.get("ELASTICSEARCH_INDEX", "kokcms")
    timeout = timeout or float(os.environ.get("ELASTICSEARCH_TIMEOUT", 1))
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [url],
            "INDEX_PREFIX": index + "_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": {},
        },
        "database": {"BACKEND": "search.backends.database"},
    }


if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = elasticsearch_backends(ELASTICSEARCH_URL)

# --- Passwords and sessions ------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
CSRF_FAILURE_VIEW = "kokcms.views.csrf_failure"  # the reader's language, the site's layout
SESSION_COOKIE_AGE = 60 * 60 * 8  # an editor's working day
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# The password form of a protected page needs a CSRF cookie: it ends with the browser session,
# so no lasting trace of the site stays in a reader's browser.
CSRF_COOKIE_AGE = None

# --- Languages -------------------------------------------------------------------------------
# The one list of enabled languages, German first (the source). Adding a language: append it
# here, add LANG_INFO below if Django does not know it, create locale/<code>/LC_MESSAGES/django.po
# (see README, "Adding a language").
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("pl", _("Polish")),
    ("hu", _("Hungarian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("vi", _("Vietnamese")),
    ("zh-hans", _("Simplified Chinese")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("sr", _("Serbian")),
    ("th", _("Thai")),
    # Easy German (Leichte Sprache): a content language of its own, with German as its fallback
    # (multilingual/easy_language.py). "de-x-ls" is a valid BCP 47 private-use tag: BCP 47 has
    # no tag for Leichte Sprache, and "de-ls" would mean German as spoken in Lesotho.
    ("de-x-ls", _("Easy German")),
]
# Languages Django has no data for need an entry here (and in LANGUAGES_BIDI if right-to-left):
EXTRA_LANG_INFO = {
    # "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "de-x-ls": {
        "bidi": False,
        "code": "de-x-ls",
        "name": "Easy German",
        "name_local": "Leichte Sprache",
        "fallback": ["de"],
    },
}
LANG_INFO.update(EXTRA_LANG_INFO)
LANGUAGES_BIDI = ["he", "ar", "ar-dz", "ckb", "fa", "ug", "ur", "ps"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "kokcms" / "formats" / "locale"]
FORMAT_MODULE_PATH = "kokcms.formats"  # dates in each language's conventions (see there)

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
WAGTAILLOCALIZE_JQUERY_DATEPICKER = False
if DEEPL_API_KEY:  # "Machine translate" in the translation editor; off without a key.
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "TIMEOUT": 20},
    }

# --- Static and media files ------------------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # backups/: `manage.py backup` writes the database and the media files here.
    "dbbackup": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": BACKUP_DIR},
    },
}
# Media on S3-compatible object storage (django-storages), served through the site's own host:
# the proxy passes /media/ to the bucket (docs/deploy.md, kokcms/media_storage.py). Credentials
# come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as boto3 reads them.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "kokcms.media_storage.OwnHostS3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": None,  # the bucket's policy decides (readable by the proxy only)
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
BACKUP_KEEP = int(os.environ.get("BACKUP_KEEP", 14))  # complete backups kept by `backup`
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.sqlite3": "dbbackup.db.sqlite.SqliteBackupConnector",
    "django.db.backends.postgresql": "dbbackup.db.postgresql.PgDumpBinaryConnector",
}
DBBACKUP_SEND_EMAIL = False  # a failed backup is the exit status of the command

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "KOK e.V."
# A protected page's password form in the site's layout (BasePage.serve_password_required_response).
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "security/password_required.html"


# Wagtail's admin has European and Brazilian Portuguese only; gettext takes what it lacks from
# our "pt" catalogue.
ADMIN_LANGUAGE_CODES = {"pt": "pt-pt"}


def admin_languages():
    """Every language of ours that Wagtail's admin is translated into, named in itself: the
    office works in German, a translator in their own language (translators/permissions.py sets
    it for a translator's account)."""
    admin_locale = Path(importlib.util.find_spec("wagtail").origin).parent / "admin" / "locale"
    languages = []
    for code, _name in LANGUAGES:
        admin_code = ADMIN_LANGUAGE_CODES.get(code, code)
        if (admin_locale / to_locale(admin_code) / "LC_MESSAGES" / "django.mo").exists():
            name = LANG_INFO[code]["name_local"]
            languages.append((admin_code, name[:1].upper() + name[1:]))
    return languages


WAGTAILADMIN_PERMITTED_LANGUAGES = admin_languages()
WAGTAILEMBEDS_FINDERS = []  # no oEmbed calls to other hosts
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to another host from the admin
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin would ask releases.wagtail.org for news
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "mp4", "webm", "vtt"]  # vtt: video captions
# Every document upload is checked by its first bytes too, and its size (information/documents.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "information.documents.DocumentForm"
# Documents are streamed by the app (a document in a private collection stays private), also from
# object storage, where Wagtail would otherwise redirect to the file's address.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_HITS_MAX_AGE = 14

# --- Security defaults (production tightens further) -----------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
X_FRAME_OPTIONS = "DENY"
# CSP and Permissions-Policy: kokcms/security.py (strict for public pages, looser for the admin).

# Failed admin logins (django-axes): after 5 failures for one username, or from one IP address,
# further attempts are refused for 15 minutes with an explanation (security/lockout.html).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = 0.25  # hours
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_VERBOSE = False
# Reverse proxies in front of the app servers that append to X-Forwarded-For (kokcms.security).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "kokcms.security.client_ip"

# Two-factor sign-in to the admin (twofactor/, README "Two-factor sign-in"): required for every
# account that may edit or publish when True (production.py). Wrong codes are counted per account
# by twofactor/throttle.py (5, then paused like the password); django-otp's own per-device delays
# are off so that one rule with one message applies.
KOKCMS_REQUIRE_TWO_FACTOR = False
OTP_TOTP_ISSUER = "KOK e.V."
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
OTP_WEBAUTHN_RP_ID = WEBAUTHN_RP_ID or "localhost"
OTP_WEBAUTHN_RP_NAME = "KOK e.V."
OTP_WEBAUTHN_ALLOWED_ORIGINS = WEBAUTHN_ORIGINS or ["http://localhost:8000"]
# A passkey is a second factor after the password, never a sign-in of its own (the password
# sign-in is where django-axes throttles).
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # One line per kind of database failure a minute, not a traceback per request.
    "filters": {"outage": {"()": "kokcms.outage.OutageLogFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Errors only: a line per 404 or refused form would log which addresses readers tried, and
    # a flood of made-up addresses would fill the log (django.security still logs bad hosts).
    "loggers": {"django.request": {"filters": ["outage"], "level": "ERROR"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
