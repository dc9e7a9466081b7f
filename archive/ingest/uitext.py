"""Word lists for page furniture: UI text, related-article headers, credits, bylines.

Phrases are written folded (lower case, no accents, ' for ’) and matched on whole words.
They describe kinds of page furniture seen on news sites in general, not any one site.
"""

from __future__ import annotations

import re

from .textshape import ends_sentence, n_words, trie_pattern, words
from .textshape import folded as fold

# Buttons, account and subscription prompts, consent banners, counters' labels.
UI_PHRASES = [
    # French
    "partager",
    "partagez",
    "partager cet article",
    "partage",
    "se connecter",
    "connectez-vous",
    "connexion",
    "deconnexion",
    "s'inscrire",
    "inscrivez-vous",
    "inscription",
    "s'abonner",
    "abonnez-vous",
    "abonnement",
    "abonne",
    "abonnes",
    "deja abonne",
    "newsletter",
    "lettre d'information",
    "mot de passe",
    "identifiant",
    "adresse e-mail",
    "adresse email",
    "mon compte",
    "creer un compte",
    "commentaire",
    "commentaires",
    "commenter",
    "reagir",
    "reagissez",
    "imprimer",
    "envoyer par e-mail",
    "copier le lien",
    "lien copie",
    "retour en haut",
    "haut de page",
    "voir plus",
    "lire la suite",
    "en savoir plus",
    "afficher plus",
    "charger plus",
    "chargement",
    "publicite",
    "contenu sponsorise",
    "accepter",
    "tout accepter",
    "refuser",
    "cookies",
    "suivez-nous",
    "telecharger l'application",
    "fermer",
    "rechercher",
    "recherche",
    "menu",
    "search",
    "home",
    "accueil",
    "plan du site",
    "mentions legales",
    "politique de confidentialite",
    "conditions generales",
    "nous contacter",
    "tous droits reserves",
    "droits reserves",
    "reserve aux abonnes",
    "article reserve",
    "essai gratuit",
    "ecouter cet article",
    "temps de lecture",
    "favoris",
    "signaler",
    "code qr",
    "scannez",
    "mots-cles",
    "tags",
    "a propos de l'auteur",
    "votre e-mail",
    "saisir",
    "reinitialiser",
    "envoyer",
    "valider",
    "s'identifier",
    # English
    "share",
    "share this",
    "share this article",
    "tweet",
    "print",
    "sign in",
    "log in",
    "login",
    "log out",
    "sign up",
    "register",
    "subscribe",
    "subscription",
    "subscribers",
    "password",
    "username",
    "my account",
    "create account",
    "comments",
    "comment",
    "leave a comment",
    "read more",
    "see more",
    "show more",
    "load more",
    "loading",
    "continue reading",
    "advertisement",
    "sponsored",
    "sponsored content",
    "accept",
    "accept all",
    "privacy policy",
    "terms of use",
    "terms of service",
    "follow us",
    "download the app",
    "close",
    "back to top",
    "copy link",
    "link copied",
    "all rights reserved",
    "subscribers only",
    "free trial",
    "listen to this article",
    "min read",
    "bookmark",
    "save article",
    "report",
    "qr code",
    "about the author",
    "your email",
    "email address",
    "reset password",
    "skip to content",
    "skip to main content",
    "cookie",
    "cookie settings",
    "manage preferences",
    "gift article",
    "reading time",
    "en cliquant ici",
    "cliquez ici",
    "click here",
    "cet article vous a ete utile",
    "was this article helpful",
    "read time",
    "our standards",
    "decouvrir les offres",
    "seul appareil",
    "autre appareil",
    # networks
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "pinterest",
    "reddit",
    "instagram",
    "youtube",
    "vkontakte",
    "wechat",
    "flipboard",
    "messenger",
    "e-mail",
    "email",
]

