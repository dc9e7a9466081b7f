"""Corrections that survive: a researcher's fixes, logged and replayed after re-import.

Each fix is a `Correction` row: what kind, who, when, before and after, and where it
applies — the article's identity (`article_identity`, its file) and the statement's
words and offset, never row ids (a re-import replaces the statements). After the
importer saves an article's statements it calls `reapply`, which finds each
correction's statement again by its words (nearest offset first) and applies it again.
Merged speakers need no replay: the merged names stay aliases of the kept speaker, so
the importer resolves them to it.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .models import Article, Correction, Speaker, Statement
from .propagation import normalised_words, quote_key

# A statement whose words changed a little (a re-extraction moved its ends) still
# matches when this share of the shorter text's words is in the other.
MIN_OVERLAP = 0.6


def article_identity(article: Article) -> str:
    """What stays the same when an article is re-imported: its file."""
    return article.file_name


def _speaker_name(speaker: Speaker | None) -> str:
    return speaker.name if speaker else ""


def _user_fields(user) -> dict:
    if user is None or not getattr(user, "is_authenticated", False):
        return {"user": None, "username": ""}
    return {"user": user, "username": user.get_username()}


def record(kind: str, statement: Statement, user, before: dict, after: dict, speaker=None):
    """Log one correction of `statement` (call before deleting the statement)."""
    article = statement.article
    return Correction.objects.create(
        kind=kind,
        article_key=article_identity(article),
        article=article,
        statement=statement if statement.pk else None,
        quote=statement.text,
        quote_start=statement.start,
        speaker=speaker,
        before=before,
        after=after,
        **_user_fields(user),
    )


def _touch(article_ids) -> None:
    """Mark articles changed, so cached figures and the search index follow."""
    Article.objects.filter(pk__in=set(article_ids)).update(updated_at=timezone.now())


_UNSAID = object()


@transaction.atomic
def change_speaker(
    statement: Statement, speaker: Speaker | None, user, *, previous=_UNSAID, kind=None
):
    """Give `statement` another speaker and log it. `previous`: its speaker before (None
    for none), when the caller already saved the new one (the admin form does)."""
    before = statement.speaker if previous is _UNSAID else previous
    if statement.speaker_id != (speaker.pk if speaker else None):
        statement.speaker = speaker
        statement.save(update_fields=["speaker"])
    _touch([statement.article_id])
    return record(
        kind or Correction.Kind.SPEAKER,
        statement,
        user,
        {"speaker": _speaker_name(before)},
        {"speaker": _speaker_name(speaker)},
        speaker=speaker,
    )


@transaction.atomic
def split(statements, name: str, user) -> Speaker:
    """Move `statements` to the speaker called `name` (made when none has that name)."""
    name = " ".join(name.split())[:200]
    speaker = Speaker.objects.filter(name__iexact=name).first()
    if speaker is None:
        speaker = Speaker.objects.create(name=name)
    for statement in statements:
        change_speaker(statement, speaker, user, kind=Correction.Kind.SPLIT)
    return speaker


@transaction.atomic
def reject(statement: Statement, user) -> Correction:
    """Mark `statement` as not a statement: log it and delete it."""
    correction = record(
        Correction.Kind.NOT_STATEMENT,
        statement,
        user,
        {"speaker": _speaker_name(statement.speaker), "text": statement.text},
        {},
    )
    _touch([statement.article_id])
    statement.delete()
    return correction


def record_merge(target: Speaker, others: list[Speaker], user) -> Correction:
    """Log a merge of `others` into `target` (call before merging)."""
    return Correction.objects.create(
        kind=Correction.Kind.MERGE,
        speaker=target,
        before={"speakers": [s.name for s in [target, *others]]},
        after={"speaker": target.name},
        **_user_fields(user),
    )


# --- replay after import --------------------------------------------------------------


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    longer_set = set(longer)
    return sum(w in longer_set for w in shorter) / len(shorter)


def find_statement(correction: Correction, statements: list[Statement]) -> Statement | None:
    """The statement `correction` was about, among an article's new statements."""
    start = correction.quote_start or 0
    key = quote_key(correction.quote)
    same = [s for s in statements if s.cluster_key == key] if key else []
    if not same:
        words = normalised_words(correction.quote)
        same = [s for s in statements if _overlap(words, normalised_words(s.text)) >= MIN_OVERLAP]
    if not same:
        return None
    return min(same, key=lambda s: abs(s.start - start))


_MISSING = object()


def _speaker_for(correction: Correction):
    """The speaker a correction gives, None for « no speaker », _MISSING if gone."""
    if correction.speaker_id:
        speaker = Speaker.objects.filter(pk=correction.speaker_id).first()
        if speaker is not None:
            return speaker
    name = correction.after.get("speaker", "")
    if not name:
        return None
    # A speaker merged into another is found by its name, now an alias. One deleted
    # since is not made again here (the import's directory of names would not know it).
    return Speaker.objects.find(name) or _MISSING


def reapply(article: Article, statements: list[Statement]) -> int:
    """Apply the corrections logged for `article`'s file to its new statements.

    Statements must be saved and keyed (see propagation.key_statements). Returns how
    many corrections found their statement; the others wait for a later import.
    """
    corrections = list(
        Correction.objects.filter(article_key=article_identity(article))
        .exclude(kind=Correction.Kind.MERGE)
        .order_by("created", "pk")
    )
    if not corrections:
        return 0
    remaining = list(statements)
    applied = 0
    for correction in corrections:
        statement = find_statement(correction, remaining)
        if statement is None:
            continue
        applied += 1
        if correction.kind == Correction.Kind.NOT_STATEMENT:
            Statement.objects.filter(pk=statement.pk).delete()
            remaining.remove(statement)
            Correction.objects.filter(pk=correction.pk).update(article=article)
            continue
        speaker = _speaker_for(correction)
        if speaker is _MISSING:
            applied -= 1
            continue
        Statement.objects.filter(pk=statement.pk).update(speaker=speaker)
        statement.speaker = speaker
        Correction.objects.filter(pk=correction.pk).update(
            article=article, statement=statement, speaker=speaker
        )
    return applied
