"""Reflow (WCAG 2.1 1.4.10, which axe-core does not test): no page kind scrolls sideways at
320 or 1280 CSS px; wide tables scroll inside their own labelled, focusable region; ids, dates
and amounts do not break inside themselves; the search page on a phone shows its count and
first result without scrolling, with the filters in a disclosure that counts the chosen ones;
print fits A4 portrait, the register on a landscape page."""
import base64
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from harness import assert_no_axe_violations


# One page of every kind.
PAGES = [
    "/",  # home
    "/projektai/",  # collection index
    "/projektai/pasienio-bibliotekos/",  # entry with a nested table (indicators)
    "/finansavimas/krf-bibliotekos-2027/",  # entry with deadlines and attachments
    "/mokymai/dirbtinio-intelekto-pagrindai/",  # entry with sessions
    "/bibliotekos/pavb/",  # entry with back-references
    "/gerosios-patirtys/kalbu-kavines-oslo/",  # entry with results and photos
    "/temos/",  # topics index
    "/temos/skaitymo-skatinimas/",  # term page
    "/projektai/registras/",  # view: the register table
    "/finansavimas/atviri/",  # view: open calls
    "/mokymai/artejantys/",  # view: upcoming trainings (calendar-ish)
    "/paieska/?q=biblioteka",  # search page with results
    "/apie/", "/prieinamumas/",  # about pages
    "/404.html",
    "/statistika/",  # the region overview: number cards, charts, a wide dataset table
    "/statistika/isduotys/",  # an indicator's comparison charts
    "/planai/kompetencijos/",  # a goal: objectives table, indicator charts, back-references
    "/planai/stebesena/",  # view: every indicator of the strategic plan
    "/tyrimai/mokymosi-poreikiu-tyrimas-2025/",  # research with a survey chart and table
    "/metodine-pagalba/statistikos-ataskaita/",  # methodical help with its contact block
]

LINE_TOPS = """
const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT), tops = new Set();
for (let node; (node = walker.nextNode());) {
  const range = document.createRange();
  range.selectNodeContents(node);
  for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
}
return tops.size;
"""
OVERFLOW = "return [document.documentElement.scrollWidth, window.innerWidth];"


def viewport(browser, width, height=800):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


@pytest.fixture
def narrow(browser):
    yield lambda width, height=800: viewport(browser, width, height)
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def settle(browser, path):
    if path.startswith("/paieska/"):
        WebDriverWait(browser, 20).until(
            lambda d: d.execute_script("return document.querySelector('[data-search-index]').dataset.shown") is not None)


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_no_page_kind_scrolls_sideways(site, browser, narrow, path, width):
    narrow(width)
    browser.get(site + path)
    settle(browser, path)
    scroll, inner = browser.execute_script(OVERFLOW)
    assert inner == width
    assert scroll <= inner, "%s is %d px wide at %d px" % (path, scroll, width)


@pytest.mark.parametrize("width", [320, 1280])
def test_a_paginated_list_does_not_scroll_sideways(paged_site, browser, narrow, width):
    narrow(width)
    browser.get(paged_site[0] + "/bibliotekos/puslapis/2/")
    assert browser.find_elements(By.CSS_SELECTOR, "nav.pagination a[rel=prev]")
    scroll, inner = browser.execute_script(OVERFLOW)
    assert scroll <= inner


def test_wide_tables_scroll_in_a_labelled_focusable_region_with_a_hint(site, browser, narrow):
    narrow(320)
    # A project's indicators are charts now; a good practice's results are still a nested table
    # (narrow enough to fit, so only the register must scroll inside its region).
    for path, label, scrolls in [
        ("/gerosios-patirtys/seklu-biblioteka/", "Rezultatai", False),
        ("/projektai/registras/", "Projektų registro lentelė", True),
    ]:
        browser.get(site + path)
        region = browser.find_element(By.CSS_SELECTOR, "[role=region][tabindex='0']")
        assert region.get_attribute("aria-label") == label
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), path
        if scrolls:
            assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", region), path
        hint = browser.execute_script(
            "const r = arguments[0], h = document.querySelector('.scroll-hint');"
            "return h ? h.textContent : getComputedStyle(r, '::before').content;", region)
        assert "slink" in hint, path


