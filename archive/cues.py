"""Cue verbs shown as their infinitive: « a déclaré », "declare", "said" -> déclarer / declare.

The extractor stores the cue as it found it (accents folded or not, conjugated, with its
auxiliary); `archive/data/cue_verbs.json` maps its folded forms to the infinitive in
French and in English. A cue the file does not know is shown as stored.
"""

import json
from functools import cache
from pathlib import Path

from archive.text import fold

DATA = Path(__file__).resolve().parent / "data" / "cue_verbs.json"
AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "has", "had", "have", "is", "was"}


@cache
def table() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def lemma(cue: str) -> dict | None:
    """Return {"fr": infinitive, "en": infinitive} for a stored cue, or None."""
    data = table()
    folded = " ".join(fold(cue or "").replace("’", "'").split())
    if not folded:
        return None
    for forms in (data["fr_forms"], data["en_forms"]):
        if folded in forms:
            return forms[folded]
    words = [w for w in folded.replace("-t-", " ").replace("-", " ").split() if w]
    words = [w for w in words if w not in AUXILIARIES] or words
    for word in words:
        for forms in (data["fr_forms"], data["en_forms"]):
            if word in forms:
                return forms[word]
        found = stem_of(word)
        if found:
            return data["fr_stems"][found]
    return None


def stem_of(word: str) -> str | None:
    """The longest French stem that `word` is made of (stem + one of the endings)."""
    data = table()
    endings = data["fr_endings"]
    best = None
    for ending in endings:
        stem = word[: len(word) - len(ending)] if ending else word
        if (not ending or word.endswith(ending)) and stem in data["fr_stems"]:
            if best is None or len(stem) > len(best):
                best = stem
    return best


def infinitive(cue: str, language: str) -> str:
    """The cue's verb in the infinitive, in `language` ('fr' or 'en'); the cue as stored
    when unknown."""
    found = lemma(cue)
    if found is None:
        return cue or ""
    return found.get(language) or found["fr"]
