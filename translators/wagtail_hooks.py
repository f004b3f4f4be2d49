"""Admin hooks for translators: locale-bound permissions, safer PO uploads, the translation
status report and right-to-left typing in the translation editor.

Translatable snippets (``TranslatableMixin`` models) get "Translate" and "Sync" in their
listings from wagtail-localize itself. The upstream patch and the signal receivers of this app
are installed in ``TranslatorsConfig.ready()``, not here.
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from . import dashboard, localize, reviews
from . import permissions as translator_permissions
from .report import TranslationStatusReport


@hooks.register("register_admin_urls", order=-10)
def register_localize_overrides():
    """Same paths as wagtail-localize's views, registered first so these answer instead."""
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            localize.upload_pofile,
            name="kok_upload_pofile",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            localize.SubmitPageTranslation.as_view(),
            name="kok_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize.SubmitSnippetTranslation.as_view(),
            name="kok_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize.UpdateTranslations.as_view(),
            name="kok_update_translations",
        ),
        path(
            "localize/update/<int:translation_source_id>/<str:locale_code>/",
            localize.update_translation,
            name="kok_update_translation",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_status_report():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReport.as_view(),
            name="translation_status_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="translation_status_report_results",
        ),
        path(
            "translations/<int:page_id>/review/",
            reviews.review_translation,
            name="kok_review_translation",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        icon_name="site",
        order=8900,
    )


# --- Locale-bound translators (translators/permissions.py) -------------------------------
@hooks.register("register_permissions")
def register_translate_into_permissions():
    return Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__startswith=translator_permissions.TRANSLATE_PREFIX,
    )


def refuse_other_locales(request, instances):
    """Translators may only touch snippets of their own language."""
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not translator_permissions.may_edit_locale(
            request.user, instance.locale_id
        ):
            return permission_denied(request)
    return None


@hooks.register("before_delete_snippet", order=-10)
def refuse_deleting_snippets_of_other_locales(request, instances):
    return refuse_other_locales(request, instances)


@hooks.register("before_edit_snippet", order=-10)
def refuse_snippets_of_other_locales(request, instance):
    # Runs before wagtail-localize's own hook, which would open the translation editor.
    return refuse_other_locales(request, [instance])


# --- Right-to-left translation editor --------------------------------------------------------
@hooks.register("insert_editor_js")
def right_to_left_translation_editor():
    return format_html(
        '<script src="{}" data-rtl-languages="{}"></script>',
        static("js/admin-rtl.js"),
        " ".join(settings.LANGUAGES_BIDI),
    )


# --- The dashboard (translators/dashboard.py) ------------------------------------------------
# After Wagtail's own hooks (order 0), whose page count this replaces.
hooks.register("construct_homepage_summary_items", dashboard.summary_items, order=100)
hooks.register("construct_homepage_panels", dashboard.panels, order=100)
