"""The turns of a Q/A transcript: who "I" and "we" are.

A transcript is a page whose paragraphs open on turn labels: questions (`Q:`, « Q - »,
`QUESTION:`, `Presenter:`, an outlet or its reporter: `Harbour TV:`), answers (`A:`,
« R - », « Réponse : ») or a speaker's name or role (`MR. HALVORSEN:`, `SPOKESPERSON:`,
`Aroha Tane:`, a name the page also gives elsewhere); a paragraph without a label goes on
with the turn before it. "I said “…”" in an answer is the one who answers: the speaker of
a named turn, or for `A:` / « R - » the one person the title and the lines above the first
turn name (with a role, when they name several). In a question, "I" is the journalist: the
quote stays unattributed. "He said “…”" in an answer is the one person the question asked
about. The labels are data (`data/speech.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .figures import ROLE_HEADS
from .mentions import PRONOUNS, Article, fits
from .names import is_person_name, is_relay, person_shaped
from .speech import word_lists
from .textshape import fold_keep
from .textshape import folded as fold

QUESTION, ANSWER = "question", "answer"

# "Q:", « R - », "QUESTION :", "Q." ; "Q    Thank you" (a White House transcript).
_LABEL = re.compile(
    r"""^(?P<label>(?:(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr|M|Mme)\.?\s+)?
        [A-Za-zÀ-ÿ][\w.'’ -]{0,40}?)
        (?:\s*[:–—]\s+|\s+-\s+|\.\s+(?=[A-ZÀ-Ý])|\s{3,})""",
    re.VERBOSE,
)
_TIMECODE = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)")


@dataclass
class Turn:
    kind: str  # QUESTION or ANSWER
    label: str  # the speaker's name or role for a named turn, "" for A: / « R - »
    shaped_only: bool = False  # a name by its shape alone: the page must name it elsewhere


@cache
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    words = word_lists()
    return frozenset(words["question_labels"]), frozenset(words["answer_labels"])


@cache
def _first_person() -> re.Pattern:
    forms = sorted(word_lists()["first_person"], key=len, reverse=True)
    return re.compile(r"(?:^|[\s,-])(?:" + "|".join(re.escape(f) for f in forms) + r")$")


def first_person(subject: str) -> bool:
    """True when a verb's subject is "I" or "we" (« R - J'ai », « Comme nous l'avons »)."""
    return bool(_first_person().search(fold_keep(subject.strip(" ,"))))


def _clean(paragraph: str) -> str:
    """The paragraph without markup, bullets and time codes around its label ("**Q:**",
    "- R -", "Karine Doe (00:35):")."""
    return _TIMECODE.sub("", paragraph).lstrip("*•-– ").replace("**", "")


def _label(paragraph: str) -> re.Match | None:
    return _LABEL.match(_clean(paragraph[:80])[:60])


def _turn_of(paragraph: str) -> Turn | None:
    m = _label(paragraph)
    if not m:
        return None
    label = m.group("label").strip()
    low = fold_keep(label)
    questions, answers = _labels()
    if low in questions:
        return Turn(QUESTION, "")
    if low in answers:
        return Turn(ANSWER, "")
    if len(label.split()) > 5 or m.group().rstrip()[-1:] != ":":
        return None  # other labels end on a colon: "Aroha Tane: …", "SPOKESPERSON:"
    if low.split()[-1] in questions or is_relay(label):
        return Turn(QUESTION, "")  # "CCTV reporter:", "China Daily:", "Xinhua News Agency:"
    titled = bool(re.match(r"(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr|M|Mme)\.?\s", label))
    name = label.title() if label.isupper() else label  # "MR. HALVORSEN", "SPOKESPERSON"
    if titled or ROLE_HEADS.search(low) or is_person_name(name):
        return Turn(ANSWER, name)
    if len(name.split()) > 1 and person_shaped(name):
        return Turn(ANSWER, name, shaped_only=True)  # "Aroha Tane:", or "Key Points:"
    return None


def _named_elsewhere(label: str, paragraphs: list[str], title: str) -> bool:
    """True when the title or a paragraph names `label` outside the labels of the turns
    ("Trade minister Aroha Tane talks to …"); "Key Points:" is named nowhere else."""
    surname = re.compile(r"\b" + re.escape(label.split()[-1]) + r"\b")
    for text in (title, *paragraphs):
        clean = _clean(text)
        m = _LABEL.match(clean[:60])
        rest = clean[m.end() :] if m and m.group("label").strip() == label else clean
        if surname.search(rest):
            return True
    return False


def read_turns(paragraphs: list[str], title: str = "") -> dict[int, Turn]:
    """The turn each paragraph belongs to, when the page is a transcript (else empty)."""
    turns: dict[int, Turn] = {}
    labelled: list[Turn] = []
    current = None
    named: dict[str, bool] = {}
    for i, text in enumerate(paragraphs):
        turn = _turn_of(text)
        if turn is not None and turn.shaped_only:
            if turn.label not in named:
                named[turn.label] = _named_elsewhere(turn.label, paragraphs, title)
            turn = turn if named[turn.label] else None
        if turn is not None:
            labelled.append(turn)
            current = turn
        if current is not None:
            turns[i] = current
    kinds = {t.kind for t in labelled}
    labels = [t.label for t in labelled if t.label]
    if kinds == {QUESTION, ANSWER} or any(labels.count(n) > 1 for n in set(labels)):
        return turns
    return {}


def first_turn(turns: dict[int, Turn]) -> int:
    return min(turns, default=0)


def turn_speaker(article: Article, turns: dict[int, Turn], para: int, label: str):
    """ "I" / "we" in a transcript's turn: who answers, or nobody known in a question."""
    turn = turns[para]
    if turn.kind == QUESTION:
        return None, f"{label!r} asks a question: the journalist, not named"
    if turn.label:
        entity = article.resolve_phrase(turn.label, (para, 0))
        if entity is None and ROLE_HEADS.search(fold_keep(turn.label)):
            # "SPOKESPERSON:": the spokesperson named above, else the role itself.
            role = fold(turn.label)
            entity = article.resolve_role(role, (para, 0)) or article.of_role(turn.label)
        return entity, f"{label!r} in the turn of {turn.label!r}"
    # « R - », "A:": the one person named above the first turn (with a role, if several).
    start = first_turn(turns)
    people = []
    for pos, ent in article.mentions:
        if pos[0] < start and ent.kind == "person" and ent not in people:
            people.append(ent)
    with_role = [e for e in people if any(ROLE_HEADS.search(fold_keep(r)) for r in e.roles)]
    found = people if len(people) == 1 else with_role if len(with_role) == 1 else []
    if not found:
        return None, f"{label!r} answers, but the page names no single person who answers"
    return found[0], f"{label!r} answers: {found[0].name!r}, named above the transcript"


def asked_about(article: Article, turns, para: int, masked, label: str, language: str):
    """ "Question: Has the Secretary-General spoken …?" / "As he said, “…”": in an answer,
    "he" / "she" is the one person or role the question before it names; (None, reason)
    when it names several who fit; None when it names no one (the usual resolution holds)."""
    asked = [q for q in turns if q < para and turns[q].kind == QUESTION]
    if turns[para].kind == QUESTION or not asked:
        return None
    q = asked[-1]
    # People named in full (a lone capitalised word may be an adjective: "the Dravish …").
    people = {
        e.key: e
        for pos, e in article.mentions
        if pos[0] == q and e.kind == "person" and (e.figure or len(e.name.split()) > 1)
    }
    roles = [m.group(1) for m in _ROLE_ASKED.finditer(masked[q])]
    roles = [r for r in roles if ROLE_HEADS.search(fold_keep(r))]
    found = [e for e in people.values() if fits(e, PRONOUNS[fold(label)], language == "en")]
    if not people and len(roles) == 1:
        role = article.of_role(roles[0])
        found = [role] if role is not None else []
    if len(found) > 1:
        return None, f"{label!r}: the question asks about several people"
    if found:
        return found[0], f"{label!r} answers about {found[0].name!r}, named in the question"
    return None


# A capitalised role in a question: "Has the Secretary-General spoken …", « le Président ».
_ROLE_ASKED = re.compile(r"\b(?:the|le|la|l')\s*([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,3})")
