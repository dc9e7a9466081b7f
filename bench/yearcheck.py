"""How often an inferred year is right: generated pages whose year is known, then stripped.

`python -m bench.yearcheck N [--seed S] [--strip SHARE] [--evidence SHARE]` generates N
pages (`bench.generate`), rewrites the date line of a share of them (default 0.5; the
others stay dated, as batch neighbours) without its year ("Dernière mise à jour à 09h56
le 30/12", "Updated December 30, 09:56 GMT"), and on a share of the stripped pages
(default 0.2) adds a link dated like the article, the evidence the extractor may use.
It extracts them in batches of 200, as the import does, and prints how many dates came
back with a year, how many of those are right, and how many pages with evidence got it.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from dataclasses import dataclass

from archive.ingest.extract import extract_batch
from archive.ingest.parse import decode
from bench.generate import MONTHS_EN, date_line, make_article

STYLES = ("fr-long", "fr-slash", "fr-utc", "fr-noyear", "en-long", "iso")


@dataclass
class YearCheck:
    pages: int = 0
    given: int = 0  # dates returned with an inferred year
    right: int = 0  # … whose day is the true one
    with_evidence: int = 0  # pages that carry a dated link
    found_with_evidence: int = 0  # … whose true date came back

    @property
    def precision(self) -> float:
        return self.right / self.given if self.given else 1.0


def stripped_page(
    i: int, seed: int, strip_share: float, evidence_share: float
) -> tuple[str, object, bool]:
    """Article i, its date line written without the year on a share of the pages;
    (text, true date, evidence?)."""
    article = make_article(i, seed)
    rng = random.Random(f"yearcheck-{seed}-{i}")
    if rng.random() >= strip_share:
        return article.text, article.published.date(), False
    when = article.published
    lines = article.text.split("\n")
    dated = {date_line(style, when) for style in STYLES}
    if article.language == "fr":
        bare = f"Dernière mise à jour à {when:%Hh%M} le {when:%d/%m}"
    else:
        bare = f"Updated {MONTHS_EN[when.month - 1]} {when.day}, {when:%H:%M} GMT"
    lines = [bare if line in dated else line for line in lines]
    evidence = rng.random() < evidence_share
    if evidence:
        slug = hashlib.sha1(article.name.encode()).hexdigest()[:8]
        lines.append(f"https://www.example-news.test/{when:%Y/%m/%d}/article-{slug}")
    return "\n".join(lines), when.date(), evidence


def run(
    n: int, seed: int = 0, strip_share: float = 0.5, evidence_share: float = 0.2, batch: int = 200
) -> YearCheck:
    check = YearCheck()
    for start in range(0, n, batch):
        pages = [
            stripped_page(i, seed, strip_share, evidence_share)
            for i in range(start, min(n, start + batch))
        ]
        docs = [decode(f"{start + k}.txt", text.encode()) for k, (text, _, _) in enumerate(pages)]
        for result, (_, truth, evidence) in zip(extract_batch(docs), pages, strict=True):
            check.pages += 1
            check.with_evidence += evidence
            got = result.published.date() if result.published else None
            if result.published_inferred:
                check.given += 1
                check.right += got == truth
            check.found_with_evidence += evidence and got == truth
    return check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--strip", type=float, default=0.5)
    parser.add_argument("--evidence", type=float, default=0.2)
    args = parser.parse_args()
    import django  # noqa: PLC0415 - settings only for the command line

    django.setup()
    c = run(args.n, args.seed, args.strip, args.evidence)
    print(
        f"pages {c.pages}: year inferred on {c.given}, right {c.right} "
        f"({c.precision:.1%}); pages with a dated link {c.with_evidence}, "
        f"date found on {c.found_with_evidence}; unknown otherwise"
    )


if __name__ == "__main__":
    main()
