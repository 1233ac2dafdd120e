#!/usr/bin/env python3
"""Validate draft/labels against the frozen hash and the article; write seed-11.json + dropped.txt only if all checks pass.

usage: validate.py [workdir] [out_json] [article]
"""
import hashlib, json, os, random, re, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = sys.argv[1] if len(sys.argv) > 1 else HERE
OUT = sys.argv[2] if len(sys.argv) > 2 else "/work/main/eval/conversations/seed-11.json"
ART = sys.argv[3] if len(sys.argv) > 3 else "/work/main/knowledge/containers-vs-vms.md"
SEED = 59
CURLY = "\u2018\u2019\u201c\u201d"

errors = []
def err(m): errors.append(m)

def wc(s): return len(s.split())
def collapse(s): return " ".join(s.split())

# --- hash
draft_bytes = open(os.path.join(WORK, "draft.json"), "rb").read()
frozen = open(os.path.join(WORK, "FROZEN.txt"), encoding="utf-8").read().splitlines()
frozen_hash = frozen[0].split()[0]
frozen_time = frozen[1].strip() if len(frozen) > 1 else ""
h = hashlib.sha256(draft_bytes).hexdigest()
if h != frozen_hash:
    err(f"draft.json hash {h} != FROZEN {frozen_hash}")

draft = json.loads(draft_bytes.decode("utf-8"))
labels = json.load(open(os.path.join(WORK, "labels.json"), encoding="utf-8"))

# --- article sentences (split at . ! ? and line breaks, whitespace collapsed)
art = open(ART, encoding="utf-8").read()
art_flat = collapse(art)
sentences = [collapse(s) for line in art.splitlines() for s in re.split(r"[.!?]", line)]
sentences = [s for s in sentences if s]

def sentences_with(p):
    return [i for i, s in enumerate(sentences) if p in s]

# --- draft shape
if len(draft) != 70:
    err(f"draft has {len(draft)} items, expected 70")
for i, d in enumerate(draft):
    c = d.get("context")
    if not (isinstance(c, list) and 1 <= len(c) <= 2 and all(isinstance(x, str) and x.strip() for x in c)):
        err(f"[{i}] bad context")
        continue
    if not c[0].startswith("@bot"):
        err(f"[{i}] first context message lacks @bot mention")
    if not isinstance(d.get("q"), str) or not d["q"].strip() or "@bot" in d["q"]:
        err(f"[{i}] bad q")
    for s in c + [d.get("q", "")]:
        if any(ch in s for ch in CURLY):
            err(f"[{i}] curly quote in draft text")

# --- one decision per index
seen = {}
for lab in labels:
    i = lab.get("i")
    if not isinstance(i, int) or not 0 <= i < len(draft):
        err(f"label with bad index {i!r}")
        continue
    if i in seen:
        err(f"[{i}] labelled more than once")
    seen[i] = lab
missing = sorted(set(range(len(draft))) - set(seen))
if missing:
    err(f"unlabelled indices: {missing}")

