"""The charts' golden files (Tests/Fixtures/charts, written by ChartsTests) on one page with the
portal's stylesheet, in real headless Chromium: axe-core finds no WCAG violations with the data
tables closed and open, and at 320 CSS px nothing scrolls sideways and no label is smaller
than 12 px."""
import glob
import os
import shutil
import tempfile

import pytest
from selenium.webdriver.common.by import By

from harness import REPOSITORY, Server, assert_no_axe_violations

CHARTS = os.path.join(REPOSITORY, "Tests", "Fixtures", "charts")


@pytest.fixture(scope="module")
def chart_page():
    folder = tempfile.mkdtemp(prefix="zinynas-charts-")
    with open(os.path.join(REPOSITORY, "static", "css", "stilius.css"), encoding="utf-8") as f:
        css = f.read()
    figures = "".join(open(path, encoding="utf-8").read() for path in sorted(glob.glob(os.path.join(CHARTS, "*.html"))))
    page = ('<!doctype html><html lang="lt"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Diagramos</title>'
            '<link rel="stylesheet" href="stilius.css"></head><body><main class="wrap"><h1>Diagramos</h1>'
            + figures + '</main></body></html>')
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(folder, "stilius.css"), "w", encoding="utf-8") as f:
        f.write(css)
    with Server(folder) as server:
        yield server.url + "/index.html"
    shutil.rmtree(folder, ignore_errors=True)


def test_the_fixture_page_has_one_chart_of_each_kind(chart_page, browser):
    browser.get(chart_page)
    kinds = {f.get_attribute("class") for f in browser.find_elements(By.CSS_SELECTOR, "figure.chart")}
    assert {"chart chart-" + k for k in ["line", "bar", "grouped_bar", "stacked_bar", "progress"]} <= kinds


@pytest.mark.parametrize("tables_open", [False, True])
def test_axe_finds_no_violations_in_charts(chart_page, browser, tables_open):
    browser.set_window_size(1280, 1000)
    browser.get(chart_page)
    if tables_open:
        browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert_no_axe_violations(browser)


def test_charts_reflow_at_320_css_px_with_legible_text(chart_page, browser):
    browser.set_window_size(320, 900)
    try:
        browser.get(chart_page)
        inner = browser.execute_script("return document.documentElement.clientWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= inner
        sizes = browser.execute_script(
            "return [...document.querySelectorAll('.chart-svg text')]"
            ".filter(t => getComputedStyle(t).display !== 'none')"
            ".map(t => t.getBoundingClientRect().height)")
        assert sizes and min(sizes) >= 12
        # The line chart thins its eight year labels to four on a narrow screen.
        line = browser.find_element(By.CSS_SELECTOR, "figure.chart-line")
        shown = [t for t in line.find_elements(By.CSS_SELECTOR, "text.chart-category") if t.is_displayed()]
        assert len(shown) == 4
    finally:
        browser.set_window_size(1280, 1000)


def test_a_project_page_shows_its_indicators_as_progress_charts(site, browser):
    browser.set_window_size(1280, 1000)
    browser.get(site + "/projektai/bibliotekos-bendrystes-erdves/")
    figures = browser.find_elements(By.CSS_SELECTOR, ".indicators figure.chart-progress")
    assert len(figures) == 3
    captions = [f.find_element(By.TAG_NAME, "figcaption").text for f in figures]
    assert any("vykdoma pagal planą" in c for c in captions) and any("atsiliekama" in c for c in captions)
    assert_no_axe_violations(browser)


def test_the_indicator_view_lists_behind_schedule_first(site, browser):
    browser.set_window_size(1280, 1000)
    browser.get(site + "/projektai/rodikliai/")
    assert browser.find_element(By.CSS_SELECTOR, "figure.chart-bar svg[role=img]")
    states = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.indicator-register tbody tr td:last-child")]
    order = ["atsiliekama", "vykdoma pagal planą", "duomenų dar nėra", "pasiekta"]
    assert states and all(s in order for s in states)
    assert [order.index(s) for s in states] == sorted(order.index(s) for s in states)
    assert states[0] == "atsiliekama" and states[-1] == "pasiekta"
    assert_no_axe_violations(browser)
