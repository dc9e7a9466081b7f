"""Our own implementation of the extractor metrics, and helpers to run it on snippets.

The figures follow the rules of the shared scorer the project is judged by (documented in
the README's extraction section): the same text normalisation, line and quote matching,
title, date and source rules, and the same summary keys. It has its own normalisation
(`norm`), not `archive.text.fold`, so that a change to the fold cannot move the yardstick.

Gold files: {"file", "title", "published", "source", "source_accept", "body", "boilerplate",
"quotes": [{"text", "speaker", "accept"}]}. Predictions: `Extraction.to_json()` dicts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from archive.ingest.extract import extract_batch
from archive.ingest.parse import decode

# Figures where a lower value is better; every other figure is better higher.
LOWER_IS_BETTER = frozenset({"boiler_leak", "dates_invented"})


def norm(text: str | None) -> str:
    """Lower-case, strip accents, ’ ‘ as ', no-break space as space, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", norm(text))


def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def bag_f1(pred: list[str], gold: list[str]) -> float:
    """Bag-of-words F1 of the predicted body against the gold body."""
    a, b = Counter(tokens("\n".join(pred))), Counter(tokens("\n".join(gold)))
    if not a and not b:
        return 1.0
    inter = sum((a & b).values())
    p = inter / sum(a.values()) if a else 0.0
    r = inter / sum(b.values()) if b else 0.0
    return f1(p, r)


def line_f1(pred: list[str], gold: list[str]) -> float:
    a = {norm(x) for x in pred if norm(x)}
    b = {norm(x) for x in gold if norm(x)}
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return f1(inter / len(a) if a else 0.0, inter / len(b) if b else 0.0)


def leak(pred: list[str], gold: dict) -> float:
    """Share of the gold boilerplate lines kept in the body.

    A line leaks when the body keeps it more often than the gold body has it (a line that
    is body once and boilerplate once leaks only if kept twice), or keeps it inside a
    longer line (boilerplate lines of 5+ words).
    """
    lines = [b for b in gold.get("boilerplate", []) if norm(b)]
    if not lines:
        return 0.0
    kept, wanted = Counter(norm(x) for x in pred), Counter(norm(x) for x in gold["body"])
    excess = Counter({k: c - wanted[k] for k, c in kept.items() if c > wanted[k]})
    body = set(kept)
    found = 0
    for line in lines:
        n = norm(line)
        if excess[n] > 0:
            excess[n] -= 1
            found += 1
        elif len(tokens(line)) >= 5 and any(n in x and x != n for x in body):
            found += 1
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
            (s, gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if (s := overlap(p.get("text", ""), g["text"])) >= 0.6
        ),
        reverse=True,
    )
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def title_ok(pred: str | None, gold: dict) -> bool:
    if gold.get("title"):
        return norm(pred) == norm(gold["title"])
    if not pred:
        return True
    first = norm(gold["body"][0]) if gold.get("body") else ""
    stem = norm(pred).rstrip(".… ")
    return bool(stem) and first.startswith(stem)


def source_ok(pred: str | None, gold: dict) -> bool:
    p = norm(pred)
    accept = gold.get("source_accept") or [gold["source"]]
    return bool(p) and any(norm(x) in p or (len(p) > 2 and p in norm(x)) for x in accept)


def speaker_ok(pred: str | None, accept: list[str]) -> bool:
    p = norm(pred)
    return bool(p) and any(norm(a) in p for a in accept)


