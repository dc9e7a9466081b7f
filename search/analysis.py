"""Text analysis for the search index: French (default) and English.

Both analyzers share one pipeline and differ only in their stop list and stemmer:

    words and numbers  ->  lower case, ’ as '  ->  elisions (l', qu', jusqu'…) or
    English possessives  ->  accents folded  ->  stop words  ->  Snowball stemmer

Hyphens separate words, so "cessez-le-feu" indexes like "cessez le feu" (with the
same positions, so phrase queries match either spelling). Accents are folded *before*
stemming, otherwise "sécurité" and "securite" would stem differently.
"""

import re
import unicodedata

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)

# Numbers with decimals ("3,5", "1.25") stay one token; words keep inner apostrophes
# so that the elision filter sees "l'arménie" and "aujourd'hui" whole.
TOKEN_PATTERN = r"\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*"

ELISIONS = ("l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "presqu", "quelqu")
_ELISION = re.compile(r"^(?:{})'(?=\w)".format("|".join(sorted(ELISIONS, key=len, reverse=True))))
_POSSESSIVE = re.compile(r"'s?$")

# Explicit, folded lists: Whoosh's own French list lacks "les", and giving StopFilter a
# language would add the English list to it.
FRENCH_STOP_WORDS = frozenset("""
a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez
aurions aurons auront aux avaient avais avait avec avez aviez avions avons ayant
ayez ayons c ce ceci cela celle celles celui ces cet cette ceux d dans de des du
elle elles en es est et etaient etais etait etant ete etes etiez etions etre eu eue
eues eurent eus eusse eussent eusses eussiez eussions eut eux fut furent fus fusse
fussent il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne
nos notre nous on ont ou par pas pour qu que quel quelle quelles quels qui s sa
sans se sera serai seraient serais serait seras serez seriez serions serons seront
ses si soi soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi
ton tu un une vos votre vous y
""".split())

ENGLISH_STOP_WORDS = frozenset("""
a an and are as at be been but by for from had has have he her his i if in into is
it its of on or our she that the their them they this to was we were which will with
you your
""".split())

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ø": "o",
                            "đ": "d", "ł": "l", "þ": "th", "ð": "d"})


def fold_accents(text: str) -> str:
    """Return `text` without diacritics or ligatures ("Çavuşoğlu" -> "Cavusoglu")."""
    text = text.translate(_LIGATURES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ApostropheFilter(Filter):
    """Write typographic apostrophes as ASCII ones."""

    def __call__(self, tokens):
        for t in tokens:
            if "’" in t.text or "‘" in t.text:
                t.text = t.text.replace("’", "'").replace("‘", "'")
            yield t


class ElisionFilter(Filter):
    """Drop French elided articles and pronouns: "l'arménie" -> "arménie"."""

    def __call__(self, tokens):
        for t in tokens:
            if "'" in t.text:
                t.text = _ELISION.sub("", t.text, count=1)
            yield t


class PossessiveFilter(Filter):
    """Drop English possessives: "putin's" -> "putin"."""

    def __call__(self, tokens):
        for t in tokens:
            if "'" in t.text:
                t.text = _POSSESSIVE.sub("", t.text)
            yield t


class AccentFoldingFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = fold_accents(t.text)
            yield t


def _analyzer(stop_words, stem_lang, apostrophes):
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | ApostropheFilter()
        | apostrophes
        | AccentFoldingFilter()
        | StopFilter(stoplist=stop_words, minsize=1)
        | StemFilter(lang=stem_lang, cachesize=100_000)
    )


def french_analyzer():
    """Return the analyzer for French text (also used when the language is unknown)."""
    return _analyzer(FRENCH_STOP_WORDS, "fr", ElisionFilter())


def english_analyzer():
    return _analyzer(ENGLISH_STOP_WORDS, "en", PossessiveFilter())


_ANALYZERS = {}


def analyzer_for(language: str):
    """Return the (shared) analyzer for an ISO language code; French unless English."""
    key = "en" if (language or "").lower().startswith("en") else "fr"
    if key not in _ANALYZERS:
        _ANALYZERS[key] = english_analyzer() if key == "en" else french_analyzer()
    return _ANALYZERS[key]


def analyze(text: str, language: str = "fr") -> list[str]:
    """Return the index terms of `text`, as the index sees them (for tests and tools)."""
    return [t.text for t in analyzer_for(language)(text)]
