import ast, hashlib, json, random, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "draft.json")
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-6.json"
DRAFT_SHA = "be2b24734b2e4974312a8f477e798208187a89e897e5f7b7c8b36bf7200d5241"

raw = open(DRAFT, "rb").read()
sha = hashlib.sha256(raw).hexdigest()
assert sha == DRAFT_SHA, f"draft sha mismatch {sha}"
draft = json.loads(raw)
assert len(draft) == 70

# duplicate-key check (a dict literal silently keeps the last duplicate)
src = open(os.path.join(HERE, "label.py"), encoding="utf-8").read()
for node in ast.walk(ast.parse(src)):
    if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DECISIONS":
        keys = [k.value for k in node.value.keys]
        assert len(keys) == len(set(keys)), "duplicate index in DECISIONS"
sys.path.insert(0, HERE)
from label import DECISIONS
assert sorted(DECISIONS) == list(range(len(draft))), "every index must be decided exactly once"

art = re.sub(r"\s+", " ", open(ARTICLE, encoding="utf-8").read()).strip()
sentences = re.split(r"(?<=[.!?])\s+", art)
nw = lambda s: len(s.split())

kept, dropped, errs = [], [], []
for i, item in enumerate(draft):
    assert 1 <= len(item["context"]) <= 2
    d = DECISIONS[i]
    if d[0] == "drop":
        assert d[1].strip()
        dropped.append((i, item, d[1]))
        continue
    _, expect, answer = d
    if not 1 <= len(expect) <= 3: errs.append((i, "expect count"))
    for p in expect:
        if p not in art: errs.append((i, "not verbatim", p))
        if nw(p) < 5: errs.append((i, "<5 words", p))
    if answer not in art: errs.append((i, "answer not verbatim", answer))
    if not 3 <= nw(answer) <= 6: errs.append((i, "answer word count", answer))
    # answer must come from a sentence that holds (part of) one of the expect passages
    if not any(answer in s and any(p in s or s in p or p[:40] in s for p in expect) for s in sentences):
        errs.append((i, "answer not in an expect sentence", answer))
    kept.append({"context": item["context"], "q": item["q"], "expect": expect, "answer": answer})
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)

random.Random(49).shuffle(kept)
two = sum(len(k["context"]) == 2 for k in kept)
about = (f"Held-out Slack-thread follow-ups (conversations-6) about containers vs VMs. Method: 70 items drafted blind "
         f"(before reading any document), draft sha256 {DRAFT_SHA}; then labelled against knowledge/containers-vs-vms.md: "
         f"kept only if the article answers the follow-up as read in its thread; 'expect' = 1-3 verbatim article phrases (>=5 words), "
         f"'answer' = verbatim 3-6 word phrase from the best answering sentence. Items never reworded. "
         f"Counts: drafted {len(draft)}, kept {len(kept)} ({two} with two context messages), dropped {len(dropped)}. "
         f"Kept items shuffled with random.Random(49).")
json.dump({"about": about, "conversations": kept}, open(OUT, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    for i, item, r in dropped:
        f.write(f"[{i}] {' || '.join(item['context'])} --> {item['q']}\n    reason: {r}\n")
print(f"ok drafted={len(draft)} kept={len(kept)} two_ctx={two} dropped={len(dropped)}")
