"""The office sees Reports → Link check: Wagtail's Editors and Moderators groups get
``linkcheck.view_finding`` (translators' groups do not)."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="linkcheck", model="finding"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_finding",
        defaults={"name": "Can view link check finding"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="linkcheck", codename="view_finding"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("linkcheck", "0001_findings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
