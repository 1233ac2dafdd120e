#!/usr/bin/env bash
# Tamper test for conversations-26 validate.py: baseline must pass and write both files;
# every tamper must exit 1, name the expected problem in the FIRST "FAIL:" line, and write nothing.
# Env: WORK (default /tmp/tamper26), RESULTS (default <this dir>/tamper_results.txt).
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
export HERE
export WORK="${WORK:-/tmp/tamper26}"
export RESULTS="${RESULTS:-$HERE/tamper_results.txt}"
python3 - <<'PY'
import hashlib, json, os, shutil, subprocess, sys
HERE, WORK, RESULTS = os.environ["HERE"], os.environ["WORK"], os.environ["RESULTS"]
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
assert not os.path.exists(WORK), f"{WORK} exists; refusing to reuse"
os.makedirs(WORK)

def rd(d, n): return open(os.path.join(d, n), encoding="utf-8").read()
def wr(d, n, s): open(os.path.join(d, n), "w", encoding="utf-8").write(s)
def jl(d, n): return json.loads(rd(d, n))
def jw(d, n, o): wr(d, n, json.dumps(o, indent=2, ensure_ascii=False) + "\n")
def rehash(d):
    lines = rd(d, "FROZEN.txt").splitlines()          # read before writing
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    lines[0] = f"{h}  draft.json"
    wr(d, "FROZEN.txt", "\n".join(lines) + "\n")
def draft_edit(fn):
    def t(d):
        dr = jl(d, "draft.json"); dr = fn(dr); jw(d, "draft.json", dr); rehash(d)
    return t
def draft_raw(s):
    def t(d): wr(d, "draft.json", s); rehash(d)
    return t
def lab_edit(fn):
    def t(d):
        lab = jl(d, "labels.json"); fn(lab["labels"]); jw(d, "labels.json", lab)
    return t
def by(labels, i): return next(l for l in labels if l["index"] == i)
def setk(i, **kw):
    def f(labels):
        l = by(labels, i)
        for k, v in kw.items():
            if v is DEL: l.pop(k, None)
            else: l[k] = v
    return f
DEL = object()
def seq(*fs):
    def f(x):
        for g in fs: g(x)
    return f
def frozen_edit(fn):
    def t(d): wr(d, "FROZEN.txt", fn(rd(d, "FROZEN.txt")))
    return t

# labels used: 30 KEEP (one-sentence answer), 0 KEEP, 4 DROP, 3 CHATTER
def _ctx(i, v):
    def f(dr): dr[i]["context"] = v; return dr
    return f
def _pop(i, k):
    def f(dr): dr[i].pop(k); return dr
    return f
def _set(i, k, v):
    def f(dr): dr[i][k] = v; return dr
    return f
def _both(f1, f2): return lambda dr: f2(f1(dr))

