"""What a translator sees in the admin: their own language, nothing of the others.

Missing upstream: Wagtail's admin lists and histories check model permissions, never locales
(wagtail#6731), and its admin API lists every page, image and document to anyone signed in to
the admin (the index pages check permissions, the API endpoints behind the choosers and the
page explorer do not). A translator bound to a language (``permissions.bound_locale_ids``)
could read the other languages' snippets, their histories, the whole site history and every
upload's address. ``TranslatorScopeMiddleware`` (after Django's AuthenticationMiddleware)
narrows the admin views that have a locale filter to the translator's language and refuses
the rest, for locale-bound users only; editors and superusers keep Wagtail's views as they are:

- lists with a locale filter (snippets of translatable models, the page search, the admin
  API's page listing behind the page explorer and chooser): the filter is set to the
  translator's language, whatever the request asked;
- one translatable object's views (history, usage, revisions) in another language: refused
  (403); editing and deleting one are refused with a message by ``wagtail_hooks.py``;
- the admin API's image and document listings and details, for users who may neither choose
  nor change images (documents): refused; wagtail-localize shows translators the images their
  pages use through the page itself;
- the site-wide reports (site history, aging and locked pages, workflows): refused; the
  translation status report (``report.py``) is their overview.

Delete once Wagtail scopes admin listings and its admin API by locale permissions.
"""

from django.apps import apps
from django.http import HttpResponseForbidden
from django.urls import Resolver404, resolve

from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Locale, TranslatableMixin

from .permissions import bound_locale_ids

UPLOAD_ACTIONS = ["add", "change", "choose"]
LOCALE_FILTERED = {
    ("wagtailadmin_pages", "search"),
    ("wagtailadmin_pages", "search_results"),
    ("wagtailadmin_api:pages", "listing"),
}
UPLOAD_APIS = {
    "wagtailadmin_api:images": image_policy,
    "wagtailadmin_api:documents": document_policy,
}
OWN_REPORTS = {"translation_status", "translation_status_results"}
SNIPPET_LISTS = {"list", "list_results"}
HOOKED = {"edit", "delete"}  # refused with a message by wagtail_hooks.py already


class TranslatorScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refused = self.refuse_or_narrow(request)
        return refused or self.get_response(request)

    def refuse_or_narrow(self, request):
        if not request.path.startswith("/admin/") or not request.user.is_authenticated:
            return None
        bound = bound_locale_ids(request.user)
        if bound is None:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        namespace, name = match.namespace, match.url_name
        if namespace in UPLOAD_APIS:
            if not UPLOAD_APIS[namespace].user_has_any_permission(request.user, UPLOAD_ACTIONS):
                return HttpResponseForbidden()
            return None
        if namespace == "wagtailadmin_reports" and name not in OWN_REPORTS:
            return HttpResponseForbidden()
        if (namespace, name) in LOCALE_FILTERED:
            return self.narrow(request, bound)
        if namespace.startswith("wagtailsnippets_"):
            model = self.snippet_model(namespace)
            if model is None or not issubclass(model, TranslatableMixin):
                return None
            if name in SNIPPET_LISTS:
                return self.narrow(request, bound)
            pk = match.kwargs.get("pk")
            if pk is not None and name not in HOOKED:
                locale_id = (
                    model._default_manager.filter(pk=pk).values_list("locale_id", flat=True).first()
                )
                if locale_id is not None and locale_id not in bound:
                    return HttpResponseForbidden()
        return None

    @staticmethod
    def snippet_model(namespace):
        _prefix, app_label, model_name = namespace.split("_", 2)
        try:
            return apps.get_model(app_label, model_name)
        except LookupError:
            return None

    @staticmethod
    def narrow(request, bound):
        """Set the request's ``locale`` filter to the translator's language (kept when it is
        one of theirs)."""
        codes = dict(Locale.objects.filter(pk__in=bound).values_list("language_code", "pk"))
        if not codes:
            return HttpResponseForbidden()
        if request.GET.get("locale") in codes:
            return None
        query = request.GET.copy()
        query["locale"] = sorted(codes)[0]
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()
        return None
