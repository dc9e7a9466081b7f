"""A researcher's journeys through the archive, in Chromium, as a person would click them.

Each step is photographed to var/screenshots/<journey>-NN-<step>.png.
"""

import csv
import io
import re
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import PHONE, overflow

pytestmark = pytest.mark.browser


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_browse_a_month_open_an_article_meet_its_speaker(page, site, shots):
    page.goto(site + "/")
    shots(page, "home")
    page.locator(".site-nav a[href='/articles/']").click()
    page.locator(".period-list a").first.click()
    assert re.search(r"/articles/\d{4}/$", page.url)
    shots(page, "year")
    month_links = page.locator("main a[href^='/articles/']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    month = next(h for h in month_links if re.fullmatch(r"/articles/\d{4}/\d{1,2}/", h))
    page.locator(f"main a[href='{month}']").first.click()
    shots(page, "month")
    rows = page.locator(".row")
    assert rows.count() > 0
    with_speaker = rows.filter(has=page.locator(".speaker-link")).first
    title = with_speaker.locator(".row__title a").inner_text()
    with_speaker.locator(".row__title a").click()
    assert page.locator("h1").inner_text().strip() == title.strip()
    shots(page, "article")
    speaker_link = page.locator(".statement-list a[href^='/orateurs/']").first
    name = speaker_link.inner_text().strip()
    speaker_link.click()
    assert page.locator("h1").inner_text().strip() == name
    assert page.locator("link[rel=alternate][type='application/atom+xml']").count() == 1
    shots(page, "speaker")

    # Search within the speaker's statements: the search page, in statements mode, for them.
    page.locator("#within-q").fill("accord")
    page.locator(".within__search button").click()
    params = query(page)
    assert params["mode"] == ["statements"] and params["speaker"]
    assert page.locator(".active-filters").inner_text().count(name) == 1
    shots(page, "search-within")


def test_search_statements_filter_by_a_facet_and_export(page, site, shots):
    page.goto(site + "/search/?q=accord")
    assert page.locator("form[role=search]").count() == 1  # one search form, not two
    shots(page, "articles")
    # Mode, sort and dates apply as soon as they change (static/js/search.js).
    with page.expect_navigation():
        page.locator("input[name=mode][value=statements]").check()
    assert query(page)["mode"] == ["statements"]
    assert page.locator(".result--statement").count() > 0
    shots(page, "statements")

    facet = page.locator("#facet-speaker").locator("xpath=..").locator("li a").first
    speaker = facet.inner_text().strip()
    with page.expect_navigation():
        facet.click()
    assert query(page)["speaker"]
    quoted = page.locator(".result--statement .meta a[href^='/orateurs/']").all_inner_texts()
    assert quoted and set(quoted) == {speaker}
    shots(page, "facet")

    with page.expect_navigation():
        page.locator("select[name=sort]").select_option("date")
    assert query(page)["sort"] == ["date"]
    dates = page.locator(".result--statement time").evaluate_all(
        "times => times.map(t => t.getAttribute('datetime'))"
    )
    assert dates == sorted(dates)
    shots(page, "sorted")

    year = dates[-1][:4]  # the latest year with a statement of this speaker
    page.locator("input[name=from]").fill(year)
    with page.expect_navigation():
        page.locator("input[name=from]").press("Tab")  # a date applies once left
    assert query(page)["from"] == [year]
    dates = page.locator(".result--statement time").evaluate_all(
        "times => times.map(t => t.getAttribute('datetime'))"
    )
    assert dates and all(d[:4] >= year for d in dates) and dates[0][:4] == year
    shots(page, "from-date")

    with page.expect_download() as download:
        page.locator(".search-exports a", has_text="CSV").click()
    rows = list(
        csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read()))
    )
    assert rows and {row["speaker"] for row in rows} == {speaker}
    assert len(rows) == int(re.match(r"\d+", page.locator("#results-heading").inner_text())[0])


def test_numbered_pages_reach_the_last_page(page, site, shots):
    page.goto(site + "/search/?mode=statements&language=fr")
    pages = page.locator(".search-results .pagination__pages")
    numbers = [int(n) for n in re.findall(r"\d+", pages.inner_text())]
    last = max(numbers)
    assert last > 5 and numbers[0] == 1 and "…" in pages.inner_text()
    pages.locator("a", has_text=re.compile(rf"^\D*{last}$")).click()
    current = page.locator(".pagination__current")
    assert current.inner_text().split()[-1] == str(last)
    assert page.locator(".search-results .pagination__pages a[rel=next]").count() == 0
    shots(page, "last-page")


