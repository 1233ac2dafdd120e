#!/usr/bin/env python3
"""Build /work/main/eval/heldout-circles.json from the frozen drafts + labels.py.

Checks (any failure -> exit 1, nothing written):
  * sha256 of every *-draft.txt matches FROZEN.txt
  * exactly one decision per draft line, question text verbatim
  * seed keep: 1-3 expect phrases, each >=5 words, verbatim inside ONE sentence of the
    article (sentences split at . ! ? and line breaks, whitespace collapsed) and inside the
    whitespace-collapsed article; answer 3-6 words, verbatim, in a sentence that also
    contains one of the expect phrases; no curly quotes anywhere
  * corpus keep: 1-4 paths, each an existing file under /work/shared/corpus
  * draft part sizes (80 seed, 10 per voice; 16/12/12 corpus; 27+13 offtopic)
"""
import datetime, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-circles.json"
DROPPED = os.path.join(HERE, "dropped.txt")
CURLY = "\u2018\u2019\u201c\u201d"

sys.path.insert(0, HERE)
import labels as L  # noqa: E402

errors = []
def err(msg):
    errors.append(msg)

# ---- hashes -------------------------------------------------------------
frozen_lines = open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8").read().splitlines()
frozen = {}
for ln in frozen_lines:
    m = re.match(r"^([0-9a-f]{64})\s+\*?(\S+)$", ln)
    if m:
        frozen[m.group(2)] = m.group(1)
freeze_stamp = next((ln for ln in frozen_lines if ln.strip() and not re.match(r"^[0-9a-f]{64}\s", ln)), "?")
DRAFTS = ["seed-draft.txt", "corpus-draft.txt", "offtopic-draft.txt"]
if sorted(frozen) != sorted(DRAFTS):
    err(f"FROZEN.txt lists {sorted(frozen)}, expected {sorted(DRAFTS)}")
lines = {}
for name in DRAFTS:
    raw = open(os.path.join(HERE, name), "rb").read()
    h = hashlib.sha256(raw).hexdigest()
    if frozen.get(name) != h:
        err(f"hash mismatch for {name}: {h} vs FROZEN {frozen.get(name)}")
    lines[name] = raw.decode("utf-8").split("\n")
    if lines[name] and lines[name][-1] == "":
        lines[name].pop()

EXPECTED_SIZE = {"seed-draft.txt": 80, "corpus-draft.txt": 40, "offtopic-draft.txt": 40}
for name, n in EXPECTED_SIZE.items():
    if len(lines[name]) != n:
        err(f"{name} has {len(lines[name])} lines, expected {n}")

# ---- article -------------------------------------------------------------
art_raw = open(ARTICLE, encoding="utf-8").read()
collapse = lambda s: re.sub(r"\s+", " ", s).strip()
art_flat = collapse(art_raw)
sentences = []
for raw_line in art_raw.split("\n"):
    for s in re.split(r"[.!?]", raw_line):
        s = collapse(s)
        if s:
            sentences.append(s)
nwords = lambda s: len(s.split())

def check_text(tag, s):
    if any(c in s for c in CURLY):
        err(f"{tag}: curly quote in {s!r}")
    if s != s.strip() or "\n" in s:
        err(f"{tag}: stray whitespace in {s!r}")

# ---- decisions -----------------------------------------------------------
def check_keys(part, table, n):
    if sorted(table) != list(range(1, n + 1)):
        err(f"{part}: decisions keyed {sorted(table)[:3]}..., need exactly 1..{n}")

check_keys("seed", L.SEED, len(lines["seed-draft.txt"]))
check_keys("corpus", L.CORPUS, len(lines["corpus-draft.txt"]))
check_keys("offtopic", L.OFFTOPIC, len(lines["offtopic-draft.txt"]))

def verbatim(part, table, name):
    for i, d in table.items():
        if 1 <= i <= len(lines[name]) and d["q"] != lines[name][i - 1]:
            err(f"{part}:{i}: question text differs from draft line")
        check_text(f"{part}:{i} q", d["q"])
        if not isinstance(d.get("keep"), bool):
            err(f"{part}:{i}: keep must be bool")
        if d.get("keep") is False and not (d.get("why") or "").strip():
            err(f"{part}:{i}: dropped without a reason")

