"""The oracle test of the Lithuanian stemmers (run by scripts/check-stemmer).

usage: check-stemmer.py ZINYNAS BENCH_CONTENT

Cuts the texts into words with `zinynas stem` itself (so the words are exactly those the
index stems), then stems each distinct word with snowballstemmer (the oracle), with the
Swift stemmer (`zinynas stem`'s second column) and with Client/lithuanian.js under node.
"""
import os
import subprocess
import sys

import snowballstemmer
from snowballstemmer.lithuanian_stemmer import LithuanianStemmer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT = (".md", ".yml", ".yaml", ".json", ".csv", ".txt")
# Every word of the JS stemmer's input is one line of its output.
NODE = """
import { stem } from %r;
import { readFileSync } from 'node:fs';
const words = readFileSync(0, 'utf8').split('\\n').filter((w) => w);
process.stdout.write(words.map((w) => stem(w) + '\\n').join(''));
"""


def texts(*folders):
    """All text files under the folders (and the files given), as one string."""
    parts = []
    for folder in folders:
        paths = [folder] if os.path.isfile(folder) else sorted(
            os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(TEXT))
        for path in paths:
            with open(path, encoding="utf-8") as f:
                parts.append(f.read())
    return "\n".join(parts)


def synthetic():
    """Each ending and rewrite of the algorithm's tables after stems of several shapes
    (short, long, a leading `a`, `-dž-`/`-č-`/`-gd-` before the ending), so every rule runs."""
    endings = {a.s for a in LithuanianStemmer.a_0 + LithuanianStemmer.a_1 + LithuanianStemmer.a_2}
    bases = ["", "k", "ma", "lap", "kompiuter", "moter", "šaltin", "vienuolyn", "auksin", "ąžuol",
             "bendruomen", "medž", "kač", "pradž", "ūgd", "akmen", "skait", "aerodrom", "aitvar", "ei"]
    words = {b + e for b in bases for e in endings} | {b + e + f for b in bases[4:8] for e in endings for f in ("s", "č", "dž")}
    return "\n".join(sorted(words))


def split(zinynas, text):
    """[(word, Swift stem)] of `zinynas stem`."""
    out = subprocess.run([zinynas, "stem"], input=text.encode(), capture_output=True, check=True).stdout.decode()
    return [tuple(line.split("\t")) for line in out.splitlines()]


def main():
    zinynas, bench = sys.argv[1], sys.argv[2]
    sources = {
        "portal": texts(os.path.join(ROOT, "content"), os.path.join(ROOT, "site.yml")),
        "search fixture": texts(os.path.join(ROOT, "Tests/Fixtures/search")),
        "bench corpus (1,000 entries)": texts(bench),
        "table endings": synthetic(),
    }
    oracle = snowballstemmer.stemmer("lithuanian")
    client = os.path.join(ROOT, "Sources/Search/Client/lithuanian.js")
    failed, total = 0, 0
    for name, text in sources.items():
        pairs = split(zinynas, text)
        words = [w for w, _ in pairs]
        js = subprocess.run(["node", "--input-type=module", "-e", NODE % client], input="\n".join(words).encode(),
                            capture_output=True, check=True).stdout.decode().split("\n")[:-1]
        if len(js) != len(words):
            sys.exit("node returned %d stems for %d words" % (len(js), len(words)))
        differences = [(w, expected, s, j) for (w, s), j in zip(pairs, js)
                       for expected in [oracle.stemWord(w)] if s != expected or j != expected]
        total += len(words)
        print("%s: %d distinct words, %d differ" % (name, len(words), len(differences)))
        for w, expected, s, j in differences[:20]:
            print("  %s: snowballstemmer %s, Swift %s, JS %s" % (w, expected, s, j))
        failed += len(differences)
        if len(words) < 100:
            sys.exit("%s: only %d words, expected many more" % (name, len(words)))
    print("%d words compared with snowballstemmer %s: %s" % (total, version(), "all equal" if not failed else "%d differ" % failed))
    sys.exit(1 if failed else 0)


def version():
    from importlib.metadata import version as v
    return v("snowballstemmer")


if __name__ == "__main__":
    main()
