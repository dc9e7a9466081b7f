"""Lines → article lines + removed lines, each removed line with the signal that removed it.

Signals: lines repeated across pages of the batch, UI text, counters, credits, bylines,
datelines, date lines, outlet/agency lines, related-article headers and the teaser
blocks they open, the run of headline-shaped lines after the article's end, the
title's repeats and the navigation above it. No line of any particular site is written here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .artefacts import crawler_prefix, is_artefact
from .bylines import (
    byline_name,
    byline_outlet,
    dated_byline_name,
    is_byline,
    is_person_name,
    name_and_role,
    name_line,
    press_job_line,
    read_byline,
)
from .dates import find_dates, is_date_line
from .document import RemovedLine
from .figures import INSTITUTION_HEADS, ROLE_HEADS
from .sources import (
    credit_owner,
    dateline_source,
    full_story_source,
    is_dateline,
    is_place,
    is_source_line,
    lead_dateline,
    leading_source,
    lookup_source,
    outlet_credit,
)
from .textshape import folded, is_headline_shaped, is_prose, n_words, norm_line, signed_end, words
from .uitext import (
    FURNITURE,
    INLINE_RELATED,
    MENU_WORDS,
    SECTION_WORDS,
    appeal_lead_in,
    is_counter,
    is_credit,
    is_document_kind,
    is_end_credit,
    is_issuer_line,
    is_keyword_line,
    is_language_bar,
    is_letterhead,
    is_reader_appeal,
    is_reading_time,
    is_related_header,
    is_rubric_label,
    is_section_label,
    is_ui_text,
    names_document_kind,
)


@dataclass
class Line:
    index: int
    text: str


@dataclass
class Page:
    """One page split into its parts: title, article lines, removed lines."""

    lines: list[Line]
    title: str | None = None
    title_index: int | None = None
    body: list[Line] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)

    def removed_with(self, *signals: str) -> list[RemovedLine]:
        return [r for r in self.removed if r.signal in signals]


def split_lines(text: str) -> list[Line]:
    """Return the non-empty lines, stripped, with their line numbers."""
    out = []
    for i, raw in enumerate(text.split("\n")):
        text_line = raw.replace("\u00a0", " ").strip()
        if text_line:
            out.append(Line(i, " ".join(text_line.split())))
    return out


def _stated_title(lines: list[Line], k: int) -> bool:
    """A title written as a sentence, with its full stop, among the first lines: right
    above the date line, with running text below."""
    return (
        k < 6
        and 6 <= n_words(lines[k].text) <= 40
        and lines[k].text.rstrip().endswith(".")
        and k + 1 < len(lines)
        and bool(is_date_line(lines[k + 1].text))
        and any(is_prose(ln.text) for ln in lines[k + 2 : k + 10])
    )


def first_prose(lines: list[Line]) -> int:
    """Index (in `lines`) of the first paragraph of running text, len(lines) if none."""
    for k, line in enumerate(lines):
        if (
            is_prose(line.text)
            and not is_ui_text(line.text)
            and not is_credit(line.text)
            and not is_reader_appeal(line.text)
        ):
            question = line.text.rstrip().endswith(("?", "!")) and n_words(line.text) < 20
            if question and any(is_prose(ln.text) for ln in lines[k + 1 : k + 6]):
                continue  # "… une promesse de plus ?": a headline that asks, above the text
            if _stated_title(lines, k):
                continue  # « Entretien de Mme X …, sur l'aide au Sahel. » above its date
            return k
    return len(lines)


def find_repeated(pages: list[list[Line]]) -> list[set[str]]:
    """Per page, the keys of lines that other pages of the batch also carry.

    Two pages that share three or more paragraphs of prose carry the same story (an agency
    dispatch printed by two outlets): lines they share do not count as repeated. A headline
    in one page's top part that other pages carry only lower down (a teaser there) is kept,
    and so is the first headline of a page whose top headlines all repeat (every page has a
    title, even when another outlet gave the same one).
    """
    keyed = [[norm_line(ln.text) for ln in lines] for lines in pages]
    starts = [first_prose(lines) for lines in pages]
    heads = [set(keys[:start]) for keys, start in zip(keyed, starts, strict=True)]
    first_headlines = [
        next(
            (
                norm_line(ln.text)
                for ln in lines[:start]
                if is_headline_shaped(ln.text) and not line_signal(ln.text)
            ),
            None,
        )
        for lines, start in zip(pages, starts, strict=True)
    ]
    owners: dict[str, set[int]] = defaultdict(set)
    for d, keys in enumerate(keyed):
        for key in keys:
            if key:
                owners[key].add(d)
    prose_keys = {
        norm_line(ln.text)
        for lines in pages
        for ln in lines
        if is_prose(ln.text) and n_words(ln.text) >= 12
    }
    shared_prose: dict[tuple[int, int], int] = defaultdict(int)
    for key, docs in owners.items():
        if key in prose_keys and 1 < len(docs) < 6:
            for a in docs:
                for b in docs:
                    if a < b:
                        shared_prose[(a, b)] += 1
    n_prose = [sum(key in prose_keys for key in set(keys)) for keys in keyed]
    partners = {
        (a, b)
        for (a, b), count in shared_prose.items()
        if count >= 3 or count * 2 >= min(n_prose[a], n_prose[b])
    }
    not_others: dict[int, set[int]] = {d: {d} for d in range(len(pages))}
    for a, b in partners:
        not_others[a].add(b)
        not_others[b].add(a)
    out = []
    for d, keys in enumerate(keyed):
        repeated = set()
        for key in set(keys):
            others = owners[key] - not_others[d] if key else ()
            if not others:
                continue
            if key in heads[d] and not any(key in heads[o] for o in others):
                continue
            repeated.add(key)
        title = first_headlines[d]
        if title in repeated and all(
            norm_line(ln.text) in repeated
            for ln in pages[d][: starts[d]]
            if is_headline_shaped(ln.text) and not line_signal(ln.text)
        ):
            repeated.discard(title)
        out.append(repeated)
    return out


_SEPARATORS = re.compile(r"\s[|›»>•·/]\s|\s*\|\s*")


def is_menu(text: str) -> bool:
    """True for a menu or breadcrumb: short items between separators ("Home | World | Europe")."""
    items = [x for x in _SEPARATORS.split(text) if x.strip()]
    if len(items) == 2 and norm_line(items[0]) in _HOME and n_words(items[1]) <= 3:
        return True  # "Accueil » International"
    if (
        len(items) == 2
        and re.search(r"\s[|›»>]\s", text)
        and all(n_words(x) <= 2 and not lookup_source(x) for x in items)
    ):
        return True  # "Russie | Géopolitique": a rubric path
    return len(items) >= 3 and all(n_words(x) <= 3 for x in items)


_HOME = frozenset(FURNITURE["home_words"])  # "Accueil", "Home"
# A link to another page: "Toutes nos vidéos >>", "More world news ›", ">> Read also".
_ARROW_LINK = re.compile(r"(?:^\s*(?:>>|»)\s*\S|\s(?:>>|›|»)\s*$)")


def is_arrow_link(text: str) -> bool:
    """True for a link line marked by arrows (not a French quote closing with », nor one
    opened with a reversed » and closed further on: « »Nous voulons …», a-t-il ajouté. »)."""
    if "«" in text or text.count("»") >= 2 or n_words(text) > 12:
        return False
    return bool(_ARROW_LINK.search(text))


_SUBSCRIBERS = re.compile(r"\b(?:subscribers?|subscription|abonnes?|abonnement)\b")


_DISTRIBUTION = re.compile(
    r"\b(?:site|website|web site|depeches?|dispatch(?:es)?|news stories|stories|wires?|fil|"
    r"diffuse\w*|distribu\w*|broadcast\w*|publie\w*|published|offered|offer|propose\w*)\b"
)


def _names_registry_source(text: str) -> bool:
    """True when a registry outlet or agency is named anywhere in the line."""
    tokens = re.findall(r"[\w'’.-]+", text)
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            chunk = " ".join(tokens[i : i + n])
            if n == 1 and (len(chunk) < 2 or not chunk[0].isupper()):
                continue
            entry = lookup_source(chunk)
            if entry is None and ("'" in chunk[:3] or "’" in chunk[:3]):
                entry = lookup_source(re.sub(r"^\w+['’]", "", chunk))  # "l'AA", "d'Anadolu"
            if entry:
                return True
    return False


def _is_publisher_notice(text: str) -> bool:
    """A notice in the outlet's own name about its subscribers and what it distributes
    ("X website contains only a portion of the news stories offered to subscribers …",
    "Seule une partie des dépêches que l'agence X diffuse à ses abonnés …")."""
    if n_words(text) > 60:
        return False
    low = norm_line(text)
    if not _SUBSCRIBERS.search(low):
        return False
    if leading_source(text) is not None:
        return n_words(text) <= 45
    return bool(_DISTRIBUTION.search(low)) and _names_registry_source(text)


_DATE_AND_SOURCE = re.compile(
    r"^(?P<date>.{6,40}?)\s+source\s*:\s*(?P<src>[^\W\d_][\w .&-]{1,40})$", re.I
)


def date_and_source(text: str) -> str | None:
    """The source of "Thu, 9 Nov 2023 Source: GNA" (a date line and a source), else None."""
    m = _DATE_AND_SOURCE.match(text.strip())
    return m["src"].strip() if m and is_date_line(m["date"]) and n_words(m["src"]) <= 5 else None


def _is_credit_and_date(text: str) -> bool:
    """ "Jane Roe | 09/20/2022", "AFP | 20.09.2022 14:05": a name and a date between bars;
    "Thu, 9 Nov 2023 Source: GNA": a date and the source."""
    if date_and_source(text):
        return True
    if "|" not in text:
        return False
    parts = [p.strip() for p in text.split("|") if p.strip()]
    dated = [p for p in parts if is_date_line(p)]
    return (
        bool(dated)
        and len(parts) <= 4
        and all(p in dated or (n_words(p) <= 4 and p[:1].isupper()) for p in parts)
    )


def _is_rubric_and_date(text: str) -> bool:
    """ "Politics Country January 27, 2025": a few words, half of them rubric words, and a
    full date."""
    dates = [d for d in find_dates(text) if d.year]
    if not dates or n_words(text) > 12:
        return False
    rest = text[: dates[0].start] + " " + text[dates[0].end :]
    tokens = [t for t in re.findall(r"[^\W\d_]+", rest)]
    rubric = [t for t in tokens if is_section_label(t) or norm_line(t) in MENU_WORDS]
    return bool(tokens) and len(tokens) <= 4 and len(rubric) * 2 >= len(tokens)


# A note at the foot of the page: "[1] Author's interviews, Port Vila, 2023."
FOOTNOTE = re.compile(r"^\s*\[\d{1,3}\]\s*\S")


def _caps_name(text: str) -> bool:
    """A person's name in capitals ("RANIA HADDAD"), not an outlet's acronym."""
    text = text.strip()
    return (
        text.isupper() and n_words(text) >= 2 and not lookup_source(text) and is_person_name(text)
    )


@lru_cache(maxsize=100_000)
def line_signal(text: str) -> str:
    """The signal a line carries wherever it stands, or ''."""
    if is_counter(text):  # "22.11.2022" is a date, "1/2" a gallery's counter
        return "date-line" if any(d.year for d in find_dates(text)) else "counter"
    if is_artefact(text):
        return "artefact"
    if FOOTNOTE.match(text):
        return "footnote"
    if is_keyword_line(text):
        return "tags"
    if full_story_source(text):
        return "credit"
    if byline_outlet(text) or is_byline(text):
        return "byline"  # before menus: "By Jane Roe | 28 Jun 2022 | 14:07"
    if is_menu(text):
        return "navigation"
    if outlet_credit(text):
        return "credit"
    if is_section_label(text) or is_rubric_label(text) or is_language_bar(text):
        return "navigation"
    if is_letterhead(text):
        return "letterhead"  # « RÉPUBLIQUE DU X », « Paix – Travail – Patrie »
    if is_issuer_line(text):
        return "source-line"  # « MINISTÈRE DES RELATIONS EXTÉRIEURES » under it
    if is_dateline(text) and not is_ui_text(text):
        return "dateline"  # not "Get Full Access for Ksh299/Week"
    if is_date_line(text) or _is_credit_and_date(text) or _is_rubric_and_date(text):
        return "date-line"
    if _is_release_dateline(text):
        return "date-line"
    if is_source_line(text) and not is_ui_text(text):
        if _caps_name(text):
            return "byline"  # "RANIA HADDAD" under the headline: the author, in capitals
        return "source-line"
    if is_related_header(text):
        return "related-header"
    if INLINE_RELATED.match(norm_line(text)) or is_arrow_link(text):
        return "related-link"
    if text.rstrip().endswith("|") and n_words(text) <= 25:
        return "caption"  # "The port of Tromsø, at dusk |": a caption cut from its credit
    if is_credit(text) or _is_publisher_notice(text):
        return "credit"
    if is_ui_text(text):
        return "ui-text"
    if is_reader_appeal(text):
        return "reader-appeal"
    return ""


def _mark_appeal_lead_ins(lines: list[Line], signals: list[str]) -> None:
    """A reader appeal's block: the short lines on reporting right above or below it
    ('Keep our reporting open to all' / 'Readers who chip in …' / 'Contribute')."""
    for k in [k for k, s in enumerate(signals) if s == "reader-appeal"]:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and not signals[j] and appeal_lead_in(lines[j].text):
                signals[j] = "reader-appeal"
                j += step


def _is_release_dateline(text: str) -> bool:
    """A release's date, place and issuer, dash-separated and nothing else (« Le 16 mars
    2023 - Ottawa (Ontario) - Affaires mondiales Canada », "March 16, 2023 - Ottawa, Ontario
    - Global Affairs Canada")."""
    parts = re.split(r"\s+[-–—]\s+", text.strip())
    if not 2 <= len(parts) <= 4 or n_words(text) > 16:
        return False
    dated = [p for p in parts if is_date_line(p) and any(d.year for d in find_dates(p))]
    others = [p for p in parts if p not in dated]
    return len(dated) == 1 and all(
        n_words(p) <= 5
        and p[:1].isupper()
        and not p.rstrip().endswith((".", "!", "?"))
        and not _BRIEFING.search(folded(p))  # "Department Press Briefing – May 3, 2024": a title
        for p in others
    )


