"""Save extractions to the database: one transaction per article, keyed on content.

`save_article` never overwrites `imported_at` on update and never touches rows of
other articles; speakers and sources are found by name or alias before new ones
are made, so one real person stays one Speaker across the archive.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from archive import corrections, propagation
from archive.models import Article, Source, Speaker, Statement
from archive.text import fold, make_slug, spelling_key

from .attribution import describe
from .document import Extraction, SourceInfo, SpeakerInfo

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def base_name(file_name: str) -> str:
    """The last part of a file's name relative to its import root ("a/index.txt")."""
    return file_name.rsplit("/", 1)[-1]


class NameDirectory:
    """An in-memory map from folded names and aliases to rows of `model`.

    Built once per import run so that resolving a name costs a dict lookup,
    not a scan of the table.
    """

    def __init__(self, model):
        self.model = model
        self.by_key: dict[str, object] = {}
        for row in model.objects.all():
            self.remember(row)

    def remember(self, row) -> None:
        for name in (row.name, *row.aliases):
            self.by_key.setdefault(fold(name), row)
            if getattr(row, "kind", "") == "person" and len(name.split()) > 1:
                # One person across transliterations: "Volodymyr Zelenski" / "Zelensky".
                self.by_key.setdefault("~" + spelling_key(name), row)

    def find(self, names, person: bool = False) -> object | None:
        for name in names:
            row = self.by_key.get(fold(name))
            if row is not None:
                return row
        for name in names if person else ():
            if len(name.split()) > 1 and (row := self.by_key.get("~" + spelling_key(name))):
                return row
        return None

    def forget(self) -> None:
        """Drop cached rows (after a rolled-back transaction they may not exist)."""
        self.__init__(self.model)


def resolve_speaker(info: SpeakerInfo, directory: NameDirectory) -> Speaker:
    """Return the Speaker for `info`, creating it or adding new aliases as needed."""
    speaker = directory.find([info.name, *info.aliases], person=info.kind == "person")
    if speaker is None:
        speaker = Speaker(name=info.name, kind=info.kind, role=info.role[:300])
        speaker.add_aliases(info.aliases)
        speaker.save()
    else:
        changed = speaker.add_aliases([info.name, *info.aliases])
        if info.role and not speaker.role:
            speaker.role, changed = info.role[:300], True
        if changed:
            speaker.save(update_fields=["aliases", "role"])
    directory.remember(speaker)
    return speaker


def resolve_source(info: SourceInfo, directory: NameDirectory) -> Source:
    """Return the Source for `info`, creating it when no name or alias matches."""
    source = directory.find([info.name, *info.aliases])
    if source is None:
        source = Source(name=info.name, website=info.website)
        source.aliases = [a for a in info.aliases if fold(a) != fold(info.name)]
        source.save()
    elif info.website and not source.website:
        source.website = info.website
        source.save(update_fields=["website"])
    directory.remember(source)
    return source


def tighten(text: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """Return offsets that select exactly `quote` in `text` (dropping spaces around it)."""
    inner = text[start:end]
    if inner != quote and inner.strip() == quote:
        start += len(inner) - len(inner.lstrip())
        end = start + len(quote)
    return start, end


def aware(moment):
    """Return `moment` with a time zone; a naive one is read in the archive's zone."""
    if moment is None or timezone.is_aware(moment):
        return moment
    return timezone.make_aware(moment, timezone.get_default_timezone())


class KnownArticles:
    """The articles a batch of extractions may match, by content hash and file name.

    Two queries for the whole batch instead of two per article; `save_article` keeps
    it up to date with what it saves, so a batch holding the same text twice still
    finds the first copy.
    """

    def __init__(self, extractions: list[Extraction]):
        hashes = {ex.content_hash for ex in extractions}
        names = {ex.file_name for ex in extractions}
        self.by_hash = {a.content_hash: a for a in Article.objects.filter(content_hash__in=hashes)}
        self.by_name: dict[str, Article] = {}
        for article in Article.objects.filter(file_name__in=names).order_by("-pk"):
            self.by_name[article.file_name] = article  # the oldest one wins

    def remember(self, article: Article) -> None:
        self.by_hash[article.content_hash] = article
        self.by_name.setdefault(article.file_name, article)


def save_article(
    ex: Extraction,
    speakers: NameDirectory,
    sources: NameDirectory,
    known: KnownArticles | None = None,
) -> tuple[str, Article]:
    """Save one extraction; return (outcome, article).

    An identical text already in the archive is `unchanged`; a file already imported
    under the same name (its path relative to the import root) with other content is
    `updated` (its statements are replaced);
    anything else is `created`. All or nothing: on error nothing of it is saved.
    A batch passes `known` (see KnownArticles) to spare two look-ups per article.
    """
    known = known if known is not None else KnownArticles([ex])
    existing = known.by_hash.get(ex.content_hash)
    if existing is not None:
        if existing.file_name != ex.file_name and existing.file_name == base_name(ex.file_name):
            # Imported before names were paths relative to the import root: take the path.
            Article.objects.filter(pk=existing.pk).update(file_name=ex.file_name)
            existing.file_name = ex.file_name
        return UNCHANGED, existing
    try:
        with transaction.atomic():
            outcome, article = _write(ex, speakers, sources, known.by_name.get(ex.file_name))
    except Exception:
        speakers.forget()
        sources.forget()
        raise
    known.remember(article)
    return outcome, article


def _write(ex: Extraction, speakers: NameDirectory, sources: NameDirectory, article):
    outcome = UPDATED if article else CREATED
    if article is None:
        article = Article(file_name=ex.file_name, imported_at=timezone.now())
    article.title = (ex.title or "")[:500]
    article.source = resolve_source(ex.source, sources) if ex.source else None
    article.author = (ex.author or "")[:200]
    article.published = aware(ex.published)
    article.published_precision = ex.published_precision if ex.published else "unknown"
    article.published_inferred = ex.published_inferred
    article.language = ex.language
    article.body = ex.body_text
    article.raw_text = ex.raw_text
    article.content_hash = ex.content_hash
    article.extraction_log = {
        "removed": [{"line": r.index, "text": r.text, "signal": r.signal} for r in ex.removed],
        "speakers": [q.reason for q in ex.quotes],
        "notes": ex.notes,
    }
    article.slug = make_slug(article.display_title)
    if outcome == UPDATED:
        article.statements.all().delete()
    article.save()
    statements = []
    for i, q in enumerate(ex.quotes):
        in_title = q.where == "title"
        start, end = tighten(article.title if in_title else article.body, q.start, q.end, q.text)
        statements.append(
            Statement(
                article=article,
                speaker=resolve_speaker(q.speaker, speakers) if q.speaker else None,
                speaker_label=q.speaker_label[:300],
                text=q.text,
                in_title=in_title,
                start=start,
                end=end,
                cue=q.cue[:100],
                attribution=describe(q.method, q.named_by)[:40],
                confidence=q.confidence if q.speaker else None,
                position=i,
            )
        )
    propagation.key_statements(statements)
    Statement.objects.bulk_create(statements)
    corrections.reapply(article, statements)  # a researcher's fixes outlive re-imports
    propagation.place_article(article, fresh=outcome == CREATED, sig=ex.signature)
    return outcome, article
