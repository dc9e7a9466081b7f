"""Check the speakers of a generated archive against the generator's ground truth.

    python bench/speakers.py --n 2000          # or: make speakers N=2000

Generates N pages (bench/generate.py, which records who really says each quotation),
extracts them in batches as the import does, and files every speaker through the
store's own `resolve_speaker` into a throwaway database. Then each Speaker row is
sorted out:

- a person of the generated cast (any spelling): one row per person is the goal;
- a *split person*: a row that is only part or a misspelling of a cast name
  ("Drian" beside Jean-Yves Le Drian) — a second row for someone;
- a *place* (a city, country or invented place name of the generator);
- a *fragment*: anything else the cast does not hold (a clause, an organisation
  fragment, a word) — the generator's pages quote only their cast.

It also counts the quotations attributed to the right person, to someone else, or
to nobody. The same function runs in the test suite on a small archive
(tests/test_generated_speakers.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import PLACES, make_article, surname  # noqa: E402
from bench.vocabulary import CITIES, CITIES_EN, COUNTRIES_EN, COUNTRIES_FR, SPEAKERS  # noqa: E402

BATCH = 200


@dataclass
class SpeakerReport:
    """What the speaker list of a generated archive holds, row by row."""

    articles: int = 0
    rows: int = 0
    people: dict[str, list[str]] = field(default_factory=dict)  # cast person → row names
    split: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)
    governments: list[str] = field(default_factory=list)  # places kept as institutions
    others: list[str] = field(default_factory=list)  # short names outside the cast
    quotes: Counter = field(default_factory=Counter)  # right / wrong / none / unmatched

    @property
    def duplicated(self) -> dict[str, list[str]]:
        """Cast people filed under more than one Speaker row."""
        return {who: rows for who, rows in self.people.items() if len(rows) > 1}

    def summary(self) -> str:
        q = self.quotes
        attributed = q["right"] + q["wrong"] + q["none"]
        lines = [
            f"articles {self.articles}  speaker rows {self.rows}  cast people {len(self.people)}",
            f"fragments {len(self.fragments)}  places as people {len(self.places)}  "
            f"split people {len(self.split)}  people with several rows {len(self.duplicated)}",
            f"not in the cast: {len(self.others)} names, {len(self.governments)} places "
            "kept as governments",
            f"quotations {attributed}: right {q['right']}  wrong {q['wrong']}  "
            f"no speaker {q['none']}  (quotes not in the ground truth: {q['unmatched']})",
        ]
        for label, names in (
            ("fragments", self.fragments),
            ("places", self.places),
            ("split", self.split),
            ("not in the cast", self.others),
            ("governments", self.governments),
        ):
            if names:
                lines.append(f"  {label}: " + " | ".join(sorted(names)[:12]))
        for who, rows in sorted(self.duplicated.items())[:12]:
            lines.append(f"  several rows for {who}: " + " | ".join(rows))
        return "\n".join(lines)


def _cast_forms(fold) -> dict[str, str]:
    """Folded spelling → cast person (English name) for every way the generator writes one."""
    forms: dict[str, str] = {}
    for fr, en, _gender, _rfr, _ren, aliases in SPEAKERS:
        for name in (fr, en, *aliases):
            forms[fold(name)] = en
            forms.setdefault(fold(surname(name)), en)
    return forms


def _place_names(fold) -> set[str]:
    names = {fold(p) for p in PLACES} | {fold(c) for c in CITIES + CITIES_EN}
    for country, _adj in COUNTRIES_FR + COUNTRIES_EN:
        names.add(fold(country))
        names.add(fold(country.split("'")[-1].split(" ", 1)[-1]))
    return names


def check(n: int, seed: int = 0, workers_batch: int = BATCH) -> SpeakerReport:
    """Generate, extract and file the speakers of `n` pages; sort the Speaker rows out.

    Needs a configured Django database (it creates Speaker rows)."""
    from archive.ingest.document import RawDocument
    from archive.ingest.extract import extract_batch
    from archive.ingest.store import NameDirectory, resolve_speaker
    from archive.models import Speaker
    from archive.text import fold

    report = SpeakerReport(articles=n)
    directory = NameDirectory(Speaker)
    for first in range(0, n, workers_batch):
        articles = [make_article(i, seed) for i in range(first, min(n, first + workers_batch))]
        docs = [RawDocument(a.name, a.text, a.name) for a in articles]
        for article, result in zip(articles, extract_batch(docs), strict=True):
            truth = list(article.quotes)
            for quote in result.quotes:
                row = resolve_speaker(quote.speaker, directory) if quote.speaker else None
                if quote.where == "title":
                    continue
                said = _pop_truth(truth, quote.text, fold)
                if said is None:
                    report.quotes["unmatched"] += 1
                elif row is None:
                    report.quotes["none"] += 1
                else:
                    forms = {fold(row.name)} | {fold(a) for a in row.aliases}
                    who = {fold(n) for n in _names_of(said)}
                    report.quotes["right" if forms & who else "wrong"] += 1
    _sort_rows(report, fold)
    return report


def _names_of(english_name: str) -> list[str]:
    """Every spelling the generator writes for one cast person."""
    for fr, en, _gender, _rfr, _ren, aliases in SPEAKERS:
        if en == english_name:
            return [fr, en, *aliases]
    return [english_name]


def _pop_truth(truth: list[tuple[str, str]], text: str, fold) -> str | None:
    """The speaker of the first ground-truth quotation that `text` starts with (or is in)."""
    low = fold(text)
    for i, (words, who) in enumerate(truth):
        said = fold(words)
        if low.startswith(said[:40]) or said.startswith(low[:40]):
            del truth[i]
            return who
    return None


def _sort_rows(report: SpeakerReport, fold) -> None:
    from archive.models import Speaker

    forms = _cast_forms(fold)
    places = _place_names(fold)
    report.people = {}
    for row in Speaker.objects.order_by("pk"):
        report.rows += 1
        names = [row.name, *row.aliases]
        owner = next((forms[fold(x)] for x in names if fold(x) in forms), None)
        if owner:
            report.people.setdefault(owner, []).append(row.name)
        elif fold(row.name) in places:
            (report.places if row.kind == "person" else report.governments).append(row.name)
        elif _near_cast_name(fold(row.name), forms):
            report.split.append(row.name)
        elif _clause(row.name):
            report.fragments.append(row.name)
        else:
            report.others.append(row.name)


_CLAUSE_WORDS = set(
    "a ont avait est sont fait dit que qui pres lors du des "
    "has had have is was were said that which near when after".split()
)


def _clause(name: str) -> bool:
    """A row that reads as a clause: long, or holding a verb, a subordinator or a
    preposition of the sentence around it (written in lower case)."""
    lowered = [w for w in name.split() if w[:1].islower()]
    return len(name.split()) > 6 or any(w.strip(",.") in _CLAUSE_WORDS for w in lowered)


def _near_cast_name(name: str, forms: dict[str, str]) -> bool:
    """A part of a cast name ("drian") or a near spelling of one ("zelenskii")."""
    for form in forms:
        if name in form.split() or (
            len(name) > 4 and SequenceMatcher(None, name, form).ratio() >= 0.8
        ):
            return True
    return False


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Speaker checks on a generated archive.")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["DEPECHES_DATA_DIR"] = data_dir
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.prod")
        os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        report = check(args.n, args.seed)
    print(report.summary())
    bad = report.fragments or report.places or report.split or report.duplicated or report.others
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
