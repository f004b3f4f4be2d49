"""The second-factor pages in the admin, the user's way there (Account), the administrator's
reset (Users list, "More" menu), and the reset in the site history."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from . import urls, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", include(urls)),
        path("two-factor/webauthn/", include("django_otp_webauthn.urls")),
        path("two-factor-reset/<int:user_id>/", views.reset, name="twofactor_reset"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("twofactor:setup"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Authenticator app, passkeys and recovery codes for signing in."),
    }


@hooks.register("register_user_listing_buttons")
def reset_button(user, request_user):
    if not request_user.has_perm("auth.change_user"):
        return []
    return [
        Button(
            _("Reset two-factor sign-in"),
            url=reverse("twofactor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "twofactor.reset", _("Reset two-factor sign-in"), _("Two-factor sign-in reset")
    )