# Lines that introduce a list of other articles.
RELATED_HEADERS = [
    "a lire aussi",
    "lire aussi",
    "a lire egalement",
    "lire egalement",
    "la redaction vous conseille",
    "sur le meme sujet",
    "dans la meme rubrique",
    "voir aussi",
    "nos articles",
    "articles lies",
    "articles similaires",
    "a decouvrir",
    "a voir aussi",
    "les plus lus",
    "les plus partages",
    "derniers articles",
    "dernieres infos",
    "dernieres nouvelles",
    "a la une",
    "en continu",
    "vous aimerez aussi",
    "vous pourriez aussi aimer",
    "notre selection",
    "les articles les plus lus",
    "read more",
    "read also",
    "related",
    "related articles",
    "related stories",
    "related news",
    "related content",
    "more from",
    "more on this",
    "more on this story",
    "more stories",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "editor's picks",
    "latest news",
    "latest stories",
    "top stories",
    "see also",
    "further reading",
    "more news",
    "what to read next",
    "from our partners",
    "more in",
    "also read",
    "popular",
]

# Text that opens a line to point at another article ("Read more: …", "Lire aussi : …").
INLINE_RELATED = re.compile(
    r"^(?:\W*)(?:a lire aussi|lire aussi|a lire egalement|lire egalement|voir aussi|read more|"
    r"read also|also read|see also|related|lire la suite|continue reading)\b\s*[:>»\-–—|]"
)

CREDIT = re.compile(
    r"^(?:photos?|image|images|illustration|credit|credits|credit photo|photo credit|source|"
    r"copyright|legende|caption|image caption|image source|video)\s*[:©/(-]"
    r"|©|\(c\)\s*\w|\bphoto\s*:|\((?:photo|image|credit)s?\b|\bgetty images\b|"
    r"\b(?:afp|reuters|ap|epa|sputnik|anadolu|xinhua|tass)\s*(?:photo)?\s*/\s*[a-z]"
    r"|/\s*(?:afp|reuters|ap|epa|sputnik|anadolu|xinhua|tass|getty images)\s*(?:photo)?\s*\)?$"
    r"|^copyright\s+\d{4}\b|\ball rights reserved\b.{0,40}\b(?:may not|must not)\b"
    r"|\bcontributed (?:reporting )?to this (?:report|story|article)\.?$"
    r"|\ba contribue a (?:cet article|ce reportage|cette depeche)\.?$"
    r"|^(?:additional )?(?:reporting|writing|editing) by\b.*;"
    r"|\[[^\[\]]{2,60}/[^\[\]]{2,40}\]$"
    r"|\s\|\s*(?:afp|reuters|ap|epa|sputnik|anadolu|xinhua|tass|getty images)(?: photo)?$"
)

# Lines that close an article: agency credits, copyright notices, contributor lines.
END_CREDIT = re.compile(
    r"^(?:copyright\s+\d{4}\b|©|\(c\)\s)"
    r"|\bcontributed (?:reporting )?to this (?:report|story|article)\.?$"
    r"|\ba contribue a (?:cet article|ce reportage|cette depeche)\.?$"
    r"|^(?:additional )?(?:reporting|writing|editing) by\b"
)

# Section labels ("kickers") printed above headlines: navigation, never a title or a source.
SECTION_WORDS = set(
    "world monde international internationale europe afrique africa asie asia ameriques americas "
    "americas moyen-orient middle east proche-orient politique politics diplomatie diplomacy "
    "economie economy business news actualites actualite actu infos info france us uk opinion "
    "analyse analysis video videos culture societe society sport sports tech science sciences "
    "environnement environment russia russie ukraine chine china turquie turkey caucase "
    "breaking direct live la en de des du et the and & of".split()
)

