"""The people and institutions an article names, in order, with their roles.

"Le ministre russe des Affaires étrangères Sergueï Lavrov" gives Lavrov the role
"ministre russe des Affaires étrangères", so "le ministre russe" later resolves to him.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

from archive.text import spelling_key

from .acronyms import full_names
from .contractions import expand
from .figures import (
    FEMALE_NAMES,
    INSTITUTION_HEADS,
    MALE_NAMES,
    ROLE_HEADS,
    TITLES,
    Entity,
    Figure,
    figure_by_spelling,
    find_figures,
    gender_of,
    role_match,
    role_tokens,
)
from .names import (
    is_capital,
    is_person_name,
    is_relay,
    name_end,
    name_tokens,
    not_in_names,
    opens_question,
    person_shaped,
    speaker_shaped,
    state_seat,
)
from .speech import speech_verbs
from .textshape import fold_keep
from .textshape import folded as fold

NAME = re.compile(
    r"""(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?         # a title
    [A-ZÀ-ÝŁŠŽČ][\w'’-]+                                   # the first capitalised word
    (?:\s+(?:(?:de|da|di|do|dos|das|du|del|della|van|von|der|den|ter|al|el|bin|ben|ibn)\s+
           |d['’]|(?:al|el|ad|as|ash)-)?                    # particles: de La, d'Orval, al-
       [A-ZÀ-ÝŁŠŽČ][\w'’-]+){0,5}""",
    re.VERBOSE,
)
PRONOUNS = {"il": "m", "elle": "f", "he": "m", "she": "f", "ils": "p", "elles": "p", "they": "p"}
# Stressed and object forms, subjects of "selon lui", "pour elle", "according to him".
PRONOUNS |= {"lui": "m", "eux": "p", "him": "m", "her": "f", "them": "p"}
ENGLISH_PRONOUNS = {"he", "she", "they", "him", "her", "them"}
DETERMINERS = re.compile(r"^(?:l'|(?:le|la|les|the|son|sa|ses|his|her|their|leur|un|une|a|an)\s+)")
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
_COMPLEMENT_END = re.compile(r"\b(?:de|du|des|d'|of|la|l'|to|for)$")
_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du|des|d'|of|la|l'|au|aux)\s*$")


def _after_complement(text: str, at: int) -> bool:
    """True when the text before `at` ends with "de", "du", "of", "la"… (spaces aside).

    Only the last characters are folded and searched: the word and the character before it
    are all the pattern looks at (the whole prefix when its tail is only spaces)."""
    lo = max(0, at - 40)
    low = fold_keep(text[lo:at])
    if lo and len(low.rstrip()) < 8:
        low = fold_keep(text[:at])
    return _COMPLEMENT_BEFORE.search(low) is not None


_BLOCKING = re.compile(
    r"\b(?:a|ont|que|qui|that|who|has|is|was|said|with|avec|et|and|par|by|also|"
    r"spoke|met|told|held|meets|speaks|tells|says|"
    r"(?!united\b|federated\b|accredited\b|retired\b|designated\b)[a-z]{3,}ed)\b|[.;:!?]"
)  # an English verb between a role and a name: "The Foreign Secretary spoke to … X"


# A question or a finite verb inside the words before "…, he": a clause ("an official why
# nothing had moved, he"), not a noun phrase the pronoun takes up.
_CLAUSE_IN_HEAD = re.compile(
    r"\b(?:why|whether|how|what|had|has|was|were|is|pourquoi|comment|avait|etait)\b"
)


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
        # Organisations named in full before their acronym, by folded full name and acronym.
        self._organisations: dict[str, Entity] = {}
        # Entities by folded form, by the spelling key of their last word and of any word
        # after the first: a name is matched in constant time, not against every entity.
        self._rank: dict[str, int] = {}
        self._indexed: dict[str, set[str]] = {}
        self._by_form: dict[str, list[Entity]] = {}
        self._by_last: dict[str, list[Entity]] = {}
        self._by_inner: dict[str, list[Entity]] = {}

    def _add(self, ent: Entity) -> Entity:
        self.entities[ent.key] = ent
        self._rank[ent.key] = len(self._rank)
        self._index(ent)
        return ent

    def _index(self, ent: Entity) -> None:
        """File the entity's forms not filed yet (after a new name or alias)."""
        done = self._indexed.setdefault(ent.key, set())
        for form in {fold(ent.name)} | {fold(a) for a in ent.aliases}:
            if form in done or not form:
                continue
            done.add(form)
            words = form.split()
            self._by_form.setdefault(form, []).append(ent)
            self._by_last.setdefault(spelling_key(words[-1]), []).append(ent)
            for word in words[1:]:
                self._by_inner.setdefault(spelling_key(word), []).append(ent)

    def _same_person(self, key: str, last_key: str, n_words: int) -> Entity | None:
        """The first entity (in the order met) written `key`, or a person (or a lone word)
        whose surname is `last_key`: the last word, or for a surname alone any word after
        the first ("Mamani" is Rogelio Mamani Choque)."""
        found = list(self._by_form.get(key, ()))
        kinds = ("person", "group")
        found += [e for e in self._by_last.get(last_key, ()) if e.kind in kinds]
        if n_words == 1:
            found += [e for e in self._by_inner.get(last_key, ()) if e.kind in kinds]
        return min(found, key=lambda e: self._rank[e.key], default=None)

    # -- entities -------------------------------------------------------------------
    def of_figure(self, fig: Figure, written: str = "") -> Entity:
        """The entity of a registry figure, named as the text spells it.

        The registry's form in the article's language is the name unless the text writes
        the person's surname otherwise (« Kuleba » in a French text: "Dmytro Kuleba", not
        the registry's « Dmytro Kouleba »); every form is kept as an alias."""
        ent = self.entities.get(fig.key)
        if ent is None:
            name = fig.names.get(self.language) or fig.names["en"]
            ent = self._add(
                Entity(fig.key, name, fig.kind, fig.gender, list(fig.roles), set(), fig)
            )
        written = " ".join(name_tokens(written)) if written and fig.kind == "person" else ""
        if written and fold(written) != fold(ent.name):
            ent.aliases.add(written)
            surname = fold(written).split()[-1]
            if surname not in fold(ent.name).split():  # another spelling, not a shorter form
                forms = [*fig.names.values(), *fig.aliases, written]
                fitting = [f for f in forms if fold(f).split()[-1:] == [surname]]
                best = max(fitting, key=lambda f: len(f.split()))
                ent.aliases.add(ent.name)
                ent.name = best
            self._index(ent)
        return ent

    def of_name(self, name: str, kind: str = "person", gender: str = "") -> Entity:
        """The entity a name stands for: an earlier fuller or shorter form of it, or a new one."""
        tokens = [t for t in name.replace(".", ". ").split() if fold(t).strip(".") not in TITLES]
        clean = " ".join(tokens).strip()
        key = fold(clean)
        last = fold(tokens[-1]) if tokens else key
        if kind == "person" and (fig := figure_by_spelling(clean)) is not None:
            return self.of_figure(fig, clean)  # "Volodymyr Zelenski": Volodymyr Zelensky
        ent = self._same_person(key, spelling_key(last), len(tokens))
        if ent is not None:
            if kind == "person" and ent.kind == "group":
                ent.kind = "person"  # "Hovland" in the headline, "Sigrid Hovland" below
            better = len(clean) > len(ent.name) or (ent.name.isupper() and not clean.isupper())
            if better and not ent.figure:  # a fuller name, or "Crane" for "CRANE"
                ent.aliases.add(ent.name)
                ent.name = clean
            ent.aliases.add(clean)
            ent.gender = ent.gender or gender
            self._index(ent)
            return ent
        return self._add(Entity(key, clean, kind, gender, [], {clean}))

    # -- reading ----------------------------------------------------------------------
    def read_mentions(self, para: int, text: str, figs: list[tuple[int, int, Figure]]) -> None:
        """Record the registry names and the role-introduced names of a paragraph."""
        self.read_organisations(text)
        taken: list[tuple[int, int]] = []
        people: list[tuple[int, int]] = []
        for start, end, fig in figs:
            ent = self.of_figure(fig, text[start:end])
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
        bodies = {s: e for s, e, fig in figs if fig.kind != "person"}
        for m in NAME.finditer(text):
            k = bisect_left(starts, m.end())
            name, start, end = m.group(), m.start(), m.end()
            if start and text[start - 1] in "./@":
                continue  # "ACTUALITE.CD", "@Name": part of a site's or an account's name
            if k and reach[k - 1] > m.start():
                # "UN Secretary-General Amara Diallo": the name after a body that opens the
                # run of capitalised words (a name inside a registry name is skipped).
                body_end = bodies.get(m.start(), m.end())
                if reach[k - 1] > body_end or not text[body_end:end].strip():
                    continue
                name = text[body_end:end].strip()
                start = end - len(name)
            opener = name.split(" ", 1)
            if len(opener) > 1 and opens_question(opener[0]):
                # "Did Tomas Aldren meet …?": the question's word is not the name's.
                name, start = opener[1].lstrip(), end - len(opener[1].lstrip())
            possessive = _POSSESSIVE.search(name)
            following = name[possessive.end() :].split() if possessive else []
            if len(following) > 1 and person_shaped(" ".join(following)):
                possessive = None  # "Latvia's Andris Kalniņš": the name follows
            if possessive:
                # "Spokesperson Lin Haoyu's Regular Press Conference": the name ends at "'s".
                name, end = name[: possessive.start()], start + possessive.start()
            if not name.strip():
                continue
            if _after_complement(text, m.start()):
                name = _name_after_complement(name)
                if not name:
                    continue
                start = end - len(name)
            roles = [i for i, w in enumerate(name.split()) if not_in_names(w)]
            if roles:
                # "Ukrainian President Volodymyr Zelenski", "the Tarvik Maritime Office
                # Radosław Wąsik": the name follows the role or the body.
                name = " ".join(name.split()[roles[-1] + 1 :])
                if not name:
                    continue
                start = end - len(name)
            if not name.split():
                continue  # nothing left of the name after its trimmings
            titled = fold(name.split()[0]).strip(".") in TITLES
            role, det = role_before(text, start)
            if role and _person_between(text, role, start, people):
                role, det = "", ""  # the role belongs to the person named before this word
            if role and len(name.split()) == 1 and len(role.split()) > 5:
                role, det = "", ""  # "The minister also addressed the case of 14 Nigerian …"
            if role and _in_opening_phrase(text, text.rfind(role, 0, start), end):
                role, det = "", ""  # « Après un entretien avec le président X, Y a dit »
            after = role_after(text, end) if not possessive else ""
            if fold(name.split()[-1]) in NOT_NAMES or not is_person_name(
                name, titled=titled, role=bool(role or after)
            ):
                continue
            ent = self.of_name(name, "person", gender_of(name, role or after, det))
            if after:
                ent.roles.insert(0, after)
            if role:
                ent.roles.insert(0, role)
            people.append((start, end))
            self.mentions.append(((para, start), ent))
        self.mentions.sort(key=lambda item: item[0])

    def read_organisations(self, text: str) -> None:
        """« la Communauté des États du Fleuve (CEF) »: one organisation, named by both
        (unless the registry knows it)."""
        for full, acronym in full_names(text):
            if find_figures(acronym) or any(e - s == len(full) for s, e, _ in find_figures(full)):
                continue
            ent = self._organisations.get(fold(acronym)) or self._organisations.get(fold(full))
            if ent is None:
                name = f"{full} ({acronym})"
                ent = self._add(Entity("org:" + fold(name), name, "institution", "", [], set()))
            ent.aliases |= {full, acronym}
            self._organisations[fold(full)] = self._organisations[fold(acronym)] = ent

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
        if event.verb in ("selon", "d'apres") and fold(event.subject) in PRONOUNS:
            # « Le Minrex a salué …, qui a, selon lui, « … » »: « lui » is the sentence's
            # speaker, named before it in the sentence (unknown if that name is not resolved).
            before = [
                e
                for e in events
                if e.para == event.para
                and e.sentence == event.sentence
                and e.at < event.at
                and e.verb not in ("selon", "d'apres")
                and fold(e.subject) not in PRONOUNS
            ]
            if before:
                entity, reason = self.resolve_event(before[-1], events)
                return entity, f"{event.subject!r} is {before[-1].subject!r}: {reason}"
        entity = self.resolve_phrase(event.subject, at)
        if entity is None:
            return None, f"subject {event.subject!r} of {event.verb!r} not resolved"
        if not getattr(event, "relative", False):
            # « X a réagi aux propos de son homologue, qui avait qualifié … »: the relative
            # clause's speaker is no later pronoun's antecedent while X is the sentence's.
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
            role = False
            if name:
                # The name opens the subject, after a role at most ("Kenyan Foreign Minister
                # X"); "relations between the United States and …" is not about a speaker.
                prefix = part.strip()[: max(0, part.strip().find(name))]
                role = bool(ROLE_HEADS.search(fold_keep(prefix)))
                if prefix.strip() and not (role and speaker_shaped(prefix)) and not known:
                    name = None
            if name and not (is_person_name(name, role=role) or self._known_person(name)):
                name = None
            if known or name:
                # A role alone ("Le chef de la diplomatie russe a mis en garde …") stands for
                # its holder unless the sentence names a person ("La négociatrice … X Y a …").
                alone = not _names_a_person(getattr(event, "rest", ""))
                entity = self.resolve_phrase(part, (event.para, event.at), roles_alone=alone)
                if entity is not None and entity.kind != "group":
                    self.subjects.append(((event.para, event.at), entity))
                    if entity.key.startswith("role:"):
                        # A role alone is a mention too: « le ministre » later is its holder.
                        self.mentions.append(((event.para, event.at), entity))
                        self.mentions.sort(key=lambda item: item[0])
                    return entity
        return None

    def resolve_phrase(
        self, phrase: str, at: tuple[int, int], roles_alone: bool = True
    ) -> Entity | None:
        """Return the entity a subject phrase names: pronoun, name, institution or role.

        A phrase with commas ("Vendredi, le président X", "la porte-parole …, Maria Z")
        is read from its last part backwards.
        """
        # Commas, and the dash of a dateline ("OTTAWA — Ottawa", "(AFP) - La France").
        parts = [p for p in re.split(r",|\s[—–-]\s", phrase) if p.strip()]
        if len(parts) == 2 and fold(parts[1].strip()) in PRONOUNS:
            # « La société civile de Mahagi, elle, dénonce »: the pronoun takes up a noun
            # phrase before it (not "Speaking in Rostock, he", « Interrogé, il »).
            head = parts[0].strip()
            if (
                DETERMINERS.match(fold(head) + " ")
                and not _CLAUSE_IN_HEAD.search(fold(head))
                and (taken := self.resolve_phrase(head, at, roles_alone))
            ):
                return taken
        if len(parts) > 1 and fold(parts[-1].strip()) in PRONOUNS:
            # "When I asked an official why, he …": the pronoun after the clause is the
            # subject; the clause's words before it name someone else, or no one.
            return self.resolve_pronoun(fold(parts[-1].strip()), at)
        if len(parts) > 1:
            found = []
            for part in reversed(parts):
                entity = self.resolve_phrase(part, at, roles_alone)
                if entity is not None and entity.kind == "person":
                    return entity  # the parts before it are left unread: no role created
                if entity is not None:
                    found.append(entity)
            return found[0] if found else None
        phrase = phrase.strip(" ,;:«»“”\"‘’'")
        phrase = _LEADING_CONJUNCTION.sub("", phrase)  # "But a spokesman for …"
        low = fold(phrase)
        if not low:
            return None
        if low in PRONOUNS:
            return self.resolve_pronoun(low, at)
        det = DETERMINERS.match(low)
        if det and (role := expand(phrase[det.end() :].strip(), self.text)):
            # « le Minrex »: the role it contracts, as the text writes it out
            return self.resolve_phrase(phrase[: det.end()] + role, at, roles_alone)
        if self._organisations:
            det = DETERMINERS.match(low)
            core = _ACRONYM_AFTER.sub("", low[det.end() :] if det else low)
            if core in self._organisations:  # « la CEF », "the Economic Union of the South"
                return self._organisations[core]
        # "Erdogan's communications director X", "Macron's office": not Erdogan, not Macron.
        # « la porte-parole de Vladimir Poutine », "an adviser to Zelensky": not them either.
        figs = [
            (s, e, f)
            for s, e, f in find_figures(phrase)
            if phrase[e : e + 2] not in _POSS
            and not (
                f.kind == "person" and _OF_SOMEONE.search(fold_keep(phrase[max(0, s - 6) : s]))
            )
        ]
        people = [(s, e, f) for s, e, f in figs if f.kind == "person"]
        if people:
            start, end, fig = people[-1]
            return self.of_figure(fig, phrase[start:end])
        if is_relay(phrase) or _REACHED_BY.match(low):
            # « a rapporté l'agence Reuters », "selon l'AFP", « joint par L'Écho »: who
            # relayed the words, not who spoke them.
            return None
        issued = _STATEMENT_OF.match(low)
        if issued:
            # « un communiqué du ministère … », "a statement issued by the Presidency": the
            # body that issued it speaks.
            return self.resolve_phrase(phrase[issued.end() :], at, roles_alone)
        told = _TOLD_RELAY.match(phrase)
        if told and is_relay(told.group(1)):
            # « a déclaré à l'AFP un conseiller … », "told Reuters a diplomat …"
            return self.resolve_phrase(phrase[told.end() :], at, roles_alone)
        seat = state_seat(phrase)
        if seat == "" or (seat and _NATIONALITY.search(seat)):
            # "the Myanmar delegation", « le délégué malien »: the state's seat speaks for it.
            det = DETERMINERS.match(low)
            return self.of_name(phrase[det.end() if det else 0 :].strip(), "institution")
        name = person_name(phrase)
        if name and _modifier(phrase[phrase.find(name) + len(name) :]):
            name = None  # "the Saudi foreign ministry", "Spanish officials": a modifier
        if name and is_capital(" ".join(name_tokens(name))) and fold(name) == low:
            # « Ottawa estime que … »: the capital (or country) stands for its government.
            return self.of_name(name, "institution")
        if name and len(name.split()) == 1 and not self._known_person(name):
            # A lone capitalised word is a name only if the text capitalises it mid-sentence
            # too ("Observers said …" is not a name; "… met Mutua …" is).
            if not self._capitalised_mid_sentence(name) or not person_shaped(name):
                name = None
        if name and len(name.split()) > 1 and not self._known_person(name):
            role = bool(ROLE_HEADS.search(fold_keep(phrase[: phrase.find(name)])))
            if not is_person_name(name, role=role) and not (
                person_shaped(name) and fold(name) == fold(phrase)
            ):
                name = None  # "Black Sea", "Security Council": not a person
        if name:
            kind = "person" if len(name.split()) > 1 or self._known_person(name) else "group"
            return self.of_name(name, kind, gender_of(name))
        det = DETERMINERS.match(low)
        owner = None if det else _COUNTRY_OWNER.match(phrase)
        if owner and is_capital(owner["who"]) and ROLE_HEADS.search(fold(owner["role"])):
            # "Uganda's foreign minister told VOA …": the country's role, its holder if named
            entity = self.resolve_role(fold(owner["role"]) + " " + fold(owner["who"]), at)
            return entity or (self.of_role(phrase) if roles_alone else None)
        core = low[det.end() :] if det else low
        seat = _SEAT_OF.match(core)
        if seat and is_capital(phrase[len(phrase) - len(seat.group("state")) :].strip()):
            # "The representative of Gabon": a state's seat at a meeting speaks for it.
            return self.of_name(phrase[det.end() :].strip() if det else phrase, "institution")
        role_first = ROLE_HEADS.match(core) or ROLE_HEADS.search(core.split(" ")[-1])
        # « un diplomate mauritanien » after « un diplomate européen »: an indefinite role is
        # someone new unless all its words are an earlier person's role.
        indefinite = bool(det) and det.group().strip() in ("un", "une", "a", "an")
        if role_first and (det or figs):
            # "le porte-parole du Kremlin", "the Kremlin spokesman": a person with that role.
            entity = self.resolve_role(
                core, at, strict=bool(figs) or indefinite, det=det.group() if det else ""
            )
            if entity is not None:
                return entity
            if figs and det and ROLE_HEADS.search(core.split(",")[0]) and roles_alone:
                # « le chef de la diplomatie russe », "the spokesman of the Kremlin" with no
                # holder named: the role speaks, not the body it belongs to.
                entity = self.of_role(phrase[det.end() :], fold(det.group()).strip())
                if entity is not None:
                    return entity
        if figs:
            return self.of_figure(figs[0][2])
        if INSTITUTION_HEADS.match(core):
            det_word = det.group().strip() if det else ""
            gender = "f" if det_word in ("la", "une") else "m" if det_word in ("le", "un") else ""
            words = institution_name(phrase[det.end() :] if det else phrase)
            if det and len(core.split()) == 1:
                # "the ministry" after "the Russian foreign ministry": the one already named.
                for ent in reversed(list(self.entities.values())):
                    if ent.kind == "institution" and core in fold(ent.name).split()[1:]:
                        return ent
            if not words:
                return None
            return self.of_name(words, "institution", gender)
        if det and ROLE_HEADS.search(core):
            entity = self.resolve_role(core, at, strict=indefinite, det=det.group())
            if entity is None and roles_alone:
                entity = self.of_role(phrase[det.end() :], fold(det.group()).strip())
            return entity
        if det and is_capital(phrase[det.end() :].strip()):
            # « La Lituanie dénonce … », "the United States said": the country's government.
            return self.of_name(phrase[det.end() :].strip(), "institution")
        return None

    def of_role(self, role: str, det: str = "") -> Entity | None:
        """A role named without a person (« la vice-ministre péruvienne du Commerce »): the
        role is the speaker, when it says whose role it is (a bare "le porte-parole" with no
        one to stand for is unknown)."""
        written = role.strip()
        role = institution_name(written)
        place = _ROLE_PLACE.match(written[len(role) :]) if role else None
        if place:
            role += place.group()  # "a diplomat in Baku", « un diplomate à Bruxelles »
        # One word is enough when the page capitalises it: « le Roi », "the President".
        specific = role[:1].isupper() and len(role.split()) == 1
        if not role or not _role_shaped(role) or (len(role_tokens(role)) < 2 and not specific):
            return None
        ent = self.entities.get("role:" + fold(role))
        if ent is None:
            ent = self._add(
                Entity("role:" + fold(role), role, "person", gender_of("", role, det), [role])
            )
        return ent

    def _capitalised_mid_sentence(self, name: str) -> bool:
        """True when the text writes `name` after a word or a comma ("… met Mutua …")."""
        found = self._mid_sentence.get(name)
        if found is None:
            # After a word, a comma or a closing quote ("“…,” Frostadottir said").
            found = bool(re.search(r"[\w,;”\"»] " + re.escape(name) + r"\b", self.text))
            self._mid_sentence[name] = found
        return found

    def _known_person(self, name: str) -> bool:
        words = fold(name).split()
        if not words:
            return False
        last = spelling_key(words[-1])
        found = list(self._by_last.get(last, ()))
        if len(words) == 1:
            found += self._by_inner.get(last, ())
        return any(e.kind == "person" for e in found)

    def resolve_role(
        self, core: str, at: tuple[int, int], strict: bool = False, det: str = ""
    ) -> Entity | None:
        """ "le ministre russe" → the most recent entity whose role has those words.

        All the words of the phrase are tried first ("porte-parole du Kremlin"), then its head
        ("porte-parole") unless `strict`. « Le ministre » is rather a man than a woman named
        before, a woman only when no one else fits; « la ministre » is never a man.
        """
        gender = {"la": "f", "le": "m"}.get(det.strip() or core.split(" ", 1)[0], "")
        found = self._resolve_role(core, at, strict, gender)
        if found is None and gender == "m":
            found = self._resolve_role(core, at, strict, "")
        return found

    def _resolve_role(self, core: str, at: tuple[int, int], strict: bool, gender: str):
        full = role_tokens(core)
        # "the DFA chief" after "DFA Secretary X": the body's words as written, the head
        # through a synonym.
        named = {t for t in full if not ROLE_HEADS.fullmatch(t)}
        for pos, ent in reversed(self.mentions):
            if pos >= at or ent.kind != "person":
                continue
            score = role_match(full, ent)
            if score == 1 and strict and named:
                score = 2 if any(named <= role_tokens(r) for r in ent.roles) else 0
            if score == 2 and not (gender and ent.gender and ent.gender != gender):
                return ent
        if strict:
            return None
        head = re.split(r"\s(?:de|du|des|d'|of|from|a|au|aux|in)\b", core)[0]
        tokens = {t for t in re.findall(r"[a-z-]+", head) if t not in ("le", "la", "the")}
        best = self._best_role(tokens, at, gender)
        bare = {t for t in tokens if ROLE_HEADS.fullmatch(t) or not _DEMONYM.search(t)}
        if best is None and bare != tokens:
            # "the Turkish top diplomat" after "Foreign Minister X" (no nationality given):
            # the nationality may be what the page leaves implicit.
            best = self._best_role(bare, at, gender) if bare else None
        return best

    def _best_role(self, tokens: set[str], at: tuple[int, int], gender: str = "") -> Entity | None:
        best, best_score = None, 0
        for pos, ent in reversed(self.mentions):
            if pos >= at or (gender and ent.gender and ent.gender != gender):
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
        # Subjects of sentences without a verb of speech count only when they are people:
        # « Le ministère de la Défense avait fait état de … » is not who « a-t-il dit ».
        people = [(pos, e) for pos, e in self.subjects if e.kind == "person"]
        said = sorted(self.speech + people, key=lambda item: item[0])
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


_LEADING_CONJUNCTION = re.compile(r"^(?:but|and|yet|meanwhile|however|mais|et)\s+(?=\w)", re.I)
# A country's role: "Uganda's foreign minister", "Kenya's principal secretary".
_COUNTRY_OWNER = re.compile(r"^(?P<who>[A-ZÀ-Ý][\w .-]{1,30}?)['’]s\s+(?P<role>[a-z][\w -]{2,60})$")
_POSSESSIVE = re.compile(r"['’]s\b")
_ACRONYM_AFTER = re.compile(r"\s*\([^()]*\)$")

# A state's seat at a meeting: "representative of Gabon", « la délégation du Mali ».
_SEAT_OF = re.compile(
    r"""^(?:permanent\ |deputy\ |alternate\ )?
        (?:representative|representant|representante|delegate|delegue|deleguee|delegation)
        \s+(?:of|for|de|du|d')\s*(?:the\s+|la\s+|l')?(?P<state>[^,;:]{2,40})$""",
    re.VERBOSE,
)
_ROLE_PLACE = re.compile(r"\s+(?:in|at|à|en)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?")
_COMPLEMENT_WORDS = {
    "de", "du", "des", "d'", "of", "for", "pour", "a", "au", "aux", "in", "charge", "chargee",
    "to", "at", "aupres", "en",
}  # fmt: skip


# French adjectives of nationality after a seat (« la partie malienne », « les délégués
# ivoiriens », « la délégation turque »), not any adjective (« la partie adverse »).
_NATIONALITY = re.compile(
    r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|een|eenne|an|ane|ol|ole|and|ande|que|sse)s?$"
)
# Adjectives of nationality, English and French: "Turkish", "Chinese", "Iraqi", « turc »…
_DEMONYM = re.compile(
    r"(?:ish|ese|ian|ean|an|i|ic|ais|aise|ois|oise|ien|ienne|een|eenne|ain|aine|e|c)$"
)
# Words that may follow a role's head before its complement: adjectives of nationality and
# rank (« péruvienne », « adjoint », « délégué », « général », « fédéral »), never a verb.
_QUALIFIER = re.compile(
    r"""(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ane|in|ine|ique|al|ale|aux|el|elle|e|es|
    ier|iere|aire|if|ive|ste|and|ande|ol|ole|u|ue|i|oint|ointe|ee|een|eenne)$""",
    re.VERBOSE,
)


def _role_shaped(role: str) -> bool:
    """True for a role phrase, not a clause: its head, at most two words after it (« vice-
    ministre péruvienne »), then only a complement (« du Commerce », "for the … ministry")."""
    if not speaker_shaped(role):
        return False
    low = fold_keep(role)
    head = ROLE_HEADS.search(low)
    if head is None:
        return False
    after = re.findall(r"[\w'-]+", low[head.end() :].replace("'", "' "))
    for i, word in enumerate(after):
        if word in _COMPLEMENT_WORDS:
            return True
        if i >= 2 or not _QUALIFIER.search(word) or speech_verbs("fr").fullmatch(word):
            return False  # "President stressed", « président croit pourtant »
    return True


def _names_a_person(text: str) -> bool:
    """True when `text` holds a person's name ("… pour la pêche Sigrid Hovland a …")."""
    if not text:
        return True  # nothing to tell: no role alone
    for m in NAME.finditer(text):
        name = _first_name_from(m.group(), fold_keep(m.group()), 0)
        if name and is_person_name(name):
            return True
    return False


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


# A sentence opened by a phrase of time or circumstance (« Après un entretien avec … »,
# "Following talks with …"), which may end on a role before the sentence's subject.
OPENING_CIRCUMSTANCE = re.compile(
    r"""(?:^|[.!?]\s+)(?:apres|lors|a\ l'issue|a\ la\ suite|suite|au\ terme|au\ sortir|
        s'exprimant|interroge|interrogee|depuis|de\ retour|after|following|during|
        speaking|asked|in|at)\b[^.!?,]*$""",
    re.VERBOSE,
)


def _in_opening_phrase(text: str, role_at: int, name_end: int) -> bool:
    """The role ends the phrase opening its sentence and the name right after its comma is
    the subject, with its verb and no closing comma (« Après un entretien avec le président
    angolais, Bernadette X a précisé »): the role is someone else's, not the name's."""
    if role_at < 0 or text[name_end:].lstrip()[:1] in (",", ")", "("):
        return False
    return bool(OPENING_CIRCUMSTANCE.search(fold_keep(text[max(0, role_at - 120) : role_at])))


_LINK_WORDS = frozenset("de du des d la le les l et a au aux of the and for".split())
_AND_COMPLEMENT = re.compile(r"\b(?:et|and)\s+(?=(?:de|des|du|d'|of)\b)|\ba\s+(?=l'etranger\b)")


def _linked_complements(low: str) -> str:
    """A role's complements joined by "et"/"and" read as one ("de la Migration et des
    Tunisiens à l'étranger"): that "et" links no second person, that "à" is no verb."""
    return _AND_COMPLEMENT.sub("   ", low)


def role_before(text: str, start: int) -> tuple[str, str]:
    """The role written right before a name ("le ministre russe … Lavrov") and its article."""
    window = text[max(0, start - 90) : start]
    low = fold_keep(window)
    heads = list(ROLE_HEADS.finditer(low))
    if not heads:
        return "", ""
    head = heads[0]
    for h in heads:
        if not _BLOCKING.search(_linked_complements(low[h.end() :])):
            head = h
            break
    else:
        return "", ""
    between = low[head.end() :]
    # A ministry's long name counts its content words (« des Affaires étrangères, de la
    # Migration et des Tunisiens à l'étranger »).
    content = [w for w in re.split(r"[\s']+", between) if w.strip(",") and w not in _LINK_WORDS]
    blocked = _BLOCKING.search(_linked_complements(between))
    if len(content) > 7 or blocked or _PLACE_BEFORE.search(between):
        return "", ""
    begin = head.start()
    # English pre-modifiers: "Russian Foreign Minister", "Kremlin spokesman", "Department
    # of Foreign Affairs (DFA) Secretary".
    pre = re.search(
        r"((?:[A-ZÀ-Ý][\w'’.-]*\s+)(?:(?:[A-ZÀ-Ý][\w'’.-]*|\([A-Z]{2,8}\)|of)\s+){0,4})$",
        window[:begin],
    )
    if pre and pre.group(1).split()[-1] == "of":
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
    """The person's name in a subject phrase ("le porte-parole X Y" → "X Y"), if any.

    Names after the last role word are tried first, then after the one before… ("Ambassador
    X Y thanked the Minister"); words of roles and bodies and a possessive before the name
    are left out ("Deputy Minister of Public Works and Transport X Y", "Latvia's X Y")."""
    low = fold_keep(phrase)
    heads = list(ROLE_HEADS.finditer(low))
    for start in [h.end() for h in reversed(heads)] + ([0] if heads else [0]):
        name = _first_name_from(phrase, low, start)
        if name:
            return name
    return None


def _first_name_from(phrase: str, low: str, start: int) -> str | None:
    complement_end = -1  # where the last capitalised complement of a role ended
    for m in NAME.finditer(phrase, start):
        before = low[: m.start()].rstrip()
        joined = complement_end >= 0 and low[complement_end : m.start()].strip() in (
            "and",
            "et",
            "&",
        )
        if _COMPLEMENT_END.search(before[-8:]) or before.endswith("'") or joined:
            # "Minister of Foreign Affairs and Regional Integration": both are the body's
            trailing = _name_after_complement(m.group())
            if trailing:
                return trailing
            complement_end = m.end()
            continue
        words = m.group().split()
        cut = [i for i, w in enumerate(words) if not_in_names(w) or w.endswith(("'s", "’s"))]
        name = " ".join(words[cut[-1] + 1 :]) if cut else m.group()
        tokens = [t for t in name.split() if fold(t).strip(".") not in NOT_NAMES]
        if not tokens:
            continue
        if name == m.group() and m.start() == 0 and DETERMINERS.match(fold(name) + " "):
            continue
        if INSTITUTION_HEADS.match(fold(" ".join(tokens))):
            continue
        return name
    return None


_REACHED_BY = re.compile(
    r"^(?:joint|jointe|contacte|contactee|interroge|interrogee|cite|citee|interviewe|"
    r"contacted|reached|quoted|interviewed|cited)\s+(?:par|by)\b"
)
_POSS = ("'s", "’s")
_OF_SOMEONE = re.compile(r"(?:\b(?:de|du|of|for|to|aupres de)\s+|\bd')$")
_STATEMENT_OF = re.compile(
    r"""^(?:(?:un|une|le|la|a|an|the)\s+)?
    (?:communique|declaration|statement|press\ release|texte|note)\s+
    (?:(?:issued|released|published|publie|publiee|diffuse|diffusee)\s+(?:by|par)\s+
      |du\s+|de\s+la\s+|de\s+l'|des\s+|of\s+|from\s+|by\s+)
    (?:the\s+)?""",
    re.VERBOSE,
)
_TOLD_RELAY = re.compile(
    r"""^(?:à|a|au|to)\s+
    (  (?:l'|l’|la\s|le\s|the\s)?       # « à l'AFP », "to the BBC"
       [A-ZÀ-Ý][\w.’'-]*(?:\s+[A-ZÀ-Ý][\w.’'-]*)*  # the outlet's capitalised words
    )\s+""",
    re.VERBOSE,
)


def _modifier(after: str) -> bool:
    """True when the words after a capitalised word make it a modifier of a role or body
    ("Saudi| foreign ministry", "Spanish| officials"), not a name."""
    m = re.match(r"\s+([a-zà-ÿ][\w'-]*)(?:\s+([a-zà-ÿ][\w'-]*))?", after)
    if not m:
        return False
    words = [w for w in m.groups() if w]
    return any(not_in_names(w) or ROLE_HEADS.match(fold(w)) for w in words)


def institution_name(words: str) -> str:
    """The noun phrase of an institution or role, cut before any verb or clause that follows
    (« ministère de la Défense avait fait état de … » → « ministère de la Défense »)."""
    words = words.strip(" ,;:")
    words = words[: name_end(fold_keep(words))]
    words = re.sub(r"(?:\s+(?:de|du|des|d'|of|la|le|l'|the|et|and))+$", "", words.strip(" ,"))
    return words.strip() if speaker_shaped(words) else ""


# "Tomasz Wielgosz, porte-parole de l'Office maritime de Gdańsk", "Amara Nwosu, head of …".
_ROLE_AFTER = re.compile(r"^\s*,\s*(?:(?:le|la|l'|the|a|an)\s+)?([^,.;:!?()«»“”\"]{3,90})")


# A role followed by its verb: « le ministre a souligné », "the minister said".
_SUBJECT_AFTER = re.compile(
    r"""^[\w'-]+(?:\s+[\w'-]+)?\s+
        (?:a|ont|avait|said|says|told|added|has|had)\s""",
    re.VERBOSE,
)


def role_after(text: str, end: int) -> str:
    """The role in apposition right after a name, if it is one (a role word opens it)."""
    m = _ROLE_AFTER.match(text[end : end + 120])
    if not m:
        return ""
    phrase = m.group(1)
    low = fold_keep(phrase)
    head = ROLE_HEADS.match(low) or ROLE_HEADS.match(low.split(" ", 1)[-1])
    if not head:
        return ""
    if _SUBJECT_AFTER.match(fold_keep(text[end + m.start(1) : end + m.start(1) + 80])):
        return ""  # « …, Ibrahim Musa, le ministre a souligné »: the sentence's own subject
    return institution_name(phrase)
