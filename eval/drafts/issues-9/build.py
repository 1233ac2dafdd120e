#!/usr/bin/env python3
"""Build /work/main/eval/heldout-issues-9.json from the frozen candidates and labels.

Checks (any failure -> nothing is written):
  * sha256 of candidates.txt equals the hash recorded in FROZEN.txt
  * every candidate idx is labelled exactly once, no unknown idx in labels.tsv
  * keep: 1-3 expectSource paths, each an existing file under /work/shared/corpus
  * drop: a non-empty reason and no path
Outputs (written atomically, only after all checks pass):
  /work/main/eval/heldout-issues-9.json, dropped.txt, used-urls.txt,
  /work/notes/used-issue-urls-r25.txt (= r24 lines + used-urls, sorted, unique)
"""
import hashlib
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-issues-9.json"
R24 = "/work/notes/used-issue-urls-r24.txt"
R25 = "/work/notes/used-issue-urls-r25.txt"
PHASE1_QUERIES = os.path.join(HERE, "queries.log")
LABEL_QUERIES = os.path.join(HERE, "queries-labelling.log")


def fail(msg):
    print("BUILD FAILED:", msg, file=sys.stderr)
    sys.exit(1)


def atomic_write(path, text):
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=os.path.basename(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def count_lines(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def main():
    cand_path = os.path.join(HERE, "candidates.txt")
    raw = open(cand_path, "rb").read()
    digest = hashlib.sha256(raw).hexdigest()
    frozen = open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8").read().splitlines()
    if not frozen or frozen[0].split()[0] != digest:
        fail("candidates.txt hash does not match FROZEN.txt")
    freeze_time = frozen[1].strip() if len(frozen) > 1 else "?"

    cands = {}
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        f = line.split("\t")
        if len(f) != 4:
            fail(f"candidates.txt line {n}: expected 4 tab-separated fields")
        idx, q, url, proj = f
        if idx in cands:
            fail(f"duplicate candidate idx {idx}")
        if proj not in ("podman", "firecracker", "kata"):
            fail(f"candidate {idx}: unknown project {proj}")
        cands[idx] = {"q": q, "url": url, "project": proj}

    labels = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    if not rows or rows[0].split("\t")[:2] != ["idx", "decision"]:
        fail("labels.tsv header missing")
    for n, line in enumerate(rows[1:], 2):
        if not line.strip():
            continue
        f = line.split("\t")
        if len(f) != 4:
            fail(f"labels.tsv line {n}: expected 4 tab-separated fields")
        idx, decision, paths, reason = f
        if idx in labels:
            fail(f"candidate {idx} labelled more than once")
        if idx not in cands:
            fail(f"labels.tsv line {n}: unknown idx {idx}")
        paths = [p.strip() for p in paths.split(";") if p.strip()]
        if decision == "keep":
            if not 1 <= len(paths) <= 3:
                fail(f"candidate {idx}: keep needs 1-3 paths, got {len(paths)}")
            for p in paths:
                if p.startswith("/") or ".." in p.split("/"):
                    fail(f"candidate {idx}: path must be relative to the corpus: {p}")
                if not os.path.isfile(os.path.join(CORPUS, p)):
                    fail(f"candidate {idx}: missing corpus file {p}")
        elif decision == "drop":
            if paths:
                fail(f"candidate {idx}: drop must not carry a path")
            if not reason.strip():
                fail(f"candidate {idx}: drop needs a reason")
        else:
            fail(f"candidate {idx}: unknown decision {decision!r}")
        labels[idx] = {"decision": decision, "paths": paths, "reason": reason.strip()}
    missing = sorted(set(cands) - set(labels), key=int)
    if missing:
        fail(f"unlabelled candidates: {missing}")

    order = sorted(cands, key=int)
    kept = [i for i in order if labels[i]["decision"] == "keep"]
    dropped = [i for i in order if labels[i]["decision"] == "drop"]
    items = [{"q": cands[i]["q"], "expectSource": labels[i]["paths"], "source": cands[i]["url"]}
             for i in kept]
    random.Random(47).shuffle(items)

    per = {}
    for p in ("podman", "firecracker", "kata"):
        tot = sum(1 for i in order if cands[i]["project"] == p)
        k = sum(1 for i in kept if cands[i]["project"] == p)
        per[p] = f"{k}/{tot}"
    nq1 = count_lines(PHASE1_QUERIES)
    nq2 = count_lines(LABEL_QUERIES) if os.path.exists(LABEL_QUERIES) else 0
    about = (
        "Held-out set of real user questions taken verbatim from public GitHub issue/PR threads "
        "(podman, Firecracker, Kata Containers), collected with the search tool's 'issues' corpus "
        f"({nq1} collection queries before the corpus was opened, {nq2} thread re-reads while labelling); "
        "at most one question per thread; threads already listed in "
        "/work/notes/used-issue-urls-r24.txt excluded (owner/repo#N, containers/podman == "
        "podman-container-tools/podman, issues and PRs one namespace). Collection stopped early "
        "because the yield fell to about one new candidate per five searches. "
        f"Candidates frozen before labelling: sha256 {digest}, freeze time {freeze_time}. "
        "Kept only when the thread's resolution was visible and 1-3 corpus files contain it. "
        f"Kept/candidates per project: podman {per['podman']}, firecracker {per['firecracker']}, "
        f"kata {per['kata']}; total {len(kept)}/{len(order)}. Shuffled with random.Random(47)."
    )
    doc = {"about": about, "corpus": items}

    dropped_txt = "".join(
        f"{i}\t{cands[i]['project']}\t{cands[i]['url']}\t{labels[i]['reason']}\n" for i in dropped)
    used_txt = "".join(cands[i]["url"] + "\n" for i in order)
    r24 = [l.strip() for l in open(R24, encoding="utf-8") if l.strip()]
    r25 = sorted(set(r24) | {cands[i]["url"] for i in order})

    # all checks passed: write everything
    atomic_write(OUT, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    atomic_write(os.path.join(HERE, "dropped.txt"), dropped_txt)
    atomic_write(os.path.join(HERE, "used-urls.txt"), used_txt)
    atomic_write(R25, "\n".join(r25) + "\n")
    print(f"wrote {OUT}: {len(items)} kept of {len(order)} candidates; per project {per}")
    print(f"wrote {R25}: {len(r25)} lines (r24 had {len(r24)})")


if __name__ == "__main__":
    main()
