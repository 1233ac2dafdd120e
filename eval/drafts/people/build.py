#!/usr/bin/env python3
"""Build /work/main/eval/heldout-people.json from the read-only drafts + labels.py.
Checks: every seed expect/answer is an exact whitespace-normalised substring of the
article; expect phrases >=5 words, answer 3-6 words; every corpus path exists;
every draft line is labelled exactly once. Also writes dropped.txt."""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L

ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-people.json"
DROPPED = os.path.join(HERE, "dropped.txt")
DRAFTS = ["seed-draft.txt", "corpus-draft.txt", "offtopic-draft.txt"]
VOICES = ["SRE paged at 3am", "security reviewer", "startup CTO", "data scientist",
          "game-server developer", "edge/IoT engineer", "CS student", "hospital IT manager"]

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        out = f.read().split("\n")
    assert out[-1] == "", name
    return out[:-1]

def sha(name):
    return hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()

errors = []
article = norm(open(ARTICLE, encoding="utf-8").read())
seed_lines, corpus_lines, off_lines = (lines(n) for n in DRAFTS)
assert (len(seed_lines), len(corpus_lines), len(off_lines)) == (80, 40, 40)

def covered(keep, drop, n, part):
    k, d = set(keep), set(drop)
    if k & d: errors.append(f"{part}: both kept and dropped {sorted(k & d)}")
    missing = set(range(1, n + 1)) - k - d
    extra = (k | d) - set(range(1, n + 1))
    if missing: errors.append(f"{part}: unlabelled lines {sorted(missing)}")
    if extra: errors.append(f"{part}: labels for nonexistent lines {sorted(extra)}")

covered(L.SEED_KEEP, L.SEED_DROP, 80, "seed")
covered(L.CORPUS_KEEP, L.CORPUS_DROP, 40, "corpus")

seed, dropped = [], []
for i, q in enumerate(seed_lines, 1):
    if i in L.SEED_KEEP:
        lab = L.SEED_KEEP[i]
        ex, ans = lab["expect"], lab["answer"]
        if not 1 <= len(ex) <= 3: errors.append(f"seed {i}: {len(ex)} expect phrases")
        for p in ex:
            if len(p.split()) < 5: errors.append(f"seed {i}: expect too short: {p!r}")
            if norm(p) not in article: errors.append(f"seed {i}: expect not in article: {p!r}")
        if not 3 <= len(ans.split()) <= 6: errors.append(f"seed {i}: answer length: {ans!r}")
        if norm(ans) not in article: errors.append(f"seed {i}: answer not in article: {ans!r}")
        seed.append({"q": q, "expect": [norm(p) for p in ex], "answer": norm(ans)})
    else:
        dropped.append(f"seed\t{i}\t{L.SEED_DROP[i]}\t{q}")

corpus = []
for i, line in enumerate(corpus_lines, 1):
    q, guess = line.split("\t")
    if i in L.CORPUS_KEEP:
        paths = L.CORPUS_KEEP[i]
        if not 1 <= len(paths) <= 3: errors.append(f"corpus {i}: {len(paths)} sources")
        for p in paths:
            if not os.path.isfile(os.path.join(CORPUS, p)): errors.append(f"corpus {i}: missing {p}")
        corpus.append({"q": q, "expectSource": paths})
    else:
        dropped.append(f"corpus\t{i}\t{L.CORPUS_DROP[i]}\t{q}")

offtopic = []
for i, q in enumerate(off_lines, 1):
    if i in L.OFFTOPIC_DROP:
        dropped.append(f"offtopic\t{i}\t{L.OFFTOPIC_DROP[i]}\t{q}")
    else:
        offtopic.append(q)

if errors:
    print("\n".join(errors)); sys.exit(1)

per_voice = [sum(1 for i in L.SEED_KEEP if v * 10 < i <= v * 10 + 10) for v in range(8)]
hashes = {n: sha(n) for n in DRAFTS}
about = (
    "Held-out 'people' set. Phase 1: questions drafted blind (before opening the article or any corpus "
    "document; corpus questions written from file names only) in 8 personas x 10 "
    "(" + ", ".join(f"{v}: {k}/10 kept" for v, k in zip(VOICES, per_voice)) + "), "
    "40 podman/firecracker/kata questions and 40 off-topic questions; drafts hashed and made read-only. "
    "Phase 2: labelled against knowledge/containers-vs-vms.md (seed: expect = 1-3 verbatim article phrases, "
    "answer = verbatim 3-6 word phrase) and /work/shared/corpus (expectSource, paths relative to corpus). "
    "Questions are never reworded. Counts: seed {}/80 kept, corpus {}/40 kept, offtopic {}/40 kept. "
    "sha256 seed-draft.txt={} corpus-draft.txt={} offtopic-draft.txt={}".format(
        len(seed), len(corpus), len(offtopic),
        hashes["seed-draft.txt"], hashes["corpus-draft.txt"], hashes["offtopic-draft.txt"]))

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "seed": seed, "corpus": corpus, "offtopic": offtopic}, f,
              ensure_ascii=False, indent=2)
    f.write("\n")
with open(DROPPED, "w", encoding="utf-8") as f:
    f.write("part\tline\treason\tquestion\n" + "\n".join(dropped) + "\n")
print(f"seed {len(seed)}/80  corpus {len(corpus)}/40  offtopic {len(offtopic)}/40  per-voice {per_voice}")
print(json.dumps(hashes, indent=1))
