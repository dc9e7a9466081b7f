"""Who said each quote: verbs of speech, inverted incises, pronouns and roles resolved.

The article is read in order. Every verb of speech is an event with a subject phrase
("Lavrov a indiqué", "a-t-il ajouté", "said the spokesperson", "selon le Kremlin").
A quote takes the event that introduces it: the incise right after it, else the last
verb of speech before it in its sentence (a participle — "affirmant", "adding" — keeps
the subject of the verb before it; a headline "Lavrov : « … »" names its speaker before
the colon); a quote with no cue keeps the current speaker. Subjects resolve to entities:
names (linked to the full name the article or the registry gives), institutions, roles
("le ministre russe" → the last person with that role), pronouns (the last subject of a
verb of speech of that gender).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .document import Extraction, QuoteInfo
from .figures import find_figures
from .mentions import PRONOUNS, Article, fits
from .quotes import QuotedSpan
from .speech import speech_verbs
from .textshape import fold_keep
from .textshape import folded as fold

SENTENCE_END = re.compile(
    r"(?=[.!?…])(?<!\bM)(?<!\bMme)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?…]+(?=\s+[\"«“A-ZÀ-Ý_])"
)
INVERTING = re.compile(r"(?:comme|ainsi que|tel que|as)\s+(?:l'a|l'ont|l'avait|l'a\s+\w+)?\s*$")
AFTER_WORDS = {"selon", "d'apres", "according to", "pour qui"}
PARTICIPLE = re.compile(r"(?:ant|ing)$")
MAX_INCISE_GAP = 45
SENTENCE_CONTEXT = 600  # characters of a sentence read on each side of a verb of speech
# A verb of speech coordinated with an earlier one: "…, but added:", "and warned", "mais a ajouté".
COORDINATED = re.compile(
    r"(?:,|\b)\s*(?:but|and|yet|then|mais|et|puis)\s+(?:(?:also|later|then|again|has|had|"
    r"a|avait|aussi|encore|ensuite|egalement|il a|elle a)\s+)*$"
)  # characters between a closing mark and the verb of its incise


INNER_FR = re.compile(
    r",\s*(?:a|ont)-t?-?(?P<pro>il|elle|ils|elles)\s+(?P<verb>[a-zé]+)\s*,"
    r"|,\s*(?P<verb2>[a-zé]+)-t-(?P<pro2>il|elle)\s*,"
    r"|,\s*a\s+(?P<verb3>[a-zé]+)\s+(?P<np3>(?:M\.|Mme)?\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*,"
)
INNER_EN = re.compile(
    r",\s*(?P<pro>he|she|they)\s+(?P<verb>said|added|says|stressed|noted|insisted|warned)\s*,"
    r"|,\s*(?P<verb2>said|added|says)\s+(?P<np2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,"
)


def inner_incise(text: str, language: str) -> tuple[str, str] | None:
    """(subject, verb) of an incise inside a quote ("« …, a-t-il martelé, … »"), if any."""
    m = (INNER_EN if language == "en" else INNER_FR).search(text)
    if not m:
        return None
    groups = {k: v for k, v in m.groupdict().items() if v}
    subject = groups.get("pro") or groups.get("pro2") or groups.get("np2") or groups.get("np3")
    verb = groups.get("verb") or groups.get("verb2") or groups.get("verb3")
    if not speech_verbs(language).fullmatch(fold_keep(verb)):
        return None
    return subject, verb


@dataclass
class Event:
    """A verb of speech in a paragraph, with the phrase naming who speaks."""

    para: int
    at: int
    end: int
    verb: str
    subject: str
    sentence: int
    participle: bool


def mask_quotes(paragraphs: list[str], spans: list[QuotedSpan]) -> list[str]:
    """Return the paragraphs with quoted text replaced by underscores (same length)."""
    cuts: dict[int, list[tuple[int, int]]] = {}
    for s in spans:
        for p in range(max(0, s.first_para), s.last_para + 1):
            a = s.open_at + 1 if p == s.first_para else 0
            b = s.close_at if p == s.last_para else len(paragraphs[p])
            cuts.setdefault(p, []).append((a, b))
    masked = list(paragraphs)
    for p, ranges in cuts.items():  # one pass per paragraph: linear in its length
        text, pieces, pos = paragraphs[p], [], 0
        for a, b in sorted(ranges):
            a = max(a, pos)
            if b > a:
                pieces += [text[pos:a], "_" * (b - a)]
                pos = b
        masked[p] = "".join(pieces) + text[pos:]
    return masked


@lru_cache(maxsize=4096)
def sentence_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in SENTENCE_END.finditer(text)))


_FIRST_CLAUSE = re.compile(r"([^,]{1,40}),\s*")


def find_subjects(para: int, masked: str) -> list[Event]:
    """The phrase opening each sentence (its likely subject), as events without a verb."""
    out = []
    low = fold_keep(masked)  # folded one character per character: its slices fold the slices
    for sent, start in enumerate(sentence_starts(masked)):
        chunk = masked[start : start + 240]
        rest = chunk.lstrip()
        if not rest or rest[0] in '_«“"':
            continue
        at = start + len(chunk) - len(rest)
        phrase = leading_phrase(rest, low[at : start + 240])
        first = _FIRST_CLAUSE.match(rest)
        if first and len(first.group(1).split()) <= 4:
            phrase = (
                phrase
                + ", "
                + leading_phrase(rest[first.end() :], low[at + first.end() : start + 240])
            )
        out.append(Event(para, start, start, "", phrase, sent, False))
    return out


def find_events(para: int, text: str, masked: str, language: str) -> list[Event]:
    """Every verb of speech of a paragraph with its subject phrase."""
    low = fold_keep(masked)
    starts = sentence_starts(masked)
    events = []
    last_subject: dict[int, str] = {}  # sentence → subject of its last verb that has one
    for m in speech_verbs(language).finditer(low):
        sent = bisect_right(starts, m.start()) - 1
        # A verb's subject is read in its sentence, at most SENTENCE_CONTEXT characters
        # around it: a "sentence" of megabytes would otherwise be read once per verb.
        sent_start = max(starts[sent], m.start() - SENTENCE_CONTEXT)
        sent_end = starts[sent + 1] if sent + 1 < len(starts) else len(text)
        pre = masked[sent_start : m.start()]
        post = masked[m.end() : min(sent_end, m.end() + SENTENCE_CONTEXT)]
        subject = subject_phrase(pre, post, m.group(), low[sent_start : m.start()], language)
        if sent in last_subject and COORDINATED.search(low[sent_start : m.start()]):
            # "Peskov said … that Russia …, but added:" — the verbs share their subject.
            subject = last_subject[sent]
        participle = bool(PARTICIPLE.search(m.group())) and m.group() not in (
            "selon",
            "according to",
        )
        events.append(Event(para, m.start(), m.end(), m.group(), subject, sent, participle))
        if subject:
            last_subject[sent] = subject
    return events


_AUX_TAIL = re.compile(
    r"(?:\s+|^)(?:a|ont|avait|avaient|aurait|va|vont|a-t-(?:il|elle)|ont-(?:ils|elles)|"
    r"also|has|have|had|then|further|later|again|encore|egalement|aussi|ensuite|alors|enfin|"
    r"notamment|pourtant|toutefois|cependant|d'ailleurs|pour sa part|de son cote|s'est|se sont|"
    r"l'a|lui|leur|y|en|n'a|ne|pas|bien|deja|would|will|had|is|was|were|has)\s*$"
)
_PRONOUN_HYPHEN = re.compile(r"-t-(il|elle|ils|elles)\b|-(il|elle|ils|elles)\b")
_NP_STOP = re.compile(
    r"[,.;:!?()\[\]—–_]|\s(?:lors|au|aux|a|dans|en|devant|pendant|apres|avant|sur|pour|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|selon|qui|que|qu'|et|mais|"
    r"dont|on|at|in|during|after|before|to|for|who|when|while|that|and|adding|saying|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|late|earlier|"
    r"reporters|journalists|a|an)\b"
)


def leading_phrase(post: str, low: str | None = None) -> str:
    """The noun phrase that opens `post` (the subject of an inverted verb).

    `low` is `fold_keep(post[:240])` when the caller has it already."""
    post = post[:240]
    if low is None:
        low = fold_keep(post)
    m = _NP_STOP.search(low, 1)
    while (
        m
        and m.group() == "."
        and re.search(r"(?:\b(?:m|mr|mrs|ms|dr|st|jr)|\b[a-z])$", low[: m.start()])
    ):
        m = _NP_STOP.search(low, m.end())
    phrase = post[: m.start()] if m else post
    rest = post[len(phrase) :]
    # Apposition: "la porte-parole du ministère, Maria Zakharova, lors de…"
    app = re.match(
        r",\s*((?:[A-ZÀ-Ý][\w'’-]+\s?){1,4})(?=[,.;]|\s+(?:lors|au|a|à|in|at|on)\b|$)", rest
    )
    if app and phrase.strip():
        phrase = phrase + ", " + app.group(1).strip()
    return phrase.strip()


def subject_phrase(pre: str, post: str, verb: str, low_pre: str, language: str) -> str:
    """Return the phrase that names who speaks with this verb (may be a pronoun or empty)."""
    if verb in AFTER_WORDS:
        return leading_phrase(post.lstrip())
    if verb.startswith("pour "):  # "Pour lui, « … »"
        return verb.split()[1]
    hyphen = _PRONOUN_HYPHEN.match(post) or _PRONOUN_HYPHEN.search(pre[-8:])
    if hyphen:
        return hyphen.group(1) or hyphen.group(2)
    if INVERTING.search(low_pre):
        return leading_phrase(post.lstrip())
    tail = pre
    while True:
        cut = _AUX_TAIL.sub("", fold_keep(tail))
        if len(cut) == len(tail.rstrip()) or len(cut) == len(tail):
            break
        tail = tail[: len(cut)]
    tail = tail.rstrip()
    if not tail or "_" in tail[-60:]:
        # Inverted after a quote: "« … », a déclaré X" / "“…,” said X" / "“…,” X said".
        between = tail[tail.rfind("_") + 1 :] if "_" in tail else tail
        between = between.strip(' ,»”"“«‘’')
        if between and len(between.split()) <= 6:
            return between
        return leading_phrase(post.lstrip())
    # Preverbal subject: the last clause before the verb.
    clause = re.split(r"[;:(]\s*|\b(?:que|qu'|that)\s+", tail)[-1].strip(" ,")
    return clause


def attribute_speakers(result: Extraction, spans: list[QuotedSpan]) -> list[QuoteInfo]:
    """Return the quotes with their speakers (offsets into the body text; title quotes at -1)."""
    paragraphs = result.body
    body_text = result.body_text
    title = result.title or ""
    language = result.language
    masked = mask_quotes(paragraphs, [s for s in spans if s.first_para >= 0])
    article = Article(language, "\n".join(paragraphs))
    events: list[Event] = []
    for p, text in enumerate(paragraphs):
        events.extend(find_events(p, text, masked[p], language))
    offsets, pos = [], 0
    for text in paragraphs:
        offsets.append(pos)
        pos += len(text) + 2
    quotes: list[QuoteInfo] = []
    current = None
    title_spans = [s for s in spans if s.first_para < 0]
    if title:
        article.read_mentions(-1, title, find_figures(title))
    for span in title_spans:
        speaker, label, reason = _title_speaker(article, title, span)
        quotes.append(_quote(span, speaker, label, "", reason, title=True))
    body_spans = [s for s in spans if s.first_para >= 0]
    subjects = [e for p, text in enumerate(masked) for e in find_subjects(p, text)]
    items = [(e.para, e.at, 0, e) for e in events + subjects]
    items += [(s.last_para, s.close_at, 1, s) for s in body_spans]
    items.sort(key=lambda item: (item[0], item[1], item[2]))
    read_paras = 0  # paragraphs 0 … read_paras - 1 have had their mentions read
    earlier = 0  # events[:earlier] stand before the quotes seen so far (events are in order)
    by_para: dict[int, list[Event]] = {}
    finite_before: dict[int, list[Event]] = {}  # id(event) → [last finite verb of its sentence]
    last_finite: Event | None = None
    for e in events:
        by_para.setdefault(e.para, []).append(e)
        same = last_finite and (last_finite.para, last_finite.sentence) == (e.para, e.sentence)
        finite_before[id(e)] = [last_finite] if same else []
        if not e.participle:
            last_finite = e
    resolved: dict[int, tuple] = {}
    last_para_of_current = -10
    for p, _, kind, obj in items:
        while read_paras <= p:
            article.read_mentions(read_paras, masked[read_paras], find_figures(masked[read_paras]))
            read_paras += 1
        if kind == 0:
            if not obj.verb and id(obj) not in resolved:
                resolved[id(obj)] = (article.note_subject(obj), "")
            continue
        span = obj
        event = _event_for(span, by_para, finite_before, masked)
        while earlier < len(events) and (events[earlier].para, events[earlier].at) < (
            span.last_para,
            span.close_at,
        ):
            e = events[earlier]
            if id(e) not in resolved:
                resolved[id(e)] = article.resolve_event(e, finite_before[id(e)])
            earlier += 1
        if event is not None:
            if id(event) not in resolved:
                resolved[id(event)] = article.resolve_event(event, finite_before[id(event)])
            entity, reason = resolved[id(event)]
            label, cue = event.subject, event.verb
        elif inner := inner_incise(span.raw or span.text, language):
            entity = article.resolve_phrase(inner[0], (span.first_para, span.open_at))
            label, cue = inner
            reason = f"incise inside the quote: {label!r} is the subject of {cue!r}"
        elif current is not None and span.first_para - last_para_of_current <= 2:
            entity, reason, label, cue = current, "no cue: the current speaker goes on", "", ""
        else:
            entity, reason, label, cue = article.last_speaker(span.first_para), "no cue", "", ""
            reason += ": the last subject of a verb of speech" if entity else ""
        if entity is None and fold(label) in PRONOUNS and current is not None:
            if fits(current, PRONOUNS[fold(label)], language == "en"):
                entity, reason = (
                    current,
                    f"{label!r}: the current speaker (no earlier subject fits)",
                )
        if entity is not None:
            current, last_para_of_current = entity, span.last_para
        info = _quote(span, entity, label, cue, reason)
        info.start += offsets[span.first_para]
        info.end += offsets[span.last_para]
        _tighten(info, body_text)
        quotes.append(info)
    return quotes


def _tighten(info: QuoteInfo, body_text: str) -> None:
    """Move the offsets in past the spaces and trailing commas the quote text leaves out."""
    while info.start < info.end and body_text[info.start] in " \u00a0\u202f\n":
        info.start += 1
    while info.end > info.start and body_text[info.end - 1] in " \u00a0\u202f\n,;":
        info.end -= 1


def _quote(span, entity, label, cue, reason, title=False) -> QuoteInfo:
    return QuoteInfo(
        text=span.text,
        start=span.open_at + 1,
        end=span.close_at,
        speaker=entity.info() if entity else None,
        speaker_label=label,
        cue=cue,
        reason=reason,
        where="title" if title else "body",
    )


# Words that open a new clause between a quote and a later verb: no incise ("… » but would
# respond to what he described as …").
_NEW_CLAUSE = re.compile(
    r"\b(?:but|or|while|whereas|because|what|which|who|whom|mais|ou|car|tandis|puisque|qui|"
    r"que|qu'|dont)\b|^\s*(?:and|et)\s+(?!(?:a|ont|has|have|had)\b)[a-z]+\s+[a-z]"
)


def _event_for(
    span: QuotedSpan, by_para: dict[int, list[Event]], finite_before: dict, masked
) -> Event | None:
    """The verb of speech that introduces a quote: its incise, else the verb before it.

    `by_para` holds each paragraph's events in order, `finite_before` the last finite verb
    before each event in its sentence: a quote costs a look-up, whatever the article's size.
    """
    text = masked[span.last_para]
    events = by_para.get(span.last_para, [])
    k = bisect_right(events, span.close_at, key=lambda e: e.at)
    if k < len(events):
        e = events[k]
        gap = text[span.close_at + 1 : e.at]
        if (
            e.at - span.close_at <= MAX_INCISE_GAP
            and not re.search(r"[.!?]\s|«|“|_", gap)
            and not _NEW_CLAUSE.search(fold_keep(gap))
        ):
            return e
    starts = sentence_starts(masked[span.first_para])
    sent = bisect_right(starts, span.open_at) - 1
    events = by_para.get(span.first_para, [])
    k = bisect_left(events, span.open_at, key=lambda e: e.at)
    if k == 0 or events[k - 1].sentence != sent:
        return None
    e = events[k - 1]  # the last verb before the quote in its sentence
    if e.participle and finite_before[id(e)]:
        return finite_before[id(e)][0]  # "X a déclaré … en ajoutant : « … »"
    return e


def _title_speaker(article: Article, title: str, span: QuotedSpan):
    """A headline quote's speaker: "Lavrov : « … »", or a verb of speech in the headline."""
    pre = title[: span.open_at].strip()
    m = re.match(r"^(.{2,60}?)\s*:\s*$", pre) or re.match(
        r"^(?:pour|selon|d'après|d’après|for|according to)\s+(.{2,60}?)\s*,\s*$", pre, re.I
    )
    if m:
        entity = article.resolve_phrase(m.group(1), (-1, 0))
        if entity:
            return entity, m.group(1), f"headline names {m.group(1)!r} before the colon"
    low = fold(title)
    for e in find_events(-1, title, title, article.language):
        entity, reason = article.resolve_event(e, [])
        if entity:
            return entity, e.subject, reason
    del low
    return None, "", "headline quote without a speaker"
