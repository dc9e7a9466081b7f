"""A light French stemmer that works on folded words (no accents, lower case).

Snowball's French stemmer needs the accents to recognise participles (« négociée »
ends in "ée"), so it cannot be given folded text, and given accented text it still
parts the present from the infinitive (négocie -> negoc, négocier -> negoci) and cannot
help a query typed without accents (negociee -> negocie). This stemmer reads only the
folded form, so « négociée », « negociee » and « NÉGOCIÉE » are the same word, and it
brings together what a researcher expects to find together:

    verbs      négocier négocié négociée négociés négocie négocient négociait
               négociant négociera négociation négociateur          -> negoci
               finir fini finie finissent finissait                  -> fin
               attendre attendu attendue attend attendent            -> attend
    participles conclu conclue conclus; pris prise prises            -> conclu, pri
    adjectives officiel officielle officiels; européen européenne;
               décisif décisive; dangereux dangereuse; internationaux
    nouns      singular and plural (-s, -x, -aux, -eaux)

It is deliberately light: it strips inflections and a few derivational endings whose
meaning stays the same (-ation, -ement, -ateur), never prefixes, and keeps at least
three letters; a few words that only look like verb forms are kept whole. The word
families it must join (and keep apart) are pinned by tests/data/word_families.txt.
"""

from pathlib import Path

MIN_STEM = 3
# Words that end like a verb form but are not one ("comment" is not a form of "comme"),
# kept whole: search/data/french_stem_kept.txt, one folded word a line.
KEPT = frozenset(
    line.strip()
    for line in (Path(__file__).resolve().parent / "data" / "french_stem_kept.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)

# Each step replaces the longest matching ending, once, and only when at least
# MIN_STEM letters remain before it (`(ending, replacement)`, or with its own minimum).
PLURALS = (("eaux", "eau", 1), ("eux", "eu", 1), ("aux", "al"), ("s", ""))
FEMININES = (
    ("iere", "ier"),
    ("ere", "er"),  # also the folded participle of -érer verbs: libéré -> liberer
    ("elle", "el"),
    ("ienne", "ien"),
    ("enne", "en"),
    ("ive", "if"),
    ("euse", "eu"),
    ("trice", "teur"),
    ("ee", "e"),
    ("ue", "u"),
)
ENDINGS = (
    # second group: finissent, finissait, établissement
    ("issement", "i"),
    ("issaient", "i"),
    ("issions", "i"),
    ("issait", "i"),
    ("issant", "i"),
    ("issent", "i"),
    ("issons", "i"),
    ("issez", "i"),
    # future and conditional (négociera, finira, attendrait)
    ("eraient", ""),
    ("erions", ""),
    ("eriez", ""),
    ("erait", ""),
    ("erons", ""),
    ("eront", ""),
    ("erai", ""),
    ("erez", ""),
    ("era", ""),
    ("draient", "d"),
    ("drait", "d"),
    ("dront", "d"),
    ("dra", "d"),
    ("iront", "i"),
    ("ira", "i"),
    # nouns of the verb (négociation, négociateur, financement, expulsion, adoption)
    ("ification", "ifi"),
    ("ateur", ""),
    ("ation", ""),
    ("ement", ""),
    ("lsion", "ls"),
    ("ision", "is"),
    ("xion", "x"),
    ("ption", "pt"),
    # imperfect, present participle, present (-ger verbs keep an e before a: engageait)
    ("eaient", ""),
    ("eait", ""),
    ("eant", ""),
    ("aient", ""),
    ("ions", ""),
    ("iez", ""),
    ("ait", ""),
    ("ant", ""),
    ("ent", ""),
    ("ons", ""),
    ("ez", ""),
    # infinitives
    ("er", ""),
    ("ir", "i"),
    ("dre", "d"),
    ("du", "d"),  # attendu -> attend
    ("e", ""),
)
# After a final e: représentante -> représentant -> représent, dirigeante -> dirig.
AFTER_E = (("eant", ""), ("ant", ""))
# Participles in -it: finit -> fini (like finir), produit and produite -> produi.
PARTICIPLES = (("it", "i"),)


def _sorted(rules):
    rules = [(r[0], r[1], r[2] if len(r) > 2 else MIN_STEM) for r in rules]
    return tuple(sorted(rules, key=lambda rule: len(rule[0]), reverse=True))


PLURALS, FEMININES, ENDINGS, AFTER_E, PARTICIPLES = map(
    _sorted, (PLURALS, FEMININES, ENDINGS, AFTER_E, PARTICIPLES)
)


def _replace(word: str, rules) -> tuple[str, str]:
    """Return (word with its longest matching ending replaced, that ending or "")."""
    for ending, replacement, minimum in rules:
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return word[: len(word) - len(ending)] + replacement, ending
    return word, ""


def _plural(word: str) -> str:
    return word if word.endswith("ss") else _replace(word, PLURALS)[0]


def french_stem(word: str) -> str:
    """Return the stem of a folded, lower-case French word."""
    if len(word) <= MIN_STEM or not word.isalpha():
        return word
    word = _plural(word)
    word, _ = _replace(word, FEMININES)
    if word in KEPT:
        return word
    word, ending = _replace(word, ENDINGS)
    if ending == "e":
        word, after = _replace(word, AFTER_E)
        if not after and word[-3:-2] in ("u", "r"):  # produite, écrite (not visitée)
            word, _ = _replace(word, PARTICIPLES)
    elif not ending:
        word, _ = _replace(word, PARTICIPLES)
    if ending and word.endswith("er"):  # -érer verbs: libéraient, libérer -> lib
        word, _ = _replace(word, (("er", "", MIN_STEM),))
    return _tidy(word)


def _tidy(stem: str) -> str:
    """One spelling per stem: critiqu/critic, grecqu/grec, deploy/deploi, organis/organi
    (organisé, organisation), regrett/regret."""
    if stem.endswith("qu"):
        stem = stem[:-2] + ("" if stem.endswith("cqu") else "c")
    elif stem.endswith("y") and len(stem) > MIN_STEM:
        stem = stem[:-1] + "i"
    elif stem.endswith(("is", "us")) and len(stem) > MIN_STEM:  # incluse, inclus -> inclu
        stem = stem[:-1]
    if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]
    return stem
