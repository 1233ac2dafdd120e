"""Validate label.py against the frozen draft and the article, then write seed-4.json."""
import hashlib, json, random, re, sys
from label import KEEP, DROP

HERE = "/work/main/eval/drafts/conversations-4"
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-4.json"
DRAFT_SHA = "2a9a387949ae34f97b7c23839dad5d4299971fae8484827a6ca0d7399716024a"
SEED = 47

raw = open(f"{HERE}/draft.json", "rb").read()
assert hashlib.sha256(raw).hexdigest() == DRAFT_SHA, "draft.json hash changed"
draft = json.loads(raw)
assert len(draft) == 70
assert not set(KEEP) & set(DROP) and set(KEEP) | set(DROP) == set(range(len(draft))), "every index decided exactly once"

art = re.sub(r"\s+", " ", open(ARTICLE, encoding="utf-8").read()).strip()
errs = []
def wc(s): return len(s.split())

seen_conv = set()
for i, c in enumerate(draft):
    key = (tuple(x.strip().lower() for x in c["context"]), c["q"].strip().lower())
    if key in seen_conv: errs.append(f"{i}: duplicate conversation")
    seen_conv.add(key)
    assert 1 <= len(c["context"]) <= 2 and c["q"].strip()

for i, d in KEEP.items():
    ex, ans, sent = d["expect"], d["answer"], d["sentence"]
    if not 1 <= len(ex) <= 3: errs.append(f"{i}: {len(ex)} expect phrases")
    if len(set(ex)) != len(ex): errs.append(f"{i}: duplicate expect phrase")
    for p in ex:
        if wc(p) < 5: errs.append(f"{i}: phrase <5 words: {p!r}")
        if re.sub(r"\s+", " ", p) not in art: errs.append(f"{i}: not in article: {p!r}")
    if not 3 <= wc(ans) <= 6: errs.append(f"{i}: answer not 3-6 words: {ans!r}")
    if sent not in art: errs.append(f"{i}: sentence not in article")
    if ans not in sent: errs.append(f"{i}: answer not in its sentence: {ans!r}")
    if ans not in art: errs.append(f"{i}: answer not in article")

if errs:
    print("\n".join(errs)); sys.exit(1)

kept = [dict(context=draft[i]["context"], q=draft[i]["q"],
             expect=KEEP[i]["expect"], answer=KEEP[i]["answer"]) for i in sorted(KEEP)]
random.Random(SEED).shuffle(kept)

about = (f"Held-out Slack-thread follow-up set (seed-4). {len(draft)} short conversations (1-2 earlier "
         "user messages plus a context-dependent follow-up) were drafted blind, before the article was "
         f"opened; the draft was hashed (sha256 {DRAFT_SHA}) and made read-only. Each conversation was then "
         "labelled against knowledge/containers-vs-vms.md: kept only if the article really answers the "
         "follow-up read in its thread context, with 1-3 verbatim expect phrases (>=5 words) from the "
         "answering passage and a verbatim 3-6 word answer phrase from the single best answering sentence; "
         f"nothing was reworded. Kept {len(kept)}, dropped {len(DROP)} (reasons in "
         f"eval/drafts/conversations-4/dropped.txt). Kept conversations shuffled once with random.Random({SEED}).")

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "conversations": kept}, f, indent=2, ensure_ascii=False)
    f.write("\n")

with open(f"{HERE}/dropped.txt", "w", encoding="utf-8") as f:
    for i in sorted(DROP):
        c = draft[i]
        f.write(f"{i}\t{' | '.join(c['context'])} -> {c['q']}\t{DROP[i]}\n")

print(f"ok: kept {len(kept)}, dropped {len(DROP)} -> {OUT}")
