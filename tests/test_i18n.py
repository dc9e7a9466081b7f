"""The interface in French (default) and English: catalogue, switch, lang, quotation marks."""

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.urls import reverse
from django.utils import translation

from archive import cues
from archive.ingest import attribution, speech
from archive.templatetags.archive_tags import (
    ATTRIBUTION_LABELS,
    attribution_label,
    count_fr,
    long_date,
)
from search.indexing import index_articles
from tests.factories import make_article, make_source, make_speaker, make_statement
from tests.test_pages import NOT_HTML, PAGE_NAMES, url_arguments

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES"
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
SHOWN_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "value"}


def entries(po):
    """{(context, msgid, plural): translation(s)} of the catalogue's live entries."""
    return {
        (e.msgctxt, e.msgid, e.msgid_plural): (
            tuple(e.msgstr_plural[i] for i in sorted(e.msgstr_plural))
            if e.msgid_plural
            else e.msgstr
        )
        for e in po
        if not e.obsolete and e.msgid
    }


def test_compiled_catalogue_matches_its_source():
    """The committed .mo holds exactly the .po's translations (recompile after editing it)."""
    po = polib.pofile(str(CATALOGUE / "django.po"))
    mo = polib.mofile(str(CATALOGUE / "django.mo"))
    assert not [e.msgid for e in po if not e.obsolete and not e.translated()]
    assert entries(mo) == entries(po)


def pieces_of(text: str) -> set[str]:
    """The runs of words of a catalogue text, cut at placeholders, tags and punctuation."""
    pieces = (p.strip(" .?…") for p in re.split(r"%\(\w+\)[sd]|<[^>]+>|[,;:()→←«»“”]", text))
    return {p for p in pieces if len(p) >= 2 and not p.isdigit()}


def french_interface_strings() -> list[str]:
    """The pieces of the catalogue's French texts that its English never uses: what an
    English page must not show."""
    po = polib.pofile(str(CATALOGUE / "django.po"))
    french, english = set(), set()
    for e in po:
        if e.obsolete:
            continue
        for msgid in filter(None, (e.msgid, e.msgid_plural)):
            french |= pieces_of(msgid)
        for msgstr in [e.msgstr, *e.msgstr_plural.values()]:
            english |= pieces_of(msgstr)
    return sorted(french - english)


