"""Compose the extraction steps over a batch of documents.

The batch only matters for boilerplate (lines repeated across its pages): everything else
one page yields depends on that page alone (and on a year given at import).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from .attribution import describe
from .boilerplate import find_repeated, split_lines, strip_boilerplate
from .document import Extraction, QuoteInfo, RawDocument
from .language import detect_language
from .metadata import read_metadata
from .quotes import extract_quotes, scan_paragraphs
from .speakers import attribute_speakers
from .yearinfer import infer_year

# Why a page whose lines are all page furniture is not imported as an empty article.
NO_BODY = (
    "no article text found (every line is page furniture: menus, links, credits): not imported"
)


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
        result.quotes = find_statements(result)
    return results


# Quotes and speakers are read over windows of at most this many characters of body: an
# article fits in one (long reads run to 40,000), a huge file is read window by window, so
# that its cost grows with its size, not with its square (who spoke is resolved within a
# window). A paragraph longer than a window is cut at a sentence end, else at a space.
WINDOW_CHARS = 50_000


def find_statements(result: Extraction) -> list[QuoteInfo]:
    """The quoted statements of the title and body with their speakers (`Extraction.quotes`)."""
    if sum(len(p) + 2 for p in result.body) <= WINDOW_CHARS:
        spans = extract_quotes(result.title, result.body, result.language)
        return attribute_speakers(result, spans)
    quotes = []
    title = result.title
    para_at = [0]  # where each paragraph starts in the body text
    for text in result.body:
        para_at.append(para_at[-1] + len(text) + 2)
    for pieces in _windows(result.body):
        window = replace(result, body=[text for _, _, text in pieces], title=title, quotes=[])
        spans = extract_quotes(title, window.body, result.language)
        for quote in attribute_speakers(window, spans):
            if quote.where != "title":
                _move(quote, pieces, para_at)
            quotes.append(quote)
        title = None  # the title's quotes are read with the first window
    return quotes


def _cut(text: str, limit: int, quoted: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(start, piece) of a paragraph cut into pieces of about `limit` characters, at a
    sentence end or a space, never inside one of the `quoted` spans (in order, apart):
    a piece runs on to the end of a quote it would cut."""
    ends = [b for _, b in quoted]
    out, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = max(text.rfind(". ", start, end), text.rfind("? ", start, end))
        if cut <= start + limit // 2:
            cut = text.rfind(" ", start + limit // 2, end)
        end = cut + 1 if cut > start else end
        k = bisect_right(ends, end)  # the first quote that ends after the cut
        if k < len(quoted) and quoted[k][0] < end:
            end = ends[k]
        if end >= len(text):
            break
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _windows(body: list[str]):
    """Lists of (paragraph, start in it, piece) of about WINDOW_CHARS characters each."""
    quoted: dict[int, list[tuple[int, int]]] = {}
    if any(len(text) > WINDOW_CHARS for text in body):
        for span in scan_paragraphs(body):
            for p in range(span.first_para, span.last_para + 1):
                a = span.open_at if p == span.first_para else 0
                b = span.close_at + 1 if p == span.last_para else len(body[p])
                quoted.setdefault(p, []).append((a, b))
    window, size = [], 0
    for p, text in enumerate(body):
        for start, piece in _cut(text, WINDOW_CHARS, quoted.get(p, [])):
            if window and size + len(piece) + 2 > WINDOW_CHARS:
                yield window
                window, size = [], 0
            window.append((p, start, piece))
            size += len(piece) + 2
    if window:
        yield window


def _move(quote: QuoteInfo, pieces, para_at: list[int]) -> None:
    """Move the quote's offsets from its window's text to the whole body's."""
    window_at = [0]
    for _, _, piece in pieces:
        window_at.append(window_at[-1] + len(piece) + 2)

    def move(offset: int) -> int:
        k = min(max(0, bisect_right(window_at, offset) - 1), len(pieces) - 1)
        p, start, _ = pieces[k]
        return para_at[p] + start + offset - window_at[k]

    quote.start, quote.end = move(quote.start), move(quote.end)


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
        how = describe(q.method, q.named_by) or "no speaker"
        why = f"   [{how}, {q.confidence:.2f}: {q.reason}]"
        out.append(f"  «{q.text}» — {who}" + (why if explain else ""))
    if explain:
        out.append("removed lines:")
        out.extend(f"  {r.signal:>18}: {r.text}" for r in result.removed)
        out.append("notes:")
        out.extend(f"  {note}" for note in result.notes)
    return "\n".join(out) + "\n"
