"""Relevance suite: hand-judged queries over invented French and English articles.

Articles: tests/data/relevance_articles.txt; queries and their expected sets, judged by
reading the articles: tests/data/relevance_queries.txt. Each query runs through the
search form (query language, variants, filters, modes) on a real index; the suite
prints recall and precision per class and overall, and the queries that missed.
"""

import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from archive.models import Article, Statement
from search.forms import ArchiveSearchForm
from search.indexing import index_articles
from tests.factories import make_article, make_source, make_speaker, make_statement

DATA = Path(__file__).resolve().parent / "data"
TARGET = 0.98


def read_articles(path=DATA / "relevance_articles.txt"):
    """Return (speakers, sources, articles) as plain dicts from the data file."""
    speakers, sources, articles, current = {}, {}, [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith(("speaker |", "source |")):
            kind, key, name, *aliases = [p.strip() for p in line.split("|")]
            (speakers if kind == "speaker" else sources)[key] = (name, aliases)
        elif line.startswith("==="):
            key, language, source, date = [p.strip() for p in line[3:].split("|")]
            current = {"key": key, "language": language, "source": source, "date": date}
            current.update(title=None, body=[], statements=[], raw=[])
            articles.append(current)
        elif line.startswith("@"):
            speaker, text = [p.strip() for p in line[1:].split("|", 1)]
            current["statements"].append((speaker, text))
        elif line.startswith("raw:"):
            current["raw"].append(line[4:].strip())
        elif current["title"] is None:
            current["title"] = line.strip()
        else:
            current["body"].append(line.strip())
    return speakers, sources, articles


def read_queries(path=DATA / "relevance_queries.txt"):
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, query, params, expected = [p.strip() for p in line.split("|")]
        expected = set() if expected == "-" else set(expected.split())
        queries.append((kind, query, dict(parse_qsl(params)), expected))
    return queries


def build_archive() -> dict:
    """Create and index the articles; return {article pk: key, statement pk: "key.n"}."""
    speaker_specs, source_specs, specs = read_articles()
    speakers = {k: make_speaker(n, aliases=a) for k, (n, a) in speaker_specs.items()}
    sources = {k: make_source(n, aliases=a) for k, (n, a) in source_specs.items()}
    names = {}
    for spec in specs:
        year, month, day = (int(p) for p in spec["date"].split("-"))
        body = "\n\n".join(spec["body"])
        article = make_article(
            title=spec["title"],
            body=body,
            published=(year, month, day),
            source=sources[spec["source"]],
            language=spec["language"],
            raw_text="\n".join([spec["title"], *spec["raw"], body]),
        )
        names[(Article, article.pk)] = spec["key"]
        for n, (speaker, text) in enumerate(spec["statements"], 1):
            statement = make_statement(article, speakers[speaker], text)
            names[(Statement, statement.pk)] = f"{spec['key']}.{n}"
    index_articles([pk for model, pk in names if model is Article])
    return names


def found(query: str, params: dict, names: dict) -> set[str]:
    form = ArchiveSearchForm(data={"q": query, **params})
    results = form.search()
    return {names[(r.model, int(r.pk))] for r in results[:500]}


@pytest.fixture
def archive(db):
    return build_archive()


def test_the_suite_is_broad():
    """At least 60 articles in both languages and 80 queries over every class."""
    _, _, articles = read_articles()
    queries = read_queries()
    assert len(articles) >= 60 and {a["language"] for a in articles} == {"fr", "en"}
    assert len(queries) >= 80
    kinds = {kind for kind, *_ in queries}
    assert {"inflection", "accents", "names", "concepts", "phrases"} <= kinds
    assert {"exclusion", "or", "filters", "statements", "indexed"} <= kinds


def test_relevance(archive, capsys):
    """Every judged query finds its expected set: recall and precision >= 0.98."""
    per_class = defaultdict(lambda: [0, 0, 0])  # right, found, expected
    misses = []
    for kind, query, params, expected in read_queries():
        got = found(query, params, archive)
        right = len(got & expected)
        counts = per_class[kind]
        counts[0] += right
        counts[1] += len(got)
        counts[2] += len(expected)
        if got != expected:
            misses.append(
                f"{query!r} {params or ''}: missing {expected - got}, extra {got - expected}"
            )
    totals = [sum(c[i] for c in per_class.values()) for i in range(3)]
    lines = ["", "relevance suite      recall  precision"]
    for kind, (right, got, expected) in [*per_class.items(), ("all", totals)]:
        recall = right / expected if expected else 1.0
        precision = right / got if got else 1.0
        lines.append(f"  {kind:16} {recall:8.3f} {precision:10.3f}")
    lines += [f"  miss: {miss}" for miss in misses]
    with capsys.disabled():
        sys.stdout.write("\n".join(lines) + "\n")
    right, got, expected = totals
    assert right / expected >= TARGET
    assert right / got >= TARGET
