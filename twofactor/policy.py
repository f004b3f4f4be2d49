"""Who must sign in to the admin with a second factor, and with which devices.

Every account that may change what readers see: superusers, and anyone with a permission to
add, change, delete or publish anything (pages through Wagtail's page permissions, snippets,
images, documents, settings, users through model permissions). An account that may only look
(``wagtailadmin.access_admin`` and nothing else) is not forced.
"""

from django.conf import settings

from wagtail.models import GroupPagePermission

from django_otp import devices_for_user

EDITING = ("add_", "change_", "delete_", "publish_")


def enforced():
    return settings.KOKCMS_REQUIRE_TWO_FACTOR


def may_edit(user):
    if user.is_superuser:
        return True
    if any(perm.split(".", 1)[1].startswith(EDITING) for perm in user.get_all_permissions()):
        return True
    return GroupPagePermission.objects.filter(group__user=user).exists()


def must_verify(user):
    """True for a signed-in account that may edit, while the setting is on."""
    return enforced() and user.is_active and may_edit(user)


def confirmed_devices(user):
    """The user's second factors: authenticator apps, passkeys and recovery codes."""
    return list(devices_for_user(user, confirmed=True))


def has_second_factor(user):
    """Has the user a device to verify with (recovery codes alone count: they were made with
    one and can stand in for it)?"""
    return bool(confirmed_devices(user))
