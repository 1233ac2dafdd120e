#!/usr/bin/env python3
"""Build /work/main/eval/heldout-guilds.json from the frozen drafts + labels.py.

Re-checks everything first; if any check fails, prints the problems and writes nothing.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels  # noqa: E402

OUT = "/work/main/eval/heldout-guilds.json"
DROPPED = os.path.join(HERE, "dropped.txt")
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
LABELS = {"seed": labels.SEED, "corpus": labels.CORPUS_Q, "offtopic": labels.OFFTOPIC}
VOICES = ["mobile-app backend developer", "on-call SRE at a bank", "robotics lab researcher",
          "nonprofit IT volunteer", "compliance auditor", "data-centre capacity planner",
          "cloud-cert student", "managed-hosting support manager"]
DATE = "2026-12-05"

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return " ".join(s.split())


def words(s):
    return len(s.split())


# ---- 1. hashes vs FROZEN.txt -------------------------------------------------
frozen = {}
freeze_time = None
with open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8") as f:
    for line in f:
        m = re.match(r"^([0-9a-f]{64})\s+\*?(\S+)$", line.strip())
        if m:
            frozen[m.group(2)] = m.group(1)
        elif line.strip():
            freeze_time = line.strip()
drafts = {}
for sec, fn in DRAFTS.items():
    path = os.path.join(HERE, fn)
    data = open(path, "rb").read()
    h = hashlib.sha256(data).hexdigest()
    if frozen.get(fn) != h:
        err(f"hash mismatch for {fn}: frozen={frozen.get(fn)} now={h}")
    text = data.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    drafts[sec] = lines
if not freeze_time:
    err("no freeze time in FROZEN.txt")
for sec, n in (("seed", 80), ("corpus", 40), ("offtopic", 40)):
    if len(drafts[sec]) != n:
        err(f"{sec}: expected {n} draft lines, found {len(drafts[sec])}")

# ---- 2. exactly one decision per line, question text verbatim -------------------
for sec, lab in LABELS.items():
    lines = drafts[sec]
    want = set(range(1, len(lines) + 1))
    got = set(lab)
    if got != want:
        err(f"{sec}: decisions missing for {sorted(want - got)}, extra {sorted(got - want)}")
    for i in sorted(got & want):
        d = lab[i]
        if d.get("decision") not in ("keep", "drop"):
            err(f"{sec}:{i}: decision must be keep or drop, got {d.get('decision')!r}")
        if d.get("q") != lines[i - 1]:
            err(f"{sec}:{i}: question text differs from draft line")
        if not d.get("reason"):
            err(f"{sec}:{i}: no reason recorded")

# ---- 3. seed: expect/answer checks against the article ------------------------
raw = open(labels.ARTICLE, encoding="utf-8").read()
article = collapse(raw)
sentences = []
for line in raw.split("\n"):
    line = re.sub(r"^\s*(#+|[-*])\s*", "", line).strip()
    if not line:
        continue
    for s in re.split(r"(?<=[.!?])\s+", line):
        s = collapse(s)
        if s:
            sentences.append(s)


def sentences_with(phrase):
    return [k for k, s in enumerate(sentences) if phrase in s]


for i, d in sorted(labels.SEED.items()):
    if d.get("decision") != "keep":
        continue
    exp = d.get("expect") or []
    if not 1 <= len(exp) <= 3:
        err(f"seed:{i}: need 1-3 expect phrases, got {len(exp)}")
    exp_sents = set()
    for p in exp:
        if words(p) < 5:
            err(f"seed:{i}: expect phrase under 5 words: {p!r}")
        if collapse(p) != p:
            err(f"seed:{i}: expect phrase has irregular whitespace: {p!r}")
        if p not in article:
            err(f"seed:{i}: expect phrase not verbatim in article: {p!r}")
        ks = sentences_with(p)
        if not ks:
            err(f"seed:{i}: expect phrase not inside a single sentence: {p!r}")
        exp_sents.update(ks)
    a = d.get("answer", "")
    if not 3 <= words(a) <= 6:
        err(f"seed:{i}: answer must be 3-6 words: {a!r}")
    if a not in article:
        err(f"seed:{i}: answer not verbatim in article: {a!r}")
    if not set(sentences_with(a)) & exp_sents:
        err(f"seed:{i}: answer shares no sentence with an expect phrase: {a!r}")

# ---- 4. corpus: paths exist, 1-4 of them ---------------------------------------
for i, d in sorted(labels.CORPUS_Q.items()):
    if d.get("decision") != "keep":
        continue
    src = d.get("expectSource") or []
    if not 1 <= len(src) <= 4:
        err(f"corpus:{i}: need 1-4 expectSource paths, got {len(src)}")
    if len(set(src)) != len(src):
        err(f"corpus:{i}: duplicate paths")
    for p in src:
        if p.startswith("/") or ".." in p.split("/"):
            err(f"corpus:{i}: path must be relative to the corpus: {p}")
        elif not os.path.isfile(os.path.join(labels.CORPUS, p)):
            err(f"corpus:{i}: path does not exist: {p}")

if errors:
    print(f"BUILD FAILED ({len(errors)} problems); nothing written.")
    for e in errors:
        print("  -", e)
    sys.exit(1)

# ---- 5. build ------------------------------------------------------------------
def kept(sec):
    return [(i, d) for i, d in sorted(LABELS[sec].items()) if d["decision"] == "keep"]


seed = [{"q": d["q"], "expect": list(d["expect"]), "answer": d["answer"]} for _, d in kept("seed")]
corpus = [{"q": d["q"], "expectSource": list(d["expectSource"])} for _, d in kept("corpus")]
offtopic = [d["q"] for _, d in kept("offtopic")]

voice_counts = []
for v, name in enumerate(VOICES):
    lines = range(v * 10 + 1, v * 10 + 11)
    k = sum(1 for i in lines if labels.SEED[i]["decision"] == "keep")
    voice_counts.append(f"{name} {k}/10")
judg = sum(1 for _, d in kept("seed") if d.get("judgement"))
judg_drop = sum(1 for d in labels.SEED.values() if d["decision"] == "drop" and d.get("judgement"))


def sub(sec, lo, hi):
    return sum(1 for i in range(lo, hi + 1) if LABELS[sec][i]["decision"] == "keep")


about = (
    f"Held-out 'guilds' eval set, {DATE}. Written blind: all 160 questions were drafted "
    f"(seed-draft.txt, corpus-draft.txt, offtopic-draft.txt) before any document, project code, test, lexicon "
    f"or other eval set was opened; only the corpus file NAMES were listed beforehand. Drafts were frozen by "
    f"sha256 in FROZEN.txt at {freeze_time} and never edited afterwards. Labelling: seed questions were kept only "
    f"if knowledge/containers-vs-vms.md answers them as asked; each kept item carries 1-3 expect phrases copied "
    f"verbatim from the article (>=5 words, within one sentence) and a 3-6 word verbatim short answer that shares "
    f"a sentence with an expect phrase. Corpus questions were answered by grepping/reading /work/shared/corpus and "
    f"list the 1-4 files that answer them. Off-topic questions had their distinctive terms grepped in the article "
    f"and corpus and would have been dropped if a document answered them. Questions were never reworded. "
    f"Counts kept/drafted: seed {len(seed)}/80 ({judg} kept as judgement calls, {judg_drop} borderline drops); "
    f"per voice: {', '.join(voice_counts)}. Corpus {len(corpus)}/40 (podman {sub('corpus', 1, 16)}/16, "
    f"firecracker {sub('corpus', 17, 28)}/12, kata {sub('corpus', 29, 40)}/12). Off-topic {len(offtopic)}/40 "
    f"(near-domain {sub('offtopic', 1, 27)}/27, everyday {sub('offtopic', 28, 40)}/13). Items are in draft order; "
    f"decisions and reasons are in eval/drafts/guilds/labels.py and dropped.txt."
)

out = {"about": about, "seed": seed, "corpus": corpus, "offtopic": offtopic}
tmp = OUT + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")
os.replace(tmp, OUT)

with open(DROPPED, "w", encoding="utf-8") as f:
    for sec in ("seed", "corpus", "offtopic"):
        for i, d in sorted(LABELS[sec].items()):
            if d["decision"] == "drop":
                f.write(f"{sec}:{i}\t{d['q']}\t{d['reason']}\n")

print(f"wrote {OUT}: seed {len(seed)}, corpus {len(corpus)}, offtopic {len(offtopic)}")
print(f"seed judgement-call keeps: {judg}; borderline drops: {judg_drop}")
print("per voice:", "; ".join(voice_counts))
