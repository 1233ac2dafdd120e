#!/usr/bin/env python3
"""Validate label.py against the frozen draft and the article; write outputs.

Writes /work/main/eval/conversations/seed-8.json and dropped.txt only if
every check passes.
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-8.json"
DROPPED = os.path.join(HERE, "dropped.txt")

sys.path.insert(0, HERE)
from label import DECISIONS  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# ---- 1. draft hash matches FROZEN.txt ----
with open(os.path.join(HERE, "draft.json"), "rb") as f:
    raw = f.read()
digest = hashlib.sha256(raw).hexdigest()
with open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8") as f:
    frozen_lines = f.read().splitlines()
frozen_hash = frozen_lines[0].split()[0]
frozen_time = frozen_lines[1].strip() if len(frozen_lines) > 1 else "?"
if digest != frozen_hash:
    err(f"draft.json sha256 {digest} != FROZEN {frozen_hash}")
draft = json.loads(raw.decode("utf-8"))

# ---- 2. every index decided exactly once ----
seen = {}
for d in DECISIONS:
    idx = d[0]
    seen[idx] = seen.get(idx, 0) + 1
for i in range(len(draft)):
    if seen.get(i, 0) != 1:
        err(f"index {i} decided {seen.get(i, 0)} times")
for idx in seen:
    if not (isinstance(idx, int) and 0 <= idx < len(draft)):
        err(f"decision for nonexistent index {idx}")

# ---- article: whitespace-collapsed text and sentences ----
with open(ARTICLE, encoding="utf-8") as f:
    art_raw = f.read()
collapsed = re.sub(r"\s+", " ", art_raw).strip()
sentences = []
for block in re.split(r"\n\s*\n|\n", art_raw):
    block = re.sub(r"\s+", " ", block).strip()
    block = re.sub(r"^(#+|-)\s*", "", block)
    if not block:
        continue
    # sentence ends: . ! ? (or ; is NOT treated as an end) followed by space + capital
    for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c\"'])", block):
        if s.strip():
            sentences.append(s.strip())


def sentences_with(phrase):
    return [i for i, s in enumerate(sentences) if phrase in s]


# ---- 3. per-item phrase checks ----
kept, dropped = [], []
for d in sorted(DECISIONS, key=lambda x: x[0]):
    idx, kind = d[0], d[1]
    if not (0 <= idx < len(draft)):
        continue
    item = draft[idx]
    if kind == "DROP":
        if len(d) != 3 or not isinstance(d[2], str) or not d[2].strip() or "\n" in d[2]:
            err(f"{idx}: DROP needs a one-line reason")
        dropped.append((idx, item, d[2]))
        continue
    if kind != "KEEP" or len(d) != 4:
        err(f"{idx}: malformed decision {d!r}")
        continue
    expect, answer = d[2], d[3]
    if not (isinstance(expect, list) and 1 <= len(expect) <= 3):
        err(f"{idx}: expect must be a list of 1-3 phrases")
        continue
    expect_sents = set()
    for ph in expect:
        if ph != ph.strip() or re.search(r"\s{2,}", ph):
            err(f"{idx}: expect phrase has stray whitespace: {ph!r}")
        if len(ph.split()) < 5:
            err(f"{idx}: expect phrase < 5 words: {ph!r}")
        if ph not in collapsed:
            err(f"{idx}: expect phrase not in article: {ph!r}")
            continue
        where = sentences_with(ph)
        if not where:
            err(f"{idx}: expect phrase spans a sentence boundary: {ph!r}")
        expect_sents.update(where)
    n = len(answer.split())
    if not (3 <= n <= 6):
        err(f"{idx}: answer has {n} words: {answer!r}")
    if answer not in collapsed:
        err(f"{idx}: answer not in article: {answer!r}")
    elif not (set(sentences_with(answer)) & expect_sents):
        err(f"{idx}: answer shares no sentence with an expect phrase: {answer!r}")
    kept.append({"context": item["context"], "q": item["q"],
                 "expect": list(expect), "answer": answer})

if errors:
    print("VALIDATION FAILED; nothing written:")
    for e in errors:
        print("  -", e)
    sys.exit(1)

# ---- 4. shuffle and write ----
random.Random(51).shuffle(kept)
two_ctx = sum(len(k["context"]) == 2 for k in kept)
today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
about = (
    f"Held-out Slack-thread follow-up questions (containers vs VMs), seed 8. "
    f"Drafted blind (70 items, before reading any project file; draft sha256 {digest}, "
    f"frozen {frozen_time}), then labelled against knowledge/containers-vs-vms.md only. "
    f"Items never reworded; expect/answer are verbatim article phrases. "
    f"Counts: drafted {len(draft)}, kept {len(kept)} ({two_ctx} with two context messages), "
    f"dropped {len(dropped)}. Kept items shuffled with random.Random(51). Written {today}."
)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "conversations": kept}, f, indent=1, ensure_ascii=False)
    f.write("\n")
with open(DROPPED, "w", encoding="utf-8") as f:
    for idx, item, reason in dropped:
        f.write(f"{idx}\t{' || '.join(item['context'])} ==> {item['q']}\tDROP: {reason}\n")
print(f"OK: kept {len(kept)} ({two_ctx} two-context), dropped {len(dropped)}; wrote {OUT}")
