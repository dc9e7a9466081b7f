"""Helpers for the extractor tests: run the extractor on text snippets."""

from archive.ingest.extract import extract_batch
from archive.ingest.parse import decode


def extract_one(text: str, *others: str, **kwargs):
    """Extract `text` (in a batch with `others`, if given) and return its Extraction."""
    docs = [decode(f"doc{i}.txt", t.encode("utf-8")) for i, t in enumerate((text, *others))]
    return extract_batch(docs, **kwargs)[0]


def signals(result) -> dict[str, str]:
    """Removed line text → the signal that removed it."""
    return {r.text: r.signal for r in result.removed}


def speakers(result) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]
