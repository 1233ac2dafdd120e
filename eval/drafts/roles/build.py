#!/usr/bin/env python3
"""Build /work/main/eval/heldout-roles.json from the read-only drafts + labels.py."""
import hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels import SEED, CORPUS, OFFTOPIC

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-roles.json"

def norm(s): return re.sub(r"\s+", " ", s).strip()
def lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().split("\n")[:-1]
def sha(name):
    return hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()

article = norm(open(ARTICLE, encoding="utf-8").read())
errors, dropped = [], []

seed_lines = lines("seed-draft.txt"); assert len(seed_lines) == 80, len(seed_lines)
corpus_lines = lines("corpus-draft.txt"); assert len(corpus_lines) == 40
off_lines = lines("offtopic-draft.txt"); assert len(off_lines) == 40
for n, d in ((80, SEED), (40, CORPUS)):
    missing = set(range(1, n + 1)) - set(d)
    if missing: errors.append(f"unlabelled lines: {sorted(missing)}")

seed = []
for i, q in enumerate(seed_lines, 1):
    lab = SEED.get(i)
    if isinstance(lab, str):
        dropped.append(f"seed:{i}\t{q}\t{lab}"); continue
    ex, ans = lab["expect"], lab["answer"]
    if not 1 <= len(ex) <= 3: errors.append(f"seed {i}: {len(ex)} expect phrases")
    for e in ex:
        if len(e.split()) < 5: errors.append(f"seed {i}: expect too short: {e!r}")
        if norm(e) not in article: errors.append(f"seed {i}: expect not in article: {e!r}")
    if not 3 <= len(ans.split()) <= 6: errors.append(f"seed {i}: answer word count: {ans!r}")
    if norm(ans) not in article: errors.append(f"seed {i}: answer not in article: {ans!r}")
    seed.append({"q": q, "expect": [norm(e) for e in ex], "answer": norm(ans)})

corpus = []
for i, line in enumerate(corpus_lines, 1):
    q, guess = line.split("\t")
    lab = CORPUS.get(i)
    if isinstance(lab, str):
        dropped.append(f"corpus:{i}\t{q}\t{lab} (guessed: {guess})"); continue
    if not 1 <= len(lab) <= 3: errors.append(f"corpus {i}: {len(lab)} sources")
    for p in lab:
        if not os.path.isfile(os.path.join(CORPUS_ROOT, p)): errors.append(f"corpus {i}: missing {p}")
    corpus.append({"q": q, "expectSource": lab})

offtopic = []
for i, q in enumerate(off_lines, 1):
    lab = OFFTOPIC.get(i)
    if isinstance(lab, str):
        dropped.append(f"offtopic:{i}\t{q}\t{lab}"); continue
    offtopic.append(q)

if errors:
    print("\n".join(errors)); sys.exit(1)

h = {n: sha(n) for n in ("seed-draft.txt", "corpus-draft.txt", "offtopic-draft.txt")}
about = (
    "Held-out 'roles' set, written in two phases. Phase 1 (blind): 80 seed questions in Slack chat style, 10 each in "
    "eight voices in this order: platform lead moving off VMware, junior frontend dev who has only used Heroku, "
    "non-technical product manager, HPC/research computing admin, fintech compliance officer, homelab hobbyist, "
    "QA/test engineer running CI, database administrator; 40 podman/firecracker/kata-containers questions written from "
    "corpus file names only (with guessed sources); 40 off-topic questions (25 near-domain, 15 everyday). Drafts were "
    "hashed and made read-only before any document was opened. Phase 2 (labelling): seed questions kept only where "
    "/work/main/knowledge/containers-vs-vms.md answers them, with verbatim expect/answer phrases validated as exact "
    "substrings; corpus questions kept only where 1-3 corpus documents answer them; off-topic questions checked by grep "
    "against the article and corpus. Questions are never reworded; seed kept in draft order. "
    f"Counts: seed {len(seed)} kept / {80 - len(seed)} dropped; corpus {len(corpus)} kept / {40 - len(corpus)} dropped; "
    f"offtopic {len(offtopic)} kept / {40 - len(offtopic)} dropped. sha256: seed-draft.txt {h['seed-draft.txt']}, "
    f"corpus-draft.txt {h['corpus-draft.txt']}, offtopic-draft.txt {h['offtopic-draft.txt']}."
)
out = {"about": about, "seed": seed, "corpus": corpus, "offtopic": offtopic}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2); f.write("\n")
with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    f.write("# part:line\tquestion\treason\n" + "\n".join(dropped) + "\n")
print(f"seed {len(seed)}/80, corpus {len(corpus)}/40, offtopic {len(offtopic)}/40 -> {OUT}")
