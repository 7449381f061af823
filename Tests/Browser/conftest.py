"""Fixtures shared by the browser tests: the portal built once and served on 127.0.0.1,
and one headless Chromium."""
import shutil

import pytest

from harness import Server, build_portal, chromium


@pytest.fixture(scope="session")
def portal():
    """The built portal's output folder."""
    folder = build_portal()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def site(portal):
    with Server(portal) as server:
        yield server.url


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()