_BRIEFING = re.compile(r"\b(?:" + "|".join(map(re.escape, FURNITURE["briefing_words"])) + r")\b")


def strip_boilerplate(lines: list[Line], repeated: set[str] | None = None) -> Page:
    """Split one page's lines into title, article lines and removed lines (with signals)."""
    repeated = repeated or set()
    at = next((k for k, ln in enumerate(lines[:8]) if crawler_prefix(ln.text)), None)
    prefix = crawler_prefix(lines[at].text) if at is not None else None
    if prefix:
        rest = [Line(lines[at].index, prefix[2])] if prefix[2] else []
        crawled = RemovedLine(lines[at].index, prefix[0], "crawler-prefix")
        crawled.published = prefix[1]
        lines = lines[:at] + rest + lines[at + 1 :]
    page = Page(lines=lines)
    if prefix:
        page.removed.append(crawled)
    n = len(lines)
    signals = [line_signal(ln.text) for ln in lines]
    for k, ln in enumerate(lines):
        if not signals[k] and norm_line(ln.text) in repeated:
            signals[k] = "repeated-in-batch"
    _mark_appeal_lead_ins(lines, signals)
    start = first_prose(lines)
    _mark_related_blocks(lines, signals, start)
    _mark_captions(lines, signals, start)
    _mark_site_name(lines, signals, start)
    _mark_title(page, signals, start)
    _mark_site_name_below_furniture(page, signals)
    _mark_above_title(page, signals)
    _mark_caption_above_text(page, signals, start)
    _mark_head(lines, signals, start, page.title_index)
    _mark_source_box(lines, signals, start)
    _mark_tail(lines, signals, start)
    _mark_trailer(lines, signals, start)
    _mark_comments(lines, signals, start)
    _mark_record_labels(lines, signals)
    _mark_name_lines(lines, signals)
    _mark_tags(lines, signals, start)
    _mark_end_signature(lines, signals, start)
    for k in range(n):
        if signals[k]:
            page.removed.append(removed_line(lines[k], signals[k]))
        else:
            page.body.append(lines[k])
    page.removed.sort(key=lambda r: r.index)
    return page


