#!/usr/bin/env python3
"""Validate labels against frozen candidates and write the held-out set.

Reads candidates.txt (idx, question, url), candidate_projects.tsv (idx, project, url)
and labels.tsv (idx, keep|drop, paths ';'-separated, reason).
Writes /work/main/eval/heldout-issues-8.json, dropped.txt, used-urls.txt.
"""
import hashlib
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-issues-8.json"
EXPECTED_SHA = "8339abc9729fc75b9cd0106b37eec1f893e9ef674a4497388e5e275ca243a882"


def read_tsv(name, header=False):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        lines = f.read().splitlines()
    if header:
        lines = lines[1:]
    for ln in lines:
        if ln.strip():
            rows.append(ln.split("\t"))
    return rows


def main():
    raw = open(os.path.join(HERE, "candidates.txt"), "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    if sha != EXPECTED_SHA:
        sys.exit(f"candidates.txt hash changed: {sha}")

    cands = {}
    for r in read_tsv("candidates.txt"):
        assert len(r) == 3, r
        idx = int(r[0])
        assert idx not in cands, f"duplicate candidate idx {idx}"
        cands[idx] = {"q": r[1], "url": r[2]}
    urls = [c["url"] for c in cands.values()]
    assert len(urls) == len(set(urls)), "duplicate thread URL among candidates"

    proj = {int(r[0]): r[1] for r in read_tsv("candidate_projects.tsv")}
    assert set(proj) == set(cands), "project map does not cover candidates"

    labels = {}
    for r in read_tsv("labels.tsv", header=True):
        assert len(r) == 4, r
        idx = int(r[0])
        assert idx in cands, f"label for unknown idx {idx}"
        assert idx not in labels, f"idx {idx} labelled twice"
        lab, paths, reason = r[1], [p for p in r[2].split(";") if p], r[3]
        assert lab in ("keep", "drop"), r
        assert reason.strip(), f"missing reason for {idx}"
        if lab == "keep":
            assert 1 <= len(paths) <= 3, f"idx {idx}: need 1-3 paths"
            for p in paths:
                assert os.path.isfile(os.path.join(CORPUS, p)), f"idx {idx}: missing {p}"
        else:
            assert not paths, f"idx {idx}: drop with paths"
        labels[idx] = (lab, paths, reason)
    missing = set(cands) - set(labels)
    assert not missing, f"unlabelled: {sorted(missing)}"

    kept = [i for i in sorted(cands) if labels[i][0] == "keep"]
    dropped = [i for i in sorted(cands) if labels[i][0] == "drop"]
    items = [{"q": cands[i]["q"], "expectSource": labels[i][1], "source": cands[i]["url"]}
             for i in kept]
    random.Random(46).shuffle(items)

    cand_n = Counter(proj[i] for i in cands)
    kept_n = Counter(proj[i] for i in kept)
    names = {"podman": "podman", "fc": "firecracker", "kata": "kata-containers"}
    per = ", ".join(f"{names[k]} {kept_n.get(k, 0)}/{cand_n[k]}" for k in ("podman", "fc", "kata"))
    about = (
        "Held-out eval set of real user questions from public GitHub issue/PR threads "
        "(collected with the 'issues' search corpus, ~190 queries). Phase 1: questions taken "
        "verbatim (title or one asking sentence, leading tags trimmed), excluding every thread in "
        "/work/notes/used-issue-urls-r23.txt, frozen before the doc corpus was opened "
        f"(candidates.txt sha256 {sha}, {len(cands)} candidates). Phase 2: each thread re-read for "
        "the maintainers' answer; kept only when 1-3 files under /work/shared/corpus contain that "
        "answer (expectSource, relative paths); version-specific, fixed-in-code, unresolved, "
        "tool/distro-specific or not self-contained threads dropped. "
        f"Kept {len(kept)} of {len(cands)} (kept/candidates: {per}); shuffled with random.Random(46)."
    )
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"about": about, "corpus": items}, f, indent=2, ensure_ascii=False)
        f.write("\n")

    with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
        for i in dropped:
            f.write(f"{i}\t{cands[i]['url']}\t{cands[i]['q']}\t{labels[i][2]}\n")
    with open(os.path.join(HERE, "used-urls.txt"), "w", encoding="utf-8") as f:
        for i in sorted(cands):
            f.write(cands[i]["url"] + "\n")

    print(f"sha256 {sha}")
    print(f"kept {len(kept)} dropped {len(dropped)} ({per})")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
