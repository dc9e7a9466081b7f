"""Golden pages written for this project in the styles of many outlets (Reuters, AP, TASS,
France 24, Le Monde, Le Figaro, Sputnik, Al Jazeera, Anadolu, RFI, BBC, Xinhua, Euronews,
Le Point, The Guardian, Ouest-France): each page, extracted in one batch with the others,
matches its gold (score.py's format) on every figure."""

import json
from pathlib import Path

import pytest

from archive.ingest.extract import extract_batch
from archive.ingest.parse import decode
from tests.goldscore import score

PAGES = Path(__file__).parent / "fixtures" / "pages"
GOLDS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.json"))}


@pytest.fixture(scope="module")
def predictions():
    docs = [decode(g["file"], (PAGES / g["file"]).read_bytes()) for g in GOLDS.values()]
    return {r.file_name: r.to_json() for r in extract_batch(docs)}


@pytest.mark.parametrize("name", sorted(GOLDS))
def test_page_matches_its_gold(predictions, name):
    """Body lines, leak, title, date, source, quotes and speakers all exact on the page."""
    gold = GOLDS[name]
    figures = score([predictions[gold["file"]]], [gold])
    assert figures["boiler_leak"] == 0.0, figures
    assert all(v == 1.0 for k, v in figures.items() if k != "boiler_leak"), figures


@pytest.mark.parametrize("name", sorted(n for n, g in GOLDS.items() if "author" in g))
def test_page_author_matches_its_gold(predictions, name):
    """Pages whose gold names the author (or says there is none)."""
    gold = GOLDS[name]
    assert predictions[gold["file"]]["author"] == gold["author"]
