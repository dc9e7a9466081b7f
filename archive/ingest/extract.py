"""Compose the extraction steps over a batch of documents.

The batch only matters for boilerplate (lines repeated across its pages): everything else
one page yields depends on that page alone (and on a year given at import).
"""

from __future__ import annotations

from .boilerplate import find_repeated, split_lines, strip_boilerplate
from .document import Extraction, RawDocument
from .language import detect_language
from .metadata import read_metadata
from .quotes import extract_quotes
from .speakers import attribute_speakers
from .yearinfer import infer_year


def extract_batch(
    docs: list[RawDocument],
    *,
    source: str | None = None,
    year: int | None = None,
) -> list[Extraction]:
    """Return one Extraction per document, in order.

    The batch matters for boilerplate only: lines repeated across its pages.
    """
    pages = [split_lines(doc.text) for doc in docs]
    repeated = find_repeated(pages)
    results = []
    for doc, lines, rep in zip(docs, pages, repeated, strict=True):
        page = strip_boilerplate(lines, rep)
        body = [ln.text for ln in page.body]
        language = detect_language("\n".join(body) or doc.text)
        meta = read_metadata(page, language, source)
        result = Extraction(
            file_name=doc.name,
            raw_text=doc.text,
            content_hash=doc.content_hash,
            title=meta.title,
            published=meta.published,
            published_precision=meta.precision,
            source=meta.source,
            author=meta.author,
            language=language,
            body=body,
            removed=page.removed,
            notes=list(meta.notes),
        )
        result.agency = meta.agency
        if meta.partial is not None and result.published is None:
            _complete_year(result, meta.partial, year)
        results.append(result)
    for result in results:
        spans = extract_quotes(result.title, result.body, result.language)
        result.quotes = attribute_speakers(result, spans)
    return results


def _complete_year(result: Extraction, partial, year: int | None) -> None:
    """A day and month printed without a year: the year only from the page itself."""
    found, why = infer_year(partial, result.raw_text, result.language, year)
    result.notes.append(why)
    if found:
        result.published = found
        result.published_precision = "datetime" if partial.hour is not None else "day"
        result.published_inferred = True


def format_text(result: Extraction, explain: bool = False) -> str:
    """A readable summary of one extraction (the command's --format text)."""
    out = [f"== {result.file_name}"]
    out.append(f"title:     {result.title}")
    inferred = " (year inferred)" if result.published_inferred else ""
    out.append(f"published: {result.published.isoformat() if result.published else None}{inferred}")
    out.append(
        f"source:    {result.source.name if result.source else None}   agency: {result.agency}"
    )
    out.append(f"author:    {result.author}   language: {result.language}")
    out.append("body:")
    out.extend(f"  | {para}" for para in result.body)
    out.append("quotes:")
    for q in result.quotes:
        who = q.speaker.name if q.speaker else "?"
        out.append(f"  «{q.text}» — {who}" + (f"   [{q.reason}]" if explain else ""))
    if explain:
        out.append("removed lines:")
        out.extend(f"  {r.signal:>18}: {r.text}" for r in result.removed)
        out.append("notes:")
        out.extend(f"  {note}" for note in result.notes)
    return "\n".join(out) + "\n"
