"""Short and partial quotes: when a quoted span of a few words is something said.

A span of one to four words is a statement when a speaker's verb of speech or judgment
governs it: as its object (« a fustigé « un chantage inacceptable » », "branded the deal “a
betrayal”", « Kigali a dénoncé une « ingérence » »), as what the speaker called something
(« a qualifié la décision de « regrettable » », "described the plan as a “step backwards”"),
as the complement of a call or an accusation (« a appelé ses partenaires à « parler d'une
seule voix » », « accuse Moscou de « chantage » »), inside the clause it reports (« a
assuré que le dialogue « n'était pas rompu » », "said the meeting had been “productive”"),
in a sentence opened by « selon X, » / « pour lui, » / "according to X,", or before its
incise (« « Jamais », a-t-il répondu », « Paris « prend note », a réagi le Quai d'Orsay »).

Scare quotes and names stay out: a quote after a naming word (« le journal « Gazeta » »,
"the so-called “reset”"), after a preposition (« à « la retenue » », "shut for “routine
maintenance”"), a noun under a determiner that no verb of speech governs (« les
« conditions de sécurité » ne sont pas réunies »), a state (« s'est dit « préoccupé » »), a
passive status ("declared “persona non grata”"), what a text or a plan "promises".
All tests run on folded text (lower case, no accents).
"""

from __future__ import annotations

import re

from .speech import NAMING, QUALIFY, has_speech_verb, speech_verbs, word_lists
from .textshape import folded as fold

_SENTENCE_END = re.compile(r"[.!?…]+[»”\"’)]*\s+(?=[«“\"A-ZÀ-Ý])")
_CLAUSE_END = re.compile(r"[.!?…](?:\s|$)")

