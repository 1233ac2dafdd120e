#!/usr/bin/env bash
# conversations-19 tamper test. Each case copies draft.json, FROZEN.txt and labels.json into
# /tmp/tamper19/<case>, applies one tamper, runs validate.py with --dir/--out/--dropped there, and
# expects: exit 1, the intended text in the FIRST "FAIL:" line, and no output, dropped or .tmp file.
# Draft-shape tampers re-hash FROZEN.txt so the shape check itself (not the hash check) fires.
# A tamper snippet that raises counts as BAD. The baseline (no tamper) must pass and write both files.
# Results go to tamper_results.txt; work dirs are removed afterwards.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 - "$HERE" <<'PY' | tee "$HERE/tamper_results.txt"
import hashlib, json, os, shutil, subprocess, sys
HERE = sys.argv[1]
ROOT = "/tmp/tamper19"
shutil.rmtree(ROOT, ignore_errors=True)
os.makedirs(ROOT)

def rd(d, n): return json.load(open(os.path.join(d, n)))
def wr(d, n, obj): json.dump(obj, open(os.path.join(d, n), "w"), indent=2)
def rehash(d):
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    lines = open(os.path.join(d, "FROZEN.txt")).read().splitlines()
    lines[0] = f"{h}  draft.json"
    open(os.path.join(d, "FROZEN.txt"), "w").write("\n".join(lines) + "\n")
def draft_t(f):
    def g(d):
        dr = rd(d, "draft.json"); r = f(dr); dr = r if isinstance(r, (list, dict)) else dr; wr(d, "draft.json", dr); rehash(d)
    return g
def lab_t(f):
    def g(d):
        lab = rd(d, "labels.json"); f(lab["labels"], lab); wr(d, "labels.json", lab)
    return g
def L(lab, i): return next(l for l in lab if l["index"] == i)
def setk(i, **kw):
    def f(lab, _):
        L(lab, i).update(kw)
    return f

labels0 = rd(HERE, "labels.json")["labels"]
K0 = next(l["index"] for l in labels0 if l["decision"] == "KEEP")
D0 = next(l["index"] for l in labels0 if l["decision"] == "DROP")
C0 = next(l["index"] for l in labels0 if l["decision"] == "CHATTER")
k0 = L(labels0, K0)

def edit_byte(d):
    p = os.path.join(d, "draft.json"); b = open(p, "rb").read(); open(p, "wb").write(b.replace(b'"q"', b'"q" ', 1))
def frozen_lines(lines):
    def g(d):
        p = os.path.join(d, "FROZEN.txt"); new = lines(open(p).read().splitlines())  # read before truncating
        open(p, "w").write("\n".join(new) + "\n")
    return g
def raw_write(name, text):
    def g(d):
        open(os.path.join(d, name), "w").write(text)
        if name == "draft.json": rehash(d)
    return g
def del_key(i, k):
    def f(lab, _): del L(lab, i)[k]
    return f

def chatter_moved(dr):
    del dr[C0]["chatter"]; dr[C0 + 1]["chatter"] = True
def dup(lab, _): lab.append(dict(L(lab, 5)))
def missing(lab, _): lab[:] = [l for l in lab if l["index"] != 69]
def cross_sentence_expect(lab, _):
    L(lab, K0)["expect"] = ["quick to start, ideal for microservices and fast deployment. VMs run separate OS instances"]
    L(lab, K0)["answer"] = "ideal for microservices and fast"

