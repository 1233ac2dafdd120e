#!/usr/bin/env python3
import json, hashlib, os, sys
BASE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
errs = []
def p(name): return os.path.join(BASE, name)

# 1. draft sha256 unchanged
recorded = open(p("draft.sha256")).read().split()[0]
actual = hashlib.sha256(open(p("draft.json"), "rb").read()).hexdigest()
if recorded != actual:
    errs.append(f"draft.json sha256 changed: {actual} != {recorded}")

draft = json.load(open(p("draft.json")))
kept = json.load(open(p("conversations.json")))["corpus"]
dropped_lines = [l.rstrip("\n") for l in open(p("dropped.txt")) if l.strip()]

# 2. every kept thread in draft, same context+q, in draft order
key = lambda t: (tuple(t["context"]), t["q"])
draft_keys = [key(t) for t in draft]
last = -1
kept_idx = []
for n, t in enumerate(kept):
    k = key(t)
    try:
        i = draft_keys.index(k, last + 1)
    except ValueError:
        errs.append(f"kept #{n} not in draft (or out of order): {t['q']!r}")
        continue
    kept_idx.append(i); last = i
    # 3/4. expectSource paths exist, 1-3 each, relative without ./
    es = t.get("expectSource")
    if not isinstance(es, list) or not 1 <= len(es) <= 3:
        errs.append(f"kept #{n} needs 1-3 expectSource: {es}")
        continue
    for s in es:
        if s.startswith("./") or s.startswith("/"):
            errs.append(f"kept #{n} path not relative: {s}")
        if not os.path.isfile(os.path.join(CORPUS, s)):
            errs.append(f"kept #{n} path missing: {s}")
    if len(set(es)) != len(es):
        errs.append(f"kept #{n} duplicate paths")

# 5. kept + dropped = draft; dropped lines name follow-ups not kept
not_kept = [i for i in range(len(draft)) if i not in kept_idx]
if len(kept) + len(dropped_lines) != len(draft):
    errs.append(f"kept {len(kept)} + dropped {len(dropped_lines)} != draft {len(draft)}")
remaining = [draft[i]["q"] for i in not_kept]
for l in dropped_lines:
    m = [q for q in remaining if l.startswith(q)]
    if not m:
        errs.append(f"dropped line does not match an unkept follow-up: {l!r}")
    else:
        remaining.remove(max(m, key=len))
if remaining:
    errs.append(f"draft threads neither kept nor dropped: {remaining}")

two = sum(1 for t in kept if len(t["context"]) == 1)
three = sum(1 for t in kept if len(t["context"]) == 2)
other = len(kept) - two - three
print(f"draft: {len(draft)}  kept: {len(kept)}  dropped: {len(dropped_lines)}")
print(f"kept two-turn: {two}  kept three-turn: {three}" + (f"  other: {other}" if other else ""))
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK")
