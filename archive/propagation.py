"""Quote propagation: the same words reported by several articles, and wire copies.

Two groupings, both computed at import for one article at a time, by keys looked up in
an index (never by comparing an article with the whole archive):

- **Statement clusters**: a statement's `cluster_key` is a hash of its words folded
  (case, accents, punctuation, quotation marks and spacing ignored). Statements with the
  same key and the same speaker are one cluster: the first article to report them, then
  the ones that relayed them.
- **Copies of one story**: each article body gets a MinHash signature over its 4-word
  shingles; its bands are stored (`ArticleBand`), articles sharing a band are compared
  on their whole signatures, and those alike on `COPY_SIMILARITY` of their hashes are
  one group whose earliest article is the original (`Article.copy_of` on the others).

`manage.py recompute_propagation` recomputes both over the whole archive.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from django.db import connection
from django.db.models import Count, F, Q

from .fingerprints import (
    COPY_SIMILARITY,
    bands,
    normalised_words,
    quote_key,
    signature,
    similarity,
)
from .models import Article, ArticleBand, ArticleSketch, Statement

MAX_CANDIDATES = 200  # articles compared at most, however common a band
OUTLETS_READ = 1000  # statements of one cluster read at most to count its outlets
REPORTS_LISTED = 101  # a cluster's pages and API list its first report and 100 relays

__all__ = ["normalised_words", "quote_key", "signature"]  # used by corrections and tests

# --- statements -----------------------------------------------------------------------


def key_statements(statements: Iterable[Statement]) -> None:
    """Set the cluster key of unsaved statements."""
    for statement in statements:
        statement.cluster_key = quote_key(statement.text)


def reporting_order(prefix: str = "article__"):
    """Order by publication: dates read on the page first (a completed year may be wrong),
    then inferred dates, then undated articles; ties by id."""
    return (
        F(f"{prefix}published_inferred").asc(),
        F(f"{prefix}published").asc(nulls_last=True),
        f"{prefix}id" if prefix else "pk",
        *(["position"] if prefix else []),
    )


def reports(statement: Statement) -> tuple[list[Statement], int]:
    """The first `REPORTS_LISTED` statements of `statement`'s cluster, the first reported
    first, and how many the cluster holds (counted on its index range only when more)."""
    if not statement.cluster_key:
        return [statement], 1
    cluster = Statement.objects.filter(
        cluster_key=statement.cluster_key, speaker=statement.speaker_id
    )
    listed = list(
        cluster.select_related("article__source", "speaker").order_by(*reporting_order())[
            :REPORTS_LISTED
        ]
    )
    return listed, len(listed) if len(listed) < REPORTS_LISTED else cluster.count()


class Outlets(NamedTuple):
    """How many outlets reported a statement's words: exact when `complete`, else at least
    `count` (only the first `OUTLETS_READ` statements of a larger cluster were read)."""

    count: int
    complete: bool = True


def outlet_counts(statements: Iterable[Statement]) -> dict[int, Outlets]:
    """For each statement (by pk): how many outlets reported its cluster. One query.

    Articles without a known source count as one outlet each. At most `OUTLETS_READ`
    statements of each cluster are read, so the query's cost does not grow with the
    archive: a cluster larger than that (the same words in more articles) says "at least".
    """
    statements = [s for s in statements if s.cluster_key]
    clusters = sorted({(s.cluster_key, s.speaker_id) for s in statements}, key=repr)
    if not clusters:
        return {}
    q = connection.ops.quote_name
    statement, article = q(Statement._meta.db_table), q(Article._meta.db_table)
    parts, params = [], []
    for n, (key, speaker) in enumerate(clusters):
        same_speaker = "s.speaker_id IS NULL" if speaker is None else "s.speaker_id = %s"
        parts.append(
            f"SELECT * FROM (SELECT {n} AS cluster, a.source_id, s.article_id "
            f"FROM {statement} s JOIN {article} a ON a.id = s.article_id "
            f"WHERE s.cluster_key = %s AND {same_speaker} LIMIT {OUTLETS_READ + 1}) AS c{n}"
        )
        params += [key] if speaker is None else [key, speaker]
    read: dict[int, list[tuple[int | None, int]]] = {n: [] for n in range(len(clusters))}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for cluster, source, article_id in cursor.fetchall():
            read[cluster].append((source, article_id))
    found = {}
    for n, cluster in enumerate(clusters):
        outlets = {source if source is not None else -article_id for source, article_id in read[n]}
        found[cluster] = Outlets(max(1, len(outlets)), len(read[n]) <= OUTLETS_READ)
    return {s.pk: found[(s.cluster_key, s.speaker_id)] for s in statements}


def annotate_outlets(statements: Iterable[Statement]) -> None:
    """Set `outlet_count` and `outlet_count_complete` on each statement (see outlet_counts)."""
    statements = list(statements)
    counts = outlet_counts(statements)
    for statement in statements:
        statement.outlet_count, statement.outlet_count_complete = counts.get(
            statement.pk, Outlets(1)
        )


# --- articles -------------------------------------------------------------------------


def _reporting_rank(article: Article) -> tuple:
    """Sort key in the order of `reporting_order`."""
    published = article.published.timestamp() if article.published else 0.0
    return (article.published_inferred, article.published is None, published, article.pk)


def place_article(article: Article, *, fresh: bool = False, sig=None) -> Article | None:
    """Store `article`'s signature and join it to the group of a story it copies.

    Returns the group's original, or None when the article copies nothing. `fresh` says
    the article has no stored signature yet (a new article), sparing a delete; `sig` is
    its body's signature when already computed (an empty list: too short to compare).
    """
    if not fresh:
        ArticleBand.objects.filter(article=article).delete()
        ArticleSketch.objects.filter(article=article).delete()
        if article.copy_of_id:
            Article.objects.filter(pk=article.pk).update(copy_of=None)
            article.copy_of = None
    sig = signature(article.body) if sig is None else sig
    if not sig:
        return None
    keys = bands(sig)
    ArticleSketch.objects.create(article=article, signature=sig)
    ArticleBand.objects.bulk_create([ArticleBand(article=article, band=k) for k in keys])
    others = (
        ArticleSketch.objects.filter(article__bands__band__in=keys)
        .exclude(article=article)
        .values_list("article", "signature")
        .distinct()[:MAX_CANDIDATES]
    )
    alike = [pk for pk, other in others if similarity(sig, other) >= COPY_SIMILARITY]
    if not alike:
        return None
    rows = Article.objects.filter(pk__in=alike).values_list("pk", "copy_of")
    roots = {copy_of or pk for pk, copy_of in rows}
    originals = list(
        Article.objects.filter(pk__in=roots).only("pk", "published", "published_inferred")
    )
    first = min([*originals, article], key=_reporting_rank)
    members = Q(pk__in=roots) | Q(copy_of__in=roots) | Q(pk=article.pk) | Q(copy_of=article.pk)
    Article.objects.filter(members).exclude(pk=first.pk).update(copy_of=first)
    Article.objects.filter(pk=first.pk).update(copy_of=None)
    article.copy_of = None if first.pk == article.pk else first
    return first


def story_of(article: Article) -> list[Article]:
    """The articles of `article`'s story (itself included), the original first."""
    root = article.copy_of_id or article.pk
    group = list(
        Article.objects.filter(Q(pk=root) | Q(copy_of=root))
        .select_related("source")
        .order_by(*reporting_order(""))
    )
    return group if len(group) > 1 else []