verbatim("seed", L.SEED, "seed-draft.txt")
verbatim("corpus", L.CORPUS, "corpus-draft.txt")
verbatim("offtopic", L.OFFTOPIC, "offtopic-draft.txt")

seed_out, corpus_out, off_out, dropped = [], [], [], []
for i in sorted(L.SEED):
    d = L.SEED[i]
    if not d["keep"]:
        dropped.append(f"seed:{i}\t{d['q']}\t-- {d['why']}")
        continue
    ex, ans = d.get("expect") or [], d.get("answer") or ""
    if not 1 <= len(ex) <= 3:
        err(f"seed:{i}: {len(ex)} expect phrases (need 1-3)")
    if len(set(ex)) != len(ex):
        err(f"seed:{i}: duplicate expect phrases")
    ex_sents = set()
    for p in ex:
        check_text(f"seed:{i} expect", p)
        if nwords(p) < 5:
            err(f"seed:{i}: expect {p!r} has {nwords(p)} words (<5)")
        if p not in art_flat:
            err(f"seed:{i}: expect {p!r} not verbatim in article")
        hits = [k for k, s in enumerate(sentences) if p in s]
        if not hits:
            err(f"seed:{i}: expect {p!r} not inside a single sentence")
        ex_sents.update(hits)
    check_text(f"seed:{i} answer", ans)
    if not 3 <= nwords(ans) <= 6:
        err(f"seed:{i}: answer {ans!r} has {nwords(ans)} words (need 3-6)")
    if ans not in art_flat:
        err(f"seed:{i}: answer {ans!r} not verbatim in article")
    if not any(ans in sentences[k] for k in ex_sents):
        err(f"seed:{i}: answer {ans!r} shares no sentence with an expect phrase")
    seed_out.append({"q": d["q"], "expect": list(ex), "answer": ans})

for i in sorted(L.CORPUS):
    d = L.CORPUS[i]
    if not d["keep"]:
        dropped.append(f"corpus:{i}\t{d['q']}\t-- {d['why']}")
        continue
    files = d.get("files") or []
    if not 1 <= len(files) <= 4:
        err(f"corpus:{i}: {len(files)} files (need 1-4)")
    if len(set(files)) != len(files):
        err(f"corpus:{i}: duplicate files")
    for f in files:
        if f.startswith("/") or ".." in f.split("/") or not os.path.isfile(os.path.join(CORPUS, f)):
            err(f"corpus:{i}: {f} is not an existing corpus file")
    corpus_out.append({"q": d["q"], "expectSource": list(files)})

for i in sorted(L.OFFTOPIC):
    d = L.OFFTOPIC[i]
    if not d["keep"]:
        dropped.append(f"offtopic:{i}\t{d['q']}\t-- {d['why']}")
        continue
    if not d.get("checked"):
        err(f"offtopic:{i}: no checked terms recorded")
    off_out.append(d["q"])

# ---- counts --------------------------------------------------------------
def rng(table, a, b):
    items = [table[i] for i in range(a, b + 1) if i in table]
    return sum(1 for d in items if d["keep"]), len(items)

voice_counts = []
for (a, b), voice in sorted(L.VOICES.items()):
    if b - a + 1 != 10:
        err(f"voice block {a}-{b} is not 10 lines")
    k, n = rng(L.SEED, a, b)
    voice_counts.append(f"{voice} {k}/{n}")
corpus_parts = [("podman", 1, 16), ("firecracker", 17, 28), ("kata", 29, 40)]
corpus_counts = [f"{name} {rng(L.CORPUS, a, b)[0]}/{rng(L.CORPUS, a, b)[1]}" for name, a, b in corpus_parts]
for name, a, b in corpus_parts:
    for i in range(a, b + 1):
        q = L.CORPUS.get(i, {}).get("q", "").lower()
        if name not in q:
            err(f"corpus:{i}: question does not name {name}")
off_near, off_every = rng(L.OFFTOPIC, 1, 27), rng(L.OFFTOPIC, 28, 40)

