"""Fixtures shared by the browser tests: the portal built once and served on 127.0.0.1,
and one headless Chromium."""
import os
import shutil
import tempfile

import pytest

from harness import REPOSITORY, Server, build_portal, chromium


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


@pytest.fixture(scope="session")
def paged_site():
    """The portal with three entries a page, so that its lists have pages 2..N: its URL and folder."""
    copy = tempfile.mkdtemp(prefix="zinynas-paged-")
    for name in ["content", "layouts", "static"]:
        shutil.copytree(os.path.join(REPOSITORY, name), os.path.join(copy, name))
    with open(os.path.join(REPOSITORY, "site.yml"), encoding="utf-8") as f:
        config = f.read().replace("page_size: 20", "page_size: 3")
    with open(os.path.join(copy, "site.yml"), "w", encoding="utf-8") as f:
        f.write(config)
    folder = build_portal(site=copy)
    with Server(folder) as server:
        yield server.url, folder
    shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(os.path.dirname(folder), ignore_errors=True)
