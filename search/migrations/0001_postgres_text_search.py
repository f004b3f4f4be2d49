"""PostgreSQL only: text-search configurations per language, diacritic-insensitive.

For every stemmer in search/languages.py a ``kok_<stemmer>`` copy of PostgreSQL's configuration is
created whose words pass through ``unaccent`` before stemming, so "Betteltatigkeit" finds
"Betteltätigkeit" and "invatamant" finds "învățământ". ``unaccent`` is a trusted extension
(PostgreSQL 13+): the database owner can create it.

Also indexes page ids as text: upstream's index entries refer to objects by a text id and join
``object_id = page.id::varchar(50)``, which the page's primary key cannot serve, so a search with
few matches would compare every match with every page of the language.
"""

from django.db import migrations

INDEX_NAME = "kok_search_page_id_text"


def configurations():
    # Frozen here rather than imported, so later edits of the table need a new migration.
    stemmers = [
        "arabic", "english", "french", "german", "hungarian", "portuguese", "romanian",
        "russian", "serbian", "spanish", "turkish",
    ]
    return [(f"kok_{name}", name, f"{name}_stem") for name in stemmers] + [
        ("kok_simple", "simple", "simple")
    ]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, source, dictionary in configurations():
        execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source})")
        execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
        )
    execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON wagtailcore_page (((id)::varchar(50)))"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")
    for name, _source, _dictionary in configurations():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
