"""Headless Chromium (Debian's chromium + chromium-driver) against a built site served on
127.0.0.1; shared by the browser test and scripts/bench-search."""
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def build_portal(now="2026-11-28", site=REPOSITORY):
    """Builds the bundled portal (or the site at `site`) into a temporary folder and returns
    the output folder."""
    out = tempfile.mkdtemp(prefix="zinynas-browser-")
    zinynas = os.environ.get("ZINYNAS") or os.path.join(REPOSITORY, ".build/debug/zinynas")
    subprocess.run([zinynas, "build", "--site", site, "--output", os.path.join(out, "public"), "--now", now],
                   check=True, capture_output=True)
    return os.path.join(out, "public")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly and records (path, body bytes) of each, for byte counts."""

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        self.server.served.append((self.path, len(data)))


class Server:
    """A static server on a free loopback port, in a thread; stops with the context."""

    def __init__(self, folder):
        handler = functools.partial(QuietHandler, directory=folder)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.served = []
        self.url = "http://127.0.0.1:%d" % self.httpd.server_address[1]

    def take(self, prefix=""):
        """Body bytes served since the last call, of paths starting with `prefix`."""
        return sum(n for path, n in self.take_list() if path.startswith(prefix))

    def take_list(self):
        """(path, body bytes) served since the last call."""
        served, self.httpd.served = self.httpd.served, []
        return served

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def chromium():
    """Headless Chromium through Debian's chromedriver (no driver download)."""
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(arg)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(120)
    return driver


# Submits `query` on the search page and resolves to the milliseconds until the results are on
# screen; the page marks finished renders in data-shown.
TIME_QUERY = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
const root = document.querySelector('[data-search-index]');
const input = root.querySelector('input[name=q]');
const expected = '?' + new URLSearchParams({q: query});
const t0 = performance.now();
input.value = query;
root.querySelector('form').requestSubmit();
(function wait() {
  if (root.dataset.shown === expected) done(performance.now() - t0);
  else setTimeout(wait, 2);
})();
"""

# Pagefind's JS API: init (call first), then search and the data of the first five results,
# resolving to [milliseconds, result count].
INIT_PAGEFIND = """
const done = arguments[arguments.length - 1];
import('/pagefind/pagefind.js').then(async (p) => { window.__pagefind = p; await p.init(); done(true); });
"""
TIME_PAGEFIND = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const t0 = performance.now();
  const search = await window.__pagefind.search(query);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  done([performance.now() - t0, search.results.length]);
})().catch((e) => done([-1, String(e)]));
"""


def assert_no_axe_violations(browser):
    """axe-core on the page as it stands: no WCAG violation (the report names each)."""
    from axe_selenium_python import Axe  # only the browser tests have it, not the benchmarks
    axe = Axe(browser)
    axe.inject()
    violations = axe.run()["violations"]
    assert violations == [], axe.report(violations)