# Editorial notes about the article itself: disclaimers on the views expressed, translation notes.
DISCLAIMER = re.compile(
    r"\b(?:les |ces )?(?:opinions|propos|points de vue|idees) (?:exprime(?:e|s|es)?|emis(?:es)?)"
    r"(?: dans (?:cet article|cette tribune|ce texte|cette chronique|ce billet)| ici| ci-dessus)?"
    r" (?:n'engagent que|ne refletent pas|ne sont pas|sont celles? de l'auteur|relevent)"
    r"|\bthe (?:views|opinions)(?: and opinions)? expressed (?:in this (?:article|piece|column|"
    r"commentary|op-ed)|here(?:in)?|above) (?:are|do not|don't|belong)"
    r"|^(?:the |any |all )?(?:views|opinions)\b.{0,80}\b(?:do not|does not|don't) necessarily "
    r"(?:reflect|represent)"
    r"|\b(?:do not|does not|don't) necessarily (?:reflect|represent) (?:the |our )?(?:editorial|"
    r"views of (?:the |our )?(?:editors|publication|newspaper|website))"
    r"|\bne (?:refletent|representent|engagent) pas (?:necessairement )?(?:celles?|la position|"
    r"l'avis|le point de vue) (?:de (?:la|notre) redaction|du journal|de l'editeur)"
    r"|^(?:cet article|cette depeche|ce texte|cet entretien|cette tribune) (?:a ete|est) "
    r"(?:traduite?|adaptee?|publiee? (?:initialement|a l'origine|pour la premiere fois|en "
    r"anglais|en allemand|en espagnol))"
    r"|^(?:article |texte )?traduite? (?:de l'|du |de l')?(?:anglais|allemand|russe|espagnol|"
    r"italien|arabe|ukrainien|turc|chinois|portugais|neerlandais|polonais)"
    r"|^this (?:article|story|piece|interview|report) (?:has been|was|is) (?:translated|adapted|"
    r"originally published|first published|machine[- ]translated|also available)"
    r"|^(?:translated|adapted) (?:from (?:the )?[a-z]+|by)\b"
)

# "Avec notre correspondante à Moscou, Anissa El Jabri", "From our correspondent in Kyiv, X".
CORRESPONDENT = re.compile(
    r"^(?:avec|de|d'|par|from|with|by)\s*(?:notre|nos|our|la|the)\s+"
    r"(?:(?:grand |grande |special |speciale |regional |foreign |senior |bureau )?"
    r"(?:correspondante?s?|correspondents?|envoyee?s? speciale?s?|envoyee?s?|reporters?|"
    r"special correspondents?|bureau)|equipe|team)\b"
    r"(?P<place>[^,]{0,50}?)(?:\s*[,:\-–—]\s*(?P<name>.+?))?\s*\.?$"
)

BYLINE = re.compile(
    r"^(?:par|by|auteur|auteure|author|written by|ecrit par|redige par|de notre correspondante?|"
    r"propos recueillis par|reporting by|reported by|texte)\b\s*[:\-–]?\s*(?P<name>.+)$"
)

_PHRASES = re.compile(r"\b" + trie_pattern(UI_PHRASES) + r"\b")  # the longest phrase first
_HEADERS = {fold(h) for h in RELATED_HEADERS}
COUNTER = re.compile(
    r"^[\d\s.,+kKmM]+$|^\d[\d\s.,kK]*\s*(?:comments?|commentaires?|partages?|shares?|vues?|views?|"
    r"likes?|reactions?|j'aime)$"
)


def ui_phrases_in(line: str) -> list[str]:
    return _PHRASES.findall(fold(line))


def is_ui_text(line: str) -> bool:
    """True for buttons, prompts and banners: short lines of UI words, longer ones full of them."""
    low = fold(line)
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


def is_related_header(line: str) -> bool:
    key = fold(line).strip(" :.>»|-–—!…")
    return key in _HEADERS


def is_counter(line: str) -> bool:
    return bool(COUNTER.match(fold(line).strip()))


# Cheap tests before the patterns: each alternative of CREDIT, END_CREDIT and DISCLAIMER
# either opens the line with one of these words or holds one of these strings.
_CREDIT_OPENINGS = (
    "photo", "image", "illustration", "credit", "source", "copyright", "legende", "caption",
    "video", "additional", "reporting", "writing", "editing",
)  # fmt: skip
_CREDIT_MARKS = (
    "©", "(", "/", "|", "photo", "getty images", "all rights reserved", "contributed ",
    "a contribue a ",
)  # fmt: skip
_END_CREDIT_OPENINGS = (
    "copyright", "©", "(c)", "additional", "reporting", "writing", "editing",
)  # fmt: skip
_END_CREDIT_MARKS = ("contributed ", "a contribue a ")
_DISCLAIMER_OPENINGS = (
    "ce", "article ", "texte ", "traduit", "this ", "translated", "adapted",
)  # fmt: skip
_DISCLAIMER_MARKS = (
    "exprime", "emis", "expressed", "necessarily", "ne refletent pas", "ne representent pas",
    "ne engagent pas",
)  # fmt: skip


def _may_hold(low: str, openings: tuple[str, ...], marks: tuple[str, ...]) -> bool:
    return low.startswith(openings) or any(mark in low for mark in marks)