def _mark_end_signature(lines: list[Line], signals: list[str], start: int) -> None:
    """A person's name alone on the line right under the last paragraph, page furniture or
    nothing below it (« Adjara Compaoré »): the article's signature, its author."""
    body = [k for k in range(start, len(lines)) if not signals[k]]
    if len(body) < 2:
        return
    k = body[-1] + 1
    if k >= len(lines) or signals[k] != "short-line":
        return
    text = lines[k].text.strip()
    if 2 <= n_words(text) <= 4 and not text.endswith(".") and name_line(text):
        signals[k] = "signature"


def removed_line(line: Line, signal: str) -> RemovedLine:
    """The removed line with what it says about the article: author, outlet, agency, and
    how the outlet was named (`clue`), read once here for metadata.py to rank."""
    out = RemovedLine(line.index, line.text, signal)
    text = line.text.strip()
    if signal == "byline":
        said = read_byline(text)
        out.author, out.outlet, out.agency = said.author, said.outlet, said.agency
        out.clue = "byline" if said.outlet or said.agency else ""
    elif signal == "date-line":
        out.author = dated_byline_name(text)
        if named := date_and_source(text):
            out.outlet, out.clue = named, "credit-source"
    elif signal == "signature":
        out.author = name_line(text)
    elif signal == "credit" and (named := full_story_source(text)):
        out.outlet, out.clue = named, "full-story"
    elif signal in ("credit", "trailer") and (credited := outlet_credit(text)):
        outlet, agency = credited
        out.outlet = (outlet or agency).name if (outlet or agency) else None
        out.agency = agency.name if agency else None
        out.clue = "credit"
    elif signal == "credit" and (owner := credit_owner(text)):
        out.outlet, out.clue = owner
    elif signal == "site-name":
        out.outlet, out.clue = site_name_part(text), "site-name"
    elif signal == "source-line":
        named = re.sub(r"\s*\([^()]*\)$", "", text.strip("[]—–- .")).strip("()")
        leading = None if lookup_source(named) else leading_source(named)
        out.outlet, out.clue = (leading.name if leading else named), "outlet-line"
    elif signal == "dateline" and (named := dateline_source(text)):
        out.outlet, out.clue = named, "dateline"
    elif signal == "ui-text" and (banner := _COOKIES_ON.match(text)):
        out.outlet, out.clue = banner["site"], "banner-site"  # "Cookies on GOV.UK"
    elif signal == "ui-text" and (leading := leading_source(text)) and n_words(text) > 3:
        out.outlet, out.clue = leading.name, "publisher-notice"  # "X liveblogged the day's …"
    return out


_COOKIES_ON = re.compile(
    r"^\s*(?i:cookies\s+on\s+(?:the\s+)?)(?P<site>[A-Z0-9]\S*(?:\s+[A-Z0-9]\S*){0,3})"
    r"(?i:\s+websites?)?\s*$"
)  # "Cookies on GOV.UK", "Cookies on the BBC website"; never "Cookies on this website"


@lru_cache(maxsize=100_000)
def is_end_of_article(text: str, signal: str) -> bool:
    """A line that closes the article: an agency or outlet credit, copyright, contributors."""
    if signal in ("credit", "source-line", "byline", ""):
        return (
            is_end_credit(text)
            or (signal != "" and outlet_credit(text) is not None)
            or (signal == "source-line")
        )
    return False


