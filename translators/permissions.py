"""Translator groups and the two locale rules Wagtail's permissions cannot express.

One group per non-source locale ("Translators: العربية (ar)") holds page permissions (edit,
publish) on that locale's home pages, i.e. on the locale's whole tree, plus admin access, the
wagtail-localize "submit translation" permission, "change" on every translatable snippet and
"Can translate into العربية (ar)" (``wagtailcore.translate_ar``), which binds its holders to
that language.

What is missing upstream, and therefore added here (with hooks in ``translators/wagtail_hooks.py`` and
``translators/localize.py``, and ``BasePage.permissions_for_user``):

1. Snippet permissions are per model, never per locale (wagtail#6731): "change help box" would
   let the Arabic translator edit the German source and every other language. A user holding
   "translate into" permissions, or whose page permissions all lie below locale home pages, is
   bound to those locales (``bound_locale_ids``); superusers, users with page permissions at the
   tree root and users with neither keep Wagtail's rules.
2. Pages have no delete permission of their own: "edit" implies deleting leaf pages
   (wagtail/rfcs#52, wagtail#4453). ``PagePermissionTester`` also requires "add" on the page,
   which translators never get; the admin then neither offers nor performs the deletion.

Delete this module's rule 1 when Wagtail gains locale-scoped permissions, rule 2 when the delete
page permission of RFC 52 lands; keep the group set-up.
"""

import unicodedata

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language_info

from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.models import PagePermissionTester as BasePagePermissionTester
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import get_snippet_models

GROUP_PREFIX = "Translators: "
PAGE_PERMISSIONS = ("change_page", "publish_page")
TRANSLATE_PREFIX = "translate_"


# Optional Arabic vowel marks (harakat): Django spells Arabic "العربيّة" with a shadda, but people
# type and search "العربية".
ARABIC_VOWEL_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])


def language_name(code):
    """The language's own name in its own script, e.g. "العربية" or "Română"."""
    try:
        name = unicodedata.normalize("NFC", get_language_info(code)["name_local"])
    except KeyError:
        name = str(dict(settings.LANGUAGES).get(code, code))
    return name.translate(ARABIC_VOWEL_MARKS)


def group_name(locale):
    return f"{GROUP_PREFIX}{language_name(locale.language_code)} ({locale.language_code})"


def find_group(locale):
    """The translator group of ``locale``, found by its code so a renamed language still matches."""
    return (
        Group.objects.filter(
            name__startswith=GROUP_PREFIX, name__endswith=f"({locale.language_code})"
        )
        .order_by("pk")
        .first()
    )


def translate_permission(locale):
    """The permission that binds a user to ``locale`` (shown in the group editor)."""
    code = locale.language_code
    perm, _created = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Locale),
        codename=f"{TRANSLATE_PREFIX}{code}",
        defaults={"name": f"Can translate into {language_name(code)} ({code})"},
    )
    return perm


def model_permissions():
    """Admin access, starting translations and changing every translatable snippet."""
    snippet_types = [
        ContentType.objects.get_for_model(model)
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
    ]
    perms = list(
        Permission.objects.filter(content_type__in=snippet_types, codename__startswith="change_")
    )
    perms.append(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    perms.append(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    return perms


def locale_roots(locale):
    """The locale's home pages: every locale tree starts right under the root."""
    return Page.objects.filter(depth=2, locale=locale)


def grant_pages(group, pages):
    """Give ``group`` edit and publish rights on ``pages`` and their subtrees; returns how many new."""
    perms = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        )
    )
    created = 0
    for page in pages:
        for perm in perms:
            _obj, new = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=perm
            )
            created += new
    return created


def ensure_translator_group(locale):
    """Create or complete the translator group of ``locale``; returns the number of changes."""
    changes = 0
    group = find_group(locale)
    if group is None:
        group = Group.objects.create(name=group_name(locale))
        changes += 1
    elif group.name != group_name(locale):
        group.name = group_name(locale)
        group.save(update_fields=["name"])
        changes += 1
    existing = set(group.permissions.all())
    wanted = [*model_permissions(), translate_permission(locale)]
    missing = [perm for perm in wanted if perm not in existing]
    group.permissions.add(*missing)
    changes += len(missing)
    changes += grant_pages(group, locale_roots(locale))
    return changes


def ensure_all_translator_groups():
    changes = 0
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk"):
        changes += ensure_translator_group(locale)
    return changes


def bound_locale_ids(user):
    """The locales a locale-bound user may edit, or None if the user is not bound to locales."""
    if not user.is_active:
        return set()
    if user.is_superuser:
        return None
    cached = getattr(user, "_kok_bound_locale_ids", False)
    if cached is not False:
        return cached
    perms = list(page_permission_policy.get_cached_permissions_for_user(user))
    prefix = f"wagtailcore.{TRANSLATE_PREFIX}"
    codes = {name[len(prefix) :] for name in user.get_all_permissions() if name.startswith(prefix)}
    if any(perm.page.depth == 1 for perm in perms) or not (perms or codes):
        bound = None
    else:
        bound = {
            perm.page.locale_id
            for perm in perms
            if perm.permission.codename in ("add_page", "change_page")
        }
        bound |= set(Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True))
    user._kok_bound_locale_ids = bound
    return bound


def may_edit_locale(user, locale_id):
    allowed = bound_locale_ids(user)
    return allowed is None or locale_id in allowed


class PagePermissionTester(BasePagePermissionTester):
    """Wagtail's tester with rule 2, returned by ``BasePage.permissions_for_user`` (Wagtail's
    documented override point), so the admin hides the Delete, Move and Copy buttons and menu
    items it would otherwise offer translators and then refuse (Move follows Delete)."""

    @property
    def may_add(self):
        return self.user.is_superuser or "add" in self.permissions

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and self.may_add

    def can_copy(self):
        # Upstream: whoever may edit; a copy is a new page, which translators may not add.
        return super().can_copy() and self.may_add


# --- Keep groups complete when locales or locale trees appear later --------------------------
def on_locale_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.language_code != settings.LANGUAGE_CODE:
        ensure_translator_group(instance)


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not isinstance(instance, Page) or instance.depth != 2:
        return
    group = find_group(instance.locale)
    if group is not None:
        grant_pages(group, [instance])


# --- A translator's admin speaks their language -----------------------------------------------
def on_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A user put into a translator group gets Wagtail's admin in that group's language (its
    "translate into" permission, as ``bound_locale_ids`` reads it), unless they have chosen an
    admin language themselves (Account → Preferences)."""
    if action != "post_add" or not pk_set:
        return
    from django.contrib.auth import get_user_model

    from wagtail.users.models import UserProfile

    group_ids = {instance.pk} if reverse else pk_set  # group.user_set.add(...) or user.groups
    users = get_user_model().objects.filter(pk__in=pk_set) if reverse else [instance]
    codes = Permission.objects.filter(
        group__in=group_ids, codename__startswith=TRANSLATE_PREFIX
    ).values_list("codename", flat=True)
    offered = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    languages = [
        admin_code
        for codename in codes
        if (admin_code := admin_language(codename.removeprefix(TRANSLATE_PREFIX))) in offered
    ]
    if len(languages) != 1:  # no language, or several: leave the choice to the user
        return
    for user in users:
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = languages[0]
            profile.save(update_fields=["preferred_language"])


def admin_language(code):
    """The code of Wagtail's admin language for our content language ``code``."""
    return settings.ADMIN_LANGUAGE_CODES.get(code, code)
