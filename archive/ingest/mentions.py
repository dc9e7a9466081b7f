"""The people and institutions an article names, in order, with their roles.

"Le ministre russe des Affaires étrangères Sergueï Lavrov" gives Lavrov the role
"ministre russe des Affaires étrangères", so "le ministre russe" later resolves to him.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

from .figures import (
    FEMALE_NAMES,
    INSTITUTION_HEADS,
    MALE_NAMES,
    ROLE_HEADS,
    TITLES,
    Entity,
    Figure,
    find_figures,
    gender_of,
    role_match,
    role_tokens,
)
from .textshape import fold_keep
from .textshape import folded as fold

NAME = re.compile(
    r"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?[A-ZÀ-ÝŁŠŽČ][\w'’-]+"
    r"(?:\s+(?:(?:de|da|di|del|van|von|der|al|el|bin|ben|ibn)\s+)?[A-ZÀ-ÝŁŠŽČ][\w'’-]+){0,3}"
)
PRONOUNS = {"il": "m", "elle": "f", "he": "m", "she": "f", "ils": "p", "elles": "p", "they": "p"}
# Stressed and object forms, subjects of "selon lui", "pour elle", "according to him".
PRONOUNS |= {"lui": "m", "eux": "p", "him": "m", "her": "f", "them": "p"}
ENGLISH_PRONOUNS = {"he", "she", "they", "him", "her", "them"}
DETERMINERS = re.compile(r"^(?:le|la|l'|les|the|son|sa|ses|his|her|their|leur|un|une|a|an)\s*")
NOT_NAMES = set(
    "le la les l the il elle ils elles he she they we nous on comme selon according pour par "
    "mais et dans en a au aux cette ce ces this that these lors apres avant depuis alors ainsi "
    "m mme mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday lundi mardi "
    "mercredi jeudi vendredi samedi dimanche january february march april june july august "
    "september october november december janvier fevrier avril juin juillet aout septembre "
    "octobre novembre decembre".split()
)
# "… counterpart in Antalya", "l'ambassadeur à Moscou": a place, not the holder of the role.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|from|to|near|en|dans|vers|depuis|pour)\s*$")
_COMPLEMENT_END = re.compile(r"\b(?:de|du|des|d'|of|la|l')$")
_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du|des|d'|of|la|l')\s*$")


def _after_complement(text: str, at: int) -> bool:
    """True when the text before `at` ends with "de", "du", "of", "la"… (spaces aside).

    Only the last characters are folded and searched: the word and the character before it
    are all the pattern looks at (the whole prefix when its tail is only spaces)."""
    lo = max(0, at - 40)
    low = fold_keep(text[lo:at])
    if lo and len(low.rstrip()) < 8:
        low = fold_keep(text[:at])
    return _COMPLEMENT_BEFORE.search(low) is not None


_BLOCKING = re.compile(r"\b(?:a|ont|que|qui|that|who|has|is|was|said|with|avec|et|and)\b|[.;:!?]")


class Article:
    """Entities of one article, their mentions and the subjects of its verbs of speech."""

    def __init__(self, language: str, text: str = ""):
        self.language = language
        self.text = text
        self.entities: dict[str, Entity] = {}
        self.mentions: list[tuple[tuple[int, int], Entity]] = []
        self.speech: list[tuple[tuple[int, int], Entity]] = []
        self.subjects: list[tuple[tuple[int, int], Entity]] = []
        self._mid_sentence: dict[str, bool] = {}

    # -- entities -------------------------------------------------------------------
    def of_figure(self, fig: Figure) -> Entity:
        if fig.key not in self.entities:
            name = fig.names.get(self.language) or fig.names["en"]
            self.entities[fig.key] = Entity(
                fig.key, name, fig.kind, fig.gender, list(fig.roles), set(), fig
            )
        return self.entities[fig.key]

    def of_name(self, name: str, kind: str = "person", gender: str = "") -> Entity:
        """The entity a name stands for: an earlier fuller or shorter form of it, or a new one."""
        tokens = [t for t in name.replace(".", ". ").split() if fold(t).strip(".") not in TITLES]
        clean = " ".join(tokens).strip()
        key = fold(clean)
        last = fold(tokens[-1]) if tokens else key
        for ent in self.entities.values():
            forms = {fold(ent.name)} | {fold(a) for a in ent.aliases}
            if key in forms or (ent.kind == "person" and fold(ent.name).split()[-1:] == [last]):
                if len(clean) > len(ent.name) and not ent.figure:
                    ent.aliases.add(ent.name)
                    ent.name = clean
                ent.aliases.add(clean)
                ent.gender = ent.gender or gender
                return ent
        self.entities[key] = Entity(key, clean, kind, gender, [], {clean})
        return self.entities[key]

    # -- reading ----------------------------------------------------------------------
    def read_mentions(self, para: int, text: str, figs: list[tuple[int, int, Figure]]) -> None:
        """Record the registry names and the role-introduced names of a paragraph."""
        taken: list[tuple[int, int]] = []
        people: list[tuple[int, int]] = []
        for start, end, fig in figs:
            ent = self.of_figure(fig)
            if ent.kind == "person":
                people.append((start, end))
            role, det = role_before(text, start)
            if role and ent.kind == "person":
                ent.roles.insert(0, role)
            self.mentions.append(((para, start), ent))
            taken.append((start, end))
        # Names inside a registry name are skipped: the spans sorted by start, with the
        # furthest end so far, answer "does any span overlap this one" by bisection.
        taken.sort()
        starts = [s for s, _ in taken]
        reach = list(accumulate((e for _, e in taken), max))
        for m in NAME.finditer(text):
            k = bisect_left(starts, m.end())
            if k and reach[k - 1] > m.start():
                continue
            name = m.group()
            start = m.start()
            if _after_complement(text, m.start()):
                name = _name_after_complement(name)
                if not name:
                    continue
                start = m.end() - len(name)
            titled = fold(name.split()[0]).strip(".") in TITLES
            role, det = role_before(text, start)
            if role and _person_between(text, role, start, people):
                role, det = "", ""  # the role belongs to the person named before this word
            if not (titled or role) or fold(name.split()[-1]) in NOT_NAMES:
                continue
            ent = self.of_name(name, "person", gender_of(name, role, det))
            if role:
                ent.roles.insert(0, role)
            people.append((start, m.end()))
            self.mentions.append(((para, start), ent))
        self.mentions.sort(key=lambda item: item[0])

    # -- resolution -------------------------------------------------------------------
    def resolve_event(self, event, events) -> tuple[Entity | None, str]:
        """Resolve the subject of a verb of speech and remember it as the last speaker."""
        at = (event.para, event.at)
        if event.participle:
            finite = [
                e
                for e in events
                if e.para == event.para
                and e.sentence == event.sentence
                and e.at < event.at
                and not e.participle
            ]
            if finite:
                entity, reason = self.resolve_event(finite[-1], events)
                return entity, f"{event.verb!r} continues {finite[-1].verb!r}: {reason}"
        entity = self.resolve_phrase(event.subject, at)
        if entity is None:
            return None, f"subject {event.subject!r} of {event.verb!r} not resolved"
        self.speech.append((at, entity))
        self.mentions.append((at, entity))
        return entity, f"{event.subject!r} is the subject of {event.verb!r}"

    def note_subject(self, event) -> Entity | None:
        """Remember who a sentence is about (names, roles and institutions the text sets up)."""
        low = fold(event.subject)
        if not low or low in PRONOUNS:
            return None
        parts = [p for p in event.subject.split(",") if p.strip()]
        for part in reversed(parts):
            known = find_figures(part) or DETERMINERS.match(fold(part.strip()) + " ")
            name = person_name(part)
            if known or (name and (len(name.split()) > 1 or self._known_person(name))):
                entity = self.resolve_phrase(part, (event.para, event.at))
                if entity is not None and entity.kind != "group":
                    self.subjects.append(((event.para, event.at), entity))
                    return entity
        return None

    def resolve_phrase(self, phrase: str, at: tuple[int, int]) -> Entity | None:
        """Return the entity a subject phrase names: pronoun, name, institution or role.

        A phrase with commas ("Vendredi, le président X", "la porte-parole …, Maria Z")
        is read from its last part backwards.
        """
        parts = [p for p in phrase.split(",") if p.strip()]
        if len(parts) > 1:
            found = [e for e in (self.resolve_phrase(p, at) for p in reversed(parts)) if e]
            people = [e for e in found if e.kind == "person"]
            return (people or found or [None])[0]
        phrase = phrase.strip(' ,;:«»“”"‘’')
        low = fold(phrase)
        if not low:
            return None
        if low in PRONOUNS:
            return self.resolve_pronoun(low, at)
        figs = find_figures(phrase)
        people = [f for _, _, f in figs if f.kind == "person"]
        if people:
            return self.of_figure(people[-1])
        name = person_name(phrase)
        if name and len(name.split()) == 1 and not self._known_person(name):
            # A lone capitalised word is a name only if the text capitalises it mid-sentence
            # too ("Observers said …" is not a name; "… met Mutua …" is).
            if not self._capitalised_mid_sentence(name):
                name = None
        if name:
            kind = "person" if len(name.split()) > 1 or self._known_person(name) else "group"
            return self.of_name(name, kind, gender_of(name))
        det = DETERMINERS.match(low)
        core = low[det.end() :] if det else low
        role_first = ROLE_HEADS.match(core) or ROLE_HEADS.search(core.split(" ")[-1])
        if role_first and (det or figs):
            # "le porte-parole du Kremlin", "the Kremlin spokesman": a person with that role.
            entity = self.resolve_role(core, at, strict=bool(figs))
            if entity is not None:
                return entity
        if figs:
            return self.of_figure(figs[0][2])
        if INSTITUTION_HEADS.match(core):
            det_word = det.group().strip() if det else ""
            gender = "f" if det_word in ("la", "une") else "m" if det_word in ("le", "un") else ""
            words = phrase[det.end() :] if det else phrase
            if det and len(core.split()) == 1:
                # "the ministry" after "the Russian foreign ministry": the one already named.
                for ent in reversed(list(self.entities.values())):
                    if ent.kind == "institution" and core in fold(ent.name).split()[1:]:
                        return ent
            return self.of_name(words.strip(), "institution", gender)
        if det and ROLE_HEADS.search(core):
            return self.resolve_role(core, at)
        return None

    def _capitalised_mid_sentence(self, name: str) -> bool:
        """True when the text writes `name` after a word or a comma ("… met Mutua …")."""
        found = self._mid_sentence.get(name)
        if found is None:
            found = bool(re.search(r"[\w,;] " + re.escape(name) + r"\b", self.text))
            self._mid_sentence[name] = found
        return found

    def _known_person(self, name: str) -> bool:
        last = fold(name).split()[-1]
        return any(
            e.kind == "person" and fold(e.name).split()[-1:] == [last]
            for e in self.entities.values()
        )

    def resolve_role(self, core: str, at: tuple[int, int], strict: bool = False) -> Entity | None:
        """ "le ministre russe" → the most recent entity whose role has those words.

        All the words of the phrase are tried first ("porte-parole du Kremlin"), then its head
        ("porte-parole") unless `strict`.
        """
        full = role_tokens(core)
        for pos, ent in reversed(self.mentions):
            if pos < at and ent.kind == "person" and role_match(full, ent) == 2:
                return ent
        if strict:
            return None
        head = re.split(r"\s(?:de|du|des|d'|of|from|a|au|aux|in)\b", core)[0]
        tokens = {t for t in re.findall(r"[a-z-]+", head) if t not in ("le", "la", "the")}
        best, best_score = None, 0
        for pos, ent in reversed(self.mentions):
            if pos >= at:
                continue
            score = role_match(tokens, ent)
            if score > best_score:
                best, best_score = ent, score
            if score == 2:
                break
        return best

    def resolve_pronoun(self, pronoun: str, at: tuple[int, int]) -> Entity | None:
        """The last subject of a verb of speech of that gender, else the last such person."""
        gender = PRONOUNS[pronoun]
        english = pronoun in ENGLISH_PRONOUNS
        said = sorted(self.speech + self.subjects, key=lambda item: item[0])
        said = [(pos, ent) for pos, ent in reversed(said) if pos < at and at[0] - pos[0] <= 4]
        named = [
            (pos, ent)
            for pos, ent in reversed(self.mentions)
            if pos < at and at[0] - pos[0] <= 2 and ent.kind == "person"
        ]
        found = None
        if gender == "f":
            # Women are the fewer: a known woman first, else the nearest person not known a man.
            found = next((e for _, e in said + named if e.gender == "f"), None)
        if found is None:
            found = next((e for _, e in said if fits(e, gender, english)), None)
        if found is None:
            found = next((e for _, e in named if fits(e, gender, english)), None)
        if found is not None and gender in "mf" and not found.gender and found.kind == "person":
            found.gender = gender  # "he" / "she" tells the person's gender from now on
        return found

    def last_speaker(self, para: int) -> Entity | None:
        for pos, ent in reversed(self.speech):
            if pos[0] <= para and para - pos[0] <= 2:
                return ent
        return None


def fits(ent: Entity, gender: str, english: bool) -> bool:
    if gender == "p":
        return ent.kind != "person"
    if english and ent.kind != "person":
        return False
    return ent.gender == gender or (not ent.gender and ent.kind == "person")


def _person_between(text: str, role: str, at: int, people: list[tuple[int, int]]) -> bool:
    """True when a person already named stands inside the role phrase before position `at`."""
    begin = text.rfind(role, 0, at)
    return begin >= 0 and any(begin <= s and e <= at for s, e in people)


def role_before(text: str, start: int) -> tuple[str, str]:
    """The role written right before a name ("le ministre russe … Lavrov") and its article."""
    window = text[max(0, start - 90) : start]
    low = fold_keep(window)
    heads = list(ROLE_HEADS.finditer(low))
    if not heads:
        return "", ""
    head = heads[0]
    for h in heads:
        if not _BLOCKING.search(low[h.end() :]):
            head = h
            break
    else:
        return "", ""
    between = low[head.end() :]
    if len(between.split()) > 7 or _BLOCKING.search(between) or _PLACE_BEFORE.search(between):
        return "", ""
    begin = head.start()
    # English pre-modifiers: "Russian Foreign Minister", "Kremlin spokesman".
    pre = re.search(r"((?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3})$", window[:begin])
    if pre and not re.search(r"[.!?]\s*$", window[: begin - len(pre.group(1))]):
        begin -= len(pre.group(1))
    det = re.search(r"\b(le|la|l'|the|son|sa|his|her)\s*$", low[:begin])
    role = window[begin:].strip(" ,")
    return role, det.group(1) if det else ""


def _name_after_complement(words_: str) -> str | None:
    """ "Défense Marek Nowicki" (after "le ministre de la"): the person's name that follows the
    complement's capitalised noun: from the first known first name, else the last two words."""
    tokens = words_.split()
    if len(tokens) < 3:
        return None
    for k in range(1, len(tokens) - 1):
        if fold(tokens[k]) in FEMALE_NAMES or fold(tokens[k]) in MALE_NAMES:
            return " ".join(tokens[k:])
    return " ".join(tokens[-2:])


@lru_cache(maxsize=20_000)
def person_name(phrase: str) -> str | None:
    """The person's name in a subject phrase ("le porte-parole X Y" → "X Y"), if any."""
    low = fold_keep(phrase)
    heads = list(ROLE_HEADS.finditer(low))
    start = heads[-1].end() if heads else 0
    for m in NAME.finditer(phrase, start):
        before = low[: m.start()].rstrip()
        if _COMPLEMENT_END.search(before[-8:]) or before.endswith("'"):
            trailing = _name_after_complement(m.group())
            if trailing:
                return trailing
            continue
        tokens = [t for t in m.group().split() if fold(t).strip(".") not in NOT_NAMES]
        if not tokens:
            continue
        if m.start() == 0 and DETERMINERS.match(fold(m.group()) + " "):
            continue
        if INSTITUTION_HEADS.match(fold(" ".join(tokens))):
            continue
        return m.group()
    return None
