"""Extraction cost of hostile files: seconds per MB and peak memory, 100 KB → 10 MB.

    python -m bench.probe_files                 # every shape, 0.1 0.3 1 3 10 MB
    python -m bench.probe_files --sizes 0.1 1   # other sizes (MB)
    python -m bench.probe_files --shapes one-line nesting

Each (shape, size) runs `decode` + `extract_batch` on one generated file
(`bench/hostile.py`) in its own process, with no size budget, an address-space limit
and a timeout, and reports CPU seconds, seconds per MB and the process's peak resident
memory. It fails (exit 1) when a run times out, runs out of memory, peaks above
`--max-mib` (1 GiB), or when the time grows faster than linearly: the CPU time at the
largest size, divided by the time at the first size of 1 MB or more, must stay under
`--max-growth` (1.5) times the ratio of the sizes. `make probe-files` runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def peak_mib() -> float:
    """The peak resident memory of this process (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(shape: str, size: int) -> dict:
    """Decode and extract one file of `shape` and `size` bytes in this process."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from archive.ingest.extract import extract_batch
    from archive.ingest.parse import decode
    from bench.hostile import make_shape

    data = make_shape(shape, size).encode()
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        doc = decode(f"{shape}.txt", data, max_bytes=0)
    except TypeError:  # a version without the size budget (to measure it "before")
        doc = decode(f"{shape}.txt", data)
    result = extract_batch([doc])[0]
    return {
        "cpu": time.process_time() - start_cpu,
        "wall": time.perf_counter() - start,
        "peak_mib": peak_mib(),
        "bytes": len(data),
        "paragraphs": len(result.body),
        "quotes": len(result.quotes),
    }


def measure(shape: str, size: int, timeout: float, limit_mib: int) -> dict:
    """Run `run_one` in a child process with a memory limit and a timeout."""

    def limit():
        cap = limit_mib * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    argv = [sys.executable, "-m", "bench.probe_files", "--one", shape, str(size)]
    try:
        out = subprocess.run(
            argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout, preexec_fn=limit
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["?"])[-1]
        if "MemoryError" in out.stderr:
            tail = f"out of memory (limit {limit_mib} MiB)"
        return {"error": tail[:80]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def check_growth(rows: list[tuple[int, dict]], max_growth: float) -> str | None:
    """Why the time of one shape grows faster than linearly, or None."""
    timed = [(size, r["cpu"]) for size, r in rows if "cpu" in r]
    base = next(((s, t) for s, t in timed if s >= MB), None)
    if base is None or len(timed) < 2 or timed[-1][0] == base[0]:
        return None
    (s0, t0), (s1, t1) = base, timed[-1]
    growth = (t1 / max(t0, 0.01)) / (s1 / s0)
    if growth > max_growth:
        return f"time grows {growth:.1f}x faster than size between {s0 / MB:g} and {s1 / MB:g} MB"
    return None


def main(argv=None) -> int:
    from bench.hostile import SHAPES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "BYTES"), help=argparse.SUPPRESS)
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--sizes", nargs="+", type=float, default=[0.1, 0.3, 1, 3, 10])
    parser.add_argument("--timeout", type=float, default=300, help="seconds per run")
    parser.add_argument("--max-mib", type=int, default=1024, help="peak memory allowed")
    parser.add_argument("--limit-mib", type=int, default=3072, help="address space per run")
    parser.add_argument("--max-growth", type=float, default=1.5)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return 0
    failures = []
    print(f"{'shape':<17} {'MB':>6} {'CPU s':>8} {'s/MB':>7} {'peak MiB':>9}")
    for shape in args.shapes:
        rows = []
        for size_mb in args.sizes:
            size = int(size_mb * MB)
            r = measure(shape, size, args.timeout, args.limit_mib)
            rows.append((size, r))
            if "error" in r:
                print(f"{shape:<17} {size_mb:>6g} {'—':>8} {'—':>7} {'—':>9}  {r['error']}")
                failures.append(f"{shape} {size_mb:g} MB: {r['error']}")
                break  # larger sizes of a shape that failed would only fail slower
            print(
                f"{shape:<17} {size_mb:>6g} {r['cpu']:>8.2f} {r['cpu'] / (r['bytes'] / MB):>7.2f}"
                f" {r['peak_mib']:>9.0f}",
                flush=True,
            )
            if r["peak_mib"] > args.max_mib:
                failures.append(f"{shape} {size_mb:g} MB: peak {r['peak_mib']:.0f} MiB")
        why = check_growth(rows, args.max_growth)
        if why:
            failures.append(f"{shape}: {why}")
    for failure in failures:
        print(f"FAIL {failure}")
    print("probe-files: " + ("failed" if failures else "ok: linear time, memory within budget"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
