"""Generate realistic page-text files of diplomatic news, deterministically.

`python -m bench.generate N OUT_DIR [--seed S]` writes N files under OUT_DIR (in
sub-folders of 1,000). Article i depends only on (seed, i): the first 2,000 articles
of a 100,000 run are the 2,000 of a small run.

Each file looks like a page flattened to text: the source's navigation lines, a title,
a date line in the source's own format, a byline, a body of 150–900 words whose
paragraphs quote real-world diplomatic figures (« », “ ” or "…", speech verbs before
or after, incises like « …, a-t-il ajouté, … »), then share/login lines and a list of
related headlines that the source repeats across its pages. About three in four
articles are in French, the rest in English.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bench.vocabulary import (
    AUTHORS,
    CITIES,
    CITIES_EN,
    CONTEXTS_EN,
    CONTEXTS_FR,
    COUNTRIES_EN,
    COUNTRIES_FR,
    DAYS_EN,
    DAYS_FR,
    FILLER_EN,
    FILLER_FR,
    MONTHS_EN,
    MONTHS_FR,
    QUOTES_EN,
    QUOTES_FR,
    SOURCE_WEIGHTS,
    SOURCES,
    SPEAKERS,
    SPEECH_EN,
    SPEECH_FR,
    TOPICS_EN,
    TOPICS_FR,
    VERBS_EN,
    VERBS_FR,
)

FILES_PER_FOLDER = 1000
FIRST_DAY = datetime(2015, 1, 1, 6, 0)
DAYS = (datetime(2025, 12, 31) - FIRST_DAY).days


@dataclass
class GeneratedArticle:
    """One page: file name, text, and what the generator knows is in it."""

    name: str
    text: str
    language: str
    source: str
    published: datetime
    speakers: list[str] = field(default_factory=list)
    # Who really says what: (quoted words, the speaker's English name), in order.
    quotes: list[tuple[str, str]] = field(default_factory=list)


def _syllable_names(seed: int, count: int) -> list[str]:
    """Invented place names: a long tail of rare words, as real archives have."""
    rng = random.Random(f"places-{seed}")
    parts = [
        "ka",
        "ra",
        "van",
        "tel",
        "mir",
        "ash",
        "ou",
        "dzor",
        "gan",
        "li",
        "se",
        "bad",
        "tar",
        "khan",
        "zor",
        "ber",
        "an",
        "ol",
        "sk",
        "ov",
        "ni",
        "que",
        "dal",
        "gor",
    ]
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(parts) for _ in range(rng.randint(2, 4))).capitalize())
    return sorted(names)


PLACES = _syllable_names(0, 4000)


def _source_furniture(name: str, language: str) -> dict:
    """Navigation, share/login lines and headline pool that one source repeats."""
    rng = random.Random(f"furniture-{name}")
    if language == "fr":
        nav = rng.choice(
            [
                "Accueil | Monde | Europe | Moyen-Orient | Afrique | Économie | Opinions",
                "À la une  Politique  International  Diplomatie  Vidéos  Newsletter",
                "Menu\nRechercher\nS'abonner",
            ]
        )
        share = rng.sample(
            [
                "Partager cet article",
                "Partager sur Facebook",
                "Partager sur X",
                "Copier le lien",
                "Imprimer",
                "Envoyer par e-mail",
            ],
            3,
        )
        login = rng.sample(
            [
                "Se connecter",
                "S'inscrire",
                "Mot de passe oublié ?",
                "Abonnez-vous à notre newsletter",
                "Veuillez saisir votre adresse e-mail.",
                "Retour en haut",
            ],
            3,
        )
        related_title = rng.choice(
            ["À lire aussi", "La rédaction vous conseille", "Sur le même sujet", "Les plus lus"]
        )
        copyright_line = f"© {name} – Tous droits réservés"
    else:
        nav = rng.choice(
            [
                "Home | World | Europe | Middle East | Business | Opinion",
                "Top stories  Politics  World  Diplomacy  Video  Newsletter",
                "Menu\nSearch\nSubscribe",
            ]
        )
        share = rng.sample(
            [
                "Share this article",
                "Share on Facebook",
                "Share on X",
                "Copy link",
                "Print",
                "Email",
            ],
            3,
        )
        login = rng.sample(
            [
                "Sign in",
                "Register",
                "Forgot your password?",
                "Subscribe to our newsletter",
                "Back to top",
            ],
            3,
        )
        related_title = rng.choice(["Read more", "Related stories", "Most read"])
        copyright_line = f"© {name}. All rights reserved."
    return {
        "nav": nav.split("\n"),
        "share": share,
        "login": login,
        "related_title": related_title,
        "copyright": copyright_line,
    }


FURNITURE = {name: _source_furniture(name, lang) for name, lang, _, _ in SOURCES}


class _Writer:
    """Builds the sentences of one article from one seeded random generator."""

    def __init__(self, rng: random.Random, language: str, published: datetime):
        self.rng, self.fr, self.published = rng, language == "fr", published
        self.said: list[tuple[str, str]] = []

    def pick(self, items):
        return self.rng.choice(items)

    def country(self):
        return self.pick(COUNTRIES_FR if self.fr else COUNTRIES_EN)

    def fill(self, template: str) -> str:
        (country, _), (country2, _) = self.country(), self.country()
        topics = TOPICS_FR if self.fr else TOPICS_EN
        text = template.format(
            topic=self.pick(topics), topic2=self.pick(topics), country=country,
            country2=country2, Country=country[:1].upper() + country[1:],
            city=self.pick(CITIES if self.fr else CITIES_EN),
            place=self.pick(PLACES[: self.rng.choice([40, 400, 4000])]),
            year=self.rng.randint(1991, self.published.year - 1),
            number=self.rng.randint(2, 900), count=self.rng.randint(90, 140),
            count2=self.rng.randint(2, 40),
        )  # fmt: skip
        return text

    def name_of(self, speaker, full: bool) -> str:
        fr_name, en_name, *_rest, aliases = speaker
        name = fr_name if self.fr else en_name
        if aliases and self.rng.random() < 0.2:
            name = self.pick(aliases)
        if full:
            return name
        last = surname(name)
        if self.fr and self.rng.random() < 0.5:
            return ("Mme " if speaker[2] == "f" else "M. ") + last
        return last

    def role_of(self, speaker) -> str:
        return speaker[3] if self.fr else speaker[4]

    def quote(self, speaker, first: bool) -> str:
        """A paragraph quoting `speaker`, in one of the forms real news use.

        Every quotation is noted in `self.said` with who says it (the ground truth)."""
        words = self.fill(self.pick(QUOTES_FR if self.fr else QUOTES_EN))
        more = self.fill(self.pick(QUOTES_FR if self.fr else QUOTES_EN))
        who = self.name_of(speaker, full=first)
        key = speaker[1]
        if first and self.rng.random() < 0.3:
            # The name and the role in apposition after the verb: the role tells who it is.
            day = self.pick(DAYS_FR if self.fr else DAYS_EN)
            self.said.append((words, key))
            if self.fr:
                return f"« {words} », a déclaré {day} {who}, {self.role_of(speaker)}."
            return f'{who}, {self.role_of(speaker)}, said on {day}: "{words}."'
        if self.fr:
            opening, closing = self.pick(
                [("« ", " »"), ("“", "”"), ('"', '"'), ("«\u202f", "\u202f»")]
            )
            verb, il, elle = self.pick(SPEECH_FR)
            pronoun = elle if speaker[2] == "f" else il
            form = self.rng.randrange(4)
            if form == 0:
                self.said.append((words, key))
                relay = self.pick(["", "", "", " selon l'AFP", ", a rapporté l'agence Reuters"])
                return f"{opening}{words}{closing}, {verb} {who}{relay}."
            if form == 1:
                lowered = f"{words[:1].lower()}{words[1:]}"
                self.said.append((lowered, key))
                return f"{who} {verb} que {opening}{lowered}{closing}."
            if form == 2:
                self.said.append((words, key))
                return f"{opening}{words}, {pronoun}, {more[:1].lower()}{more[1:]}.{closing}"
            context = self.pick(CONTEXTS_FR).format(city=self.pick(CITIES), adj=self.country()[1])
            self.said.append((words, key))
            return f"{opening}{words}{closing}, {verb} {who}, {context}."
        opening, closing = self.pick([("“", "”"), ('"', '"')])
        verb = self.pick(SPEECH_EN)
        form = self.rng.randrange(3)
        if form == 0:
            self.said.append((words, key))
            relay = self.pick(
                ["", "", "", ", according to Reuters", ", the state news agency reported"]
            )
            return f"{opening}{words},{closing} {who} {verb}{relay}."
        if form == 1:
            self.said.append((words, key))
            return f"{who} {verb}: {opening}{words}.{closing}"
        pronoun = "she" if speaker[2] == "f" else "he"
        self.said += [(words, key), (more, key)]
        return f"{opening}{words},{closing} {pronoun} {verb}. {opening}{more}.{closing}"

    def lead(self, speaker) -> str:
        topics = TOPICS_FR if self.fr else TOPICS_EN
        day = self.pick(DAYS_FR if self.fr else DAYS_EN)
        if self.fr:
            context = self.pick(CONTEXTS_FR).format(city=self.pick(CITIES), adj=self.country()[1])
            return (
                f"{'La' if speaker[2] == 'f' else 'Le'} {self.role_of(speaker)} "
                f"{self.name_of(speaker, True)} "
                f"{self.pick(VERBS_FR)} {self.pick(topics)} {day}, {context}."
            )
        context = self.pick(CONTEXTS_EN).format(city=self.pick(CITIES_EN), adj=self.country()[1])
        role = self.role_of(speaker)
        return (
            f"{role[:1].upper() + role[1:]} {self.name_of(speaker, True)} "
            f"{self.pick(VERBS_EN)} {self.pick(topics)} on {day}, {context}."
        )

    def filler_paragraph(self) -> str:
        templates = FILLER_FR if self.fr else FILLER_EN
        return " ".join(self.fill(self.pick(templates)) for _ in range(self.rng.randint(1, 4)))

    def title(self, speaker) -> str:
        topics = TOPICS_FR if self.fr else TOPICS_EN
        if self.rng.random() < 0.3:
            quote = self.fill(self.pick(QUOTES_FR if self.fr else QUOTES_EN))
            marks = ("« ", " »") if self.fr else ("“", "”")
            return f"{surname(self.name_of(speaker, True))} : {marks[0]}{quote}{marks[1]}"
        (a, _), (b, _) = self.country(), self.country()
        topic = self.pick(topics)
        if self.fr:
            return f"{a[:1].upper() + a[1:]} et {b} discutent {_de(topic)}"
        return f"{a[:1].upper() + a[1:]} and {b} discuss {topic}"


_PARTICLES = {"le", "la", "de", "du", "da", "di", "van", "von", "der", "al", "el", "ben", "bin"}


def surname(name: str) -> str:
    """The family name as news write it alone, particles included: "Le Drian",
    "von der Leyen", "Asante-Mensah"."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _de(noun_phrase: str) -> str:
    """« de » + a French noun phrase, contracted (du, des, d'un)."""
    for article, contracted in (
        ("le ", "du "),
        ("les ", "des "),
        ("un ", "d'un "),
        ("une ", "d'une "),
    ):
        if noun_phrase.startswith(article):
            return contracted + noun_phrase[len(article) :]
    return "de " + noun_phrase


