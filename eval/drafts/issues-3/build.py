#!/usr/bin/env python3
"""Build /work/main/eval/heldout-issues-3.json from labels.tsv.

- Reads drafts/issues-3/labels.tsv (written in phase 2, after the frozen
  candidates.txt of phase 1).
- Verifies every question in labels.tsv matches candidates.txt verbatim.
- Verifies every expectSource file exists under /work/shared/corpus.
- Refuses duplicate questions or duplicate source URLs.
- Shuffles the kept list once with random.Random(23).shuffle.
"""
import collections
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "heldout-issues-3.json"))
SEED = 23
PROJECTS = ("podman", "firecracker", "kata")


def fail(msg):
    sys.exit("build.py: ERROR: " + msg)


def main():
    with open(os.path.join(HERE, "candidates.txt"), encoding="utf-8") as f:
        cands = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

    if len(rows) != len(cands):
        fail(f"labels.tsv has {len(rows)} rows, candidates.txt has {len(cands)}")
    for row, (q, url) in zip(rows, cands):
        if row["question"] != q or row["url"] != url:
            fail(f"row {row['n']} differs from candidates.txt (questions must stay verbatim)")

    collected = collections.Counter()
    kept_n = collections.Counter()
    corpus = []
    seen_q, seen_url = set(), set()
    for row in rows:
        project = row["project"]
        if project not in PROJECTS:
            fail(f"row {row['n']}: unknown project {project!r}")
        if not row["url"].startswith("https://github.com/"):
            fail(f"row {row['n']}: source is not a GitHub URL")
        collected[project] += 1
        if row["decision"] == "drop":
            if row["expectSource"]:
                fail(f"row {row['n']}: dropped row has an expectSource")
            if not row["note"]:
                fail(f"row {row['n']}: dropped row needs a reason")
            continue
        if row["decision"] != "keep":
            fail(f"row {row['n']}: decision must be keep or drop")
        sources = [s for s in row["expectSource"].split(";") if s]
        if not 1 <= len(sources) <= 3:
            fail(f"row {row['n']}: needs 1-3 expectSource files, got {len(sources)}")
        for s in sources:
            if s.startswith("/") or ".." in s.split("/"):
                fail(f"row {row['n']}: expectSource must be relative to the corpus: {s}")
            if not s.startswith(project + "/"):
                fail(f"row {row['n']}: expectSource {s} is outside project {project}")
            if not os.path.isfile(os.path.join(CORPUS, s)):
                fail(f"row {row['n']}: expectSource file does not exist: {s}")
        if len(set(sources)) != len(sources):
            fail(f"row {row['n']}: duplicate expectSource entries")
        key = row["question"].strip().casefold()
        if key in seen_q:
            fail(f"row {row['n']}: duplicate question: {row['question']!r}")
        if row["url"] in seen_url:
            fail(f"row {row['n']}: duplicate source URL: {row['url']}")
        seen_q.add(key)
        seen_url.add(row["url"])
        kept_n[project] += 1
        corpus.append({"q": row["question"], "expectSource": sources, "source": row["url"]})

    random.Random(SEED).shuffle(corpus)

    counts = "; ".join(
        f"{p}: collected {collected[p]}, kept {kept_n[p]}, dropped {collected[p] - kept_n[p]}"
        for p in PROJECTS
    )
    total_c, total_k = sum(collected.values()), len(corpus)
    about = (
        "Held-out set of real user questions taken verbatim from GitHub issue/PR threads "
        "(titles or one sentence of a body/comment; only leading tags or greetings trimmed), "
        "found with the search tool's 'issues' corpus. Phase 1 collected and froze "
        f"{total_c} candidates (drafts/issues-3/candidates.txt, sha256 recorded in README.md) "
        "before any corpus file was opened; threads in /work/notes/used-issue-urls.txt were "
        "skipped. Phase 2 kept a question only if 1-3 documents under /work/shared/corpus "
        "clearly answer it (expectSource, relative to the corpus root); others were dropped "
        "with a reason in drafts/issues-3/dropped.txt. Questions were never reworded. "
        f"Counts: {counts}; total collected {total_c}, kept {total_k}, dropped {total_c - total_k}. "
        f"Kept list shuffled once with Python random.Random({SEED}).shuffle. "
        "Built by drafts/issues-3/build.py."
    )
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"about": about, "corpus": corpus}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {OUT}: {total_k} questions ({counts})")


if __name__ == "__main__":
    main()
