"""Compose the extraction steps over a batch of documents (placeholder, being replaced)."""

from __future__ import annotations

from .document import Extraction, RawDocument


def extract_batch(
    docs: list[RawDocument],
    *,
    source: str | None = None,
    year: int | None = None,
    reference_dates: list | None = None,
) -> list[Extraction]:
    """Return one Extraction per document, in order."""
    out = []
    for doc in docs:
        lines = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
        out.append(
            Extraction(
                file_name=doc.name,
                raw_text=doc.text,
                content_hash=doc.content_hash,
                title=lines[0] if lines else None,
                body=lines[1:],
            )
        )
    return out
