"""The benchmark's article generator: deterministic, varied, shaped like real pages."""

import re
from collections import Counter

from bench.generate import FURNITURE, generate, make_article


def test_same_seed_same_files(tmp_path):
    """Two runs with one seed write byte-identical files under identical names."""
    first = generate(30, tmp_path / "a", seed=3)
    second = generate(30, tmp_path / "b", seed=3)
    assert [p.name for p in first] == [p.name for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))


def test_other_seed_other_articles():
    """A different seed gives different articles."""
    assert make_article(0, seed=1).text != make_article(0, seed=2).text


def test_small_run_is_the_start_of_a_large_one():
    """Article i depends only on (seed, i), so benchmarks at different N share a prefix."""
    assert make_article(17).text == make_article(17).text
    assert make_article(17).name.startswith("000017_")


def test_articles_quote_people_with_both_kinds_of_marks():
    """Bodies hold quotations in « », “ ” and straight quotes, with verbs of speech."""
    texts = [make_article(i).text for i in range(200)]
    joined = "\n".join(texts)
    for mark in ("«", "»", "“", "”", '"'):
        assert mark in joined
    assert re.search(r"a-t-(il|elle) (déclaré|affirmé|souligné|indiqué|ajouté)", joined)
    assert re.search(r"\b(said|stressed|added)\b", joined)
    assert sum("Lavrov" in t for t in texts) >= 3


def test_french_and_english_both_appear():
    """About three articles in four are French; English ones are there too."""
    languages = Counter(make_article(i).language for i in range(400))
    assert 0.6 < languages["fr"] / 400 < 0.9
    assert languages["en"] > 40


def test_sources_repeat_their_boilerplate_across_pages():
    """Navigation, share and login lines of a source appear on each of its pages."""
    articles = [make_article(i) for i in range(300)]
    by_source = Counter(a.source for a in articles)
    assert len(by_source) >= 8
    for article in articles[:40]:
        furniture = FURNITURE[article.source]
        lines = article.text.splitlines()
        assert all(line in lines for line in furniture["nav"] + furniture["share"])
        assert furniture["copyright"] in lines


def test_bodies_have_news_lengths_and_dates_span_years():
    """Bodies run from about 150 to 900 words; dates spread over 2015–2025."""
    articles = [make_article(i) for i in range(300)]
    words = [len(a.text.split()) for a in articles]
    assert min(words) >= 150 and max(words) <= 1200
    years = {a.published.year for a in articles}
    assert min(years) == 2015 and max(years) == 2025
