import json,re
n=lambda s: re.sub(r'\s+',' ',s).strip()
A=n(open('/work/main/knowledge/containers-vs-vms.md').read())
d=json.load(open('/work/main/eval/heldout-scenario.json'))
assert set(d)=={"about","seed","corpus","offtopic"} and d["corpus"]==[]
bad=0
for it in d["seed"]:
    assert set(it)=={"q","expect","answer"}
    for p in it["expect"]+[it["answer"]]:
        if n(p) not in A: bad+=1; print("MISSING",p)
seeds=[l.strip() for l in open('/work/main/eval/drafts/scenario/seed-draft.txt')]
offs=[l.strip() for l in open('/work/main/eval/drafts/scenario/offtopic-draft.txt')]
assert all(it["q"] in seeds for it in d["seed"]) and all(o in offs for o in d["offtopic"])
print("ok parse; seed",len(d["seed"]),"offtopic",len(d["offtopic"]),"missing",bad)
