"""Dates: French and English forms, time zones, and years inferred only from evidence."""

from datetime import timedelta

from archive.ingest.dates import find_dates, is_date_line
from tests.goldscore import extract_one

BODY_FR = (
    "Le ministre turc des Affaires étrangères a rencontré mardi à Ankara son homologue "
    "iranien pour évoquer la situation régionale et les échanges commerciaux entre les deux pays."
)


def first(text, language="fr"):
    return find_dates(text, language, allow_numeric_partial=True)[0]


def test_french_date_with_time_and_utc_offset():
    """ "30 Octobre 2020 06:00 (UTC+01:00)" keeps its time and its zone."""
    dm = first("30 Octobre 2020 06:00 (UTC+01:00)")
    dt = dm.to_datetime()
    assert (dt.year, dt.month, dt.day, dt.hour) == (2020, 10, 30, 6)
    assert dt.utcoffset() == timedelta(hours=1)


def test_english_month_day_year_with_pm_time():
    """ "Published September 20, 2023 | 05:50 PM" reads as 17:50 on 20 September 2023."""
    dt = first("Published September 20, 2023 | 05:50 PM", "en").to_datetime()
    assert (dt.year, dt.month, dt.day, dt.hour, dt.minute) == (2023, 9, 20, 17, 50)


def test_iso_datetime_with_offset():
    """ISO 8601 with an offset is read as is."""
    dt = first("2022-02-14T17:42:00+03:00").to_datetime()
    assert dt.utcoffset() == timedelta(hours=3) and dt.hour == 17


def test_numeric_day_month_without_year_stays_partial():
    """ "Dernière mise à jour à 09h56 le 30/12" gives day and month, no year, time 09:56."""
    dm = first("Dernière mise à jour à 09h56 le 30/12")
    assert (dm.day, dm.month, dm.year, dm.hour, dm.minute) == (30, 12, None, 9, 56)


def test_le_5_novembre_2020():
    """French "le 5 novembre 2020"."""
    dm = first("le 5 novembre 2020")
    assert (dm.day, dm.month, dm.year) == (5, 11, 2020)


def test_date_line_detection():
    """A line that is only a date (with publishing words) is a date line; a sentence is not."""
    assert is_date_line("Publié le 5 novembre 2022 à 14h05, mis à jour à 16h30")
    assert is_date_line("Updated 2 hours ago")
    assert not is_date_line("Les pourparlers du 11 janvier ont porté sur les transports.")


def test_publication_date_goes_to_metadata_not_body():
    """The date line above the article sets `published` and leaves the body."""
    result = extract_one("Publié le 12 mars 2021 à 10h15\n" + BODY_FR)
    assert result.published.date().isoformat() == "2021-03-12"
    assert result.body == [BODY_FR]


def test_published_beats_updated():
    """With both "Published" and "Updated" lines, the publication date wins."""
    page = "Updated March 3, 2022\nPublished March 1, 2022\nA headline about trade talks\n" + (
        "The trade ministers of both countries met on Tuesday in Brussels to discuss tariffs "
        "on steel and aluminium, officials said."
    )
    assert extract_one(page).published.day == 1


def test_year_without_evidence_stays_unknown():
    """A day and month with no other evidence leave the date unknown, never guessed."""
    result = extract_one("Mis à jour le 14/07\n" + BODY_FR.replace("mardi", "hier"))
    assert result.published is None


def test_year_never_comes_from_another_article_of_the_batch():
    """A dated article of the same topic in the batch does not date a page without a year:
    the page's result is the same alone and in company."""
    dated = "Publié le 2 mars 2021\n" + BODY_FR.replace("mardi", "lundi")
    page = "Mis à jour le 03/03\n" + BODY_FR
    assert extract_one(page, dated).published is None
    assert extract_one(page).published is None


def test_weekday_and_event_years_do_not_make_a_year():
    """A weekday and the years of past events mentioned are no evidence for the year."""
    body = BODY_FR + " Les deux pays avaient signé un accord en 2019."
    assert extract_one("Mis à jour le 03/03\n" + body).published is None


def test_year_from_the_same_day_written_in_full_on_the_page():
    """The same day and month written with a year elsewhere on the page give the year."""
    page = (
        "Mis à jour le 03/03\n" + BODY_FR + "\nLe communiqué commun, daté du 3 mars 2021, "
        "appelle à la reprise des échanges entre les deux capitales."
    )
    result = extract_one(page)
    assert result.published.date().isoformat() == "2021-03-03" and result.published_inferred


def test_year_from_a_dated_link_on_the_page():
    """A link of the page dated the same month gives the year; two years leave it unknown."""
    link = "https://www.example-news.org/monde/2022/11/05/ankara-teheran-dialogue"
    result = extract_one("Last updated 09:55 on 05/11\n" + BODY_FR + "\n" + link)
    assert result.published.date().isoformat() == "2022-11-05"
    other = "https://www.example-news.org/monde/2019/11/05/autre-sujet"
    assert extract_one("Mis à jour le 05/11\n" + BODY_FR + f"\n{link}\n{other}").published is None


def test_year_given_at_import():
    """`year=` completes a date printed without one, flagged inferred."""
    result = extract_one("Dernière mise à jour le 05/11\n" + BODY_FR, year=2020)
    assert result.published.date().isoformat() == "2020-11-05" and result.published_inferred


def test_dates_below_the_article_are_teasers():
    """A bare date under the article (a related item's date) is not the publication date."""
    page = (
        "Un titre pour cet article\n"
        + BODY_FR
        + "\nÀ lire aussi\n14 mars 2019\nUn autre titre d'article"
    )
    assert extract_one(page).published is None


def test_numeric_dates_by_language_and_values():
    """Numeric dates: a value above 12 is the day; French and dotted dates are day first; an
    English slash date with both values up to 12 stays unknown."""
    from archive.ingest.dates import find_dates

    def day_month(text, language):
        found = find_dates(text, language, allow_numeric_partial=True)
        return (found[0].day, found[0].month) if found else None

    assert day_month("09/20/2022", "en") == (20, 9)
    assert day_month("20/09/2022", "en") == (20, 9)
    assert day_month("09/20/2022", "fr") == (20, 9)
    assert day_month("03/09/2022", "fr") == (3, 9)
    assert day_month("03.09.2022", "en") == (3, 9)
    assert day_month("03/09/2022", "en") is None


def test_inferred_years_on_generated_pages_are_right():
    """On 240 generated pages, half of them with the year stripped from their date line and
    some of those carrying a dated link: every year given is the true one, and the pages
    with a dated link get their date back."""
    from bench.yearcheck import run

    check = run(240, seed=7)
    assert check.with_evidence >= 10
    assert check.given >= check.with_evidence
    assert check.right >= 0.99 * check.given
    assert check.found_with_evidence == check.with_evidence


def test_a_page_date_does_not_depend_on_the_batch():
    """Every development page gets the same date extracted alone as in one batch with all the
    others (only repetition-based boilerplate may depend on the batch)."""
    from archive.ingest.extract import extract_batch
    from archive.ingest.parse import decode
    from tests.conftest import ROOT

    paths = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
    docs = [decode(p.name, p.read_bytes()) for p in paths]
    together = [r.published for r in extract_batch(docs)]
    alone = [extract_batch([doc])[0].published for doc in docs]
    assert together == alone
    assert sum(d is not None for d in alone) >= len(docs) // 2
