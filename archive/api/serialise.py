"""Plain dicts for JSON: one function per kind of row."""

from __future__ import annotations

from django.urls import reverse


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def source_ref(request, source) -> dict | None:
    if source is None:
        return None
    return {
        "name": source.name,
        "slug": source.slug,
        "url": _absolute(request, reverse("api:source_detail", args=[source.slug])),
    }


def speaker_ref(request, speaker) -> dict | None:
    if speaker is None:
        return None
    return {
        "name": speaker.name,
        "slug": speaker.slug,
        "url": _absolute(request, reverse("api:speaker_detail", args=[speaker.slug])),
    }


def article_ref(request, article) -> dict:
    return {
        "id": article.pk,
        "title": article.display_title,
        "published": article.published.isoformat() if article.published else None,
        "date_inferred": article.published_inferred,
        "source": source_ref(request, article.source),
        "url": _absolute(request, reverse("api:article_detail", args=[article.pk])),
        "html_url": _absolute(request, article.get_absolute_url()),
    }


def article(request, row, *, full: bool = False) -> dict:
    data = {
        **article_ref(request, row),
        "title_derived": not row.title,
        "date_precision": row.published_precision,
        "author": row.author,
        "language": row.language,
        "copy_of": row.copy_of_id,
        "speakers": [speaker_ref(request, s) for s in row.speakers.all()],
    }
    if full:
        data["body"] = row.body
        data["file_name"] = row.file_name
        data["statements"] = [
            statement(request, s, with_article=False) for s in row.statements_list
        ]
    return data


def statement(request, row, *, with_article: bool = True) -> dict:
    data = {
        "id": row.pk,
        "text": row.text,
        "speaker": speaker_ref(request, row.speaker),
        "speaker_label": row.speaker_label,
        "cue": row.cue,
        "in_title": row.in_title,
        "start": row.start,
        "end": row.end,
        "url": _absolute(request, reverse("api:statement_detail", args=[row.pk])),
        "html_url": _absolute(request, reverse("archive:statement_detail", args=[row.pk])),
    }
    if hasattr(row, "outlet_count"):
        data["reported_by_outlets"] = row.outlet_count
        data["reported_by_outlets_complete"] = row.outlet_count_complete
    if with_article:
        data["article"] = article_ref(request, row.article)
    return data


def speaker(request, row) -> dict:
    return {
        **speaker_ref(request, row),
        "kind": row.kind,
        "role": row.role,
        "aliases": row.aliases,
        "statement_count": getattr(row, "statement_count", None),
        "article_count": getattr(row, "article_count", None),
        "html_url": _absolute(request, row.get_absolute_url()),
        "statements_url": _absolute(request, reverse("api:statement_list"))
        + f"?speaker={row.slug}",
    }


def source(request, row) -> dict:
    return {
        **source_ref(request, row),
        "website": row.website,
        "aliases": row.aliases,
        "article_count": getattr(row, "article_count", None),
        "first_published": _iso(getattr(row, "first_published", None)),
        "last_published": _iso(getattr(row, "last_published", None)),
        "html_url": _absolute(request, row.get_absolute_url()),
        "articles_url": _absolute(request, reverse("api:article_list")) + f"?source={row.slug}",
    }


def correction(row) -> dict:
    return {
        "kind": row.kind,
        "by": row.username,
        "at": row.created.isoformat(),
        "before": row.before,
        "after": row.after,
    }
