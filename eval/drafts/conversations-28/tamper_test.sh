#!/usr/bin/env bash
# Tamper test for conversations-28/validate.py. Baseline must pass and write both files; each tamper must
# exit 1, show the expected text in the FIRST "FAIL:" line, and write no output, dropped or .tmp file.
# A tamper that raises or changes no file counts as BAD. Work dirs /tmp/tamper28/<case> (refuses existing).
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
export HERE
export WORK="${TAMPER_WORK:-/tmp/tamper28}"
export RESULTS="${TAMPER_RESULTS:-$HERE/tamper_results.txt}"
python3 - <<'PY'
import hashlib, json, os, shutil, subprocess, sys
HERE, WORK, RESULTS = os.environ["HERE"], os.environ["WORK"], os.environ["RESULTS"]
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
if os.path.exists(WORK):
    sys.exit(f"refusing: {WORK} exists")
os.makedirs(WORK)

def rj(d, n): return json.load(open(os.path.join(d, n), encoding="utf-8"))
def wj(d, n, o): json.dump(o, open(os.path.join(d, n), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
def rehash(d):
    lines = open(os.path.join(d, "FROZEN.txt")).read().splitlines()   # read before writing
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    lines[0] = f"{h}  draft.json"
    open(os.path.join(d, "FROZEN.txt"), "w").write("\n".join(lines) + "\n")
def draft_edit(f):
    def t(d):
        dr = rj(d, "draft.json"); dr = f(dr); wj(d, "draft.json", dr); rehash(d)
    return t
def lab_edit(f):
    def t(d):
        lab = rj(d, "labels.json"); f(lab); wj(d, "labels.json", lab)
    return t
def L(lab, i): return lab["labels"][i]
def setk(i, **kw):
    def f(lab):
        l = [x for x in lab["labels"] if x["index"] == i][0]
        for k, v in kw.items():
            if v is None: l.pop(k, None)
            else: l[k] = v
    return f
def frozen_edit(f):
    def t(d):
        p = os.path.join(d, "FROZEN.txt"); s = open(p).read(); open(p, "w").write(f(s))
    return t
def art_edit(f):
    def t(d):
        p = os.path.join(d, "article.md"); s = open(p, encoding="utf-8").read(); open(p, "w", encoding="utf-8").write(f(s))
    return t
def raw_edit(name, f):
    def t(d):
        p = os.path.join(d, name); s = open(p, encoding="utf-8").read(); open(p, "w", encoding="utf-8").write(f(s))
    return t

def d_set(i, k, v):
    def f(dr):
        if v is None: dr[i].pop(k)
        else: dr[i][k] = v
        return dr
    return f

K0 = 0  # first KEEP index in labels (asserted below)
cases = [
 ("draft_byte_changed_no_rehash", raw_edit("draft.json", lambda s: s.replace("one go?", "one go!", 1)), "sha256"),
 ("frozen_one_line", frozen_edit(lambda s: s.splitlines()[0] + "\n"), "FROZEN.txt must have"),
 ("frozen_bad_filename", frozen_edit(lambda s: s.replace("  draft.json", "  draft.jsn", 1)), "first line malformed"),
 ("frozen_wrong_hash", frozen_edit(lambda s: ("0" if s[0] != "0" else "1") + s[1:]), "!= FROZEN"),
 ("draft_not_list", draft_edit(lambda dr: {"items": dr}), "non-empty list"),
 ("draft_empty", draft_edit(lambda dr: []), "non-empty list"),
 ("context_empty", draft_edit(d_set(5, "context", [])), "draft 5: context must be 1-3"),
 ("context_four", draft_edit(d_set(5, "context", ["a", "b", "c", "d"])), "draft 5: context must be 1-3"),
 ("context_blank_msg", draft_edit(d_set(5, "context", ["ok", "   "])), "draft 5: context must be 1-3"),
 ("context_string", draft_edit(d_set(5, "context", "just a string")), "draft 5: context must be 1-3"),
 ("q_missing", draft_edit(d_set(5, "q", None)), "draft 5: q missing"),
 ("q_blank", draft_edit(d_set(5, "q", "  ")), "draft 5: q missing"),
 ("draft_extra_key", draft_edit(d_set(5, "answer", "x")), "draft 5: unexpected keys"),
 ("chatter_false", draft_edit(d_set(3, "chatter", False)), "draft 3: chatter must be true"),
 ("chatter_removed", draft_edit(d_set(3, "chatter", None)), "draft 3: chatter flag"),
 ("chatter_added", draft_edit(d_set(0, "chatter", True)), "draft 0: chatter flag"),
 ("draft_not_json", lambda d: (open(os.path.join(d, "draft.json"), "w").write("[{"), rehash(d)), "exception"),
 ("label_bad_index", lab_edit(lambda lab: L(lab, 69).update(index=999)), "bad index"),
 ("label_dup_index", lab_edit(lambda lab: L(lab, 69).update(index=68)), "duplicate decision"),
 ("label_missing", lab_edit(lambda lab: lab["labels"].pop()), "missing decisions"),
 ("label_q_changed", lab_edit(setk(K0, q="ok so which one is more secure")), f"index {K0}: label q"),
 ("bad_decision", lab_edit(setk(K0, decision="MAYBE")), f"index {K0}: bad decision"),
 ("keep_to_chatter", lab_edit(setk(K0, decision="CHATTER", expect=None, answer=None)), f"index {K0}: decision CHATTER vs draft chatter flag"),
 ("chatter_to_drop", lab_edit(setk(3, decision="DROP", reason="x")), "index 3: decision DROP vs draft chatter flag"),
 ("drop_no_reason", lab_edit(setk(1, reason=None)), "index 1: DROP without reason"),
 ("drop_blank_reason", lab_edit(setk(1, reason="  ")), "index 1: DROP without reason"),
 ("drop_with_answer", lab_edit(setk(1, answer="higher resource use")), "index 1: DROP carries expect/answer"),
 ("chatter_with_expect", lab_edit(setk(3, expect=["Both technologies have their place"])), "index 3: CHATTER carries expect/answer"),
 ("expect_empty", lab_edit(setk(K0, expect=[])), f"index {K0}: expect must be a list"),
 ("expect_four", lab_edit(setk(K0, expect=["Both technologies have their place"] * 4)), f"index {K0}: expect must be a list"),
 ("expect_string", lab_edit(setk(K0, expect="VMs isolate workloads more securely with separate OSes")), f"index {K0}: expect must be a list"),
 ("expect_non_string", lab_edit(setk(K0, expect=[123])), f"index {K0}: non-string expect"),
 ("expect_curly", lab_edit(setk(K0, expect=["VMs isolate workloads more \u201csecurely\u201d with separate OSes"])), f"index {K0}: curly quote in expect"),
 ("expect_short", lab_edit(setk(K0, expect=["isolate workloads more securely"])), f"index {K0}: expect under 5 words"),
 ("expect_whitespace", lab_edit(setk(K0, expect=["VMs isolate workloads  more securely with separate OSes"])), f"index {K0}: expect has irregular whitespace"),
 ("expect_not_verbatim", lab_edit(setk(K0, expect=["VMs isolate workloads much more securely with separate OSes"])), f"index {K0}: expect not verbatim"),
 ("expect_cross_sentence", lab_edit(setk(K0, expect=["VMs excel. To understand their differences"])), f"index {K0}: expect not inside a single sentence"),
 ("answer_missing", lab_edit(setk(K0, answer=None)), f"index {K0}: answer missing"),
 ("answer_curly", lab_edit(setk(K0, answer="isolate \u2018workloads\u2019 more securely")), f"index {K0}: curly quote in answer"),
 ("answer_two_words", lab_edit(setk(K0, answer="isolate workloads")), f"index {K0}: answer not 3-6 words"),
 ("answer_seven_words", lab_edit(setk(K0, answer="VMs isolate workloads more securely with separate")), f"index {K0}: answer not 3-6 words"),
 ("answer_not_verbatim", lab_edit(setk(K0, answer="isolate workloads very securely")), f"index {K0}: answer not verbatim"),
 ("answer_cross_sentence", lab_edit(setk(K0, answer="VMs excel. To understand")), f"index {K0}: answer not inside a single sentence"),
 ("answer_other_sentence", lab_edit(setk(K0, answer="Both technologies have their place")), f"index {K0}: answer shares no sentence"),
 ("labels_not_json", raw_edit("labels.json", lambda s: s[: len(s) // 2]), "exception"),
 ("labels_no_labels_key", lab_edit(lambda lab: lab.update(entries=lab.pop("labels"))), "exception"),
 ("article_phrase_removed", art_edit(lambda s: s.replace("isolate workloads more securely", "isolate workloads securely")), f"index {K0}: expect not verbatim"),
]

def setup(name):
    d = os.path.join(WORK, name)
    if os.path.exists(d): raise RuntimeError(f"work dir {d} exists")
    os.makedirs(d)
    for n in ("draft.json", "FROZEN.txt", "labels.json"):
        shutil.copyfile(os.path.join(HERE, n), os.path.join(d, n))
    shutil.copyfile(ARTICLE, os.path.join(d, "article.md"))
    return d
def snapshot(d): return {n: open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d))}
def run(d):
    out, dropped = os.path.join(d, "out.json"), os.path.join(d, "dropped_out.txt")
    r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", d, "--article", os.path.join(d, "article.md"),
                        "--out", out, "--dropped", dropped], capture_output=True, text=True)
    written = [p for p in (out, dropped, out + ".tmp", dropped + ".tmp") if os.path.exists(p)]
    return r, written

lab0 = rj(HERE, "labels.json")
assert [l for l in lab0["labels"] if l["decision"] == "KEEP"][0]["index"] == K0
lines, bad = [], 0
d = setup("baseline"); r, w = run(d)
ok = r.returncode == 0 and len(w) == 2 and all(not p.endswith(".tmp") for p in w)
lines.append(f"{'PASS' if ok else 'BAD '} baseline rc={r.returncode} written={len(w)}"); bad += not ok
for name, tamper, want in cases:
    d = setup(name); before = snapshot(d)
    try:
        tamper(d)
    except Exception as e:
        lines.append(f"BAD  {name}: tamper raised {type(e).__name__}: {e}"); bad += 1; continue
    if snapshot(d) == before:
        lines.append(f"BAD  {name}: tamper changed nothing"); bad += 1; continue
    r, w = run(d)
    fails = [x for x in r.stderr.splitlines() if x.startswith("FAIL:")]
    first = fails[0] if fails else ""
    ok = r.returncode == 1 and want in first and not w
    lines.append(f"{'PASS' if ok else 'BAD '} {name}: rc={r.returncode} written={len(w)} first={first[:150]!r}"); bad += not ok
shutil.rmtree(WORK)
lines.append(f"total: baseline + {len(cases)} tampers, {len(cases) + 1 - bad} passed, {bad} bad")
open(RESULTS, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(1 if bad else 0)
PY
