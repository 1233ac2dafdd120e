#!/usr/bin/env bash
# Tamper test for conversations-27's validate.py: baseline must pass; every tamper must fail cleanly.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK=/tmp/tamper27
if [ -e "$WORK" ]; then echo "refusing: $WORK exists" >&2; exit 2; fi
mkdir "$WORK"
HERE="$HERE" WORK="$WORK" python3 - <<'PY'
import hashlib, json, os, shutil, subprocess, sys, glob
HERE, WORK = os.environ["HERE"], os.environ["WORK"]
ART = "/work/main/knowledge/containers-vs-vms.md"

def jl(wd, n): return json.load(open(os.path.join(wd, n)))
def jd(wd, n, o): json.dump(o, open(os.path.join(wd, n), "w"), indent=1)
def rehash(wd):
    fz = open(os.path.join(wd, "FROZEN.txt")).read().splitlines()
    h = hashlib.sha256(open(os.path.join(wd, "draft.json"), "rb").read()).hexdigest()
    open(os.path.join(wd, "FROZEN.txt"), "w").write(h + "  draft.json\n" + "\n".join(fz[1:]) + "\n")
def draft_t(f):  # draft-shape tamper: modify parsed draft, write, re-hash
    def g(wd):
        d = jl(wd, "draft.json"); d = f(d); jd(wd, "draft.json", d); rehash(wd)
    return g
def draft_raw(text):
    def g(wd):
        open(os.path.join(wd, "draft.json"), "w").write(text); rehash(wd)
    return g
def lab_t(f):
    def g(wd):
        L = jl(wd, "labels.json"); f(L["labels"]); jd(wd, "labels.json", L)
    return g
def first_keep(L): return next(l for l in L if l["decision"] == "KEEP")
def set_keep(key, val):
    def f(L): first_keep(L)[key] = val
    return f
def del_keep(key):
    def f(L): del first_keep(L)[key]
    return f
def by(L, i): return next(l for l in L if l["index"] == i)
def frozen_t(f):
    def g(wd):
        p = os.path.join(wd, "FROZEN.txt"); s = open(p).read(); open(p, "w").write(f(s))
    return g
def fz_name(s):
    a = s.splitlines(); h, n = a[0].split(); return "\n".join([h + "  draft.txt"] + a[1:]) + "\n"
def fz_upper(s):
    a = s.splitlines(); h, n = a[0].split(); return "\n".join([h.upper() + "  " + n] + a[1:]) + "\n"
def append_space(wd):
    open(os.path.join(wd, "draft.json"), "a").write(" ")
def set0(key, val):
    def f(d): d[0][key] = val; return d
    return f
def chatter_moved(d): del d[3]["chatter"]; d[4]["chatter"] = True; return d
def chatter_added(d): d[0]["chatter"] = True; return d
def q_missing(d): del d[0]["q"]; return d
def lab_flip_drop(L): l = by(L, 3); l["decision"] = "DROP"; l["reason"] = "x"
def lab_flip_chat(L): l = first_keep(L); l["decision"] = "CHATTER"; del l["expect"]; del l["answer"]
def first_drop(L): return next(l for l in L if l["decision"] == "DROP")
def drop_noreason(L): del first_drop(L)["reason"]
def drop_blank(L): first_drop(L)["reason"] = "   "
def drop_expect(L): first_drop(L)["expect"] = ["containers share the host OS kernel"]
def chat_answer(L): by(L, 3)["answer"] = "Both technologies have their place"
def rm_article(wd): os.remove(os.path.join(wd, "article.md"))