# After the closing mark of a short quote: its incise ("said Lavrov", "Ibarra told reporters",
# « a déclaré Lavrov », « a-t-il répondu »), at most four words before the verb.
_INCISE_HEAD = re.compile(
    r"""^\s*[,;—–-]?\s*
        (?P<head>(?:[^\s.!?;:«»“”"]+\s+){0,4}[^\s.!?;:«»“”"]+)""",
    re.VERBOSE,
)
# An incise later in the sentence: « Paris « prend note » de cette déclaration, a réagi … ».
_LATER_INCISE = re.compile(
    r""",\s*(?P<head>(?:a|ont|avait|avaient)?(?:-t-(?:il|elle|ils|elles))?\s*
        (?:[^\s,.!?;:«»“”"]+\s+){0,2}[^\s,.!?;:«»“”"]+)""",
    re.VERBOSE,
)
_DETERMINERS = {
    "fr": r"(?:un|une|des|du|de\ la|de\ l'|le|la|les|l'|d'un|d'une)",
    "en": r"(?:a|an|the|some)",
}
_PREPOSITION = r"(?:a|de|d'|to|of)"
# Words after which a short quote is a noun or a name, not words said ("une « hystérie »").
_NOMINAL = re.compile(
    r"""(?:\b(?:un|une|le|la|les|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|
        the|a|an|this|that|these|those|his|her|its|their|our|of|to|in|on|for|with|by|from|at|
        a|en|dans|sur|pour|par|avec|sans|contre|entre|vers|et|and|or|ou|some)
      |\b[ld]')\s*$""",
    re.VERBOSE,
)
_ENDS_WITH_DETERMINER = {
    lang: re.compile(rf"(?:^|(?<=[\s']))(?:{det})\s*$", re.VERBOSE)
    for lang, det in _DETERMINERS.items()
}
# A verb's complement: « appelé X à « … » », « accuse X de « … » », "urged X to “…”".
_ENDS_WITH_PREPOSITION = re.compile(rf"\b{_PREPOSITION}\s*$", re.VERBOSE)
# "de"/"as"/"comme" (with an article) right before the quote, after a verb that qualifies.
_QUALIFIER_END = re.compile(r"\b(?:de|d'|as|comme)(?:\s+(?:a|an|the|un|une))?\s*$")
# "what he called « … »", « ce qu'il a qualifié de « … » »: the speaker's own words.
_WHAT_THEY_CALLED = re.compile(
    r"""\b(?:what|which|ce\ qu'|ce\ que)\s*[\w'-]+(?:\s+[\w'-]+){0,2}\s+
        (?:called|termed|dubbed|described\ as|labell?ed|appelle|qualifie\ de|nomme)$""",
    re.VERBOSE,
)
_COPULA = re.compile(
    r"""\b(?:est|etait|sont|etaient|reste|restait|restent|demeure|serait|sera|seraient|
        semble|s'agit|s'agissait|
        is|was|are|were|remains|remained|seems|seemed|be|been)\s*$""",
    re.VERBOSE,
)
_COPULA_BETWEEN = re.compile(
    r"""\b(?:est|etait|sont|etaient|reste|restait|restent|demeure|serait|sera|semble|
        is|was|are|were|remains|remained|seems|seemed|would\ be|will\ be|be|been)\b""",
    re.VERBOSE,
)
_REFLEXIVE = re.compile(r"(?:\bs'est|\bse|\bs'etait|\bs'etaient|\bse sont)\s+$")
_PASSIVE = re.compile(r"\b(?:been|being|be|is|was|were|are|ete|etre)\s+$")
# A noun right after a short English quote: the quote modifies it ("a 'swift' response").
_NOUN_AFTER = re.compile(
    r"""\s*(?!(?:and|or|but|to|of|in|on|at|for|by|with|from|as|if|that|which|who|over|after|
        before|despite|because|while|when|since|is|was|are|were|be|been|has|have|had|will|
        would|could|should|may|might|said|says|told|added|the|a|an|its|his|her|their|this|
        these|those|our|my|your)\b)[a-z]+""",
    re.VERBOSE,
)
_ARTICLES = ("le", "la", "les", "un", "une", "des", "the", "a", "an", "l'", "d'")
# « Selon X, … », « Pour lui, … », "According to X, …" opening the sentence.
_ACCORDING_OPENING = re.compile(
    r"^\s*(?:selon|d'apres|according\ to|pour\ (?:lui|elle|eux|elles)\s*,|pour\ [^,]{2,60},)",
    re.VERBOSE,
)
_ACCORDING = ("selon", "d'apres", "according to", "pour qui", "pour")
# A subject that does not speak: a text, a plan, or a generic « on ».
_NOT_A_SPEAKER = {
    lang: re.compile(r"\b(?:" + "|".join(word_lists()[f"not_speakers_{lang}"]) + r")\b")
    for lang in ("fr", "en")
}
_GENERIC_SUBJECT = re.compile(r"\b(?:" + "|".join(word_lists()["generic_subjects"]) + r")\b")


