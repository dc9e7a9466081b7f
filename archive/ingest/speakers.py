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
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from . import attribution as how
from .document import Extraction, QuoteInfo
from .figures import INSTITUTION_HEADS, ROLE_HEADS, find_figures, role_tokens
from .mentions import OPENING_CIRCUMSTANCE, PRONOUNS, Article, fits
from .names import speaker_shaped
from .quotes import QuotedSpan, single_pairs, speaker_colon
from .speech import NARRATIVE, speech_verbs, word_lists
from .textshape import fold_keep, n_words, words
from .textshape import folded as fold
from .turns import asked_about, first_person, read_turns, turn_speaker

SENTENCE_END = re.compile(
    r"(?=[.!?…])(?<!\bM)(?<!\bMme)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?…]+(?=\s+[\"«“A-ZÀ-Ý_])"
)
INVERTING = re.compile(r"\b(?:comme|ainsi que|tel que|as)\s+(?:l'a|l'ont|l'avait|l'a\s+\w+)?\s*$")
AFTER_WORDS = {"selon", "d'apres", "a en croire", "according to", "pour qui"}
ACCORDING = AFTER_WORDS | {"pour", "pour lui", "pour elle", "pour eux", "pour elles"}
PARTICIPLE = re.compile(r"(?:ant|ing)$")
MAX_INCISE_GAP = 45
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
    rest: str = ""  # for a sentence subject: the rest of its sentence
    relative: bool = False  # its subject is a relative pronoun's antecedent (« X, qui a dit »)


# A short aside in brackets after a name (« Ingrid Vaszary (Renew Europe) »), blanked so that
# the subject reads on across it; an acronym alone ("Department of Foreign Affairs (DFA)
# Secretary") stays: it names the body, and a later "the DFA chief" refers to it.
_BRACKETED = re.compile(
    r"""(?<=[\w.])\s\(
        (?![A-ZÀ-Ý](?:[A-ZÀ-Ý0-9.&-]{1,11}|[a-zà-ÿ]{2,9})\))  # not an acronym alone
        [^()«»“”\"]{1,40}\)(?=[\s,])""",
    re.VERBOSE,
)


# A dateline opening a paragraph: a place in capitals, a date, maybe an agency, then a dash
# ("BANDAR SERI BEGAWAN, Aug 6 (Bernama) --", "Tunis, 18 jan (TAP) -"). The place is no one.
_DATELINE = re.compile(
    r"""^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’\ -]+,\s*[^,.;:]{0,20}?\d[^—–]{0,30}?         # "ROME, 3 mars …"
           |[A-ZÀ-Ý][\w.'’\ -]{1,30}?,\s*[^,.;:()]{0,20}?\d[^,.;:()]{0,10}?
            \s*\([A-Z][\w\ .-]{1,20}\)\s*)                              # "Tunis, 18 jan (TAP)"
        (?:—|–|-{1,2})\s""",
    re.VERBOSE,
)


def mask_quotes(paragraphs: list[str], spans: list[QuotedSpan]) -> list[str]:
    """Return the paragraphs with quoted text replaced by underscores (same length), doubled
    single marks (''…'') read as the double marks the spans were found with."""
    masked = [_BRACKETED.sub(lambda m: " " * len(m.group()), single_pairs(p)) for p in paragraphs]
    masked = [_DATELINE.sub(lambda m: " " * len(m.group()), p) for p in masked]
    for s in spans:
        for p in range(s.first_para, s.last_para + 1):
            if p < 0:
                continue
            a = s.open_at + 1 if p == s.first_para else 0
            b = s.close_at if p == s.last_para else len(masked[p])
            masked[p] = masked[p][:a] + "_" * (b - a) + masked[p][b:]
    return masked


@lru_cache(maxsize=4096)
def sentence_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in SENTENCE_END.finditer(text)))


_FIRST_CLAUSE = re.compile(r"([^,]{1,40}),\s*")


def find_subjects(para: int, masked: str) -> list[Event]:
    """The phrase opening each sentence (its likely subject), as events without a verb."""
    out = []
    low = fold_keep(masked)  # folded one character per character: its slices fold the slices
    starts = sentence_starts(masked)
    for sent, start in enumerate(starts):
        chunk = masked[start : start + 240]
        rest = chunk.lstrip()
        if not rest or rest[0] in '_«“"':
            continue
        at = start + len(chunk) - len(rest)
        phrase = leading_phrase(rest, low[at : start + 240])
        # Short clauses before the subject (« Lundi 13 mars, à Banjul, la ministre … »).
        skipped = 0
        for _ in range(3):
            first = _FIRST_CLAUSE.match(rest[skipped:])
            if not first or len(first.group(1).split()) > 4:
                break
            skipped += first.end()
            phrase += ", " + leading_phrase(rest[skipped:], low[at + skipped : start + 240])
        end = starts[sent + 1] if sent + 1 < len(starts) else len(masked)
        out.append(Event(para, start, start, "", phrase, sent, False, masked[at:end]))
    return out


# Between a verb of speech and a later verb: « que » and a subject, no auxiliary before the
# later verb (a conjugated verb of the reported clause, « soutenait », "backed").
_QUE_CLAUSE = re.compile(
    r"""^\s*(?:que\b|qu'|that\b)           # the reported clause opens
        [^.;:!?«»“”"]{1,80}$                 # its subject, no sentence or quote boundary
    """,
    re.VERBOSE,
)
_AUXILIARY_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aurait|has|have|had|was|were)\s+$")


def _inside_reported_clause(events: list, sent: int, low: str, at: int) -> bool:
    """True when the verb at `at` belongs to the clause reported by an earlier verb of
    speech of its sentence: the quote it governs is the earlier speaker's words."""
    same = [e for e in events if e.sentence == sent and e.subject]
    if not same:
        return False
    between = low[same[-1].end : at]
    return bool(_QUE_CLAUSE.match(between)) and not _AUXILIARY_BEFORE.search(between)


# « Au ministère X, on se dit … », « À l'Élysée, on assure … »: the « on » of an institution.
_ON_AT = re.compile(
    r"""^(?:a|au|aux|chez)\s+(?:l'|la\s+|le\s+|les\s+)?
        (?P<body>[^,]{3,90}),\s*on(?:\s+(?:se|s'|nous|y|en))?\s*$""",
    re.VERBOSE,
)


def _institution_of_on(subject: str) -> str:
    """The institution a generic « on » stands for when the sentence opens on where it
    speaks from (a ministry, a presidency); else `subject` unchanged."""
    m = _ON_AT.match(fold_keep(subject))
    if m and INSTITUTION_HEADS.match(m["body"]):
        return subject[m.start("body") : m.end("body")]
    return subject


