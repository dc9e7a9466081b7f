"""Plain factory functions for tests: each returns a saved model with sensible defaults.

Append new factories at the end; keep existing signatures stable.
"""

import hashlib
import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

from archive.models import Article, Source, Speaker, Statement

_counter = itertools.count(1)
UTC = ZoneInfo("UTC")


def make_source(name=None, **fields) -> Source:
    name = name or f"Source {next(_counter)}"
    return Source.objects.create(name=name, **fields)


def make_speaker(name=None, **fields) -> Speaker:
    name = name or f"Orateur {next(_counter)}"
    return Speaker.objects.create(name=name, **fields)


def make_article(title="Un article", body="Un paragraphe.", published=None, **fields) -> Article:
    """`published` may be a (year, month, day) tuple, a datetime, or None for undated."""
    if isinstance(published, tuple):
        published = datetime(*published, 12, 0, tzinfo=UTC)
    n = next(_counter)
    defaults = {
        "raw_text": f"{title}\n{body}",
        "file_name": f"article-{n}.txt",
        "content_hash": hashlib.sha256(f"{n}{title}{body}".encode()).hexdigest(),
        "published_precision": "datetime" if published else "unknown",
        "language": "fr",
    }
    defaults.update(fields)
    return Article.objects.create(title=title, body=body, published=published, **defaults)


def make_statement(article, speaker=None, text=None, **fields) -> Statement:
    """A statement whose text is found in the article body (offsets set), or appended."""
    text = text or "Nous continuerons à travailler ensemble"
    start = article.body.find(text)
    if start < 0:
        article.body = f"{article.body}\n\n« {text} »"
        article.save()
        start = article.body.find(text)
    position = article.statements.count()
    return Statement.objects.create(
        article=article,
        speaker=speaker,
        speaker_label=speaker.name if speaker else "",
        text=text,
        start=start,
        end=start + len(text),
        position=position,
        **fields,
    )