CASES = [
 ("hash_append_space", append_space, "sha256"),
 ("frozen_one_line", frozen_t(lambda s: s.splitlines()[0] + "\n"), "FROZEN.txt must have"),
 ("frozen_wrong_name", frozen_t(fz_name), "first line malformed"),
 ("frozen_upper_hex", frozen_t(fz_upper), "first line malformed"),
 ("draft_invalid_json", draft_raw("[{"), "exception"),
 ("draft_not_list", draft_raw("{}"), "non-empty list"),
 ("draft_empty_list", draft_raw("[]"), "non-empty list"),
 ("draft_context_empty", draft_t(set0("context", [])), "context must be 1-3"),
 ("draft_context_four", draft_t(set0("context", ["a", "b", "c", "d"])), "context must be 1-3"),
 ("draft_context_blank", draft_t(set0("context", ["  "])), "context must be 1-3"),
 ("draft_context_not_list", draft_t(set0("context", "hello")), "context must be 1-3"),
 ("draft_q_missing", draft_t(q_missing), "q missing"),
 ("draft_extra_key", draft_t(set0("note", "x")), "unexpected keys"),
 ("draft_chatter_false", draft_t(lambda d: (d[3].__setitem__("chatter", False), d)[1]), "chatter must be true"),
 ("draft_chatter_moved", draft_t(chatter_moved), "chatter flag"),
 ("draft_chatter_added", draft_t(chatter_added), "chatter flag"),
 ("label_bad_index", lab_t(lambda L: first_keep(L).__setitem__("index", 99)), "bad index"),
 ("label_string_index", lab_t(lambda L: first_keep(L).__setitem__("index", "0")), "bad index"),
 ("label_duplicate", lab_t(lambda L: L.append(dict(L[0]))), "duplicate decision"),
 ("label_missing", lab_t(lambda L: L.remove(by(L, 5))), "missing decisions"),
 ("label_q_mismatch", lab_t(set_keep("q", "something else")), "label q"),
 ("label_bad_decision", lab_t(set_keep("decision", "MAYBE")), "bad decision"),
 ("flip_chatter_to_drop", lab_t(lab_flip_drop), "decision DROP vs draft chatter flag"),
 ("flip_keep_to_chatter", lab_t(lab_flip_chat), "decision CHATTER vs draft chatter flag"),
 ("drop_no_reason", lab_t(drop_noreason), "DROP without reason"),
 ("drop_blank_reason", lab_t(drop_blank), "DROP without reason"),
 ("drop_with_expect", lab_t(drop_expect), "DROP carries"),
 ("chatter_with_answer", lab_t(chat_answer), "CHATTER carries"),
 ("expect_not_list", lab_t(set_keep("expect", "containers share the host OS kernel")), "expect must be a list"),
 ("expect_empty", lab_t(set_keep("expect", [])), "expect must be a list"),
 ("expect_four", lab_t(set_keep("expect", ["containers share the host OS kernel"] * 4)), "expect must be a list"),
 ("expect_non_string", lab_t(set_keep("expect", [5])), "non-string expect"),
 ("expect_curly", lab_t(set_keep("expect", ["share the host operating system\u2019s kernel"])), "curly quote in expect"),
 ("expect_under5", lab_t(set_keep("expect", ["lightweight and quick to"])), "expect under 5 words"),
 ("expect_whitespace", lab_t(set_keep("expect", ["containers share the host  OS kernel"])), "irregular whitespace"),
 ("expect_reworded", lab_t(set_keep("expect", ["containers share the host operating system kernel"])), "expect not verbatim"),
 ("expect_cross_sentence", lab_t(set_keep("expect", ["containers are better. For more secure"])), "not inside a single sentence"),
 ("answer_missing", lab_t(del_keep("answer")), "answer missing"),
 ("answer_curly", lab_t(set_keep("answer", "system\u2019s kernel, which makes")), "curly quote in answer"),
 ("answer_7_words", lab_t(set_keep("answer", "making them lightweight and quick to start")), "answer not 3-6 words"),
 ("answer_2_words", lab_t(set_keep("answer", "quick to")), "answer not 3-6 words"),
 ("answer_not_verbatim", lab_t(set_keep("answer", "light and quick to start")), "answer not verbatim"),
 ("answer_cross_sentence", lab_t(set_keep("answer", "containers are better. For more")), "answer not inside a single sentence"),
 ("answer_other_sentence", lab_t(set_keep("answer", "affect many containers simultaneously")), "answer shares no sentence"),
 ("labels_invalid_json", lambda wd: open(os.path.join(wd, "labels.json"), "w").write("{"), "exception"),
 ("labels_no_key", lambda wd: jd(wd, "labels.json", {"notes": []}), "exception: KeyError"),
 ("missing_article", rm_article, "exception: FileNotFoundError"),
]
assert len(CASES) == 47 and len({c[0] for c in CASES}) == 47

def setup(name):
    wd = os.path.join(WORK, name)
    if os.path.exists(wd): raise SystemExit(f"refusing: {wd} exists")
    os.mkdir(wd)
    for n in ("draft.json", "FROZEN.txt", "labels.json"):
        shutil.copyfile(os.path.join(HERE, n), os.path.join(wd, n)); os.chmod(os.path.join(wd, n), 0o644)
    shutil.copyfile(ART, os.path.join(wd, "article.md"))
    return wd
def snapshot(wd):
    return {n: (open(os.path.join(wd, n), "rb").read() if os.path.exists(os.path.join(wd, n)) else None)
            for n in ("draft.json", "FROZEN.txt", "labels.json", "article.md")}
def run(wd):
    return subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", wd, "--article", os.path.join(wd, "article.md"),
                           "--out", os.path.join(wd, "out.json"), "--dropped", os.path.join(wd, "dropped.txt")],
                          capture_output=True, text=True)
def outputs(wd):
    return [p for p in [os.path.join(wd, "out.json"), os.path.join(wd, "dropped.txt")] if os.path.exists(p)] + glob.glob(os.path.join(wd, "*.tmp"))

lines, bad = [], 0
wd = setup("baseline"); r = run(wd)
ok = r.returncode == 0 and os.path.exists(os.path.join(wd, "out.json")) and os.path.exists(os.path.join(wd, "dropped.txt"))
lines.append(f"{'PASS' if ok else 'BAD'} baseline rc={r.returncode} {r.stdout.strip()}"); bad += not ok
for name, fn, want in CASES:
    wd = setup(name); before = snapshot(wd)
    try:
        fn(wd)
    except Exception as e:
        lines.append(f"BAD {name}: tamper raised {type(e).__name__}: {e}"); bad += 1; continue
    if snapshot(wd) == before:
        lines.append(f"BAD {name}: tamper changed nothing"); bad += 1; continue
    r = run(wd)
    first = next((l for l in r.stderr.splitlines() if l.startswith("FAIL:")), "")
    ok = r.returncode == 1 and want in first and not outputs(wd)
    lines.append(f"{'PASS' if ok else 'BAD'} {name}: rc={r.returncode} first={first!r}"); bad += not ok
total = len(lines)
lines.append(f"{total} run (baseline + {len(CASES)} tampers), {total - bad} passed, {bad} bad")
print("\n".join(lines))
open(os.environ.get("RESULTS", os.path.join(HERE, "tamper_results.txt")), "w").write("\n".join(lines) + "\n")
sys.exit(1 if bad else 0)
PY
rc=$?
rm -rf "$WORK"
exit $rc
