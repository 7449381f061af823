"""Measures one corpus size for scripts/bench-search; `--table` writes docs/benchmarks.md."""
import gzip
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Tests", "Browser"))
from harness import INIT_PAGEFIND, REPOSITORY, TIME_PAGEFIND, TIME_QUERY, Server, chromium  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

QUERIES = 30
# Seconds Pagefind may take for one query before it counts as unanswered; past 20k entries it
# runs fewer queries, with a longer wait.
TIMEOUT, LARGE_TIMEOUT, LARGE_QUERIES = 20, 60, 3
COMMON = "biblioteka"  # in almost every generated entry
# Queries that take the general path (several terms): all postings, per-document facet data.
MULTI = ["biblioteka knyga", "projektas vaikas paroda", "bib", "Panevėžio projektas", "skaitytojų renginiai"]


def timed(command, **kwargs):
    """Runs under /usr/bin/time -v: (seconds, peak RSS in MB, output)."""
    out = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, **kwargs)
    if out.returncode:
        raise SystemExit(out.stdout + out.stderr)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1)) / 1024
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", out.stderr).group(1)
    seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
    return seconds, rss, out.stdout + out.stderr


def folder_bytes(folder):
    total = files = 0
    for base, _, names in os.walk(folder):
        for name in names:
            total += os.path.getsize(os.path.join(base, name))
            files += 1
    return total, files


def sample_queries(site, n, seed=7):
    """Words drawn from the entries' running text (so frequent words come up often)."""
    r = random.Random(seed)
    paths = sorted(os.path.join(b, f) for b, _, fs in os.walk(os.path.join(site, "content")) for f in fs if f.endswith(".md"))
    words = []
    while len(words) < n:
        text = open(r.choice(paths), encoding="utf-8").read().split("---", 2)[-1]
        tokens = [w for w in re.findall(r"[^\W\d_]{3,}", text)]
        if tokens:
            words.append(r.choice(tokens).lower())
    return words


def build(site, public, zinynas):
    """Index build time and memory, index sizes, and Pagefind's on the same site."""
    result = {}
    # Whole build with and without the search layout: the difference is the index's share.
    layout = os.path.join(site, "layouts/_default/search.mustache")
    shutil.copy(os.path.join(REPOSITORY, "layouts/_default/search.mustache"), layout)
    seconds, rss, log = timed([zinynas, "build", "--site", site, "--output", public, "--now", "2026-11-28"])
    result["search_s"] = parse_stage(log, "search")
    result["build_s"], result["build_rss"] = seconds, rss
    os.remove(layout)
    _, result["plain_rss"], _ = timed([zinynas, "build", "--site", site, "--output", public + "-plain", "--now", "2026-11-28"])
    shutil.rmtree(public + "-plain")
    shutil.copy(os.path.join(REPOSITORY, "layouts/_default/search.mustache"), layout)
    index_bytes, index_files = folder_bytes(os.path.join(public, "paieska"))
    result["bytes"], result["files"] = index_bytes, index_files
    # What a server that compresses (most do) would send before the first query.
    upfront = [os.path.join(public, "paieska", f) for f in os.listdir(os.path.join(public, "paieska")) if f.endswith(".js")]
    upfront += [os.path.join(public, "paieska/index", f) for f in os.listdir(os.path.join(public, "paieska/index")) if f.startswith("root-")]
    result["root_bytes"] = os.path.getsize(upfront[-1])
    result["before_gzip"] = sum(len(gzip.compress(open(f, "rb").read(), 9)) for f in upfront)

    pagefind = os.path.join(public, "pagefind")
    shutil.rmtree(pagefind, ignore_errors=True)
    result["pf_s"], result["pf_rss"], _ = timed([sys.executable, "-m", "pagefind_bin", "--site", public])
    result["pf_bytes"], result["pf_files"] = folder_bytes(pagefind)

    return result