def _mark_trailer(lines: list[Line], signals: list[str], start: int) -> None:
    """After the article's end credit, what is left is page furniture (paywall messages,
    tags, ads, related headlines) unless it holds real paragraphs."""
    body_words = 0
    tails = None
    for k in range(start, len(lines)):
        text = lines[k].text
        if body_words and is_end_of_article(text, signals[k]):
            tails = tails or _tail_counts(lines, signals)
            rest = range(k + 1, len(lines))
            after = tails[0][k + 1]
            # "© AFP" may also credit a photo: real paragraphs after it keep the article going.
            longest = 12 if text.lstrip().startswith(("©", "(c)", "(C)")) else 30
            long_prose = tails[1 if longest == 12 else 2][k + 1] > 0
            if after * 2 < body_words and not long_prose:
                if not signals[k]:
                    signals[k] = "credit"
                for j in rest:
                    if not signals[j]:
                        signals[j] = "trailer"
                return
        if not signals[k]:
            body_words += n_words(text)


# A comment thread's header: "3 comments", "Commentaires (2)", "Laisser un commentaire".
_COMMENT_WORDS = "|".join(re.escape(h).replace("\\ ", r"\s+") for h in FURNITURE["comment_headers"])
_COMMENTS = re.compile(
    rf"""^ (?: \d+ \s+ )?
        (?: {_COMMENT_WORDS} )
        (?: \s* \( \d+ \) )? \s* :? $""",
    re.VERBOSE,
)


def is_comments_header(text: str) -> bool:
    return bool(_COMMENTS.match(norm_line(text)))


def _mark_comments(lines: list[Line], signals: list[str], start: int) -> None:
    """After the article, a comment thread's header: the readers' comments and the form
    below it are not the article."""
    body_words = 0
    for k in range(start, len(lines)):
        if body_words and is_comments_header(lines[k].text):
            for j in range(k, len(lines)):
                signals[j] = signals[j] or "comments"
            return
        if not signals[k]:
            body_words += n_words(lines[k].text)


def _tail_counts(lines: list[Line], signals: list[str]) -> tuple[list[int], ...]:
    """From each line to the end, among lines without a signal: the words, and the lines
    of prose of 12 or more words and of 30 or more (one pass, read from the end)."""
    n = len(lines)
    words, prose12, prose30 = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for j in range(n - 1, -1, -1):
        w = p12 = p30 = 0
        if not signals[j]:
            w = n_words(lines[j].text)
            if w >= 12 and is_prose(lines[j].text):
                p12, p30 = 1, int(w >= 30)
        words[j], prose12[j], prose30[j] = (
            words[j + 1] + w,
            prose12[j + 1] + p12,
            prose30[j + 1] + p30,
        )
    return words, prose12, prose30


def _mark_related_blocks(lines: list[Line], signals: list[str], start: int) -> None:
    """A related-articles header opens a block of teaser headlines that runs to the next prose.
    Above the article the block stops at the headline; inside it (« À lire aussi » between two
    paragraphs) a teaser followed by the next paragraph is still a teaser."""
    j = 0
    for k in range(len(lines)):
        if signals[k] != "related-header":
            continue
        # A block already walked from an earlier header is marked: carry on from its end.
        j = max(j, k + 1)
        while j < len(lines) and not (is_prose(lines[j].text) and not signals[j]):
            if not signals[j]:
                if j <= start and _opens_article(lines, j):
                    break  # above the article, a header's block stops at the headline
                signals[j] = "teaser-block"
            j += 1


def _opens_article(lines: list[Line], j: int) -> bool:
    """True for a headline-shaped line that the article's date line, byline or first
    paragraph follows."""
    if j + 1 >= len(lines) or not is_headline_shaped(lines[j].text):
        return False
    after = lines[j + 1].text
    return bool(is_date_line(after) or is_byline(after)) or (
        is_prose(after) and n_words(after) >= 20
    )


_NAME_WORDS = frozenset(FURNITURE["name_words"])  # small words inside a name


def is_name_shaped(text: str) -> bool:
    """A short name in title case ("The Meridian Herald", "La Vigie du Cotentin", "Ministère
    du Commerce extérieur": a lower-case adjective at the end at most, never a verb inside)."""
    tokens = re.findall(r"[^\W\d_][\w'’.-]*|\d+|&", text)
    if not tokens or len(tokens) > 6 or text.rstrip().endswith((".", "?", "!", ":", ",", ";")):
        return False
    if not tokens[0][:1].isupper() or is_ui_text(text) or max(len(t) for t in tokens) < 3:
        return False
    if any(d.year for d in find_dates(text)):
        return False
    lower = [i for i, t in enumerate(tokens) if t[:1].islower() and fold_word(t) not in _NAME_WORDS]
    return not lower or (len(tokens) >= 3 and lower == [len(tokens) - 1])


def fold_word(word: str) -> str:
    """The folded word, or its elided article ("l'Orient" → "l")."""
    return norm_line(word).replace("’", "'").split("'")[0]


DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}$")
_NAME_AND_MOTTO = re.compile(r"^(?P<name>[^-–—|]{3,40}?)\s+[-–—|]\s+(?P<rest>.{3,80})$")


def site_name_part(text: str) -> str:
    """The site's name in "Name - what the site is" ("France Diplomatie - Ministère de
    l'Europe et des Affaires étrangères", "SITE.COM | Actualité du …"); the line itself
    otherwise."""
    m = _NAME_AND_MOTTO.match(text.strip())
    if m and 2 <= n_words(m["name"]) <= 4 and is_name_shaped(m["name"]):
        if is_name_shaped(m["rest"]) or n_words(m["rest"]) > 6:
            return m["name"].strip()
    if m and DOMAIN_LINE.match(m["name"].strip().lower()) and n_words(m["rest"]) >= 3:
        return m["name"].strip()  # "SITE.COM | Actualité économique et politique du …"
    if issuer_header(text):
        # "Commission européenne - Communiqué de presse": the institution issued the text.
        return m["name"].strip()
    return text


def issuer_header(text: str) -> bool:
    """ "Name - Press release", « Name - Communiqué de presse »: who issued the text and what
    it is, never its title."""
    m = _NAME_AND_MOTTO.match(text.strip())
    return bool(m) and names_document_kind(m["rest"]) and _issuer_shaped(m["name"])


