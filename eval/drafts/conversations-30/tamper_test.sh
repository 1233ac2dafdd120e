#!/usr/bin/env bash
# Tamper test for conversations-30 validate.py: baseline must pass, every tamper must fail cleanly.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
export HERE
export WORKROOT="${WORKROOT:-/tmp/tamper30}"
export RESULTS="${RESULTS:-$HERE/tamper_results.txt}"
python3 - <<'PY'
import hashlib, json, os, shutil, subprocess, sys
HERE, ROOT, RESULTS = os.environ["HERE"], os.environ["WORKROOT"], os.environ["RESULTS"]
ART = "/work/main/knowledge/containers-vs-vms.md"
if os.path.exists(ROOT):
    sys.exit(f"refusing: {ROOT} exists")
os.makedirs(ROOT)
FILES = ["draft.json", "FROZEN.txt", "labels.json", "article.md"]

def rd(w, n): return open(os.path.join(w, n), encoding="utf-8").read()
def wr(w, n, s): open(os.path.join(w, n), "w", encoding="utf-8").write(s)
def jd(w, n): return json.loads(rd(w, n))
def jw(w, n, o): wr(w, n, json.dumps(o, indent=1))
def rehash(w):
    old = rd(w, "FROZEN.txt").splitlines()
    h = hashlib.sha256(open(os.path.join(w, "draft.json"), "rb").read()).hexdigest()
    wr(w, "FROZEN.txt", f"{h}  draft.json\n{old[1]}\n")
def draft_t(f):
    def t(w):
        d = jd(w, "draft.json"); d = f(d); jw(w, "draft.json", d) if not isinstance(d, str) else wr(w, "draft.json", d); rehash(w)
    return t
def lab_t(f):
    def t(w):
        o = jd(w, "labels.json"); f(o); jw(w, "labels.json", o)
    return t
def L(o, i): return next(l for l in o["labels"] if l["index"] == i)
K, K2, DR, CHI = 2, 45, 6, 3   # a KEEP, another KEEP, a DROP, a CHATTER index
def setk(key, val, i=K):
    def f(o): L(o, i)[key] = val
    return f
def setex(val, i=K):
    def f(o): L(o, i)["expect"][0] = val
    return f
def d_set(i, key, val):
    def f(d): d[i][key] = val; return d
    return f

