"""The database search backend, language-aware where we extend it.

Use ``"BACKEND": "search.backends.database"`` where Wagtail's own would be
``wagtail.search.backends.database``: upstream picks the implementation for the database in use
(PostgreSQL, SQLite with FTS5, a fallback for others) and ours replaces the first two.
"""

from importlib import import_module

from modelsearch.backends.database import SearchBackend as upstream_backend

OURS = {
    "modelsearch.backends.database.postgres.postgres": "search.backends.postgres",
    "modelsearch.backends.database.sqlite.sqlite": "search.backends.sqlite",
}


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    backend = upstream_backend(params)
    ours = OURS.get(type(backend).__module__)
    return import_module(ours).SearchBackend(params) if ours else backend
