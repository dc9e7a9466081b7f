"""The benchmark: import N generated articles, then time searches and pages.

    make bench                 # N=2000, a couple of minutes
    N=100000 make bench        # the target size (about an hour on 2 cores)
    .venv/bin/python bench/run.py --n 10000 --out bench/out/10k.json

Everything happens in a throwaway data dir (bench/out/data-N: SQLite database and
Whoosh index; DATABASE_URL or SEARCH_URL in the environment take precedence). Prints
a table per part and writes the figures as JSON for comparison across commits:

1. import through `archive.ingest.pipeline.import_paths`: seconds and articles/s per
   stage (decode, extract, database, index) and end to end; peak memory; sizes;
2. the fixed query set (bench/queries.py) through the real /search/ page, and the same
   queries on raw Whoosh (same index) and on SQLite FTS5 (same texts): p50/p95 per class;
3. the archive pages: time and number of database queries, for a big and a small case;
4. searches while an import runs in another process (any error is counted);
5. `rebuild_index` of everything, in its own process.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from bench.queries import query_set  # noqa: E402

MiB = 1024 * 1024


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Import and search benchmark.")
    parser.add_argument("--n", type=int, default=2000, help="Articles to import.")
    parser.add_argument("--seed", type=int, default=0, help="Generator seed.")
    parser.add_argument("--out", help="JSON file (default: bench/out/bench-N.json).")
    parser.add_argument("--data-dir", help="Data dir (default: bench/out/data-N).")
    parser.add_argument("--queries", default="", help="Only these classes, comma-separated.")
    parser.add_argument("--repeat", type=int, default=2, help="Runs of the query set.")
    parser.add_argument("--workers", type=int, default=None, help="Extraction processes.")
    parser.add_argument("--reuse", action="store_true", help="Keep an existing import.")
    parser.add_argument("--no-rebuild", action="store_true", help="Skip rebuild_index.")
    parser.add_argument(
        "--no-concurrent", action="store_true", help="Skip searching during an import."
    )
    return parser.parse_args(argv)


def setup_django(data_dir: Path) -> None:
    # The table is the output: keep known, repeated warnings out of it.
    warnings.filterwarnings("ignore", message=".*received a naive datetime")
    warnings.filterwarnings("ignore", message="No directory at")
    # Production settings (the test settings always use a fresh temporary data dir);
    # the environment is inherited by the manage.py processes started below.
    os.environ["DEPECHES_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.prod")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key")
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")  # the test client speaks HTTP
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("collectstatic", interactive=False, verbosity=0)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(q * len(ordered))))
    return ordered[rank - 1]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def database_size(data_dir: Path) -> int:
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            return cursor.fetchone()[0]
    name = Path(connection.settings_dict["NAME"])
    return sum(p.stat().st_size for p in name.parent.glob(name.name + "*"))


def index_dir() -> Path | None:
    from django.conf import settings

    path = settings.HAYSTACK_CONNECTIONS["default"].get("PATH")
    return Path(path) if path else None


def peak_rss(who=resource.RUSAGE_SELF) -> int:
    return resource.getrusage(who).ru_maxrss * 1024


# -- 1. import ----------------------------------------------------------------------------


def run_import(paths: list[Path], workers: int | None) -> dict:
    from archive.ingest.pipeline import ImportStats, import_paths

    stats = ImportStats()
    report = import_paths(paths, stats=stats, workers=workers)
    n = stats.files
    stages = {
        stage: {
            "seconds": round(s, 2),
            "cpu_seconds": round(stats.cpu[stage], 2),
            "cpu_ms_per_article": round(stats.cpu[stage] * 1000 / n, 1) if n else None,
            "per_second": round(n / s, 1) if s else None,
        }
        for stage, s in stats.seconds.items()
    }
    return {
        "files": n,
        "outcomes": dict(report.counts),
        "problems": report.problems[:20],
        "workers": stats.workers,
        "stages": stages,
        "wall_seconds": round(stats.wall, 2),
        "per_second": round(n / stats.wall, 1) if stats.wall else None,
        "peak_rss_main": peak_rss(),
        "peak_rss_worker": peak_rss(resource.RUSAGE_CHILDREN),
    }


# -- 2. queries ---------------------------------------------------------------------------


def resolve_slugs(query) -> dict:
    from archive.models import Source, Speaker
    from archive.text import fold

    slugs = {}
    for key, model, name in (("speaker", Speaker, query.speaker), ("source", Source, query.source)):
        if name:
            row = next((r for r in model.objects.all() if fold(r.name) == fold(name)), None)
            row = row or model.objects.find(name)
            slugs[key] = row.slug if row else ""
    return slugs


def page_params(query, slugs: dict) -> dict:
    params = {"q": query.q, "mode": query.mode}
    for key, value in (
        ("speaker", slugs.get("speaker")),
        ("source", slugs.get("source")),
        ("from", query.date_from),
        ("to", query.date_to),
        ("language", query.language),
    ):
        if value:
            params[key] = value
    return params


def build_fts(path: Path):
    from archive.models import Article, Statement
    from bench.engines import Fts5, utc_iso

    speakers_of: dict[int, set] = {}
    for article_id, slug in Statement.objects.filter(speaker__isnull=False).values_list(
        "article_id", "speaker__slug"
    ):
        speakers_of.setdefault(article_id, set()).add(slug)
    articles = (
        (
            f"{a.title}\n{a.body}",
            " ".join(sorted(speakers_of.get(a.pk, ()))),
            a.language,
            a.source.slug if a.source else None,
            utc_iso(a.published),
        )
        for a in Article.objects.select_related("source")
        .only("title", "body", "language", "published", "source__slug")
        .iterator(chunk_size=2000)
    )
    statements = (
        (
            s.text,
            s.speaker.slug if s.speaker else "",
            s.article.language,
            s.article.source.slug if s.article.source else None,
            utc_iso(s.article.published),
        )
        for s in Statement.objects.select_related("speaker", "article__source").iterator(
            chunk_size=2000
        )
    )
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    engine = Fts5.build(str(path), articles, statements)
    return engine, time.perf_counter() - start


def with_variants(query):
    """The query as the page searches it: the name OR each of its known spellings."""
    from dataclasses import replace

    from search.variants import alternatives

    spellings = [query.q, *alternatives(query.q)]
    return replace(query, q=" OR ".join(f'"{s}"' if " " in s else s for s in spellings))


def run_queries(args, data_dir: Path) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from archive.models import Article
    from bench.engines import RawWhoosh, timed

    wanted = {k for k in args.queries.split(",") if k}
    queries = [q for q in query_set() if not wanted or q.kind in wanted]
    fts, fts_build = build_fts(data_dir / "fts5.sqlite3")
    raw = RawWhoosh(str(index_dir()))
    client = Client()
    rows = []
    for query in queries:
        slugs = resolve_slugs(query)
        rows.append(
            {
                "query": query,
                "slugs": slugs,
                "params": page_params(query, slugs),
                "page": [],
                "raw": [],
                "fts": [],
                "db_queries": 0,
                "errors": 0,
            }
        )
    for row in rows[:5]:  # warm caches and searchers before timing
        client.get("/search/", row["params"])
        raw.run(row["query"], row["slugs"])
        fts.run(row["query"], row["slugs"])
    for _ in range(args.repeat):
        for row in rows:
            with CaptureQueriesContext(connection) as captured:
                seconds, response = timed(client.get, "/search/", row["params"])
            row["page"].append(seconds)
            row["db_queries"] = len(captured)
            row["errors"] += response.status_code != 200
            seconds, row["raw_hits"] = timed(raw.run, row["query"], row["slugs"])
            row["raw"].append(seconds)
            seconds, row["fts_hits"] = timed(fts.run, row["query"], row["slugs"])
            row["fts"].append(seconds)
            if row["query"].kind == "name":  # raw Whoosh on what the page searches
                seconds, _ = timed(raw.run, with_variants(row["query"]), row["slugs"])
                row.setdefault("raw_variants", []).append(seconds)
    raw.close()
    classes = {}
    for kind in dict.fromkeys(r["query"].kind for r in rows):
        mine = [r for r in rows if r["query"].kind == kind]
        entry = {
            "queries": len(mine),
            "errors": sum(r["errors"] for r in mine),
            "db_queries_max": max(r["db_queries"] for r in mine),
        }
        for engine in ("page", "raw", "fts"):
            values = [v for r in mine for v in r[engine]]
            entry[engine] = {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95)}
        classes[kind] = entry
        if kind == "name":  # the same page, against raw Whoosh given the same variants
            values = [v for r in mine for v in r["raw_variants"]]
            classes["name (variants)"] = {
                **entry,
                "raw": {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95)},
                "fts": {"p50": None, "p95": None},  # FTS5 has no variants
            }
    return {
        "articles": Article.objects.count(),
        "fts_build_seconds": round(fts_build, 2),
        "fts_size": (data_dir / "fts5.sqlite3").stat().st_size,
        "classes": classes,
        "queries": [
            {
                "kind": r["query"].kind,
                "label": r["query"].label,
                "params": r["params"],
                "page_ms": [round(v * 1000, 1) for v in r["page"]],
                "raw_ms": [round(v * 1000, 1) for v in r["raw"]],
                "fts_ms": [round(v * 1000, 1) for v in r["fts"]],
                "raw_hits": r.get("raw_hits"),
                "fts_hits": r.get("fts_hits"),
                "db_queries": r["db_queries"],
                "errors": r["errors"],
            }
            for r in rows
        ],
    }


# -- 3. pages -----------------------------------------------------------------------------


def page_cases() -> list[tuple[str, str, dict]]:
    """(page, case, reverse kwargs): for list pages, the biggest and a small instance."""
    from django.db.models import Count
    from django.db.models.functions import TruncDay, TruncMonth

    from archive.models import Article, Source, Speaker

    cases = [
        ("home", "", {}),
        ("article_archive", "", {}),
        ("speaker_list", "", {}),
        ("source_list", "", {}),
    ]
    months = Article.objects.published().annotate(m=TruncMonth("published")).values("m")
    months = list(months.annotate(n=Count("id")).order_by("-n").values_list("m", "n"))
    if months:
        big, small = months[0][0], months[-1][0]
        cases += [
            ("article_year", "", {"year": big.year}),
            ("article_month", "big", {"year": big.year, "month": big.month}),
            ("article_month", "small", {"year": small.year, "month": small.month}),
        ]
    days = Article.objects.published().annotate(d=TruncDay("published")).values("d")
    day = days.annotate(n=Count("id")).order_by("-n").values_list("d", flat=True).first()
    if day:
        cases.append(("article_day", "", {"year": day.year, "month": day.month, "day": day.day}))
    for model, name in ((Speaker, "speaker_detail"), (Source, "source_detail")):
        counted = model.objects.annotate(
            n=Count("statements" if model is Speaker else "articles")
        ).order_by("-n")
        ranked = list(counted.values_list("slug", flat=True))
        if ranked:
            cases.append((name, "big", {"slug": ranked[0]}))
            cases.append((name, "small", {"slug": ranked[-1]}))
    rich = Article.objects.annotate(n=Count("statements")).order_by("-n").only("pk", "slug").first()
    if rich:
        cases.append(("article_detail", "", {"pk": rich.pk, "slug": rich.slug}))
    return cases


def run_pages(repeat: int = 5) -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    client, out = Client(), []
    for name, case, kwargs in page_cases():
        url = reverse(f"archive:{name}", kwargs=kwargs)
        client.get(url)
        times, status, count = [], None, 0
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url, follow=True)
                times.append(time.perf_counter() - start)
            status, count = response.status_code, len(captured)
        out.append(
            {
                "page": name,
                "case": case,
                "url": url,
                "status": status,
                "p50_ms": round(percentile(times, 0.5) * 1000, 1),
                "db_queries": count,
            }
        )
    return out


# -- 4. searching during an import, 5. rebuild_index ---------------------------------------


def manage(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def search_during_import(paths: list[Path]) -> dict:
    """Search in this process while `import_articles` indexes in another; count errors."""
    from django.test import Client

    folder = paths[0].parent.parent / "concurrent"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for path in paths:
        shutil.copy(path, folder / path.name)
    importer = manage("import_articles", str(folder))
    output = []
    reader = threading.Thread(target=lambda: output.append(importer.stdout.read()))
    reader.start()
    client, searches, errors, seconds = Client(raise_request_exception=False), 0, 0, []
    words = ["sanctions", "cessez-le-feu", "Lavrov", "energy security", '"mer Noire"']
    while importer.poll() is None:
        start = time.perf_counter()
        try:
            response = client.get("/search/", {"q": words[searches % len(words)]})
            errors += response.status_code != 200
        except Exception:
            errors += 1
        seconds.append(time.perf_counter() - start)
        searches += 1
    reader.join()
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "imported": len(paths),
        "import_exit": importer.returncode,
        "import_output": "".join(output)[-500:],
        "searches": searches,
        "errors": errors,
        "p50_ms": round(percentile(seconds, 0.5) * 1000, 1),
        "p95_ms": round(percentile(seconds, 0.95) * 1000, 1),
    }


def rebuild_index(n: int) -> dict:
    before = peak_rss(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = manage("rebuild_index", "--noinput")
    output, _ = process.communicate()
    seconds = time.perf_counter() - start
    peak = peak_rss(resource.RUSAGE_CHILDREN)
    return {
        "seconds": round(seconds, 1),
        "per_second": round(n / seconds, 1),
        "exit": process.returncode,
        "output": output[-300:],
        "peak_rss": peak if peak > before else None,
        "index_size": folder_size(index_dir()),
    }


def main(argv=None) -> int:
    from bench.report import print_report

    args = parse_args(argv)
    out_dir = ROOT / "bench" / "out"
    data_dir = Path(args.data_dir or out_dir / f"data-{args.n}").resolve()
    if not args.reuse:
        shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_django(data_dir)
    from django.core.management import call_command
    from django.db import connection

    result = {
        "n": args.n,
        "seed": args.seed,
        "cpus": os.cpu_count(),
        "database": connection.vendor,
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "commit": _git_commit(),
    }
    start = time.perf_counter()
    paths = generate(args.n + 200, out_dir / f"articles-{args.seed}", args.seed)
    result["generate_seconds"] = round(time.perf_counter() - start, 1)
    call_command("migrate", verbosity=0)
    if not args.reuse:
        print(f"Importing {args.n} articles…", file=sys.stderr)
        result["import"] = run_import(paths[: args.n], args.workers)
    result["database_size"] = database_size(data_dir)
    result["index_size"] = folder_size(index_dir())
    out = Path(args.out or out_dir / f"bench-{args.n}.json")
    out.parent.mkdir(parents=True, exist_ok=True)

    def save():  # after each part, so a long run that is stopped still leaves figures
        out.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")

    save()
    print("Searching…", file=sys.stderr)
    result["search"] = run_queries(args, data_dir)
    save()
    print("Pages…", file=sys.stderr)
    result["pages"] = run_pages()
    save()
    if not args.no_concurrent:
        print("Searching during an import…", file=sys.stderr)
        result["concurrent"] = search_during_import(paths[args.n : args.n + 200])
        save()
    if not args.no_rebuild:
        print("rebuild_index…", file=sys.stderr)
        result["rebuild"] = rebuild_index(result["search"]["articles"])
        save()
    print_report(result)
    print(f"\nJSON: {out}")
    return 0


def _git_commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return done.stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