def find_events(para: int, text: str, masked: str, language: str) -> list[Event]:
    """Every verb of speech of a paragraph with its subject phrase."""
    low = fold_keep(masked)
    starts = sentence_starts(masked)
    events = []
    for m in speech_verbs(language).finditer(low):
        sent = bisect_right(starts, m.start()) - 1
        sent_start = starts[sent]
        if m.group() == "pour" and low[sent_start : m.start()].strip(' «“"-–—'):
            continue  # "pour" names who speaks only when it opens the sentence
        if language == "en" and m.group().endswith("s") and events:
            last = events[-1]
            if last.sentence == sent and 0 < m.start() - last.end <= 20:
                continue  # "He labeled Western claims …": a noun after the verb
        if para >= 0 and masked[m.start()].isupper() and masked[sent_start : m.start()].strip():
            continue  # "the United States", "Says Who": a capitalised word mid-sentence
        if _inside_reported_clause(events, sent, low, m.start()):
            continue  # « X a assuré que Paris soutenait « pleinement » … »: X's words
        sent_end = starts[sent + 1] if sent + 1 < len(starts) else len(text)
        pre = masked[sent_start : m.start()]
        post = masked[m.end() : sent_end]
        agent = _AGENT.match(fold_keep(post[:400]))
        if agent:
            subject = leading_phrase(post[agent.end() :])
        elif not_a_verb(low[sent_start : m.start()], low[m.end() : m.end() + 12], language):
            continue
        else:
            subject = subject_phrase(pre, post, m.group(), low[sent_start : m.start()], language)
        subject = _institution_of_on(subject)
        if m.group() in _DENYING and _DENIED_WORDS.search(fold_keep(subject)):
            continue  # "“…”, a charge the Tánaiste rejected": the words are not his
        same = [e for e in events if e.sentence == sent and e.subject]
        if same and COORDINATED.search(low[sent_start : m.start()]):
            # "Peskov said … that Russia …, but added:" — the verbs share their subject.
            subject = same[-1].subject
        participle = not agent and (
            bool(PARTICIPLE.search(m.group()))
            and m.group() not in ("selon", "according to")
            or language != "en"
            and bool(_PAST_PARTICIPLE_AFTER_COMMA.search(low[sent_start : m.end()]))
            and "é" in masked[m.end() - 3 : m.end()]  # « qualifiée », not « affirme »
        )
        relative = bool(_RELATIVE_END.search(low[sent_start : m.start()]))
        events.append(
            Event(para, m.start(), m.end(), m.group(), subject, sent, participle, "", relative)
        )
    return events


# A verb of speech right after a relative pronoun: « …, qui avait qualifié … », ", who said".
_RELATIVE_END = re.compile(r",?\s+(?:qui|who)(?:\s+(?:avait|a|had|has|have|avaient|ont))?\s*$")


# The word before a verb of speech that makes it a noun ("the claims", « l'annonce d'une … »,
# « les relevés »), a passive ("were being questioned", « a été annoncé »), or a question put
# to the speaker ("Asked about …", « Interrogée sur … »).
_NOUN_BEFORE = {
    "en": re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|this)\s+$"),
    # not le/la/les/l': « comme le souligne X », « comme l'indique X » are verbs
    "fr": re.compile(
        r"""(?:\b(?:un|une|des|du|ses|son|sa|ces|cet|cette|ce|nos|notre|vos|votre)\s+
          | \b(?:apres|avant|depuis|de|dans|par|pour|sur|avec|sans|et|a|en|lors\ de)\s+l'
          | (?<!comme\ )(?<!\bque\ )(?<!\bqu'\ )\bles\s+)$""",
        re.VERBOSE,
    ),
}
_PASSIVE_BEFORE = re.compile(r"\b(?:being|been|be|is|are|was|were|ete|etre|sont|(?<!s')est)\s+$")
_QUESTION_AFTER = re.compile(r"^\s+(?:about|on|whether|if|sur|a propos|au sujet)\b")
# « …, qualifiée de « brutale » »: a past participle after a comma, no auxiliary.
_PAST_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*[a-z]+(?:e|ee|es|ees|i|ie|is|u|ue|us)$")


# The agent of a passive verb of speech, after the quote: « une décision qualifiée de
# « brutale » par le ministre X », "a move described as “reckless” by X".
_AGENT = re.compile(
    r"""^\s*(?:de|d'|comme|as)?\s*[«“"‘']\s*_*\s*[»”"’']?\s*(?:par|by)\s+""", re.VERBOSE
)


def not_a_verb(pre: str, post: str, language: str) -> bool:
    """True when a word of the verb list is a noun, a passive, or the question put to the
    speaker (folded text before and after it)."""
    if _NOUN_BEFORE["en" if language == "en" else "fr"].search(pre) or _PASSIVE_BEFORE.search(pre):
        return True
    return not pre.strip(' «“"') and bool(_QUESTION_AFTER.match(post))


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


