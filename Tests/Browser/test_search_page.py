"""The search page in real headless Chromium: typing, results, facets, history, keyboard, axe."""
import re
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from harness import assert_no_axe_violations

# Null-safe: right after Enter in the header box the previous page may still be current,
# and it has no search root.
SEARCH_DATASET = "const root = document.querySelector('[data-search-index]'); return root ? Object.assign({}, root.dataset) : {};"


def search_dataset(browser):
    return browser.execute_script(SEARCH_DATASET)


def wait_shown(browser, search):
    WebDriverWait(browser, 20).until(lambda d: search_dataset(d).get("shown") == search)


def status(browser):
    return browser.find_element(By.CSS_SELECTOR, "[role=status]").text


def results(browser):
    return browser.find_elements(By.CSS_SELECTOR, ".results li")


def test_without_javascript_the_page_explains_and_links_to_collections(site):
    html = urllib.request.urlopen(site + "/paieska/").read().decode()
    assert "Paieška veikia tik naršyklėje, kurioje įjungtas JavaScript" in html
    assert 'href="/projektai/"' in html and 'data-ui hidden' in html


def test_header_search_types_a_query_and_shows_results(site, browser):
    browser.get(site + "/")
    box = browser.find_element(By.ID, "paieska-q")
    box.send_keys("bibliotekose", Keys.ENTER)
    wait_shown(browser, "?q=bibliotekose")
    assert re.fullmatch(r"\d+ rezultat(as|ai|ų)", status(browser))
    assert len(results(browser)) == 10
    first = results(browser)[0]
    assert first.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("href").startswith(site + "/")
    assert browser.find_elements(By.CSS_SELECTOR, ".results mark")


def test_typing_on_the_page_updates_results_and_the_url(site, browser):
    browser.get(site + "/paieska/")
    WebDriverWait(browser, 20).until(lambda d: "ready" in search_dataset(d))
    box = browser.find_element(By.ID, "paieskos-zodziai")
    box.send_keys("skaitymo skatin")
    wait_shown(browser, "?q=skaitymo+skatin")
    assert browser.current_url.endswith("?q=skaitymo+skatin")
    assert results(browser)
    box.clear()
    box.send_keys("xyzzyq", Keys.ENTER)
    wait_shown(browser, "?q=xyzzyq")
    assert status(browser) == "Nerasta rezultatų"
    assert not results(browser)


def counts(browser):
    return {b.get_attribute("id"): b.text for b in browser.find_elements(By.CSS_SELECTOR, "[data-facets] label")
            if b.is_displayed()}


def test_ticking_a_facet_narrows_results_and_counts_and_back_undoes_it(site, browser):
    browser.get(site + "/paieska/?q=biblioteka")
    wait_shown(browser, "?q=biblioteka")
    before, total = counts(browser), status(browser)
    # The first collection that holds only part of the results; ticked with the keyboard.
    boxes = browser.find_elements(By.CSS_SELECTOR, "[data-facets] fieldset:first-child input")
    box = next(b for b in boxes if b.is_displayed())
    label = browser.find_element(By.CSS_SELECTOR, "label[for='%s']" % box.get_attribute("id")).text
    expected = re.search(r"\((\d+)\)", label).group(1)
    box.send_keys(Keys.SPACE)
    WebDriverWait(browser, 20).until(lambda d: status(d) != total)
    assert status(browser).startswith(expected + " ")
    assert counts(browser) != before
    assert "skiltis=" in browser.current_url
    browser.back()
    WebDriverWait(browser, 20).until(lambda d: status(d) == total)
    assert not box.is_selected()


def test_sorting_by_date_orders_results_newest_first(site, browser):
    browser.get(site + "/paieska/?q=biblioteka&rikiuoti=data")
    wait_shown(browser, "?q=biblioteka&rikiuoti=data")
    dates = [t.get_attribute("datetime") for t in browser.find_elements(By.CSS_SELECTOR, ".results time")]
    assert dates and dates == sorted(dates, reverse=True)


def test_one_result_is_announced_in_the_singular(site, browser):
    browser.get(site + "/paieska/?q=Klaip%C4%97dos")
    wait_shown(browser, "?q=Klaip%C4%97dos")
    assert status(browser) == "1 rezultatas"


def test_axe_finds_no_violations_on_the_search_page(site, browser):
    for url, shown in [("/paieska/?q=biblioteka", "?q=biblioteka"), ("/paieska/", "")]:
        browser.get(site + url)
        wait_shown(browser, shown)
        assert_no_axe_violations(browser)


def test_a_word_only_inside_a_pdf_finds_its_entry_with_the_attachment_link(site, browser):
    # "vejarastis" is on page 2 of the final report of a project, and nowhere in the content.
    browser.get(site + "/paieska/?q=vejarastis")
    wait_shown(browser, "?q=vejarastis")
    assert status(browser) == "1 rezultatas"
    (result,) = results(browser)
    assert result.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("href") == site + "/projektai/skaitmenines-kavines-senjorams/"
    found = result.find_element(By.CSS_SELECTOR, ".found-in")
    assert found.text == "Rasta priede Projekto „Skaitmeninės kavinės senjorams“ galutinė ataskaita (2 psl.)"
    link = found.find_element(By.CSS_SELECTOR, "a")
    assert link.get_attribute("href") == site + "/dokumentai/skaitmenines-kavines-senjorams-galutine-ataskaita.pdf#page=2"
    assert link.find_element(By.CSS_SELECTOR, "em").text.startswith("Projekto")
    pdf = urllib.request.urlopen(site + "/dokumentai/skaitmenines-kavines-senjorams-galutine-ataskaita.pdf").read()
    assert pdf.startswith(b"%PDF-")


def test_a_word_deep_in_an_entry_shows_its_sentence_with_the_word_marked(site, browser):
    # "pagalbos" is in the last paragraph of the introductory course, far past its lead.
    browser.get(site + "/paieska/?q=pagalbos")
    wait_shown(browser, "?q=pagalbos")
    # Methodical help ("Metodinė pagalba") ranks first; the course is among the results shown.
    course = site + "/mokymai/ivadiniai-kursai-naujiems-darbuotojams/"
    found = [r for r in results(browser) if r.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("href") == course]
    assert found, "the course is among the results"
    excerpt = found[0].find_element(By.CSS_SELECTOR, ".excerpt")
    assert excerpt.text.startswith("… Kur ieškoti pagalbos:")
    assert [m.text for m in excerpt.find_elements(By.CSS_SELECTOR, "mark")] == ["pagalbos"]


def test_a_misspelt_query_suggests_a_word_that_finds_results(site, browser):
    browser.get(site + "/paieska/?q=mokimaii")
    wait_shown(browser, "?q=mokimaii")
    assert status(browser) == "Nerasta rezultatų"
    suggestion = browser.find_element(By.XPATH, "//p[starts-with(., 'Gal turėjote omenyje:')]")
    assert suggestion.is_displayed() and suggestion.text == "Gal turėjote omenyje: mokymai?"
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "[data-ui] ul a") if a.is_displayed()]
    assert site + "/mokymai/" in links and site + "/finansavimas/" in links
    assert_no_axe_violations(browser)
    suggestion.find_element(By.CSS_SELECTOR, "button").click()
    wait_shown(browser, "?q=mokymai")
    assert re.fullmatch(r"\d+ rezultat(as|ai|ų)", status(browser)) and results(browser)
    assert not suggestion.is_displayed()
