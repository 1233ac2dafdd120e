#!/usr/bin/env python3
"""Build /work/main/eval/heldout-voices.json from the phase-1 drafts and phase-2 labels."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import SEED, CORPUS  # noqa: E402

ARTICLE = "/work/shared/seed/containers-vs-vms.txt"
CORPUS_DIR = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-voices.json"

def collapse(s):
    return re.sub(r"\s+", " ", s).strip()

def lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]

article = collapse(open(ARTICLE, encoding="utf-8").read())
seed_draft = lines("seed-draft.txt")
corpus_draft = [l.split("\t")[0] for l in lines("corpus-draft.txt")]
off_draft = lines("offtopic-draft.txt")
dropped = {"seed": set(), "corpus": set(), "offtopic": set()}
for l in lines("dropped.txt"):
    if l.startswith("#"):
        continue
    kind, q, reason = l.split("\t")
    assert reason.strip(), l
    assert q not in dropped[kind], "dup drop: " + q
    dropped[kind].add(q)

errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

for name, draft in (("seed", seed_draft), ("corpus", corpus_draft), ("offtopic", off_draft)):
    check(len(draft) == len(set(draft)), f"duplicate questions in {name} draft")
    check(dropped[name] <= set(draft), f"{name}: dropped question not in draft (reworded?): {dropped[name] - set(draft)}")

# seed
check(set(SEED) <= set(seed_draft), f"seed label not in draft: {set(SEED) - set(seed_draft)}")
seed = []
for q in seed_draft:
    kept, drop = q in SEED, q in dropped["seed"]
    check(kept != drop, f"seed question must be kept xor dropped: {q}")
    if not kept:
        continue
    expect, answer = SEED[q]
    check(1 <= len(expect) <= 3, f"1-3 expect phrases: {q}")
    check(len(expect) == len(set(expect)), f"dup expect: {q}")
    for p in expect:
        check(len(p.split()) >= 5, f"expect phrase < 5 words: {p!r}")
        check(collapse(p) in article, f"expect phrase not verbatim in article: {p!r}")
    check(3 <= len(answer.split()) <= 6, f"answer not 3-6 words: {answer!r}")
    check(collapse(answer) in article, f"answer not verbatim in article: {answer!r}")
    seed.append({"q": q, "expect": expect, "answer": answer})

# corpus
check(set(CORPUS) <= set(corpus_draft), f"corpus label not in draft: {set(CORPUS) - set(corpus_draft)}")
corpus = []
for q in corpus_draft:
    kept, drop = q in CORPUS, q in dropped["corpus"]
    check(kept != drop, f"corpus question must be kept xor dropped: {q}")
    if not kept:
        continue
    src = CORPUS[q]
    check(1 <= len(src) <= 3 and len(src) == len(set(src)), f"1-3 distinct sources: {q}")
    for p in src:
        check(os.path.isfile(os.path.join(CORPUS_DIR, p)), f"missing source {p}")
    corpus.append({"q": q, "expectSource": src})

# offtopic
offtopic = [q for q in off_draft if q not in dropped["offtopic"]]

allq = [x["q"] for x in seed] + [x["q"] for x in corpus] + offtopic
check(len(allq) == len(set(allq)), "duplicate question across lists")
check(len({q.lower() for q in allq}) == len(allq), "case-insensitive duplicate question")

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

for lst in (seed, corpus, offtopic):
    random.Random(29).shuffle(lst)

about = (
    "Held-out 'voices' set: questions written blind in users' own words (8 seed personas x 10, "
    "40 corpus questions from the corpus file list only, 40 off-topic: 25 near-domain + 15 everyday); "
    "phase-1 drafts sha256-hashed (drafts/voices/README.md) before the article or any corpus file was opened; "
    "then labelled without rewording: seed kept only if containers-vs-vms.txt answers it (expect = 1-3 verbatim "
    "phrases >=5 words, answer = verbatim 3-6 word phrase from the best-answering sentence), corpus kept only if "
    "1-3 docs clearly answer it, off-topic kept only if neither source answers it. "
    f"Counts: seed {len(seed)}/{len(seed_draft)} kept, corpus {len(corpus)}/{len(corpus_draft)} kept, "
    f"offtopic {len(offtopic)}/{len(off_draft)} kept; drop reasons in drafts/voices/dropped.txt. "
    "Each list shuffled once with random.Random(29).shuffle."
)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "seed": seed, "corpus": corpus, "offtopic": offtopic}, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {OUT}: seed {len(seed)}, corpus {len(corpus)}, offtopic {len(offtopic)}")
