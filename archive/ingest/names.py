"""Is this a person's name, a place, a relay, or a phrase fit to name a speaker?

A speaker is a person, a role, a government (or the capital standing for it) or an
institution: never a clause, a place taken for a person, or the outlet that relayed the
words. These tests decide it from the shape of the words and from data
(`data/firstnames.json`, `data/namewords.json`, the places and outlets registries).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from .figures import ROLE_HEADS
from .sources import is_place, lookup_source
from .textshape import folded as fold

DATA = Path(__file__).parent / "data"


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA / "namewords.json").read_text(encoding="utf-8"))
    first = json.loads((DATA / "firstnames.json").read_text(encoding="utf-8"))
    return {
        "particles": frozenset(raw["particles"]),
        "not_person": frozenset(raw["not_person"]),
        "relays": frozenset(raw["relays"]),
        "clause": frozenset(raw["clause"]),
        "cut": frozenset(raw["cut"]),
        "seats_en": frozenset(raw["state_seats_en"]),
        "seats_fr": frozenset(raw["state_seats_fr"]),
        "openers": frozenset(raw["question_openers"]),
        "first": frozenset(first["male"]) | frozenset(first["female"]) | frozenset(first["unisex"]),
    }


TITLE_WORDS = {
    "m", "mme", "mr", "mrs", "ms", "dr", "mlle", "miss", "sir", "dame", "pr", "prof", "sheikh",
    "cheikh", "lord", "lady",
}  # fmt: skip
# A word of a name: capitalised, with inner apostrophes and hyphens (N'Diaye, Adeyemi-Okafor,
# al-Sisi), or an initial ("J.").
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞŁŠŽČŘŚŹĆŃĐØÆŒİ][\w'’.-]*|(?:al|el|ad|as|ash|ben|bin)-\w+|d['’][A-ZÀ-Þ]\w+)$"
)


@cache
def _clause_pattern() -> re.Pattern:
    """Words that never stand in a speaker's name: verbs, auxiliaries, subordinators."""
    return re.compile(r"\b(?:" + "|".join(sorted(_words()["clause"], key=len)[::-1]) + r")\b")


@cache
def _cut_pattern() -> re.Pattern:
    """Those words and the prepositions of place and time, after a space."""
    words = _words()["clause"] | _words()["cut"]
    return re.compile(r"\s(?:" + "|".join(sorted(words, key=len)[::-1]) + r")\b")


def name_end(low: str) -> int:
    """Where the name of a body or a role ends in folded text: before the first verb,
    subordinator, preposition of place or day (« ministère de la Défense| avait fait … »)."""
    m = _cut_pattern().search(low)
    return m.start() if m else len(low)


MAX_NAME_WORDS = 6  # "Ngozi Adeyemi-Okafor", "Mohammad Javad Zarif", "Jean-Yves Le Drian"…
MAX_SPEAKER_WORDS = 9  # "ministère russe des Affaires étrangères", "vice-ministre … du Commerce"


def first_name_known(word: str) -> bool:
    """True for a first name of the data (any culture); hyphenated ones by their parts."""
    low = fold(word).strip(".")
    words = _words()["first"]
    return low in words or (
        "-" in low and all(p in words for p in low.split("-") if p) and low.count("-") < 3
    )


def not_in_names(word: str) -> bool:
    """True for a capitalised word that never stands in a person's name: a role ("President"),
    a word of places or bodies ("Office", "Council", "Sea")."""
    low = re.sub(r"^[ld]['’]", "", fold(word).strip(".,"))  # « L'eurodéputée »
    if "-" in low and all(ROLE_HEADS.fullmatch(part) for part in low.split("-")):
        return True  # "Secretary-General", « Procureur-Général »
    return bool(ROLE_HEADS.fullmatch(low)) or low in _words()["not_person"]


def opens_question(word: str) -> bool:
    """True for a capitalised word that opens a question before a name ("Did X meet …?")."""
    return fold(word) in _words()["openers"]


def name_tokens(name: str) -> list[str]:
    """The words of `name` without titles (M., Mme, Mr, Dr…)."""
    tokens = name.replace(".", ". ").split()
    return [t for t in tokens if fold(t).strip(".") not in TITLE_WORDS]


@lru_cache(maxsize=20_000)
def person_shaped(name: str) -> bool:
    """True when `name` is shaped like a person's name: 1–6 capitalised words and particles,
    none of them a word of places, bodies or dates, and the whole not a known place.

    Shape only: whether it is a person also takes evidence (see `is_person_name`)."""
    tokens = name_tokens(name)
    if not tokens or len(tokens) > MAX_NAME_WORDS or is_place(" ".join(tokens)):
        return False
    words = _words()
    for i, token in enumerate(tokens):
        low = fold(token).strip(".,")
        if low in words["particles"] and 0 < i < len(tokens) - 1:
            continue
        if not _NAME_WORD.match(token) or low in words["not_person"] or ROLE_HEADS.fullmatch(low):
            return False
        if re.match(r"^[Ll]['’]|^[Dd]['’][a-zà-ÿ]", token):
            return False  # "L'île", "L'Écho", "d'autres": an article, not a name (D'Alema is)
        if any(part in words["not_person"] for part in low.split("-")[1:]):
            return False
    return fold(tokens[-1]) not in words["particles"]


