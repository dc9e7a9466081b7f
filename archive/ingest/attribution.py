"""How a quote's speaker was found, and how sure the extractor is of it.

Every statement carries a `method` (the mechanism that chose its speaker) and a
`confidence` between 0 and 1. Names given by a verb of speech next to the quote are sure;
a pronoun or a role resolved to an earlier person, a speaker carried over from an earlier
quote or found in the next sentence are guesses, shown as uncertain on the article page
and in the exports.
"""

from __future__ import annotations

from .textshape import folded as fold
from .turns import first_person

# Mechanisms, in the words the article page and the exports show.
INCISE = "incise"  # « … », a déclaré X / "…," X said
CUE_BEFORE = "cue verb"  # X a déclaré : « … » / X said "…"
ACCORDING_TO = "according to"  # selon X, « … » / Pour la ministre X, « … »
INNER_INCISE = "incise inside the quote"  # « …, a-t-il dit, … »
HEADLINE = "headline"  # Lavrov : « … » / "Helsinki Calls Deal ‘Fair’"
COLON = "subject before a colon"  # X, plus prudent : « … » (no verb of speech)
PULL_QUOTE = "pull-quote"  # a quote standing alone that repeats a quote of the body
CONTINUATION = "current speaker"  # no cue: the speaker of the quotes just before goes on
LAST_SPEAKER = "last speaker"  # no cue: the last subject of a verb of speech
ADJACENT = "adjacent sentence"  # no cue: the person named in the sentence after the quote
NONE = ""

_BASE = {
    INCISE: 0.95,
    CUE_BEFORE: 0.9,
    ACCORDING_TO: 0.9,
    INNER_INCISE: 0.85,
    HEADLINE: 0.8,
    COLON: 0.75,
    PULL_QUOTE: 0.7,
    CONTINUATION: 0.55,
    ADJACENT: 0.5,
    LAST_SPEAKER: 0.4,
}
# How the text named the speaker, when it did: a name is sure, a pronoun or a role is
# resolved to someone named earlier.
_SUBJECT = {"name": 1.0, "institution": 0.95, "role": 0.85, "pronoun": 0.8}
_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "he", "she", "they", "him", "her", "them"}
UNCERTAIN_BELOW = 0.6


def subject_kind(label: str, names: list[str], entity_kind: str) -> str:
    """How the text named a speaker: "pronoun", "name" (one of the speaker's `names` or
    their last word), "institution" or "role"; "" when it did not name one."""
    low = fold(label).strip(" ,;:")
    if not low:
        return ""
    if low in _PRONOUNS or low.split()[-1] in _PRONOUNS or first_person(label):
        return "pronoun"
    said = set(low.replace(",", " ").split())
    for name in names:
        parts = fold(name).split()
        if parts and (fold(name) in low or parts[-1] in said):
            return "institution" if entity_kind == "institution" else "name"
    return "institution" if entity_kind == "institution" else "role"


def confidence(method: str, label: str, names: list[str], entity_kind: str | None) -> float:
    """How sure an attribution is, from its mechanism and how the speaker was named."""
    if not entity_kind or method not in _BASE:
        return 0.0
    kind = subject_kind(label, names, entity_kind)
    return round(_BASE[method] * _SUBJECT.get(kind, 1.0), 2)


def describe(method: str, named_by: str) -> str:
    """The attribution as stored and shown: its mechanism, and the pronoun or role it went
    through ("incise", "incise, pronoun", "cue verb, role")."""
    if named_by in ("pronoun", "role") and method:
        return f"{method}, {named_by}"
    return method


def is_uncertain(confidence_value: float | None) -> bool:
    """An attribution the reader should check (a guess, not a name next to the quote)."""
    return confidence_value is not None and confidence_value < UNCERTAIN_BELOW
