"""Search latency on a fresh database with N generated pages in several languages.

    .venv/bin/python bench/search.py                      # SQLite and PostgreSQL, N = 1,000 and 10,000
    .venv/bin/python bench/search.py --sizes 1000 --backends sqlite
    .venv/bin/python bench/search.py --json bench/results/search.json

For each backend and size a worker process gets its own new database (an SQLite file in a
temporary folder; a PostgreSQL database ``kok_bench_<pid>`` on ``BENCH_POSTGRES_URL``, default
postgres://postgres@127.0.0.1:5432, dropped afterwards), migrates it, creates a home page per
language and N standard pages spread over ten languages with generated text, builds the index
with ``update_index`` and then times ``--queries`` searches (one-word, inflected, several words,
nothing found; Latin, Cyrillic, Arabic, Chinese and Thai script):

- ``search``: ``search.service.search()`` - backend count and results, snippets, promotions;
- ``page``: the whole ``GET /<lang>/search/?q=…`` response, templates included.

Prints a table of p50/p95/p99 in milliseconds and the same as JSON.
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

# Words per language: the first half are topic words (searched for), the rest filler.
WORDS = {
    "de": "Ausbeutung Arbeitsausbeutung ausbeuterisch Hilfe Beratung Beratungsstelle Menschenhandel "
    "Rechte Lohn Arbeitgeber Schutz Betteltätigkeit Zwangsarbeit Unterstützung Schulden "
    "und die der mit für nicht wir Sie bei einer kostenlos vertraulich heute",
    "en": "exploitation exploited exploiting help counselling trafficking rights wages employer "
    "protection begging forced support debts and the with for not we you at a free today",
    "ro": "exploatare exploatării ajutor consiliere trafic drepturi salariu angajator protecție "
    "învățământ datorii și cu pentru nu noi la o gratuit astăzi",
    "ru": "эксплуатация эксплуатации помощь консультация торговля права зарплата работодатель "
    "защита долги и с для не мы вы в бесплатно сегодня",
    "uk": "експлуатація експлуатації допомога консультація торгівля права зарплата роботодавець "
    "захист борги і з для не ми ви в безкоштовно сьогодні",
    "ar": "الاستغلال استغلال مساعدة استشارة الاتجار حقوق الأجر صاحب الحماية الديون و مع من أجل "
    "لا نحن أنت في مجانا اليوم",
    "tr": "sömürü sömürüye yardım danışmanlık insan ticareti haklar ücret işveren koruma borçlar "
    "ve ile için değil biz siz ücretsiz bugün",
    "fr": "exploitation exploitée aide conseil traite droits salaire employeur protection dettes "
    "et avec pour ne pas nous vous gratuit aujourd'hui",
    "zh-hans": "人口贩卖 剥削 帮助 咨询 权利 工资 雇主 保护 债务 强迫劳动 和 的 在 我们 免费 今天",
    "th": "การค้ามนุษย์ การแสวงประโยชน์ ช่วยเหลือ คำปรึกษา สิทธิ ค่าจ้าง นายจ้าง คุ้มครอง หนี้ "
    "และ กับ สำหรับ เรา ฟรี วันนี้",
}
SHARE = {"de": 30, "en": 15, "ro": 10, "ru": 10, "ar": 10, "uk": 5, "tr": 5, "fr": 5, "zh-hans": 5, "th": 5}
QUERIES = [
    ("de", "Ausbeutung"), ("de", "Ausbeutungen"), ("de", "Hilfe Beratung"), ("de", "Betteltatigkeit"),
    ("de", "xyzzy plugh"), ("en", "exploitation"), ("en", "exploiting wages"), ("en", "help"),
    ("ro", "exploatare"), ("ro", "invatamant"), ("ru", "эксплуатация"), ("uk", "допомога"),
    ("ar", "استغلال"), ("ar", "مساعدة الحماية"), ("tr", "sömürü"), ("fr", "exploitée droits"),
    ("zh-hans", "人口贩卖"), ("zh-hans", "免费咨询"), ("th", "การค้ามนุษย์"), ("bg", "помощ"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--queries", type=int, default=300, help="timed searches per run")
    parser.add_argument("--json", help="also write the JSON to this file")
    parser.add_argument("--worker", nargs=2, metavar=("BACKEND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), args.queries)))
        return
    runs = []
    for backend in args.backends:
        for size in args.sizes:
            print(f"{backend}, {size} pages …", file=sys.stderr, flush=True)
            runs.append(run_worker(backend, size, args.queries))
    print(table(runs))
    print(json.dumps(runs, indent=2))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(runs, indent=2))


def run_worker(backend, size, queries):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="kokcms.settings.test")
    with tempfile.TemporaryDirectory(prefix="kok-bench-") as folder:
        if backend == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
            drop = None
        else:
            server = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
            name = f"kok_bench_{os.getpid()}_{size}"
            postgres(server, f"DROP DATABASE IF EXISTS {name}")
            postgres(server, f"CREATE DATABASE {name}")
            env["DATABASE_URL"] = f"{server}/{name}"
            drop = (server, f"DROP DATABASE IF EXISTS {name}")
        try:
            output = subprocess.run(  # noqa: S603 (this script, our arguments)
                [sys.executable, __file__, "--worker", backend, str(size), "--queries", str(queries)],
                env=env, cwd=ROOT, check=True, capture_output=True, text=True,
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
    from django.test import Client, RequestFactory, override_settings
    from django.utils import translation

    from search import service, text

    assert connection.vendor == backend, (connection.vendor, backend)
    call_command("migrate", verbosity=0)
    started = time.monotonic()
    manual = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=manual):
        homes = build_site()
        generate_pages(homes, size)
    built = time.monotonic()
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    indexed = time.monotonic()

    client, factory = Client(), RequestFactory()
    locales = {code: home.locale for code, home in homes.items()}
    search_times, page_times, found = [], [], {}
    for n in range(queries + len(QUERIES)):  # the first round warms caches and is not timed
        code, words = QUERIES[n % len(QUERIES)]
        with translation.override(code):
            request = factory.get(f"/{code}/search/", {"q": words})
            start = time.perf_counter()
            results = service.search(text.parse(words), locales[code], request)
            search_time = time.perf_counter() - start
            start = time.perf_counter()
            response = client.get(f"/{code}/search/", {"q": words})
            page_time = time.perf_counter() - start
        assert response.status_code == 200
        found[f"{code}:{words}"] = results.total
        if n >= len(QUERIES):
            search_times.append(search_time)
            page_times.append(page_time)
    return {
        "backend": backend,
        "pages": size,
        "queries": len(search_times),
        "build_seconds": round(built - started, 1),
        "index_seconds": round(indexed - built, 1),
        "search_ms": percentiles(search_times),
        "page_ms": percentiles(page_times),
        "results_per_query": found,
    }


def build_site():
    from django.conf import settings

    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    german = root.add_child(instance=HomePage(title="Start", slug="start"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=german, is_default_site=True)
    homes = {settings.LANGUAGE_CODE: german}
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            home = german.copy_for_translation(Locale.objects.get(language_code=code))
            home.save_revision().publish()
            homes[code] = HomePage.objects.get(pk=home.pk)
    return homes


def generate_pages(homes, size):
    from search.testing import add_page

    rng = random.Random(4)  # the same pages every run
    languages = [code for code, share in SHARE.items() for _ in range(share)]
    for n in range(size):
        code = languages[n % len(languages)]
        words = WORDS[code].split()
        joiner = "" if code in ("zh-hans", "th") else " "
        title = joiner.join(rng.choices(words, k=4))
        body = joiner.join(rng.choices(words, k=120))
        add_page(homes[code], f"{title} {n}", body, slug=f"page-{n}")


def percentiles(seconds):
    cuts = statistics.quantiles([s * 1000 for s in seconds], n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}


def table(runs):
    lines = [
        "backend     pages   search p50 / p95 / p99 ms   page p50 / p95 / p99 ms   build s  index s",
        "-" * 92,
    ]
    for run in runs:
        s, p = run["search_ms"], run["page_ms"]
        lines.append(
            f"{run['backend']:<10} {run['pages']:>6}   "
            f"{s['p50']:>7} / {s['p95']:>6} / {s['p99']:>6}    "
            f"{p['p50']:>7} / {p['p95']:>6} / {p['p99']:>6}   "
            f"{run['build_seconds']:>7}  {run['index_seconds']:>7}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
