"""Text analysis for the search index: French (default) and English.

Both analyzers share one pipeline and differ only in their stop list and stemmer:

    words and numbers  ->  lower case, ’ as '  ->  elisions (l', qu', jusqu'…) or
    English possessives  ->  accents folded  ->  stop words  ->  stemmer

French is stemmed by search.stemming (a light stemmer written for folded words, so
« négociée », « negociee » and « négocier » meet; Snowball's French stemmer needs the
accents and still parts négocie from négocier), English by Snowball (Porter 2).

Hyphens separate words, so "cessez-le-feu" indexes like "cessez le feu" (with the
same positions, so phrase queries match either spelling). Changing anything here changes
the index terms: run `manage.py rebuild_index` afterwards.
"""

import re
import unicodedata

from whoosh.analysis import (
    Filter,
    RegexTokenizer,
    StemFilter,
)

from .stemming import french_stem

# Numbers with decimals ("3,5", "1.25") stay one token; words keep inner apostrophes
# so that the elision filter sees "l'arménie" and "aujourd'hui" whole.
TOKEN_PATTERN = r"\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*"

ELISIONS = (
    "l",
    "d",
    "j",
    "n",
    "s",
    "c",
    "m",
    "t",
    "qu",
    "jusqu",
    "lorsqu",
    "puisqu",
    "quoiqu",
    "presqu",
    "quelqu",
)
_ELISION = re.compile(r"^(?:{})'(?=\w)".format("|".join(sorted(ELISIONS, key=len, reverse=True))))
_POSSESSIVE = re.compile(r"'s?$")

# Explicit, folded lists: Whoosh's own French list lacks "les", and giving StopFilter a
# language would add the English list to it.
FRENCH_STOP_WORDS = frozenset(
    """
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
""".split()
)

ENGLISH_STOP_WORDS = frozenset(
    """
a an and are as at be been but by for from had has have he her his i if in into is
it its of on or our she that the their them they this to was we were which will with
you your
""".split()
)

_LIGATURES = str.maketrans(
    {"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ð": "d"}
)


def fold_accents(text: str) -> str:
    """Return `text` without diacritics or ligatures ("Çavuşoğlu" -> "Cavusoglu")."""
    text = text.translate(_LIGATURES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The filters below are NormalizeFilter's steps one by one (kept: indexes written
# before it pickled them in their schema).


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


class NormalizeFilter(Filter):
    """Lower case, ASCII apostrophes, elisions or possessives, folded accents, stop words.

    What the filters above do one after the other, in one pass with a cache per written
    word (indexing meets the same few thousand words again and again). Stop words are
    dropped and positions renumbered like Whoosh's StopFilter (or kept, marked
    `stopped`, when the caller keeps stop words).
    """

    CACHE_SIZE = 200_000

    def __init__(self, stop_words, apostrophe_pattern, replacement=""):
        self.stops = frozenset(stop_words)
        self.pattern, self.replacement = apostrophe_pattern, replacement
        self.cache = {}

    def __getstate__(self):  # the index's TOC pickles the schema: not the cache
        state = dict(self.__dict__)
        state["cache"] = {}
        return state

    def __eq__(self, other):
        return (
            other is not None
            and type(other) is type(self)
            and self.stops == other.stops
            and self.pattern == other.pattern
        )

    def __hash__(self):
        return hash((type(self), self.stops))

    def normalize(self, text: str) -> tuple[str, bool]:
        text = text.lower()
        if "’" in text or "‘" in text:
            text = text.replace("’", "'").replace("‘", "'")
        if "'" in text:
            text = self.pattern.sub(self.replacement, text, count=1)
        text = fold_accents(text)
        return text, (not text or text in self.stops)

    def __call__(self, tokens):
        cache, pos = self.cache, None
        for t in tokens:
            found = cache.get(t.text)
            if found is None:
                if len(cache) > self.CACHE_SIZE:
                    cache.clear()
                found = cache[t.text] = self.normalize(t.text)
            t.text, stop = found
            if not stop:
                if t.positions:
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.stopped = False
                yield t
            elif not t.removestops:
                t.stopped = True
                yield t


def _analyzer(stop_words, stemmer, apostrophes):
    return RegexTokenizer(TOKEN_PATTERN) | NormalizeFilter(stop_words, apostrophes) | stemmer


def french_analyzer():
    """Return the analyzer for French text (also used when the language is unknown)."""
    return _analyzer(FRENCH_STOP_WORDS, StemFilter(stemfn=french_stem, cachesize=200_000), _ELISION)


def english_analyzer():
    return _analyzer(ENGLISH_STOP_WORDS, StemFilter(lang="en", cachesize=200_000), _POSSESSIVE)


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


class FastAnalysis:
    """The analyzer's result for indexing, without a Token object per word.

    Same tokens, terms and positions as `analyzer_for(language)` (a stop word does not
    advance the position; the first kept word keeps its own), from one regex scan and a
    cache: written word -> (folded word, term), None for stop words.
    """

    CACHE_SIZE = 300_000

    def __init__(self, language: str):
        self.analyzer = analyzer_for(language)
        _, self.normalizer, self.stemmer = self.analyzer.items
        self.findall = re.compile(TOKEN_PATTERN).findall
        self.cache = {}

    def entry(self, raw: str):
        found = self.cache.get(raw, self)
        if found is self:
            if len(self.cache) > self.CACHE_SIZE:
                self.cache.clear()
            folded, stop = self.normalizer.normalize(raw)
            found = self.cache[raw] = None if stop else (folded, self.stemmer._stem(folded))
        return found

    def positions(self, text: str) -> dict[str, list[int]]:
        """Return term -> its positions in `text`."""
        cache, entry = self.cache, self.entry
        found, pos = {}, None
        for i, raw in enumerate(self.findall(text)):
            item = cache.get(raw, self)
            if item is self:
                item = entry(raw)
            if item is None:
                continue
            pos = i if pos is None else pos + 1
            term = item[1]
            if term in found:
                found[term].append(pos)
            else:
                found[term] = [pos]
        return found

    def words(self, text: str) -> set[str]:
        """Return the folded, unstemmed words of `text` (for spelling suggestions)."""
        entry = self.entry
        return {item[0] for item in map(entry, set(self.findall(text))) if item}


_FAST = {}


def fast_analysis(language: str) -> FastAnalysis:
    key = "en" if (language or "").lower().startswith("en") else "fr"
    if key not in _FAST:
        _FAST[key] = FastAnalysis(key)
    return _FAST[key]
