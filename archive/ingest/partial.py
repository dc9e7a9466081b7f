"""Short and partial quotes: when a quoted span of a few words is something said.

A span of one to four words is a statement when a speaker's verb of speech or judgment
governs it, anywhere in its clause: as its object (« a fustigé « un chantage
inacceptable » », « Kigali a dénoncé une « ingérence » », "branded the deal “a betrayal”"),
as what the speaker called something (« a qualifié la décision de « regrettable » »,
"described the plan as a “step backwards”", "what he called “blackmail”"), completing a call
or an accusation (« a appelé X à « la retenue » », « accuse Moscou de « chantage » »),
inside the clause it reports (« a assuré que le dialogue « n'était pas rompu » », "said the
post had been shut for “routine maintenance”"), what the speaker says of themselves (« s'est
dit « très inquiet » »), in a sentence opened by « selon X, » / « pour lui, », or before an
incise (« « Jamais », a-t-il répondu », « Paris « prend note » de …, a réagi le Quai
d'Orsay »).

Scare quotes and names stay out: no verb of speech in the clause (« le « gel » des
contacts »), a naming word before the quote (« le journal « Gazeta » », "the so-called
“reset”"), a possessive ("the council announced its “pause”"), a body, plan or programme
(« un « groupe de travail » conjoint », "the 'eastern shield' programme"), a passive status
("declared “persona non grata”"), what a text or a plan "promises", a noun a generic « on »
announces. All tests run on folded text (lower case, no accents); the word lists are in
data/speech.json.
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
_ENDS_WITH_DETERMINER = {
    lang: re.compile(rf"(?:^|(?<=[\s']))(?:{det})\s*$", re.VERBOSE)
    for lang, det in _DETERMINERS.items()
}
# "de"/"as"/"comme" (with an article) right before the quote, after a verb that qualifies.
_QUALIFIER_END = re.compile(r"\b(?:de|d'|as|comme)(?:\s+(?:a|an|the|un|une))?\s*$")
# "what he called « … »", « ce qu'il a qualifié de « … » »: the speaker's own words.
_WHAT_THEY_CALLED = re.compile(
    r"""\b(?:what|which|that|ce\ qu'|ce\ que)\s*[\w'-]+(?:\s+[\w'-]+){0,2}\s+
        (?:called|termed|dubbed|described\ as|labell?ed|appelle|qualifie\ de|nomme)$""",
    re.VERBOSE,
)
# A possessive right before the quote: the speaker's own thing, named ("its “pause”").
_POSSESSIVE = re.compile(r"\b(?:its|their|his|her|our|son|sa|ses|leur|leurs|notre|nos)\s*$")
# A verb that voices a feeling, then a possessive: the feeling is the speaker's word.
_EXPRESSED = re.compile(
    r"""\b(?:exprime|exprimait|exprimant|fait\ part\ de|faisant\ part\ de|
           expressed|expresses|voiced|voices|conveyed)
        \s+(?:[\w'-]+\s+){0,2}(?:sa|son|ses|leur|leurs|his|her|their|its)\s*$""",
    re.VERBOSE,
)
# Thanks, then whom and what for: the words praised are the thanker's ("thanked delegations
# for their “firm solidarity”", « a remercié le Royaume pour son « soutien constant » »).
_THANKED = re.compile(
    r"""\b(?:thank|thanks|thanked|thanking|remercie|remercient|remerciait|remerciant|
           remercies)
        \s+(?:[\w'-]+\s+){0,6}(?:for|pour)
        (?:\s+(?:its|their|his|her|our|the|son|sa|ses|leur|leurs|le|la|les)|\s+l')?\s*$""",
    re.VERBOSE,
)
_PASSIVE = re.compile(r"\b(?:been|being|be|is|was|were|are|ete|etre)\s+$")
# « Selon X, … », « Pour lui, … », "According to X, …" opening the sentence.
_ACCORDING_OPENING = re.compile(
    r"""^\s*(?:selon|d'apres|a\ en\ croire|according\ to|pour\ (?:lui|elle|eux|elles)\s*,|
        pour\ [^,]{2,60},)""",
    re.VERBOSE,
)
_ACCORDING = ("selon", "d'apres", "a en croire", "according to", "pour qui", "pour")
# A subject that does not speak: a text, a plan, or a generic « on ».
_NOT_A_SPEAKER = {
    lang: re.compile(r"\b(?:" + "|".join(word_lists()[f"not_speakers_{lang}"]) + r")\b")
    for lang in ("fr", "en")
}
# A short quote that names a body, a plan or a programme: by its first word (« un « groupe
# de travail » »), or by the noun after it ("the 'eastern shield' programme").
_BODY_NOUN = re.compile(r"^(?:" + "|".join(word_lists()["body_nouns"]) + r")s?\b")
_NAMING_AFTER = re.compile(r"^\s*(?:" + "|".join(word_lists()["naming_after"]) + r")s?\b")
_GENERIC_SUBJECT = re.compile(r"\b(?:" + "|".join(word_lists()["generic_subjects"]) + r")\b")
# A short quote that is an adverbial phrase (« pour consultations », "without delay"), and
# what opens a clause reported by the verb of speech before it (que, that, à/de/to + verb).
_ADVERBIAL = re.compile(r"^(?:" + "|".join(word_lists()["adverbial_openers"]) + r")\b")
# The verb's object after the quote: the quote stands between a verb and its object.
_OBJECT_AFTER = re.compile(
    r"^\s*(?:son|sa|ses|leur|leurs|le|la|les|l'|un|une|des|its|their|his|her|the|a|an)\b"
)
_REPORTED_CLAUSE = re.compile(r"\b(?:que|qu'|that|to\s+\w+|(?:a|de|d')\s*[\w-]+(?:er|ir|re))\b")
# A verb of appeal, its object, then the infinitive of what it urges: « a pressé les
# dirigeants d'élire un président », « a sommé Kigali de retirer ses troupes ».
_APPEAL = re.compile(
    rf"""(?:\b(?:{"|".join(word_lists()["appeal_fr"])})
          | \b(?:a|ont|avait|avaient|ayant|avoir|aura|auront)\s+(?:[\w'-]+\s+){{0,2}}?
            (?:{"|".join(word_lists()["appeal_fr_participles"])})
        )\b
        (?:\s+[\w'-]+){{0,8}}?\s+(?:de\s+|d'|a\s+)[\w-]+(?:er|ir|re)\b""",
    re.VERBOSE,
)


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


# A verb of judgment, its object, then the quote: what the speaker judged it to be.
_JUDGED_OBJECT = re.compile(
    r"""\b(?:juge|jugee|juges|jugent|jugeant|estime|estiment|considere|considerent|trouve|
           trouvent|deemed|judged|found|considered|considers|finds)
        \s+(?:le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs|the|this|that|its|their)\s*
        [\w'-]+(?:\s+[\w'-]+)?\s*$""",
    re.VERBOSE,
)


def governed(text: str, before: str, after: str, language: str) -> bool:
    """True when a verb of speech or judgment of a speaker governs a short quote: a verb of
    speech earlier in its clause, a sentence opened by « selon X, », an incise after it."""
    lead = fold(sentence_before(before)).rstrip()
    lead = lead.rsplit(";", 1)[-1]  # « on nous avait annoncé … ; on a eu un « plan » »
    rest = fold(sentence_after(after))
    if _WHAT_THEY_CALLED.search(lead):
        return True
    if lead.endswith(":") and speech_verbs(language).search(lead):
        return True  # "told state radio: “…”": a colon hands over to the words said
    if _EXPRESSED.search(lead) or _THANKED.search(lead):
        return True  # « a exprimé sa « profonde inquiétude » », "voiced his “dismay”"
    if _JUDGED_OBJECT.search(lead) and text.strip()[:1].islower():
        return True  # « a jugé le projet « inacceptable » »: an object, then what it was judged
    if NAMING.search(lead.rstrip(" :,")) or _POSSESSIVE.search(lead):
        return False  # « le journal « Gazeta » », "the council announced its “pause”"
    if incise_after(text, after, language) or _later_incise(rest, language):
        return True  # « Paris « prend note » de cette déclaration, a réagi le Quai d'Orsay »
    if not lead or lead.endswith("("):
        return False
    said = list(speech_verbs(language).finditer(lead))
    if (
        said
        and _PASSIVE.search(lead[: said[-1].start()])
        and len(lead[said[-1].end() :].split()) < 3
    ):
        return False  # "had been declared “persona non grata”": a status, not words said
    if _QUALIFIER_END.search(lead) and QUALIFY.search(lead):
        return True  # « a qualifié la décision de « regrettable » », "described it as a “…”"
    named = _BODY_NOUN.match(fold(text).strip()) and _ends_with_determiner(lead, language)
    if named or _NAMING_AFTER.match(rest):
        return False  # « un « groupe de travail » conjoint », "the 'eastern shield' programme"
    if _APPEAL.search(lead):
        return True  # « a pressé les dirigeants d'élire un président « sans plus tarder » »
    verbs = [
        m
        for m in said
        if not m.group().startswith(_ACCORDING) and not _PASSIVE.search(lead[: m.start()])
    ]
    if not verbs:
        return _ACCORDING_OPENING.match(lead) is not None  # « Selon X, la mesure est « … » »
    verb = verbs[-1]
    if (
        _ADVERBIAL.match(fold(text).strip())
        and _OBJECT_AFTER.match(rest)
        and not _REPORTED_CLAUSE.search(lead[verb.end() :])
    ):
        return False  # « a rappelé « pour consultations » son ambassadeur »: the act's manner
    subject = " ".join(lead[: verb.start()].split()[-4:])
    if _NOT_A_SPEAKER["en" if language == "en" else "fr"].search(subject):
        return False  # "le texte promet …", "the report says …"
    det = _ends_with_determiner(lead, language)
    between_det = lead[verb.end() : det.start()] if det else ""
    if det and len(between_det.split()) <= 2 and not re.search(r"\b(?:que|qu'|that)", between_det):
        # A noun the verb takes as its object: its speaker's word (« Kigali a dénoncé une
        # « ingérence » »), not when « on » speaks (« on nous avait annoncé une « … » »)
        return not _GENERIC_SUBJECT.search(subject)
    # Its object, its complement, or inside the clause it reports: « a fustigé mardi « un
    # chantage » », « a appelé X à « la retenue » », « a assuré que le dialogue « … » ».
    return len(lead[verb.end() :].split()) <= 25


def _ends_with_determiner(lead: str, language: str):
    return _ENDS_WITH_DETERMINER["en" if language == "en" else "fr"].search(lead)


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
