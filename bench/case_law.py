"""Case-law search latency on a fresh database with N generated decisions.

    .venv/bin/python bench/case_law.py                          # PostgreSQL and SQLite, N = 5,000
    .venv/bin/python bench/case_law.py --sizes 1000 5000 --backends postgresql
    .venv/bin/python bench/case_law.py --json bench/results/case_law.json

For each backend and size a worker process gets its own new database (an SQLite file in a
temporary folder; a PostgreSQL database ``kok_caselaw_bench_<pid>_<size>`` on
``BENCH_POSTGRES_URL``, default postgres://postgres@127.0.0.1:5432, dropped afterwards),
migrates it, loads the demo's courts and norms, generates N German decisions (court, type, date
over 25 years, legal area, one to three norms, forms, key issues and a summary drawn from legal
vocabulary with Zipf's law, so the commonest word is in about a third of them), builds the
search index with ``update_index`` and times ``--queries`` case-law searches,
``information.caselaw.find()``: the six facet counts, the total and one page of results, as the
database page asks for them. The queries mix: no choice, one word, two words, a word with
facets, facets only, a year range, and a word found nowhere.

Prints p50/p95/p99 in milliseconds and the same as JSON.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORDS = [
    "Menschenhandel",
    "Zwangslage",
    "Arbeitsausbeutung",
    "Hilflosigkeit",
    "Zwangsprostitution",
    "Lohn",
    "Arbeitgeber",
    "Aufenthaltserlaubnis",
    "Entschädigung",
    "Schmerzensgeld",
    "Bordell",
    "Erntehelfer",
    "Zuhälterei",
    "Einziehung",
    "Nebenklage",
    "Adhäsion",
    "Mindestlohn",
    "Schulden",
    "Vermittlung",
    "Unterkunft",
]
FILLER = [
    "und",
    "die",
    "der",
    "mit",
    "für",
    "nicht",
    "bei",
    "einer",
    "Angeklagte",
    "Gericht",
    "Kammer",
    "Feststellungen",
]
QUERIES = [
    {},
    {"q": "Menschenhandel"},
    {"q": "Zwangslage Lohn"},
    {"q": "Bordell", "area": "criminal", "level": "first"},
    {"area": "labour", "form": "labour"},
    {"from": "2010", "to": "2016", "norm": "232-stgb"},
    {"q": "Adhäsion", "from": "2015"},
    {"q": "Kryptowährung"},
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000])
    parser.add_argument("--backends", nargs="+", default=["postgresql", "sqlite"])
    parser.add_argument("--queries", type=int, default=400, help="timed searches per run")
    parser.add_argument("--json", help="also write the JSON to this file")
    parser.add_argument("--worker", nargs=2, metavar=("BACKEND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), args.queries)))
        return
    runs = []
    for backend in args.backends:
        for size in args.sizes:
            print(f"{backend}, {size} decisions …", file=sys.stderr, flush=True)
            runs.append(run_worker(backend, size, args.queries))
    print(table(runs))
    print(json.dumps(runs, indent=2))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(runs, indent=2))


def run_worker(backend, size, queries):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="kokcms.settings.test")
    with tempfile.TemporaryDirectory(prefix="kok-bench-") as folder:
        drop = None
        if backend == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        else:
            server = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
            name = f"kok_caselaw_bench_{os.getpid()}_{size}"
            postgres(server, f"DROP DATABASE IF EXISTS {name}")
            postgres(server, f"CREATE DATABASE {name}")
            env["DATABASE_URL"] = f"{server}/{name}"
            drop = (server, f"DROP DATABASE IF EXISTS {name}")
        try:
            output = subprocess.run(  # noqa: S603 (this script, our arguments)
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    backend,
                    str(size),
                    "--queries",
                    str(queries),
                ],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        finally:
            if drop:
                postgres(*drop)
    return json.loads(output.strip().splitlines()[-1])


def postgres(server, statement):
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def worker(backend, size, queries):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict
    from django.test import override_settings

    from wagtail.models import Locale

    from information import caselaw

    assert connection.vendor == backend, (connection.vendor, backend)
    call_command("migrate", verbosity=0)
    started = time.monotonic()
    manual = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=manual):
        german = generate(size)
    built = time.monotonic()
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    with connection.cursor() as cursor:  # statistics as autovacuum would have them
        cursor.execute("VACUUM ANALYZE" if backend == "postgresql" else "ANALYZE")
    indexed = time.monotonic()
    german = Locale.objects.get(pk=german.pk)
    times, found = [], {}
    for n in range(queries + len(QUERIES)):  # the first round warms caches and is not timed
        params = QUERIES[n % len(QUERIES)]
        query = QueryDict(mutable=True)
        query.update(params)
        start = time.perf_counter()
        choices = caselaw.read(query)
        result = caselaw.find(choices, german)
        elapsed = time.perf_counter() - start
        assert not choices.errors, choices.errors
        found[json.dumps(params, ensure_ascii=False)] = result.total
        if n >= len(QUERIES):
            times.append(elapsed)
    return {
        "backend": backend,
        "decisions": size,
        "queries": len(times),
        "build_seconds": round(built - started, 1),
        "index_seconds": round(indexed - built, 1),
        "search_ms": percentiles(times),
        "results_per_query": found,
    }


def generate(size):
    import datetime

    from wagtail.models import Locale

    from information.caselaw import (
        Court,
        Decision,
        DecisionType,
        ExploitationForm,
        LegalArea,
        Norm,
    )
    from sitecontent import caselaw_demo

    german, _created = Locale.objects.get_or_create(language_code="de")
    for name, abbreviation, jurisdiction, level, place in caselaw_demo.COURTS:
        Court.objects.create(
            name=name,
            abbreviation=abbreviation,
            jurisdiction=jurisdiction,
            level=level,
            place=place,
        )
    for order, (label, act) in enumerate(caselaw_demo.NORMS):
        Norm.objects.create(label=label, act=act, sort_order=order)
    courts, norms = list(Court.objects.all()), list(Norm.objects.all())
    forms = list(ExploitationForm.objects.all())
    rng = random.Random(15)  # noqa: S311 (test data)
    weights = [1 / rank for rank in range(1, len(WORDS) + 1)]

    def text(count):
        words = rng.choices(WORDS, weights, k=count // 3) + rng.choices(FILLER, k=count)
        rng.shuffle(words)
        return " ".join(words)

    decisions = [
        Decision(
            locale=german,
            court=rng.choice(courts),
            decision_type=rng.choice(DecisionType.values),
            date=datetime.date(
                2000 + rng.randrange(25), rng.randrange(1, 13), rng.randrange(1, 29)
            ),
            file_number=f"{n} KLs {rng.randrange(100, 999)} Js {rng.randrange(10000, 99999)}/{n % 25:02}",
            legal_area=rng.choice(LegalArea.values),
            key_issues=text(12),
            summary=f"<p>{text(150)}</p>",
            outcome=text(15),
            slug=f"decision-{n}",
        )
        for n in range(size)
    ]
    Decision.objects.bulk_create(decisions, batch_size=500)
    Decision.norms.through.objects.bulk_create(
        Decision.norms.through(decision_id=decision.pk, norm_id=norm.pk)
        for decision in decisions
        for norm in rng.sample(norms, rng.randrange(1, 4))
    )
    Decision.forms.through.objects.bulk_create(
        Decision.forms.through(decision_id=decision.pk, exploitationform_id=form.pk)
        for decision in decisions
        for form in rng.sample(forms[:4], rng.randrange(0, 3))
    )
    return german


def percentiles(seconds):
    cuts = statistics.quantiles([s * 1000 for s in seconds], n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}


def table(runs):
    lines = ["backend     decisions   search p50 / p95 / p99 ms   build s  index s", "-" * 70]
    for run in runs:
        s = run["search_ms"]
        lines.append(
            f"{run['backend']:<10} {run['decisions']:>10}   "
            f"{s['p50']:>7} / {s['p95']:>6} / {s['p99']:>6}   "
            f"{run['build_seconds']:>7}  {run['index_seconds']:>7}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
