"""Concepts across French and English, offered on the search page, never applied silently.

The list lives in the variants table as rows of kind « concept » (editable in the admin;
the starting set is search/data/concepts.txt, loaded by migration 0003): one concept per
row, its forms one per line with their language ("fr: cessez-le-feu", "en: ceasefire").
A query word or words that are one form of a concept (in any inflection: "sanction"
is a form of "sanctions") get an offer: « Également en anglais : ceasefire, truce ;
en français : trêve », with a link to the same query where the typed words are
replaced by all the forms joined with OR.
"""

import re
import threading
import time
from dataclasses import dataclass, field

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .analysis import analyze
from .models import Variant
from .query import ParsedQuery, Term

LANGUAGES = {"fr": gettext_lazy("en français"), "en": gettext_lazy("en anglais")}
MAX_WORDS = 9  # "Organisation pour la sécurité et la coopération en Europe"
MAX_AGE = 60.0  # seconds before another process's edits are read
_FORM = re.compile(r"^\s*(fr|en)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_lock = threading.Lock()
_cache = {"version": None, "built": 0.0, "table": {}}
_version = [0]


@dataclass(frozen=True)
class Concept:
    name: str
    forms: tuple  # ((language, text), …)


@dataclass
class Offer:
    typed: str  # the words of the query that are a form of the concept
    language: str  # the language of that form
    forms: dict = field(default_factory=dict)  # language -> forms not yet searched
    query: str = ""  # the query with every form of the concept

    @property
    def label(self) -> str:
        """« en anglais : ceasefire, truce ; en français : trêve »"""
        parts = []
        for language in sorted(self.forms, key=lambda lang: lang == self.language):
            words = ", ".join(self.forms[language])
            if language == self.language:
                parts.append(_("aussi : %(words)s") % {"words": words} if parts else words)
            else:
                where = LANGUAGES.get(language, language)
                parts.append(_("%(language)s : %(words)s") % {"language": where, "words": words})
        return " ; ".join(parts)


def concept_forms(variant) -> list[tuple[str, str]]:
    """The (language, text) forms of a concept row; unprefixed lines count as French."""
    forms = []
    for line in variant.spelling_list:
        m = _FORM.match(line)
        forms.append((m[1].lower(), m[2]) if m else ("fr", line.strip()))
    return forms


def form_key(text: str, language: str) -> str:
    """The terms a form searches, in its language: inflections and accents aside."""
    return " ".join(analyze(text, language))


def concept_table() -> dict:
    """Return (language, key) -> [Concept] (cached until a variant changes)."""
    now = time.monotonic()
    if _cache["version"] == _version[0] and now - _cache["built"] < MAX_AGE:
        return _cache["table"]
    with _lock:
        version = _version[0]
        table = {}
        for variant in Variant.objects.filter(kind=Variant.Kind.CONCEPT):
            concept = Concept(variant.name, tuple(concept_forms(variant)))
            for language, text in concept.forms:
                key = form_key(text, language)
                if key:
                    table.setdefault((language, key), []).append(concept)
        _cache.update(version=version, built=now, table=table)
    return table


def forget_concepts(**kwargs):
    _version[0] += 1


post_save.connect(forget_concepts, sender=Variant, dispatch_uid="concepts-save")
post_delete.connect(forget_concepts, sender=Variant, dispatch_uid="concepts-delete")


def lookup(text: str, table=None) -> tuple[str, list]:
    """Return (language, concepts) of which `text` is a form, or ("", [])."""
    table = concept_table() if table is None else table
    for language in LANGUAGES:
        key = form_key(text, language)
        if key and (language, key) in table:
            return language, table[(language, key)]
    return "", []


def concept_offers(q: str, parsed: ParsedQuery) -> list[Offer]:
    """The concepts whose forms the query holds, with the forms it does not search yet."""
    table = concept_table()
    if not table or not parsed.groups:
        return []
    searched = {
        (language, form_key(term.text, language))
        for group in parsed.groups
        for term in group.terms
        for language in LANGUAGES
    }
    offers, groups, i = [], parsed.groups, 0
    while i < len(groups):
        n = _longest_name(groups, i, table)
        if n:
            text = " ".join(g.terms[0].text for g in groups[i : i + n])
            offers.append(_offer(q, text, table, searched))
            i += n
            continue
        offers.extend(_offer(q, term.text, table, searched) for term in groups[i].typed)
        i += 1
    return [offer for offer in offers if offer is not None]


def _longest_name(groups, i, table) -> int:
    """How many single-word groups from `i` on form a concept together (0: none)."""
    for n in range(min(MAX_WORDS, len(groups) - i), 1, -1):
        window = groups[i : i + n]
        if any(len(g.terms) != 1 or g.terms[0].phrase or g.terms[0].origin for g in window):
            continue
        if lookup(" ".join(g.terms[0].text for g in window), table)[1]:
            return n
    return 0


def _offer(q, text, table, searched):
    language, concepts = lookup(text, table)
    if not concepts:
        return None
    typed_key = form_key(text, language)
    forms, others = {}, []
    for concept in concepts:
        for form_language, form in concept.forms:
            key = form_key(form, form_language)
            if (form_language, key) == (language, typed_key) or form in others:
                continue
            others.append(form)
            if (form_language, key) in searched:
                continue
            known = forms.setdefault(form_language, [])
            if all(form_key(f, form_language) != key for f in known):
                known.append(form)
    new_query = _replace_words(q, text, others)
    if not forms or new_query is None:
        return None
    return Offer(typed=text, language=language, forms=forms, query=new_query)


def _quoted(form: str) -> str:
    return form if re.fullmatch(r"\w+", form) else Term(form, phrase=True).compile()


def _replace_words(q: str, typed: str, others: list[str]) -> str | None:
    """`q` with the words `typed` (and the quotes around them) replaced by the OR of
    those words as written and `others`; None when they cannot be found in `q`."""
    words = re.findall(r"\w+", typed)
    if not words:
        return None
    # Between the words, what the query dropped: spaces, punctuation, stop words ("de").
    between = r"[\W_]+(?:\w{1,5}[\W_]+){0,3}?"
    typed_words = between.join(re.escape(w) for w in words)
    pattern = re.compile(
        rf"""(?P<open>[«"“„]\s*)?(?<!\w)(?P<words>{typed_words})(?!\w)(?(open)\s*[»"”])""",
        re.IGNORECASE,
    )
    m = pattern.search(q)
    if not m:
        return None
    forms = [m["words"], *others]
    return q[: m.start()] + " OR ".join(_quoted(f) for f in forms) + q[m.end() :]
