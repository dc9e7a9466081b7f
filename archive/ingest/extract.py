"""Compose the extraction steps over a batch of documents.

`reference_dates` lets the import pass dated articles already in the archive, so that a
date printed without a year can be completed: a list of (source_name, date, title_or_text)
tuples (or dicts with those keys: "source", "date", "text").
"""

from __future__ import annotations

from datetime import date, datetime

from .attribution import describe
from .boilerplate import find_repeated, split_lines, strip_boilerplate
from .document import Extraction, RawDocument
from .language import detect_language
from .metadata import read_metadata
from .quotes import extract_quotes
from .speakers import attribute_speakers
from .yearinfer import Reference, infer_year, topic_words


def extract_batch(
    docs: list[RawDocument],
    *,
    source: str | None = None,
    year: int | None = None,
    reference_dates: list | None = None,
) -> list[Extraction]:
    """Return one Extraction per document, in order.

    The batch matters: lines repeated across its pages are boilerplate, and dated pages
    date the pages of the same source or topic whose date has no year.
    """
    pages = [split_lines(doc.text) for doc in docs]
    repeated = find_repeated(pages)
    results, partials = [], []
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
        results.append(result)
        partials.append(meta.partial)
    _complete_years(results, partials, year, reference_dates or [])
    for result in results:
        spans = extract_quotes(result.title, result.body, result.language)
        result.quotes = attribute_speakers(result, spans)
    return results


def _references(results: list[Extraction], extra: list) -> list[tuple[int, Reference]]:
    """(batch index or -1, reference) for every dated article that may date another."""
    refs = [
        (
            i,
            Reference(
                r.published.date(), r.source.name if r.source else None, topic_words(r.body_text)
            ),
        )
        for i, r in enumerate(results)
        if r.published and not r.published_inferred
    ]
    for item in extra:
        if isinstance(item, dict):
            name, day, text = item.get("source"), item.get("date"), item.get("text", "")
        else:
            name, day, text = (list(item) + ["", "", ""])[:3]
        if isinstance(day, datetime):
            day = day.date()
        if isinstance(day, date):
            refs.append((-1, Reference(day, name or None, topic_words(text or ""))))
    return refs


def _complete_years(results, partials, year, extra) -> None:
    refs = _references(results, extra)
    for i, (result, partial) in enumerate(zip(results, partials, strict=True)):
        if partial is None or result.published:
            continue
        others = [ref for j, ref in refs if j != i]
        source = result.source.name if result.source else None
        found, why = infer_year(partial, result.body_text, source, others, year)
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
        how = describe(q.method, q.named_by) or "no speaker"
        why = f"   [{how}, {q.confidence:.2f}: {q.reason}]"
        out.append(f"  «{q.text}» — {who}" + (why if explain else ""))
    if explain:
        out.append("removed lines:")
        out.extend(f"  {r.signal:>18}: {r.text}" for r in result.removed)
        out.append("notes:")
        out.extend(f"  {note}" for note in result.notes)
    return "\n".join(out) + "\n"