_CONTRACTIONS = [(re.compile(rf"\b{a} {b}\b"), c) for a, b, c in (
    ("à", "le", "au"), ("à", "les", "aux"), ("de", "le", "du"), ("de", "les", "des"),
)]  # fmt: skip


def _contract(text: str) -> str:
    """French contractions the templates' slots can produce: « à le » → « au »…"""
    for pattern, contracted in _CONTRACTIONS:
        text = pattern.sub(contracted, text)
    return text


def date_line(style: str, when: datetime) -> str:
    """The date as the source prints it (some sources leave out the year)."""
    d, m, y = when.day, when.month, when.year
    if style == "fr-long":
        return f"Publié le {d} {MONTHS_FR[m - 1]} {y} à {when:%Hh%M}"
    if style == "fr-slash":
        return f"{d:02d}/{m:02d}/{y} {when:%H:%M}"
    if style == "fr-utc":
        return f"{d} {MONTHS_FR[m - 1].capitalize()} {y} {when:%H:%M} (UTC+01:00)"
    if style == "fr-noyear":
        return f"Dernière mise à jour à {when:%Hh%M} le {d:02d}/{m:02d}"
    if style == "en-long":
        return f"{MONTHS_EN[m - 1]} {d}, {y} {when:%H:%M} GMT"
    return f"Published {when:%Y-%m-%d %H:%M}"