def sentence_before(before: str) -> str:
    """The part of the quote's sentence that comes before it."""
    cuts = list(_SENTENCE_END.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def sentence_after(after: str) -> str:
    """The part of the quote's sentence that comes after it."""
    m = _CLAUSE_END.search(after)
    return after[: m.start()] if m else after


def incise_after(text: str, after: str, language: str) -> bool:
    """True when the quote is closed by a comma (inside or after the marks) and a verb of
    speech follows within a few words: the quote's own incise."""
    tail = text.rstrip()
    comma = tail.endswith((",", "!", "?", "…")) or after.lstrip().startswith((",", ";", "—", "–"))
    if not comma:
        return False
    m = _INCISE_HEAD.match(fold(after)[:80])
    return bool(m) and has_speech_verb(m.group("head"), language)


def governed(text: str, before: str, after: str, language: str) -> bool:
    """True when a verb of speech or judgment of a speaker governs a short quote."""
    lead = fold(sentence_before(before)).rstrip()
    rest = fold(sentence_after(after))
    if _WHAT_THEY_CALLED.search(lead):
        return True
    if NAMING.search(lead.rstrip(" :,")):
        return False
    if incise_after(text, after, language):
        return True
    if _later_incise(rest, language) and (
        not _NOMINAL.search(lead) or _attribute_of_copula(lead, language)
    ):
        return True  # « Paris « prend note » …, a réagi X », « sont une « ingérence », a dit X »
    if not lead or lead.endswith(("(", ";")):
        return False
    first = fold(text).split()[:1]
    det_inside = bool(first) and first[0] in _ARTICLES
    modifier = text.rstrip()[-1:] not in ",.;:!?" and _NOUN_AFTER.match(rest)
    if language == "en" and n_short(text) <= 2 and modifier:
        return False  # "warns Moscow of 'swift' response": a word inside a noun phrase
    said = list(speech_verbs(language).finditer(lead))
    if (
        said
        and _PASSIVE.search(lead[: said[-1].start()])
        and len(lead[said[-1].end() :].split()) < 3
    ):
        return False  # "had been declared “persona non grata”": a status, not words said
    if _QUALIFIER_END.search(lead) and QUALIFY.search(lead):
        return True  # « a qualifié la décision de « regrettable » », "described it as a “…”"
    verbs = [
        m
        for m in speech_verbs(language).finditer(lead)
        if not m.group().startswith(_ACCORDING)
        and not _REFLEXIVE.search(lead[: m.start()][-12:])
        and not _PASSIVE.search(lead[: m.start()])
    ]
    if not verbs:
        return _ACCORDING_OPENING.match(lead) is not None and _open_to_words(
            lead, det_inside, language
        )
    verb = verbs[-1]
    between = lead[verb.end() :]
    subject = " ".join(lead[: verb.start()].split()[-4:])
    if _NOT_A_SPEAKER["en" if language == "en" else "fr"].search(subject):
        return False  # "le texte promet …", "the report says …"
    det = _ends_with_determiner(lead, language)
    if det:
        # The quote is a noun: the object of the verb just before ("a dénoncé mercredi une
        # « ingérence »"), or the attribute in the reported clause (« qu'il s'agissait d'une
        # « erreur » »); not a scare-quoted subject or complement, nor a noun after « on ».
        before_det = lead[: det.start()].rstrip()
        if len(lead[verb.end() : det.start()].split()) <= 2:
            return not _GENERIC_SUBJECT.search(subject)
        return bool(_COPULA.search(before_det))
    prep = _ENDS_WITH_PREPOSITION.search(lead)
    if prep:
        # « a appelé ses partenaires à « parler d'une seule voix » », « accuse X de « … » »,
        # « a souligné que les déclarations étaient de « fausses » allégations »
        after_copula = _COPULA.search(lead[: prep.start()].rstrip())
        return not det_inside and len(between.split()) <= (25 if after_copula else 8)
    if _NOMINAL.search(lead):
        return False
    if len(between.split()) <= 4 and not _COPULA_BETWEEN.search(between):
        return True  # the verb's direct object: « a fustigé mardi « un chantage » »
    # Inside the clause the verb reports: « a assuré que le dialogue « n'était pas rompu » ».
    return len(between.split()) <= 25


def _attribute_of_copula(lead: str, language: str) -> bool:
    """« … sont une « ingérence » »: a determiner right after a copula."""
    det = _ends_with_determiner(lead, language)
    return bool(det) and bool(_COPULA.search(lead[: det.start()].rstrip()))


def _ends_with_determiner(lead: str, language: str):
    return _ENDS_WITH_DETERMINER["en" if language == "en" else "fr"].search(lead)


def _open_to_words(lead: str, det_inside: bool, language: str) -> bool:
    """In a sentence opened by « selon X, », a quote that is not a scare-quoted noun."""
    det = _ends_with_determiner(lead, language)
    if det:
        return bool(_COPULA.search(lead[: det.start()].rstrip()))
    if _ENDS_WITH_PREPOSITION.search(lead):
        return not det_inside
    return not _NOMINAL.search(lead)


def _later_incise(rest: str, language: str) -> bool:
    """« Paris « prend note » de cette déclaration, a réagi le Quai d'Orsay »."""
    m = _LATER_INCISE.search(rest)
    if m and len(rest[: m.start()].split()) <= 8 and not re.search('[«“"]', rest[: m.start()]):
        return has_speech_verb(m.group("head"), language)
    # The sentence's closing attribution, after other quotes: « sont une « ingérence » et
    # ont servi à encourager « … », a déclaré le porte-parole »
    for m in reversed(list(_LATER_INCISE.finditer(rest))):
        if has_speech_verb(m.group("head"), language):
            return not re.search('[«“"]', rest[m.end() :])
    return False


def n_short(text: str) -> int:
    return len(text.split())
