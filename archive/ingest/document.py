"""The plain data that flows through the import pipeline.

Each step takes and returns these dataclasses; only `store.py` touches the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass
class RawDocument:
    """A decoded page-text file: its name, text (normalised newlines) and content hash."""

    name: str
    text: str
    content_hash: str
    encoding: str = "utf-8"


@dataclass
class RemovedLine:
    """A line kept out of the body, with the signal that removed it."""

    index: int
    text: str
    signal: str  # e.g. "repeated-in-batch", "ui-text", "teaser-block", "dateline", "byline"
    # What the line says about the article, read once when the line is removed:
    author: str | None = None  # a byline's author
    outlet: str | None = None  # the outlet a byline or a credit names
    agency: str | None = None  # the news agency it names
    published: str | None = None  # a crawler prefix's date (ISO)
    clue: str = ""  # how the outlet was named: byline, credit, full-story, site-name, …


@dataclass
class SpeakerInfo:
    """A speaker as resolved from the text: canonical name plus the names seen."""

    name: str
    kind: str = "person"  # person | institution | group
    role: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class QuoteInfo:
    """A quoted statement; `start`/`end` are offsets into `Extraction.body_text`."""

    text: str
    start: int
    end: int
    speaker: SpeakerInfo | None = None
    speaker_label: str = ""  # how the text named the speaker ("il", "le ministre russe", …)
    cue: str = ""  # the verb of speech ("a déclaré", "said", "selon"), if any
    reason: str = ""  # why this speaker was chosen (for --explain)
    where: str = "body"  # or "title" for a quote in the headline (offsets into the title)
    method: str = ""  # how the speaker was found (see attribution.py): "incise", "cue verb", …
    confidence: float = 0.0  # how sure that attribution is, 0 (no speaker) to 1
    named_by: str = ""  # how the text named the speaker: "name", "pronoun", "role", "institution"


@dataclass
class SourceInfo:
    name: str
    website: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything the extractor reads from one document."""

    file_name: str
    raw_text: str
    content_hash: str
    title: str | None = None
    published: datetime | None = None  # timezone-aware when a zone or time was given
    published_precision: str = "unknown"  # "datetime" | "day" | "unknown"
    published_inferred: bool = False
    source: SourceInfo | None = None
    agency: str | None = None  # the news agency the text credits, when it names one
    author: str | None = None
    language: str = "fr"
    body: list[str] = field(default_factory=list)  # paragraphs
    quotes: list[QuoteInfo] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # explanations (dates, source, …)
    signature: list[int] | None = None  # the body's MinHash, set by the pipeline's workers

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.body)

    def to_json(self, explain: bool = False) -> dict:
        """The dict `manage.py extract --format json` prints (see ../shared/eval/score.py)."""
        data = {
            "file": self.file_name,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_precision": self.published_precision,
            "published_inferred": self.published_inferred,
            "source": self.source.name if self.source else None,
            "agency": self.agency,
            "author": self.author,
            "language": self.language,
            "body": self.body,
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker.name if q.speaker else None,
                    "speaker_label": q.speaker_label,
                    "speaker_kind": q.speaker.kind if q.speaker else None,
                    "cue": q.cue,
                    "where": q.where,
                    "method": q.method,
                    "confidence": q.confidence,
                    "named_by": q.named_by,
                    "start": q.start,
                    "end": q.end,
                }
                for q in self.quotes
            ],
        }
        if explain:
            data["removed"] = [asdict(r) for r in self.removed]
            data["speaker_reasons"] = [q.reason for q in self.quotes]
            data["notes"] = self.notes
        return data
