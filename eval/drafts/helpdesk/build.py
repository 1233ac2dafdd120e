#!/usr/bin/env python3
"""Build /work/main/eval/heldout-helpdesk.json from the blind drafts + phase-2 labels.

Checks: expect/answer phrases occur verbatim (case-sensitive) in the
whitespace-collapsed article; answer shares a sentence with an expect phrase;
every expectSource path exists; every draft question is kept or dropped exactly
once; no duplicates; draft hashes match README. Then shuffles each list once with
a single random.Random(31) (seed, corpus, offtopic in that order) and writes JSON.
"""
import hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels  # noqa: E402

ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-helpdesk.json"
SEED_VALUE = 31

errors = []
def err(msg): errors.append(msg)

def lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]

# --- draft hashes must match what README recorded before phase 2
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for name in ("seed-draft.txt", "corpus-draft.txt", "offtopic-draft.txt"):
    h = hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
    if f"{h}  {name}" not in readme:
        err(f"sha256 of {name} ({h}) not recorded in README.md")

seed_draft = lines("seed-draft.txt")
corpus_draft = [l.split("\t")[0] for l in lines("corpus-draft.txt")]
off_draft = lines("offtopic-draft.txt")

dropped = {"seed": [], "corpus": [], "offtopic": []}
for l in lines("dropped.txt"):
    if l.startswith("#"):
        continue
    parts = l.split("\t")
    if len(parts) != 3 or parts[0] not in dropped or not parts[2].strip():
        err(f"bad dropped.txt line: {l!r}")
        continue
    dropped[parts[0]].append(parts[1])

# --- article
text = open(ARTICLE, encoding="utf-8").read()
collapsed = " ".join(text.split())
sentences = re.split(r"(?<=[.?!])\s+", collapsed)

seed_out = []
for q, expect, answer in labels.SEED:
    if not (1 <= len(expect) <= 3):
        err(f"seed {q!r}: need 1-3 expect phrases")
    for p in expect:
        if len(p.split()) < 5:
            err(f"seed {q!r}: expect phrase under 5 words: {p!r}")
        if p not in collapsed:
            err(f"seed {q!r}: expect phrase not in article: {p!r}")
    n = len(answer.split())
    if not (3 <= n <= 6):
        err(f"seed {q!r}: answer must be 3-6 words ({n}): {answer!r}")
    if answer not in collapsed:
        err(f"seed {q!r}: answer not in article: {answer!r}")
    elif not any(answer in s and any(p in s for p in expect) for s in sentences):
        err(f"seed {q!r}: answer {answer!r} not in a sentence matched by an expect phrase")
    seed_out.append({"q": q, "expect": list(expect), "answer": answer})

corpus_out = []
for q, paths in labels.CORPUS:
    if not (1 <= len(paths) <= 3):
        err(f"corpus {q!r}: need 1-3 paths")
    if len(set(paths)) != len(paths):
        err(f"corpus {q!r}: duplicate path")
    for p in paths:
        if not os.path.isfile(os.path.join(CORPUS_ROOT, p)):
            err(f"corpus {q!r}: missing file {p}")
    corpus_out.append({"q": q, "expectSource": list(paths)})

off_out = [q for q in off_draft if q not in dropped["offtopic"]]

# --- accounting: every draft question kept or dropped exactly once
def account(name, draft, kept, drop):
    if len(set(draft)) != len(draft):
        err(f"{name}: duplicate questions in draft")
    for q in kept + drop:
        if q not in draft:
            err(f"{name}: not a verbatim draft question: {q!r}")
    for q in draft:
        c = kept.count(q) + drop.count(q)
        if c != 1:
            err(f"{name}: question kept/dropped {c} times: {q!r}")
    return len(kept), len(drop)

counts = {
    "seed": account("seed", seed_draft, [x["q"] for x in seed_out], dropped["seed"]),
    "corpus": account("corpus", corpus_draft, [x["q"] for x in corpus_out], dropped["corpus"]),
    "offtopic": account("offtopic", off_draft, off_out, dropped["offtopic"]),
}
allq = [x["q"] for x in seed_out] + [x["q"] for x in corpus_out] + off_out
if len(set(allq)) != len(allq):
    err("duplicate question across lists")

if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)

rng = random.Random(SEED_VALUE)
rng.shuffle(seed_out)
rng.shuffle(corpus_out)
rng.shuffle(off_out)

(sk, sd), (ck, cd), (ok, od) = counts["seed"], counts["corpus"], counts["offtopic"]
about = (
    "Held-out 'helpdesk' set, written blind: 80 general questions (eight new voices, 10 each: "
    "QA/test engineer, product manager, DBA, iOS developer moving to backend, support engineer relaying "
    "customers, technical writer, an intern's mentor, a CFO's financial analyst), 40 podman/firecracker/kata "
    "questions drafted from corpus file names only, and 40 off-topic questions (25 near-domain, 15 everyday) "
    "were written and sha256-hashed (see eval/drafts/helpdesk/README.md) before any document was opened. "
    "Labelling then read only the article knowledge/containers-vs-vms.md and the corpus files: seed questions "
    "were kept only if the article really answers them, with 1-3 verbatim expect phrases (>=5 words) and a "
    "verbatim 3-6 word answer from the best sentence; corpus questions were kept only if 1-3 documents clearly "
    "answer them (path guesses corrected after reading); off-topic questions were kept only if neither the "
    "article nor a grep of the corpus answers them. Questions were never reworded. "
    f"Kept/dropped: seed {sk}/{sd}, corpus {ck}/{cd}, offtopic {ok}/{od}; drop reasons in dropped.txt. "
    f"build.py verifies phrases against the whitespace-collapsed article and paths against /work/shared/corpus, "
    f"then shuffles seed, corpus and offtopic once each, in that order, with one random.Random({SEED_VALUE})."
)

out = {"about": about, "seed": seed_out, "corpus": corpus_out, "offtopic": off_out}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {OUT}: seed {sk} kept/{sd} dropped, corpus {ck}/{cd}, offtopic {ok}/{od}")