def compare(pred: dict, gold: dict) -> dict:
    """One document's raw counts and a readable list of what differs from its gold."""
    body = pred.get("body") or []
    if isinstance(body, str):
        body = body.split("\n")
    name, notes = gold["file"], []
    doc = {
        "body_f1": bag_f1(body, gold["body"]),
        "body_line_f1": line_f1(body, gold["body"]),
        "boiler_leak": leak(body, gold),
        "title": title_ok(pred.get("title"), gold),
        "date": None,
        "invented": False,
        "source": None,
    }
    if gold.get("published"):
        doc["date"] = str(pred.get("published") or "")[:10] == gold["published"]
    elif pred.get("published"):
        doc["invented"] = True
        notes.append(f"{name}: published {pred['published']!r}, but the page states no date")
    if gold.get("source"):
        doc["source"] = source_ok(pred.get("source"), gold)
    pq = [q for q in pred.get("quotes") or [] if isinstance(q, dict)]
    gq = gold.get("quotes", [])
    pairs = match_quotes(pq, gq)
    spk_n = spk_hits = attrib = 0
    for gi, pi in pairs:
        if not gq[gi].get("accept"):
            attrib += 1
            continue
        ok = speaker_ok(pq[pi].get("speaker"), gq[gi]["accept"])
        spk_n, spk_hits, attrib = spk_n + 1, spk_hits + ok, attrib + ok
        if not ok:
            notes.append(
                f"{name}: speaker {pq[pi].get('speaker')!r} for «{gq[gi]['text'][:50]}…», "
                f"want {gq[gi].get('speaker')!r}"
            )
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    notes += [
        f"{name}: missed quote «{q['text'][:60]}…»" for i, q in enumerate(gq) if i not in matched_g
    ]
    notes += [
        f"{name}: extra quote «{str(q.get('text'))[:60]}…»"
        for i, q in enumerate(pq)
        if i not in matched_p
    ]
    if not doc["title"]:
        notes.append(f"{name}: title {pred.get('title')!r}, want {gold.get('title')!r}")
    if doc["date"] is False:
        notes.append(f"{name}: published {pred.get('published')!r}, want {gold['published']!r}")
    if doc["source"] is False:
        notes.append(f"{name}: source {pred.get('source')!r}, want {gold['source']!r}")
    wanted = {norm(x) for x in gold["body"]}
    notes += [
        f"{name}: body line kept that is not body: {x[:70]!r}"
        for x in body
        if norm(x) and norm(x) not in wanted
    ]
    kept = {norm(x) for x in body}
    notes += [f"{name}: body line lost: {x[:70]!r}" for x in gold["body"] if norm(x) not in kept]
    doc.update(
        quotes=(len(pairs), len(pq), len(gq)),
        speakers=(spk_hits, spk_n),
        attrib=attrib,
        notes=notes,
    )
    return doc


def score(preds: list[dict], golds: list[dict]) -> dict[str, float]:
    """The summary figures: macro over documents; quotes, speakers micro over all quotes."""
    by_file = {p.get("file"): p for p in preds}
    docs = [compare(by_file.get(g["file"], {}), g) for g in golds]
    return summarise(docs)


def summarise(docs: list[dict]) -> dict[str, float]:
    n = len(docs)
    dated = [d["date"] for d in docs if d["date"] is not None]
    sourced = [d["source"] for d in docs if d["source"] is not None]
    q_tp, q_pred, q_gold = (sum(d["quotes"][i] for d in docs) for i in range(3))
    spk_hits, spk_n = (sum(d["speakers"][i] for d in docs) for i in range(2))
    attrib = sum(d["attrib"] for d in docs)
    qp = q_tp / q_pred if q_pred else float(not q_gold)
    qr = q_tp / q_gold if q_gold else 1.0
    ap = attrib / q_pred if q_pred else float(not q_gold)
    ar = attrib / q_gold if q_gold else 1.0
    return {
        "docs": n,
        "body_f1": sum(d["body_f1"] for d in docs) / n if n else 0.0,
        "body_line_f1": sum(d["body_line_f1"] for d in docs) / n if n else 0.0,
        "boiler_leak": sum(d["boiler_leak"] for d in docs) / n if n else 0.0,
        "title_acc": sum(d["title"] for d in docs) / n if n else 0.0,
        "date_acc": sum(dated) / len(dated) if dated else 1.0,
        "dates_invented": sum(d["invented"] for d in docs),
        "source_acc": sum(sourced) / len(sourced) if sourced else 1.0,
        "quote_p": qp,
        "quote_r": qr,
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
