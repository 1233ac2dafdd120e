import json, re
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
art = norm(open('/work/main/knowledge/containers-vs-vms.md', encoding='utf-8').read())
d = json.load(open('conversations.json', encoding='utf-8'))
draft = json.load(open('draft.json'))
assert list(d) == ["conversations"]
errs = 0
dq = [(c["context"], c["q"]) for c in draft]
pos = -1
for i, c in enumerate(d["conversations"]):
    assert set(c) == {"context", "q", "expect", "answer"}, c
    # same wording and order as draft
    p = dq.index((c["context"], c["q"])); assert p > pos; pos = p
    assert 1 <= len(c["expect"]) <= 3
    for e in c["expect"]:
        if norm(e) not in art: print("EXPECT NOT FOUND", i, e); errs += 1
        if len(e.split()) < 5: print("EXPECT SHORT", i, e); errs += 1
    a = c["answer"]
    if norm(a) not in art: print("ANSWER NOT FOUND", i, a); errs += 1
    if not 3 <= len(a.split()) <= 6: print("ANSWER LEN", i, a, len(a.split())); errs += 1
print("conversations:", len(d["conversations"]), "errors:", errs)