def is_credit(line: str) -> bool:
    if n_words(line) > 40:
        return False
    low = fold(line)
    return _may_hold(low, _CREDIT_OPENINGS, _CREDIT_MARKS) and bool(CREDIT.search(low))


_PARTICLES = {
    "de",
    "du",
    "des",
    "van",
    "von",
    "der",
    "al",
    "el",
    "bin",
    "ben",
    "da",
    "di",
    "la",
    "le",
}
_NOT_NAMES = {
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "ailleurs",
    "contre",
    "exemple",
    "the",
    "then",
    "now",
    "early",
    "late",
    "end",
    "next",
    "last",
    "this",
    "that",
    "ici",
}


def correspondent_line(line: str) -> tuple[str | None] | None:
    """(name or None,) for a correspondent's byline ("De notre correspondant à Bruxelles,
    Jean Dupont", "With our correspondent in Kyiv"), None for any other line."""
    low = fold(line).strip()
    if not low.startswith(("avec", "de", "d'", "par", "from", "with", "by")):
        return None
    m = CORRESPONDENT.match(low)
    if not m or n_words(line) > 16 or n_words(m["place"]) > 6:
        return None
    if not m["name"]:
        return (None,)
    raw = line.strip().rstrip(" .")[m.start("name") :]
    raw = re.split(r"\s*[|;–—]\s*|\s+-\s+|\s+(?:et|and)\s+", raw)[0].strip(" .")
    tokens = words(raw)
    if not tokens or len(tokens) > 5 or not all(t[0].isupper() or t in _PARTICLES for t in tokens):
        return None
    return (raw,)


def is_disclaimer(line: str) -> bool:
    """True for an editorial note on the article ("Les opinions exprimées … ne reflètent pas
    nécessairement …", "This article has been translated from French.")."""
    if n_words(line) > 45:
        return False
    low = fold(line).strip()
    return _may_hold(low, _DISCLAIMER_OPENINGS, _DISCLAIMER_MARKS) and bool(DISCLAIMER.search(low))


def byline_name(line: str) -> str | None:
    """Return the author named by a byline ("Par X", "By X", "Author: X"), or None."""
    found = correspondent_line(line)
    if found is not None:
        return found[0]
    m = BYLINE.match(fold(line).strip())
    if not m or n_words(line) > 14:
        return None
    start = len(line) - len(line.lstrip())
    offset = m.start("name") + start
    raw = line.strip()[m.start("name") :] if offset else line.strip()
    raw = re.split(r"\s*[|,;–—]\s*|\s+-\s+|\s+(?:et|and|avec|with)\s+", raw)[0].strip(" .")
    tokens = words(raw)
    if not tokens or len(tokens) > 5 or not raw[0].isupper() or _NOT_NAMES & set(words(fold(raw))):
        return None
    if ends_sentence(line) and n_words(line) > 6:
        return None
    if not all(t[0].isupper() or t in _PARTICLES for t in tokens):
        return None
    return raw


def is_end_credit(line: str) -> bool:
    """True for a credit that closes an article ("Reporting by …", "© AFP", "Copyright …")."""
    if n_words(line) > 40:
        return False
    low = fold(line).strip()
    return _may_hold(low, _END_CREDIT_OPENINGS, _END_CREDIT_MARKS) and bool(END_CREDIT.search(low))


def is_section_label(line: str) -> bool:
    """True for a rubric label made of section words ("World", "Russian Politics & Diplomacy"
    is not one of them; "Europe", "Middle East", "Politique internationale" are)."""
    tokens = fold(line).replace("&", " ").split()
    return 0 < len(tokens) <= 4 and all(t.strip(",:|") in SECTION_WORDS for t in tokens)


_NAME_LINE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:de|da|di|van|von|der|al|el|le|la|bin|ben)\s+)?"
    r"[A-ZÀ-Ý][\w'’.-]+){1,3})(?:\s+(?:in|at|from|à|a|en|depuis|,)\s*[A-ZÀ-Ý][\w'’ -]{1,30})?$"
)


def name_line(line: str) -> str | None:
    """The person a bare byline names ("Andrew Roth in Moscow", "Jane Roe"), or None."""
    m = _NAME_LINE.match(line.strip())
    if not m or _NOT_NAMES & set(words(fold(m["name"]))):
        return None
    return m["name"]
