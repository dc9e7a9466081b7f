"""Page furniture: UI text, related-article headers, credits, counters, section labels.

The word lists live in data/furniture.json (folded: lower case, no accents, ' for ’,
matched on whole words); they describe kinds of furniture seen on news sites in general,
never one site's lines. Bylines are read in bylines.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .textshape import ends_sentence, n_words, trie_pattern
from .textshape import folded as fold

FURNITURE = json.loads((Path(__file__).parent / "data" / "furniture.json").read_text("utf-8"))
# Buttons, account and subscription prompts, consent banners, counters' labels.
UI_PHRASES: list[str] = FURNITURE["ui_phrases"]
# Sentences only furniture says (comment forms, cookie banners, widget errors, skip links):
# one of them makes a line furniture whatever its length.
FURNITURE_SENTENCES: list[str] = FURNITURE["furniture_sentences"]
# A search engine's or archive's banner over a cached copy ("Ceci est la version en cache de
# …", "Text-only version"): furniture, and its snapshot time is no publication date.
SNAPSHOT_BANNERS: list[str] = FURNITURE["snapshot_banners"]
# Lines that introduce a list of other articles.
RELATED_HEADERS: list[str] = FURNITURE["related_headers"]
# Section labels ("kickers", menu items) printed above headlines: never a title or a source.
SECTION_WORDS = frozenset(FURNITURE["section_words"])

# Text that opens a line to point at another article ("Read more: …", "Lire aussi : …").
INLINE_RELATED = re.compile(
    r"""
    ^\W*
    (?:a\ lire\ aussi|lire\ aussi|a\ lire\ egalement|lire\ egalement|voir\ aussi|read\ more|
       read\ also|also\ read|see\ also|related|lire\ la\ suite|continue\ reading|
       watch|video|videos|listen|ecouter|en\ images|in\ pictures|photos|diaporama|podcast)
    \b\s*[:>»\-–—|]
    """,
    re.VERBOSE,
)
_AGENCY = r"(?:afp|reuters|ap|epa|sputnik|anadolu|xinhua|tass)"
CREDIT = re.compile(
    rf"""
      ^(?:photos?|image|images|illustration|credit|credits|credit\ photo|photo\ credit|source|
          copyright|legende|caption|image\ caption|image\ source|video)\s*[:©/(-]
    | ©
    | \(c\)\s*\w
    | \bphoto\s*:
    | [a-z)]image\s*:\s*\S                                        # "… on TuesdayImage: dpa"
    | \((?:photo|image|credit)s?\b
    | \bgetty\ images\b
    | \b{_AGENCY}\s*(?:photo)?\s*/\s*[a-z]                          # "AFP / Jane Roe"
    | /\s*(?:{_AGENCY}|getty\ images)\s*(?:photo)?\s*\)?$            # "Jane Roe / AFP"
    | ^copyright\s+\d{{4}}\b
    | \ball\ rights\ reserved\b.{{0,40}}\b(?:may\ not|must\ not)\b
    | \bno\ part\ of\ this\b.{{0,60}}\bmay\ be\ (?:reproduced|republished|copied)\b
    | ^copyright\ [^\W\d_][\w\ .&-]{{1,30}}\.?$                        # "Copyright PUNCH."
    | \bcontributed\ (?:reporting\ )?to\ this\ (?:report|story|article)\.?$
    | \ba\ contribue\ a\ (?:cet\ article|ce\ reportage|cette\ depeche)\.?$
    | ^(?:additional\ )?(?:reporting|writing|editing)\ by\b.*;
    | \[[^\[\]]{{2,60}}/[^\[\]]{{2,40}}\]$                          # "[Jane Roe/AFP]"
    | \[[^\[\],]{{2,40}},\ [^\[\],]{{2,30}}\]$                         # "[Jane Roe, Standard]"
    # "(Jane Roe/Flash90)", "… Jane Roe/RollingNews.ie" closing a caption
    | \((?:[^\W\d_][\w'’.-]*\ ){{1,3}}[^\W\d_][\w'’.-]*\ ?/\ ?[\w\ .&'-]{{2,30}}\)$
    | \s[^\W\d_][\w'’-]*\ [^\W\d_][\w'’-]*\ ?/\ ?[a-z][\w-]*\.[a-z]{{2,4}}$
    | ^file(?:\ photo)?\ ?[-–—:]\ \S                                  # "FILE - The minister …"
    | \bphotos?\ ?\|\ ?[\w\ .&'-]{{2,30}}$                            # "… PHOTO | COURTESY"
    | \bphotos?\ courtesy\ (?:of\ )?[\w\ .&'-]{{2,40}}$                 # "Photo courtesy of X"
    | \s\|\s*(?:{_AGENCY}|getty\ images)(?:\ photo)?$                 # "a caption | AFP"
    | \bphotos?\s*:?\s+[^.|]{{2,60}}[./,]\s*(?:{_AGENCY}|getty\ images)\s*$  # "Photo X. AFP"
    | ^(?:photo\ d')?archives?\s+[^/]{{2,50}}/\s*[«"“]?[^/«»]{{2,40}}[»"”]?$  # "Archives X / « Y »"
    """,
    re.VERBOSE,
)

# Lines that close an article: agency credits, copyright notices, contributor lines.
END_CREDIT = re.compile(
    r"""
      ^(?:copyright\s+\d{4}\b|©|\(c\)\s)
    | ^copyright\ [^\W\d_][\w\ .&-]{1,30}\.?$
    | \bcontributed\ (?:reporting\ )?to\ this\ (?:report|story|article)\.?$
    | \ba\ contribue\ a\ (?:cet\ article|ce\ reportage|cette\ depeche)\.?$
    | ^(?:additional\ )?(?:reporting|writing|editing)\ by\b
    """,
    re.VERBOSE,
)

# Editorial notes about the article itself: disclaimers on the views expressed, translation notes.
DISCLAIMER = re.compile(
    r"""
      \b(?:les\ |ces\ )?(?:opinions|propos|points\ de\ vue|idees)
        \ (?:exprime(?:e|s|es)?|emis(?:es)?)
        (?:\ dans\ (?:cet\ article|cette\ tribune|ce\ texte|cette\ chronique|ce\ billet)
           |\ ici|\ ci-dessus)?
        \ (?:n'engagent\ que|ne\ refletent\ pas|ne\ sont\ pas|sont\ celles?\ de\ l'auteur|relevent)
    | \bthe\ (?:views|opinions)(?:\ and\ opinions)?\ expressed
        \ (?:in\ this\ (?:article|piece|column|commentary|op-ed)|here(?:in)?|above)
        \ (?:are|do\ not|don't|belong)
    | ^(?:the\ |any\ |all\ )?(?:views|opinions)\b.{0,80}\b(?:do\ not|does\ not|don't)
        \ necessarily\ (?:reflect|represent)
    | \b(?:do\ not|does\ not|don't)\ necessarily\ (?:reflect|represent)\ (?:the\ |our\ )?
        (?:editorial|views\ of\ (?:the\ |our\ )?(?:editors|publication|newspaper|website))
    | \bne\ (?:refletent|representent|engagent)\ pas\ (?:necessairement\ )?
        (?:celles?|la\ position|l'avis|le\ point\ de\ vue)
        \ (?:de\ (?:la|notre)\ redaction|du\ journal|de\ l'editeur)
    | ^(?:cet\ article|cette\ depeche|ce\ texte|cet\ entretien|cette\ tribune)\ (?:a\ ete|est)
        \ (?:traduite?|adaptee?|publiee?\ (?:initialement|a\ l'origine|pour\ la\ premiere\ fois|
           en\ anglais|en\ allemand|en\ espagnol))
    | ^(?:article\ |texte\ )?traduite?\ (?:de\ l'|du\ |de\ l')?
        (?:anglais|allemand|russe|espagnol|italien|arabe|ukrainien|turc|chinois|portugais|
           neerlandais|polonais)
    | ^this\ (?:article|story|piece|interview|report)\ (?:has\ been|was|is)
        \ (?:translated|adapted|originally\ published|first\ published|machine[-\ ]translated|
           also\ available)
    | ^(?:translated|adapted)\ (?:from\ (?:the\ )?[a-z]+|by)\b
    | ^the\ (?:views|opinions)\ expressed\ are\ (?:the\ author's|their|his|her|my)\ own
    | \bedited\ for\ (?:length|clarity|brevity)
    | \b(?:without|sans)\ (?:warranty|guarantee|garantie)\ (?:of\ any\ kind|d'aucune\ sorte)
    | \b(?:does|do)\ not\ (?:accept|assume)\ any\ (?:responsibility|liability)
    | \bn'assumen?t?\ aucune\ responsabilite
    | ^(?:legal\ )?disclaimer\s*:?$|^avertissement\ legal\s*:?$|^mentions\ legales$
    | \b(?:a\ ete|ont\ ete)\ (?:edite|editee|edites|condense|condenses|resume|resumes)\b
    | ^(?:this|the)\ (?:report|article|story|dispatch)\b.{0,60}\b(?:was|were)
      \ (?:first|originally|initially)\ (?:published|posted)
    | ^(?:ce|cet|cette)\ (?:reportage|article|depeche|texte)\b.{0,60}
      (?:publiee?\ pour\ la\ premiere\ fois|est\ paru|a\ paru|est\ parue)
    """,
    re.VERBOSE,
)

# A lone number, a player's clock ("00:00 / 02:35"), a gallery position ("1/2"), an
# identifier with its label ("News ID: 85001"), a count with its label ("12 commentaires",
# "3.4K shares", "1 Persons").
COUNTER = re.compile(
    r"""
      ^[\d\s.,+km]+$
    | ^(?:(?:duree|duration|length)\s*:?\s*)?                 # a player's clock, "Durée : 02:31"
       \d{1,2}:\d\d(?::\d\d)?(?:\s*/\s*\d{1,2}:\d\d(?::\d\d)?)?$
    | ^[a-z]{2,12}\d[a-z\d]{14,}$                          # a feed's item id ("menafn0202…id11…")
    | ^\d{1,3}\s*/\s*\d{1,3}$
    | ^(?:temps\ de\ )?lecture\s*(?::|en)?\s*\d{1,2}\s*(?:min|mn|minutes?)\.?$  # "Lecture : 3"
    | ^(?:reading\ time\s*:?\s*)?\d{1,2}\s*(?:min|minutes?)(?:\ read)?\.?$
    | ^\d+[*#]+\d+$                                    # an operator's code ("4208**9417")
    | ^[^\W\d_][\w.'\ ]{0,20}?\s*(?:id|no|n°|nº|ref|code|\#)\.?\s*:?\s*\d{2,}$  # "News ID: 850"
    | ^.{0,160}[•|·]\s*\d[\d\s.,k]*\s*(?:views?|vues?|reads?|lectures?)$  # "… AM • 27317 views"
    | ^\d[\d\s.,k]*\s*(?:comments?|commentaires?|partages?|shares?|vues?|views?|likes?|
         reactions?|j'aime|persons?|people|personnes?|lecteurs?|readers?|reads?|lectures?)$
    """,
    re.VERBOSE,
)
_PHRASES = re.compile(r"\b" + trie_pattern(UI_PHRASES) + r"\b")  # the longest phrase first
_SENTENCES = re.compile(r"\b" + trie_pattern(FURNITURE_SENTENCES) + r"\b")
_SNAPSHOT = re.compile(r"\b" + trie_pattern(SNAPSHOT_BANNERS) + r"\b")
_HEADERS = {fold(h) for h in RELATED_HEADERS}


def is_snapshot_banner(line: str) -> bool:
    """True for a cache's or archive's banner over the page it copied."""
    return n_words(line) <= 60 and bool(_SNAPSHOT.search(fold(line)))


def ui_phrases_in(line: str) -> list[str]:
    return _PHRASES.findall(fold(line))


_BUTTONS = frozenset(FURNITURE["buttons"])
_APPEALS = re.compile(r"\b" + trie_pattern(FURNITURE["reader_appeals"]) + r"\b")
_REPORTING = re.compile(r"\b" + trie_pattern(FURNITURE["reporting_words"]) + r"\b")
_QUOTE_MARKS = re.compile('[«»“”"]')


def is_reader_appeal(line: str) -> bool:
    """The outlet asking its readers for money or a subscription ('Subscribe today and help
    us keep getting the story right.'): a short line of its phrases, quoting nobody."""
    return (
        n_words(line) <= 30 and not _QUOTE_MARKS.search(line) and bool(_APPEALS.search(fold(line)))
    )


def appeal_lead_in(line: str) -> bool:
    """A short line on what the appeal pays for ('Careful reporting matters more than ever'),
    quoting nobody: part of the appeal when it stands next to one."""
    return (
        n_words(line) <= 15
        and not _QUOTE_MARKS.search(line)
        and bool(_REPORTING.search(fold(line)))
    )


# A live page's status: "Live updates (closed)", "Live (ended)".
LIVE_STATUS = re.compile(
    r"^\W*live(?:\ updates|\ blog|\ coverage)?\s*\((?:closed|ended|over)\)\W*$"
)


# A radio page's programme credit ("Heard on Morning Edition") and a transcript's note on
# itself ("This transcript … may be revised").
PROGRAMME_CREDIT = re.compile(r"^\s*Heard on (?:[A-Z][\w'’&-]*\s?){1,5}$")
TRANSCRIPT_NOTE = re.compile(
    r"\btranscripts?\b.{0,80}\b(?:may|might|will)\s+(?:be\s+)?(?:revised|updated|corrected)\b"
)


def is_ui_text(line: str) -> bool:
    """True for buttons, prompts and banners: short lines of UI words, longer ones full of them,
    and any line up to 60 words that says what only furniture says."""
    low = fold(line)
    if LIVE_STATUS.match(low) or low.strip(" •·*-–—|>»!.:") in _BUTTONS:
        return True
    if PROGRAMME_CREDIT.match(line) or (n_words(line) <= 60 and TRANSCRIPT_NOTE.search(low)):
        return True
    if n_words(line) <= 60 and _SENTENCES.search(low) or is_snapshot_banner(line):
        return True
    found = _PHRASES.findall(low)
    if not found:
        return is_disclaimer(line)
    n = n_words(line)
    covered = sum(n_words(p) for p in found)
    if n <= 4 and (covered * 2 >= n or re.sub(r"^\W+", "", low).startswith(found[0])):
        return True
    if 4 < n <= 8 and covered * 3 >= n:
        return True
    if (
        n <= 8
        and not ends_sentence(line)
        and (low.startswith(found[0]) or low.rstrip(" .!…>»").endswith(found[-1]))
    ):
        return True
    distinct = set(found)
    if n <= 45 and len(distinct) >= 3 or (n <= 25 and len(distinct) >= 2):
        return True
    return is_disclaimer(line)


KEYWORDS = re.compile(
    r"""
    ^\W*(?:mots[-\ ]cles|keywords|tags|tagged|topics|related\ topics|sujets|themes|etiquettes)
    \s*:\s*\S
    """,
    re.VERBOSE,
)


# "Rubrique : Océan Indien", "Section: World", "Catégorie : Diplomatie"
RUBRIC_LABEL = re.compile(
    r"^\W*(?:rubriques?|sections?|categories?|category|dossiers?|themes?|theme|channel)\s*:\s*\S"
)


# The record fields of an archived speech or document ("Intervenant(s) : X - Ministre",
# « Circonstance : Audition … », "Thématique(s) : Europe", "Speaker(s): …", "Venue: …").
FIELD_LABEL = re.compile(
    r"""^\W*(?:intervenants?|intervenant\(s\)|circonstances?|thematiques?|thematique\(s\)|
        speakers?|speaker\(s\)|venue|lieu|occasion|type\ de\ document|document\ type)
        \s*:\s*\S""",
    re.VERBOSE,
)


def is_rubric_label(line: str) -> bool:
    """True for a labelled rubric ("Rubrique : Océan Indien") or a record field."""
    if n_words(line) <= 20 and FIELD_LABEL.match(fold(line)):
        return True
    return n_words(line) <= 8 and bool(RUBRIC_LABEL.match(fold(line)))


def is_keyword_line(line: str) -> bool:
    """True for a tag line ("Keywords: fisheries, Peru", « Mots-clés : pêche, Norvège »)."""
    return n_words(line) <= 25 and bool(KEYWORDS.match(fold(line)))


def is_related_header(line: str) -> bool:
    key = fold(line).strip(" :.>»|-–—!…")
    return key in _HEADERS


def is_counter(line: str) -> bool:
    return bool(COUNTER.match(fold(line).strip()))


# Cheap tests before the patterns: each alternative of CREDIT, END_CREDIT and DISCLAIMER
# either opens the line with one of these words or holds one of these strings.
_CREDIT_OPENINGS = (
    "photo", "archive", "image", "illustration", "credit", "source", "copyright", "legende",
    "caption", "video", "additional", "reporting", "writing", "editing", "file",
)  # fmt: skip
_CREDIT_MARKS = (
    "©", "(", "[", "/", "|", "photo", "getty images", "all rights reserved", "contributed ",
    "a contribue a ",
)  # fmt: skip
_END_CREDIT_OPENINGS = (
    "copyright", "©", "(c)", "additional", "reporting", "writing", "editing",
)  # fmt: skip
_END_CREDIT_MARKS = ("contributed ", "a contribue a ")
_DISCLAIMER_OPENINGS = (
    "ce", "article ", "texte ", "traduit", "this ", "translated", "adapted", "the ",
    "legal ", "disclaimer", "avertissement", "mentions legales",
)  # fmt: skip
_DISCLAIMER_MARKS = (
    "exprime", "emis", "expressed", "necessarily", "ne refletent pas", "ne representent pas",
    "ne engagent pas", "edited for", " edite", " condense", " resume", "warranty", "garantie",
    "responsibility", "liability", "aucune responsabilite",
)  # fmt: skip


def _may_hold(low: str, openings: tuple[str, ...], marks: tuple[str, ...]) -> bool:
    return low.startswith(openings) or any(mark in low for mark in marks)


def is_credit(line: str) -> bool:
    if n_words(line) > 40:
        return False
    low = fold(line)
    return _may_hold(low, _CREDIT_OPENINGS, _CREDIT_MARKS) and bool(CREDIT.search(low))


def is_disclaimer(line: str) -> bool:
    """True for an editorial note on the article ("Les opinions exprimées … ne reflètent pas
    nécessairement …", "This article has been translated from French.")."""
    if n_words(line) > 45:
        return False
    low = fold(line).strip()
    return _may_hold(low, _DISCLAIMER_OPENINGS, _DISCLAIMER_MARKS) and bool(DISCLAIMER.search(low))


def is_end_credit(line: str) -> bool:
    """True for a credit that closes an article ("Reporting by …", "© AFP", "Copyright …")."""
    if n_words(line) > 40:
        return False
    low = fold(line).strip()
    return _may_hold(low, _END_CREDIT_OPENINGS, _END_CREDIT_MARKS) and bool(END_CREDIT.search(low))


LANGUAGE_NAMES = frozenset(FURNITURE["language_names"])


def is_language_bar(line: str) -> bool:
    """True for a bar of language versions ("عربي Español Русский Français 简体中文",
    "English | Français"): mostly language names, a few words in all."""
    tokens = [t.strip("|/•·,") for t in line.lower().split()]
    tokens = [t for t in tokens if t]
    names = [t for t in tokens if t in LANGUAGE_NAMES or fold(t) in LANGUAGE_NAMES]
    if len(tokens) == 2 and len(names) == 1 and fold(" ".join(tokens)) in _EDITIONS:
        return True  # "English Edition", "Édition française": the site's edition
    return 2 <= len(tokens) <= 10 and len(names) * 2 >= len(tokens) and len(names) >= 2


_EDITIONS = {
    f"{a} {b}"
    for lang in ("english", "french", "francais", "francaise", "spanish", "arabic", "russian")
    for a, b in ((lang, "edition"), ("edition", lang), ("version", lang), (lang, "version"))
}


def is_section_label(line: str) -> bool:
    """True for a rubric label or a menu bar made of section words ("Europe", "Middle East",
    "Politique internationale", "Home World Business Politics Video", a breadcrumb "Asia /
    Diplomacy" or "News › World"); "Russian Politics & Diplomacy" is not one."""
    tokens = [t.strip(",:|•·/>›") for t in fold(line).replace("&", " ").split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    if len(tokens) <= 4:
        return all(t in SECTION_WORDS for t in tokens)
    return len(tokens) <= 14 and all(t in SECTION_WORDS or t in MENU_WORDS for t in tokens)


MENU_WORDS = frozenset(FURNITURE["menu_words"])

# A state's letterhead above a communiqué: its name ("RÉPUBLIQUE DU CAMEROUN", "Republic of
# Kenya") and its motto, three short parts between dashes ("Paix – Travail – Patrie",
# "Un Peuple – Un But – Une Foi").
_STATE_NAME = re.compile(
    r"^(?:la\s+|the\s+)?(?:" + "|".join(FURNITURE["letterhead_states"]) + r")\b[^:;.!?]*$"
)
_MOTTO = re.compile(
    r"""^\W*[A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,2}
        (?:\s*[–—\-·•/]\s*[A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,2}){2,3}\s*\W*$""",
    re.VERBOSE,
)


# Under the letterhead, the body that issues the text, in capitals ("MINISTÈRE DES
# RELATIONS EXTÉRIEURES", "EMBASSY OF …"), and what the text is (« COMMUNIQUÉ »).
_ISSUER = re.compile(
    r"^(?:ministere|ministry|ministre|presidence|presidency|primature|ambassade|embassy|"
    r"consulat|consulate|secretariat|cabinet|office\ of)\b"
)
_DOCUMENT_KIND = re.compile(
    r"""^(?:communique|communique\ de\ presse|communique\ conjoint|communique\ final|
        press\ release|press\ statement|joint\ statement|statement|declaration|
        declaration\ conjointe|note\ d'information|avis)\s*[.:]?$""",
    re.VERBOSE,
)


def is_issuer_line(line: str) -> bool:
    """True for the issuing body's name in capitals under a letterhead."""
    letters = [c for c in line if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return upper and n_words(line) <= 16 and bool(_ISSUER.match(fold(line).strip()))


def is_document_kind(line: str) -> bool:
    """True for a line in capitals that only says what the text is (« COMMUNIQUÉ », "PRESS
    RELEASE"); "Press release" in a site's rubric bar is a label."""
    return line.isupper() and names_document_kind(line)


# A reader-mode or blog reading time: "4-5 minutes", "3 min read", « Temps de lecture : 4 min ».
_READING_TIME = re.compile(
    r"""^(?:(?:reading\ time|temps\ de\ lecture|lecture)\s*:?\s*)?
        \d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:min|mins|minutes?)\.?
        (?:\s+(?:read|de\ lecture))?$""",
    re.VERBOSE,
)


def is_reading_time(line: str) -> bool:
    return bool(_READING_TIME.match(fold(line).strip()))


RELEASE_KINDS = frozenset(FURNITURE["release_kinds"])


def names_document_kind(text: str) -> bool:
    """True for words that only say what a text is, in any case ("Press release", "Daily
    News", « Discours »): after an institution's name they head its releases."""
    low = fold(text).strip()
    return bool(_DOCUMENT_KIND.match(low)) or low.rstrip(" .:") in RELEASE_KINDS


def is_letterhead(line: str) -> bool:
    """True for a state's name or motto heading an official text."""
    n = n_words(line)
    if _MOTTO.match(line.strip()) and n <= 10:
        return True
    return n <= 6 and bool(_STATE_NAME.match(fold(line).strip()))
