"""Spelling variants: "Karabakh" also searches "Karabagh", "Poutine" also "Putin".

Three sources, in this order:
1. `Variant` rows (editable in the admin, starting set in search/data/variants.txt);
2. speakers' names and aliases ("Nikol Pashinyan" for "Nikol Pachinian"), and word by
   word when a name and an alias have as many words ("pachinian" ~ "pashinyan");
3. a fuzzy fallback: a word found nowhere in the index also searches the indexed words
   one or two edits away ("Pachinyan" -> "pachinian").
"""

import threading
import time

from django.db.models.signals import post_delete, post_save

from archive.models import Speaker

from .analysis import analyzer_for
from .models import Variant
from .query import Group, ParsedQuery, Term
from .suggest import is_concept_form, query_language

MAX_WORDS = 4  # longest name looked up, in words
MAX_NEAR_MISS_WORDS = 8  # words of one query looked up for near misses
# The table is built from the database once and shared by the process's threads; a
# save in this process rebuilds it at once, one in another process within MAX_AGE.
MAX_AGE = 60.0
_lock = threading.Lock()
_cache = {"version": None, "built": 0.0, "table": {}}
_version = [0]


def variant_key(text: str) -> str:
    """Return the lookup key of a spelling: folded words, no elisions or stop words."""
    return " ".join(t.text for t in analyzer_for("fr")(text, no_morph=True))


def _groups():
    for variant in Variant.objects.exclude(kind=Variant.Kind.CONCEPT):
        yield variant.all_spellings
    for name, aliases in Speaker.objects.exclude(aliases=[]).values_list("name", "aliases"):
        spellings = [name, *aliases]
        yield spellings
        words = name.split()
        for alias in aliases:
            other = alias.split()
            if len(other) == len(words) > 1:
                for a, b in zip(words, other, strict=True):
                    if variant_key(a) != variant_key(b):
                        yield [a, b]


def variant_table() -> dict[str, list[str]]:
    """Return key -> every spelling of its groups (cached until a variant changes)."""
    now = time.monotonic()
    if _cache["version"] == _version[0] and now - _cache["built"] < MAX_AGE:
        return _cache["table"]
    with _lock:
        version = _version[0]
        table = {}
        for spellings in _groups():
            keys = [variant_key(s) for s in spellings]
            for key in keys:
                if key:
                    known = table.setdefault(key, [])
                    known.extend(s for s in spellings if s not in known)
        _cache.update(version=version, built=now, table=table)
    return table


def forget_variants(**kwargs):
    _version[0] += 1


post_save.connect(forget_variants, sender=Variant, dispatch_uid="variants-save")
post_delete.connect(forget_variants, sender=Variant, dispatch_uid="variants-delete")
post_save.connect(forget_variants, sender=Speaker, dispatch_uid="variants-speaker")


def alternatives(text: str, table=None) -> list[str]:
    """Return the other spellings of `text` that search differently from it."""
    table = variant_table() if table is None else table
    key = variant_key(text)
    seen = {key}
    found = []
    for spelling in table.get(key, ()):
        other = variant_key(spelling)
        if other and other not in seen:
            seen.add(other)
            found.append(spelling)
    return found


def expand_variants(parsed: ParsedQuery) -> None:
    """Add known variants to the query's words and names, in place.

    Consecutive single words that together form a known name ("Mohammed ben Salmane")
    become one group: the phrase or any of its spellings.
    """
    table = variant_table()
    if not table:
        return
    groups, i = parsed.groups, 0
    result = []
    while i < len(groups):
        for n in range(min(MAX_WORDS, len(groups) - i), 0, -1):
            window = groups[i : i + n]
            if any(len(g.terms) != 1 or (n > 1 and g.terms[0].phrase) for g in window):
                continue
            text = " ".join(g.terms[0].text for g in window)
            others = alternatives(text, table)
            if others:
                terms = [Term(text, phrase=n > 1 or window[0].terms[0].phrase)]
                terms += [Term(o, phrase=True, origin="variant") for o in others]
                result.append(Group(terms))
                i += n
                break
        else:
            result.append(groups[i])
            if len(groups[i].terms) > 1:  # Zelensky OR Kouleba: each gets its spellings
                _add_alternatives(groups[i], table)
            i += 1
    parsed.groups = result
    for group in parsed.excluded:
        _add_alternatives(group, table)


def _add_alternatives(group: Group, table) -> None:
    """Add to `group` the other spellings of each of its terms."""
    keys = {variant_key(t.text) for t in group.terms}
    for term in list(group.terms):
        for other in alternatives(term.text, table):
            key = variant_key(other)
            if key not in keys:
                keys.add(key)
                group.terms.append(Term(other, phrase=True, origin="variant"))


def add_near_misses(parsed: ParsedQuery, backend) -> None:
    """Give each typed word found nowhere the indexed words one or two edits away, in
    the query's language (the first MAX_NEAR_MISS_WORDS such words: each look-up costs
    milliseconds); a form of a known concept is a word, not a typo."""
    if not hasattr(backend, "suggest_words"):
        return
    looked_up = 0
    language = None
    for group in parsed.groups:
        if len(group.terms) != 1 or looked_up >= MAX_NEAR_MISS_WORDS:
            continue
        term = group.terms[0]
        word = term.text
        if term.phrase or len(word) < 5 or not word.isalpha():
            continue
        if backend.doc_frequency(word) or is_concept_form(word):
            continue
        language = language or query_language(parsed, backend)
        maxdist = 1 if len(word) < 8 else 2
        looked_up += 1
        for candidate in backend.suggest_words(word, maxdist=maxdist, limit=3, language=language):
            group.terms.append(Term(candidate, origin="fuzzy"))
