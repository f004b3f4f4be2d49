"""The checks and a run: which links are broken, stored as ``Finding`` rows.

- Internal links: a rich-text page link is shown as the page's version in the reader's language
  (Wagtail's ``page.localized``: the live translation, else the page itself); a chooser is shown
  as exactly the page chosen. Either must lead to a live page in the language of the page (or
  snippet) it is in; a deleted or unpublished page, or one in another language, is a finding.
- Phone numbers: valid German or international numbers (phonenumbers, region DE), or short
  numbers valid in Germany (``phonenumbers.shortnumberinfo``), or the numbers listed below.
- E-mail addresses: ``django.core.validators.validate_email``.
- External links: asked with HEAD (GET where a server refuses HEAD with 405 or 501), a few
  redirects followed, a short timeout, a User-Agent naming KOK CMS. Only on demand
  (``manage.py check_links``), never while a reader or an editor waits.
"""

import http.client
import re
import socket
import ssl
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

import phonenumbers
from phonenumbers import shortnumberinfo

from home import contact

from . import collect
from .models import EXTERNAL_PROBLEMS, Finding, Problem, Run

USER_AGENT = "KOK CMS link check (+https://www.kok-gegen-menschenhandel.de/)"
TIMEOUT = 5  # seconds per request, unless settings.LINKCHECK_TIMEOUT says otherwise
MAX_REDIRECTS = 4
WORKERS = 8  # external addresses asked at the same time
RUNS_KEPT = 50

# Short numbers valid in Germany whatever libphonenumber's metadata says: 110 (police) and 112
# (fire and ambulance), and the EU's harmonised services of social value, 116xxx (Commission
# Decision 2007/116/EC), e.g. 116 016 (Hilfetelefon Gewalt gegen Frauen, missing from the
# short-number metadata of phonenumbers 9.0), 116 006 (victims), 116 111 (children), 116 117.
SHORT_NUMBERS = re.compile(r"^(?:110|112|116\d{3})$")
PHONE_PUNCTUATION = re.compile(r"[\s/().\-]")


# --- Single checks ---------------------------------------------------------------------------


def phone_problem(value):
    """None if ``value`` is a number a reader in Germany can call, else ``Problem.PHONE_INVALID``."""
    text = value.strip()
    if SHORT_NUMBERS.match(PHONE_PUNCTUATION.sub("", text)):
        return None
    if not re.fullmatch(r"[+\d\s/().\-]+", text):
        return Problem.PHONE_INVALID  # letters, or nothing but punctuation
    try:
        number = phonenumbers.parse(text, "DE")
    except phonenumbers.NumberParseException:
        return Problem.PHONE_INVALID
    if phonenumbers.is_valid_number(number):
        return None
    if shortnumberinfo.is_valid_short_number_for_region(number, "DE"):
        return None
    return Problem.PHONE_INVALID


def email_problem(value):
    try:
        validate_email(value)
    except ValidationError:
        return Problem.EMAIL_INVALID
    return None


_url_validator = URLValidator(schemes=["http", "https"])


def url_problem(value):
    try:
        _url_validator(value)
    except ValidationError:
        return Problem.URL_INVALID
    return None


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def _reason(error):
    """A short code for why an address did not answer (shown translated in the report)."""
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout"
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, socket.gaierror):
        return "dns"
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return "tls"
    if isinstance(reason, ConnectionError | http.client.HTTPException):
        return "connection"
    return "error"


def fetch(url, timeout):
    """(problem or None, detail) for one external address."""
    opener = urllib.request.build_opener(_Redirects)
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(  # noqa: S310 (http and https only: url_problem)
            url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}
        )
        try:
            with opener.open(request, timeout=timeout) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (405, 501):
                continue  # the server does not answer HEAD: ask with GET
            if 300 <= error.code < 400:
                return Problem.URL_UNREACHABLE, "redirects"
            return Problem.URL_ERROR, str(error.code)
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
            return Problem.URL_UNREACHABLE, _reason(error)
        if status >= 400:
            return Problem.URL_ERROR, str(status)
        return None, ""
    return Problem.URL_ERROR, "405"


def fetch_all(urls, timeout):
    """{url: (problem or None, detail)}, asked a few at a time."""
    urls = sorted(set(urls))
    if not urls:
        return {}
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(urls))) as pool:
        return dict(zip(urls, pool.map(lambda url: fetch(url, timeout), urls), strict=True))


# --- Internal links ----------------------------------------------------------------------------


def _ids(links):
    return {int(link.target) for link in links if link.target.isdigit()}


