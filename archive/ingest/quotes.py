"""Quoted spans in a title and body: « … », “ … ”, „ … “, ‹ … ›, " … ".

Handles inner (non-breaking) spaces, nested quotes, mismatched or missing closing marks,
and quotes running over several paragraphs (French: « opens each paragraph and » closes
only the last; English: “ reopens each paragraph). Names of papers, laws, plans and
scare-quoted terms are not statements: short quotes without a cue to speak, titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speech import NAMING, has_speech_verb, speech_verbs
from .textshape import folded as fold
from .textshape import n_words, words

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "»": "«", "‘": "’", "'": "'"}
_MARKS = re.compile("[" + re.escape("".join(PAIRS)) + "]")
CLOSERS = {"»", "”", "“", "›", '"', "«", "’"}
# An incise inside the marks: « Nous …, a-t-il dit, et … » → the quote without it.
INCISE = re.compile(
    r",\s*(?:a|ont|avait)-t?-?(?:il|elle|ils|elles)\s+[a-zéèêîû]+(?:\s+[a-zéèêîû]+)?\s*,"
    r"|,\s*[a-zéèêîû]+-t-(?:il|elle|ils|elles)\s*,|,\s*[a-zéèêîû]+-(?:il|elle|ils|elles)\s*,"
)
SHORT = 4  # quotes of this many words or fewer need a cue to speak
SCAN_BUDGET = 8  # times a paragraph may be read looking for closing marks (see scan_paragraphs)


@dataclass
class QuotedSpan:
    """A quote: its text and where it stands (paragraph -1 is the title)."""

    text: str
    first_para: int
    open_at: int  # index of the opening mark in the first paragraph
    last_para: int
    close_at: int  # index of the closing mark in the last paragraph (its length if none)
    raw: str = ""  # the text as printed, incises included (set once the span is a statement)


def _is_opening(s: str, i: int) -> bool:
    ch = s[i]
    if ch == '"':
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < len(s) else " "
        return (before.isspace() or before in "([{«‹:—–-'’/") and not after.isspace()
    if ch == "»":  # »Swiss/German« style, only when it opens the paragraph
        return i == 0 and "«" in s
    if ch == "“":
        return i + 1 < len(s) and not s[i + 1].isspace() or i == 0
    if ch == "'":  # a straight single quote opens after a space or a mark, before a letter
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < len(s) else " "
        return (before.isspace() or before in '([{:—–-"“') and after.isalnum()
    if ch == "‘":  # an opening single quote, not a turned apostrophe ("‘90s")
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < len(s) else " "
        return (before.isspace() or before in '([{:—–-"“') and after.isalpha()
    return ch in PAIRS


def _find_close(s: str, i: int, opener: str, stop: int | None = None, spent=None) -> int:
    """Index of the mark closing the quote opened at s[i], or -1 (nesting and mismatch aware).

    The marks are looked for before `stop` only (default: the end of `s`); the number of
    characters read is added to `spent[0]` when `spent` is given."""
    closer = PAIRS[opener]
    depth = 0
    j = i + 1
    end = len(s) if stop is None else min(stop, len(s))
    while j < end:
        ch = s[j]
        if ch == opener and opener != closer and _is_opening(s, j):
            depth += 1
        elif opener == "'" and ch == "'":
            before, after = s[j - 1], s[j + 1] if j + 1 < len(s) else " "
            if not before.isspace() and (after.isspace() or after in '.,;:!?)]…—–-"”'):
                break
        elif closer == "’" and ch == closer:
            after = s[j + 1] if j + 1 < len(s) else " "
            if not after.isalnum():  # an apostrophe sits between letters: "Russia’s"
                break
        elif ch == closer and (closer != '"' or not _is_opening(s, j) or j + 1 == len(s)):
            if depth == 0:
                break
            depth -= 1
        j += 1
    if spent is not None:
        spent[0] += j - i
    if j < end:
        return j
    if opener not in (
        '"',
        "‘",
        "'",
    ):  # a mismatched closing mark: the first closing mark of another kind
        for j in range(i + 1, end):
            if s[j] in CLOSERS and s[j] != opener and s[j] not in '"«':
                if spent is not None:
                    spent[0] += j - i
                return j
        if spent is not None:
            spent[0] += end - i
    return -1


def scan_paragraphs(paragraphs: list[str]) -> list[QuotedSpan]:
    """Return every quoted span of the paragraphs, multi-paragraph quotes joined."""
    spans: list[QuotedSpan] = []
    p = 0
    while p < len(paragraphs):
        s = paragraphs[p]
        i = 0
        # Looking for closing marks may read a paragraph SCAN_BUDGET times over, no more:
        # marks nested thousands deep or never closed would otherwise cost its square.
        budget = SCAN_BUDGET * len(s) + 1000
        while i < len(s) and budget > 0:
            mark = _MARKS.search(s, i)
            if mark is None:
                break
            i = mark.start()
            if not _is_opening(s, i):
                i += 1
                continue
            spent = [0]
            j = _find_close(s, i, s[i], i + budget, spent)
            budget -= spent[0]
            if s[i] == "'" and (j < 0 or n_words(s[i + 1 : j]) < 3):
                i += 1  # straight single marks delimit a clause of 3+ words, or nothing
                continue
            if j >= 0:
                spans.append(QuotedSpan(s[i + 1 : j], p, i, p, j))
                i = j + 1
                continue
            span = _run_on(paragraphs, p, i)
            if span:
                spans.append(span)
                if span.last_para > p:
                    p = span.last_para
                    s = paragraphs[p]
                    i = span.close_at + 1
                    continue
            break
        p += 1
    return spans


def _run_on(paragraphs: list[str], p: int, i: int) -> QuotedSpan | None:
    """A quote left open at the end of paragraph p: carry on while the next paragraphs reopen it."""
    opener = paragraphs[p][i]
    parts = [paragraphs[p][i + 1 :]]
    q = p
    while q + 1 < len(paragraphs) and paragraphs[q + 1][:1] in ("«", "“", '"', "„", opener):
        q += 1
        nxt = paragraphs[q]
        j = _find_close(nxt, 0, nxt[0])
        if j >= 0:
            parts.append(nxt[1:j])
            return QuotedSpan(" ".join(x.strip() for x in parts), p, i, q, j)
        parts.append(nxt[1:])
    if n_words(parts[0]) < 5 or opener in ('"', "‘") and q == p:
        return None  # a stray mark, not an open quote
    return QuotedSpan(" ".join(x.strip() for x in parts), p, i, q, len(paragraphs[q]))


def clean_quote(text: str) -> str:
    text = INCISE.sub(" ", text)
    return " ".join(text.split()).strip(" ,;").strip()


# The rules look at most 80 folded characters on each side of a quote: fold that much of
# the context (with room to spare), not the whole paragraph, so a quote costs the same in
# a long paragraph as in a short one.
CONTEXT = 400


def _fold_tail(text: str) -> str:
    """`fold(text)`, exact in its last 80 characters, folding only the end of a long text."""
    low = fold(text[-CONTEXT:])
    return low if len(low) > 100 or len(text) <= CONTEXT else fold(text)


def _fold_head(text: str) -> str:
    """`fold(text)`, exact in its first 80 characters, folding only the start of a long text."""
    low = fold(text[:CONTEXT])
    return low if len(low) > 100 or len(text) <= CONTEXT else fold(text)


def is_statement(text: str, before: str, after: str, language: str) -> bool:
    """True when a quoted span is something said, not a name, a title or a scare quote."""
    n = n_words(text)
    lead = _fold_tail(before)[-60:]
    if n <= 2:
        return _governed(text, before, language)
    if NAMING.search(lead.rstrip(" :,")):
        return False
    tokens = words(text)
    caps = sum(t[0].isupper() for t in tokens if len(t) > 3)
    long_words = sum(len(t) > 3 for t in tokens)
    if n <= 6 and long_words and caps == long_words and not text.rstrip().endswith((".", "!", "?")):
        return False  # a title or a name ("Groupe de Minsk", "Hayastan Alliance")
    if n > SHORT:
        return True
    cue = _fold_tail(before)[-80:] + " " + _fold_head(after)[:50]
    introduced = lead.rstrip().endswith((":", "que", "that", "qu'")) or _fold_head(after)[
        :3
    ].startswith(",")
    return introduced and has_speech_verb(cue, language)


# Words after which a short quote is a noun or a name, not words said ("une « hystérie »").
_NOMINAL = re.compile(
    r"(?:\b(?:un|une|le|la|les|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|"
    r"the|a|an|this|that|these|those|his|her|its|their|our|of|to|in|on|for|with|by|from|at|"
    r"a|en|dans|sur|pour|par|avec|sans|contre|entre|vers|et|and|or|ou)|\b[ld]')\s*$"
)
# Verbs after which "de"/"as"/"comme" introduce the words said ("qualifié d'« inacceptable »").
_QUALIFY = re.compile(
    r"\b(?:qualifi\w*|decri\w*|described|describing|calling|called)\b(?:\s+\S+){0,4}\s*$"
)
_COPULA = re.compile(
    r"\b(?:est|etait|sont|etaient|reste|restait|restent|demeure|serait|sera|semble|"
    r"is|was|are|were|remains|remained|seems|seemed|would be|will be|be|been)\b"
)
_REFLEXIVE = re.compile(r"(?:\bs'est|\bse|\bs'etait|\bs'etaient|\bse sont)\s+$")


def _governed(text: str, before: str, language: str) -> bool:
    """A quote of one or two words is a statement only when a verb of speech governs it
    directly, with at most its object between ("a jugé la situation « préoccupante »",
    "called the move “unacceptable”"); a scare-quoted noun or name is not."""
    lead = _fold_tail(before)[-80:].rstrip()
    if not lead or lead.endswith((",", ".", ":", ";", "(", "!", "?")):
        return False
    clause = re.split(r"[,.;:!?()«»“”\"]", lead)[-1]
    if NAMING.search(clause.rstrip()):
        return False
    qualified = _QUALIFY.search(clause) and re.search(r"\b(?:de|d'|as|comme)\s*$", clause)
    if _NOMINAL.search(clause) and not qualified:
        return False
    first = fold(text).split()[0] if text.split() else ""
    if first in ("le", "la", "les", "un", "une", "des", "the", "a", "an", "l'", "d'"):
        return False
    verbs = list(speech_verbs(language).finditer(clause))
    if not verbs and qualified:
        return True
    if not verbs:
        return False
    verb = verbs[-1]
    if verb.group() in ("selon", "d'apres", "according to", "pour qui"):
        return False
    if _REFLEXIVE.search(clause[: verb.start()][-12:]):
        return False  # "s'est dit « préoccupé »": a state, not words said
    between = clause[verb.end() :]
    if len(between.split()) > 4 or _COPULA.search(between):
        return False
    return not re.search(r"\b(?:que|qu'|that|which|qui|who|if|si)\b", between)


def extract_quotes(title: str | None, body: list[str], language: str = "fr") -> list[QuotedSpan]:
    """Return the quoted statements of the title (paragraph -1) and of the body."""
    out = []
    if title:
        for span in scan_paragraphs([title]):
            span.first_para = span.last_para = -1
            if title[span.open_at] == "'" and not title[: span.open_at].rstrip().endswith(":"):
                continue  # "Lavrov says West 'playing with fire'": a headline's paraphrase
            if n_words(span.text) <= 2:
                continue
            if is_statement(span.text, title[: span.open_at], title[span.close_at + 1 :], language):
                span.raw, span.text = span.text, clean_quote(span.text)
                out.append(span)
    for span in scan_paragraphs(body):
        # Only the context the rules read (see CONTEXT), with a wide margin for spaces.
        before = body[span.first_para][max(0, span.open_at - 5 * CONTEXT) : span.open_at]
        after = body[span.last_para][span.close_at + 1 : span.close_at + 1 + 5 * CONTEXT]
        if is_statement(span.text, before, after, language):
            span.raw, span.text = span.text, clean_quote(span.text)
            out.append(span)
    return out
