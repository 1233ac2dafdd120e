"""Validate label.py decisions against frozen draft.json and the article; write seed-7.json + dropped.txt."""
import hashlib, json, random, re, datetime, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-7.json"
sys.path.insert(0, HERE)
from label import KEEP, DROP

def wc(s): return len(s.split())
def collapse(s): return re.sub(r"\s+", " ", s).strip()

raw = open(os.path.join(HERE, "draft.json"), "rb").read()
sha = hashlib.sha256(raw).hexdigest()
frozen = open(os.path.join(HERE, "FROZEN.txt")).read().split()[0]
assert sha == frozen, ("draft hash mismatch", sha, frozen)
draft = json.loads(raw)
assert len(draft) == 70
for it in draft:
    assert set(it) == {"context", "q"} and 1 <= len(it["context"]) <= 2

# every index decided exactly once
assert not (set(KEEP) & set(DROP)), set(KEEP) & set(DROP)
assert set(KEEP) | set(DROP) == set(range(len(draft))), set(range(len(draft))) ^ (set(KEEP) | set(DROP))
for i, r in DROP.items():
    assert isinstance(r, str) and r.strip() and "\n" not in r

art_raw = open(ARTICLE, encoding="utf-8").read()
article = collapse(art_raw)
sentences = []
for block in art_raw.split("\n"):
    block = collapse(block)
    if block:
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", block) if s]

errors = []
for i, (expect, answer) in KEEP.items():
    if not 1 <= len(expect) <= 3: errors.append((i, "expect count"))
    if len(set(expect)) != len(expect): errors.append((i, "dup expect"))
    for p in expect:
        if collapse(p) != p: errors.append((i, "whitespace", p))
        if p not in article: errors.append((i, "expect not substring", p))
        if wc(p) < 5: errors.append((i, "expect <5 words", p))
        if not any(p in s for s in sentences): errors.append((i, "expect spans sentences", p))
    if answer not in article: errors.append((i, "answer not substring", answer))
    if not 3 <= wc(answer) <= 6: errors.append((i, "answer word count", answer, wc(answer)))
    if not any(answer in s and any(p in s for p in expect) for s in sentences):
        errors.append((i, "answer shares no sentence with an expect phrase", answer))
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)

kept = []
for i in sorted(KEEP):
    expect, answer = KEEP[i]
    kept.append({"context": draft[i]["context"], "q": draft[i]["q"], "expect": expect, "answer": answer})
random.Random(50).shuffle(kept)
two_ctx = sum(1 for k in kept if len(k["context"]) == 2)
today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
about = (f"Held-out Slack-thread follow-up set (seed 7). 70 items drafted blind (no document opened), "
         f"frozen as draft.json sha256 {sha}; then labelled once against knowledge/containers-vs-vms.md: "
         f"kept only if the article answers the follow-up as read in its thread, expect = 1-3 verbatim phrases (>=5 words), "
         f"answer = verbatim 3-6 word phrase sharing a sentence with an expect phrase. Items never reworded; kept items shuffled with random.Random(50). "
         f"Date {today}. Counts: drafted {len(draft)}, kept {len(kept)} ({two_ctx} with two context messages), dropped {len(DROP)}.")
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "conversations": kept}, f, indent=1, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    for i in sorted(DROP):
        f.write(f"{i}\t{draft[i]['q']}\t{DROP[i]}\n")
print(json.dumps({"drafted": len(draft), "kept": len(kept), "kept_two_context": two_ctx,
                  "dropped": len(DROP), "draft_sha256": sha,
                  "seed7_sha256": hashlib.sha256(open(OUT, "rb").read()).hexdigest()}, indent=1))
