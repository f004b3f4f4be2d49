"""When the database does not answer: a 503 page in the reader's language, one log line.

Without this, every request while PostgreSQL is down is an HTTP 500 with a full traceback in the
log (60 MB in 20 s in the fault run of issue 13). Here:

- ``DatabaseOutageMiddleware`` turns a database failure (``OperationalError``,
  ``InterfaceError``) raised while a page is routed, built or rendered into ``503.html`` with
  ``Retry-After``: a static page that needs no query, in the language of the URL (set by
  ``LocaleMiddleware``), with the emergency and helpline numbers as last read from Settings →
  Contact by this process (``post_init``; the fields' defaults before any was read).
- ``OutageLogFilter`` (on the ``django.request`` logger) lets one record per failure kind through
  per ``LOG_INTERVAL`` seconds and drops the rest, tracebacks included.
- Nothing is kept between requests but the numbers and the time of the last log line: Django
  opens a new connection for the next request, so the site recovers without a restart.
"""

import logging
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

FAILURES = (OperationalError, InterfaceError)
RETRY_AFTER = 30  # seconds
LOG_INTERVAL = 60  # seconds between two log lines of one failure kind

logger = logging.getLogger(__name__)
_last_logged = {}
_numbers = {}


def remember_numbers(sender, instance, **kwargs):
    """``post_init`` of Settings → Contact (connected by the middleware): whenever a page has
    read the numbers, the outage page knows them."""
    _numbers.update(
        police=instance.emergency_police,
        ambulance=instance.emergency_ambulance,
        helpline=instance.womens_helpline,
    )


def numbers():
    from home.models import ContactSettings

    defaults = {
        "police": ContactSettings._meta.get_field("emergency_police").default,
        "ambulance": ContactSettings._meta.get_field("emergency_ambulance").default,
        "helpline": ContactSettings._meta.get_field("womens_helpline").default,
    }
    return {**defaults, **_numbers}


def should_log(kind, now=None):
    now = time.monotonic() if now is None else now
    if now - _last_logged.get(kind, -LOG_INTERVAL) < LOG_INTERVAL:
        return False
    _last_logged[kind] = now
    return True


def outage_response():
    from home.contact import tel_href

    context = {
        key: {"number": value, "tel": tel_href(value).removeprefix("tel:")}
        for key, value in numbers().items()
    }
    response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        from django.db.models.signals import post_init

        from home.models import ContactSettings

        self.get_response = get_response
        post_init.connect(remember_numbers, sender=ContactSettings, dispatch_uid="outage-numbers")

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, FAILURES):
            return None
        if should_log(type(exception).__name__):
            logger.warning(
                "Database unavailable (%s: %s); answering 503 (logged once per %d s).",
                type(exception).__name__,
                str(exception).strip().splitlines()[0] if str(exception).strip() else "",
                LOG_INTERVAL,
            )
        return outage_response()


class OutageLogFilter(logging.Filter):
    """Drops ``django.request`` records of database failures beyond one per interval."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, FAILURES):
            return should_log(f"request:{type(error).__name__}")
        return getattr(record, "status_code", None) != 503  # our own answer: logged once
