"""The portal's pages in real headless Chromium: axe-core finds no WCAG violations, the skip
link moves focus to the content, and the register table sorts from the keyboard."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from harness import assert_no_axe_violations


PAGES = [
    "/", "/projektai/", "/projektai/pasienio-bibliotekos/", "/projektai/registras/", "/finansavimas/atviri/",
    "/mokymai/dirbtinio-intelekto-pagrindai/", "/bibliotekos/pavb/", "/temos/", "/temos/skaitymo-skatinimas/",
    "/mokymai/", "/mokymai/artejantys/", "/finansavimas/krf-bibliotekos-2027/", "/apie/", "/prieinamumas/", "/404.html",
    # Issue #19's sections: the statistics overview and an indicator's comparison, the strategic
    # plan, a goal, the monitoring view, an annual plan and report, research with a survey's
    # charts, methodical help with its contact block and a view of it.
    "/statistika/", "/statistika/apsilankymai/", "/planai/", "/planai/kompetencijos/", "/planai/stebesena/",
    "/planai/veiklos-planai/2026/", "/planai/ataskaitos/2025/", "/tyrimai/", "/tyrimai/mokymosi-poreikiu-tyrimas-2025/",
    "/metodine-pagalba/", "/metodine-pagalba/paraiskos-rengimas/", "/metodine-pagalba/duk/",
]



@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(site, browser, path):
    browser.get(site + path)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "lt"
    assert_no_axe_violations(browser)


def test_the_skip_link_is_first_and_moves_to_the_content(site, browser):
    browser.get(site + "/projektai/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    link = browser.switch_to.active_element
    assert link.text == "Pereiti prie turinio"
    link.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "turinys"


def test_the_register_sorts_by_a_column_from_the_keyboard(site, browser):
    browser.get(site + "/projektai/registras/")
    headers = browser.find_elements(By.CSS_SELECTOR, "table[data-sortable] th")
    budget = next(h for h in headers if "Bendra vertė" in h.text)
    button = budget.find_element(By.TAG_NAME, "button")
    button.send_keys(Keys.ENTER)
    assert budget.get_attribute("aria-sort") == "ascending"
    column = [h.text for h in headers].index(budget.text)
    values = [float(row.find_elements(By.TAG_NAME, "td")[column].get_attribute("data-sort") or 0)
              for row in browser.find_elements(By.CSS_SELECTOR, "table[data-sortable] tbody tr")]
    assert values == sorted(values) and len(values) >= 6
    button.send_keys(Keys.ENTER)
    assert budget.get_attribute("aria-sort") == "descending"


def test_the_menu_is_a_disclosure_on_a_phone_that_opens_without_javascript(site, browser):
    """Twelve menu items do not fit a phone's header: at 320 px the menu is a <details> whose
    summary opens it (no script involved); on a wide screen the list itself shows."""
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    try:
        browser.get(site + "/statistika/")
        summary = browser.find_element(By.CSS_SELECTOR, ".site-nav details > summary")
        links = browser.find_elements(By.CSS_SELECTOR, ".site-nav details a")
        assert summary.is_displayed() and summary.text == "Meniu"
        assert len(links) >= 10 and not any(a.is_displayed() for a in links)
        assert not any(a.is_displayed() for a in browser.find_elements(By.CSS_SELECTOR, ".site-nav .menu-wide a"))
        summary.send_keys(Keys.ENTER)
        assert all(a.is_displayed() for a in links)
        current = [a.text for a in links if a.get_attribute("aria-current") == "page"]
        assert current == ["Bibliotekos skaičiais"]
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
        assert not summary.is_displayed()
        assert all(a.is_displayed() for a in browser.find_elements(By.CSS_SELECTOR, ".site-nav .menu-wide a"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
