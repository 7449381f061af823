#!/usr/bin/env python3
"""Writes content/ of the search fixture: recall documents for every noun paradigm in
paradigms.json, plus a few hand-made documents the ranking and facet tests rely on.
Deterministic; rerun after changing paradigms.json and commit the result."""
import json, os, random, shutil

here = os.path.dirname(os.path.abspath(__file__))
r = random.Random(4)
FILLER = ["šiandien", "labai", "gražiai", "kartu", "dažnai", "visada", "naujai", "drąsiai", "ramiai", "greitai"]
TOPICS = ["skaitymas", "paveldas", "technologijos"]
# Locative plurals that stay out of the corpus besides every fourth form: the browser stems them
# itself (Client/lithuanian.js), with no surface form or taught ending to go by.
UNSEEN = {"moteryse", "seseryse", "kompiuteriuose", "printeriuose", "šaltiniuose", "vienuolynuose"}


def write(collection, slug, fields, body):
    folder = os.path.join(here, "content", collection)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as f:
        f.write("---\n" + "".join("%s: %s\n" % kv for kv in fields) + "---\n\n" + body + "\n")


shutil.rmtree(os.path.join(here, "content"), ignore_errors=True)
for n, forms in enumerate(json.load(open(os.path.join(here, "paradigms.json"), encoding="utf-8"))):
    distinct = sorted(set(forms), key=forms.index)
    # Three forms (and those in UNSEEN) stay out of the corpus: typing them must still find the noun.
    present = [f for i, f in enumerate(distinct) if i % 4 != 3 and f not in UNSEEN]
    for k in range(5):
        mine = [present[(2 * k + j) % len(present)] for j in range(2)]
        words = mine + r.sample(FILLER, 4)
        r.shuffle(words)
        write("straipsniai", "n%02d-%d" % (n, k), [
            ("title", '"Straipsnis %d.%d"' % (n, k)),
            ("date", "20%02d-%02d-%02d" % (20 + k % 5, 1 + n % 12, 1 + k)),
            ("topics", "[%s]" % TOPICS[(n + k) % 3])],
            " ".join(words).capitalize() + ".")

# Ranking: the title outweighs the body; the very form typed outweighs other forms.
write("straipsniai", "archyvai-a", [("title", '"Archyvuose saugomi laiškai"'), ("date", "2024-03-01"),
      ("summary", '"Apie senus laiškus."'), ("topics", "[paveldas]")], "Laiškai ir dokumentai.")
write("straipsniai", "archyvai-b", [("title", '"Apie dokumentus"'), ("date", "2024-02-01"), ("topics", "[paveldas]")],
      "Senas archyvas saugo dokumentus ir laiškus, kuriuos verta skaityti.")
write("straipsniai", "archyvai-c", [("title", '"Dokumentų saugojimas"'), ("date", "2024-01-01"), ("topics", "[paveldas]")],
      "Dokumentai archyvuose saugomi ilgai, kad juos būtų galima skaityti.")
# Facets: one word in both collections, on both sides of the build date (2026-05-01).
for i in range(6):
    write("renginiai", "renginys-%d" % i, [("title", '"Dirbtuvės %d"' % i), ("date", "2026-%02d-10" % (2 + 2 * i)),
          ("topics", "[%s]" % ", ".join(TOPICS[: 1 + i % 3]))], "Kūrybinės dirbtuvės vaikams ir jaunimui.")
for i in range(4):
    write("straipsniai", "dirbtuves-%d" % i, [("title", '"Kaip vyko dirbtuvės"'), ("date", "2025-%02d-01" % (1 + i)),
          ("topics", "[%s]" % TOPICS[i % 3])], "Dirbtuvėse dalyvavo daug žmonių.")