def hide_copies(queryset, request):
    """`queryset` without copies when the page was asked `?copies=masquer`."""
    if request.GET.get("copies") == "masquer":
        return queryset.filter(copy_of__isnull=True)
    return queryset


# --- whole archive --------------------------------------------------------------------


def recompute(chunk: int = 1000, on_progress=None) -> dict[str, int]:
    """Recompute every statement key and every copy group; return the figures."""
    changed = 0
    batch: list[Statement] = []
    for statement in Statement.objects.only("pk", "text", "cluster_key").iterator(chunk):
        key = quote_key(statement.text)
        if key != statement.cluster_key:
            statement.cluster_key = key
            batch.append(statement)
        if len(batch) >= chunk:
            Statement.objects.bulk_update(batch, ["cluster_key"])
            changed, batch = changed + len(batch), []
    Statement.objects.bulk_update(batch, ["cluster_key"])
    changed += len(batch)

    ArticleBand.objects.all().delete()
    ArticleSketch.objects.all().delete()
    Article.objects.exclude(copy_of=None).update(copy_of=None)
    pks = list(Article.objects.order_by(*reporting_order("")).values_list("pk", flat=True))
    fields = ["pk", "body", "published", "published_inferred", "copy_of"]
    for i, pk in enumerate(pks, 1):
        article = Article.objects.only(*fields).get(pk=pk)
        place_article(article, fresh=True)
        if on_progress:
            on_progress(i, len(pks))
    return {"statement_keys_changed": changed, **figures()}


def figures() -> dict[str, int]:
    """Cluster and copy counts over the archive."""
    clusters = (
        Statement.objects.exclude(cluster_key="")
        .order_by()
        .values("cluster_key", "speaker")
        .annotate(n=Count("article", distinct=True), members=Count("pk"))
    )
    multi = [row["members"] for row in clusters if row["n"] > 1]
    return {
        "statements": Statement.objects.count(),
        "clusters": clusters.count(),
        "clusters_in_several_articles": len(multi),
        "statements_in_those": sum(multi),
        "articles": Article.objects.count(),
        "copies": Article.objects.exclude(copy_of=None).count(),
        "stories_with_copies": Article.objects.filter(copies__isnull=False).distinct().count(),
    }
