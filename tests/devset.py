"""The extractor's development set: every golden page of `tests/fixtures/pages/`, extracted
in one batch (as `manage.py extract` runs a folder) and scored with `tests/goldscore.py`.

Figures are given for the whole set and for its parts: the first pages (batch 1), the pages
added to study real-page failures (batch 2), the pages held out from tuning (batch 3,
`h*`; then batch 4, `k*`; batch 5, `m*`; batch 6, `n*`; batch 7, `o*`), French and
English. The thresholds the suite holds the whole set to, and the issue's targets, are
data: `fixtures/devset_thresholds.json` (kept out of the pages folder, which
stays a plain gold folder for the shared scorer).

    python -m tests.devset            # figures per part, then what differs, page by page
    python -m tests.devset --summary  # figures only
    python -m tests.devset p34 xh04   # figures, then what differs on pages named so
    python -m tests.devset --ratchet  # raise each floor to today's figure (never past
                                      # its target, never lower), rewrite devset_thresholds.json
    python -m tests.devset --reset-floors  # the same, lowering floors too (after adding
                                           # pages: a new page may score below the set)
"""

from __future__ import annotations

import json
import math
import sys
from functools import cache
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
THRESHOLDS = PAGES.parent / "devset_thresholds.json"
METRICS = (
    "body_f1",
    "body_line_f1",
    "boiler_leak",
    "title_acc",
    "date_acc",
    "dates_invented",
    "source_acc",
    "quote_p",
    "quote_r",
    "quote_f1",
    "speaker_acc",
    "attrib_f1",
    "author_acc",
)
# The parts of the set reported beside the whole: name -> test on a gold file.
PARTS = {
    "all": lambda g: True,
    "batch 1": lambda g: g.get("batch", 1) == 1,
    "batch 2": lambda g: g.get("batch", 1) == 2,
    "h-pages": lambda g: g.get("batch", 1) == 3,
    "k-pages": lambda g: g.get("batch", 1) == 4,
    "m-pages": lambda g: g.get("batch", 1) == 5,
    "n-pages": lambda g: g.get("batch", 1) == 6,
    "o-pages": lambda g: g.get("batch", 1) == 7,
    "fr": lambda g: g.get("language") == "fr",
    "en": lambda g: g.get("language") == "en",
}


def golds() -> list[dict]:
    """The gold files, sorted by page file name."""
    found = [json.loads(p.read_text(encoding="utf-8")) for p in PAGES.glob("*.json")]
    return sorted((g for g in found if "file" in g), key=lambda g: g["file"])


def thresholds() -> dict[str, dict]:
    """metric -> {"floor": what the suite asserts, "target": the issue's target}."""
    return json.loads(THRESHOLDS.read_text(encoding="utf-8"))["metrics"]


def norm(text):
    from tests.goldscore import norm

    return norm(text)


@cache
def run() -> dict:
    """Extract the whole set in one batch; return per-part figures and per-page notes."""
    from archive.ingest.extract import extract_batch
    from archive.ingest.parse import decode
    from tests.goldscore import compare, summarise

    gold = golds()
    docs = [decode(g["file"], (PAGES / g["file"]).read_bytes()) for g in gold]
    preds = {r.file_name: r.to_json() for r in extract_batch(docs)}
    compared = [(g, compare(preds.get(g["file"], {}), g)) for g in gold]
    parts = {}
    for name, keep in PARTS.items():
        chosen = [(g, doc) for g, doc in compared if keep(g)]
        parts[name] = summarise([doc for _, doc in chosen])
        parts[name]["author_acc"] = author_acc([g for g, _ in chosen], preds)
    notes = [note for _, doc in compared for note in doc["notes"]]
    return {"parts": parts, "notes": notes, "preds": preds}


def author_acc(gold: list[dict], preds: dict[str, dict]) -> float:
    """Share of pages whose gold names the author (or says there is none) that agree
    (not a figure of the shared scorer: the suite's own)."""
    named = [g for g in gold if "author" in g]
    if not named:
        return 1.0
    hits = sum(norm(preds.get(g["file"], {}).get("author")) == norm(g["author"]) for g in named)
    return hits / len(named)


def is_met(metric: str, value: float, bar: float) -> bool:
    from tests.goldscore import LOWER_IS_BETTER

    return value <= bar if metric in LOWER_IS_BETTER else value >= bar


def table(parts: dict[str, dict], bars: dict[str, dict]) -> list[str]:
    """The figures as text: one row per metric, one column per part, then floor and target."""
    names = list(parts)
    lines = [
        f"{'metric':14}" + "".join(f"{n:>9}" for n in names) + f"{'floor':>9}{'target':>9}",
        f"{'docs':14}" + "".join(f"{parts[n]['docs']:>9}" for n in names),
    ]
    for metric in METRICS:
        bar = bars.get(metric, {})
        cells = "".join(_cell(parts[n][metric]) for n in names)
        lines.append(f"{metric:14}{cells}{_cell(bar.get('floor'))}{_cell(bar.get('target'))}")
    return lines


def ratchet(bars: dict[str, dict], figures: dict, reset: bool = False) -> dict[str, dict]:
    """Floors raised to the figures measured (rounded to the hundredth on the safe side),
    capped by the targets (a null target caps nothing); a floor never goes down unless
    `reset` (after adding pages)."""
    from tests.goldscore import LOWER_IS_BETTER

    raised = {}
    for metric, bar in bars.items():
        value, target = figures[metric], bar["target"]
        if metric in LOWER_IS_BETTER:
            measured = value if isinstance(value, int) else math.ceil(value * 100 - 1e-9) / 100
            floor = measured if target is None else max(measured, target)
            floor = floor if reset else min(bar["floor"], floor)
        else:
            measured = math.floor(value * 100 + 1e-9) / 100
            floor = measured if target is None else min(measured, target)
            floor = floor if reset else max(bar["floor"], floor)
        raised[metric] = {**bar, "floor": floor}
    return raised


def dump_thresholds(data: dict) -> str:
    """The thresholds file as text, one metric a line (easy to read and to edit by hand)."""
    rows = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in data["metrics"].items()]
    about = json.dumps(data["about"], ensure_ascii=False)
    return "{\n" + f' "about": {about},\n "metrics": {{\n' + ",\n".join(rows) + "\n }\n}\n"


def _cell(value) -> str:
    if value is None:
        return f"{'-':>9}"
    return f"{value:>9}" if isinstance(value, int) else f"{value:>9.3f}"


def main(argv: list[str]) -> int:
    import django

    django.setup()
    result = run()
    if "--ratchet" in argv or "--reset-floors" in argv:
        data = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
        reset = "--reset-floors" in argv
        data["metrics"] = ratchet(data["metrics"], result["parts"]["all"], reset)
        THRESHOLDS.write_text(dump_thresholds(data), encoding="utf-8")
    lines = table(result["parts"], thresholds())
    if "--summary" not in argv:
        pages = [a for a in argv if not a.startswith("--")]
        notes = [n for n in result["notes"] if not pages or n.startswith(tuple(pages))]
        lines += ["", "what differs:", *("  " + n for n in notes)]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.exit(main(sys.argv[1:]))
