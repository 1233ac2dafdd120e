#!/usr/bin/env python3
"""Build heldout-issues-2.json from candidates.txt + labels.tsv (issues-2 set).

candidates.txt : question<TAB>thread URL   (phase 1, hashed before labelling)
labels.tsv     : thread URL<TAB>keep|drop<TAB>comma-separated paths | drop reason
"""
import json, os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "heldout-issues-2.json"))
SEED = 17

def project(url):
    if "firecracker" in url: return "firecracker"
    if "kata-containers" in url: return "kata"
    return "podman"

cands = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "candidates.txt"), encoding="utf-8") if l.strip()]
labels = {}
for l in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"):
    if not l.strip(): continue
    url, verdict, rest = l.rstrip("\n").split("\t")
    assert url not in labels, url
    labels[url] = (verdict, rest)
assert len(cands) == len(labels) == 70, (len(cands), len(labels))

kept, dropped = [], []
stats = {p: Counter() for p in ("podman", "firecracker", "kata")}
for q, url in cands:
    verdict, rest = labels[url]
    p = project(url)
    stats[p]["collected"] += 1
    if verdict == "keep":
        srcs = rest.split(",")
        assert 1 <= len(srcs) <= 3, (url, srcs)
        for s in srcs:
            assert os.path.isfile(os.path.join(CORPUS, s)), s
        kept.append({"q": q, "expectSource": srcs, "source": url})
        stats[p]["kept"] += 1
    else:
        assert verdict == "drop", verdict
        dropped.append(f"{q}\t{url}\t{rest}")
        stats[p]["dropped"] += 1

with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    f.write("".join(d + "\n" for d in dropped))

random.Random(SEED).shuffle(kept)

def fmt(p):
    s = stats[p]; return f"{p} {s['collected']} collected / {s['kept']} kept / {s['dropped']} dropped"
about = (
    "Held-out question set 'issues-2', built blind: 70 real user questions were taken verbatim "
    "(issue title or one sentence of an issue body/comment, trimmed only of surrounding words such as "
    "'[Bug]' prefixes, typos kept) from public GitHub issue threads of Podman, Firecracker and Kata Containers, "
    "found with the issues search corpus, and saved to drafts/issues-2/candidates.txt whose sha256 was "
    "recorded in drafts/issues-2/README.md before any document under /work/shared/corpus was opened. "
    "The bot's source code, lexicon, tests and other eval files were not read. Each candidate was then labelled "
    "by grepping and reading the corpus: kept when one to three documents clearly answer it (paths relative to "
    "/work/shared/corpus in expectSource), dropped otherwise with a one-line reason in drafts/issues-2/dropped.txt; "
    "no question was reworded after reading docs. Counts: " + "; ".join(fmt(p) for p in ("podman", "firecracker", "kata")) +
    f"; total {len(cands)} collected / {len(kept)} kept / {len(dropped)} dropped. "
    f"The kept list was shuffled once with Python random.Random({SEED}).shuffle. Built by drafts/issues-2/build.py."
)
data = {"about": about, "seed": [], "corpus": kept, "offtopic": []}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=2)
    f.write("\n")

# validate
d = json.load(open(OUT, encoding="utf-8"))
assert set(d) == {"about", "seed", "corpus", "offtopic"}
for item in d["corpus"]:
    assert item["q"] and item["source"].startswith("https://github.com/")
    for s in item["expectSource"]:
        assert os.path.isfile(os.path.join(CORPUS, s)), s
print(about)
print("OK", OUT, len(d["corpus"]), "kept,", len(dropped), "dropped")
