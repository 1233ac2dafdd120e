#!/usr/bin/env python3
"""Build /work/main/eval/heldout-issues-4.json from the labelled candidates.

Checks (any failure aborts, nothing is written):
  * candidates.txt still has the sha256 recorded in README.md (phase-1 freeze);
  * labels.tsv covers every candidate exactly once, with the same question text
    and URL, and each candidate is either kept or dropped (never both/neither);
  * dropped.txt lists exactly the dropped candidates;
  * kept candidates have 1..3 expectSource paths, every one of which exists
    under /work/shared/corpus; dropped ones have none;
  * no duplicate questions and no duplicate URLs;
  * no URL (or same repo+number) from /work/notes/used-issue-urls-r19.txt.
Then the kept list is shuffled once with random.Random(37) and written out.
"""
import csv
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
USED = "/work/notes/used-issue-urls-r19.txt"
OUT = "/work/main/eval/heldout-issues-4.json"
SEED = 37
PROJECTS = ("podman", "firecracker", "kata")

errors = []


def fail(msg):
    errors.append(msg)


def repo_num(url):
    m = re.match(r"https://github\.com/([^/]+)/([^/]+)/(?:issues|pull)/(\d+)$", url)
    if not m:
        fail(f"bad URL form: {url}")
        return None
    return (m.group(2).lower(), m.group(3))


# 1. phase-1 freeze
cand_path = os.path.join(HERE, "candidates.txt")
digest = hashlib.sha256(open(cand_path, "rb").read()).hexdigest()
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
if digest not in readme:
    fail(f"candidates.txt sha256 {digest} not recorded in README.md")

candidates = []
for ln, line in enumerate(open(cand_path, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line:
        continue
    parts = line.split("\t")
    if len(parts) != 2:
        fail(f"candidates.txt:{ln}: expected 2 tab-separated fields")
        continue
    candidates.append((parts[0], parts[1]))

# 2. labels
with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8", newline="") as f:
    labels = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

if len(labels) != len(candidates):
    fail(f"labels.tsv has {len(labels)} rows, candidates.txt has {len(candidates)}")
for i, (row, (q, u)) in enumerate(zip(labels, candidates), 1):
    if row["question"] != q or row["url"] != u:
        fail(f"row {i}: labels.tsv question/url differ from candidates.txt")
    if str(i) != row["n"]:
        fail(f"row {i}: n={row['n']}")
    if row["project"] not in PROJECTS:
        fail(f"row {i}: unknown project {row['project']}")
    if row["decision"] not in ("keep", "drop"):
        fail(f"row {i}: decision must be keep xor drop, got {row['decision']!r}")
    srcs = [s for s in row["expectSource"].split(";") if s]
    if row["decision"] == "keep":
        if not 1 <= len(srcs) <= 3:
            fail(f"row {i}: kept with {len(srcs)} sources")
        for s in srcs:
            if not os.path.isfile(os.path.join(CORPUS, s)):
                fail(f"row {i}: missing corpus path {s}")
            if not s.startswith(row["project"] + "/"):
                fail(f"row {i}: source {s} outside project {row['project']}")
        if len(set(srcs)) != len(srcs):
            fail(f"row {i}: duplicate source path")
    else:
        if srcs:
            fail(f"row {i}: dropped row has sources")
        if not row["reason"].strip():
            fail(f"row {i}: dropped row without reason")

# 3. dropped.txt
drop_urls = [l.split("\t")[0] for l in open(os.path.join(HERE, "dropped.txt"), encoding="utf-8") if l.strip()]
label_drops = [r["url"] for r in labels if r["decision"] == "drop"]
if sorted(drop_urls) != sorted(label_drops):
    fail("dropped.txt does not match the dropped rows of labels.tsv")
if set(drop_urls) & {r["url"] for r in labels if r["decision"] == "keep"}:
    fail("a URL is both kept and dropped")

# 4. duplicates
for what, items in (("question", [q for q, _ in candidates]), ("URL", [u for _, u in candidates])):
    for item, n in Counter(items).items():
        if n > 1:
            fail(f"duplicate {what}: {item}")
keys = [repo_num(u) for _, u in candidates]
for k, n in Counter(keys).items():
    if n > 1:
        fail(f"duplicate thread {k}")

# 5. used URLs
used = [l.strip() for l in open(USED, encoding="utf-8") if l.strip()]
used_set = set(used)
used_keys = {repo_num(u) for u in used}
for _, u in candidates:
    if u in used_set or repo_num(u) in used_keys:
        fail(f"URL already used in an earlier set: {u}")

if errors:
    print("BUILD FAILED:", file=sys.stderr)
    for e in errors:
        print("  -", e, file=sys.stderr)
    sys.exit(1)

# 6. build
kept = [r for r in labels if r["decision"] == "keep"]
random.Random(SEED).shuffle(kept)

stats = {p: Counter() for p in PROJECTS}
for r in labels:
    stats[r["project"]][r["decision"]] += 1
per_project = "; ".join(
    f"{p}: {stats[p]['keep'] + stats[p]['drop']} collected, {stats[p]['keep']} kept, {stats[p]['drop']} dropped"
    for p in PROJECTS
)
total_keep = sum(s["keep"] for s in stats.values())
total_drop = sum(s["drop"] for s in stats.values())
about = (
    "Held-out set of real user questions taken from GitHub issue/PR threads (podman, firecracker, "
    "kata-containers), collected with the 'issues' search corpus before the documentation corpus was "
    "opened; the candidate list was frozen by sha256 "
    f"({digest}) before labelling. Each question is an issue title or one sentence of an issue "
    "body/comment copied verbatim (only leading tags such as '[Bug]' or 'Question:' trimmed); threads "
    "listed in used-issue-urls-r19.txt were excluded and each thread is used once. A question was kept "
    "only if 1-3 documents under /work/shared/corpus actually contain the answer (expectSource, paths "
    "relative to the corpus root); the others were dropped with a recorded reason. "
    f"{per_project}; total {total_keep + total_drop} collected, {total_keep} kept, {total_drop} dropped. "
    f"Kept items shuffled once with random.Random({SEED})."
)
out = {
    "about": about,
    "corpus": [
        {"q": r["question"], "expectSource": [s for s in r["expectSource"].split(";") if s], "source": r["url"]}
        for r in kept
    ],
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {OUT}: {len(kept)} items ({per_project})")
