#!/usr/bin/env python3
"""Build /work/main/eval/heldout-trades.json from the frozen drafts and labels.py."""
import hashlib, json, os, re, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels import SEED, CORPUS, OFFTOPIC, SEED_VOICES, CORPUS_GROUPS

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-trades.json"
errors = []

def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    assert all(l.strip() for l in lines), f"blank line in {name}"
    return lines

def sha(name):
    return hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()

# --- verify drafts unchanged since freeze
frozen = {}
for l in open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8"):
    parts = l.split()
    if len(parts) == 2 and re.fullmatch(r"[0-9a-f]{64}", parts[0]):
        frozen[parts[1]] = parts[0]
freeze_date = open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8").read().strip().split("\n")[-1]
for name in ("seed-draft.txt", "corpus-draft.txt", "offtopic-draft.txt"):
    if frozen.get(name) != sha(name):
        errors.append(f"{name} changed since freeze")

seed_q = read_lines("seed-draft.txt")
corpus_q = read_lines("corpus-draft.txt")
off_q = read_lines("offtopic-draft.txt")
assert len(seed_q) == 80 and len(corpus_q) == 40 and len(off_q) == 40

# --- every line decided exactly once (dict keys are unique by construction; check coverage)
for name, labels, n in (("seed", SEED, 80), ("corpus", CORPUS, 40), ("offtopic", OFFTOPIC, 40)):
    missing = set(range(1, n + 1)) - set(labels)
    extra = set(labels) - set(range(1, n + 1))
    if missing or extra:
        errors.append(f"{name}: missing {sorted(missing)} extra {sorted(extra)}")

# --- article text, whitespace collapsed, and its sentences
raw = open(ARTICLE, encoding="utf-8").read()
article = re.sub(r"\s+", " ", raw).strip()
sentences = []
for block in re.split(r"\n\s*\n", raw):
    block = re.sub(r"^\s*(#+|-)\s*", "", re.sub(r"\s+", " ", block).strip())
    if block:
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", block) if s)

def words(s):
    return len(s.split())

seed_out, dropped = [], []
kept_by_voice = [0] * 8
for i, q in enumerate(seed_q, 1):
    lab = SEED[i]
    voice = (i - 1) // 10
    if isinstance(lab, str):
        if not lab.startswith("DROP: "):
            errors.append(f"seed {i}: bad label")
        dropped.append(f"seed {i} [{SEED_VOICES[voice]}]: {lab[6:]}")
        continue
    exp, ans = lab["expect"], lab["answer"]
    if not 1 <= len(exp) <= 3:
        errors.append(f"seed {i}: {len(exp)} expect phrases")
    for p in exp + [ans]:
        if p not in article:
            errors.append(f"seed {i}: not in article: {p!r}")
        if "'" in p and p not in article:
            errors.append(f"seed {i}: straight apostrophe: {p!r}")
    for p in exp:
        if words(p) < 5:
            errors.append(f"seed {i}: expect <5 words: {p!r}")
        if not any(p in s for s in sentences):
            errors.append(f"seed {i}: expect phrase spans sentences: {p!r}")
    if not 3 <= words(ans) <= 6:
        errors.append(f"seed {i}: answer not 3-6 words: {ans!r}")
    if not any(ans in s and any(p in s for p in exp) for s in sentences):
        errors.append(f"seed {i}: answer shares no sentence with an expect phrase: {ans!r}")
    seed_out.append({"q": q, "expect": exp, "answer": ans})
    kept_by_voice[voice] += 1

corpus_out = []
kept_by_group = {g: 0 for g, _, _ in CORPUS_GROUPS}
for i, q in enumerate(corpus_q, 1):
    lab = CORPUS[i]
    group = next(g for g, a, b in CORPUS_GROUPS if a <= i <= b)
    if isinstance(lab, str):
        dropped.append(f"corpus {i} [{group}]: {lab[6:]}")
        continue
    if not 1 <= len(lab) <= 3 or len(set(lab)) != len(lab):
        errors.append(f"corpus {i}: bad source count")
    for p in lab:
        if not os.path.isfile(os.path.join(CORPUS_ROOT, p)):
            errors.append(f"corpus {i}: missing {p}")
    corpus_out.append({"q": q, "expectSource": lab})
    kept_by_group[group] += 1

off_out = []
for i, q in enumerate(off_q, 1):
    lab = OFFTOPIC[i]
    if lab == "KEEP":
        off_out.append(q)
    else:
        dropped.append(f"offtopic {i}: {lab[6:]}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

voice_counts = ", ".join(f"{v} {k}/10" for v, k in zip(SEED_VOICES, kept_by_voice))
group_counts = ", ".join(f"{g} {kept_by_group[g]}/{b - a + 1}" for g, a, b in CORPUS_GROUPS)
about = (
    "Held-out 'trades' set. Method: 160 questions drafted blind (no document opened; for the corpus part only the "
    "file names under /work/shared/corpus were listed), then frozen (sha256 + chmod a-w) on " + freeze_date + ". "
    "Seed: 80 questions in 8 voices x 10 (hospital IT admin, telecom NFV engineer, homelab hobbyist, Windows sysadmin "
    "new to Linux, university lecturer, CI/build engineer, FinOps analyst, penetration tester), labelled against "
    "knowledge/containers-vs-vms.md only; kept only when the article answers the question as asked; expect = 1-3 "
    "verbatim phrases (>=5 words), answer = verbatim 3-6 word phrase in the same sentence as an expect phrase. "
    "Corpus: 40 questions (podman 16, Firecracker 12, Kata 12) kept when 1-3 corpus documents answer them. "
    "Off-topic: 27 near-domain + 13 far off-topic, kept unless a document answers them (terms grepped in article and corpus). "
    f"Labelled {datetime.date.today().isoformat()}. Kept: seed {len(seed_out)}/80 ({voice_counts}); "
    f"corpus {len(corpus_out)}/40 ({group_counts}); offtopic {len(off_out)}/40. "
    f"Draft sha256: seed-draft.txt {sha('seed-draft.txt')}, corpus-draft.txt {sha('corpus-draft.txt')}, "
    f"offtopic-draft.txt {sha('offtopic-draft.txt')}. Questions are verbatim from the drafts, in draft order."
)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"about": about, "seed": seed_out, "corpus": corpus_out, "offtopic": off_out}, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(dropped) + "\n")
print(about)
print(f"dropped: {len(dropped)}")
