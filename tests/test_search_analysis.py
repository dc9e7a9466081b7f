"""French and English analysis, highlighting, and the query-language parser."""

import pytest

from search.analysis import analyze, english_analyzer, french_analyzer
from search.backends import highlight_text
from search.query import parse_date_range, parse_query


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("les la des du de", []),
        ("3,5 % en 2020", ["3,5", "2020"]),
        ("Çavuşoğlu Erdoğan œuvre", ["cavusoglu", "erdogan", "oeuvr"]),
    ],
)
def test_french_analysis(text, terms):
    """Case and accents fold, elisions go, stop words go (with "les"), numbers stay."""
    assert analyze(text, "fr") == terms


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("négociation négociations", "négociation négociation"),
        ("sécurité securite SÉCURITÉ", "sécurité sécurité sécurité"),
        (
            "l’Arménie l'Arménie d’Erevan qu’il jusqu’à lorsqu’on puisqu’elle",
            "Arménie Arménie Erevan",
        ),
        ("cessez-le-feu", "cessez feu"),
    ],
)
def test_french_forms_meet(text, same_as):
    """Plurals, accents, case and elisions give the terms of the plain form."""
    assert analyze(text, "fr") == analyze(same_as, "fr")
    assert len(set(analyze(same_as, "fr"))) == len(set(same_as.split()))


def test_english_analysis():
    """English articles stem in English and lose possessives."""
    assert analyze("Putin's negotiations on security", "en") == ["putin", "negoti", "secur"]


def test_compounds_and_phrases_share_positions():
    """ "cessez-le-feu" and "cessez le feu" give the same terms at the same positions."""

    def positions(text):
        return [(t.text, t.pos) for t in french_analyzer()(text, positions=True)]

    assert positions("cessez-le-feu") == positions("cessez le feu")


def test_no_morph_keeps_words_for_spelling():
    assert [t.text for t in french_analyzer()("Négociations", no_morph=True)] == ["negociations"]
    assert english_analyzer().has_morph()


def test_highlight_escapes_text_and_marks_matches():
    """Only <mark> is markup: the article's own text is escaped."""
    terms = set(analyze("négociation Arménie", "fr"))
    html = highlight_text("Les <b>négociations</b> & l’Arménie", terms, "fr")
    assert html == ("Les &lt;b&gt;<mark>négociations</mark>&lt;/b&gt; &amp; <mark>l’Arménie</mark>")


def test_highlight_cuts_around_the_matches():
    text = "Début. " + "remplissage " * 60 + "Les négociations reprennent. " + "fin " * 60
    html = highlight_text(text, set(analyze("négociation", "fr")), "fr")
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>négociations</mark>" in html and len(html) < 300


def test_highlight_without_match_is_an_escaped_excerpt():
    html = highlight_text("<i>x</i> " + "mot " * 100, set(), "fr")
    assert html.startswith("&lt;i&gt;x&lt;/i&gt; mot") and html.endswith("…")


@pytest.mark.parametrize(
    ("q", "compiled"),
    [
        ("négociations Arménie", '"négociations" "Arménie"'),
        ('"cessez le feu" -Lavrov', '"cessez le feu" NOT "Lavrov"'),
        ("Poutine OR Medvedev Arménie", '("Poutine" OR "Medvedev") "Arménie"'),
        ("NOT Lavrov", '* NOT "Lavrov"'),
        ("foo:bar (((", '"foo" "bar"'),
        ("C++ AND ?*^~ OR", '"C"'),
        ('"unclosed phrase', '"unclosed phrase"'),
        ('"', "*"),
        ("-", "*"),
    ],
)
def test_parse_query_compiles_safely(q, compiled):
    """Every input compiles to a well-formed query; special characters are dropped."""
    assert parse_query(q).compile() == compiled


def test_parse_query_fields():
    parsed = parse_query('speaker:"Sergueï Lavrov" source:Xinhua langue:en date:2020-01..2020-12')
    assert parsed.speakers == ["Sergueï Lavrov"]
    assert parsed.sources == ["Xinhua"]
    assert parsed.languages == ["en"]
    assert (str(parsed.date_from), str(parsed.date_to)) == ("2020-01-01", "2020-12-31")


def test_parse_query_notes_what_it_read_literally():
    assert parse_query("date:2020-13").notes
    assert parse_query('"unclosed').notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020", ("2020-01-01", "2020-12-31")),
        ("2020-02", ("2020-02-01", "2020-02-29")),
        ("2020-03..2020-01", ("2020-01-01", "2020-03-31")),
        ("..2021-06", ("None", "2021-06-30")),
        ("2021..", ("2021-01-01", "None")),
    ],
)
def test_parse_date_range(text, expected):
    start, end = parse_date_range(text)
    assert (str(start), str(end)) == expected


@pytest.mark.parametrize("text", ["2020-13", "hier", "..", "2020-02-30"])
def test_parse_date_range_rejects(text):
    assert parse_date_range(text) is None


def test_highlight_picks_the_densest_window():
    """The snippet is cut where the matches cluster, not at the first one."""
    text = "négociations " + "mot " * 200 + "négociations " * 5 + "mot " * 200
    html = highlight_text(text, {"negoci"}, "fr")
    assert html.count("<mark>") == 5


def test_highlight_of_a_huge_text_of_one_word_is_a_short_snippet():
    """A stored text of a million matching words gives one snippet of marked words, like
    any other (the matches read are bounded: HIGHLIGHT_MATCHES in HIGHLIGHT_CHARS)."""
    from search.engine.highlight import HIGHLIGHT_MATCHES, SNIPPET_CHARS

    html = highlight_text("paix " * 1_000_000, {"paix"}, "fr")
    assert html.startswith("<mark>paix</mark>") and html.endswith(" …")
    assert len(html.replace("<mark>", "").replace("</mark>", "")) <= SNIPPET_CHARS + 2
    whole = highlight_text("paix " * 10_000, {"paix"}, "fr", whole=True)
    assert whole.count("<mark>") == HIGHLIGHT_MATCHES
