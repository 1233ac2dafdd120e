#!/usr/bin/env bash
# Tamper test for conversations-29 validate.py: baseline must pass; each tamper must fail with the
# expected text in the FIRST FAIL line and write no output/dropped/.tmp file.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="${TAMPER_WORK:-/tmp/tamper29}"
RESULTS="${TAMPER_RESULTS:-$HERE/tamper_results.txt}"
if [ -e "$WORK" ]; then echo "refusing: $WORK exists" >&2; exit 2; fi
mkdir -p "$WORK"
HERE="$HERE" WORK="$WORK" RESULTS="$RESULTS" python3 - <<'PY'
import hashlib, json, os, shutil, subprocess, sys
HERE, WORK, RESULTS = os.environ["HERE"], os.environ["WORK"], os.environ["RESULTS"]
ART = "/work/main/knowledge/containers-vs-vms.md"
def rj(p): return json.load(open(p))
def wj(p, o): open(p, "w").write(json.dumps(o, indent=1))
def rehash(d):
    lines = open(os.path.join(d, "FROZEN.txt")).read().splitlines()  # read before writing
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    open(os.path.join(d, "FROZEN.txt"), "w").write(f"{h}  draft.json\n" + "\n".join(lines[1:]) + "\n")
def draft_t(f):
    def t(d):
        p = os.path.join(d, "draft.json"); x = rj(p); x = f(x); wj(p, x); rehash(d)
    return t
def lab_t(f):
    def t(d):
        p = os.path.join(d, "labels.json"); x = rj(p); f(x["labels"], x); wj(p, x)
    return t
def first(labels, dec): return next(l for l in labels if l["decision"] == dec)
def byidx(labels, i): return next(l for l in labels if l["index"] == i)
def setk(i, k, v):
    def f(L, x): byidx(L, i)[k] = v
    return f
def m(f):  # mutate-in-place helper for draft
    def g(x): f(x); return x
    return g
def raw_write(name, text):
    def t(d): open(os.path.join(d, name), "w").write(text)
    return t
def frozen_edit(f):
    def t(d):
        p = os.path.join(d, "FROZEN.txt"); lines = open(p).read().splitlines(); open(p, "w").write("\n".join(f(lines)) + "\n")
    return t
def art_edit(a, b):
    def t(d):
        p = os.path.join(d, "article.md"); s = open(p).read(); assert s.count(a) >= 1; open(p, "w").write(s.replace(a, b))
    return t
def pop_key(i, k):
    def f(L, x): byidx(L, i).pop(k)
    return f
def decision(i, dec, **extra):
    def f(L, x):
        l = byidx(L, i); l["decision"] = dec
        for k in ("expect", "answer", "reason"): l.pop(k, None)
        l.update(extra)
    return f
