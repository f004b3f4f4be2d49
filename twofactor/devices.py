"""The user's second factors: creating, checking, listing and deleting them."""

import logging
from base64 import b32encode

from django.db import transaction

import segno
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from . import throttle

logger = logging.getLogger(__name__)
RECOVERY_CODES = 10


def pending_authenticator(user):
    """The authenticator app being set up: unconfirmed until its first code is right."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name="App", confirmed=False)


def secret_text(device):
    """The key as an app asks for it when typed in: base32 in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device, title):
    """The app's setup address as a QR code: inline SVG drawn here, light on any theme."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=4, title=title, light="#fff", dark="#000", svgclass="twofactor-qr"
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


def confirm_authenticator(device, code):
    with transaction.atomic():
        if not device.verify_token(code):
            return False
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    logger.info("authenticator app added for user %s", device.user_id)
    return True


def verify_code(user, code, app_code):
    """The device that accepts ``code``, or None (each device tried counts a wrong code)."""
    model = TOTPDevice if app_code else StaticDevice
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(code):
                throttle.reset(user)
                return device
    return None


def new_recovery_codes(user):
    """Ten fresh codes, each good once; the old ones stop working. Shown once to the user;
    django-otp keeps them in its table as they are (not hashed), deleted when used."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    logger.info("new recovery codes for user %s", user.pk)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def listed(user):
    """What the user has, for their overview: apps and passkeys one by one."""
    return {
        "apps": list(TOTPDevice.objects.filter(user=user, confirmed=True).order_by("created_at")),
        "passkeys": list(WebAuthnCredential.objects.filter(user=user, confirmed=True)),
        "recovery_codes": recovery_codes_left(user),
    }


def has_passkey(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()


def remove_all(user):
    """Every second factor of ``user``, also unconfirmed ones; returns how many."""
    removed = 0
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=None):
            device.delete()
            removed += 1
    return removed
