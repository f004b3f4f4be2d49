"""The second-factor pages of the admin: verify, set up, recovery codes, an administrator's reset.

All are mounted under /admin/two-factor/ by ``wagtail_hooks.register_admin_urls``, so Wagtail
requires a signed-in admin user and renders them in the user's admin language. Until the
session is verified a user with a second factor may only verify; one without may set one up.
"""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.log_actions import log

from django_otp import login as otp_login
from django_otp.models import Device

from . import devices, policy, throttle
from .forms import CodeForm, is_app_code
from .middleware import safe_next, with_next

logger = logging.getLogger(__name__)


def render(request, template, context, status=200):
    verified = request.user.is_verified()
    base = "twofactor/verified_base.html" if verified else "twofactor/unverified_base.html"
    context = {"base_template": base, "verified": verified, **context}
    return TemplateResponse(request, template, context, status=status)


def may_manage(user):
    """Adding a factor needs a verified session, or no factor yet (the first one)."""
    return user.is_verified() or not policy.has_second_factor(user)


def home_url():
    return reverse("wagtailadmin_home")


def paused_message(until):
    return _(
        "Too many wrong codes in a row. To protect the account, codes are paused until "
        "%(time)s. A passkey still works; otherwise please try again later."
    ) % {"time": time_format(timezone.localtime(until), "TIME_FORMAT")}


def verify(request):
    user = request.user
    next_url = safe_next(request, home_url())
    if user.is_verified():
        return redirect(next_url)
    if not policy.has_second_factor(user):
        return redirect(with_next(reverse("twofactor:setup"), next_url))
    form = CodeForm(request.POST or None)
    until = throttle.paused_until(user)
    status = 200
    if until is not None:
        form = CodeForm()
        messages.error(request, paused_message(until))
        status = 429
    elif request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        device = devices.verify_code(user, code, is_app_code(code))
        if device is not None:
            otp_login(request, device)
            logger.info("second factor verified for user %s", user.pk)
            if not is_app_code(code):
                left = devices.recovery_codes_left(user)
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code. %(count)s code is left.",
                        "You signed in with a recovery code. %(count)s codes are left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url)
        until = throttle.record_failure(user)
        if until is not None:
            form = CodeForm()
            messages.error(request, paused_message(until))
            status = 429
        else:
            form.add_error("code", _("This code is not right. Please try again."))
    context = {
        "form": form,
        "next": next_url,
        "paused": until is not None,
        "has_passkey": devices.has_passkey(user),
    }
    return render(request, "twofactor/verify.html", context, status=status)


def setup(request):
    """The overview: what the user has, and how to add a factor."""
    user = request.user
    next_url = safe_next(request, home_url())
    if not may_manage(user):
        return redirect(with_next(reverse("twofactor:verify"), next_url))
    context = {"next": next_url, "required": policy.must_verify(user), **devices.listed(user)}
    return render(request, "twofactor/setup.html", context)


def after_first_factor(request, next_url):
    """Once a first factor is added: recovery codes next, then back where the user was."""
    if devices.recovery_codes_left(request.user):
        return redirect(next_url)
    return redirect(with_next(reverse("twofactor:recovery_codes"), next_url))


def authenticator(request):
    user = request.user
    next_url = safe_next(request, reverse("twofactor:setup"))
    if not may_manage(user):
        return redirect(with_next(reverse("twofactor:verify"), next_url))
    device = devices.pending_authenticator(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if is_app_code(code) and devices.confirm_authenticator(device, code):
            if not user.is_verified():
                otp_login(request, device)
            messages.success(request, _("The authenticator app is set up."))
            return after_first_factor(request, next_url)
        form.add_error("code", _("This code is not right. Please try again."))
    context = {
        "form": form,
        "next": next_url,
        "qr_code": devices.qr_svg(device, _("QR code for your authenticator app")),
        "secret": devices.secret_text(device),
    }
    return render(request, "twofactor/authenticator.html", context)


def passkey(request):
    user = request.user
    next_url = safe_next(request, reverse("twofactor:setup"))
    if not may_manage(user):
        return redirect(with_next(reverse("twofactor:verify"), next_url))
    done = with_next(reverse("twofactor:passkey_added"), next_url)
    return render(request, "twofactor/passkey.html", {"next": next_url, "done_url": done})


def passkey_added(request):
    """Where the passkey page goes once the browser has registered one."""
    next_url = safe_next(request, reverse("twofactor:setup"))
    if not devices.has_passkey(request.user):
        return redirect(reverse("twofactor:passkey"))
    messages.success(request, _("The passkey is set up."))
    return after_first_factor(request, next_url)


def recovery_codes(request):
    """The count of codes left; new codes are made by a POST and shown in its answer only."""
    user = request.user
    next_url = safe_next(request, reverse("twofactor:setup"))
    if not user.is_verified():
        return redirect(with_next(reverse("twofactor:verify"), next_url))
    codes = devices.new_recovery_codes(user) if request.method == "POST" else None
    context = {"codes": codes, "left": devices.recovery_codes_left(user), "next": next_url}
    return render(request, "twofactor/recovery_codes.html", context)


@require_POST
def remove(request):
    """The user removes one of their own apps or passkeys."""
    user = request.user
    if not user.is_verified():
        raise PermissionDenied
    device = Device.from_persistent_id(request.POST.get("device", ""))
    if device is None or device.user_id != user.pk:
        raise PermissionDenied
    device.delete()
    logger.info("second factor removed by user %s", user.pk)
    messages.success(request, _("Removed."))
    return redirect(reverse("twofactor:setup"))


def reset(request, user_id):
    """An administrator removes every second factor of an account (a lost phone): at the next
    sign-in its owner sets one up again. Outside the "twofactor" namespace, so the middleware
    asks the administrator for their own second factor first."""
    if not request.user.has_perm("auth.change_user"):
        raise PermissionDenied
    account = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        removed = devices.remove_all(account)
        log(instance=account, action="twofactor.reset", user=request.user)
        logger.warning(
            "second factor of user %s reset by user %s (%s devices)",
            account.pk,
            request.user.pk,
            removed,
        )
        messages.success(
            request,
            _("Two-factor sign-in of %(user)s is reset.") % {"user": account.get_username()},
        )
        return redirect(reverse("wagtailusers_users:edit", args=[account.pk]))
    context = {"account": account, **devices.listed(account)}
    return render(request, "twofactor/reset.html", context)