def is_person_name(name: str, *, titled: bool = False, role: bool = False) -> bool:
    """True when `name` names a person: person-shaped, and either introduced by a title or
    a role, or two words or more one of which is a known first name, or three or more
    words (long names with unknown first names: « Chukwuma Obi Nwankwo »)."""
    if not person_shaped(name):
        return False
    tokens = name_tokens(name)
    if titled or role:
        return True
    particles = _words()["particles"]
    words = [t for t in tokens if fold(t) not in particles]
    if len(words) < 2:
        return False
    return any(first_name_known(t) for t in words[:-1]) or len(words) >= 3


def is_relay(phrase: str) -> bool:
    """True for an outlet or agency that relays words (« l'agence Reuters », "AFP", "the
    state news agency"), not a speaker."""
    low = fold(phrase).strip(" ,.;:")
    low = re.sub(r"^(?:l'|le |la |les |the |a |an |une? )", "", low)
    if not low:
        return False
    if lookup_source(phrase.strip(" ,.;:")) is not None:
        return True
    head = re.split(r"\s+(?:de|du|des|d'|of)\b", low)[0]
    relays = _words()["relays"]
    words = head.split()
    if words and words[0] in ("agence", "agency") and len(words) > 1:
        # « l'agence Reuters » relays; "the energy agency" of a state speaks.
        rest = phrase.strip(" ,.;:").split(None, 1)[-1]
        return lookup_source(rest) is not None or " ".join(words[:2]) in relays
    return bool(words) and (
        words[0] in relays or words[-1] in relays or " ".join(words[-2:]) in relays
    )


def is_capital(name: str) -> bool:
    """True for a capital, country or big city (« Ottawa estime que … »): it can stand for
    its government, never for a person."""
    return is_place(name)


def speaker_shaped(name: str) -> bool:
    """True when `name` can label a speaker: a short noun phrase, not a clause.

    A clause fragment (« ministère de la Défense avait fait état d'incidents près du
    village de … ») holds a verb or a subordinator, or runs long, or ends on a preposition."""
    low = fold(name)
    words = low.split()
    if not words or len(words) > MAX_SPEAKER_WORDS or re.search(r"\d", low):
        return False
    # Only words written in lower case count: "Mohamed Said" is a name, "X said" a clause.
    # (« à » is a preposition, « a » a verb: « un diplomate à Dakar » is no clause.)
    lowered = " ".join(w for w in name.split() if w[:1].islower() and w != "à")
    if _clause_pattern().search(fold(lowered)):
        return False
    return words[-1] not in ("de", "du", "des", "d'", "of", "la", "le", "the", "a", "and", "et")


@cache
def _seat_patterns() -> tuple[re.Pattern, re.Pattern]:
    before = "|".join(sorted(_words()["seats_en"], key=len, reverse=True))
    after = "|".join(sorted(_words()["seats_fr"], key=len, reverse=True))
    return (
        re.compile(
            r"^(?:[Tt]he\s+)?(?P<state>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,2}?)"
            rf"(?:'s|’s)?\s+(?:{before})$"
        ),
        re.compile(rf"^(?:(?:le|la|les)\s+)?(?:{after})\s+([a-z]+)$"),
    )


@cache
def _seat_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What an English seat phrase ends on, what a French one starts with."""
    french = tuple(_words()["seats_fr"])
    return tuple(_words()["seats_en"]), ("le ", "la ", "les ", *french)


# English adjectives of nationality: "Somali", "Kenyan", "Chinese", "Turkish", "French", "Swiss".
_EN_NATIONALITY = re.compile(r"(?:an|ese|ish|i|ic|ch|ss)$")


def state_seat(phrase: str) -> str | None:
    """ "the Myanmar delegation", "Kenyan delegates", "the Somali side", « la partie
    malienne », « les délégués ivoiriens »: a state's seat at talks, which speaks for the
    state. Returns the French adjective to check ("" for the English shape), None if no seat
    ("Several delegations" names no state)."""
    ends, starts = _seat_words()
    if not phrase.endswith(ends) and not fold(phrase).startswith(starts):
        return None  # most phrases: no seat word where one would stand
    before, after = _seat_patterns()
    m = before.match(phrase)
    if m:
        state = re.sub(r"['’]s$", "", m.group("state"))
        acronym = state.isupper() and len(state) <= 4  # "the EU delegation", "US delegates"
        if is_place(state) or acronym or _EN_NATIONALITY.search(fold(state)):
            return ""
        return None
    m = after.match(fold(phrase))
    return m.group(1) if m else None