def page_problems(links):
    """{link: (problem, detail, shown)} for page links and choosers; ``shown`` names the page."""
    ids = _ids(links)
    targets = {
        pk: (live, locale_id, key, title)
        for pk, live, locale_id, key, title in Page.objects.filter(pk__in=ids).values_list(
            "pk", "live", "locale_id", "translation_key", "title"
        )
    }
    keys = {target[2] for target in targets.values()}
    live_versions = set(
        Page.objects.filter(translation_key__in=keys, live=True).values_list(
            "translation_key", "locale_id"
        )
    )
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    results = {}
    for link in links:
        target = targets.get(int(link.target)) if link.target.isdigit() else None
        if target is None:
            results[link] = (Problem.PAGE_MISSING, "", f"#{link.target}")
            continue
        live, locale_id, key, title = target
        shown = f"#{link.target} {title}"
        wanted = link.source.locale_id
        if link.kind == collect.PAGE and wanted is not None and (key, wanted) in live_versions:
            continue  # shown as the live version in the source's language
        if link.kind == collect.PAGE_CHOOSER and link.source.locale_id is None:
            # A setting's chooser (Special pages): readers get their language's version.
            if live or any(version[0] == key for version in live_versions):
                continue
            results[link] = (Problem.PAGE_NOT_LIVE, "", shown)
            continue
        if not live:
            results[link] = (Problem.PAGE_NOT_LIVE, "", shown)
        elif wanted is not None and locale_id != wanted:
            results[link] = (Problem.PAGE_OTHER_LANGUAGE, languages.get(locale_id, ""), shown)
    return results


def document_problems(links):
    documents = {
        document.pk: document
        for document in get_document_model()
        .objects.filter(pk__in=_ids(links))
        .only("file", "title")
    }
    exists = {}
    results = {}
    for link in links:
        document = documents.get(int(link.target)) if link.target.isdigit() else None
        if document is None:
            results[link] = (Problem.DOCUMENT_MISSING, "", f"#{link.target}")
            continue
        name = document.file.name
        if name not in exists:
            exists[name] = bool(name) and document.file.storage.exists(name)
        if not exists[name]:
            results[link] = (
                Problem.DOCUMENT_FILE_MISSING,
                "",
                f"#{link.target} {document.title}",
            )
    return results


# --- A run -------------------------------------------------------------------------------------


def check(links, external=False, timeout=None):
    """[(link, problem, detail, shown link)] for ``links``."""
    timeout = timeout or getattr(settings, "LINKCHECK_TIMEOUT", TIMEOUT)
    by_kind = {}
    for link in links:
        by_kind.setdefault(link.kind, []).append(link)
    found = []

    def add(results):
        found.extend((link, *result) for link, result in results.items())

    add(page_problems(by_kind.get(collect.PAGE, []) + by_kind.get(collect.PAGE_CHOOSER, [])))
    add(document_problems(by_kind.get(collect.DOCUMENT, [])))
    for link in by_kind.get(collect.CONTACT, []):
        if link.target not in contact.DETAILS:
            found.append((link, Problem.CONTACT_UNKNOWN, "", link.target))
    for kind, problem_of in ((collect.PHONE, phone_problem), (collect.EMAIL, email_problem)):
        for link in by_kind.get(kind, []):
            problem = problem_of(link.target)
            if problem:
                found.append((link, problem, "", link.target))
    reachable = []
    for link in by_kind.get(collect.URL, []):
        problem = url_problem(link.target)
        if problem:
            found.append((link, problem, "", link.target))
        else:
            reachable.append(link)
    if external:
        answers = fetch_all([link.target for link in reachable], timeout)
        for link in reachable:
            problem, detail = answers[link.target]
            if problem:
                found.append((link, problem, detail, link.target))
    return found


def run(external=False, language=None, timeout=None, links=None):
    """Check every link (of ``language`` only, if given; ``links`` instead, for tests), replace
    the stored findings the run covers and return the new ones. A run without external links
    keeps the external findings of the last run with them."""
    links = list(collect.all_links(language) if links is None else links)
    found = check(links, external=external, timeout=timeout)
    now = timezone.now()
    findings, seen = [], set()
    for link, problem, detail, shown in found:
        source = link.source
        key = (source.model, source.pk, link.field, link.target, problem)
        if key in seen:
            continue
        seen.add(key)
        findings.append(
            Finding(
                source_kind=source.kind,
                content_type=ContentType.objects.get_for_model(source.model),
                object_id=str(source.pk),
                label=source.label[:255],
                language=source.language,
                field=link.field,
                link=shown[:2000],
                text=link.text[:255],
                problem=problem,
                detail=str(detail)[:255],
                checked_at=now,
            )
        )
    with transaction.atomic():
        replaced = Finding.objects.all()
        if language:
            replaced = replaced.filter(language=language)
        if not external:
            replaced = replaced.exclude(problem__in=EXTERNAL_PROBLEMS)
        replaced.delete()
        Finding.objects.bulk_create(findings, batch_size=500)
        Run.objects.create(
            finished_at=now,
            external=external,
            language=language or "",
            links=len(links),
            findings=len(findings),
        )
        old = Run.objects.order_by("-finished_at", "-pk").values_list("pk", flat=True)[RUNS_KEPT:]
        Run.objects.filter(pk__in=list(old)).delete()
    return findings
