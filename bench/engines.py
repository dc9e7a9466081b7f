"""The same queries straight on the engines: raw Whoosh on the site's index, SQLite FTS5.

Both return the first page of 20 hits (ids and stored fields) and the total count,
which is the least any search page needs; no Django, no Haystack in the timed part.
"""

from __future__ import annotations

import re
import sqlite3
import time
from datetime import UTC, datetime

from whoosh import index as whoosh_index
from whoosh.qparser import AndGroup, MultifieldParser
from whoosh.query import DateRange, Every, Term

PAGE = 20
KINDS = {"articles": "archive.article", "statements": "archive.statement"}


def _bounds(date_from: str, date_to: str) -> tuple[datetime | None, datetime | None]:
    low = datetime.fromisoformat(date_from).replace(tzinfo=None) if date_from else None
    high = (
        datetime.fromisoformat(date_to).replace(hour=23, minute=59, second=59, tzinfo=None)
        if date_to
        else None
    )
    return low, high


class RawWhoosh:
    """A long-lived searcher on the index directory the site uses.

    Filters are turned into document sets once and kept, and hits are counted in the
    scoring pass (optimize=False): what a careful application on Whoosh alone would do.
    """

    def __init__(self, path: str):
        self.index = whoosh_index.open_dir(path)
        self.searcher = self.index.searcher()
        self.filters: dict[str, set] = {}
        fields = [f for f in ("text", "text_en") if f in self.index.schema]
        self.parser = MultifieldParser(fields, self.index.schema, group=AndGroup)

    def close(self) -> None:
        self.searcher.close()

    def run(self, query, slugs: dict) -> int:
        """Run one bench Query; return the number of hits."""
        schema = self.index.schema
        filters = [Term("django_ct", KINDS[query.mode])]
        for key, field in (("speaker", "speakers_exact"), ("source", "source_exact")):
            if slugs.get(key) and field in schema:
                filters.append(Term(field, slugs[key]))
        if query.language and "language_exact" in schema:
            filters.append(Term("language_exact", query.language))
        low, high = _bounds(query.date_from, query.date_to)
        if low or high:
            filters.append(DateRange("date", low, high))
        allowed = None
        for one in filters:
            docs = self.filters.get(repr(one))
            if docs is None:
                docs = self.filters[repr(one)] = set(self.searcher.docs_for_query(one))
            allowed = docs if allowed is None else allowed & docs
        q = self.parser.parse(query.q) if query.q.strip() else Every()
        results = self.searcher.search(q, filter=allowed, limit=PAGE, optimize=False)
        total = len(results)
        for hit in results:
            hit.fields()
        return total


_WORD = re.compile(r'"[^"]*"|\S+')


def fts_match(text: str) -> str:
    """The typed query as an FTS5 expression: every word (or quoted phrase) required."""
    parts = []
    for token in _WORD.findall(text):
        inner = token.strip('"').replace('"', "")
        if inner:
            parts.append(f'"{inner}"')
    return " AND ".join(parts)


class Fts5:
    """SQLite FTS5 tables of the same article and statement texts (no stemming)."""

    def __init__(self, path: str):
        self.db = sqlite3.connect(path)

    @classmethod
    def build(cls, path: str, articles, statements) -> Fts5:
        """Create the tables from (text, language, source, date, speakers) rows."""
        engine = cls(path)
        for table, rows in (("articles", articles), ("statements", statements)):
            engine.db.execute(f"DROP TABLE IF EXISTS {table}")
            engine.db.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5(body, speakers, language UNINDEXED, "
                "source UNINDEXED, date UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
            )
            engine.db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", rows)
        engine.db.commit()
        return engine

    def run(self, query, slugs: dict) -> int:
        table = query.mode
        match = []
        if query.q.strip():
            match.append(f"body : ({fts_match(query.q)})")
        if slugs.get("speaker"):
            match.append(f'speakers : "{slugs["speaker"]}"')
        where, args = [], []
        if match:
            where.append(f"{table} MATCH ?")
            args.append(" AND ".join(match))
        for column, value in (("source", slugs.get("source")), ("language", query.language)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        low, high = _bounds(query.date_from, query.date_to)
        if low:
            where.append("date >= ?")
            args.append(low.isoformat())
        if high:
            where.append("date <= ?")
            args.append(high.isoformat())
        clause = " AND ".join(where) or "1"
        order = "ORDER BY rank" if match else ""
        self.db.execute(
            f"SELECT rowid, body FROM {table} WHERE {clause} {order} LIMIT {PAGE}", args
        ).fetchall()
        return self.db.execute(f"SELECT count(*) FROM {table} WHERE {clause}", args).fetchone()[0]


def utc_iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() if value else None


def timed(run, *args) -> tuple[float, int]:
    """Seconds taken by run(*args), and what it returned."""
    start = time.perf_counter()
    result = run(*args)
    return time.perf_counter() - start, result
