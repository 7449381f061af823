"""Navigation of the built portal (issue #21): every page is at most two clicks from the home
page following only <a href> links, collection indexes link their views and feeds, the topics
index is in the menu, every page but the home page has a breadcrumb trail, and upcoming
trainings show their running and registration states."""
import os
import shutil
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

from harness import build_portal

# The search page is reached by the search form in every page's header, not by a link.
NOT_LINKED = {"/404.html", "/paieska/"}


class Page(HTMLParser):
    """The links of a page, and its breadcrumb trail's items."""

    def __init__(self):
        super().__init__()
        self.links, self.crumbs, self.menu = [], [], []
        self.trail = self.ordered = False
        self.navs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "nav":
            self.navs.append(a.get("aria-label"))
            if a.get("aria-label") == "Kelias":
                self.trail = True
        if tag == "ol" and self.trail:
            self.ordered = True
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
            if "Pagrindinis meniu" in self.navs:
                self.menu.append(a["href"])
        if self.trail and self.ordered and tag in ("a", "span"):
            self.crumbs.append((a.get("href"), a.get("aria-current")))

    def handle_endtag(self, tag):
        if tag == "nav" and self.navs:
            if self.navs.pop() == "Kelias":
                self.trail = False


def file_of(folder, path):
    """The output file a site path names, or None for other files and other sites."""
    if path.endswith("/"):
        path += "index.html"
    name = os.path.join(folder, path.lstrip("/"))
    return name if name.endswith(".html") and os.path.isfile(name) else None


def parse(folder, path):
    page = Page()
    with open(file_of(folder, path), encoding="utf-8") as f:
        page.feed(f.read())
    return page


def site_path(href, base):
    url, _ = urldefrag(href)
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not url:
        return None
    path = parts.path if parts.path.startswith("/") else os.path.normpath(os.path.join(os.path.dirname(base), parts.path))
    return path


def all_pages(folder):
    pages = set()
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                rel = "/" + os.path.relpath(os.path.join(root, name), folder)
                pages.add(rel[: -len("index.html")] if rel.endswith("/index.html") or rel == "/index.html" else rel)
    return pages


def walk(folder, depth=2):
    """Breadth-first from the home page: each reached page's path and its click count."""
    seen, queue = {"/": 0}, deque(["/"])
    while queue:
        path = queue.popleft()
        if seen[path] == depth:
            continue
        for href in parse(folder, path).links:
            target = site_path(href, path)
            if target and target not in seen and file_of(folder, target):
                seen[target] = seen[path] + 1
                queue.append(target)
    return seen


def test_every_page_is_at_most_two_clicks_from_the_home_page(portal):
    reached = walk(portal)
    missing = sorted(all_pages(portal) - set(reached) - NOT_LINKED)
    assert missing == [], "not reached in two clicks: %s" % missing
    assert len(reached) > 100


def test_with_short_pages_every_list_page_is_still_two_clicks_away(paged_site):
    """Three entries a page: each page of every list (collections, terms) is reached in two
    clicks, since a list of up to 9 pages links every one from its first. (The entries on
    pages 2..N are a click further, unless a view, a term or a reference lists them.)"""
    folder = paged_site[1]
    pages = {p for p in all_pages(folder) if "/puslapis/" in p}
    assert len(pages) >= 10
    assert sorted(pages - set(walk(folder))) == []


def test_every_page_but_the_home_page_has_a_breadcrumb_trail(portal):
    for path in sorted(all_pages(portal) - {"/"}):
        crumbs = parse(portal, path).crumbs
        assert crumbs, "%s has no breadcrumb trail" % path
        assert crumbs[0] == ("/", None), path
        assert crumbs[-1] == (None, "page"), path
        assert all(href for href, _ in crumbs[:-1]), path


def test_collection_indexes_link_their_views_feeds_and_calendars(portal):
    expected = {
        "/projektai/": ["/projektai/registras/", "/projektai/atom.xml"],
        "/mokymai/": ["/mokymai/artejantys/", "/mokymai/naujiems-darbuotojams/", "/mokymai/atom.xml", "/mokymai.ics"],
        "/finansavimas/": ["/finansavimas/atviri/", "/finansavimas/atom.xml", "/terminai.ics"],
    }
    for index, links in expected.items():
        found = parse(portal, index).links
        assert [link for link in links if link not in found] == [], index


def test_the_topics_index_is_in_the_menu_and_lists_every_topic(portal):
    assert "/temos/" in parse(portal, "/").menu
    topics = {p for p in all_pages(portal) if p.startswith("/temos/") and p != "/temos/"}
    assert topics and topics <= set(parse(portal, "/temos/").links)


def test_home_sections_link_their_whole_lists_beyond_the_heading(portal):
    with open(file_of(portal, "/"), encoding="utf-8") as f:
        home = f.read()
    for view in ["/finansavimas/atviri/", "/mokymai/artejantys/"]:
        assert '<p class="more-link"><a href="%s">' % view in home, view


def test_upcoming_trainings_say_running_and_registration_closed():
    """Built a week later: the AI training's first session is past, its second ahead, and its
    registration deadline past; the list and the entry page say so."""
    folder = build_portal(now="2026-12-05")
    try:
        for path in ["/mokymai/artejantys/", "/mokymai/dirbtinio-intelekto-pagrindai/"]:
            with open(file_of(folder, path), encoding="utf-8") as f:
                html = f.read()
            assert '<span class="status status-open">Vyksta</span>' in html, path
            assert '<span class="status status-closed">Registracija baigėsi</span>' in html, path
        with open(file_of(folder, "/mokymai/artejantys/"), encoding="utf-8") as f:
            assert "registracija iki <time" in f.read()  # the later trainings' deadlines
    finally:
        shutil.rmtree(os.path.dirname(folder), ignore_errors=True)


def test_a_strategic_goal_lists_the_work_that_serves_it(portal):
    """Issue #19: projects, trainings, research and annual plans name the goal they serve, and
    the goal's page lists them (back-references) with a link to the plan's monitoring."""
    links = parse(portal, "/planai/kompetencijos/").links
    for path in ["/projektai/bibliotekininku-mobilumas-2027/", "/mokymai/dirbtinio-intelekto-pagrindai/",
                 "/tyrimai/mokymosi-poreikiu-tyrimas-2025/", "/planai/veiklos-planai/2026/", "/planai/stebesena/"]:
        assert path in links, path
    assert "/mokymosi-poreikiai/dirbtinis-intelektas/" in parse(portal, "/mokymai/dirbtinio-intelekto-pagrindai/").links


def test_every_collection_index_and_the_home_page_point_to_methodical_help(portal):
    """Issue #19: besides the menu, the home page and every collection's index say where to ask."""
    for path in ["/", "/bibliotekos/", "/gerosios-patirtys/", "/finansavimas/", "/projektai/", "/mokymai/", "/statistika/",
                 "/planai/", "/planai/veiklos-planai/", "/planai/ataskaitos/", "/tyrimai/"]:
        with open(file_of(portal, path), encoding="utf-8") as f:
            main = f.read().split("<main", 1)[1]
        assert '<a href="/metodine-pagalba/">Metodinė pagalba</a>' in main, path