_ROLE_COMPLEMENT = re.compile(
    r"\s+(?:à|a|au|aux|de|du|des|d'|d’|of|for|en|in|et|and)\s+[^,.;:!?«»“”\"_]{1,50}"
    r"(?=,\s*[A-ZÀ-Ý])"
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
    complement = _ROLE_COMPLEMENT.match(rest)
    if complement and phrase.strip():
        # "la commissaire à l'Élargissement, Ingrid Solvang": the role's complement, then
        # the name in apposition.
        phrase, rest = phrase + complement.group(), rest[complement.end() :]
    # Apposition: "la porte-parole du ministère, Maria Zakharova, lors de…", « …, le
    # colonel Jean Ntwari ».
    app = re.match(
        r""",\s*(
            (?:(?:le|la|the)\s+[a-zà-ÿ-]+\s+)?              # « le colonel »
            [A-ZÀ-Ý][\w'’-]+                               # the name, with its particles
            (?:\s+(?:(?:de|da|du|del|van|von|der|bin|ben|ibn)\s+|(?:al|el)-)?[A-ZÀ-Ý][\w'’-]+){0,4}
        )\s?(?=[,.;]|\s+(?:lors|au|a|à|in|at|on)\b|$)""",
        rest,
        re.VERBOSE,
    )
    if app and phrase.strip():
        lead = app.group(1).split()[1] if app.group(1)[:1].islower() else ""
        if not lead or ROLE_HEADS.fullmatch(fold_keep(lead)):
            phrase = phrase + ", " + app.group(1).strip()
    return phrase.strip()


# Complements between an inverted verb and its subject, each closed by a comma: « a indiqué
# aux journalistes, lundi à Quito, le porte-parole, Marco Vélez », "said on Monday, in Lima,".
_COMPLEMENT = re.compile(
    r"""\s*(?:
        (?:a|au|aux|devant|lors|dans|en|depuis|par|sur|pendant|apres|avant|dimanche|lundi|
           mardi|mercredi|jeudi|vendredi|samedi|hier|aujourd'hui|ce|cette|sous|
           with|avec|c'est\ en\ ces\ termes|
           to|at|in|on|during|after|before|from|via|late|earlier|yesterday|today|this|
           monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,.;:!?_]{0,60}
    ),\s*""",
    re.VERBOSE,
)


# A capitalised word after a time word with no preposition before it: a name.
_NAME_IN_COMPLEMENT = re.compile(
    r"""^\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|monday|
        tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)
        \s+(?:(?:soir|matin|midi|night|morning|evening)\s+)?[A-ZÀ-Ý]""",
    re.VERBOSE,
)
# A full name inside what looks like a complement, not right after a preposition: the
# subject starts there.
_NAME_AFTER_COMPLEMENT = re.compile(
    r"""(?P<before>[\w'’]+)\s(?P<name>[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)""", re.VERBOSE
)
_PREPOSITIONS = {"à", "a", "au", "aux", "en", "de", "du", "des", "sur", "dans", "par", "pour"}
_PREPOSITIONS |= {"in", "at", "on", "to", "from", "of", "with", "avec", "chez", "l'", "d'"}
# A complement with no comma before the subject: « confie à notre journal un responsable ».
_BARE_COMPLEMENT = re.compile(
    r"""\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+
           (?:(?:soir|matin|midi)\s+)?)?         # « a confié mardi à Radio X un diplomate »
        (?:a|au|aux|to)\s+(?:[^\s,.;:!?_]+\s+){1,3}?
        (?=(?:un|une|le|la|les|l'|m\.|mme|the|a|an)\s)""",
    re.VERBOSE,
)


# An outlet told the words, before an unnamed role: "told the Morning Ledger a senior
# official" (the outlet, in or out of the registry, is never the speaker; "said Lavrov a day
# after" keeps Lavrov).
_TOLD_OUTLET = re.compile(
    r"""(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}
        (?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today))?\s+   # "… on Tuesday"
        (?=(?:a|an|one)\s+[a-zA-Z])""",
    re.VERBOSE,
)


# Adverbials that open a clause or follow an inverted verb: « pour sa part », "for its part".
_ADVERBIAL = re.compile(
    r"""\s*(?:de\ son\ cote|de\ leur\ cote|pour\ sa\ part|pour\ leur\ part|toutefois|
        cote\ [\w-]+(?=\s*,)|du\ cote\ (?:de\ |du\ |des\ |d')[\w-]+(?=\s*,)|
        cependant|pourtant|egalement|aussi|encore|for\ (?:its|his|her|their)\ part|also|
        however)\b\s*,?\s*""",
    re.VERBOSE,
)


def skip_complements(post: str) -> str:
    """`post` without the complements that come before an inverted subject."""
    post = post.lstrip(" ,")
    adverbial = _ADVERBIAL.match(fold_keep(post[:40]))
    post = post[adverbial.end() :] if adverbial else post
    told = _TOLD_OUTLET.match(post[:120])
    if told and ROLE_HEADS.search(fold_keep(" ".join(post[told.end() :].split()[:5]))):
        post = post[told.end() :]  # "told the Morning Ledger a senior official"
    for _ in range(4):
        low = fold_keep(post[:80])
        m = _COMPLEMENT.match(low)
        bare = _BARE_COMPLEMENT.match(low)
        if bare and (not m or bare.end() < m.end()):
            return post[bare.end() :]  # « a affirmé à l'AFP un conseiller …, sous couvert »
        if not m or _NAME_IN_COMPLEMENT.search(post[: m.end()]):
            break  # « jeudi Bogumiła Krzemińska, porte-parole » : the subject, not a complement
        for name in _NAME_AFTER_COMPLEMENT.finditer(post[: m.end()]):
            before = name.group("before").lower()
            if before not in _PREPOSITIONS and not before.endswith(("'", "’")):
                return post[name.start("name") :]  # « samedi sur franceinfo Christophe Lemoine »
        post = post[m.end() :]
    return post


_CLAUSE_SPLIT = re.compile(
    r"""[;:(]\s*|\b(?:que|qu'|that|while|whereas|tandis\ que|alors\ que|what|ce\ qu'|
        ce\ que|which(?=\s+(?:he|she|they|we|i)\b))\s+""",
    re.VERBOSE | re.IGNORECASE,
)  # "…, which he called “…”": he
# Time complements closing a preverbal subject ("Foreign ministers … on Tuesday urged").
_TRAILING_TIME = re.compile(
    r"""\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|
        yesterday|today|tonight|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)
        (?:\s+(?:soir|matin|night|morning|evening))?$""",
    re.VERBOSE | re.IGNORECASE,
)
_AS_OPENING = re.compile(r"^(?:as|comme)\s+", re.IGNORECASE)
# The antecedent of a relative pronoun subject: "…of his counterpart, who had called".
_RELATIVE = re.compile(
    r"""(?P<np>\b(?!a\s+[\w-]*[éiu]\b)                 # « a réagi »: a verb, not "a"
        (?:(?:son|sa|ses|le|la|les|un|une|his|her|its|their|the|a|an)\s+|l')
        [^,;:]{2,60}?)
        ,?\s+(?:qui|who)(?:\s+(?:avait|a|had|has|have|avaient|ont))?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# A finite verb in English or French: where a subject noun phrase ends.
_FINITE = re.compile(r"\s(?:[a-z]+ed|a|ont|avait|has|had|is|was)\b")
# "With those words, X announced", « Lundi, le ministre a déclaré »: a clause's opening
# complement, up to its comma.
_OPENING_PHRASE = re.compile(
    r"""(?:with|avec|c'est\ en\ ces\ termes|lundi|mardi|mercredi|jeudi|vendredi|samedi|
        dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)
        \b[^,.;:!?_]{0,50},""",
    re.VERBOSE,
)
_FULL_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+")
_DETERMINER_START = re.compile(
    r"(?:le|la|les|l'|un|une|des|son|sa|ses|leur|ce|cette|the|a|an|his|her|its|their)\b"
)
_CONJUNCTION = {"et", "and", "mais", "but", "puis", "then", "ou", "or"}
_OBJECT_PRONOUN = re.compile(r"\s*(lui|elle|eux|elles|him|her|them)\b")
# "Ambassador X thanked the Minister and said …": the subject opens the clause.
_COORDINATION = re.compile(r"\s(?:and|et)$")


_NOT_A_SUBJECT = re.compile(
    r"""(?:at|in|on|to|a|au|aux|lors|dans|en|during|after|before|from|devant|depuis|
        pendant|sur|pour|par|for|with|avec|de|du|des|d'|of|asked|interroge|interrogee|
        reporters|journalists|journalistes|parliament|mps|lawmakers|deputes|senators|
        senateurs)\b""",
    re.VERBOSE,
)


def _not_a_subject(phrase: str, language: str) -> bool:
    """A phrase that opens on a preposition or a question: no speaker. In English "A" is
    the article ("A senior official shrugged: …"), not the French « à » unaccented."""
    m = _NOT_A_SUBJECT.match(fold_keep(phrase))
    if m and m.group() == "a" and language == "en" and phrase.lstrip()[:1] in "Aa":
        return False
    return bool(m)


# A clause that ends on a comma right before a verb of speech: a finite verb in it, no
# relative pronoun (« X, qui a rencontré Y, a salué … » keeps X), no quote.
_REPORTED_CLAUSE = re.compile(
    r"""^(?!.*\b(?:qui|dont|lequel|laquelle)\b)(?!.*_)
        .*\b(?:va|vont|est|sont|a|ont|avait|avaient|doit|doivent|peut|peuvent|veut|veulent|
           sera|seront|serait|fait|font|[a-z]{3,}(?:era|eront|erait|ait|aient))\b
        .*,$""",
    re.VERBOSE,
)


# A verb with a reported clause after it whose subject opens on a determiner.
# (Not a possessive: in "X said his government had called …" X speaks for it.)
_REPORTING = re.compile(r"\b([a-z]+)\s+(?=(?:the|a|an)\s)")
# An acronym, also written as a word (« (Cédéao) »), or a place in brackets.
_BRACKETED_NAME = re.compile(r"\s*\([A-ZÀ-Ý](?:[A-ZÀ-Ý0-9.&\-]{1,11}|[a-zà-ÿ]{2,9})\)")
_APPOSED_CLAUSE = re.compile(
    r""",\s+(?:speaking|who|qui|s'exprimant|parlant|intervenant|accompanied|
        accompagnee?|flanked|entoure|entouree)\b[^,;:«»“”"_]*,\s*$""",
    re.VERBOSE,
)


_DENIED_WORDS = re.compile(
    r"\b(?:a|an|the)\s+(?:charge|claim|accusation|allegation|suggestion|assertion)s?\b"
)
_INFINITIVE_TO = re.compile(r"\s(?:\w+\s+)?to\s*$")
_QUOTED_AS = re.compile(r"\s(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s*$")


def _subject_after(post: str) -> str:
    """The subject that follows an inverted verb, past its complements; "" when what follows
    is only a complement ("said at a briefing")."""
    phrase = leading_phrase(skip_complements(post))
    if not phrase or _NOT_A_SUBJECT.match(fold_keep(phrase)):
        return ""
    return phrase


def subject_phrase(pre: str, post: str, verb: str, low_pre: str, language: str) -> str:
    """Return the phrase that names who speaks with this verb (may be a pronoun or empty)."""
    if language == "en" and _INFINITIVE_TO.search(low_pre) and "_" not in pre:
        # "Wisma Putra has summoned the envoy to convey …": who acts, before its finite verb
        clause = _CLAUSE_SPLIT.split(pre)[-1].strip(" ,")
        finite = _FINITE.search(fold_keep(clause), 1)
        if finite:
            return clause[: finite.start()].strip(" ,")
    quoted = _QUOTED_AS.search(low_pre)
    if quoted:  # "“…,” Tanabe was quoted as telling Marsh": Tanabe, not Marsh
        return subject_phrase(
            pre[: quoted.start()], "", "said", low_pre[: quoted.start()], language
        )
    if verb in AFTER_WORDS:
        pronoun = _OBJECT_PRONOUN.match(fold_keep(post[:12]))
        if pronoun:  # « menée selon lui par des médias étrangers »
            return post[pronoun.start(1) : pronoun.end(1)]
        return leading_phrase(post.lstrip())
    if verb.startswith("pour "):  # "Pour lui, « … »"
        return verb.split()[1]
    if verb == "pour":  # « Pour la ministre X, … « … » »
        return leading_phrase(post.lstrip())
    hyphen = _PRONOUN_HYPHEN.match(post) or _PRONOUN_HYPHEN.search(pre[-8:])
    if hyphen:
        return hyphen.group(1) or hyphen.group(2)
    if INVERTING.search(low_pre):
        return leading_phrase(skip_complements(post))
    tail = pre
    while True:
        cut = _AUX_TAIL.sub("", fold_keep(tail))
        if len(cut) == len(tail.rstrip()) or len(cut) == len(tail):
            break
        tail = tail[: len(cut)]
    tail = tail.rstrip()
    if language == "fr" and _REPORTED_CLAUSE.search(fold_keep(tail)):
        # « Le gouvernement va doubler son aide, a annoncé mardi le ministre X »: after a
        # whole clause and its comma the verb is an incise; its subject follows it.
        after = _subject_after(post)
        if after and (_FULL_NAME.search(after) or ROLE_HEADS.search(fold_keep(after))):
            return after
    if not tail or "_" in tail[-60:]:
        # Inverted after a quote: "« … », a déclaré X" / "“…,” said X" / "“…,” X said".
        between = tail[tail.rfind("_") + 1 :] if "_" in tail else tail
        between = _CLAUSE_SPLIT.split(between)[-1]  # "», rappelant que le Roi"
        # « … » de cette déclaration, a réagi X: what stands between is no subject
        bare = between.strip(' ,;»”"“«‘’—–')
        if fold_keep(bare) in _CONJUNCTION:  # « ‘’salue …’’ et indique »
            return leading_phrase(skip_complements(pre[: pre.find("_")].rstrip(" ‘’“«\"'")))
        inverted = (
            between.rstrip().endswith((",", "—", "–"))
            and not _FULL_NAME.search(bare)
            and (
                bool(_NOT_A_SUBJECT.match(fold_keep(bare)))
                or bare[:1].islower()
                and not _DETERMINER_START.match(fold_keep(bare))
            )
        )  # « … » de cette déclaration, a réagi X / un « … » émis par Bangui, a fait savoir X
        between = between.strip(' ,;»”"“«‘’—–')
        # "X, head of Y's Boundary Commission, said", "a spokesman for the … ministry said"
        limit = 14 if "," in between or ROLE_HEADS.search(fold_keep(between)) else 6
        if between and len(between.split()) <= limit and not inverted:
            return between
        after = _subject_after(post)
        if after or not between:
            return after or leading_phrase(skip_complements(post))
        tail = between  # '"…," while in Pristina a spokeswoman, Arta Berisha, said'
    # Preverbal subject: the last clause before the verb, without a bracketed short name
    # ("la Communauté des Caraïbes (CARICOM) a appelé") or a clause set in commas after
    # the subject ("The representative of X, speaking also for Y and Z, called for").
    tail = _BRACKETED_NAME.sub("", tail)
    tail = _APPOSED_CLAUSE.sub("", tail)
    clause = _CLAUSE_SPLIT.split(tail)[-1].strip(" ,")
    if language == "en":
        # "He said the Myanmar delegation had called …": a reported clause without "that";
        # its own subject follows the outer verb.
        for said in reversed(list(_REPORTING.finditer(fold_keep(clause)))):
            if speech_verbs("en").fullmatch(said.group(1)):
                clause = clause[said.end() :]
                break
    if "_" in clause:  # '"…" With those words, X announced': what follows the quote
        clause = clause[clause.rfind("_") + 1 :].strip(' ,»”"’')
    opening = _ADVERBIAL.match(fold_keep(clause[:40])) or _OPENING_PHRASE.match(fold_keep(clause))
    if opening and "," in clause[: opening.end() + 1]:
        clause = clause[opening.end() :].lstrip(" ,")  # « De son côté, la diplomatie … »
    if fold_keep(clause.strip(' ,»”"’_')) in _CONJUNCTION:
        # « le ministère ‘’salue …’’ et indique »: the subject that opens the sentence
        return leading_phrase(skip_complements(pre))
    clause = _AS_OPENING.sub("", _TRAILING_TIME.sub("", clause))  # "As a colleague put it"
    relative = _RELATIVE.search(clause)
    if relative:  # « son homologue espagnol, qui avait qualifié … »: the antecedent
        return relative.group("np")
    if _COORDINATION.search(fold_keep(clause)):
        # "X thanked the Minister and said": the subject opens the clause, before its verb
        first = leading_phrase(clause)
        verb = _FINITE.search(fold_keep(first), 1)
        return first[: verb.start()].strip() if verb else first
    return clause


def attribute_speakers(result: Extraction, spans: list[QuotedSpan]) -> list[QuoteInfo]:
    """Return the quotes with their speakers (offsets into the body text; title quotes at -1)."""
    paragraphs = result.body
    body_text = result.body_text
    title = result.title or ""
    language = result.language
    masked = mask_quotes(paragraphs, [s for s in spans if s.first_para >= 0])
    article = Article(language, "\n".join(paragraphs))
    turns = read_turns(paragraphs, result.title or "")
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
    for line in result.removed if turns else ():
        if line.signal == "byline":
            # A transcript's "Matthew Crane, Department Spokesperson" above the turns names
            # the "MR CRANE:" who answers.
            article.read_mentions(-1, line.text, find_figures(line.text))
    body_spans = [s for s in spans if s.first_para >= 0]
    subjects = [e for p, text in enumerate(masked) for e in find_subjects(p, text)]
    items = [(e.para, e.at, 0, e) for e in events + subjects]
    items += [(s.last_para, s.close_at, 1, s) for s in body_spans]
    items.sort(key=lambda item: (item[0], item[1], item[2]))
    done_paras: set[int] = set()
    resolved: dict[int, tuple] = {}
    last_para_of_current = -10
    quotes_before = 0  # body quotes already attributed
    for p, _, kind, obj in items:
        for q in range(p + 1):
            if q not in done_paras:
                article.read_mentions(q, masked[q], find_figures(masked[q]))
                done_paras.add(q)
        if kind == 0:
            if not obj.verb and id(obj) not in resolved:
                resolved[id(obj)] = (article.note_subject(obj), "")
            continue
        span = obj
        event = _event_for(span, events, paragraphs, masked, language)
        narrative = language == "fr" and _narrative_infinitive(span, masked)
        if (
            narrative
            and event is not None
            and (event.para, event.at) < (span.first_para, span.open_at)
        ):
            event = None  # « Et d'ajouter : »: the infinitive has no subject of its own
        for e in events:
            if (e.para, e.at) < (span.last_para, span.close_at) and id(e) not in resolved:
                resolved[id(e)] = article.resolve_event(e, events)
        entity, method, label, cue, reason = None, how.NONE, "", "", "no cue"
        settled = False  # a transcript's question settled who "he" is (maybe nobody)
        if event is not None:
            if id(event) not in resolved:
                resolved[id(event)] = article.resolve_event(event, events)
            entity, reason = resolved[id(event)]
            if entity is None and (outer := _outer_event(event, events)) is not None:
                # « X a affirmé que son pays souhaitait « … » »: the reported clause's
                # subject is X's own ("son pays", "his government"): X is the speaker.
                event = outer
                if id(event) not in resolved:
                    resolved[id(event)] = article.resolve_event(event, events)
                entity, reason = resolved[id(event)]
            label, cue = event.subject, event.verb
            method = _method_of(event, span)
            if entity is None and span.first_para in turns and first_person(label):
                entity, reason = turn_speaker(article, turns, span.first_para, label)
            elif span.first_para in turns and fold(label) in PRONOUNS:
                # In an answer, "he" is whom the question asked about (unknown when it
                # asked about several who fit).
                asked = asked_about(article, turns, span.first_para, masked, label, language)
                if asked is not None:
                    (entity, reason), settled = asked, True
            if entity is None and event.verb == "pour":
                event = None  # « Pour la première fois, « … » »: no one speaks
        if event is not None:
            pass
        elif inner := inner_incise(span.raw or span.text, language):
            entity = article.resolve_phrase(inner[0], (span.first_para, span.open_at))
            label, cue = inner
            method = how.INNER_INCISE
            reason = f"incise inside the quote: {label!r} is the subject of {cue!r}"
        elif opening := _subject_of_quoted_verb(span, masked, language):
            entity = article.resolve_phrase(opening, (span.first_para, span.open_at))
            label, cue, method = opening, "", how.CUE_BEFORE
            reason = f"the quote opens on a verb of speech: {label!r} is its subject"
        elif narrative and (
            (continued := current) is not None or (continued := article.last_speaker(p)) is not None
        ):
            entity, label, cue = continued, "", ""
            method = how.CONTINUATION
            reason = "« Et d'ajouter : »: the current speaker goes on"
        elif colon := _colon_subject(span, masked, language):
            entity = article.resolve_phrase(colon, (span.first_para, span.open_at))
            label, cue, method = colon, "", how.COLON
            reason = f"no verb of speech: {label!r} opens the sentence before the colon"
        elif current is not None and span.first_para - last_para_of_current <= 2:
            entity, reason, label, cue = current, "no cue: the current speaker goes on", "", ""
            method = how.CONTINUATION
        else:
            entity, label, cue = article.last_speaker(span.first_para), "", ""
            method = how.LAST_SPEAKER
            reason = "no cue: the last subject of a verb of speech" if entity else "no cue"
            if entity is None and not quotes_before and span.open_at == 0:
                for q in (span.last_para, span.last_para + 1):
                    if q < len(masked) and q not in done_paras:
                        article.read_mentions(q, masked[q], find_figures(masked[q]))
                        done_paras.add(q)
                entity, label = _adjacent_speaker(article, span, masked)
                method = how.ADJACENT
                reason = f"no cue: {label!r} is named in the next sentence" if entity else reason
        taken_up = reason.startswith(f"{label!r} is ")  # « selon lui » after a named subject
        if (
            entity is None
            and fold(label) in PRONOUNS
            and current is not None
            and not (taken_up or settled)
        ):
            if fits(current, PRONOUNS[fold(label)], language == "en"):
                entity, reason = (
                    current,
                    f"{label!r}: the current speaker (no earlier subject fits)",
                )
        if entity is not None:
            current, last_para_of_current = entity, span.last_para
        quotes_before += 1
        info = _quote(span, entity, label, cue, reason, method)
        info.start += offsets[span.first_para]
        info.end += offsets[span.last_para]
        _tighten(info, body_text)
        quotes.append(info)
    for q in range(len(paragraphs)):
        if q not in done_paras:
            article.read_mentions(q, masked[q], find_figures(masked[q]))
    # Headline quotes last: the body tells who the headline's "Wąsik :" or "(ministre)" is.
    heads = []
    for span in title_spans:
        speaker, label, reason = _title_speaker(article, title, span)
        heads.append(_quote(span, speaker, label, "", reason, how.HEADLINE, title=True))
    quotes[:0] = heads
    _role_of_named_person(quotes)
    _role_named_later(quotes)
    _name_speakers(quotes)
    _pull_quotes(quotes, title_spans + body_spans, paragraphs, title)
    return quotes


def _subject_of_quoted_verb(span: QuotedSpan, masked: list[str], language: str) -> str:
    """« le ministère ‘’salue la disponibilité …’’ »: a quote that opens on a verb of speech
    has the subject written right before it."""
    words_ = fold_keep(span.text).split()
    if not words_ or not speech_verbs(language).fullmatch(words_[0]):
        return ""
    text = masked[span.first_para]
    starts = sentence_starts(text)
    start = starts[bisect_right(starts, span.open_at) - 1]
    pre = text[start : span.open_at].rstrip(' ‘’“"«')
    if not pre or "_" in pre:
        return ""
    phrase = _CLAUSE_SPLIT.split(skip_complements(pre))[-1].strip(" ,")
    return phrase if phrase and not _not_a_subject(phrase, language) else ""


# A verb followed by one of these adverbs: where a subject noun phrase ends.
_ADVERB_AFTER_VERB = re.compile(
    r"\s+[\w'-]+\s+(?:pourtant|toutefois|cependant|donc|plutot|aussi|encore|deja|however|also)\b"
)


def _narrative_infinitive(span: QuotedSpan, masked: list[str]) -> bool:
    """« Et d'ajouter : « … » », « Puis de poursuivre : « … » »: the quote's sentence opens
    on a narrative infinitive of speech."""
    text = masked[span.first_para]
    starts = sentence_starts(text)
    start = starts[bisect_right(starts, span.open_at) - 1]
    return bool(NARRATIVE.match(fold_keep(text[start : span.open_at].strip())))


def _colon_subject(span: QuotedSpan, masked: list[str], language: str) -> str:
    """« Un économiste, X, se montre plus prudent : « … » »: the phrase that opens the
    sentence of a quote introduced by a colon with no verb of speech; "‘We won't be
    bullied’: minister hits back": the phrase after the colon."""
    text = masked[span.first_para]
    if not text[: span.open_at].strip() and text[span.close_at + 1 :].lstrip().startswith(":"):
        after = text[span.close_at + 1 :].lstrip()[1:]
        phrase = leading_phrase(after.lstrip())
        return "" if _not_a_subject(phrase, language) else phrase
    if not text[: span.open_at].strip() and span.first_para > 0:
        before = masked[span.first_para - 1].rstrip()
        if before.endswith(":"):
            # « X, ministre …, a fait aujourd'hui la déclaration suivante : » then the
            # statement in the next paragraphs: the subject of the sentence before the colon.
            start = sentence_starts(before)[-1]
            phrase = leading_phrase(before[start:].lstrip())
            return "" if _not_a_subject(phrase, language) else phrase
    if not text[: span.open_at].rstrip().endswith(":"):
        return ""
    starts = sentence_starts(text)
    start = starts[bisect_right(starts, span.open_at) - 1]
    pre = text[start : span.open_at].lstrip()
    opener = _ADVERBIAL.match(fold_keep(pre[:40]))  # « Côté russe, X se montre … : »
    phrase = leading_phrase(pre[opener.end() :] if opener else pre)
    adverb = _ADVERB_AFTER_VERB.search(fold_keep(phrase))
    if adverb:  # « Le président croit pourtant » : the subject ends before its verb
        phrase = phrase[: adverb.start()].rstrip()
    return "" if _not_a_subject(phrase, language) else phrase


def _method_of(event: Event, span: QuotedSpan) -> str:
    """The mechanism of an attribution by a verb of speech: its incise, « selon X », or a
    verb before the quote."""
    if event.verb in ACCORDING:
        return how.ACCORDING_TO
    if (event.para, event.at) > (span.last_para, span.close_at):
        return how.INCISE
    return how.CUE_BEFORE


def _adjacent_speaker(article: Article, span: QuotedSpan, masked: list[str]):
    """The first person named in the sentence after a quote that opens the article's
    statements with no cue (a quote-first lede: « “We will not sign.” That was the message of
    minister X … »), and the words naming them; none when that sentence quotes too."""
    text = masked[span.last_para]
    rest = text[span.close_at + 1 :]
    if len(rest.strip(' .,;:!?»”"’')) > 3:
        para, begin = span.last_para, span.close_at + 1
    elif span.last_para + 1 < len(masked):
        para, begin = span.last_para + 1, 0
        text = masked[para]
    else:
        return None, ""
    later = [a for a in sentence_starts(text) if a > begin + 1]
    end = later[0] if later else len(text)
    if para == span.last_para and later and text[begin:end].strip(' .!?»”"’') == "":
        end = later[1] if len(later) > 1 else len(text)
    if "_" in text[begin:end]:
        return None, ""  # the next sentence quotes someone: it is about its own quote
    opening = leading_phrase(text[begin:end].lstrip(' .!?»”"’'))
    if len(opening.split()) > 8:
        opening = ""  # a clause, not the subject ("That was how the minister summed up …")
    entity = article.resolve_phrase(opening, (para, begin)) if opening else None
    if entity is not None and entity.kind == "person" and fold(opening) not in PRONOUNS:
        return entity, opening  # "Chilean Fisheries Minister Rosa Ibarra opened the talks …"
    for (p, at), ent in article.mentions:
        full = len(ent.name.split()) > 1  # a lone word may be a place: "the Barents quota"
        if p == para and begin <= at < end and ent.kind == "person" and full:
            return ent, text[at : at + len(ent.name)]
    return None, ""


_UNCUED = {how.CONTINUATION, how.LAST_SPEAKER, how.ADJACENT, how.NONE}


def _pull_quotes(quotes: list[QuoteInfo], spans: list[QuotedSpan], paragraphs, title="") -> None:
    """A quote standing alone as a paragraph (a pull-quote subheading), or a headline quote
    with no speaker, takes the speaker of the quote of the article whose words it repeats."""
    said: dict[str, QuoteInfo] = {}  # the first attributed quote of each wording
    for other in quotes:
        if other.speaker and other.method not in _UNCUED:
            said.setdefault(fold(other.text).strip(" .,"), other)
    for info, span in zip(quotes, spans, strict=True):
        if span.first_para < 0:
            # « X : « … » » names its speaker X unless an incise follows the quote
            # (« Kinshasa-Kigali : « … », réaffirme le gouvernement »: X is the topic).
            incise = re.match(r"\s*,\s*\w", title[span.close_at + 1 :])
            if info.speaker or (title[: span.open_at].rstrip().endswith(":") and not incise):
                continue  # a headline quote that names no speaker takes the body's
        elif not _alone(info, span, paragraphs):
            # "… rejected claims that it had been “slow to act”": the very same words,
            # attributed elsewhere on the page, tell whose they are.
            # Only for a verb whose subject named no one the page knows: a quote that merely
            # goes on, or "“…,” she said" with no "she" in sight, stays unknown.
            label = fold(info.speaker_label)
            unnamed = (
                not info.speaker
                and info.cue
                and (not label or bool(ROLE_HEADS.search(label)))  # not a name, not "she"
                and label not in PRONOUNS
            )
            twin = said.get(fold(info.text).strip(" .,")) if unnamed else None
            if twin is not None and twin is not info:
                _take_speaker(info, twin)
            continue
        mine = set(words(fold(info.text)))
        for other in quotes:
            theirs = set(words(fold(other.text)))
            if other is info or not other.speaker or other.method in _UNCUED or not mine:
                continue
            if len(mine & theirs) >= 0.8 * len(mine):
                _take_speaker(info, other)
                break


def _take_speaker(info: QuoteInfo, other: QuoteInfo) -> None:
    info.speaker, info.speaker_label = other.speaker, other.speaker_label
    info.method, info.named_by = how.PULL_QUOTE, other.named_by
    info.reason = f"pull-quote: it repeats {other.text[:40]!r}"
    info.confidence = how.confidence(how.PULL_QUOTE, "", [other.speaker.name], other.speaker.kind)


def _alone(info: QuoteInfo, span: QuotedSpan, paragraphs) -> bool:
    """True for a pull-quote: a paragraph that is only a quote, with no cue."""
    if info.method not in _UNCUED or span.first_para != span.last_para:
        return False
    para = paragraphs[span.first_para]
    return not (para[span.close_at + 1 :].strip(" .!?") or para[: span.open_at].strip())


def _tighten(info: QuoteInfo, body_text: str) -> None:
    """Move the offsets in past the spaces and trailing commas the quote text leaves out."""
    while info.start < info.end and body_text[info.start] in " \u00a0\u202f\n":
        info.start += 1
    while info.end > info.start and body_text[info.end - 1] in " \u00a0\u202f\n,;":
        info.end -= 1


def _quote(span, entity, label, cue, reason, method=how.NONE, title=False) -> QuoteInfo:
    """The quote with its speaker entity; `_name_speakers` names it once the article is read."""
    names = [entity.name, *entity.aliases] if entity else []
    info = QuoteInfo(
        text=span.text,
        start=span.open_at + 1,
        end=span.close_at,
        speaker=None,
        speaker_label=label,
        cue=cue,
        reason=reason,
        where="title" if title else "body",
        method=method if entity else how.NONE,
        confidence=how.confidence(method, label, names, entity.kind if entity else None),
        named_by=how.subject_kind(label, names, entity.kind) if entity else "",
    )
    info.entity = entity
    return info


def _role_of_named_person(quotes: list[QuoteInfo]) -> None:
    """ "The German foreign minister promised …" in the deck, then "German Foreign Minister
    Jane Roe … said": a role speaking with no holder named is the one speaker the text
    names with that very role (none when two speakers hold it)."""
    entities = [q.__dict__.get("entity") for q in quotes]
    people = {id(e): e for e in entities if e is not None and e.kind == "person"}
    for info, entity in zip(quotes, entities, strict=True):
        if entity is None or not entity.key.startswith("role:") or not entity.roles:
            continue
        wanted = fold(entity.roles[0])
        holders = [
            p
            for p in people.values()
            if not p.key.startswith("role:") and any(fold(r) == wanted for r in p.roles)
        ]
        if len(holders) != 1 or (entity.gender and holders[0].gender != entity.gender):
            continue
        info.__dict__["entity"] = holders[0]
        info.reason += f"; {entity.name!r} is {holders[0].name!r}, named with that role"


def _role_named_later(quotes: list[QuoteInfo]) -> None:
    """« affirme la ministre congolaise … » then « Bernadette X a précisé … », "The Foreign
    Secretary slammed …" then "Miriam X said": a role speaking first, with no holder named,
    is the one person the text later names speaking with no role of their own (none when
    several roles or several such people speak, or their genders differ)."""
    entities = [q.__dict__.get("entity") for q in quotes]
    roles = {id(e): e for e in entities if e is not None and e.key.startswith("role:")}
    people = {
        id(e): e
        for e in entities
        if e is not None
        and e.kind == "person"
        and not e.key.startswith("role:")
        and not e.roles
        and len(e.name.split()) >= 2
    }
    if len(roles) != 1 or len(people) != 1:
        return
    (role,), (person,) = roles.values(), people.values()
    for info, entity in zip(quotes, entities, strict=True):
        at = info.speaker_label.rfind(person.name) if entity is person else -1
        before = fold_keep(info.speaker_label[: max(at, 0)].rstrip(" ,"))
        if before and not OPENING_CIRCUMSTANCE.search(before):
            return  # "Ecuador's undersecretary, Marco X, said": introduced on their own
    if role.kind != "person" or (role.gender and person.gender and role.gender != person.gender):
        return
    first_role = next(i for i, e in enumerate(entities) if e is role)
    first_person = next(i for i, e in enumerate(entities) if e is person)
    if first_person < first_role:
        return
    person.roles.extend(role.roles)  # the role the text gave before naming her
    for info, entity in zip(quotes, entities, strict=True):
        if entity is role:
            info.__dict__["entity"] = person
            info.reason += f"; {role.name!r} is {person.name!r}, named later with no role"


def _name_speakers(quotes: list[QuoteInfo]) -> None:
    """Give each quote its speaker's name as the whole article gives it ("Wąsik" in the
    headline is the "Radosław Wąsik" of the body). Never a clause for a speaker: unknown
    is better than a fragment."""
    for info in quotes:
        entity = info.__dict__.pop("entity", None)
        if entity is None:
            continue
        if not speaker_shaped(entity.name):
            info.reason = f"{entity.name!r} is not a name, a role or an institution"
            info.method, info.named_by = how.NONE, ""
            info.confidence = how.confidence(how.NONE, info.speaker_label, [], None)
            continue
        info.speaker = entity.info()


# Words that open a new clause between a quote and a later verb: no incise ("… » but would
# respond to what he described as …").
_NEW_CLAUSE = re.compile(
    r"\b(?:but|or|while|whereas|because|what|which|who|whom|mais|ou|car|tandis|puisque|qui|"
    r"que|qu'|dont)\b|^\s*(?:and|et)\s+(?!(?:a|ont|has|have|had)\b)[a-z]+\s+[a-z]"
)


# Between a quote and its verb, a name with its role in apposition: "“…,” Amara Nwosu, head
# of Nigeria's Boundary Commission, said" — the incise may run longer than usual.
_NAME_APPOSITION = re.compile(
    r"""^[\s,»”"’]*
    [A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,4}   # the name: 2 to 5 capitalised words
    \s*,[^.!?«»“”"_]{3,100},\s*$                  # its role between commas""",
    re.VERBOSE,
)


_CAPITALISED_RUN = re.compile(
    r"""^[\s,»”"’]*
    [A-ZÀ-Ý][\w'’.-]*                                   # "Brazilian", "U.N."
    (?:\s+(?:(?:de|da|do|dos|du|del|van|von|der|bin|al|el)\s+)?  # particles of names
       [A-ZÀ-Ý][\w'’.-]*){1,8}                          # "President Luiz … Silva"
    \s*$""",
    re.VERBOSE,
)
# Or a role named without a person: "“…,” a spokesman for the Danish foreign ministry said".
_ROLE_INCISE = re.compile(
    r"^[\s,»”\"’]*(?:a|an|the|un|une|le|la|l'|l’)\s+[^.!?«»“”\"_,;:]{3,90}$", re.IGNORECASE
)


def _long_subject(gap: str) -> bool:
    """True when the words between a quote and its verb are one subject, however long:
    a name with its apposed role, a role phrase, or a name after its role ("Brazilian
    President Luiz Inácio Lula da Silva", "Polish deputy foreign minister X Y", "Norway's
    fisheries minister, X Y,")."""
    if _NAME_APPOSITION.match(gap) or _CAPITALISED_RUN.match(gap):
        return True
    if _ROLE_INCISE.match(gap) and ROLE_HEADS.search(fold_keep(gap)):
        return True
    core = gap.strip(' ,»”"’\u00a0')
    return (
        0 < len(core.split()) <= 14
        and not re.search(r"(?<!\b[A-Z])[.!?;:]|[«»“”\"_]", core)
        and bool(ROLE_HEADS.search(fold_keep(core)))
        and speaker_shaped(core.replace(",", " "))
        and bool(re.search(r"[A-ZÀ-Ý][\w'’-]+$", core))
    )


_POSSESSIVE = re.compile(r"(?:son|sa|ses|leur|leurs|his|her|its|their)\s", re.I)


def _outer_event(event: Event, events: list[Event]) -> Event | None:
    """The verb of speech that reports the clause `event` opens, when that clause's
    subject is the reporter's own ("son pays", "his country"): the last one before it
    in its sentence."""
    if not _POSSESSIVE.match(event.subject.strip() + " "):
        return None
    before = [
        e
        for e in events
        if e.para == event.para
        and e.sentence == event.sentence
        and e.at < event.at
        and e.verb
        and not e.participle
        and not _POSSESSIVE.match(e.subject.strip() + " ")
    ]
    return before[-1] if before else None


# After the verb of a sentence's closing attribution: its object and complements only.
_ATTRIBUTION_TAIL = re.compile(r"^[^;:_«»“”\"]{0,100}$")


def _closing_attribution(
    span: QuotedSpan, events: list[Event], masked, original: str = ""
) -> Event | None:
    """The attribution that closes the quote's sentence ("…, Kremlin spokesman Yevgeny
    Loktev told reporters.", « …, a réagi le Quai d'Orsay. »): it covers every quote of the
    sentence, even one another verb introduces ("The Kremlin has branded … “provocative”")."""
    text = masked[span.last_para]
    starts = sentence_starts(text)
    sent = bisect_right(starts, span.close_at) - 1
    end = starts[sent + 1] if sent + 1 < len(starts) else len(text)
    later = [
        e
        for e in events
        if e.para == span.last_para and e.sentence == sent and e.at > span.close_at
    ]
    if not later or later[-1].participle or span.first_para != span.last_para:
        return None
    if later[-1].verb in AFTER_WORDS:
        return None  # « …, selon un communiqué »: the relay, not who spoke
    e = later[-1]
    gap = text[span.close_at + 1 : e.at]
    comma = gap.rfind(",")
    if comma < 0 or "_" in gap[comma:]:
        # "‘…,’ said X": the comma inside the marks of the sentence's last quote
        last = gap.rfind("_")
        inside = original[span.close_at + 1 + last] if last >= 0 else ""
        if inside != "," or gap[last + 1 :].strip(" ’”\"»'"):
            return None
        comma = last
    if len(gap[comma + 1 :].split()) > 6:
        return None
    if re.match(
        r"\s*(?:qui|que|qu'|dont|lequel|laquelle|which|who|whom)\b", fold_keep(gap[comma + 1 :])
    ):
        return None  # « … de la part de X, qui n'avait pas répondu »: a relative clause
    if re.match(
        r"\s*(?:while|whereas|but|although|though|yet|tandis|alors\s+que|mais|quand)\b",
        fold_keep(gap[comma + 1 :]),
    ):
        return None  # "… called it “…”, while Asmara says …": another side's clause
    if not _ATTRIBUTION_TAIL.match(text[e.end : end].rstrip(" .!?…")):
        return None
    return e


def _verb_before(span: QuotedSpan, events: list[Event], masked) -> Event | None:
    """The last finite verb of speech before the quote in its sentence."""
    starts = sentence_starts(masked[span.first_para])
    sent = bisect_right(starts, span.open_at) - 1
    before = [
        e
        for e in events
        if e.para == span.first_para
        and e.at < span.open_at
        and e.sentence == sent
        and not e.participle
        and e.verb not in AFTER_WORDS
    ]
    return before[-1] if before else None


def _wrapped_incise(span: QuotedSpan, text: str, original: str) -> bool:
    """True when the quote's incise may go on in the next line: the line ends on the quote
    and its comma, or on the first words of the incise ("…," Ethiopian foreign ministry /
    spokesman X told reporters)."""
    rest = text[span.close_at + 1 :]
    comma = rest.strip().startswith(",") or original[: span.close_at].rstrip().endswith(",")
    if not comma or re.search(r"[.!?;:«“_]", rest):
        return False
    return len(rest.split()) <= 6


def _incise_punctuated(span: QuotedSpan, gap: str, paragraphs, language: str) -> bool:
    """An incise follows a comma or a dash (inside or after the marks); English also writes
    "“…” the minister said" with a few words and no comma."""
    if re.match(r"\s*[,;—–-]", gap) or re.search(r"[,—–]\s*(?:\S+\s+){0,2}$", gap):
        return True  # « … », a dit X / « … » de cette déclaration, a réagi X
    inside = paragraphs[span.last_para][max(0, span.close_at - 2) : span.close_at]
    if re.search(r"[,!?…]\s*$", inside):
        return True
    starts_clause = re.match(r"\s*(?:and|but|or)\b", gap)
    return language == "en" and len(gap.split()) <= 4 and not starts_clause


# "rejected claims by Afghan authorities that Pakistan had closed the crossing “…”": the
# quoted words are the claimants'; with no "by X", nobody on the page is said to speak them.
_CLAIM_THAT = re.compile(
    r"""\b(?:claims?|allegations?|accusations?|charges?|suggestions?|assertions?|reports?)
        \s+(?:(?:by|from)\s+(?P<who>[^,;_]{2,60}?)\s+)?that\b(?P<rest>[^_.!?]*)$""",
    re.VERBOSE | re.IGNORECASE,
)
_DENYING = frozenset(word_lists()["denying_en"])


def _claimed_words(span: QuotedSpan, events: list[Event], masked) -> Event | None:
    """The claimants as the speaker of a quote inside the claims a speaker denies."""
    text = masked[span.first_para]
    starts = sentence_starts(text)
    sent = bisect_right(starts, span.open_at) - 1
    m = _CLAIM_THAT.search(text[starts[sent] : span.open_at])
    if not m or n_words(m["rest"]) > 25:
        return None
    denied = [
        e
        for e in events
        if e.para == span.first_para and e.sentence == sent and e.at < span.open_at
    ]
    if not denied or fold(denied[-1].verb) not in _DENYING:
        return None
    return replace(denied[-1], subject=(m["who"] or "").strip())


def _event_for(
    span: QuotedSpan, events: list[Event], paragraphs, masked, language: str = "fr"
) -> Event | None:
    """The verb of speech that introduces a quote: the attribution that closes its sentence,
    its incise (on the next line when a hard wrap cut it), else the verb before it."""
    claimed = _claimed_words(span, events, masked)
    if claimed is not None:
        return claimed
    text = masked[span.last_para]
    closing = _closing_attribution(span, events, masked, paragraphs[span.last_para])
    if closing is not None:
        return closing
    after = [e for e in events if e.para == span.last_para and e.at > span.close_at]
    if not after and _wrapped_incise(span, text, paragraphs[span.last_para]):
        nxt = span.last_para + 1  # « … », / a déclaré X (a line wrapped after the quote)
        first = [e for e in events if e.para == nxt and e.at <= MAX_INCISE_GAP]
        if first and not re.search(r"[_«“.!?]", masked[nxt][: first[0].at]):
            if not first[0].participle:
                return first[0]
    if after and after[0].verb in AFTER_WORDS and _verb_before(span, events, masked):
        after = []  # « a dénoncé « les crimes » …, d'après le Kremlin »: a relay, not the speaker
    if after:
        e = after[0]
        gap = text[span.close_at + 1 : e.at]
        comma_inside = paragraphs[span.last_para][: span.close_at].rstrip().endswith(",")
        if (
            (
                e.at - span.close_at <= (2 * MAX_INCISE_GAP if comma_inside else MAX_INCISE_GAP)
                or _long_subject(gap)
            )
            and not re.search(r"(?<!\b[A-Z])[.!?]\s|«|“|_", gap)  # "U.N. Secretary-General"
            and not _NEW_CLAUSE.search(fold_keep(gap))
            and _incise_punctuated(span, gap, paragraphs, language)
        ):
            return e
    starts = sentence_starts(masked[span.first_para])
    sent = bisect_right(starts, span.open_at) - 1
    before = [
        e
        for e in events
        if e.para == span.first_para and e.at < span.open_at and e.sentence == sent
    ]
    for e in reversed(before):
        if not e.participle:
            return e
        finite = [x for x in before if x.at < e.at and not x.participle]
        if finite:
            return finite[-1]
        return e
    return None


# "Minister on the fishing deal", « Le ministre sur la pêche », "X over the talks".
_HEADLINE_TOPIC = re.compile(
    r"^(.{2,40}?)\s+(?:on|about|over|sur|à\s+propos\s+de|au\s+sujet\s+de)\s+\S.*$", re.I
)
_HEADLINE_TAG = re.compile(r"^\s*(?:\(([^()]{2,40})\)|[-–—:]\s+([^-–—]{2,40}))\s*$")


def _title_speaker(article: Article, title: str, span: QuotedSpan):
    """A headline quote's speaker: "Lavrov : « … »", or a verb of speech in the headline."""
    pre = title[: span.open_at].strip()
    m = (
        re.match(r"^(.{2,60}?)\s*:\s*$", pre)
        or re.match(
            r"^(?:pour|selon|d'après|d’après|for|according to)\s+(.{2,60}?)\s*,\s*$", pre, re.I
        )
        or (speaker_colon(pre + " ") and re.match(r"^([^:]{2,60}?)\s*:", pre))
    )  # "Lazaro: PH will not 'give up an inch' …": the speaker opens the headline
    tag = _HEADLINE_TAG.search(title[span.close_at + 1 :])
    if tag:
        # « … » (ministre), "… — ministry": the role the body gives to someone it names; it
        # wins over a word before the colon, often the place of the story (« Luanda : … »).
        label = tag.group(1) or tag.group(2)
        entity = article.resolve_role(fold(label), (10**9, 0))
        entity = entity or article.resolve_phrase(label, (10**9, 0))
        if entity and entity.kind != "group":
            return entity, label, f"headline tag {label!r}: the one the body names"
    if m:
        # "Foreign minister on X: ‘…’", « Le chef de la diplomatie sur X : « … » »: the words
        # before the topic name the speaker.
        topic = _HEADLINE_TOPIC.match(m.group(1))
        who = topic.group(1) if topic else m.group(1)
        entity = article.resolve_phrase(who, (10**9, 0))
        if entity and entity.kind == "institution" and ROLE_HEADS.search(fold_keep(who)):
            # "UN chief on X: ‘…’": the body's Secretary-General, not the United Nations.
            entity = article.resolve_role(fold(who), (10**9, 0)) or entity
        if entity and (entity.kind != "group" or entity.figure):
            return entity, who, f"headline names {who!r} before the colon"
        # "Jordanian envoy: ‘…’": a role before the colon is the one the body names so.
        entity = article.resolve_role(fold(who), (10**9, 0)) if entity is None else None
        if entity and entity.kind == "person":
            return entity, who, f"headline role {who!r}: the one the body names"
        if topic and entity is None and len(role_tokens(who)) > 1:
            # A role the body never names: the role speaks (not a bare "Envoy").
            entity = article.of_role(who.strip()) if ROLE_HEADS.search(fold_keep(who)) else None
            if entity is not None:
                return entity, who, f"headline role {who!r}, named nowhere"
    # The quote masked as in the body, so that an incise after it (« …, assure X ») reads.
    masked = title[: span.open_at + 1] + "_" * max(0, span.close_at - span.open_at - 1)
    masked += title[max(span.open_at + 1, span.close_at) :]
    for text in (title, masked):
        for e in find_events(-1, title, text, article.language):
            entity, reason = article.resolve_event(e, [])
            if entity:
                return entity, e.subject, reason
    return None, "", "headline quote without a speaker"
