import json,re,sys,hashlib
D="/work/rw3/"
art=re.sub(r"\s+"," ",open("/work/main/knowledge/containers-vs-vms.md",encoding="utf-8").read())
norm=lambda s:re.sub(r"\s+"," ",s).strip()
draft=json.load(open(D+"draft.json",encoding="utf-8"))
sha=open(D+"draft.sha256").read().split()[0]
errs=[]
if hashlib.sha256(open(D+"draft.json","rb").read()).hexdigest()!=sha: errs.append("draft sha256 mismatch")
data=json.load(open(D+"conversations.json",encoding="utf-8"))
if set(data)!={"conversations"}: errs.append("top-level keys")
conv=data["conversations"]
dkeys=[(tuple(t["context"]),t["q"]) for t in draft]
pos=-1
for n,c in enumerate(conv):
    if set(c)!={"context","q","expect","answer"}: errs.append(f"{n}: keys {set(c)}")
    k=(tuple(c["context"]),c["q"])
    if k not in dkeys: errs.append(f"{n}: question not in draft: {c['q']}"); continue
    p=dkeys.index(k)
    if p<=pos: errs.append(f"{n}: out of draft order")
    pos=p
    if not 1<=len(c["expect"])<=3: errs.append(f"{n}: expect count")
    for e in c["expect"]:
        if norm(e) not in art: errs.append(f"{n}: expect not in article: {e}")
        if len(e.split())<5: errs.append(f"{n}: expect <5 words: {e}")
    a=c["answer"]
    if norm(a) not in art: errs.append(f"{n}: answer not in article: {a}")
    if not 3<=len(a.split())<=6: errs.append(f"{n}: answer word count: {a}")
dropped=[l for l in open(D+"dropped.txt") if l.strip() and not l.startswith("#")]
if len(conv)+len(dropped)!=len(draft): errs.append("kept+dropped != draft")
two=sum(len(c["context"])==1 for c in conv); three=sum(len(c["context"])==2 for c in conv)
print(f"written={len(draft)} kept={len(conv)} dropped={len(dropped)} two-turn kept={two} three-turn kept={three}")
print("\n".join(errs) if errs else "OK: all checks passed"); sys.exit(1 if errs else 0)
