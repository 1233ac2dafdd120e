#!/usr/bin/env python3
"""Validate labels against the frozen draft and the article; write seed-10.json + dropped.txt only if all checks pass."""
import hashlib, json, os, random, re, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-10.json"
DROPPED = os.path.join(HERE, "dropped.txt")
CURLY = "\u2018\u2019\u201c\u201d"
errors = []

def err(msg):
    errors.append(msg)

# 1. draft hash vs FROZEN.txt
raw = open(os.path.join(HERE, "draft.json"), "rb").read()
sha = hashlib.sha256(raw).hexdigest()
frozen_lines = open(os.path.join(HERE, "FROZEN.txt")).read().splitlines()
frozen_sha = frozen_lines[0].split()[0]
freeze_time = frozen_lines[1].strip() if len(frozen_lines) > 1 else ""
if sha != frozen_sha:
    err(f"draft.json hash {sha} != FROZEN {frozen_sha}")
if not freeze_time:
    err("no freeze time in FROZEN.txt")
draft = json.loads(raw)

# 2. article: collapsed text and sentences (split per block, then on sentence punctuation)
text = open(ARTICLE, encoding="utf-8").read()
collapsed = " ".join(text.split())
sentences = []
for block in re.split(r"\n\s*\n|\n", text):
    block = " ".join(block.split())
    block = re.sub(r"^(#+|-)\s*", "", block)
    if block:
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", block) if s)

def in_one_sentence(p):
    return [i for i, s in enumerate(sentences) if p in s]

# 3. labels: one decision per index, none missing
labels = json.load(open(os.path.join(HERE, "labels.json")))
seen = {}
for lab in labels:
    i = lab["index"]
    if i in seen:
        err(f"index {i} decided twice")
    seen[i] = lab
missing = set(range(len(draft))) - set(seen)
extra = set(seen) - set(range(len(draft)))
if missing:
    err(f"missing decisions: {sorted(missing)}")
if extra:
    err(f"decisions for non-existent indices: {sorted(extra)}")

kept, dropped = [], []
for i in sorted(seen):
    lab = seen[i]
    if i >= len(draft):
        continue
    item = draft[i]
    for s in item["context"] + [item["q"]]:
        if any(c in s for c in CURLY):
            err(f"[{i}] curly quote in item text")
    if not item["context"][0].startswith("@bot") or not (1 <= len(item["context"]) <= 2):
        err(f"[{i}] bad context")
    if lab["decision"] == "DROP":
        if not lab.get("reason", "").strip():
            err(f"[{i}] DROP without reason")
        dropped.append((i, item, lab["reason"]))
        continue
    if lab["decision"] != "KEEP":
        err(f"[{i}] bad decision {lab['decision']}")
        continue
    exp, ans = lab.get("expect") or [], lab.get("answer") or ""
    if not 1 <= len(exp) <= 3:
        err(f"[{i}] needs 1-3 expect phrases, has {len(exp)}")
    exp_sents = set()
    for p in exp:
        if any(c in p for c in CURLY):
            err(f"[{i}] curly quote in expect: {p!r}")
        if len(p.split()) < 5:
            err(f"[{i}] expect under 5 words: {p!r}")
        if p not in collapsed:
            err(f"[{i}] expect not in article: {p!r}")
        where = in_one_sentence(p)
        if not where:
            err(f"[{i}] expect not within one sentence: {p!r}")
        exp_sents.update(where)
    if any(c in ans for c in CURLY):
        err(f"[{i}] curly quote in answer")
    if not 3 <= len(ans.split()) <= 6:
        err(f"[{i}] answer not 3-6 words: {ans!r}")
    if ans not in collapsed:
        err(f"[{i}] answer not in article: {ans!r}")
    if not set(in_one_sentence(ans)) & exp_sents:
        err(f"[{i}] answer shares no sentence with an expect phrase: {ans!r}")
    kept.append({"context": item["context"], "q": item["q"], "expect": exp, "answer": ans})

if errors:
    print("VALIDATION FAILED; nothing written", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

two_all = sum(len(d["context"]) == 2 for d in draft)
two_kept = sum(len(k["context"]) == 2 for k in kept)
random.Random(53).shuffle(kept)
about = (
    "Held-out Slack thread follow-up set for the containers-vs-VMs bot. Method: 70 follow-ups "
    "(each with one or two earlier thread messages, the first mentioning @bot) were drafted blind, before any "
    "project file was read, then frozen by sha256; only afterwards was knowledge/containers-vs-vms.md read and "
    "each item labelled KEEP or DROP exactly once, without rewording. A KEEP means the article answers the "
    "follow-up as read in its thread; expect holds 1-3 verbatim article phrases (5+ words, inside one sentence) "
    "and answer a verbatim 3-6 word phrase sharing a sentence with one of them. Kept items were shuffled with "
    f"random.Random(53). Counts: {len(draft)} drafted ({two_all} with two context messages), {len(kept)} kept "
    f"({two_kept} with two context messages), {len(dropped)} dropped. Draft sha256 {sha}, frozen {freeze_time}. "
    "Written 2026-12-05."
)
payload = {"about": about, "conversations": kept}

def atomic_write(path, data):
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise

os.makedirs(os.path.dirname(OUT), exist_ok=True)
atomic_write(OUT, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
atomic_write(DROPPED, "".join(
    f"[{i}] {' | '.join(it['context'])} || {it['q']}\n    DROP: {r}\n" for i, it, r in dropped))
print(f"drafted {len(draft)} ({two_all} two-context); kept {len(kept)} ({two_kept} two-context); dropped {len(dropped)}")
print(f"draft sha256 {sha}; frozen {freeze_time}")
print(f"wrote {OUT} and {DROPPED}")