def _issuer_shaped(name: str) -> bool:
    """A name that may issue a release: up to six words, the first capitalised, no sentence
    punctuation, not a date, not a place (« Lima - Communiqué » is a dateline)."""
    name = name.strip()
    return (
        name[:1].isupper()
        and not is_place(name)
        and n_words(name) <= 6
        and not any(mark in name for mark in ',;:?!«»“”"')
        and not find_dates(name)
    )


def _mark_site_name(lines: list[Line], signals: list[str], start: int) -> None:
    """The first line names the site when it is very short and a longer line follows, or
    when it is a short name in title case."""
    if len(lines) < 2 or start == 0:
        return
    first = lines[0].text
    if not re.search(r"[^\W\d_]{2}", first):
        return  # "×", "★★★": a button's glyph names nothing
    if DOMAIN_LINE.match(first.strip()):
        signals[0] = "site-name"  # "vie-publique.fr": the site's address as its name
        return
    if signals[0] not in ("", "source-line", "repeated-in-batch") or is_ui_text(first):
        return
    if site_name_part(first) != first:
        signals[0] = "site-name"  # "France Diplomatie - Ministère de l'Europe et …"
        return
    short = n_words(first) <= 3 and len(lines[1].text) > len(first)
    if is_person_name(first) or _place_rubric(first):
        return
    # A longer name-shaped line right above the lede is the headline ("Sommet de Korvath
    # sur l'eau"), not the site: a site's name comes above a headline.
    named = is_name_shaped(first) and (start >= 2 or n_words(first) <= 4)
    if (short and not first.endswith((".", "?", "!", ":"))) or named:
        signals[0] = "site-name"


def _place_rubric(text: str) -> bool:
    """ "Singapore", "South Africa": a place alone above the headline is a rubric, not the
    site's name (unless the registry knows it). With more words it may be one ("Sahel
    Info")."""
    return not lookup_source(text.strip()) and is_place(text.strip())


def _menu_words_only(text: str) -> bool:
    """A menu entry ("News Feed", "Latest News"): words of menus and sections only."""
    tokens = words(folded(text))
    return bool(tokens) and all(t in MENU_WORDS or t in SECTION_WORDS for t in tokens)


def _mark_site_name_below_furniture(page: Page, signals: list[str]) -> None:
    """Below a skip link, a consent banner or a scraper's artefact, the first name in title
    case above the headline names the site ("Ministry of Foreign Affairs", "Adriatic Times")."""
    if page.title_index is None or "site-name" in signals:
        return
    for k, line in enumerate(page.lines):
        if line.index >= page.title_index or k > 8:
            return
        free = not signals[k] or (
            signals[k] == "navigation"
            and not is_section_label(line.text)
            and not is_language_bar(line.text)
        )
        if (
            free
            and n_words(line.text) >= 2
            and (is_name_shaped(line.text) or site_name_part(line.text) != line.text)
            and not is_menu(line.text)
            and not _menu_words_only(line.text)  # "News Feed", "Top Stories"
            and not is_person_name(line.text)  # an author's name printed above the headline
            and not _place_rubric(line.text)  # "India News": a rubric
            and not _in_menu_run(page.lines, k)
            and not _SLOGAN.match(norm_line(line.text))
        ):
            signals[k] = "site-name"
            return


_PHOTO_CREDIT = re.compile(r"^\s*(?:©|\(c\)|photo\s*:|credit|crédit|image\s*:|archives?\s)", re.I)
_PHOTO_ONLY = re.compile(
    r"^\s*(?:photo\s*:|photos?\s*:|photo\ d'archives?|archives?\s)", re.I | re.X
)
_CREDIT_FIRST = re.compile(r"^\s*(?:photo|photos|crédit|credit|image)\s*:", re.I)
# A photo agency's name alone on its line, the credit printed above a caption.
_BARE_CREDIT = re.compile(
    r"""
    ^\s*(?:(?:afp|reuters|epa(?:-efe)?|ap|anadolu|xinhua|pa\ media|bloomberg)\s+via\s+)?
    (?:getty\ images|afp|reuters|epa(?:-efe)?|pa\ media|shutterstock|alamy)\s*$
    """,
    re.I | re.X,
)
# Where a person stands in a photo: « (à droite) », « (g) », "(left)".
_POSITION = re.compile(
    r"""\( (?: (?:a|au|de)\ (?:droite|gauche|centre)\b [^()]* | [gdc]\.? | de\ g\.?\ a\ d\.?
             | (?:left|right|centre|center|l|r)\b [^()]* ) \)""",
    re.VERBOSE,
)


def _in_menu_run(lines: list[Line], k: int) -> bool:
    """True for an item inside a menu: short lines above it up to a section's name
    ("Politics"), another short line below it ("Politics", "Social Affairs", "Foreign Affairs")."""
    if k + 1 >= len(lines) or n_words(lines[k + 1].text) > 3:
        return False
    j = k - 1
    while j >= 0 and n_words(lines[j].text) <= 3:
        if is_section_label(lines[j].text):
            return True
        j -= 1
    return False


_BRACKETED_CREDIT = re.compile(r"[.!?]\s*[(\[][^()\[\]]{2,60}[)\]]\s*$")
_LEADING_CREDIT = re.compile(r"^\s*(?:©|\(c\))\s*")
_TRAILING_CREDIT = re.compile(r"\s*(?:©|\(c\)|\bphoto\s*:)[^©]{0,60}$", re.I)
# A caption closed by its credit in capitals after a bar ("… en octobre 2024. | ARCHIVES X").
_BAR_CREDIT = re.compile(r"[.)]\s+\|\s+[A-ZÀ-Ý][A-ZÀ-Ý0-9 .'’/&-]{1,60}$")


