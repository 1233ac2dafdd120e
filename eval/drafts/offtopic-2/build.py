#!/usr/bin/env python3
"""Build /work/main/eval/heldout-offtopic.json from draft.txt, kept.txt, dropped.txt.

draft.txt: 200 questions written blind; lines 1-140 near-domain, 141-200 everyday.
kept.txt: one kept question per line (verbatim draft line).
dropped.txt: "<question>\t<one-line reason>" per line.
"""
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = Path("/work/main/eval/heldout-offtopic.json")
NEAR_DOMAIN_LINES = 140
SEED = 41


def read_lines(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [l for l in text.split("\n") if l != ""]


def fail(msg):
    sys.exit(f"build.py: {msg}")


draft = read_lines("draft.txt")
kept = read_lines("kept.txt")
dropped_rows = read_lines("dropped.txt")

dropped = []
for row in dropped_rows:
    parts = row.split("\t")
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        fail(f"malformed dropped.txt line: {row!r}")
    dropped.append(parts[0])

if len(draft) != 200:
    fail(f"draft.txt has {len(draft)} lines, expected 200")
for name, lst in (("draft.txt", draft), ("kept.txt", kept), ("dropped.txt", dropped)):
    dups = sorted({q for q in lst if lst.count(q) > 1})
    if dups:
        fail(f"duplicates in {name}: {dups}")

kept_set, dropped_set, draft_set = set(kept), set(dropped), set(draft)
for q in draft:
    if (q in kept_set) == (q in dropped_set):
        fail(f"draft line must be in exactly one of kept/dropped: {q!r}")
extra = (kept_set | dropped_set) - draft_set
if extra:
    fail(f"kept/dropped lines not in draft (reworded?): {sorted(extra)}")

near = set(draft[:NEAR_DOMAIN_LINES])
counts = {
    "near_kept": sum(q in near for q in kept),
    "near_dropped": sum(q in near for q in dropped),
    "every_kept": sum(q not in near for q in kept),
    "every_dropped": sum(q not in near for q in dropped),
}

# keep draft order as the canonical order before the single shuffle
ordered = [q for q in draft if q in kept_set]
random.Random(SEED).shuffle(ordered)

sha = hashlib.sha256((HERE / "draft.txt").read_bytes()).hexdigest()
about = (
    f"Held-out questions the bot should decline (answer 'I don't know'). "
    f"200 questions were written blind in Slack style (draft.txt, sha256 {sha}) before the "
    f"article or any corpus document was opened: {NEAR_DOMAIN_LINES} near-domain questions "
    f"(cloud prices/quotas, CVEs, kubectl/helm/terraform/ansible/compose commands, cloud services, "
    f"vendor licensing, release dates, company-specific facts, CI, databases, monitoring, networking gear, "
    f"hardware, language runtimes, and other senses of container/kernel/pod/image/snapshot) and "
    f"{200 - NEAR_DOMAIN_LINES} everyday workplace questions. Each was then checked against the "
    f"containers-vs-vms article and the podman, firecracker and kata-containers corpus; any question "
    f"those documents answer even partly was dropped, never reworded. Near-domain: {counts['near_kept']} kept, "
    f"{counts['near_dropped']} dropped; everyday: {counts['every_kept']} kept, {counts['every_dropped']} dropped; "
    f"{len(ordered)} questions in total. The kept list was shuffled once with random.Random({SEED})."
)

OUT.write_text(json.dumps({"about": about, "offtopic": ordered}, indent=2, ensure_ascii=False) + "\n",
               encoding="utf-8")
print(json.dumps(counts), len(ordered), "->", OUT)
