"""Never a 404 for a German path in another language.

Missing upstream: wagtail-localize has no fallback routing (its early attempt,
wagtail-localize#24, became the alias pages), so ``/<lang>/<German path>/`` 404s where the
translation has its own slug or is a draft. Delete when wagtail-localize routes to fallbacks.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect

from wagtail.models import Page

from .reader import Reader
from .versions import VERSION_FIELDS, fallback_languages, language_codes


class MissingTranslationRedirectMiddleware:
    """On a 404 for ``/<lang>/<path>/`` whose ``<path>`` is a live German page, redirect to
    that page's version in ``<lang>`` (its slug may be translated), else to its English or
    German version. Costs nothing on pages that exist, and no query on a path that is no
    German page either (``HomePage.route``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        target = self.find_version(request)
        if target and target != request.path:
            return HttpResponseRedirect(target)
        return response

    @staticmethod
    def find_version(request):
        prefix, _slash, rest = request.path.lstrip("/").partition("/")
        if prefix not in language_codes() or prefix == settings.LANGUAGE_CODE or not rest:
            return None
        reader = Reader.of(request)
        site = reader.site  # from the shared store, as the German home page
        if site is None:
            return None
        home = reader.memo("german-home", lambda: site.root_page.specific, shared=True)
        try:
            # An unknown German path too costs no query: the home page's route knows its paths.
            german, _args, _kwargs = home.route(request, [part for part in rest.split("/") if part])
        except Http404:
            return None
        versions = {
            version.locale.language_code: version
            for version in Page.objects.filter(translation_key=german.translation_key, live=True)
            .select_related("locale")
            .only(*VERSION_FIELDS)
        }
        for code in (prefix, *fallback_languages(prefix)):
            if code in versions:
                return versions[code].get_url(request)
        return None
