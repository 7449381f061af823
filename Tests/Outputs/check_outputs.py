#!/usr/bin/env python3
"""Validates a built site's machine-readable outputs with real parsers.

    check_outputs.py OUTPUT_FOLDER EXPECTATIONS.json

icalendar reads every .ics file (and the zone rules of our VTIMEZONE are compared with the
IANA database), feedparser every feed, xmllint checks sitemap.xml against the sitemap 0.9
XSD, json the JSON-LD of every entry page, the JSON API and exports, csv the spreadsheets.
Prints one line per failure and a final PASS/FAIL line; exits 1 on any failure.
"""

import csv
import datetime
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import icalendar

XSD = Path(__file__).resolve().parent.parent / "Fixtures" / "schemas" / "sitemap-0.9.xsd"


class Checker:
    def __init__(self, root, expect):
        self.root = Path(root)
        self.expect = expect
        self.base = expect["base_url"]
        self.zone = expect.get("time_zone", "Europe/Vilnius")
        self.passed = 0
        self.failures = []

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
        return condition

    def path_of(self, url):
        """The output file serving an absolute URL of the site."""
        relative = url[len(self.base):] if url.startswith(self.base) else url.lstrip("/")
        return self.root / (relative + "index.html" if relative == "" or relative.endswith("/") else relative)

    # -- iCalendar -------------------------------------------------------------------------

    def calendars(self):
        files = sorted(self.root.rglob("*.ics"))
        self.check(files, "no .ics files were written")
        subscribed = self.expect.get("calendars", {})
        for name in subscribed:
            self.check((self.root / name).exists(), f"{name}: missing")
        for path in files:
            self.calendar(path, subscribed.get(str(path.relative_to(self.root))))
        for name, events in self.expect.get("events", {}).items():
            self.expected_events(self.root / name, events)

    def calendar(self, path, settings):
        name = path.relative_to(self.root)
        raw = path.read_bytes()
        lines = raw.split(b"\r\n")
        self.check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{name}: lines must end in CRLF")
        self.check(all(len(line) <= 75 for line in lines), f"{name}: a line is longer than 75 octets")
        try:
            for line in lines:
                line.decode("utf-8")  # a fold inside a multi-byte character fails here
            self.passed += 1
        except UnicodeDecodeError:
            self.failures.append(f"{name}: a folded line splits a UTF-8 character")
        try:
            cal = icalendar.Calendar.from_ical(raw)
        except Exception as error:  # noqa: BLE001 - any parser error is a failure
            self.failures.append(f"{name}: icalendar cannot parse it: {error}")
            return
        self.check(str(cal.get("VERSION")) == "2.0" and cal.get("PRODID"), f"{name}: VERSION 2.0 and PRODID")
        if settings is not None:
            self.check(cal.get("NAME") and cal.get("X-WR-CALNAME"), f"{name}: RFC 7986 NAME")
            self.check(cal.get("REFRESH-INTERVAL") is not None, f"{name}: REFRESH-INTERVAL")
        zones = {str(tz["TZID"]): tz for tz in cal.walk("VTIMEZONE")}
        # Our VTIMEZONE's own rules, not the system's copy of the zone named by TZID.
        ours = zones[self.zone].to_tz(lookup_tzid=False) if self.zone in zones else None
        iana = ZoneInfo(self.zone)
        uids = set()
        events = cal.walk("VEVENT")
        self.check(events, f"{name}: no events")
        for event in events:
            uid = str(event.get("UID", ""))
            self.check(uid and uid not in uids, f"{name}: UID {uid!r} missing or repeated")
            uids.add(uid)
            stamp = event.decoded("DTSTAMP")
            self.check(isinstance(stamp, datetime.datetime) and stamp.utcoffset() == datetime.timedelta(0),
                       f"{name} {uid}: DTSTAMP must be UTC")
            self.check(event.get("SUMMARY"), f"{name} {uid}: SUMMARY")
            self.check(str(event.get("URL", "")).startswith(self.base), f"{name} {uid}: URL must be absolute")
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            if isinstance(start, datetime.datetime):
                for key, value in (("DTSTART", start), ("DTEND", end)):
                    tzid = event[key].params.get("TZID")
                    if tzid is None:
                        self.check(value.utcoffset() == datetime.timedelta(0), f"{name} {uid}: {key} without TZID must be UTC")
                        continue
                    self.check(tzid == self.zone, f"{name} {uid}: {key} TZID {tzid} is not {self.zone}")
                    wall = value.replace(tzinfo=None)
                    self.check(ours is not None and ours.utcoffset(wall) == iana.utcoffset(wall) == value.utcoffset(),
                               f"{name} {uid}: {key} {wall} has the wrong offset under our VTIMEZONE")
                self.check(end >= start, f"{name} {uid}: DTEND before DTSTART")
            else:
                self.check(isinstance(end, datetime.date) and end > start, f"{name} {uid}: all-day DTEND must be after DTSTART")
            alarm_days = (settings or {}).get("alarm_days")
            if alarm_days:
                triggers = [a.decoded("TRIGGER") for a in event.walk("VALARM")]
                self.check(triggers == [-datetime.timedelta(days=alarm_days)], f"{name} {uid}: VALARM {alarm_days} days before")

    def expected_events(self, path, expected):
        """Events of the fixture with the times a person worked out by hand."""
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        found = {str(e["UID"]): e for e in cal.walk("VEVENT")}
        for uid, times in expected.items():
            event = found.get(uid)
            if not self.check(event is not None, f"{path.name}: missing event {uid}"):
                continue
            for key in ("DTSTART", "DTEND"):
                actual = event.decoded(key).isoformat()
                self.check(actual == times[key], f"{path.name} {uid}: {key} is {actual}, expected {times[key]}")

    # -- Atom ------------------------------------------------------------------------------

    def feeds(self):
        limit = self.expect.get("feed_limit", 50)
        for name in self.expect.get("feeds", []):
            path = self.root / name
            if not self.check(path.exists(), f"{name}: missing"):
                continue
            feed = feedparser.parse(path.read_bytes())
            self.check(not feed.bozo, f"{name}: feedparser reports {feed.get('bozo_exception')!r}")
            self.check(feed.version == "atom10", f"{name}: not Atom 1.0 ({feed.version})")
            self.check(feed.feed.get("id", "").startswith(self.base), f"{name}: feed id must be an absolute URL")
            self.check(feed.feed.get("updated_parsed") is not None, f"{name}: feed updated")
            self.check(0 < len(feed.entries) <= limit, f"{name}: {len(feed.entries)} entries, limit {limit}")
            times = []
            for entry in feed.entries:
                self.check(entry.get("id", "").startswith(self.base) and entry.get("link", "").startswith(self.base),
                           f"{name}: entry id and link must be absolute ({entry.get('id')})")
                if self.check(entry.get("updated_parsed") is not None, f"{name}: entry {entry.get('id')} has no valid updated"):
                    times.append(datetime.datetime.fromisoformat(entry.updated))
            self.check(times == sorted(times, reverse=True), f"{name}: entries must be newest first")

    # -- Sitemap and robots.txt ------------------------------------------------------------

    def sitemap(self):
        path = self.root / "sitemap.xml"
        result = subprocess.run(["xmllint", "--noout", "--schema", str(XSD), str(path)], capture_output=True, text=True)
        self.check(result.returncode == 0, f"sitemap.xml: xmllint --schema: {result.stderr.strip()}")
        locs = re.findall(r"<loc>([^<]*)</loc>", path.read_text(encoding="utf-8"))
        pages = [p for p in self.root.rglob("*.html") if p.name != "404.html"]
        self.check(len(locs) == len(pages), f"sitemap.xml: {len(locs)} URLs for {len(pages)} pages")
        self.check(all(self.path_of(loc).exists() for loc in locs), "sitemap.xml: a URL has no page")
        robots = (self.root / "robots.txt").read_text(encoding="utf-8")
        self.check(f"Sitemap: {self.base}sitemap.xml" in robots, "robots.txt must point at sitemap.xml")
        self.locs = set(locs)

    # -- JSON API, JSON-LD and page metadata -----------------------------------------------

    def api(self):
        self.entries = {}
        for collection in self.expect["jsonld"]:
            path = self.root / self.expect["api"] / f"{collection}.json"
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["entries"]
            self.check(data["count"] == len(entries) > 0, f"{path.name}: count {data['count']} for {len(entries)} entries")
            self.check(all(e["url"] in self.locs for e in entries), f"{path.name}: an entry URL is not in the sitemap")
            self.entries[collection] = entries

    def jsonld(self):
        for collection, wanted in self.expect["jsonld"].items():
            for entry in self.entries.get(collection, []):
                page = self.path_of(entry["url"])
                meta = PageMeta.read(page)
                if not self.check(len(meta.scripts) == 1, f"{page}: one JSON-LD script, found {len(meta.scripts)}"):
                    continue
                try:
                    data = json.loads(meta.scripts[0])
                except json.JSONDecodeError as error:
                    self.failures.append(f"{page}: JSON-LD does not parse: {error}")
                    continue
                self.check(data.get("@context") == "https://schema.org", f"{page}: @context")
                self.check(data.get("@type") == wanted["type"], f"{page}: @type {data.get('@type')}, expected {wanted['type']}")
                for prop in wanted["required"]:
                    self.check(present(data, prop.split(".")), f"{page}: JSON-LD lacks {prop}")
        for page in sorted(self.root.rglob("*.html")):
            meta = PageMeta.read(page)
            for name in ("description", "og:title", "og:url", "og:description", "og:type", "canonical"):
                self.check(meta.values.get(name), f"{page.relative_to(self.root)}: no {name}")

    # -- Register exports ------------------------------------------------------------------

    def exports(self):
        for collection, files in self.expect.get("exports", {}).items():
            titles = [e["title"] for e in self.entries[collection]]
            raw = (self.root / files["csv"]).read_bytes()
            self.check(raw.startswith(b"\xef\xbb\xbf"), f"{files['csv']}: no UTF-8 byte order mark")
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
            header, body = rows[0], rows[1:]
            self.check(len(body) == len(titles), f"{files['csv']}: {len(body)} rows for {len(titles)} entries")
            self.check(all(len(r) == len(header) for r in body), f"{files['csv']}: rows of unequal length")
            self.check(header[-1] == "Nuoroda" and all(r[-1].startswith(self.base) for r in body), f"{files['csv']}: URL column")
            title = header.index(files.get("title_label", "Pavadinimas"))
            self.check(sorted(r[title] for r in body) == sorted(titles), f"{files['csv']}: titles do not round-trip")
            self.check(any(re.search("[ąčęėįšųūžĄČĘĖĮŠŲŪŽ]", r[title]) for r in body),
                       f"{files['csv']}: no Lithuanian letters to round-trip")
            if "json" in files:
                data = json.loads((self.root / files["json"]).read_text(encoding="utf-8"))
                self.check([r["title"] for r in data["rows"]] == [r[title] for r in body],
                           f"{files['json']}: rows differ from the CSV")
            for cell in files.get("cells", []):
                row = body[cell["row"]]
                actual = row[header.index(cell["column"])]
                self.check(actual == cell["value"], f"{files['csv']}: row {cell['row']} {cell['column']} is {actual!r}")

    # -- Datasets' exports -------------------------------------------------------------------

    def datasets(self):
        for name, files in self.expect.get("datasets", {}).items():
            raw = (self.root / files["csv"]).read_bytes()
            self.check(raw.startswith(b"\xef\xbb\xbf"), f"{files['csv']}: no UTF-8 byte order mark")
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
            header, body = rows[0], rows[1:]
            data = json.loads((self.root / files["json"]).read_text(encoding="utf-8"))
            self.check(data["name"] == name, f"{files['json']}: name {data['name']!r}")
            self.check(header == [c["name"] for c in data["columns"]], f"{files['csv']}: header differs from the JSON's columns")
            self.check(len(body) == len(data["rows"]) == files["rows"], f"{files['csv']}: {len(body)} rows, JSON {len(data['rows'])}")
            for row, record in zip(body, data["rows"]):
                as_text = ["" if record[c] is None else str(record[c]).replace(".", ",") for c in header]
                self.check(row == as_text, f"{files['csv']}: row {row} differs from the JSON's {record}")
            for ref in files.get("refs", []):
                slugs = {r[ref["column"]] for r in data["rows"]}
                for slug in slugs:
                    page = self.root / ref["pages"] / slug / "index.html"
                    self.check(page.exists(), f"{files['json']}: {ref['column']} {slug!r} names no page")

    def totals(self):
        """Figures a dataset holds as sums of another's (the engine adds nothing up): each of
        `columns` of `dataset`, by its `by` column, equals the sum of the `of` dataset's rows."""
        for check in self.expect.get("totals", []):
            def rows(name):
                return json.loads((self.root / self.expect["datasets"][name]["json"]).read_text(encoding="utf-8"))["rows"]
            sums = {}
            for row in rows(check["of"]):
                for column in check["columns"]:
                    key = (row[check["by"]], column)
                    sums[key] = sums.get(key, 0) + (row[column] or 0)
            totals = rows(check["dataset"])
            self.check(len(totals) == len({row[check["by"]] for row in rows(check["of"])}),
                       f"{check['dataset']}: not one row per {check['by']} of {check['of']}")
            for row in totals:
                for column in check["columns"]:
                    want = sums.get((row[check["by"]], column))
                    self.check(row[column] == want,
                               f"{check['dataset']}: {column} of {row[check['by']]} is {row[column]}, the sum of {check['of']} is {want}")

    def run(self):
        self.locs, self.entries = set(), {}
        for section in (self.calendars, self.feeds, self.sitemap, self.api, self.jsonld, self.exports, self.datasets, self.totals):
            try:
                section()
            except Exception as error:  # noqa: BLE001 - a broken output must fail, not crash the run
                self.failures.append(f"{section.__name__}: {type(error).__name__}: {error}")
        return not self.failures


def present(value, path):
    """Whether every value (through lists) at a dotted path is there and not empty."""
    if isinstance(value, list):
        return bool(value) and all(present(v, path) for v in value)
    if not path:
        return value not in (None, "", [], {})
    return isinstance(value, dict) and path[0] in value and present(value[path[0]], path[1:])


class PageMeta(HTMLParser):
    """The head metadata and JSON-LD scripts of one HTML page."""

    def __init__(self):
        super().__init__()
        self.values, self.scripts, self._in_script = {}, [], False

    @classmethod
    def read(cls, path):
        parser = cls()
        parser.feed(path.read_text(encoding="utf-8"))
        return parser

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.values[a.get("name") or a.get("property")] = a.get("content")
        elif tag == "link" and a.get("rel") == "canonical":
            self.values["canonical"] = a.get("href")
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    checker = Checker(sys.argv[1], json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    ok = checker.run()
    for failure in checker.failures:
        print(f"FAIL: {failure}")
    total = checker.passed + len(checker.failures)
    label = Path(sys.argv[2]).stem
    if ok:
        print(f"outputs ({label}): PASS, {total} checks")
    else:
        print(f"outputs ({label}): FAIL, {len(checker.failures)} of {total} checks")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