def _mark_captions(lines: list[Line], signals: list[str], start: int) -> None:
    """Captions: a short line right above a photo credit ("© REUTERS / Jane Roe"); a line that
    another line repeats with a credit ("… Steinmeier © epa"); a line that repeats a paragraph
    behind a "©"."""
    keys = {norm_line(ln.text): k for k, ln in enumerate(lines)}
    for k in range(len(lines) - 1):
        text = lines[k].text
        if text.strip() == lines[k + 1].text.strip() and _BRACKETED_CREDIT.search(text):
            signals[k] = signals[k + 1] = "caption"  # an image's alt text and its caption
    for k in range(len(lines)):
        text = lines[k].text
        if not signals[k] and _BAR_CREDIT.search(text) and n_words(text) <= 40:
            signals[k] = "caption"
            continue
        if _LEADING_CREDIT.match(text):
            twin = keys.get(norm_line(_LEADING_CREDIT.sub("", text)))
            if twin is not None and twin != k:
                signals[k] = "caption"  # "© <a paragraph of the page>"
                continue
        if signals[k] != "credit":
            continue
        if _TRAILING_CREDIT.search(text):
            twin = keys.get(norm_line(_TRAILING_CREDIT.sub("", text)))
            if twin is not None and twin != k and not signals[twin]:
                signals[twin] = "caption"
        if k and _credit_before_caption(lines, signals, k, start):
            signals[k + 1] = "caption"
        elif k and _PHOTO_CREDIT.match(text):
            j = k - 1
            short = n_words(lines[j].text) <= 40
            if not signals[j] and (j < start or not is_prose(lines[j].text)) and short:
                signals[j] = "caption"
            elif not signals[j] and _dated_caption(lines[j].text):
                signals[j] = "caption"  # « Le poste-frontière de X, le 24 mai 2024. » above "©AFP"
            elif (
                not signals[j]
                and _PHOTO_ONLY.match(text)
                and n_words(lines[j].text) <= 15
                and not re.search(r"[«»“”\"]", lines[j].text)
                and any(
                    not signals[i] and is_prose(lines[i].text)
                    for i in range(k + 1, k + 3)[: len(lines) - k - 1]
                )
            ):
                # « Archives X / « Sud Ouest » », "Photo: X" inside the article (its text
                # goes on below): a photo's credit under a caption written as a sentence.
                signals[j] = "caption"


def _dated_caption(text: str) -> bool:
    """A short sentence naming a place and its day, quoting nobody, ending on the date."""
    return (
        n_words(text) <= 20
        and not re.search(r"[«»“”\"]", text)
        and bool(re.search(r",\s+(?:le\s+|on\s+)?[^,]{0,25}\d{4}\.?$", text))
        and bool(find_dates(text, allow_numeric_partial=False))
    )


def _credit_before_caption(lines: list[Line], signals: list[str], k: int, start: int) -> bool:
    """ "Photo: Jane Roe Agence X" under the headline, then the caption: a credit that comes
    first, a short line that is no sentence below it, above the article's text. A bare
    agency name ("Getty Images") may also sit under the byline and date lines."""
    bare = bool(_BARE_CREDIT.match(lines[k].text))
    if not (_CREDIT_FIRST.match(lines[k].text) or bare) or n_words(lines[k].text) > 8:
        return False
    # Above it, the headline, or (a bare agency name) the furniture under the headline.
    above = is_headline_shaped(lines[k - 1].text) or (bare and bool(signals[k - 1]))
    if k + 1 >= min(start, len(lines)) or signals[k + 1] or not above:
        return False
    below = lines[k + 1].text
    return n_words(below) <= 40 and not is_prose(below)


def _mark_tags(lines: list[Line], signals: list[str], start: int) -> None:
    """Below the article, an outlet's name among short lines is a tag, not a credit."""
    short = ("short-line", "teaser-block", "navigation", "tags", "source-line", "ui-text")
    for k in range(start + 1, len(lines)):
        if signals[k] != "source-line":
            continue
        near = [j for j in range(k - 2, k + 3) if j != k and 0 <= j < len(lines)]
        if sum(signals[j] in short and n_words(lines[j].text) <= 4 for j in near) >= 2:
            signals[k] = "tags"


_TAGLINE = re.compile(r"\b(?:your|you|votre|vos|vous|our|notre|nos)\b")
# A slogan where the site's name would stand: "Most Widely Read Newspaper", « Le plus lu ».
_SLOGAN = re.compile(
    r"^(?:(?:the\s+|le\s+|la\s+)?(?:most|best|leading|trusted|largest|plus|premier|1er)|"
    r"your|you|votre|our|notre)\b"
)


def _is_tagline(text: str) -> bool:
    """A site's slogan ("Your exclusive news handpicked daily!"), not a headline."""
    return text.rstrip().endswith("!") or bool(_TAGLINE.search(norm_line(text)))


def _is_kicker(text: str) -> bool:
    """A rubric above the headline ("Guerre en Ukraine", "Russian Politics & Diplomacy"): a few
    words, no comma or dash, at most one lower-case word of more than three letters."""
    if n_words(text) > 5 or any(mark in text for mark in ',—–«“":') or " - " in text:
        return False
    lower = [w for w in text.split() if w[:1].islower() and len(w) > 3]
    return len(lower) <= 1


def _is_label(text: str) -> bool:
    """A short line with no punctuation of a sentence: a rubric, a breadcrumb, a slogan."""
    return n_words(text) <= 5 and not any(mark in text for mark in ',:;—–?!«»“”"()')


def _office_line(lines: list[Line], head: list[int], keys: list[str], k: int) -> bool:
    """ "Office of the Spokesperson" above and below a readout's headline: a label naming an
    office or a role, printed twice around a longer headline, is not the title."""
    text = lines[k].text
    if not _is_label(text) or not (
        INSTITUTION_HEADS.match(folded(text)) or ROLE_HEADS.match(folded(text))
    ):
        return False
    seen = [j for j in range(len(lines)) if keys[j] == keys[k]]
    return any(seen[0] < j < seen[-1] and n_words(lines[j].text) > n_words(text) + 1 for j in head)


def _longer_after(lines: list[Line], head: list[int], k: int) -> bool:
    """True when the run of headline lines from k on holds a line longer than line k."""
    j = k + 1
    while j in head:
        if n_words(lines[j].text) > n_words(lines[k].text) + 1:
            return True
        j += 1
    return False


def _repeats_with_rubric(line: str, following: str) -> bool:
    """True for "RUBRIC / headline" or "Rubric: headline" right above the headline alone."""
    low, tail = norm_line(line), norm_line(following)
    return (
        len(tail) >= 15
        and low != tail
        and low.endswith(tail)
        and low[: -len(tail)].rstrip()[-1:] in "/:|-–—"
    )


_META = ("byline", "date-line", "dateline")


