"""Search latency on a fresh database with N generated pages in several languages.

    .venv/bin/python bench/search.py                      # SQLite and PostgreSQL, N = 1,000 and 10,000
    .venv/bin/python bench/search.py --sizes 1000 --backends sqlite
    .venv/bin/python bench/search.py --json bench/results/search.json

For each backend and size a worker process gets its own new database (an SQLite file in a
temporary folder; a PostgreSQL database ``kok_bench_<pid>`` on ``BENCH_POSTGRES_URL``, default
postgres://postgres@127.0.0.1:5432, dropped afterwards), migrates it, creates a home page per
language and N standard pages spread over ten languages with generated text, builds the index
with ``update_index`` and then times ``--queries`` searches (one-word, inflected, several words,
nothing found; Latin, Cyrillic, Arabic, Chinese and Thai script; the generated text follows
Zipf's law, so the commonest topic word is on about a third of its language's pages):

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

# Per language: topic words, most frequent first (what readers search for), and function
# words. Pages are made of these and of generated words, drawn with Zipf's law: the first topic
# word is on about a third of a language's pages, the last on a few per cent, like real text.
TOPIC = {
    "de": "Ausbeutung Hilfe Beratung Menschenhandel Rechte Arbeitsausbeutung Lohn Arbeitgeber "
    "Schutz ausbeuterisch Unterstützung Schulden Zwangsarbeit Betteltätigkeit",
    "en": "exploitation help counselling trafficking rights exploited wages employer protection "
    "support debts forced begging",
    "ro": "exploatare ajutor consiliere trafic drepturi salariu angajator protecție exploatării "
    "învățământ datorii",
    "ru": "эксплуатация помощь консультация торговля права зарплата работодатель защита "
    "эксплуатации долги",
    "uk": "експлуатація допомога консультація торгівля права зарплата роботодавець захист борги",
    "ar": "الاستغلال مساعدة استشارة الاتجار حقوق الأجر صاحب الحماية استغلال الديون",
    "tr": "sömürü yardım danışmanlık ticaret haklar ücret işveren koruma sömürüye borçlar",
    "fr": "exploitation aide conseil traite droits salaire employeur protection exploitée dettes",
    "zh-hans": "人口贩卖 剥削 帮助 咨询 权利 工资 雇主 保护 债务 强迫劳动 免费",
    "th": "การค้ามนุษย์ การแสวงประโยชน์ ช่วยเหลือ คำปรึกษา สิทธิ ค่าจ้าง นายจ้าง คุ้มครอง หนี้",
}
FUNCTION_WORDS = {
    "de": "und die der mit für nicht wir Sie bei einer",
    "en": "and the with for not we you at a of",
    "ro": "și cu pentru nu noi la o de în",
    "ru": "и с для не мы вы в на по",
    "uk": "і з для не ми ви в на по",
    "ar": "و مع من أجل لا نحن أنت في على",
    "tr": "ve ile için değil biz siz bir bu",
    "fr": "et avec pour ne pas nous vous le la",
    "zh-hans": "的 在 我们 和 是 了 不",
    "th": "และ กับ สำหรับ เรา ที่ ใน ไม่",
}
SYLLABLES = {
    "latin": "ka ri mo len sta ber gu nel tor vi sa der po lin ha mu fe ro ta ne",
    "cyrillic": "ка ри мо лен ста бер гу нел тор ви са дер по лин ха му фе ро та не",
    "arabic": "كا ري مو لن ست بر غو نل تر في سا در بو لي ها مو فة رو تا نة",
    "cjk": "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严",
    "thai": "กา รี โม เลน สตา เบอ กู เนล ตอ วี สา เดอ โป ลิน ฮา มุ เฟ โร ตา เน",
}
SCRIPT = {"ru": "cyrillic", "uk": "cyrillic", "ar": "arabic", "zh-hans": "cjk", "th": "thai"}
SHARE = {
    "de": 30,
    "en": 15,
    "ro": 10,
    "ru": 10,
    "ar": 10,
    "uk": 5,
    "tr": 5,
    "fr": 5,
    "zh-hans": 5,
    "th": 5,
}
QUERIES = [
    ("de", "Ausbeutung"),
    ("de", "Ausbeutungen"),
    ("de", "Arbeit"),
    ("de", "Hilfe Beratung"),
    ("de", "Betteltatigkeit"),
    ("de", "xyzzy plugh"),
    ("en", "exploitation"),
    ("en", "exploiting wages"),
    ("en", "help"),
    ("ro", "exploatare"),
    ("ro", "invatamant"),
    ("ru", "эксплуатация"),
    ("uk", "допомога"),
    ("ar", "استغلال"),
    ("ar", "مساعدة الحماية"),
    ("tr", "sömürü"),
    ("fr", "exploitée droits"),
    ("zh-hans", "人口贩卖"),
    ("th", "การค้ามนุษย์"),
    ("bg", "помощ"),
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
    with connection.cursor() as cursor:  # statistics as autovacuum would have them
        cursor.execute("VACUUM ANALYZE" if backend == "postgresql" else "ANALYZE")
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


def vocabulary(code, rng):
    """Function words first, then generated words with the topic words spread among them."""
    source = SYLLABLES[SCRIPT.get(code, "latin")]
    syllables = source.split() if " " in source else list(source)
    generated = list(
        dict.fromkeys("".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(3000))
    )
    words = FUNCTION_WORDS[code].split() + generated
    for n, topic in enumerate(TOPIC[code].split()):
        words.insert(40 + n * 25, topic)
    weights = [1 / rank for rank in range(1, len(words) + 1)]
    return words, weights


def generate_pages(homes, size):
    from django.db import transaction

    from tests.pages import add_page

    rng = random.Random(4)  # the same pages every run
    vocabularies = {code: vocabulary(code, rng) for code in SHARE}
    # Under one section per language, as a large site would group them, not as 1,000 menu items.
    sections = {code: add_page(homes[code], "Archiv", "Archiv", slug="archiv") for code in SHARE}
    languages = [code for code, share in SHARE.items() for _ in range(share)]
    for batch in range(0, size, 500):
        with transaction.atomic():
            for n in range(batch, min(size, batch + 500)):
                code = languages[n % len(languages)]
                words, weights = vocabularies[code]
                joiner = "" if code in ("zh-hans", "th") else " "
                title = joiner.join(rng.choices(words, weights, k=4))
                body = joiner.join(rng.choices(words, weights, k=150))
                add_page(sections[code], f"{title} {n}", body, slug=f"page-{n}")


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