CASES = [
 ("draft_edited_no_rehash", lambda d: (lambda p: wj(p, [dict(it, q=it["q"] + "!") if n == 0 else it for n, it in enumerate(rj(p))]))(os.path.join(d, "draft.json")), "sha256"),
 ("frozen_one_line", frozen_edit(lambda L: L[:1]), "hash line and date line"),
 ("frozen_bad_name", frozen_edit(lambda L: [L[0].split()[0] + "  draft2.json"] + L[1:]), "first line malformed"),
 ("frozen_wrong_hash", frozen_edit(lambda L: ["0" * 64 + "  draft.json"] + L[1:]), "sha256"),
 ("draft_not_list", draft_t(lambda x: {"items": x}), "non-empty list"),
 ("draft_empty", draft_t(lambda x: []), "non-empty list"),
 ("draft_not_json", lambda d: (raw_write("draft.json", "[{not json")(d), rehash(d)), "exception"),
 ("ctx_empty", draft_t(m(lambda x: x[0].__setitem__("context", []))), "context must be 1-3"),
 ("ctx_four", draft_t(m(lambda x: x[0].__setitem__("context", ["a", "b", "c", "d"]))), "context must be 1-3"),
 ("ctx_blank_msg", draft_t(m(lambda x: x[0].__setitem__("context", ["ok", "   "]))), "context must be 1-3"),
 ("ctx_string", draft_t(m(lambda x: x[0].__setitem__("context", "a string"))), "context must be 1-3"),
 ("q_missing", draft_t(m(lambda x: x[0].pop("q"))), "q missing"),
 ("q_blank", draft_t(m(lambda x: x[0].__setitem__("q", "  "))), "q missing"),
 ("extra_draft_key", draft_t(m(lambda x: x[0].__setitem__("voice", "x"))), "unexpected keys"),
 ("chatter_false", draft_t(m(lambda x: x[3].__setitem__("chatter", False))), "chatter must be true"),
 ("chatter_removed", draft_t(m(lambda x: x[3].pop("chatter"))), "chatter flag False"),
 ("chatter_added_off_position", draft_t(m(lambda x: x[0].__setitem__("chatter", True))), "chatter flag True"),
 ("label_bad_index", lab_t(setk(0, "index", 99)), "bad index"),
 ("label_duplicate_index", lab_t(setk(1, "index", 0)), "duplicate decision"),
 ("label_missing_index", lab_t(lambda L, x: L.remove(byidx(L, 6))), "missing decisions"),
 ("label_changed_q", lab_t(setk(0, "q", "ok so which one boots faster?")), "label q"),
 ("label_bad_decision", lab_t(setk(6, "decision", "MAYBE")), "bad decision"),
 ("keep_to_chatter", lab_t(decision(0, "CHATTER")), "vs draft chatter flag"),
 ("chatter_to_drop", lab_t(decision(3, "DROP", reason="x")), "vs draft chatter flag"),
 ("drop_without_reason", lab_t(pop_key(6, "reason")), "DROP without reason"),
 ("drop_blank_reason", lab_t(setk(6, "reason", "  ")), "DROP without reason"),
 ("drop_with_answer", lab_t(setk(6, "answer", "containers are better")), "DROP carries expect/answer"),
 ("chatter_with_expect", lab_t(setk(3, "expect", ["Both technologies have their place"])), "CHATTER carries expect/answer"),
 ("expect_empty", lab_t(setk(0, "expect", [])), "expect must be a list of 1-3"),
 ("expect_four", lab_t(setk(0, "expect", ["Both technologies have their place"] * 4)), "expect must be a list of 1-3"),
 ("expect_string", lab_t(setk(0, "expect", "Both technologies have their place")), "expect must be a list of 1-3"),
 ("expect_non_string", lab_t(setk(0, "expect", [5])), "non-string expect"),
 ("expect_curly", lab_t(setk(0, "expect", ["share the host operating system\u2019s kernel"])), "curly quote in expect"),
 ("expect_under_5_words", lab_t(setk(0, "expect", ["containers share the host"])), "under 5 words"),
 ("expect_double_space", lab_t(setk(0, "expect", ["Both technologies  have their place"])), "irregular whitespace"),
 ("expect_not_verbatim", lab_t(setk(0, "expect", ["containers boot in one second flat"])), "expect not verbatim"),
 ("expect_two_sentences", lab_t(setk(0, "expect", ["containers are better. For more secure"])), "expect not inside a single sentence"),
 ("answer_missing", lab_t(pop_key(0, "answer")), "answer missing"),
 ("answer_curly", lab_t(setk(0, "answer", "lightweight and quick\u2019 to start")), "curly quote in answer"),
 ("answer_2_words", lab_t(setk(0, "answer", "quick to")), "not 3-6 words"),
 ("answer_7_words", lab_t(setk(0, "answer", "making them lightweight and quick to start")), "not 3-6 words"),
 ("answer_not_verbatim", lab_t(setk(0, "answer", "quick and lightweight to start")), "answer not verbatim"),
 ("answer_two_sentences", lab_t(setk(0, "answer", "containers are better. For")), "answer not inside a single sentence"),
 ("answer_other_sentence", lab_t(setk(15, "answer", "differ mainly in architecture")), "shares no sentence"),
 ("labels_not_json", raw_write("labels.json", "{nope"), "exception"),
 ("labels_no_labels_key", lambda d: (lambda p: wj(p, {"items": rj(p)["labels"]}))(os.path.join(d, "labels.json")), "exception"),
 ("article_expect_gone", art_edit("differ mainly in architecture", "differ in design"), "expect not verbatim"),
]
CASES += json.loads(os.environ.get("EXTRA_CASES", "[]"))  # unused hook placeholder
def snapshot(d): return {n: hashlib.sha256(open(os.path.join(d, n), "rb").read()).hexdigest() for n in sorted(os.listdir(d))}
def run(name, tamper, expect):
    d = os.path.join(WORK, name); assert not os.path.exists(d); os.makedirs(d)
    for n in ("draft.json", "FROZEN.txt", "labels.json"): shutil.copy(os.path.join(HERE, n), d)
    shutil.copy(ART, os.path.join(d, "article.md"))
    os.chmod(os.path.join(d, "draft.json"), 0o644)
    out, drp = os.path.join(d, "out.json"), os.path.join(d, "dropped.txt")
    if tamper is not None:
        before = snapshot(d)
        try: tamper(d)
        except Exception as e: return f"BAD {name}: tamper raised {type(e).__name__}: {e}"
        if snapshot(d) == before: return f"BAD {name}: tamper changed no file"
    r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", d, "--article", os.path.join(d, "article.md"),
                        "--out", out, "--dropped", drp], capture_output=True, text=True)
    if tamper is None:
        ok = r.returncode == 0 and os.path.exists(out) and os.path.exists(drp)
        return ("pass" if ok else "BAD") + f" {name}: rc={r.returncode}"
    fails = [l for l in r.stderr.splitlines() if l.startswith("FAIL:")]
    written = [p for p in (out, drp, out + ".tmp", drp + ".tmp") if os.path.exists(p)]
    ok = r.returncode == 1 and fails and expect in fails[0] and not written
    return ("pass" if ok else "BAD") + f" {name}: rc={r.returncode} first={fails[0] if fails else None!r} written={written}"
res = [run("baseline", None, None)] + [run(n, t, e) for n, t, e in CASES]
bad = [r for r in res if not r.startswith("pass")]
summary = f"{len(res)} cases (baseline + {len(res)-1} tampers): {len(res)-len(bad)} passed, {len(bad)} bad"
open(RESULTS, "w").write("\n".join(res + [summary]) + "\n")
print(summary)
for b in bad: print(b)
sys.exit(1 if bad else 0)
PY
rc=$?
rm -rf "$WORK"
exit $rc