def measure(bench, n):
    site, public = os.path.join(bench, "site-%d" % n), os.path.join(bench, "public-%d" % n)
    zinynas = os.environ["ZINYNAS"]
    result = {"n": n}
    saved = os.path.join(bench, "result-%d.json" % n)
    if os.environ.get("BENCH_REUSE") == "1" and os.path.exists(saved):
        # Pagefind's browser runs are slow at 100k: kept unless BENCH_PAGEFIND=1.
        keep = () if os.environ.get("BENCH_PAGEFIND") == "1" else ("pagefind",)
        result = {k: v for k, v in json.load(open(saved)).items() if k not in ("ours", "multi") and
                  (k != "pagefind" or k in keep)}
    else:
        result.update(build(site, public, zinynas))
    queries = sample_queries(site, QUERIES)
    result["queries"] = queries
    with Server(public) as server:
        driver = chromium()
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        ours, theirs, multi = [], [], []
        for q in queries + [COMMON] + MULTI:
            server.take()
            driver.get(server.url + "/paieska/")
            WebDriverWait(driver, 60).until(lambda d: d.execute_script(
                "return 'ready' in document.querySelector('[data-search-index]').dataset"))
            before = sum(n for path, n in server.httpd.served if path.startswith(("/paieska/paieska-", "/paieska/index/")))
            server.take()
            ms = driver.execute_async_script(TIME_QUERY, q)
            (multi if q in MULTI else ours).append({"q": q, "ms": ms, "bytes": server.take(), "before": before})
        large = n > 20000
        pf_queries = queries[:LARGE_QUERIES] if large else queries
        for q in [] if "pagefind" in result else pf_queries + [COMMON]:
            driver.get(server.url + "/404.html")
            driver.set_script_timeout(LARGE_TIMEOUT if large else TIMEOUT)
            server.take()
            init = None
            try:
                driver.execute_async_script(INIT_PAGEFIND)
                init = server.take("/pagefind/")
                ms, count = driver.execute_async_script(TIME_PAGEFIND, q)
                # The WebAssembly and the metadata load with the first search, once a page: up-front.
                served = server.take_list()
                once = sum(n for path, n in served if "/wasm." in path or path.endswith(".pf_meta"))
                theirs.append({"q": q, "ms": ms, "bytes": sum(n for _, n in served) - once, "before": init + once,
                               "count": count})
            except Exception:  # noqa: BLE001 - a script timeout: no answer within TIMEOUT
                served = server.take_list()
                theirs.append({"q": q, "ms": None, "bytes": sum(n for _, n in served), "before": init})
                driver.quit()
                driver = chromium()
                driver.execute_cdp_cmd("Network.enable", {})
                driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        driver.quit()
    result["ours"], result["multi"] = ours, multi
    result.setdefault("pagefind", theirs)
    with open(os.path.join(bench, "result-%d.json" % n), "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps({k: v for k, v in result.items() if k not in ("ours", "pagefind", "queries", "multi")}))


def parse_stage(log, stage):
    m = re.search(r"%s ([\d.]+) (ms|s)\b" % stage, log)
    return float(m.group(1)) / (1000 if m.group(2) == "ms" else 1) if m else None


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def kb(b):
    return "%.1f KB" % (b / 1000)


def table(bench, sizes):
    lines = ["## Search", "",
             "`scripts/bench-search` on `gen-corpus.py` sites (`scripts/bench-corpus`), this machine (2 cores),",
             "release build, headless Chromium from a local `http.server` with the HTTP cache off. Queries: %d words" % QUERIES,
             "drawn from the entries' running text (seed 7), plus `%s`, which occurs in almost every entry." % COMMON,
             "Bytes are the bodies fetched (neither engine's files are compressed by the server; Pagefind's",
             "are gzip files themselves). Ours: the root and the client module before the first query; per query,",
             "every index file a query and its first 10 results need. Pagefind: its JS, WebAssembly and metadata",
             "after `init()` plus the WebAssembly and metadata its first search loads; per query, its index chunks and the",
             "fragments of the first 5 results. Each query runs on a freshly loaded page.",
             "Several terms (and filters, or date order) take the general path: every postings block of their",
             "terms and the per-document facet data of the matches, so they fetch far more than one word.", ""]
    for n in sizes:
        path = os.path.join(bench, "result-%d.json" % n)
        if not os.path.exists(path):
            continue
        r = json.load(open(path))
        ours = r["ours"][:-1]
        common = r["ours"][-1]
        pf = [x for x in r["pagefind"][:-1]]
        pf_common = r["pagefind"][-1]
        answered = [x for x in pf if x["ms"] is not None]
        ms_max = max(x["ms"] for x in r["ours"])
        ms_all = max(x["ms"] for x in r["ours"] + r.get("multi", []))
        wait = LARGE_TIMEOUT if n > 20000 else TIMEOUT

        def pf_stat(fn, key):
            return fn([x[key] for x in answered]) if answered else None

        rows = [
            ("entries", "%d" % n, "%d" % n),
            ("index build", "%.1f s (search stage of the build)" % r["search_s"], "%.1f s" % r["pf_s"]),
            ("build time ratio (target ≤ 0.15)", "%.3f" % (r["search_s"] / r["pf_s"]), "1"),
            ("peak memory", "%.0f MB build with search, %.0f MB without" % (r["build_rss"], r["plain_rss"]),
             "%.0f MB" % r["pf_rss"]),
            ("index size", "%s in %d files" % (kb(r["bytes"]), r["files"]), "%s in %d files" % (kb(r["pf_bytes"]), r["pf_files"])),
            ("root file", kb(r["root_bytes"]), "–"),
            ("before the first query", "%s (%s gzipped)" % (kb(ours[0]["before"]), kb(r["before_gzip"])),
             kb(answered[0]["before"]) if answered else
             "%s after `init()`, then no answer" % kb(pf[0]["before"]) if pf[0]["before"] else "`init()` did not finish"),
            ("per one-word query, median", kb(statistics.median(x["bytes"] for x in ours)),
             kb(pf_stat(statistics.median, "bytes")) if answered else "–"),
            ("per one-word query, p90", kb(pct([x["bytes"] for x in ours], 0.9)),
             kb(pf_stat(lambda v: pct(v, 0.9), "bytes")) if answered else "–"),
            ("time to results, median", "%.0f ms" % statistics.median(x["ms"] for x in ours),
             "%.0f ms" % pf_stat(statistics.median, "ms") if answered else "–"),
            ("time to results, slowest query", "%.0f ms" % ms_max,
             ("%.0f ms" % max(x["ms"] for x in answered)) if len(answered) == len(pf) else
             "%d of %d queries unanswered in %d s (%s fetched meanwhile, median)" % (
                 len(pf) - len(answered), len(pf), wait, kb(statistics.median(x["bytes"] or 0 for x in pf)))),
            ("`%s`: time, bytes" % COMMON, "%.0f ms, %s" % (common["ms"], kb(common["bytes"])),
             "%.0f ms, %s" % (pf_common["ms"], kb(pf_common["bytes"])) if pf_common["ms"] is not None
             else "no answer in %d s" % wait),
        ]
        if r.get("multi"):
            m = r["multi"]
            rows.append(("several terms (%s): time, bytes" % ", ".join("`%s`" % x["q"] for x in m),
                         "%.0f–%.0f ms, %s–%s" % (min(x["ms"] for x in m), max(x["ms"] for x in m),
                                                  kb(min(x["bytes"] for x in m)), kb(max(x["bytes"] for x in m))),
                         "not measured"))
        lines += ["### %d entries" % n, "", "| | Žinynas | Pagefind 1.5.2 |", "|---|---|---|"]
        lines += ["| %s | %s | %s |" % row for row in rows]
        if n >= 100000:
            median = statistics.median(x["bytes"] for x in ours)
            targets = [
                ("root file ≤ 30 KB", r["root_bytes"] <= 30000, kb(r["root_bytes"])),
                ("≤ 30 KB before the first query", ours[0]["before"] <= 30000, kb(ours[0]["before"])),
                ("median ≤ 20 KB per one-word query", median <= 20000, kb(median)),
                ("results ≤ 300 ms for every query", ms_all <= 300, "%.0f ms" % ms_all),
                ("index build ≤ 0.15 × Pagefind's", r["search_s"] <= 0.15 * r["pf_s"], "%.3f" % (r["search_s"] / r["pf_s"])),
            ]
            lines += ["", "Targets at %d entries:" % n, ""]
            lines += ["- %s: %s (%s)" % (name, "met" if ok else "**missed**", value) for name, ok, value in targets]
        if n > 20000:
            lines += ["", "Pagefind ran the first %d of the %d queries at this size, and `%s`, each on a fresh page"
                      " with up to %d s to answer." % (len(pf), QUERIES, COMMON, wait)]
        lines.append("")
    section = "\n".join(lines)
    doc = os.path.join(REPOSITORY, "docs", "benchmarks.md")
    text = open(doc, encoding="utf-8").read() if os.path.exists(doc) else "# Benchmarks\n\n"
    if "## Search\n" in text:
        head, rest = text.split("## Search\n", 1)
        tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(doc, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n")
    print(section)


if __name__ == "__main__":
    if sys.argv[1] == "--table":
        table(sys.argv[2], [int(s) for s in sys.argv[3:]])
    else:
        measure(sys.argv[1], int(sys.argv[2]))
