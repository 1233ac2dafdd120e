#!/usr/bin/env bash
# Tamper test for conversations-25 validate.py: baseline must pass and write both files; every tamper must
# exit 1 with the expected text in the FIRST "FAIL:" line and write no output, dropped or .tmp file.
# A tamper snippet that raises counts as BAD. Results -> $RESULTS (default ./tamper_results.txt).
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
export HERE
export RESULTS="${RESULTS:-$HERE/tamper_results.txt}"
export WORK="${WORK:-/tmp/tamper25}"
python3 - <<'PY'
import hashlib, json, os, shutil, subprocess, sys
HERE, RESULTS, WORK = os.environ["HERE"], os.environ["RESULTS"], os.environ["WORK"]
ART = "/work/main/knowledge/containers-vs-vms.md"
FILES = ["draft.json", "FROZEN.txt", "labels.json"]

def rj(d, n): return json.load(open(os.path.join(d, n), encoding="utf-8"))
def wj(d, n, obj):
    with open(os.path.join(d, n), "w", encoding="utf-8") as f: json.dump(obj, f, indent=2)
def rehash(d):
    lines = open(os.path.join(d, "FROZEN.txt")).read().splitlines()   # read before writing
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    open(os.path.join(d, "FROZEN.txt"), "w").write(f"{h}  draft.json\n" + "\n".join(lines[1:]) + "\n")
def draft_edit(fn):
    def t(d, env):
        x = rj(d, "draft.json"); x = fn(x)
        wj(d, "draft.json", x); rehash(d)
    return t
def draft_raw(text):
    def t(d, env):
        open(os.path.join(d, "draft.json"), "w").write(text); rehash(d)
    return t
def lab_edit(fn):
    def t(d, env):
        x = rj(d, "labels.json"); fn(x["labels"]); wj(d, "labels.json", x)
    return t
def lab0(fn):
    return lab_edit(lambda L: fn(L[0]))
def setk(k, v):
    def f(l): l[k] = v
    return f
def delk(k):
    def f(l): del l[k]
    return f
def frozen_edit(fn):
    def t(d, env):
        p = os.path.join(d, "FROZEN.txt"); lines = open(p).read().splitlines()
        open(p, "w").write("\n".join(fn(lines)) + "\n")
    return t
def ctx(i, v):
    def f(x): x[i]["context"] = v; return x
    return f

def chatter_moved(x):
    del x[3]["chatter"]; x[4]["chatter"] = True; return x
def chatter_false(x):
    x[3]["chatter"] = False; return x
def chatter_added(x):
    x[0]["chatter"] = True; return x
def q_missing(x):
    del x[5]["q"]; return x
def extra_key(x):
    x[5]["speaker"] = "bob"; return x
def append_space(d, env):
    open(os.path.join(d, "draft.json"), "ab").write(b" ")
def lab_dup(L): L.append(dict(L[0]))
def lab_missing(L): del L[10]
def to_drop(l):
    l["decision"] = "DROP"; l["reason"] = "x"
def keep_to_chatter(l):
    l["decision"] = "CHATTER"; del l["expect"]; del l["answer"]
def no_reason(l): del l["reason"]
def labels_invalid(d, env): open(os.path.join(d, "labels.json"), "w").write("{not json")
def labels_nokey(d, env):
    x = rj(d, "labels.json"); wj(d, "labels.json", {"items": x["labels"], "notes": x["notes"]})
def missing_article(d, env): env["article"] = os.path.join(d, "no-such-article.md")

