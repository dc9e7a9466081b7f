"""Generated wire copies: some generated stories printed again by another outlet.

`python -m bench.relays N OUT_DIR [--every K] [--seed S]` writes, for every K-th
article of `bench.generate`'s series (0..N-1), the same story as another outlet of its
language prints it three hours later (its own navigation, date line, byline and related
headlines around the same body). Imported beside the N originals, they exercise quote
clusters and copy groups (`manage.py recompute_propagation` prints the figures).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.generate import make_article
from bench.vocabulary import SOURCES


def relay_of(i: int, seed: int = 0):
    """Article `i` as printed by the next outlet of its language in SOURCES."""
    original = make_article(i, seed)
    same_language = [s for s in SOURCES if s[1] == original.language]
    names = [s[0] for s in same_language]
    other = same_language[(names.index(original.source) + 1) % len(same_language)]
    return make_article(i, seed, relayed_by=other)


def write_relays(n: int, out_dir: str | Path, every: int = 5, seed: int = 0) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(0, n, every):
        article = relay_of(i, seed)
        path = out / article.name
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="Articles of the series to consider.")
    parser.add_argument("out_dir", help="Folder to write the copies to.")
    parser.add_argument("--every", type=int, default=5, help="Relay one article in K.")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = write_relays(args.n, args.out_dir, args.every, args.seed)
    print(f"{len(paths)} copies in {args.out_dir}")


if __name__ == "__main__":
    main()