def test_chart_is_readable_and_reachable_by_keyboard(page, site, shots):
    page.goto(site + "/search/?language=fr")
    labels = page.locator(".date-chart__label:visible")
    assert labels.count() > 1
    for size in labels.evaluate_all("ls => ls.map(l => parseFloat(getComputedStyle(l).fontSize))"):
        assert size >= 11
    page.locator(".search-exports a").last.focus()  # the last link before the side column
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.date-chart__bars')"):
            break
    else:
        pytest.fail("no chart bar is reachable with the Tab key")
    label = page.evaluate("document.activeElement.querySelector('.visually-hidden').textContent")
    assert re.fullmatch(r"\d{4} : \d+", label.strip())  # read out as "2019 : 17"
    count = page.locator(".date-chart__bars a:focus .date-chart__count")
    assert count.is_visible()  # the count shows on focus as on hover
    shots(page, "chart-focus", full_page=False)
    assert page.evaluate("!!document.activeElement.closest('.date-chart__bars')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert query(page)["year"] == [label.split()[0]]
    page.locator(".date-chart__table summary").click()
    assert page.locator(".date-chart__table table").is_visible()
    shots(page, "chart-table")


def test_speaker_list_filter_and_source_dates(page, site, shots):
    page.goto(site + "/orateurs/")
    everyone = page.locator("table.data tbody th a").all_inner_texts()
    first = everyone[0]
    part = first.split()[-1][:4].upper()  # a piece of the name, in other case
    page.locator("#name-filter").fill(part)
    page.locator(".name-filter button").click()
    names = page.locator("table.data tbody th a").all_inner_texts()
    assert first in names and len(names) < len(everyone)
    assert page.locator("#name-filter").input_value() == part
    shots(page, "speaker-filter")

    page.goto(site + "/sources/")
    sources = page.locator("main a[href^='/sources/']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    for source in sources:  # the first source with dated articles
        page.goto(site + source)
        before = page.locator(".row time").evaluate_all(
            "ts => ts.map(t => t.getAttribute('datetime').slice(0, 4))"
        )
        if before:
            break
    year = before[0]
    page.locator(".within__period input[name=from]").fill(year)
    page.locator(".within__period input[name=to]").fill(year)
    page.locator(".within__period button").click()
    after = page.locator(".row time").evaluate_all(
        "ts => ts.map(t => t.getAttribute('datetime').slice(0, 4))"
    )
    assert after and set(after) == {year}
    feed = page.locator(".within__links a", has_text="Atom").get_attribute("href")
    answer = page.request.get(site + feed)
    assert answer.ok and "atom" in answer.headers["content-type"]
    export = page.locator(".within__links a", has_text="JSON").get_attribute("href")
    assert f"from={year}" in export and "source=" in export
    shots(page, "source-dates")


def test_phone_search_shows_filters_first_and_fits(phone, site, shots):
    phone.goto(site + "/search/?q=accord")
    filters = phone.locator(".search-facets")
    results = phone.locator(".search-results")
    assert filters.bounding_box()["y"] < results.bounding_box()["y"]
    fold = phone.locator(".search-facets__fold")
    assert not fold.evaluate("d => d.open")  # folded on a phone, one tap away
    assert overflow(phone) <= 0
    shots(phone, "search")
    fold.locator("> summary").click()
    assert phone.locator(".facet").first.is_visible()
    labels = phone.locator(".date-chart__label:visible")
    assert labels.count() > 1
    sizes = labels.evaluate_all("ls => ls.map(l => parseFloat(getComputedStyle(l).fontSize))")
    assert min(sizes) >= 11
    assert overflow(phone) <= 0
    shots(phone, "filters-open")
    with phone.expect_navigation():
        phone.locator(".facet li a").first.click()
    assert overflow(phone) <= 0
    phone.set_viewport_size({"width": 1024, "height": 844})  # turned, or a tablet
    for _ in range(50):  # the width change reaches search.js on a later frame
        if fold.evaluate("d => d.open"):
            break
        phone.wait_for_timeout(100)
    assert fold.evaluate("d => d.open")
    phone.set_viewport_size({"width": PHONE, "height": 844})
    phone.goto(site + "/articles/")
    assert phone.viewport_size["width"] == PHONE and overflow(phone) <= 0
    shots(phone, "archive")


def test_switch_language_keeps_the_page_and_query(page, site, shots):
    page.goto(site + "/search/?language=fr&mode=statements&sort=date")
    assert page.evaluate("document.documentElement.lang") == "fr"
    before = page.url
    shots(page, "french")
    with page.expect_navigation():
        page.locator(".language-switch button[lang=en]").click()
    assert page.url == before  # same page, same search
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator(".site-nav a[href='/articles/']").inner_text() == "By date"
    status = page.locator(".search-results .pagination__status").inner_text()
    assert re.fullmatch(r"Page 1 of \d+", status)
    shots(page, "english")
    # The choice stays while browsing on, until switched back.
    page.locator(".site-nav a[href='/orateurs/']").click()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("label[for=name-filter]").inner_text() == "Name containing"
    shots(page, "english-speakers")
    with page.expect_navigation():
        page.locator(".language-switch button[lang=fr]").click()
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.locator("label[for=name-filter]").inner_text() == "Nom contenant"