def _mark_title(page: Page, signals: list[str], start: int) -> None:
    """The title: among the headline-shaped lines above the article (above its byline and
    date lines when they follow the headline), the first of the last run of adjacent ones
    (a deck may follow it; a tagline, a caption or a teaser stands higher up), a repeated
    line first; its repeats go."""
    lines = page.lines
    head = [
        k
        for k in range(start)
        if not signals[k]
        and not issuer_header(lines[k].text)
        and (
            is_headline_shaped(lines[k].text)
            or _stated_title(lines, k)
            or is_document_kind(lines[k].text)
        )
    ]
    if not head:
        return
    meta = [k for k in range(start) if signals[k] in _META]
    if meta and any(k < meta[-1] for k in head):
        head = [k for k in head if k < meta[-1]]
    keys = [norm_line(ln.text) for ln in lines]
    times = Counter(keys)
    offices = {keys[k] for k in head if _office_line(lines, head, keys, k)}
    for j, key in enumerate(keys):
        if key in offices and not signals[j]:
            signals[j] = "navigation"  # "Office of the Spokesperson", above and below
    head = [k for k in head if keys[k] not in offices]
    if not head:
        return
    counted = [k for k in head if times[keys[k]] > 1 and n_words(lines[k].text) >= 4]
    if counted:
        k = counted[0]
    else:
        k = head[-1]
        while k - 1 in head:
            k -= 1
        if k + 1 in head and _is_tagline(lines[k].text):
            signals[k] = "tagline"
            k += 1
        # Breadcrumbs and slogans run into the headline ("Salle de presse", "Points de
        # presse", "Q&R - Point de presse live (14 mars 2024)"): short unpunctuated lines
        # above a longer line of the same run are not the title.
        while k + 1 in head and _is_label(lines[k].text) and _longer_after(lines, head, k):
            signals[k] = "navigation"
            k += 1
    if k + 1 in head and _repeats_with_rubric(lines[k].text, lines[k + 1].text):
        signals[k] = "title-repeat"  # "SENEGAL-MALI / X" above "X": X is the title
        k += 1
    # A short rubric line right above a longer headline is a kicker, not the title.
    later = [j for j in head if j > k]
    if (
        later
        and _is_kicker(lines[k].text)
        and all(signals[i] for i in range(k + 1, later[0]))
        and n_words(lines[later[0]].text) > n_words(lines[k].text) + 1
    ):
        signals[k] = "navigation"
        k = later[0]
    page.title, page.title_index = lines[k].text, lines[k].index
    signals[k] = "title"
    for j, key in enumerate(keys):
        if j != k and key == keys[k]:
            signals[j] = "title-repeat"


_CREDIT_CLOSE = re.compile(r"[.!]\s*\([A-Z][\w.&'’\ -]{1,30}(?:/[\w.&'’\ -]{1,30})?\)\s*$")
_CAPITALS_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý.'’\ -]{2,30}(?::|\s[—–-])\s+[A-ZÀ-Ý]")


def _opens_with_dateline(text: str) -> bool:
    return bool(_CAPITALS_DATELINE.match(text) or lead_dateline(text))


def _mark_caption_above_text(page: Page, signals: list[str], start: int) -> None:
    """Between the byline and date block and the first paragraph, a line that is no
    sentence and names a day ("Le ministre à Oslo, le 3 octobre 2023") or where someone
    stands in the photo (« (à droite) »), or that closes on an agency's credit right above a
    lede opening with a dateline ("… in Riyadh. (SPA)" / "RIYADH: …"), is a photo's caption."""
    meta = [k for k in range(start) if signals[k] in _META]
    if page.title_index is None or not meta:
        return
    lead = page.lines[start].text if start < len(page.lines) else ""
    for k in range(meta[-1] + 1, start):
        text = page.lines[k].text
        if not signals[k] and not is_prose(text):
            if find_dates(text, allow_numeric_partial=False) or _POSITION.search(norm_line(text)):
                signals[k] = "caption"  # « Le ministre X (à droite) et son homologue … »
            elif k == start - 1 and _CREDIT_CLOSE.search(text) and _opens_with_dateline(lead):
                signals[k] = "caption"  # "X meets Y in Riyadh. (SPA)" above "RIYADH: …"


def _mark_above_title(page: Page, signals: list[str]) -> None:
    """Above the headline stand the site's furniture: taglines, captions, teasers. A line
    there is article text only when it is long running text (the title may be wrong)."""
    if page.title_index is None:
        return
    for k, line in enumerate(page.lines):
        if line.index >= page.title_index:
            return
        if not signals[k] and n_words(line.text) <= 25:
            signals[k] = "above-title"


def _mark_head(lines: list[Line], signals: list[str], start: int, title_index: int | None) -> None:
    """Above the article: short lines are navigation; so are short lines above the title."""
    for k in range(start):
        if signals[k]:
            continue
        n = n_words(lines[k].text)
        before_title = title_index is not None and lines[k].index < title_index
        near_date = any(
            0 <= j < len(lines) and signals[j] in ("date-line", "byline") for j in (k - 1, k + 1)
        ) or (k + 1 < len(lines) and is_reading_time(lines[k + 1].text))  # "Name / 4-5 minutes"
        if not before_title and title_index is not None and near_date and name_line(lines[k].text):
            signals[k] = "byline"  # "Andrew Roth in Moscow" next to the date line
            continue
        if n <= 3 or (before_title and n <= 6):
            signals[k] = "navigation"


def _mark_tail(lines: list[Line], signals: list[str], start: int) -> None:
    """After the article's last paragraph: teaser headlines, short lines and page furniture."""
    teasers = 0
    k = len(lines) - 1
    first = True  # no line of text met yet, coming up from the end
    paywall = False  # a subscription prompt below: the text above it was cut
    while k > start:
        text = lines[k].text
        if signals[k]:
            teasers += signals[k] in ("repeated-in-batch", "teaser-block")
            paywall = paywall or (
                signals[k] == "ui-text" and bool(_PAYWALL.search(norm_line(text)))
            )
        elif first and (teasers == 0 or paywall) and _is_cut_sentence(lines, signals, k, paywall):
            break  # the text ends inside a sentence (an excerpt, a paywall): it is article text
        elif (
            n_words(text) <= 3
            and not _TURN.match(text)
            and not _closing_sentence(lines, signals, k)
        ):
            signals[k] = "short-line"
        elif is_headline_shaped(text) and not is_prose(text) and not signed_end(text):
            signals[k] = "teaser-block"
            teasers += 1
        elif (
            teasers >= 3
            and n_words(text) < 25
            and k - 1 > start
            and is_headline_shaped(lines[k - 1].text)
        ):
            signals[k] = "teaser-block"
        else:
            break
        first = first and bool(signals[k])
        k -= 1


def _closing_sentence(lines: list[Line], signals: list[str], k: int) -> bool:
    """A short sentence right after a paragraph of text (« Nous y travaillons. »): the
    article's last words, not a button or a label."""
    text = lines[k].text.strip()
    return (
        n_words(text) >= 2
        and text[:1].isupper()
        and text.rstrip('»”"’)').endswith((".", "!", "?", "…"))
        and k > 0
        and not signals[k - 1]
        and is_prose(lines[k - 1].text)
    )


_SOURCE_BOX_LABELS = frozenset(FURNITURE["source_box_labels"])
_QUOTE_MARKS = re.compile('[«»“”"]')
_SOURCE_BOX_LINES = 6