CASES = [
 ("draft_edited_no_rehash", lambda w: wr(w, "draft.json", rd(w, "draft.json").replace("boots faster", "starts faster", 1)), "sha256"),
 ("frozen_one_line", lambda w: wr(w, "FROZEN.txt", rd(w, "FROZEN.txt").splitlines()[0] + "\n"), "hash line and date line"),
 ("frozen_bad_name", lambda w: wr(w, "FROZEN.txt", rd(w, "FROZEN.txt").replace("draft.json", "draft2.json", 1)), "first line malformed"),
 ("frozen_wrong_hash", lambda w: wr(w, "FROZEN.txt", "0" * 64 + rd(w, "FROZEN.txt")[64:]), "!= FROZEN"),
 ("draft_not_list", draft_t(lambda d: {"items": d}), "non-empty list"),
 ("draft_empty", draft_t(lambda d: []), "non-empty list"),
 ("draft_not_json", draft_t(lambda d: "[{not json"), "exception"),
 ("ctx_empty", draft_t(d_set(5, "context", [])), "context must be"),
 ("ctx_four", draft_t(d_set(5, "context", ["a", "b", "c", "d"])), "context must be"),
 ("ctx_blank_msg", draft_t(d_set(5, "context", ["hello", "   "])), "context must be"),
 ("ctx_string", draft_t(d_set(5, "context", "just a string")), "context must be"),
 ("q_missing", draft_t(lambda d: (d[5].pop("q"), d)[1]), "q missing"),
 ("q_blank", draft_t(d_set(5, "q", "  ")), "q missing"),
 ("draft_extra_key", draft_t(d_set(5, "note", "x")), "unexpected keys"),
 ("chatter_false", draft_t(d_set(3, "chatter", False)), "chatter must be true"),
 ("chatter_removed", draft_t(lambda d: (d[3].pop("chatter"), d)[1]), "chatter flag"),
 ("chatter_added_off_position", draft_t(d_set(4, "chatter", True)), "chatter flag"),
 ("label_bad_index", lab_t(setk("index", 70)), "bad index"),
 ("label_duplicate_index", lab_t(setk("index", 1)), "duplicate decision"),
 ("label_missing_index", lab_t(lambda o: o["labels"].remove(L(o, K2))), "missing decisions"),
 ("label_changed_q", lab_t(setk("q", "so which one is more isolated, one word please")), "label q"),
 ("label_bad_decision", lab_t(setk("decision", "MAYBE")), "bad decision"),
 ("keep_to_chatter", lab_t(setk("decision", "CHATTER")), "decision CHATTER vs draft chatter flag"),
 ("chatter_to_drop", lab_t(lambda o: L(o, CHI).update(decision="DROP", reason="x")), "decision DROP vs draft chatter flag"),
 ("drop_without_reason", lab_t(lambda o: L(o, DR).pop("reason")), "DROP without reason"),
 ("drop_blank_reason", lab_t(setk("reason", " ", DR)), "DROP without reason"),
 ("drop_with_answer", lab_t(setk("answer", "offering stronger isolation", DR)), "DROP carries"),
 ("chatter_with_expect", lab_t(setk("expect", ["VMs run separate OS instances"], CHI)), "CHATTER carries"),
 ("expect_empty", lab_t(setk("expect", [])), "expect must be a list"),
 ("expect_four", lab_t(setk("expect", ["VMs run separate OS instances"] * 4)), "expect must be a list"),
 ("expect_string", lab_t(setk("expect", "VMs run separate OS instances, offering stronger isolation")), "expect must be a list"),
 ("expect_non_string", lab_t(setex(42)), "non-string expect"),
 ("expect_curly", lab_t(setex("you\u2019ll notice containers generally perform better")), "curly quote in expect"),
 ("expect_under_5_words", lab_t(setex("offering stronger isolation but")), "under 5 words"),
 ("expect_double_space", lab_t(setex("VMs run separate  OS instances, offering stronger isolation")), "irregular whitespace"),
 ("expect_not_verbatim", lab_t(setex("VMs run separate OS instances, offering much stronger isolation")), "not verbatim in article"),
 ("expect_two_sentences", lab_t(setex("containers are better. For more secure, isolated environments")), "not inside a single sentence"),
 ("answer_missing", lab_t(lambda o: L(o, K).pop("answer")), "answer missing"),
 ("answer_curly", lab_t(setk("answer", "offering \u201cstronger\u201d isolation")), "curly quote in answer"),
 ("answer_two_words", lab_t(setk("answer", "stronger isolation")), "answer not 3-6 words"),
 ("answer_seven_words", lab_t(setk("answer", "VMs run separate OS instances, offering stronger")), "answer not 3-6 words"),
 ("answer_not_verbatim", lab_t(setk("answer", "offering much stronger isolation")), "answer not verbatim"),
 ("answer_two_sentences", lab_t(setk("answer", "containers are better. For more")), "answer not inside a single sentence"),
 ("answer_other_sentence", lab_t(setk("answer", "Both technologies have their place")), "shares no sentence"),
 ("labels_not_json", lambda w: wr(w, "labels.json", rd(w, "labels.json")[:-20]), "exception"),
 ("labels_no_labels_key", lambda w: jw(w, "labels.json", {"items": jd(w, "labels.json")["labels"]}), "exception"),
 ("article_edited", lambda w: wr(w, "article.md", rd(w, "article.md").replace("offering stronger isolation", "offering more isolation")), "index 2: expect not verbatim"),
]

def setup(name):
    w = os.path.join(ROOT, name)
    if os.path.exists(w): raise SystemExit(f"refusing: {w} exists")
    os.makedirs(w)
    for n in ["draft.json", "FROZEN.txt", "labels.json"]: shutil.copy(os.path.join(HERE, n), w)
    shutil.copy(ART, os.path.join(w, "article.md"))
    return w
def snap(w): return {n: open(os.path.join(w, n), "rb").read() for n in FILES if os.path.exists(os.path.join(w, n))}
def run(w):
    out, dr = os.path.join(w, "out.json"), os.path.join(w, "dropped.txt")
    p = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", w, "--article", os.path.join(w, "article.md"),
                        "--out", out, "--dropped", dr], capture_output=True, text=True)
    written = [n for n in os.listdir(w) if n in ("out.json", "dropped.txt") or n.endswith(".tmp")]
    return p, written

lines, bad = [], 0
w = setup("baseline"); p, written = run(w)
ok = p.returncode == 0 and sorted(written) == ["dropped.txt", "out.json"]
lines.append(f"{'PASS' if ok else 'BAD '} baseline rc={p.returncode} written={sorted(written)}"); bad += not ok
shutil.rmtree(w)
for name, tamper, expect in CASES:
    w = setup(name); before = snap(w)
    try:
        tamper(w)
    except Exception as e:
        lines.append(f"BAD  {name}: tamper raised {type(e).__name__}: {e}"); bad += 1; shutil.rmtree(w); continue
    if snap(w) == before:
        lines.append(f"BAD  {name}: tamper changed no file"); bad += 1; shutil.rmtree(w); continue
    p, written = run(w)
    fails = [l for l in p.stderr.splitlines() if l.startswith("FAIL:")]
    first = fails[0] if fails else ""
    ok = p.returncode == 1 and expect in first and not written
    lines.append(f"{'PASS' if ok else 'BAD '} {name}: rc={p.returncode} first={first!r} written={written}")
    bad += not ok
    shutil.rmtree(w)
os.rmdir(ROOT)
lines.append(f"total {1 + len(CASES)} cases, {1 + len(CASES) - bad} passed, {bad} bad")
open(RESULTS, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(1 if bad else 0)
PY