def test_ids_dates_and_amounts_do_not_break_in_the_register(site, browser):
    browser.get(site + "/projektai/registras/")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.register tbody tr")
    assert len(rows) >= 6
    for row in rows:
        for cell in row.find_elements(By.CSS_SELECTOR, "td.nowrap"):
            # One line: the line boxes of the cell's text nodes all share one top.
            lines = browser.execute_script(LINE_TOPS, cell)
            assert lines == 1, cell.text
    headers = browser.find_elements(By.CSS_SELECTOR, "table.register th")
    nowrap = [h.text for h in headers if "nowrap" in (h.get_attribute("class") or "")]
    assert {"Registro Nr.", "Pradžia", "Pabaiga", "Bendra vertė", "Skirtas finansavimas"} <= set(nowrap)


def test_the_register_fits_a_desktop_screen_without_scrolling(site, browser, narrow):
    narrow(1280)
    browser.get(site + "/projektai/registras/")
    region = browser.find_element(By.CSS_SELECTOR, "[role=region]")
    assert browser.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", region)


def test_sortable_headers_are_buttons_and_the_sorted_one_says_so(site, browser):
    browser.get(site + "/projektai/registras/")
    headers = browser.find_elements(By.CSS_SELECTOR, "table.register th")
    assert all(h.find_elements(By.CSS_SELECTOR, "button.sort") for h in headers)
    assert headers[0].get_attribute("aria-sort") == "ascending"  # the view sorts by id
    marks = {browser.execute_script("return getComputedStyle(arguments[0], '::after').content", h.find_element(By.TAG_NAME, "button"))
             for h in headers}
    assert all(m not in ("none", "normal", "") for m in marks)


def test_the_search_page_on_a_phone_shows_results_first(site, browser, narrow):
    narrow(390, 800)
    browser.get(site + "/paieska/?q=biblioteka")
    settle(browser, "/paieska/")
    disclosure = browser.find_element(By.CSS_SELECTOR, "details.search-filters")
    assert disclosure.get_attribute("open") is None
    count = browser.find_element(By.CSS_SELECTOR, ".search-count")
    first = browser.find_element(By.CSS_SELECTOR, ".results li")
    top = lambda e: browser.execute_script("return arguments[0].getBoundingClientRect().top", e)
    assert 0 < top(count) < 800 and count.text
    assert 0 < top(first) < 800, "the first result starts at %d px" % top(first)
    summary = disclosure.find_element(By.TAG_NAME, "summary")
    assert summary.text == "Filtrai"
    summary.click()
    box = next(b for b in disclosure.find_elements(By.CSS_SELECTOR, "[data-facets] input") if b.is_displayed())
    box.click()
    WebDriverWait(browser, 20).until(lambda d: summary.text == "Filtrai (1)")


def test_the_search_filters_are_open_beside_the_results_on_a_wide_screen(site, browser):
    browser.get(site + "/paieska/?q=biblioteka")
    settle(browser, "/paieska/")
    assert browser.find_element(By.CSS_SELECTOR, "details.search-filters").get_attribute("open") is not None


# A4 portrait's width inside 15 mm margins, in CSS px: (210 - 30) mm at 96 px per inch.
A4_PORTRAIT_PX = 680


@pytest.mark.parametrize("path", [p for p in PAGES if not p.startswith("/paieska/")])
def test_print_fits_a4_portrait(site, browser, path):
    browser.get(site + path)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    viewport(browser, A4_PORTRAIT_PX, 1000)
    try:
        scroll = browser.execute_script("return document.documentElement.scrollWidth")
        assert scroll <= A4_PORTRAIT_PX, "%s prints %d px wide" % (path, scroll)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_the_register_prints_on_a_landscape_page(site, browser):
    browser.get(site + "/projektai/registras/")
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    sizes = {tuple(round(float(n)) for n in box.split()[2:]) for box in re.findall(rb"/MediaBox \[([^\]]*)\]", pdf)}
    assert (842, 595) in sizes, sizes  # A4 landscape, in points


@pytest.mark.parametrize("path", ["/projektai/registras/", "/projektai/pasienio-bibliotekos/", "/paieska/?q=biblioteka", "/mokymai/artejantys/",
                                  "/", "/statistika/", "/planai/stebesena/", "/metodine-pagalba/kaip-kreiptis/"])
def test_axe_finds_no_violations_on_a_phone(site, browser, narrow, path):
    narrow(320)
    browser.get(site + path)
    settle(browser, path)
    assert_no_axe_violations(browser)
