"""Quoted spans in a title and body: « … », “ … ”, „ … “, ‹ … ›, " … ".

Handles inner (non-breaking) spaces, nested quotes, mismatched or missing closing marks,
and quotes running over several paragraphs (French: « opens each paragraph and » closes
only the last; English: “ reopens each paragraph). Names of papers, laws, plans and
scare-quoted terms are not statements: short quotes without a cue to speak, titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .partial import governed, incise_after, sentence_before
from .speech import NAMING, has_speech_verb
from .textshape import folded as fold
from .textshape import n_words, words
from .uitext import is_section_label

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "»": "«", "‘": "’", "'": "'"}
_MARKS = re.compile("[" + re.escape("".join(PAIRS)) + "]")
CLOSERS = {"»", "”", "“", "›", '"', "«", "’"}
# An incise inside the marks: « Nous …, a-t-il dit, et … » → the quote without it.
INCISE = re.compile(
    r",\s*(?:a|ont|avait)-t?-?(?:il|elle|ils|elles)\s+[a-zéèêîû]+(?:\s+[a-zéèêîû]+)?\s*,"
    r"|,\s*[a-zéèêîû]+-t-(?:il|elle|ils|elles)\s*,|,\s*[a-zéèêîû]+-(?:il|elle|ils|elles)\s*,"
)
SHORT = 4  # quotes of this many words or fewer need a cue to speak
SCAN_BUDGET = 8  # times a paragraph may be read looking for closing marks (scan_paragraphs)
# A « printed reversed: « a déclaré : » Nous … » » opens after a colon or a verb's comma.
_REVERSED_LEAD = re.compile(r"(?::|,)\s*$")


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
    if ch == "»":  # »Swiss/German« style when it opens the paragraph; a reversed « after ":"
        if i == 0:
            return "«" in s or s.find("»", 1) >= 0
        after = s[i + 1 : i + 3].lstrip()
        lead = s[max(0, i - 80) : i]  # the colon or comma just before, spaces aside
        return bool(_REVERSED_LEAD.search(lead)) and after[:1].isalpha() and s.find("»", i + 1) >= 0
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


_GUILLEMET = re.compile("[»«]")


def _find_close(s: str, i: int, opener: str, stop: int | None = None) -> int:
    """Index of the mark closing the quote opened at s[i], or -1 (nesting and mismatch aware).

    Marks are looked for before `stop` only (default: the end of `s`)."""
    end = len(s) if stop is None else min(stop, len(s))
    if opener == "»" and (i > 0 or "«" not in s):  # a reversed opening », closed by » or «
        nxt = _GUILLEMET.search(s, i + 1, end)
        return nxt.start() if nxt else -1
    closer = PAIRS[opener]
    depth = 0
    j = i + 1
    while j < end:
        ch = s[j]
        if ch == opener and opener != closer and _is_opening(s, j):
            depth += 1
        elif opener == "'" and ch == "'":
            before, after = s[j - 1], s[j + 1] if j + 1 < len(s) else " "
            if not before.isspace() and (after.isspace() or after in '.,;:!?)]…—–-"”'):
                return j
        elif closer == "’" and ch == closer:
            after = s[j + 1] if j + 1 < len(s) else " "
            if not after.isalnum():  # an apostrophe sits between letters: "Russia’s"
                return j
        elif ch == closer and (closer != '"' or not _is_opening(s, j) or j + 1 == len(s)):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    if opener not in (
        '"',
        "‘",
        "'",
    ):  # a mismatched closing mark: the first closing mark of another kind
        for j in range(i + 1, end):
            if s[j] in CLOSERS and s[j] not in (opener, closer) and s[j] not in '"«':
                if s[j] == "’" and s[j + 1 : j + 2].isalpha():
                    continue  # an apostrophe: « qu’il »
                return j
    return -1


# The incise closing a paragraph: ", Aydınlı told reporters." / « , a déclaré le ministre. »
_CLOSING_INCISE = re.compile(
    r""",\s*(?P<incise>(?:[^\s,.!?;:«»“”"]+\s+){0,6}?[^\s,.!?;:«»“”"]+
        (?:\s+[^\s,.!?;:«»“”"]+){0,6})\s*[.!?]?\s*$""",
    re.VERBOSE,
)


def _closed_before_incise(s: str, i: int) -> int:
    """A quote left open whose paragraph ends with its incise ("We analysed …, Aydınlı told
    reporters."): it closes at the incise's comma."""
    m = _CLOSING_INCISE.search(s, i + 1)
    if not m or _MARKS.search(s, i + 1, m.start()) or n_words(s[i + 1 : m.start()]) < 5:
        return -1
    incise = fold(m.group("incise"))
    if not (has_speech_verb(incise, "en") or has_speech_verb(incise, "fr")):
        return -1
    return m.start()


def _closed_by_inner(s: str, i: int) -> int:
    """An outer quote closed by its inner one (« Il m'a dit : « nous partirons », a raconté
    X. »): the inner quote's closing mark, when only an incise or a few words follow it."""
    opener = s[i]
    if opener not in "«“":
        return -1
    inner = s.find(opener, i + 1)
    if inner < 0:
        return -1
    j = _find_close(s, inner, opener)
    if j < 0 or _MARKS.search(s, j + 1) or n_words(s[j + 1 :]) > 12:
        return -1
    return j


# Doubled single marks used as double quotes (‘’salue …’’, ‘‘ Le … ’’): one mark each,
# same length; a space inside the marks (West African dailies print them so) moves the
# mark next to its word.
_DOUBLED_OPEN = re.compile(r"[‘’']{2}(?=\w)")
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?…])[’']{2}")
_SPACED_OPEN = re.compile(r"(?:(?<=\s)|^)[‘’]{2}\s(?=\w)")
_SPACED_CLOSE = re.compile(r"(?<=[\w.,!?…])\s[’]{2}(?=[\s,.;:!?]|$)")


def single_pairs(s: str) -> str:
    """`s` with doubled single marks read as “ and ” (spaces keep every offset)."""
    if "’’" not in s and "‘’" not in s and "''" not in s and "‘‘" not in s:
        return s
    s = _SPACED_OPEN.sub("  “", s)
    s = _SPACED_CLOSE.sub("”  ", s)
    s = _DOUBLED_OPEN.sub(" “", s)
    return _DOUBLED_CLOSE.sub("” ", s)


def scan_paragraphs(paragraphs: list[str], single_min: int = 3) -> list[QuotedSpan]:
    """Return every quoted span of the paragraphs, multi-paragraph quotes joined.

    Straight single marks delimit a clause of `single_min` words or more (a headline
    quotes single words in them: "Kremlin brands drills 'provocative'")."""
    paragraphs = [single_pairs(para) for para in paragraphs]
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
            j = _find_close(s, i, s[i], i + budget)
            budget -= (j if j >= 0 else len(s)) - i
            if s[i] == "'" and (j < 0 or n_words(s[i + 1 : j]) < single_min):
                i += 1  # straight single marks delimit a clause, or nothing
                continue
            reopened = p + 1 < len(paragraphs) and paragraphs[p + 1][:1] in '«“„"' + s[i]
            if j < 0 and not reopened:
                j = _closed_by_inner(s, i)
            if j < 0:
                j = _closed_before_incise(s, i)
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
    """A quote left open at the end of paragraph p: carry on over hard-wrapped lines, and
    while the next paragraphs reopen it (a block quote)."""
    wrapped = _wrapped_close(paragraphs, p, i)
    if wrapped:
        return wrapped
    opener = paragraphs[p][i]
    parts = [paragraphs[p][i + 1 :]]
    q = p
    # A paragraph of a block quote ends its sentence; one that stops mid-sentence does not
    # go on in the next paragraph's quote.
    block = not _LINE_GOES_ON.search(paragraphs[p])
    while (
        block and q + 1 < len(paragraphs) and paragraphs[q + 1][:1] in ("«", "“", '"', "„", opener)
    ):
        q += 1
        nxt = paragraphs[q]
        j = _find_close(nxt, 0, nxt[0])
        if j >= 0:
            parts.append(nxt[1:j])
            return QuotedSpan(" ".join(x.strip() for x in parts), p, i, q, j)
        parts.append(nxt[1:])
    introduced = paragraphs[p][:i].rstrip().endswith(":")
    last = q == p == len(paragraphs) - 1  # the excerpt ends inside it: "… as “frank and"
    if n_words(parts[0]) < (2 if introduced or last else 5):
        return None  # a stray mark, not an open quote
    if opener in ('"', "‘") and q == p and not _cut_off(paragraphs, p, i):
        return None
    return QuotedSpan(" ".join(x.strip() for x in parts), p, i, q, len(paragraphs[q]))


# A line that stops mid-sentence: no closing punctuation at its end.
_LINE_GOES_ON = re.compile(r"[\w,;\-–—]\s*$")
MAX_WRAPPED_LINES = 8


def _wrapped_close(paragraphs: list[str], p: int, i: int) -> QuotedSpan | None:
    """A quote hard-wrapped over the next lines: « We expect a reply from / our partners by
    Friday, » … — lines that go on mid-sentence, up to the first closing mark, provided no
    other quote opens before it."""
    opener = paragraphs[p][i]
    closer = PAIRS[opener]
    parts = [paragraphs[p][i + 1 :]]
    q = p
    while (
        q + 1 < len(paragraphs)
        and q - p < MAX_WRAPPED_LINES
        and _LINE_GOES_ON.search(paragraphs[q])
    ):
        q += 1
        line = paragraphs[q]
        for mark in _MARKS.finditer(line):
            k = mark.start()
            ch = line[k]
            if ch in ("'", "’"):
                continue  # apostrophes
            if ch == closer and (closer != '"' or not _is_opening(line, k) or k + 1 == len(line)):
                parts.append(line[:k])
                return QuotedSpan(" ".join(x.strip() for x in parts), p, i, q, k)
            if _is_opening(line, k):
                return None  # another quote opens first: not a wrapped line of this one
        parts.append(line)
    return None


def _cut_off(paragraphs: list[str], p: int, i: int) -> bool:
    """A quote in straight or single marks left open: cut by the end of the excerpt, or
    introduced by a colon."""
    return p == len(paragraphs) - 1 or paragraphs[p][:i].rstrip().endswith(":")


def clean_quote(text: str) -> str:
    text = INCISE.sub(" ", text)
    return " ".join(text.split()).strip(" ,;").strip()


def is_statement(text: str, before: str, after: str, language: str) -> bool:
    """True when a quoted span is something said, not a name, a title or a scare quote."""
    n = n_words(text)
    if n == 0:
        return False
    lead = fold(sentence_before(before)).rstrip(" :,")
    if n <= 8 and NAMING.search(lead) and not governed(text, before, after, language):
        return False  # « le journal « Kommersant » »; « a appelé « les autorités … » » speaks
    if n > 6 or n > SHORT and not _looks_like_a_name(text):
        return True
    if incise_after(text, after, language):
        return True  # "“This is unacceptable,” said Lavrov." / « « Jamais », a-t-il répondu. »
    if not before.strip() and after.lstrip().startswith(":"):
        return True  # "‘We won't be bullied’: minister hits back"
    if _looks_like_a_name(text) and not before.rstrip().endswith(":"):
        return False  # a title or a name ("Groupe de Minsk", "Hayastan Alliance")
    if n > SHORT:
        return True
    if before.rstrip().endswith(":") and has_speech_verb(fold(before)[-80:], language):
        return True  # X a déclaré : « Jamais. »
    return governed(text, before, after, language)


def _looks_like_a_name(text: str) -> bool:
    """Every long word capitalised and no closing punctuation: a title or a name."""
    tokens = words(text)
    long_words = sum(len(t) > 3 for t in tokens)
    caps = sum(t[0].isupper() for t in tokens if len(t) > 3)
    return bool(long_words) and caps == long_words and not text.rstrip().endswith((".", "!", "?"))


def extract_quotes(title: str | None, body: list[str], language: str = "fr") -> list[QuotedSpan]:
    """Return the quoted statements of the title (paragraph -1) and of the body."""
    found = []
    earlier = [fold(para) for para in body]
    heading = fold(title or "")
    for span in scan_paragraphs(body, single_min=1):
        para = body[span.first_para]
        before = para[: span.open_at]
        after = body[span.last_para][span.close_at + 1 :]
        if earlier[span.first_para] in [heading, *earlier[: span.first_para]]:
            continue  # a paragraph printed twice (or the headline again): its quotes once
        if para[span.open_at] == "'" and n_words(span.text) < 3:
            if not governed(span.text, before, after, language):
                continue  # "Oslo says the deal is 'long overdue'"; apostrophes stay out
        elif not (is_statement(span.text, before, after, language) or _intertitle(span, para)):
            continue
        if not _is_a_headline(span.text, title, body):
            span.raw, span.text = span.text, clean_quote(span.text)
            found.append(span)
    return _title_quotes(title or "", language, " ".join(body)) + found


def _intertitle(span: QuotedSpan, para: str) -> bool:
    """A subheading that quotes a few words (« Une décision « inamicale » »): the words of
    the person the section quotes."""
    short = n_words(para) <= 8 and not para.rstrip().endswith((".", ":", ";", ","))
    one_line = span.first_para == span.last_para and 0 < n_words(span.text) <= SHORT
    return short and one_line and not _looks_like_a_name(span.text)


def _is_a_headline(text: str, title: str | None, body: list[str]) -> bool:
    """A quote whose words are the article's title or a whole line of the page: a headline
    cited by name (« Une réflexion sur « Le plan … » »), not words said."""
    key = fold(text).strip(" .?!")
    if n_words(text) < 4:
        return False
    lines = [title or ""] + body
    return any(fold(line).strip(" .?!") == key for line in lines)


# A headline opened by its speaker and a colon: "Lazaro: PH will not …", « Wąsik : … ».
_SPEAKER_COLON = re.compile(r"^\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s?:\s+\S")


def speaker_colon(before: str, body: str = "") -> bool:
    """True when the headline opens with a speaker and a colon: a name the body gives
    someone ("Lazaro: …" over "… Secretary Ramon Lazaro said"), not a topic, a rubric or a
    place ("Pêche :", "Analysis:", "Live:", "Ukraine:")."""
    m = _SPEAKER_COLON.match(before)
    if not m:
        return False
    head = before.split(":", 1)[0].strip()
    if is_section_label(head):
        return False
    last = head.split()[-1]
    return not body or bool(re.search(r"[A-ZÀ-Ý][\w'’-]*\s" + re.escape(last) + r"\b", body))


def _title_quotes(title: str, language: str, body: str = "") -> list[QuotedSpan]:
    """The headline's statements: "Lavrov : « … »", "‘We won't be bullied’: minister hits
    back", or a quote a headline verb governs ("Helsinki Calls Fishing Deal ‘Fair to All’",
    "Kremlin brands drills 'provocative'"), whatever its capitals."""
    out = []
    for span in scan_paragraphs([title], single_min=1) if title else []:
        span.first_para = span.last_para = -1
        before, after = title[: span.open_at], title[span.close_at + 1 :]
        # "Lavrov : « … »" names its speaker; "“…”: X hits back" is X's too.
        named = (
            before.rstrip().endswith(":")
            or (not before.strip() and after.lstrip().startswith(":"))
            or speaker_colon(before, body)  # "Lazaro: PH will not 'give up an inch'"
        )
        if (
            named
            or governed(span.text, before, after, language)
            or n_words(span.text) > 2
            and title[span.open_at] != "'"
            and is_statement(span.text, before, after, language)
        ):
            span.raw, span.text = span.text, clean_quote(span.text)
            out.append(span)
    return out
