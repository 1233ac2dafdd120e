#!/usr/bin/env python3
"""Build /work/main/eval/heldout-crowd.json from the frozen drafts + labels.py.

Reads the read-only drafts by line number, validates every label, keeps the
drafts' order, writes the set and dropped.txt. Exits non-zero on any error.
"""
import hashlib, json, os, re, stat, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L  # noqa: E402

ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-crowd.json"
DROPPED = os.path.join(HERE, "dropped.txt")
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
EXPECTED_LINES = {"seed": 80, "corpus": 40, "offtopic": 40}

errors = []
def err(msg): errors.append(msg)
def norm(s): return re.sub(r"\s+", " ", s).strip()
def words(s): return len(s.split())

# --- drafts -----------------------------------------------------------------
lines, shas = {}, {}
for part, fn in DRAFTS.items():
    p = os.path.join(HERE, fn)
    if os.stat(p).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        err(f"{fn} is writable; drafts must be frozen (chmod a-w)")
    raw = open(p, "rb").read()
    shas[fn] = hashlib.sha256(raw).hexdigest()
    ls = raw.decode("utf-8").split("\n")
    if ls and ls[-1] == "":
        ls = ls[:-1]
    if len(ls) != EXPECTED_LINES[part]:
        err(f"{fn}: {len(ls)} lines, expected {EXPECTED_LINES[part]}")
    for i, q in enumerate(ls, 1):
        if not q.strip():
            err(f"{fn}:{i} empty line")
    lines[part] = ls

# --- every line labelled exactly once (dict keys are unique by construction) -
for part, lab in (("seed", L.SEED), ("corpus", L.CORPUS), ("offtopic", L.OFFTOPIC)):
    want = set(range(1, len(lines[part]) + 1))
    have = set(lab)
    if want - have: err(f"{part}: unlabelled lines {sorted(want - have)}")
    if have - want: err(f"{part}: labels for non-existent lines {sorted(have - want)}")

# --- seed -------------------------------------------------------------------
art = norm(open(ARTICLE, encoding="utf-8").read())
sentences = [norm(s) for s in re.split(r"(?<=[.?!])\s+|\n", open(ARTICLE, encoding="utf-8").read()) if s.strip()]
seed, dropped = [], []
per_voice = {}
for i, q in enumerate(lines["seed"], 1):
    lab = L.SEED.get(i)
    if lab is None: continue
    v = L.VOICES[(i - 1) // 10][0]
    per_voice.setdefault(v, [0, 0])
    if lab[0] == "drop":
        if len(lab) != 2 or not lab[1].strip(): err(f"seed:{i} drop without reason")
        dropped.append(("seed", i, q, lab[1])); per_voice[v][1] += 1
        continue
    if lab[0] != "keep" or len(lab) != 3: err(f"seed:{i} malformed label"); continue
    _, exp, ans = lab
    if not 1 <= len(exp) <= 3: err(f"seed:{i} needs 1-3 expect phrases, has {len(exp)}")
    exp = [norm(e) for e in exp]; ans = norm(ans)
    for e in exp:
        if words(e) < 5: err(f"seed:{i} expect <5 words: {e!r}")
        if e not in art: err(f"seed:{i} expect not verbatim in article: {e!r}")
        if "\u2019" in e: err(f"seed:{i} expect has curly apostrophe: {e!r}")
    if len(set(exp)) != len(exp): err(f"seed:{i} duplicate expect phrases")
    if not 3 <= words(ans) <= 6: err(f"seed:{i} answer must be 3-6 words: {ans!r}")
    if ans not in art: err(f"seed:{i} answer not verbatim in article: {ans!r}")
    if "\u2019" in ans: err(f"seed:{i} answer has curly apostrophe: {ans!r}")
    # answer must come from a sentence that also holds one of the expect passages
    if not any(ans in s and any(e in s for e in exp) for s in sentences):
        err(f"seed:{i} answer not in the same sentence as any expect phrase: {ans!r}")
    seed.append({"q": q, "expect": exp, "answer": ans}); per_voice[v][0] += 1

# --- corpus -----------------------------------------------------------------
corpus = []
for i, q in enumerate(lines["corpus"], 1):
    lab = L.CORPUS.get(i)
    if lab is None: continue
    if lab[0] == "drop":
        if len(lab) != 2 or not lab[1].strip(): err(f"corpus:{i} drop without reason")
        dropped.append(("corpus", i, q, lab[1])); continue
    if lab[0] != "keep" or len(lab) != 2: err(f"corpus:{i} malformed label"); continue
    paths = lab[1]
    if not 1 <= len(paths) <= 3: err(f"corpus:{i} needs 1-3 sources, has {len(paths)}")
    if len(set(paths)) != len(paths): err(f"corpus:{i} duplicate sources")
    for p in paths:
        if p.startswith("/") or ".." in p.split("/"): err(f"corpus:{i} path not relative: {p}")
        elif not os.path.isfile(os.path.join(CORPUS, p)): err(f"corpus:{i} missing file: {p}")
    corpus.append({"q": q, "expectSource": paths})

# --- offtopic ---------------------------------------------------------------
offtopic = []
for i, q in enumerate(lines["offtopic"], 1):
    lab = L.OFFTOPIC.get(i)
    if lab is None: continue
    if lab[0] == "drop":
        dropped.append(("offtopic", i, q, lab[1])); continue
    offtopic.append(q)
near = sum(1 for i in L.NEAR_DOMAIN_LINES if L.OFFTOPIC[i][0] == "keep")

# --- duplicates across the whole set ----------------------------------------
allq = [x["q"] for x in seed] + [x["q"] for x in corpus] + offtopic
if len(set(allq)) != len(allq): err("duplicate questions in output")

if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)

