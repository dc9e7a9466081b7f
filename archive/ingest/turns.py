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
from .names import is_person_name, is_relay, person_shaped
from .speech import word_lists
from .textshape import fold_keep

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


def _turn_of(paragraph: str) -> Turn | None:
    m = _LABEL.match(_TIMECODE.sub("", paragraph[:60]))
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
        m = _LABEL.match(text[:60])
        rest = text[m.end() :] if m and m.group("label").strip() == label else text
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
