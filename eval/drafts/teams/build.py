#!/usr/bin/env python3
"""Build /work/main/eval/heldout-teams.json from the read-only Phase-1 drafts + labels.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels  # noqa: E402

ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-teams.json"
VOICES = ["SRE paged at night", "startup CTO watching costs", "security auditor",
          "game-server developer", "data scientist (notebooks/ML training)",
          "university student", "embedded/IoT engineer", "sales engineer"]


def lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


seed_q = lines("seed-draft.txt")
corpus_rows = [l.split("\t") for l in lines("corpus-draft.txt")]
off_q = lines("offtopic-draft.txt")
assert len(seed_q) == 80 and len(corpus_rows) == 40 and len(off_q) == 40
assert set(labels.SEED) == set(range(1, 81))
assert set(labels.CORPUS) == set(range(1, 41))
assert set(labels.OFFTOPIC) == set(range(1, 41))

article = " ".join(open(ARTICLE, encoding="utf-8").read().split())
errors = []
dropped = []

seed = []
for i, q in enumerate(seed_q, 1):
    lab = labels.SEED[i]
    if isinstance(lab, str):
        dropped.append(("seed", i, q, lab))
        continue
    exp, ans = lab["expect"], lab["answer"]
    if not 1 <= len(exp) <= 3:
        errors.append(f"seed {i}: {len(exp)} expect phrases")
    for p in exp:
        if len(p.split()) < 5:
            errors.append(f"seed {i}: expect phrase under 5 words: {p!r}")
        if " ".join(p.split()) not in article:
            errors.append(f"seed {i}: expect phrase not in article: {p!r}")
    if not 3 <= len(ans.split()) <= 6:
        errors.append(f"seed {i}: answer not 3-6 words: {ans!r}")
    if ans not in article:
        errors.append(f"seed {i}: answer not in article: {ans!r}")
    if not any(ans in p for p in exp):
        errors.append(f"seed {i}: answer not inside any expect phrase: {ans!r}")
    seed.append({"q": q, "expect": exp, "answer": ans})

corpus = []
for i, (q, guess) in enumerate(corpus_rows, 1):
    lab = labels.CORPUS[i]
    if isinstance(lab, str):
        dropped.append(("corpus", i, q, lab))
        continue
    if not 1 <= len(lab) <= 3:
        errors.append(f"corpus {i}: {len(lab)} sources")
    for p in lab:
        if not os.path.isfile(os.path.join(CORPUS_ROOT, p)):
            errors.append(f"corpus {i}: missing path {p}")
    corpus.append({"q": q, "expectSource": list(lab)})

offtopic = []
for i, q in enumerate(off_q, 1):
    lab = labels.OFFTOPIC[i]
    if isinstance(lab, str):
        dropped.append(("offtopic", i, q, lab))
        continue
    offtopic.append(q)

allq = [s["q"] for s in seed] + [c["q"] for c in corpus] + offtopic
norm = [" ".join(q.lower().split()) for q in allq]
dups = {q for q in norm if norm.count(q) > 1}
if dups:
    errors.append(f"duplicate questions: {sorted(dups)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

rng = random.Random(41)
rng.shuffle(seed)
rng.shuffle(corpus)
rng.shuffle(offtopic)

nd = {k: sum(1 for d in dropped if d[0] == k) for k in ("seed", "corpus", "offtopic")}
about = (
    "Held-out set written blind in two phases. Phase 1: 80 seed questions drafted before opening any "
    "document, 10 each in 8 voices in order (" + "; ".join(VOICES) + "), chat-style in the askers' own "
    "words; 40 podman/firecracker/kata questions with guessed source paths drafted from corpus file names "
    "only; 40 off-topic questions (25 near-domain: cloud prices, CVEs, kubectl/terraform/helm, quotas, "
    "licence terms; 15 everyday). Drafts were hashed and made read-only before labelling. Phase 2: seed "
    "questions labelled against knowledge/containers-vs-vms.md, kept only where the article really answers "
    "them, with 1-3 verbatim expect phrases (>=5 words) and a verbatim 3-6 word answer; corpus questions "
    "checked against the stored docs with path guesses corrected; off-topic questions checked against the "
    "article and a grep of the corpus. No question was reworded. "
    f"Kept/dropped: seed {len(seed)}/{nd['seed']}, corpus {len(corpus)}/{nd['corpus']}, "
    f"offtopic {len(offtopic)}/{nd['offtopic']}. Each list shuffled once, in the order seed, corpus, "
    "offtopic, with a single random.Random(41)."
)

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "seed": seed, "corpus": corpus, "offtopic": offtopic},
              f, indent=2, ensure_ascii=False)
    f.write("\n")

with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    for part, i, q, why in dropped:
        f.write(f"{part}\t{i}\t{q}\t{why}\n")

print(f"wrote {OUT}: seed {len(seed)} (dropped {nd['seed']}), corpus {len(corpus)} "
      f"(dropped {nd['corpus']}), offtopic {len(offtopic)} (dropped {nd['offtopic']})")