voice_counts = {f"{v} ({name})": {"drafted": 10, "kept": per_voice[v][0], "dropped": per_voice[v][1]}
                for v, name in L.VOICES}
about = (
    "Held-out 'crowd' set. Method: all questions drafted blind (no document opened; for the corpus part only "
    "file names under /work/shared/corpus were listed), drafts frozen (sha256 below, chmod a-w), then labelled: "
    "seed lines kept only if /work/main/knowledge/containers-vs-vms.md really answers them, with 1-3 verbatim "
    "expect phrases (>=5 words) and a verbatim 3-6 word answer from the best sentence; corpus lines kept only if "
    "1-3 corpus documents answer them; off-topic lines kept unless a document answers them (none did). "
    "Questions are never reworded; draft order kept. "
    f"Counts: seed {len(seed)}/80 kept, corpus {len(corpus)}/40 kept, offtopic {len(offtopic)}/40 kept "
    f"({near} near-domain). Seed kept per voice: "
    + ", ".join(f"{k}={v['kept']}/10" for k, v in voice_counts.items())
    + ". Draft sha256: " + ", ".join(f"{k} {v}" for k, v in sorted(shas.items())) + "."
)
out = {"about": about, "seed": seed, "corpus": corpus, "offtopic": offtopic}
tmp = OUT + ".tmp-crowd"
with open(tmp, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2, ensure_ascii=False); f.write("\n")
os.replace(tmp, OUT)

with open(DROPPED, "w", encoding="utf-8") as f:
    for part, i, q, why in dropped:
        f.write(f"{part}:{i}\t{q}\t-- {why}\n")

print(f"seed kept {len(seed)}/80, corpus kept {len(corpus)}/40, offtopic kept {len(offtopic)}/40 ({near} near-domain)")
for k, v in voice_counts.items(): print(f"  {k}: kept {v['kept']}, dropped {v['dropped']}")
for k, v in sorted(shas.items()): print(f"  {v}  {k}")
print(f"wrote {OUT} and {DROPPED}")