def _mark_source_box(lines: list[Line], signals: list[str], start: int) -> None:
    """A box on the outlet the article was taken from, closing the page: a label alone
    ('Source'), then the outlet's name, town, website and a line on what it is. Its few
    lines after the label, none quoting anybody, at least one a bare name, are furniture."""
    for k in range(len(lines) - 1, start, -1):
        if folded(lines[k].text).strip(" :-–—") in _SOURCE_BOX_LABELS:
            break
    else:
        return
    rest = [j for j in range(k + 1, len(lines)) if not signals[j]]
    if (
        not rest
        or len(rest) > _SOURCE_BOX_LINES
        or any(n_words(lines[j].text) > 40 or _QUOTE_MARKS.search(lines[j].text) for j in rest)
        or not any(n_words(lines[j].text) <= 3 for j in rest)
    ):
        return
    for j in [k, *rest]:
        signals[j] = signals[j] or "source-box"


# A speaker's turn in a transcript: "DARKO-BOATENG: Thank you."
_TURN = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}:\s+\S")


def _is_cut_sentence(lines: list[Line], signals: list[str], k: int, paywall: bool = False) -> bool:
    """True for a last line cut mid-sentence right after a paragraph: 10+ words, mostly in
    lower case, ending on a lower-case word; above a paywall, any line of 8+ words that
    stops on a lower-case word ("… described the talks as “frank and")."""
    text = lines[k].text.rstrip()
    tokens = text.split()
    if k == 0 or signals[k - 1] or not is_prose(lines[k - 1].text) or len(tokens) < 8:
        return False
    if not (tokens[-1][:1].islower() and tokens[-1][-1:].isalpha()):
        return False
    lower = sum(t[:1].islower() for t in tokens)
    return paywall or (len(tokens) >= 10 and lower * 3 >= len(tokens) * 2)


_PAYWALL = re.compile(r"\b(?:" + "|".join(map(re.escape, FURNITURE["paywall_phrases"])) + r")\b")


def _mark_record_labels(lines: list[Line], signals: list[str]) -> None:
    """A page's record fields, each label alone on its line: "From:" and the issuer under
    it, "Published" or "Last updated" above a date line."""
    for k in range(len(lines) - 1):
        if signals[k]:
            continue
        label = norm_line(lines[k].text)
        nxt = lines[k + 1].text
        if label in _LABELS_OVER_DATES and signals[k + 1] == "date-line":
            signals[k] = "navigation"
        elif label in _LABELS_OVER_NAMES and not signals[k + 1] and not is_prose(nxt):
            signals[k] = signals[k + 1] = "navigation"


_LABELS_OVER_DATES = frozenset(FURNITURE["labels_over_dates"])
_LABELS_OVER_NAMES = frozenset(FURNITURE["labels_over_names"])


_AT_PLACE_LINE = re.compile(
    r"^(?:à|a|in|depuis|from)\s+[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+){0,2}$"
)


def _outlet_desk_line(text: str) -> bool:
    """ "BBC News, Accra", "Example Times, Nairobi": an outlet the registry knows and the
    place its journalist writes from, printed under the journalist's name."""
    head, sep, place = text.strip().rpartition(",")
    return (
        bool(sep)
        and n_words(text) <= 6
        and bool(lookup_source(head.strip()))
        and is_place(place.strip())
    )


def _mark_name_lines(lines: list[Line], signals: list[str]) -> None:
    """A lone name next to a byline that gives the same name is part of the byline; a lone
    name right above or below the date line is the byline; a closing line that opens with
    the author's name ("Jane Roe was ambassador to Norway …") is the author's note; in the
    second half of the page, the author's name or the site's name alone on a line signs the
    article. A name over its press job ("Political Correspondent") or its outlet and city
    ("BBC News, Accra") near the date line is the byline."""
    for k in range(1, len(lines)):
        near = range(max(0, k - 5), min(len(lines), k + 6))
        if (
            (press_job_line(lines[k].text) or _outlet_desk_line(lines[k].text))
            and signals[k - 1] in ("", "navigation")
            and name_line(lines[k - 1].text)
            and any(signals[i] == "date-line" for i in near)
        ):
            signals[k - 1] = signals[k] = "byline"
    for k in range(len(lines)):
        if signals[k] == "date-line":
            for j in (k - 2, k - 1, k + 1, k + 2):
                if not 0 <= j < len(lines):
                    continue
                if abs(j - k) == 1 and 0 < j < len(lines) - 1:
                    if _AT_PLACE_LINE.match(lines[j].text.strip()):
                        # « Hélène Roy » / « à Ottawa » / « 15 mars 2023 »: the place a
                        # byline writes from, between the name and the date.
                        place, far = j, j + (j - k)
                        if 0 <= far < len(lines) and name_line(lines[far].text):
                            signals[place] = signals[far] = "byline"
                        continue
                # next to it, or past one line of furniture ("Heard on Morning Edition")
                between = range(min(j, k) + 1, max(j, k))
                if any(signals[i] not in ("ui-text", "navigation") for i in between):
                    continue
                if not signals[j] and name_line(lines[j].text):
                    if n_words(lines[j].text) <= 5 and not lines[j].text.rstrip().endswith("."):
                        signals[j] = "byline"
    authors = set()
    for k, ln in enumerate(lines):
        if signals[k] != "byline":
            continue
        role = name_and_role(ln.text)
        if role and not role[1]:  # "Minister of Foreign Affairs, Jane Roe": a photo's subject
            for j in (k - 1, k + 1):
                if 0 <= j < len(lines) and norm_line(lines[j].text) == norm_line(role[0]):
                    signals[j] = "caption"
            continue
        name = byline_name(ln.text) or name_line(ln.text) or read_byline(ln.text).author or ""
        if name:
            authors.add(norm_line(name))
        for j in (k - 1, k + 1):
            if 0 <= j < len(lines) and norm_line(lines[j].text) == norm_line(name):
                signals[j] = "byline"
    sites = {norm_line(ln.text) for k, ln in enumerate(lines) if signals[k] == "site-name"}
    for k in range(len(lines) // 2, len(lines)):  # in the second half of the page
        low = norm_line(lines[k].text)
        short = n_words(lines[k].text) <= 40
        if not signals[k] and low in authors:
            signals[k] = "signature"  # « Aïcha Kaboré » under the last paragraph
        elif not signals[k] and low in sites:
            signals[k] = "credit"  # « Lefaso.net » under it
        elif not signals[k] and short and any(_author_note(a).match(low) for a in authors if a):
            signals[k] = "author-note"


def _author_note(name: str) -> re.Pattern:
    return re.compile(
        re.escape(name) + r",?\s+(?:is|was|has|writes|covers|est|etait|a ete|a|ecrit|couvre)\b"
    )
