#!/usr/bin/env python3
"""Build /work/main/eval/heldout-issues-6.json from candidates.txt + labels.tsv.

labels.tsv: idx<TAB>keep|drop<TAB>comma-separated paths (relative to corpus root)<TAB>reason
idx is the 1-based line number in candidates.txt.
Validates that every expectSource path exists under /work/shared/corpus,
shuffles kept items once with random.Random(44), writes the JSON, dropped.txt
and used-urls.txt.
"""
import hashlib, json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-issues-6.json"

def project(url):
    if "firecracker" in url: return "firecracker"
    if "kata-containers" in url: return "kata"
    if "podman" in url: return "podman"
    raise ValueError(url)

cand_path = os.path.join(HERE, "candidates.txt")
raw = open(cand_path, "rb").read()
digest = hashlib.sha256(raw).hexdigest()
cands = [l.split("\t") for l in raw.decode().splitlines() if l.strip()]
assert all(len(c) == 2 for c in cands), "bad candidate line"

labels = {}
for line in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"):
    if not line.strip(): continue
    idx, dec, paths, reason = line.rstrip("\n").split("\t")
    idx = int(idx)
    assert idx not in labels, f"duplicate label {idx}"
    assert dec in ("keep", "drop"), dec
    labels[idx] = (dec, [p for p in paths.split(",") if p], reason)
missing = [i for i in range(1, len(cands) + 1) if i not in labels]
assert not missing, f"unlabelled candidates: {missing}"

kept, dropped, errors = [], [], []
for i, (q, url) in enumerate(cands, 1):
    dec, paths, reason = labels[i]
    if dec == "keep":
        if not 1 <= len(paths) <= 3:
            errors.append(f"{i}: keep needs 1-3 paths")
        for p in paths:
            if not os.path.isfile(os.path.join(CORPUS, p)):
                errors.append(f"{i}: missing path {p}")
        kept.append({"q": q, "expectSource": paths, "source": url})
    else:
        if paths: errors.append(f"{i}: drop with paths")
        dropped.append((q, url, reason))
if errors:
    sys.exit("\n".join(errors))

random.Random(44).shuffle(kept)

coll = Counter(project(u) for _, u in cands)
kc = Counter(project(k["source"]) for k in kept)
dc = Counter(project(u) for _, u, _ in dropped)
per = "; ".join(f"{p}: {coll[p]} collected / {kc[p]} kept / {dc[p]} dropped"
                for p in ("podman", "firecracker", "kata"))
about = (
    "Held-out set of real user questions taken from GitHub issue/PR threads (podman, firecracker, "
    "kata-containers and their legacy kata repos) found with the stored-issues search corpus. "
    "Phase 1 (blind collection, before the doc corpus was opened): ~100 search queries over varied "
    "topics; each candidate is the thread title or one verbatim asking sentence (leading tags trimmed), "
    "one per thread; every thread listed in /work/notes/used-issue-urls-r21.txt was excluded "
    "(compared by repo+number, containers/podman == podman-container-tools/podman, issue/pull same number "
    f"= same thread). candidates.txt was frozen with sha256 {digest}. "
    "Phase 2 (labelling): each thread was re-read to learn the actual answer and the corpus was grepped for "
    "documents that contain that answer; a question was kept only if 1-3 documents actually answer it, "
    "otherwise dropped with a reason (answer not in corpus, code bug, unresolved/not visible, version-specific, "
    "not self-contained). Kept items shuffled once with random.Random(44). "
    f"Counts: {len(cands)} collected, {len(kept)} kept, {len(dropped)} dropped ({per})."
)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "corpus": kept}, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    for q, u, r in dropped:
        f.write(f"{q}\t{u}\t{r}\n")
with open(os.path.join(HERE, "used-urls.txt"), "w", encoding="utf-8") as f:
    for _, u in cands:
        f.write(u + "\n")
print(about)
