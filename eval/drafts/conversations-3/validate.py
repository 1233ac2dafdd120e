#!/usr/bin/env python3
"""Validate /work/rw4 eval set against the frozen draft and the article."""
import hashlib, json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
errs = []
def norm(s): return re.sub(r"\s+", " ", s).strip()
def p(n): return os.path.join(HERE, n)

# 1. draft sha256 unchanged
want = open(p("draft.sha256")).read().split()[0]
got = hashlib.sha256(open(p("draft.json"), "rb").read()).hexdigest()
if want != got: errs.append(f"draft.json sha256 changed: {got} != {want}")

draft = json.load(open(p("draft.json")))
conv = json.load(open(p("conversations.json")))["conversations"]
art = norm(open(ARTICLE, encoding="utf-8").read())
key = lambda t: (tuple(t["context"]), t["q"])
dkeys = [key(t) for t in draft]
if len(set(dkeys)) != len(dkeys): errs.append("draft has duplicate threads")

# 2. kept threads in draft, in draft order
last = -1; kept_idx = []
for n, c in enumerate(conv):
    k = key(c)
    if k not in dkeys: errs.append(f"kept #{n} not in draft: {c['q']!r}"); continue
    i = dkeys.index(k)
    if i <= last: errs.append(f"kept #{n} out of draft order: {c['q']!r}")
    last = i; kept_idx.append(i)
    # 3. expect phrases
    ex = c.get("expect")
    if not isinstance(ex, list) or not 1 <= len(ex) <= 3: errs.append(f"kept #{n}: expect must be 1-3 phrases")
    for e in ex or []:
        ne = norm(e)
        if len(ne.split()) < 5: errs.append(f"kept #{n}: expect <5 words: {e!r}")
        if ne not in art: errs.append(f"kept #{n}: expect not verbatim in article: {e!r}")
    # 4. answer
    a = norm(c.get("answer", ""))
    if not 3 <= len(a.split()) <= 6: errs.append(f"kept #{n}: answer not 3-6 words: {a!r}")
    if a not in art: errs.append(f"kept #{n}: answer not verbatim in article: {a!r}")

# 5. dropped: lines "<1-based draft index>\t<follow-up>\t<reason>"
drop_idx = []
for line in open(p("dropped.txt"), encoding="utf-8"):
    if not line.strip(): continue
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 3 or not parts[2].strip(): errs.append(f"bad dropped line: {line!r}"); continue
    i = int(parts[0]) - 1
    if not 0 <= i < len(draft) or draft[i]["q"] != parts[1]: errs.append(f"dropped line does not match draft: {line!r}"); continue
    drop_idx.append(i)
if sorted(kept_idx + drop_idx) != list(range(len(draft))):
    errs.append(f"kept ({len(kept_idx)}) + dropped ({len(drop_idx)}) != draft ({len(draft)}) or overlap")

two = sum(1 for c in conv if len(c["context"]) == 1)
three = sum(1 for c in conv if len(c["context"]) == 2)
print(f"draft={len(draft)} kept={len(conv)} dropped={len(drop_idx)} two-turn kept={two} three-turn kept={three}")
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK")
