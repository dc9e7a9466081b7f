"""Search page timings of two checkouts, interleaved query by query.

On a shared machine the load changes from one minute to the next, so two `bench/run.py`
runs made one after the other differ more than the code does; and when a change alters
the index, the page/raw-Whoosh ratio moves with the raw side too. This runs the
benchmark's query set through the real /search/ page of two checkouts at once, one
process each (its own code, its own `bench/out/data-N`), alternating before/after on
every query, and prints p50/p95 per class for both.

    # in each checkout first: python bench/run.py --n 10000 --no-rebuild --no-concurrent
    python bench/compare.py --before /tmp/old-checkout --after . --n 10000 --rounds 8
"""

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, help="Checkout timed as « before ».")
    parser.add_argument("--after", type=Path, default=Path("."), help="Checkout « after ».")
    parser.add_argument("--n", type=int, default=10000, help="Its bench/out/data-N.")
    parser.add_argument("--rounds", type=int, default=8, help="Runs of the query set.")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def worker(n: int) -> None:
    """Serve one checkout (the current directory): read a query number, print its time."""
    sys.path.insert(0, str(Path.cwd()))
    from bench.queries import query_set
    from bench.run import page_params, resolve_slugs, setup_django

    setup_django(Path(f"bench/out/data-{n}").resolve())
    from django.test import Client

    client = Client()
    rows = [(q.kind, page_params(q, resolve_slugs(q))) for q in query_set()]
    for _, params in rows[:5]:  # warm the searcher and the tables
        client.get("/search/", params)
    print(len(rows), flush=True)
    for line in sys.stdin:
        kind, params = rows[int(line)]
        start = time.perf_counter()
        status = client.get("/search/", params).status_code
        print(json.dumps([kind, time.perf_counter() - start, status]), flush=True)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def compare(args) -> int:
    sides = {"before": args.before, "after": args.after}
    procs = {
        side: subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", "--n", str(args.n)],
            cwd=path,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for side, path in sides.items()
    }
    try:
        counts = {int(p.stdout.readline() or 0) for p in procs.values()}
        if len(counts) != 1 or 0 in counts:
            sys.stderr.write("The two checkouts do not have the same query set.\n")
            return 1
        n = counts.pop()
        samples = {side: {} for side in sides}
        errors = 0
        for r in range(args.rounds):
            for i in range(n):
                order = ("before", "after") if (r + i) % 2 == 0 else ("after", "before")
                for side in order:
                    procs[side].stdin.write(f"{i}\n")
                    procs[side].stdin.flush()
                    kind, seconds, status = json.loads(procs[side].stdout.readline())
                    samples[side].setdefault(kind, []).append(seconds * 1000)
                    errors += status != 200
    finally:
        for p in procs.values():
            p.stdin.close()
            p.wait()
    lines = [f"{'class':12}{'before p50':>11}{'p95':>7}{'after p50':>11}{'p95':>7}   p50    p95"]
    for kind, before in samples["before"].items():
        after = samples["after"][kind]
        b50, b95 = percentile(before, 0.5), percentile(before, 0.95)
        a50, a95 = percentile(after, 0.5), percentile(after, 0.95)
        lines.append(
            f"{kind:12}{b50:11.1f}{b95:7.1f}{a50:11.1f}{a95:7.1f}"
            f" {(a50 / b50 - 1) * 100:+5.0f} % {(a95 / b95 - 1) * 100:+4.0f} %"
        )
    lines.append(f"({args.rounds} rounds, ms, errors: {errors})")
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if errors else 0


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.worker:
        worker(args.n)
        return 0
    if args.before is None:
        sys.stderr.write("--before is required.\n")
        return 2
    return compare(args)


if __name__ == "__main__":
    sys.exit(main())
