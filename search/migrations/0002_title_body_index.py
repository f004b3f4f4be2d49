"""PostgreSQL only: a GIN index on the text vector upstream's database search matches.

Wagtail's PostgreSQL backend matches ``(title || body) @@ query``; its GIN indexes are on
``title`` and ``body`` apart, which that expression cannot use, so every search read every index
entry (wagtail/wagtail#6546; the pull request that added this index, #6548, was closed unmerged).
A word few entries contain (most searches: a court's name, a rare term) is now found through the
index. The migration can go once upstream indexes the expression itself.
"""

from django.db import migrations

INDEX_NAME = "kok_search_title_body"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [("kok_search", "0001_postgres_text_search")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
