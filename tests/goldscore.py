"""Our own implementation of the extractor metrics, and helpers to run it on snippets.

Gold files: {"file", "title", "published", "source", "source_accept", "body", "boilerplate",
"quotes": [{"text", "speaker", "accept"}]}. Predictions: `Extraction.to_json()` dicts.
"""

from __future__ import annotations

import re
from collections import Counter

from archive.ingest.extract import extract_batch
from archive.ingest.parse import decode
from archive.text import fold


def tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", fold(text or ""))


def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def line_f1(pred: list[str], gold: list[str]) -> float:
    a = {fold(x) for x in pred if fold(x)}
    b = {fold(x) for x in gold if fold(x)}
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return f1(inter / len(a) if a else 0.0, inter / len(b) if b else 0.0)


def leak(pred: list[str], boilerplate: list[str]) -> float:
    """Share of gold boilerplate lines found in the body (as a line, or inside one if 5+ words)."""
    lines = [b for b in boilerplate if fold(b)]
    if not lines:
        return 0.0
    body = {fold(x) for x in pred}
    found = sum(
        1
        for b in lines
        if fold(b) in body or (len(tokens(b)) >= 5 and any(fold(b) in x for x in body))
    )
    return found / len(lines)


def overlap(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return sum((Counter(ta) & Counter(tb)).values()) / max(len(ta), len(tb))


def match_quotes(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) with at least 0.6 token overlap."""
    cands = sorted(
        (
            (overlap(p.get("text", ""), g["text"]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g, used_p, pairs = set(), set(), []
    for score, gi, pi in cands:
        if score >= 0.6 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def title_ok(pred: str | None, gold: dict) -> bool:
    if gold.get("title"):
        return fold(pred or "") == fold(gold["title"])
    if not pred:
        return True
    first = fold(gold["body"][0]) if gold.get("body") else ""
    stem = fold(pred).rstrip(".… ")
    return bool(stem) and first.startswith(stem)


def source_ok(pred: str | None, gold: dict) -> bool:
    p = fold(pred or "")
    accept = gold.get("source_accept") or [gold["source"]]
    return bool(p) and any(fold(x) in p or (len(p) > 2 and p in fold(x)) for x in accept)


def score(preds: list[dict], golds: list[dict]) -> dict[str, float]:
    """Return the summary figures (macro over documents; quotes micro over all quotes)."""
    by_file = {p["file"]: p for p in preds}
    lines, leaks = [], []
    titles = dates = date_n = sources = source_n = 0
    q_tp = q_pred = q_gold = spk_hits = spk_n = attrib = 0
    for g in golds:
        p = by_file.get(g["file"], {})
        body = p.get("body") or []
        lines.append(line_f1(body, g["body"]))
        leaks.append(leak(body, g.get("boilerplate", [])))
        titles += title_ok(p.get("title"), g)
        if g.get("published"):
            date_n += 1
            dates += str(p.get("published") or "")[:10] == g["published"]
        if g.get("source"):
            source_n += 1
            sources += source_ok(p.get("source"), g)
        pq, gq = p.get("quotes") or [], g.get("quotes", [])
        pairs = match_quotes(pq, gq)
        q_tp, q_pred, q_gold = q_tp + len(pairs), q_pred + len(pq), q_gold + len(gq)
        for gi, pi in pairs:
            accept = gq[gi].get("accept")
            if not accept:
                attrib += 1
                continue
            ok = bool(fold(pq[pi].get("speaker") or "")) and any(
                fold(a) in fold(pq[pi].get("speaker") or "") for a in accept
            )
            spk_n, spk_hits, attrib = spk_n + 1, spk_hits + ok, attrib + ok
    qp = q_tp / q_pred if q_pred else float(not q_gold)
    qr = q_tp / q_gold if q_gold else 1.0
    ap = attrib / q_pred if q_pred else float(not q_gold)
    ar = attrib / q_gold if q_gold else 1.0
    n = len(golds)
    return {
        "body_line_f1": sum(lines) / n,
        "boiler_leak": sum(leaks) / n,
        "title_acc": titles / n,
        "date_acc": dates / date_n if date_n else 1.0,
        "source_acc": sources / source_n if source_n else 1.0,
        "quote_f1": f1(qp, qr),
        "speaker_acc": spk_hits / spk_n if spk_n else 1.0,
        "attrib_f1": f1(ap, ar),
    }


# -- running the extractor on snippets (for the focused tests) ---------------------
def extract_one(text: str, *others: str, **kwargs):
    """Extract `text` (in a batch with `others`, if given) and return its Extraction."""
    docs = [decode(f"doc{i}.txt", t.encode("utf-8")) for i, t in enumerate((text, *others))]
    return extract_batch(docs, **kwargs)[0]


def signals(result) -> dict[str, str]:
    """Removed line text → the signal that removed it."""
    return {r.text: r.signal for r in result.removed}


def speakers(result) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]