class ShownText(HTMLParser):
    """The text a reader of the page's language sees: text and shown attributes, leaving out
    any element marked with another language (article text, the switch's other language)."""

    def __init__(self, page_language):
        super().__init__(convert_charrefs=True)
        self.page_language, self.parts, self.foreign_depth = page_language, [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.foreign_depth:
            self.foreign_depth += tag not in VOID
            return
        if tag != "html" and attrs.get("lang") not in (None, self.page_language):
            self.foreign_depth = tag not in VOID
            return
        if tag == "input" and attrs.get("type") in ("hidden", "search", "text"):
            attrs.pop("value", None)  # what the reader typed, not interface text
        self.parts += [v for k, v in attrs.items() if k in SHOWN_ATTRIBUTES and v]

    def handle_endtag(self, tag):
        if self.foreign_depth and tag not in VOID:
            self.foreign_depth -= 1

    def handle_data(self, data):
        if not self.foreign_depth:
            self.parts.append(data)


def shown_text(html: str, language: str) -> str:
    parser = ShownText(language)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@pytest.fixture
def archive(db):
    source = make_source("Sputnik")
    lavrov = make_speaker("Sergueï Lavrov", role="ministre des Affaires étrangères")
    article = make_article(
        "Lavrov à Sotchi",
        "Le ministre a déclaré : « Nous continuerons ».",
        (2020, 12, 29),
        source=source,
    )
    statement = make_statement(article, lavrov, "Nous continuerons", cue="a déclaré")
    english = make_article(
        "Lavrov in Sochi",
        'The minister said: "We will carry on together."',
        (2021, 3, 1),
        source=source,
        language="en",
        published_inferred=True,
    )
    make_statement(
        english,
        lavrov,
        "We will carry on together",
        cue="said",
        attribution="last speaker",
        confidence=0.4,  # uncertain: the page says so, in its language
    )
    undated = make_article("Sans date", published=None, source=source)
    index_articles([article, english, undated])
    return {
        "article": article,
        "english": english,
        "speaker": lavrov,
        "source": source,
        "statement": statement,
    }


def test_french_by_default_and_english_when_the_browser_asks(client, archive):
    french = client.get("/").content.decode()
    english = client.get("/", **ENGLISH).content.decode()

    assert '<html lang="fr">' in french and "Derniers articles" in french
    assert '<html lang="en">' in english and "Latest articles" in english
    assert "Derniers articles" not in english


HTML_PAGES = [name for name in PAGE_NAMES if name not in NOT_HTML]
SEARCHES = [
    {},
    {"q": "Lavrov"},
    {"q": "Lavrov", "mode": "statements"},
    {"q": "zzzzqqq"},
    {"q": '"non fermé', "from": "pas une date"},
]


def english_pages(archive):
    arguments = url_arguments(archive)
    for name in HTML_PAGES:
        yield name, reverse(name, kwargs=arguments[name])
    for params in SEARCHES:
        yield (
            f"search {params}",
            reverse("search:search") + "?" + "&".join(f"{k}={v}" for k, v in params.items()),
        )
    yield "article in English", archive["english"].get_absolute_url()
    yield "statement page", reverse("archive:statement_detail", args=[archive["statement"].pk])
    yield "not found", "/pas-une-page/"


def test_every_page_type_is_english_throughout(client, archive):
    """Rendered in English, no page shows a French interface string from the catalogue
    (article text, marked lang="fr", is the archive's, not the interface's)."""
    pieces = french_interface_strings()
    assert len(pieces) > 200  # the check covers the interface, not a handful of words
    seen = {}
    for name, url in english_pages(archive):
        response = client.get(url, **ENGLISH)
        assert response.status_code in (200, 404), name
        if "q" in url and "zzzz" not in url and "fermé" not in url:
            assert 'class="result' in response.content.decode(), name  # results are checked too
        text = shown_text(response.content.decode(), "en")
        left = [p for p in pieces if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]
        if left:
            seen[name] = left
    assert seen == {}


def test_language_switch_keeps_the_page_and_its_query(client, archive):
    """The switch posts to set_language with `next` = this page's path and query."""
    page = reverse("search:search") + "?q=Lavrov&mode=statements"
    html = client.get(page).content.decode()
    assert 'action="/i18n/setlang/"' in html
    assert '<input type="hidden" name="next" value="/search/?q=Lavrov&amp;mode=statements">' in html
    assert '<button type="submit" name="language" value="en" lang="en">English</button>' in html

    response = client.post("/i18n/setlang/", {"language": "en", "next": page})

    assert response.status_code == 302 and response["Location"] == page
    again = client.get(page).content.decode()  # the choice is kept (cookie)
    assert '<html lang="en">' in again and "Statements" in again
    assert '<button type="submit" name="language" value="fr" lang="fr">Français</button>' in again


def test_articles_and_quotes_carry_their_language_and_its_quotation_marks(client, archive):
    english = client.get(archive["english"].get_absolute_url()).content.decode()
    assert '<h1 id="titre-article" lang="en">Lavrov in Sochi</h1>' in english
    assert '<div class="article__body" lang="en">' in english
    assert '<blockquote lang="en"><a href="#statement-' in english
    assert "\u201cWe will carry on together\u201d" in english
    assert "« We will carry on together »" not in english

    french = client.get(archive["article"].get_absolute_url(), **ENGLISH).content.decode()
    assert '<html lang="en">' in french
    assert '<h1 id="titre-article" lang="fr">Lavrov à Sotchi</h1>' in french
    assert "« Nous continuerons »" in french

    speaker = client.get(archive["speaker"].get_absolute_url(), **ENGLISH).content.decode()
    assert '<blockquote lang="en">\u201cWe will carry on together\u201d</blockquote>' in speaker
    assert '<blockquote lang="fr">« Nous continuerons »</blockquote>' in speaker


def test_cue_verbs_show_as_infinitives_in_the_page_language(client, archive):
    url = archive["article"].get_absolute_url()
    assert '<span class="cue">déclarer</span>' in client.get(url).content.decode()
    english = client.get(url, **ENGLISH).content.decode()
    assert '<span class="cue">declare</span>' in english
    speaker = client.get(archive["speaker"].get_absolute_url()).content.decode()
    assert '<span class="cue">dire</span>' in speaker  # "said", on a French page


@pytest.mark.parametrize(
    ("cue", "french", "english"),
    [
        ("a déclaré", "déclarer", "declare"),
        ("declare", "déclarer", "declare"),
        ("martele", "marteler", "hammer home"),
        ("ajouté", "ajouter", "add"),
        ("a-t-il ajouté", "ajouter", "add"),
        ("reconnaît", "reconnaître", "acknowledge"),
        ("affirmant", "affirmer", "affirm"),
        ("dit-elle", "dire", "say"),
        ("said", "dire", "say"),
        ("told", "dire", "tell"),
        ("pointed out", "relever", "point out"),
        ("mis l'accent sur", "mettre l'accent sur", "emphasise"),
        ("pour", "selon", "according to"),
    ],
)
def test_cue_forms_map_to_one_infinitive(cue, french, english):
    assert (cues.infinitive(cue, "fr"), cues.infinitive(cue, "en")) == (french, english)


def test_an_unknown_cue_is_shown_as_stored():
    assert cues.infinitive("bredouillé", "en") == "bredouillé"


def test_every_verb_the_extractor_knows_has_an_infinitive():
    """Every stem and form in the extractor's verb lists maps to a verb in both languages."""
    lists = speech.word_lists()
    forms = [*lists["fr_forms"], *lists["en_verbs"]]
    forms += [stem + ending for stem in lists["fr_stems"] for ending in lists["fr_endings"]]
    unknown = [form for form in forms if cues.lemma(form) is None]
    assert unknown == []


def test_date_pages_have_one_address(client, archive):
    """/articles/2020/12/29/ is the day's address; other spellings redirect there for good."""
    response = client.get("/articles/2020/12/029/?copies=masquer")
    assert response.status_code == 301
    assert response["Location"] == "/articles/2020/12/29/?copies=masquer"
    assert client.get("/articles/2021/3/1/")["Location"] == "/articles/2021/03/01/"
    assert client.get("/articles/2021/3/")["Location"] == "/articles/2021/03/"
    assert client.get("/articles/02021/")["Location"] == "/articles/2021/"
    assert client.get("/articles/2021/03/01/").status_code == 200
    month = client.get("/articles/2021/03/").content.decode()
    assert 'href="/articles/2021/03/01/"' in month  # links use the canonical form


def test_admin_speaks_french_and_english(admin_client, archive):
    index = admin_client.get(reverse("admin:index")).content.decode()
    assert "Administration de Dépêches" in index and "Administration de Django" not in index
    assert ">Orateurs<" in index and ">Citations<" in index
    assert "Speakers" not in index and "Statements" not in index

    speakers = admin_client.get(reverse("admin:archive_speaker_changelist")).content.decode()
    assert "Par type" in speakers and "Par kind" not in speakers
    assert ">Fonction<" in speakers
    statements = admin_client.get(reverse("admin:archive_statement_changelist")).content.decode()
    assert "Par langue" in statements and "Marquer comme « pas une citation »" in statements

    english = admin_client.get(reverse("admin:index"), **ENGLISH).content.decode()
    assert "Dépêches administration" in english and ">Speakers<" in english
    assert "Orateurs" not in english


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [("fr", 0, "0 orateur"), ("fr", 1, "1 orateur"), ("fr", 2, "2 orateurs")]
    + [("en", 0, "0 speakers"), ("en", 1, "1 speaker"), ("en", 1234, "1,234 speakers")],
)
def test_counts_follow_each_languages_plural(language, n, expected):
    """French keeps the singular below 2, English for 1 only."""
    with translation.override(language):
        assert count_fr(n, "orateur,orateurs") == expected


def test_first_of_the_month_is_premier_in_french_only():
    first = datetime(2021, 3, 1, 12, tzinfo=UTC)
    with translation.override("fr"):
        assert long_date(first) == "1<sup>er</sup> mars 2021"
    with translation.override("en"):
        assert long_date(first) == "1 March 2021"


def test_every_way_of_finding_a_speaker_has_a_label():
    codes = [v for k, v in vars(attribution).items() if k.isupper() and isinstance(v, str) and v]
    assert codes and all(code in ATTRIBUTION_LABELS for code in codes)
    with translation.override("en"):
        assert attribution_label("current speaker") == "current speaker"
    with translation.override("fr"):
        assert attribution_label("current speaker") == "orateur en cours"


def test_uncertain_attributions_are_flagged_in_both_languages(client, archive):
    url = archive["english"].get_absolute_url()
    assert "attribution incertaine" in client.get(url).content.decode()
    english = client.get(url, **ENGLISH).content.decode()
    assert "uncertain attribution" in english
    flag = "Uncertain attribution: words attributed to Sergueï Lavrov (last speaker named)"
    assert flag in english