def make_article(i: int, seed: int = 0, relayed_by: tuple | None = None) -> GeneratedArticle:
    """Return article number `i` of the series `seed` (the same every time).

    `relayed_by` (an entry of SOURCES in the same language) gives the same story as
    that outlet prints it a few hours later: its own page furniture, the same body.
    """
    rng = random.Random(f"{seed}-{i}")
    name, language, style, byline = rng.choices(SOURCES, SOURCE_WEIGHTS)[0]
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(15 * 60))
    if relayed_by is not None:
        name, _, style, byline = relayed_by
        published += timedelta(hours=3)
    w = _Writer(rng, language, published)
    cast = rng.sample(SPEAKERS, rng.choice([1, 1, 2, 2, 3]))
    target = int(min(900, max(150, rng.lognormvariate(5.75, 0.45))))
    paragraphs, words, quoted = [w.lead(cast[0])], 0, set()
    while words < target:
        roll = rng.random()
        if roll < 0.45:
            speaker = rng.choice(cast)
            paragraphs.append(w.quote(speaker, first=speaker[0] not in quoted))
            quoted.add(speaker[0])
        else:
            paragraphs.append(w.filler_paragraph())
        words = sum(len(p.split()) for p in paragraphs)
    furniture = FURNITURE[name]
    # Related headlines change with the month: pages of one source and month share them.
    month_rng = random.Random(f"related-{name}-{published:%Y-%m}")
    related_writer = _Writer(month_rng, language, published)
    related = [related_writer.title(month_rng.choice(SPEAKERS)) for _ in range(6)]
    lines = [*furniture["nav"], "", w.title(cast[0]), "", date_line(style, published)]
    if byline:
        author = rng.choice(AUTHORS)
        lines.append(f"Par {author}" if language == "fr" else f"By {author}")
    lines += ["", *"\n\n".join(paragraphs).split("\n"), ""]
    lines += [
        *furniture["share"],
        "",
        furniture["related_title"],
        *related,
        "",
        *furniture["login"],
        furniture["copyright"],
    ]
    text = "\n".join(lines) + "\n"
    if language == "fr":
        text = _contract(text)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    mark = "r" if relayed_by else ""
    return GeneratedArticle(
        name=f"{i:06d}{mark}_{digest}.txt", text=text, language=language, source=name,
        published=published, speakers=[s[0] for s in cast],
        quotes=[(_contract(q) if language == "fr" else q, who) for q, who in w.said],
    )  # fmt: skip


def generate(n: int, out_dir: str | Path, seed: int = 0) -> list[Path]:
    """Write articles 0..n-1 under `out_dir`; return their paths. Existing files are kept."""
    out = Path(out_dir)
    paths, listed = [], {}
    for i in range(n):
        folder = out / f"{i // FILES_PER_FOLDER:03d}"
        if folder not in listed:
            names = folder.glob("*.txt") if folder.exists() else []
            listed = {folder: {p.name[:6]: p for p in names}}
        if f"{i:06d}" in listed[folder]:
            paths.append(listed[folder][f"{i:06d}"])
            continue
        article = make_article(i, seed)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / article.name
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="Number of articles.")
    parser.add_argument("out_dir", help="Folder to write them to.")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = generate(args.n, args.out_dir, args.seed)
    print(f"{len(paths)} articles in {args.out_dir}")


if __name__ == "__main__":
    main()
