#!/usr/bin/env python3
"""Build /work/main/eval/heldout-issues-5.json from candidates.txt + labels.tsv.

Checks: sha256 of candidates.txt matches the Phase 1 record; every candidate is
kept xor dropped; kept items have 1-3 existing paths under /work/shared/corpus;
no duplicate questions/URLs; no thread from used-issue-urls-r20.txt.
Then shuffles kept items once with random.Random(43) and writes the JSON.
"""
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
USED = "/work/notes/used-issue-urls-r20.txt"
OUT = "/work/main/eval/heldout-issues-5.json"
SHA = "92970eac408437f5da571d6c65d75a8d0cf4219a30aec5e16fc287ac3ab3b811"
SEED = 43


def fail(msg):
    sys.exit("build.py: " + msg)


def thread_key(url):
    m = re.match(r"https://github\.com/([^/]+)/([^/]+)/(?:issues|pull)/(\d+)", url.strip())
    if not m:
        return None
    owner, repo, num = m.groups()
    full = f"{owner}/{repo}".lower()
    if full in ("containers/podman", "podman-container-tools/podman"):
        full = "podman-container-tools/podman"
    return f"{full}#{num}"


def project(url):
    if "podman" in url:
        return "podman"
    if "kata-containers" in url:
        return "kata"
    return "firecracker"


def main():
    cand_path = os.path.join(HERE, "candidates.txt")
    raw = open(cand_path, "rb").read()
    if hashlib.sha256(raw).hexdigest() != SHA:
        fail("candidates.txt sha256 mismatch")
    cands = [l.split("\t") for l in raw.decode("utf-8").splitlines()]
    if any(len(c) != 2 for c in cands):
        fail("malformed candidates line")

    lines = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().splitlines()
    header, rows = lines[0].split("\t"), [l.split("\t") for l in lines[1:]]
    if header != ["n", "project", "decision", "expectSource", "question", "url", "reason"]:
        fail("labels.tsv header")
    if len(rows) != len(cands):
        fail("labels.tsv row count != candidates")

    used = set()
    for l in open(USED, encoding="utf-8"):
        k = thread_key(l)
        if k:
            used.add(k)

    kept, counts = [], {}
    seen_q, seen_k = set(), set()
    dropped_urls = set(l.split("\t")[0] for l in
                       open(os.path.join(HERE, "dropped.txt"), encoding="utf-8").read().splitlines())
    for i, (r, (q, u)) in enumerate(zip(rows, cands), 1):
        n, proj, dec, src, rq, ru, reason = r
        if int(n) != i or rq != q or ru != u:
            fail(f"row {i} does not match candidates.txt")
        if proj != project(u):
            fail(f"row {i} project")
        if dec not in ("keep", "drop"):
            fail(f"row {i} decision")
        if not reason.strip():
            fail(f"row {i} no reason")
        k = thread_key(u)
        if k is None:
            fail(f"row {i} bad url")
        if k in used:
            fail(f"row {i} uses an excluded thread {k}")
        if k in seen_k:
            fail(f"row {i} duplicate thread")
        seen_k.add(k)
        if q.strip().lower() in seen_q:
            fail(f"row {i} duplicate question")
        seen_q.add(q.strip().lower())
        c = counts.setdefault(proj, {"collected": 0, "kept": 0, "dropped": 0})
        c["collected"] += 1
        if dec == "keep":
            if u in dropped_urls:
                fail(f"row {i} kept and dropped")
            paths = [p for p in src.split(";") if p]
            if not 1 <= len(paths) <= 3 or len(set(paths)) != len(paths):
                fail(f"row {i} needs 1-3 distinct paths")
            for p in paths:
                if p.startswith("/") or not os.path.isfile(os.path.join(CORPUS, p)):
                    fail(f"row {i} missing path {p}")
            kept.append({"q": q, "expectSource": paths, "source": u})
            c["kept"] += 1
        else:
            if src:
                fail(f"row {i} dropped with expectSource")
            if u not in dropped_urls:
                fail(f"row {i} dropped but not in dropped.txt")
            c["dropped"] += 1
    if len(dropped_urls) != sum(c["dropped"] for c in counts.values()):
        fail("dropped.txt has extra lines")

    random.Random(SEED).shuffle(kept)

    per = "; ".join(f"{p}: {c['collected']} collected, {c['kept']} kept, {c['dropped']} dropped"
                    for p, c in sorted(counts.items()))
    about = (
        "Held-out set of real user questions taken from GitHub issue/PR threads, collected with the "
        "stored-issues search (about 65 queries across podman, firecracker and kata-containers topics) "
        "before the corpus was opened. Each question is the thread title or one verbatim sentence from "
        "the thread, with only leading tags such as [Bug] trimmed. Threads listed in "
        "used-issue-urls-r20.txt were excluded (repo + number; containers/podman == "
        "podman-container-tools/podman) and each thread was used once. The candidate list was frozen "
        f"(sha256 {SHA}) and then labelled against /work/shared/corpus: a question was kept only when 1-3 "
        "documents actually contain the answer, and expectSource lists those paths relative to the corpus "
        f"root. Counts: {per}; total {len(cands)} collected, {len(kept)} kept. "
        "weaveworks/ignite#942 (Firecracker MMDS) is counted as firecracker. "
        f"Kept items were shuffled once with random.Random({SEED})."
    )
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"about": about, "corpus": kept}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {OUT}: {len(kept)} items; {per}")


if __name__ == "__main__":
    main()
