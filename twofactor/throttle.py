"""Wrong codes are counted per account: after five, the account's codes are paused.

django-otp counts each device's successive failures (``ThrottlingMixin``) and, with a throttle
factor, makes each device wait 1, 2, 4 … seconds; that tells a person nothing and a second
device starts at zero. Its per-device delays are off (``OTP_*_THROTTLE_FACTOR = 0``, settings
``base.py``); its counts stay, and here they are added up over the account's authenticator
apps and recovery codes. From ``AXES_FAILURE_LIMIT`` (5) wrong codes on, codes are refused for
``AXES_COOLOFF_TIME`` (15 minutes) after the last wrong one, as a wrong password is; after the
pause each further wrong code pauses again, until a right one resets the count. The counts
live in the database, so every worker sees them, and signing in with the password again does
not reset them (django-axes resets its own count on every successful password).

A passkey cannot be guessed; its failed ceremonies are not counted.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)
CODE_DEVICES = (TOTPDevice, StaticDevice)


def limit():
    return settings.AXES_FAILURE_LIMIT


def pause():
    return timedelta(hours=settings.AXES_COOLOFF_TIME)


def failures(user):
    """(wrong codes in a row, time of the last one). A code is tried on every device of its
    kind (two phones with the app count one wrong code each), so each kind adds its highest
    count: codes from the app and recovery codes together."""
    count, stamps = 0, []
    for model in CODE_DEVICES:
        rows = list(
            model.objects.filter(user=user, confirmed=True).values_list(
                "throttling_failure_count", "throttling_failure_timestamp"
            )
        )
        count += max((n for n, _at in rows), default=0)
        stamps += [at for _n, at in rows if at is not None]
    return count, max(stamps, default=None)


def paused_until(user):
    """When the user may enter a code again, or None if they may now."""
    count, last = failures(user)
    if count < limit() or last is None:
        return None
    until = last + pause()
    return until if until > timezone.now() else None


def reset(user):
    for model in CODE_DEVICES:
        model.objects.filter(user=user).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )


def record_failure(user):
    """Called after a wrong code (the device has counted it): log, and say whether the
    account is paused now."""
    until = paused_until(user)
    if until is not None:
        logger.warning("two-factor codes paused for user %s after wrong codes", user.pk)
    else:
        logger.info("wrong two-factor code for user %s", user.pk)
    return until
