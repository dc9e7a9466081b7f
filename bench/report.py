"""Print the benchmark's figures as readable tables."""

from __future__ import annotations

MiB = 1024 * 1024


def _ms(seconds) -> str:
    return "–" if seconds is None or seconds != seconds else f"{seconds * 1000:,.0f}"


def _ratio(a, b) -> str:
    return f"{a / b:.1f}×" if a and b else "–"


def _table(header: list[str], rows: list[list], title: str) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-" * len(line))
    for row in rows:
        print(
            "  ".join(
                str(x).rjust(w) if i else str(x).ljust(w)
                for i, (x, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def print_report(result: dict) -> None:
    print(
        f"\nDépêches benchmark: N={result['n']}, {result['cpus']} CPUs, "
        f"{result['database']}, commit {result['commit']}"
    )
    imp = result.get("import")
    if imp:
        n = imp["files"]
        rows = [
            [
                stage,
                f"{s['seconds']:.1f}",
                f"{s['per_second'] or 0:,.0f}",
                f"{s.get('cpu_ms_per_article') or 0:.1f}",
            ]
            for stage, s in imp["stages"].items()
        ]
        cpu = sum(s.get("cpu_ms_per_article") or 0 for s in imp["stages"].values())
        rows.append(
            [
                f"total ({imp['workers']} workers)",
                f"{imp['wall_seconds']:.1f}",
                f"{imp['per_second']:,.0f}",
                f"{cpu:.1f}",
            ]
        )
        _table(
            ["import stage", "seconds", "articles/s", "CPU ms/article"],
            rows,
            f"Import of {n} articles: {imp['outcomes']} (stage seconds are per process)",
        )
        print(
            f"peak memory: main {imp['peak_rss_main'] / MiB:,.0f} MiB, largest worker "
            f"{imp['peak_rss_worker'] / MiB:,.0f} MiB"
        )
    print(
        f"database {result['database_size'] / MiB:,.0f} MiB, "
        f"index {result['index_size'] / MiB:,.0f} MiB"
    )
    search = result.get("search")
    if search:
        rows = []
        for kind, c in search["classes"].items():
            page, raw, fts = c["page"], c["raw"], c["fts"]
            rows.append(
                [
                    kind,
                    c["queries"],
                    _ms(page["p50"]),
                    _ms(page["p95"]),
                    _ms(raw["p50"]),
                    _ms(raw["p95"]),
                    _ms(fts["p50"]),
                    _ms(fts["p95"]),
                    _ratio(page["p50"], raw["p50"]),
                    _ratio(page["p95"], raw["p95"]),
                    _ratio(raw["p50"], fts["p50"]),
                    c["db_queries_max"],
                    c["errors"],
                ]
            )
        _table(
            [
                "class",
                "n",
                "page p50",
                "p95",
                "whoosh p50",
                "p95",
                "fts5 p50",
                "p95",
                "page/whoosh p50",
                "p95",
                "whoosh/fts5 p50",
                "db q",
                "err",
            ],
            rows,
            f"Search over {search['articles']} articles (ms; page = /search/ with facets, "
            "highlighting, chart)",
        )
        print(
            f"FTS5 built in {search['fts_build_seconds']} s "
            f"({search['articles'] / max(search['fts_build_seconds'], 0.01):,.0f} "
            f"articles/s), {search['fts_size'] / MiB:,.0f} MiB"
        )
    pages = result.get("pages")
    if pages:
        rows = [
            [
                p["page"] + (f" ({p['case']})" if p["case"] else ""),
                p["status"],
                f"{p['p50_ms']:,.0f}",
                p["db_queries"],
            ]
            for p in pages
        ]
        _table(["page", "status", "p50 ms", "db queries"], rows, "Archive pages")
    con = result.get("concurrent")
    if con:
        print(
            f"\nSearching while `import_articles` of {con['imported']} runs in another "
            f"process: {con['searches']} searches, {con['errors']} errors, p50 "
            f"{con['p50_ms']:,.0f} ms, p95 {con['p95_ms']:,.0f} ms "
            f"(import exit {con['import_exit']})"
        )
    rebuild = result.get("rebuild")
    if rebuild:
        peak = f", peak {rebuild['peak_rss'] / MiB:,.0f} MiB" if rebuild["peak_rss"] else ""
        print(
            f"rebuild_index: {rebuild['seconds']:,.0f} s ({rebuild['per_second']:,.0f} "
            f"articles/s){peak}, exit {rebuild['exit']}, index "
            f"{rebuild['index_size'] / MiB:,.0f} MiB"
        )