CASES = [
 ("draft_byte_edit", edit_byte, "sha256"),
 ("frozen_one_line", frozen_lines(lambda ls: ls[:1]), "FROZEN.txt must have hash line and date line"),
 ("frozen_bad_hex", frozen_lines(lambda ls: ["zz" * 32 + "  draft.json"] + ls[1:]), "FROZEN.txt first line malformed"),
 ("frozen_wrong_name", frozen_lines(lambda ls: [ls[0].split()[0] + "  draft2.json"] + ls[1:]), "FROZEN.txt first line malformed"),
 ("draft_not_list", draft_t(lambda dr: {"items": dr}), "draft.json must be a non-empty list"),
 ("draft_empty", draft_t(lambda dr: []), "draft.json must be a non-empty list"),
 ("ctx_empty", draft_t(lambda dr: dr[0].update(context=[])), "draft 0: context must be 1-3"),
 ("ctx_four", draft_t(lambda dr: dr[0].update(context=["a", "b", "c", "d"])), "draft 0: context must be 1-3"),
 ("ctx_blank_msg", draft_t(lambda dr: dr[0].update(context=["  "])), "draft 0: context must be 1-3"),
 ("q_missing", draft_t(lambda dr: dr[0].pop("q")), "draft 0: q missing"),
 ("q_blank", draft_t(lambda dr: dr[0].update(q=" ")), "draft 0: q missing"),
 ("extra_key", draft_t(lambda dr: dr[0].update(who="x")), "draft 0: unexpected keys"),
 ("chatter_false", draft_t(lambda dr: dr[C0].update(chatter=False)), f"draft {C0}: chatter must be true"),
 ("chatter_moved", draft_t(chatter_moved), f"draft {C0}: chatter flag False"),
 ("chatter_added", draft_t(lambda dr: dr[0].update(chatter=True)), "draft 0: chatter flag True"),
 ("draft_bad_json", raw_write("draft.json", "[{"), "exception"),
 ("label_index_999", lab_t(lambda lab, _: lab.append({"index": 999, "q": "x", "decision": "DROP", "reason": "x"})), "bad index 999"),
 ("label_index_neg", lab_t(lambda lab, _: lab.append({"index": -1, "q": "x", "decision": "DROP", "reason": "x"})), "bad index -1"),
 ("label_duplicate", lab_t(dup), "index 5: duplicate decision"),
 ("label_missing", lab_t(missing), "missing decisions for indices [69]"),
 ("q_mismatch", lab_t(setk(K0, q="reworded")), f"index {K0}: label q"),
 ("bad_decision", lab_t(setk(K0, decision="MAYBE")), f"index {K0}: bad decision"),
 ("keep_as_chatter", lab_t(setk(K0, decision="CHATTER")), f"index {K0}: decision CHATTER vs draft chatter flag"),
 ("chatter_as_drop", lab_t(setk(C0, decision="DROP", reason="x")), f"index {C0}: decision DROP vs draft chatter flag"),
 ("drop_no_reason", lab_t(del_key(D0, "reason")), f"index {D0}: DROP without reason"),
 ("drop_blank_reason", lab_t(setk(D0, reason="  ")), f"index {D0}: DROP without reason"),
 ("drop_with_expect", lab_t(setk(D0, expect=k0["expect"])), f"index {D0}: DROP carries expect/answer"),
 ("chatter_with_answer", lab_t(setk(C0, answer=k0["answer"])), f"index {C0}: CHATTER carries expect/answer"),
 ("expect_string", lab_t(setk(K0, expect=k0["expect"][0])), f"index {K0}: expect must be a list"),
 ("expect_empty", lab_t(setk(K0, expect=[])), f"index {K0}: expect must be a list"),
 ("expect_four", lab_t(setk(K0, expect=[k0["expect"][0]] * 4)), f"index {K0}: expect must be a list"),
 ("expect_nonstring", lab_t(setk(K0, expect=[5])), f"index {K0}: non-string expect"),
 ("expect_curly", lab_t(setk(K0, expect=["share the host operating system\u2019s kernel"])), f"index {K0}: curly quote in expect"),
 ("expect_short", lab_t(setk(K0, expect=["quick to start"])), f"index {K0}: expect under 5 words"),
 ("expect_whitespace", lab_t(setk(K0, expect=[k0["expect"][0].replace(" ", "  ", 1)])), f"index {K0}: expect has irregular whitespace"),
 ("expect_not_verbatim", lab_t(setk(K0, expect=["containers share the host kernel and start fast"])), f"index {K0}: expect not verbatim"),
 ("expect_cross_sentence", lab_t(cross_sentence_expect), f"index {K0}: expect not inside a single sentence"),
 ("answer_missing", lab_t(del_key(K0, "answer")), f"index {K0}: answer missing"),
 ("answer_curly", lab_t(setk(K0, answer="host operating system\u2019s kernel")), f"index {K0}: curly quote in answer"),
 ("answer_two_words", lab_t(setk(K0, answer="quick to")), f"index {K0}: answer not 3-6 words"),
 ("answer_seven_words", lab_t(setk(K0, answer="making them lightweight and quick to start")), f"index {K0}: answer not 3-6 words"),
 ("answer_not_verbatim", lab_t(setk(K0, answer="starts up really quick")), f"index {K0}: answer not verbatim"),
 ("answer_cross_sentence", lab_t(setk(K0, answer="fast deployment. VMs run")), f"index {K0}: answer not inside a single sentence"),
 ("answer_other_sentence", lab_t(setk(K0, answer="Keep backups handy")), f"index {K0}: answer shares no sentence"),
 ("labels_bad_json", raw_write("labels.json", "{"), "exception"),
 ("labels_no_key", raw_write("labels.json", '{"notes": []}'), "exception: KeyError"),
 ("article_missing", None, "exception: FileNotFoundError"),
]

def run(name, tamper, article=None):
    d = os.path.join(ROOT, name); os.makedirs(d)
    for n in ("draft.json", "FROZEN.txt", "labels.json"):
        shutil.copyfile(os.path.join(HERE, n), os.path.join(d, n))
    if tamper: tamper(d)
    cmd = [sys.executable, os.path.join(HERE, "validate.py"), "--dir", d,
           "--out", os.path.join(d, "out.json"), "--dropped", os.path.join(d, "dropped.txt")]
    if article: cmd += ["--article", article]
    p = subprocess.run(cmd, capture_output=True, text=True)
    written = sorted(f for f in os.listdir(d) if f in ("out.json", "dropped.txt") or f.endswith(".tmp"))
    return p, written

ok = bad = 0
p, written = run("baseline", None)
if p.returncode == 0 and written == ["dropped.txt", "out.json"]:
    ok += 1; print("PASS baseline: exit 0, wrote out.json and dropped.txt")
else:
    bad += 1; print(f"BAD  baseline: rc={p.returncode} written={written} {p.stderr.strip()[:300]}")
for name, tamper, want in CASES:
    try:
        art = "/tmp/tamper19/no-such-article.md" if name == "article_missing" else None
        p, written = run(name, tamper, art)
    except Exception as e:
        bad += 1; print(f"BAD  {name}: tamper snippet raised {type(e).__name__}: {e}"); continue
    fails = [l for l in p.stderr.splitlines() if l.startswith("FAIL:")]
    first = fails[0] if fails else ""
    if p.returncode == 1 and want in first and not written:
        ok += 1; print(f"PASS {name}: {first[:160]}")
    else:
        bad += 1; print(f"BAD  {name}: rc={p.returncode} written={written} first={first[:200]!r} want={want!r}")
print(f"{ok} passed, {bad} bad ({len(CASES)} tampers + baseline)")
shutil.rmtree(ROOT, ignore_errors=True)
PY