kept, chatter, dropped = [], [], []
for i in sorted(seen):
    lab, d = seen[i], draft[i]
    dec = lab.get("decision")
    if dec not in ("KEEP", "DROP"):
        err(f"[{i}] bad decision {dec!r}")
        continue
    if not str(lab.get("reason", "")).strip():
        err(f"[{i}] missing reason")
    is_ch = bool(lab.get("chatter"))
    if is_ch != bool(d.get("chatter")):
        err(f"[{i}] chatter flag mismatch between draft and label")
    if dec == "DROP":
        if "expect" in lab or "answer" in lab:
            err(f"[{i}] DROP carries expect/answer")
        if is_ch:
            err(f"[{i}] chatter items must be KEEP")
        dropped.append((i, lab["reason"]))
        continue
    if is_ch:
        if "expect" in lab or "answer" in lab:
            err(f"[{i}] chatter carries expect/answer")
        chatter.append({"context": d["context"], "q": d["q"]})
        continue
    ex, ans = lab.get("expect"), lab.get("answer")
    if not (isinstance(ex, list) and 1 <= len(ex) <= 3 and all(isinstance(p, str) for p in ex)):
        err(f"[{i}] expect must be 1-3 strings")
        continue
    if len(set(ex)) != len(ex):
        err(f"[{i}] duplicate expect phrase")
    ex_sents = set()
    for p in ex:
        if any(ch in p for ch in CURLY): err(f"[{i}] curly quote in expect {p!r}")
        if p != collapse(p): err(f"[{i}] expect not whitespace-normalised {p!r}")
        if wc(p) < 5: err(f"[{i}] expect under 5 words {p!r}")
        if p not in art_flat: err(f"[{i}] expect not in article {p!r}")
        ss = sentences_with(p)
        if not ss: err(f"[{i}] expect not inside one sentence {p!r}")
        ex_sents.update(ss)
    if not isinstance(ans, str):
        err(f"[{i}] answer missing")
        continue
    if any(ch in ans for ch in CURLY): err(f"[{i}] curly quote in answer {ans!r}")
    if ans != collapse(ans): err(f"[{i}] answer not whitespace-normalised {ans!r}")
    if not 3 <= wc(ans) <= 6: err(f"[{i}] answer word count {wc(ans)} {ans!r}")
    if ans not in art_flat: err(f"[{i}] answer not in article {ans!r}")
    if not (set(sentences_with(ans)) & ex_sents):
        err(f"[{i}] answer shares no sentence with an expect phrase {ans!r}")
    kept.append((i, {"context": d["context"], "q": d["q"], "expect": ex, "answer": ans}))

if errors:
    print("VALIDATION FAILED; nothing written", file=sys.stderr)
    for e in errors: print("  " + e, file=sys.stderr)
    sys.exit(1)

convs = [c for _, c in kept]
random.Random(SEED).shuffle(convs)
n_two = sum(len(d["context"]) == 2 for d in draft)
k_two = sum(len(c["context"]) == 2 for c in convs)
about = (
    "Held-out Slack thread follow-up set for the containers-vs-VMs bot. Method: 70 follow-ups (each with one or two "
    "earlier thread messages, the first mentioning @bot) were drafted blind, before any project file was read, then "
    "frozen by sha256; only afterwards was knowledge/containers-vs-vms.md read and each item labelled KEEP or DROP "
    "exactly once, without rewording. A KEEP means the article answers the follow-up as read in its thread; expect "
    "holds 1-3 verbatim article phrases (5+ words, inside one sentence) and answer a verbatim 3-6 word phrase sharing "
    "a sentence with one of them. Pure-chatter follow-ups the bot should not answer are listed separately under "
    "\"chatter\" (no expect/answer). Kept items were shuffled with random.Random(%d). Counts: %d drafted (%d with two "
    "context messages), %d kept answerable (%d with two context messages), %d chatter, %d dropped. Draft sha256 %s, "
    "frozen %s." % (SEED, len(draft), n_two, len(convs), k_two, len(chatter), len(dropped), h, frozen_time)
)
doc = {"about": about, "conversations": convs, "chatter": chatter}
dropped_txt = "".join(f"{i}\t{draft[i]['q']}\t{r}\n" for i, r in dropped)

def atomic_prepare(path, text):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".tmp-", suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return tmp

t1 = atomic_prepare(OUT, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
t2 = atomic_prepare(os.path.join(WORK, "dropped.txt"), dropped_txt)
os.chmod(t1, 0o644); os.chmod(t2, 0o644)
os.replace(t1, OUT)
os.replace(t2, os.path.join(WORK, "dropped.txt"))
print(f"OK: wrote {OUT} ({len(convs)} conversations, {k_two} two-context, {len(chatter)} chatter); "
      f"dropped.txt ({len(dropped)}); sha256 {h}")