CASES = [
    ("hash_appended_space", lambda d: open(os.path.join(d, "draft.json"), "a").write(" "), "sha256"),
    ("frozen_one_line", frozen_edit(lambda s: s.splitlines()[0] + "\n"), "must have hash line and date line"),
    ("frozen_wrong_name", frozen_edit(lambda s: s.replace("  draft.json", "  draft2.json", 1)), "first line malformed"),
    ("frozen_upper_hex", frozen_edit(lambda s: s.split()[0].upper() + s[64:]), "first line malformed"),
    ("draft_invalid_json", draft_raw("[{\"context\": [\"x\"], \"q\": \"y\"}"), "exception: JSONDecodeError"),
    ("draft_not_list", draft_edit(lambda dr: {"items": dr}), "must be a non-empty list"),
    ("draft_empty_list", draft_edit(lambda dr: []), "must be a non-empty list"),
    ("context_empty", draft_edit(_ctx(5, [])), "draft 5: context must be 1-3"),
    ("context_four", draft_edit(_ctx(5, ["a", "b", "c", "d"])), "draft 5: context must be 1-3"),
    ("context_blank", draft_edit(_ctx(5, ["   "])), "draft 5: context must be 1-3"),
    ("context_not_list", draft_edit(_ctx(5, "is docker a VM?")), "draft 5: context must be 1-3"),
    ("q_missing", draft_edit(_pop(5, "q")), "draft 5: q missing"),
    ("extra_key", draft_edit(_set(5, "answer", "x")), "draft 5: unexpected keys"),
    ("chatter_false", draft_edit(_set(3, "chatter", False)), "draft 3: chatter must be true"),
    ("chatter_moved", draft_edit(_both(_pop(3, "chatter"), _set(4, "chatter", True))), "draft 3: chatter flag False"),
    ("chatter_added", draft_edit(_set(0, "chatter", True)), "draft 0: chatter flag True"),
    ("label_bad_index", lab_edit(setk(30, index=999)), "bad index 999"),
    ("label_string_index", lab_edit(setk(30, index="30")), "bad index '30'"),
    ("label_duplicate", lab_edit(lambda L: L.append(dict(by(L, 30)))), "index 30: duplicate decision"),
    ("label_missing", lab_edit(lambda L: L.remove(by(L, 69))), "missing decisions for indices [69]"),
    ("q_mismatch", lab_edit(setk(30, q="is he right or is it just hype")), "index 30: label q"),
    ("bad_decision", lab_edit(setk(30, decision="MAYBE")), "index 30: bad decision"),
    ("chatter_to_drop", lab_edit(setk(3, decision="DROP", reason="x")), "index 3: decision DROP vs draft chatter flag True"),
    ("keep_to_chatter", lab_edit(setk(0, decision="CHATTER", expect=DEL, answer=DEL)), "index 0: decision CHATTER vs draft chatter flag False"),
    ("drop_no_reason", lab_edit(setk(4, reason=DEL)), "index 4: DROP without reason"),
    ("drop_blank_reason", lab_edit(setk(4, reason="  ")), "index 4: DROP without reason"),
    ("drop_with_expect", lab_edit(setk(4, expect=["Both technologies have their place"])), "index 4: DROP carries expect/answer"),
    ("chatter_with_answer", lab_edit(setk(3, answer="Both technologies have their place")), "index 3: CHATTER carries expect/answer"),
    ("expect_not_list", lab_edit(setk(30, expect="Both technologies have their place")), "index 30: expect must be a list"),
    ("expect_empty", lab_edit(setk(30, expect=[])), "index 30: expect must be a list"),
    ("expect_four", lab_edit(setk(30, expect=["Both technologies have their place"] * 4)), "index 30: expect must be a list"),
    ("expect_non_string", lab_edit(setk(30, expect=[123])), "index 30: non-string expect"),
    ("expect_curly", lab_edit(setk(30, expect=["\u201cBoth technologies have their place"])), "index 30: curly quote in expect"),
    ("expect_under5", lab_edit(setk(30, expect=["Both technologies have their"])), "index 30: expect under 5 words"),
    ("expect_whitespace", lab_edit(setk(30, expect=["Both technologies  have their place"])), "index 30: expect has irregular whitespace"),
    ("expect_reworded", lab_edit(setk(30, expect=["Both technologies have a place"])), "index 30: expect not verbatim"),
    ("expect_cross_sentence", lab_edit(setk(30, expect=["ideal for microservices and fast deployment. VMs run separate OS instances"])), "index 30: expect not inside a single sentence"),
    ("answer_missing", lab_edit(setk(30, answer=DEL)), "index 30: answer missing"),
    ("answer_curly", lab_edit(setk(30, answer="Both technologies have their place\u2019")), "index 30: curly quote in answer"),
    ("answer_7_words", lab_edit(setk(30, answer="Both technologies have their place, but understanding")), "index 30: answer not 3-6 words"),
    ("answer_2_words", lab_edit(setk(30, answer="Both technologies")), "index 30: answer not 3-6 words"),
    ("answer_not_verbatim", lab_edit(setk(30, answer="Both technologies have a place")), "index 30: answer not verbatim"),
    ("answer_cross_sentence", lab_edit(setk(30, answer="fast deployment. VMs run")), "index 30: answer not inside a single sentence"),
    ("answer_other_sentence", lab_edit(setk(30, answer="differ mainly in architecture")), "index 30: answer shares no sentence"),
    ("labels_invalid_json", lambda d: wr(d, "labels.json", "{\"labels\": ["), "exception: JSONDecodeError"),
    ("labels_no_key", lambda d: jw(d, "labels.json", {"decisions": jl(d, "labels.json")["labels"]}), "exception: KeyError"),
    ("missing_article", "MISSING_ARTICLE", "exception: FileNotFoundError"),
]
# SELFCHECK_CASES (inserted only in /tmp copies)

def run(case_dir, article):
    out, dropped = os.path.join(case_dir, "out.json"), os.path.join(case_dir, "dropped.txt")
    p = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", case_dir, "--article", article,
                        "--out", out, "--dropped", dropped], capture_output=True, text=True)
    written = [f for f in (out, dropped, out + ".tmp", dropped + ".tmp") if os.path.exists(f)]
    return p, written

def setup(name):
    d = os.path.join(WORK, name); os.makedirs(d)
    for n in ("draft.json", "FROZEN.txt", "labels.json"):
        shutil.copyfile(os.path.join(HERE, n), os.path.join(d, n))
    return d

lines, bad = [], 0
d = setup("baseline")
p, written = run(d, ARTICLE)
ok = p.returncode == 0 and len(written) == 2 and not any(w.endswith(".tmp") for w in written)
lines.append(f"{'PASS' if ok else 'BAD '} baseline rc={p.returncode} written={[os.path.basename(w) for w in written]} {p.stdout.strip()}")
bad += not ok
for name, tamper, expected in CASES:
    d = setup(name)
    article = ARTICLE
    try:
        before = {n: open(os.path.join(d, n), "rb").read() for n in ("draft.json", "FROZEN.txt", "labels.json")}
        if tamper == "MISSING_ARTICLE":
            article = os.path.join(d, "no-such-article.md")
        else:
            tamper(d)
            after = {n: open(os.path.join(d, n), "rb").read() for n in before}
            if after == before:
                raise RuntimeError("tamper changed nothing")
    except Exception as e:
        lines.append(f"BAD  {name}: tamper snippet error {type(e).__name__}: {e}"); bad += 1; continue
    p, written = run(d, article)
    fails = [l for l in p.stderr.splitlines() if l.startswith("FAIL:")]
    first = fails[0] if fails else ""
    ok = p.returncode == 1 and expected in first and not written
    lines.append(f"{'PASS' if ok else 'BAD '} {name} rc={p.returncode} written={[os.path.basename(w) for w in written]} first={first!r}")
    bad += not ok
shutil.rmtree(WORK)
total = len(CASES) + 1
lines.append(f"summary: baseline + {len(CASES)} tampers, {total - bad} passed, {bad} bad")
open(RESULTS, "w").write("\n".join(lines) + "\n")
print(lines[-1])
sys.exit(1 if bad else 0)
PY
