#!/usr/bin/env python3
"""Build /work/main/eval/heldout-issues-7.json from candidates.txt + labels.tsv.

- every candidate must have exactly one label row (idx is 1-based line number)
- kept items need 1-3 paths, each existing under /work/shared/corpus
- kept items are shuffled once with random.Random(45)
- also writes dropped.txt and used-urls.txt next to this script
"""
import hashlib
import json
import os
import random
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-issues-7.json"


def project(url):
    m = re.search(r"github\.com/([^/]+)/([^/]+)/", url)
    owner, repo = m.group(1).lower(), m.group(2).lower()
    if repo == "podman":
        return "podman"
    if owner == "firecracker-microvm":
        return "firecracker"
    if owner == "kata-containers":
        return "kata"
    raise SystemExit("unknown project for " + url)


def main():
    cand_path = os.path.join(HERE, "candidates.txt")
    raw = open(cand_path, "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    cands = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        q, url = line.split("\t")
        cands.append((n, q, url))

    labels = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        header = f.readline()
        assert header.startswith("idx\t"), header
        for line in f:
            if not line.strip():
                continue
            idx, lab, paths, reason = line.rstrip("\n").split("\t")
            idx = int(idx)
            assert idx not in labels, "duplicate label %d" % idx
            assert lab in ("keep", "drop"), lab
            assert reason.strip(), "missing reason for %d" % idx
            labels[idx] = (lab, [p for p in paths.split(";") if p], reason)

    idxs = [c[0] for c in cands]
    missing = sorted(set(idxs) - set(labels))
    extra = sorted(set(labels) - set(idxs))
    assert not missing and not extra, ("unlabelled", missing, "unknown", extra)

    kept, dropped = [], []
    stats = OrderedDict((p, {"collected": 0, "kept": 0, "dropped": 0})
                        for p in ("podman", "firecracker", "kata"))
    for idx, q, url in cands:
        lab, paths, reason = labels[idx]
        proj = project(url)
        stats[proj]["collected"] += 1
        if lab == "keep":
            assert 1 <= len(paths) <= 3, (idx, paths)
            for p in paths:
                assert os.path.isfile(os.path.join(CORPUS, p)), (idx, p)
            assert len(set(paths)) == len(paths), (idx, paths)
            kept.append({"q": q, "expectSource": paths, "source": url})
            stats[proj]["kept"] += 1
        else:
            assert not paths, (idx, "dropped item has paths")
            dropped.append((idx, url, reason))
            stats[proj]["dropped"] += 1

    random.Random(45).shuffle(kept)

    counts = "; ".join("%s %d collected/%d kept/%d dropped" % (
        p, s["collected"], s["kept"], s["dropped"]) for p, s in stats.items())
    about = (
        "Held-out set of real user questions taken verbatim (title or one asking "
        "sentence, leading tags trimmed) from GitHub issue/PR threads of podman, "
        "firecracker and kata-containers, collected with the issues search corpus "
        "before the doc corpus was opened, excluding threads listed in "
        "used-issue-urls-r22.txt. Each thread was re-read for its actual answer; a "
        "question is kept only when 1-3 docs under /work/shared/corpus answer it "
        "(expectSource, paths relative to the corpus root). Counts: %s; total %d "
        "collected, %d kept. candidates.txt sha256 %s. Kept items shuffled with "
        "random.Random(45)." % (counts, len(cands), len(kept), sha))

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"about": about, "corpus": kept}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
        for idx, url, reason in dropped:
            f.write("%d\t%s\t%s\n" % (idx, url, reason))
    with open(os.path.join(HERE, "used-urls.txt"), "w", encoding="utf-8") as f:
        for _, _, url in cands:
            f.write(url + "\n")

    print("sha256", sha)
    for p, s in stats.items():
        print(p, s)
    print("total", len(cands), "kept", len(kept), "dropped", len(dropped))
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
