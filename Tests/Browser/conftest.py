"""Fixtures shared by the browser tests: the portal built once and served on 127.0.0.1,
and one headless Chromium."""
import shutil

import pytest

from harness import Server, build_portal, chromium


@pytest.fixture(scope="session")
def site():
    folder = build_portal()
    with Server(folder) as server:
        yield server.url
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()