CURLY_R = "\u2019"
CASES = [
 ("hash_appended_space", append_space, "sha256"),
 ("frozen_one_line", frozen_edit(lambda L: L[:1]), "FROZEN.txt must have hash line and date line"),
 ("frozen_wrong_name", frozen_edit(lambda L: [L[0].replace("draft.json", "draft2.json")] + L[1:]), "FROZEN.txt first line malformed"),
 ("frozen_upper_hex", frozen_edit(lambda L: [L[0].split()[0].upper() + "  draft.json"] + L[1:]), "FROZEN.txt first line malformed"),
 ("draft_invalid_json", draft_raw("[{"), "exception: JSONDecodeError"),
 ("draft_not_list", draft_edit(lambda x: {"items": x}), "draft.json must be a non-empty list"),
 ("draft_empty_list", draft_edit(lambda x: []), "draft.json must be a non-empty list"),
 ("draft_context_empty", draft_edit(ctx(5, [])), "draft 5: context must be 1-3 non-empty strings"),
 ("draft_context_four", draft_edit(ctx(5, ["a", "b", "c", "d"])), "draft 5: context must be 1-3 non-empty strings"),
 ("draft_context_blank", draft_edit(ctx(5, ["   "])), "draft 5: context must be 1-3 non-empty strings"),
 ("draft_context_not_list", draft_edit(ctx(5, "a string")), "draft 5: context must be 1-3 non-empty strings"),
 ("draft_q_missing", draft_edit(q_missing), "draft 5: q missing"),
 ("draft_extra_key", draft_edit(extra_key), "draft 5: unexpected keys"),
 ("draft_chatter_false", draft_edit(chatter_false), "draft 3: chatter must be true when present"),
 ("draft_chatter_moved", draft_edit(chatter_moved), "draft 3: chatter flag False"),
 ("draft_chatter_added", draft_edit(chatter_added), "draft 0: chatter flag True"),
 ("label_bad_index", lab0(setk("index", 99)), "bad index 99"),
 ("label_string_index", lab0(setk("index", "0")), "bad index '0'"),
 ("label_duplicate", lab_edit(lab_dup), "index 0: duplicate decision"),
 ("label_missing", lab_edit(lab_missing), "missing decisions for indices [10]"),
 ("label_q_mismatch", lab0(setk("q", "ok and which one boots faster?")), "index 0: label q"),
 ("label_bad_decision", lab0(setk("decision", "MAYBE")), "index 0: bad decision 'MAYBE'"),
 ("chatter_to_drop", lab_edit(lambda L: to_drop(L[3])), "index 3: decision DROP vs draft chatter flag True"),
 ("keep_to_chatter", lab_edit(lambda L: keep_to_chatter(L[0])), "index 0: decision CHATTER vs draft chatter flag False"),
 ("drop_no_reason", lab_edit(lambda L: no_reason(L[9])), "index 9: DROP without reason"),
 ("drop_blank_reason", lab_edit(lambda L: L[9].update(reason="   ")), "index 9: DROP without reason"),
 ("drop_with_expect", lab_edit(lambda L: L[9].update(expect=["Both technologies have their place"])), "index 9: DROP carries expect/answer"),
 ("chatter_with_answer", lab_edit(lambda L: L[3].update(answer="Both technologies have their place")), "index 3: CHATTER carries expect/answer"),
 ("expect_not_list", lab0(setk("expect", "VMs can be slightly slower to start")), "index 0: expect must be a list of 1-3 phrases"),
 ("expect_empty", lab0(setk("expect", [])), "index 0: expect must be a list of 1-3 phrases"),
 ("expect_four", lab0(setk("expect", ["VMs can be slightly slower to start"] * 4)), "index 0: expect must be a list of 1-3 phrases"),
 ("expect_non_string", lab0(setk("expect", [123])), "index 0: non-string expect"),
 ("expect_curly", lab0(setk("expect", ["VMs can be slightly slower to start" + CURLY_R])), "index 0: curly quote in expect"),
 ("expect_under_5", lab0(setk("expect", ["quick to start"])), "index 0: expect under 5 words"),
 ("expect_whitespace", lab0(setk("expect", ["VMs can be  slightly slower to start"])), "index 0: expect has irregular whitespace"),
 ("expect_reworded", lab0(setk("expect", ["VMs can be a bit slower to start"])), "index 0: expect not verbatim in article"),
 ("expect_cross_sentence", lab0(setk("expect", ["isolated environments, VMs excel. To understand their differences"])), "index 0: expect not inside a single sentence"),
 ("answer_missing", lab0(delk("answer")), "index 0: answer missing"),
 ("answer_curly", lab0(setk("answer", "lightweight and quick to start" + CURLY_R)), "index 0: curly quote in answer"),
 ("answer_7_words", lab0(setk("answer", "making them lightweight and quick to start")), "index 0: answer not 3-6 words"),
 ("answer_2_words", lab0(setk("answer", "quick start")), "index 0: answer not 3-6 words"),
 ("answer_not_verbatim", lab0(setk("answer", "light and quick to boot")), "index 0: answer not verbatim in article"),
 ("answer_cross_sentence", lab0(setk("answer", "VMs excel. To understand")), "index 0: answer not inside a single sentence"),
 ("answer_other_sentence", lab0(setk("answer", "Both technologies have their place")), "index 0: answer shares no sentence with an expect phrase"),
 ("labels_invalid_json", labels_invalid, "exception: JSONDecodeError"),
 ("labels_no_key", labels_nokey, "exception: KeyError"),
 ("missing_article", missing_article, "exception: FileNotFoundError"),
 # EXTRA CASES HERE
]

def setup(name):
    d = os.path.join(WORK, name)
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    for n in FILES: shutil.copyfile(os.path.join(HERE, n), os.path.join(d, n))
    return d
def run(d, env):
    out, dropped = os.path.join(d, "out.json"), os.path.join(d, "dropped.txt")
    r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", d, "--article", env.get("article", ART),
                        "--out", out, "--dropped", dropped], capture_output=True, text=True)
    return r, out, dropped

lines, bad = [], 0
d = setup("baseline"); r, out, dropped = run(d, {})
ok = r.returncode == 0 and os.path.exists(out) and os.path.exists(dropped)
lines.append(f"{'ok ' if ok else 'BAD'}\tbaseline\trc={r.returncode}\t{r.stdout.strip()[:120]}"); bad += not ok
for name, tamper, expected in CASES:
    d = setup(name); env = {}
    try:
        tamper(d, env)
    except Exception as e:
        lines.append(f"BAD\t{name}\ttamper snippet error: {type(e).__name__}: {e}"); bad += 1; continue
    r, out, dropped = run(d, env)
    fails = [l for l in r.stderr.splitlines() if l.startswith("FAIL:")]
    first = fails[0] if fails else ""
    leftovers = [p for p in (out, dropped, out + ".tmp", dropped + ".tmp") if os.path.exists(p)]
    ok = r.returncode == 1 and expected in first and not leftovers
    lines.append(f"{'ok ' if ok else 'BAD'}\t{name}\trc={r.returncode}\texpected={expected!r}\tfirst={first!r}"
                 + (f"\tleftovers={leftovers}" if leftovers else "")); bad += not ok
shutil.rmtree(WORK, ignore_errors=True)
summary = f"baseline + {len(CASES)} tampers: {len(lines) - bad} passed, {bad} bad"
with open(RESULTS, "w") as f: f.write("\n".join(lines) + "\n" + summary + "\n")
print("\n".join(l for l in lines if l.startswith("BAD"))); print(summary)
sys.exit(1 if bad else 0)
PY
