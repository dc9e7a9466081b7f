"""Articles related to an article: the index's "more like this", else shared speakers."""

import logging

from django.db.models import Count
from haystack.query import SearchQuerySet

from archive.models import Article

log = logging.getLogger(__name__)


def related_articles(article: Article, n: int = 5) -> list[Article]:
    """Return up to `n` other articles sharing key terms (or speakers) with `article`."""
    found = []
    try:
        results = SearchQuerySet().models(Article).more_like_this(article)[:n]
        pks = [int(r.pk) for r in results]
        by_pk = Article.objects.select_related("source").in_bulk(pks)
        found = [by_pk[pk] for pk in pks if pk in by_pk and pk != article.pk]
    except Exception:  # the index may be missing or stale: fall back on the database
        log.warning("more_like_this failed for article %s", article.pk, exc_info=True)
    if len(found) < n:
        speakers = article.statements.exclude(speaker=None).values("speaker_id")
        shared = (
            Article.objects.filter(statements__speaker_id__in=speakers)
            .exclude(pk__in=[article.pk, *(a.pk for a in found)])
            .annotate(shared=Count("statements__speaker", distinct=True))
            .select_related("source")
            .order_by("-shared", "-published")[: n - len(found)]
        )
        found.extend(shared)
    return found