if errors:
    print(f"BUILD FAILED ({len(errors)} problems); nothing written:", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

# ---- informational: off-topic term hits (judged by hand in labels.py) ------
def grep_hits(term):
    r = subprocess.run(["grep", "-rliF", "--", term, ARTICLE, CORPUS], capture_output=True, text=True)
    return [p for p in r.stdout.splitlines() if p]

lenient = [(i, L.SEED[i]["lenient"]) for i in sorted(L.SEED) if L.SEED[i]["keep"] and L.SEED[i].get("lenient")]
built = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
about = (
    "Blind held-out set 'circles' for the containers-vs-VMs Slack bot. Method: corpus file NAMES listed first "
    "(corpus-filenames.txt); 160 questions drafted without opening any project file, document, test or other eval set "
    "(80 seed in 8 new voices x10, 40 corpus questions written from file names only: podman 16, firecracker 12, kata 12; "
    "40 off-topic: 27 near-domain + 13 everyday); drafts frozen with sha256 at " + freeze_stamp + " (FROZEN.txt); only then "
    "labelled: seed against /work/main/knowledge/containers-vs-vms.md only (kept if the article answers it as asked; expect = "
    "1-3 verbatim phrases >=5 words inside one sentence, answer = verbatim 3-6 words sharing a sentence with an expect phrase), "
    "corpus by grepping/reading /work/shared/corpus (1-4 answering files, paths relative to the corpus root), off-topic by grepping "
    "each question's distinctive terms in article and corpus (dropped only if a document actually answers it). Questions never reworded; "
    "items in draft order. Built " + built + " by build.py (re-checks hashes and every rule). "
    f"Counts kept/drafted: seed {len(seed_out)}/{len(L.SEED)} (" + "; ".join(voice_counts) + "); "
    f"corpus {len(corpus_out)}/{len(L.CORPUS)} (" + "; ".join(corpus_counts) + "); "
    f"offtopic {len(off_out)}/{len(L.OFFTOPIC)} (near-domain {off_near[0]}/{off_near[1]}; everyday {off_every[0]}/{off_every[1]}). "
    f"Judgement calls: {len(lenient)} seed items kept leniently (seed draft lines " + ", ".join(str(i) for i, _ in lenient) + "): "
    "the article answers the gist but not every detail (e.g. resources vs RAM, management effort vs team size, Windows/FreeBSD only via "
    "'separate OS instances'/'full OS compatibility', CI/compliance/cost-split inferred from general isolation/licensing/effort statements); "
    "per-line notes in labels.py and README.md. Off-topic: term hits in the corpus (e.g. bastion, CrashLoopBackOff, grafana, n2-standard, CVSS) "
    "were incidental and answered none of the questions, so none was dropped."
)
out = {"about": about, "seed": seed_out, "corpus": corpus_out, "offtopic": off_out}
assert list(out) == ["about", "seed", "corpus", "offtopic"]

tmp = OUT + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open(DROPPED + ".tmp", "w", encoding="utf-8") as f:
    f.write("# draft items dropped at labelling time (part:line<TAB>question<TAB>-- reason)\n")
    f.write("\n".join(dropped) + ("\n" if dropped else ""))
    f.write("\n# off-topic grep report (informational; every hit judged by hand, see labels.py notes)\n")
    for i in sorted(L.OFFTOPIC):
        for t in L.OFFTOPIC[i]["checked"]:
            h = grep_hits(t)
            f.write(f"offtopic:{i}\t{t!r}\t{len(h)} file(s)" + (": " + ", ".join(p.replace(CORPUS + '/', '') for p in h[:4]) if h else "") + "\n")
os.replace(tmp, OUT)
os.replace(DROPPED + ".tmp", DROPPED)
print(f"wrote {OUT}: seed {len(seed_out)}/{len(L.SEED)}, corpus {len(corpus_out)}/{len(L.CORPUS)}, offtopic {len(off_out)}/{len(L.OFFTOPIC)}")
print("voices:", "; ".join(voice_counts))
print("corpus:", "; ".join(corpus_counts))
