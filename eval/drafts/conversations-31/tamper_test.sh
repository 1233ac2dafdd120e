#!/usr/bin/env bash
# Tamper test for conversations-31/validate.py: baseline must pass and write both files; every tamper
# must exit 1, name the expected text in the FIRST "FAIL:" line, and leave no output/dropped/.tmp files.
# A tamper that raises or changes no input file counts as BAD. Work dir /tmp/tamper31 (refused if present).
set -u
HERE="${HERE:-$(cd "$(dirname "$0")" && pwd)}"
WORK="${WORK:-/tmp/tamper31}"
RESULTS="${RESULTS:-$HERE/tamper_results.txt}"
if [ -e "$WORK" ]; then echo "refusing: $WORK exists" >&2; exit 2; fi
mkdir -p "$WORK"
python3 - "$HERE" "$WORK" "$RESULTS" <<'PYEOF'
import hashlib, json, os, shutil, subprocess, sys
HERE, WORK, RESULTS = sys.argv[1:4]
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
VALIDATE = os.path.join(HERE, "validate.py")
FILES = ["draft.json", "FROZEN.txt", "labels.json", "article.md"]

def setup(case):
    d = os.path.join(WORK, case)
    assert not os.path.exists(d), d
    os.makedirs(d)
    for n in ["draft.json", "FROZEN.txt", "labels.json"]:
        shutil.copyfile(os.path.join(HERE, n), os.path.join(d, n))
    shutil.copyfile(ARTICLE, os.path.join(d, "article.md"))
    return d

def snapshot(d):
    return {n: (open(os.path.join(d, n), "rb").read() if os.path.exists(os.path.join(d, n)) else None) for n in FILES}

def run(d):
    out, dropped = os.path.join(d, "out.json"), os.path.join(d, "dropped_out.txt")
    p = subprocess.run([sys.executable, VALIDATE, "--dir", d, "--article", os.path.join(d, "article.md"),
                        "--out", out, "--dropped", dropped], capture_output=True, text=True)
    return p, out, dropped

# helpers for tampers
def rj(d, n): return json.load(open(os.path.join(d, n), encoding="utf-8"))
def wj(d, n, obj): open(os.path.join(d, n), "w", encoding="utf-8").write(json.dumps(obj, indent=1) + "\n")
def refreeze(d):
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    lines = open(os.path.join(d, "FROZEN.txt")).read().splitlines()
    lines[0] = f"{h}  draft.json"
    open(os.path.join(d, "FROZEN.txt"), "w").write("\n".join(lines) + "\n")
def draft_edit(fn):
    def t(d):
        dr = rj(d, "draft.json"); r = fn(dr); wj(d, "draft.json", dr if r is None else r); refreeze(d)
    return t
def lab_edit(fn):
    def t(d):
        lab = rj(d, "labels.json"); r = fn(lab); wj(d, "labels.json", lab if r is None else r)
    return t
def first(lab, dec): return next(l for l in lab["labels"] if l["decision"] == dec)
def keep_with(lab, n_expect=None):
    return next(l for l in lab["labels"] if l["decision"] == "KEEP" and (n_expect is None or len(l["expect"]) == n_expect))
def setk(dec, **kv):
    def f(lab):
        l = first(lab, dec); l.update(kv)
    return f

def write_text(n, text):
    def t(d): open(os.path.join(d, n), "w", encoding="utf-8").write(text)
    return t
def frozen_lines(fn):
    def t(d):
        lines = open(os.path.join(d, "FROZEN.txt")).read().splitlines()
        open(os.path.join(d, "FROZEN.txt"), "w").write("\n".join(fn(lines)) + "\n")
    return t

def append_space(d):
    open(os.path.join(d, "draft.json"), "ab").write(b" ")
def del_key(dec, key):
    def f(lab): del first(lab, dec)[key]
    return f
def dup_index(lab):
    lab["labels"][5]["index"] = lab["labels"][4]["index"]
def drop_label(lab):
    lab["labels"].pop(10)
def q_mismatch(lab):
    l = first(lab, "KEEP"); l["q"] = l["q"] + " please"
def keep_to_chatter(lab):
    l = first(lab, "KEEP"); l["decision"] = "CHATTER"; del l["expect"]; del l["answer"]
def chatter_to_drop(lab):
    l = first(lab, "CHATTER"); l["decision"] = "DROP"; l["reason"] = "x"
def chatter_with_expect(lab):
    first(lab, "CHATTER")["expect"] = ["Containers offer rapid deployment and scalability"]
def drop_with_answer(lab):
    first(lab, "DROP")["answer"] = "Containers offer rapid deployment"
def expect_curly(lab):
    l = keep_with(lab); l["expect"][0] = l["expect"][0] + " \u2019"
def expect_short(lab):
    keep_with(lab)["expect"][0] = "Containers share the host"
def expect_ws(lab):
    l = keep_with(lab); w = l["expect"][0].split(" ", 1); l["expect"][0] = w[0] + "  " + w[1]
def expect_not_verbatim(lab):
    l = keep_with(lab); l["expect"][0] = l["expect"][0].replace(" ", " really ", 1)
def expect_cross_sentence(lab):
    keep_with(lab)["expect"][0] = "scalable applications, containers are better. For more secure"
def expect_four(lab):
    l = keep_with(lab); l["expect"] = (l["expect"] * 4)[:4]
def answer_no_shared_sentence(lab):
    l = next(x for x in lab["labels"] if x["decision"] == "KEEP" and x["answer"] == "may require more management effort")
    l["answer"] = "reducing extra costs"
def ctx(fn):
    def f(dr):
        i = next(k for k, it in enumerate(dr) if not it.get("chatter")); fn(dr[i])
    return f

CASES = [
 # (name, tamper, expected text in first FAIL line)
 ("draft_byte_appended", append_space, "!= FROZEN"),
 ("frozen_hash_other", frozen_lines(lambda L: ["0" * 64 + "  draft.json"] + L[1:]), "!= FROZEN"),
 ("frozen_only_hash_line", frozen_lines(lambda L: L[:1]), "FROZEN.txt must have hash line and date line"),
 ("frozen_hash_not_hex", frozen_lines(lambda L: ["zz" + L[0][2:]] + L[1:]), "FROZEN.txt first line malformed"),
 ("frozen_wrong_filename", frozen_lines(lambda L: [L[0].split()[0] + "  other.json"] + L[1:]), "FROZEN.txt first line malformed"),
 ("frozen_three_fields", frozen_lines(lambda L: [L[0] + " extra"] + L[1:]), "FROZEN.txt first line malformed"),
 ("draft_not_list", draft_edit(lambda dr: {"items": dr}), "draft.json must be a non-empty list"),
 ("draft_empty_list", draft_edit(lambda dr: []), "draft.json must be a non-empty list"),
 ("draft_bad_json", lambda d: (write_text("draft.json", "[{")(d), refreeze(d)), "exception: JSONDecodeError"),
 ("ctx_empty", draft_edit(ctx(lambda it: it.update(context=[]))), "context must be 1-3 non-empty strings"),
 ("ctx_four", draft_edit(ctx(lambda it: it.update(context=["a", "b", "c", "d"]))), "context must be 1-3 non-empty strings"),
 ("ctx_blank_msg", draft_edit(ctx(lambda it: it.update(context=["   "]))), "context must be 1-3 non-empty strings"),
 ("ctx_non_string", draft_edit(ctx(lambda it: it.update(context=[7]))), "context must be 1-3 non-empty strings"),
 ("q_missing", draft_edit(ctx(lambda it: it.pop("q"))), "q missing"),
 ("q_blank", draft_edit(ctx(lambda it: it.update(q="  "))), "q missing"),
 ("draft_extra_key", draft_edit(ctx(lambda it: it.update(note="x"))), "unexpected keys"),
 ("chatter_false", draft_edit(lambda dr: dr[3].update(chatter=False)), "chatter must be true when present"),
 ("chatter_wrong_index", draft_edit(lambda dr: dr[4].update(chatter=True)), "chatter flag True but chatter indices"),
 ("chatter_flag_removed", draft_edit(lambda dr: dr[11].__delitem__("chatter")), "chatter flag False but chatter indices"),
 ("labels_bad_json", write_text("labels.json", "{\"labels\": ["), "exception: JSONDecodeError"),
 ("labels_no_labels_key", lab_edit(lambda lab: {"notes": lab["notes"]}), "exception: KeyError"),
 ("article_missing", lambda d: os.remove(os.path.join(d, "article.md")), "exception: FileNotFoundError"),
 ("label_index_out_of_range", lab_edit(lambda lab: lab["labels"][0].update(index=999)), "bad index 999"),
 ("label_index_string", lab_edit(lambda lab: lab["labels"][0].update(index="0")), "bad index '0'"),
 ("label_duplicate_index", lab_edit(dup_index), "duplicate decision"),
 ("label_missing", lab_edit(drop_label), "missing decisions for indices"),
 ("label_q_mismatch", lab_edit(q_mismatch), "!= draft q"),
 ("decision_unknown", lab_edit(setk("KEEP", decision="MAYBE")), "bad decision 'MAYBE'"),
 ("decision_missing", lab_edit(del_key("DROP", "decision")), "bad decision None"),
 ("keep_relabelled_chatter", lab_edit(keep_to_chatter), "decision CHATTER vs draft chatter flag False"),
 ("chatter_relabelled_drop", lab_edit(chatter_to_drop), "decision DROP vs draft chatter flag True"),
 ("drop_no_reason", lab_edit(del_key("DROP", "reason")), "DROP without reason"),
 ("drop_blank_reason", lab_edit(setk("DROP", reason="  ")), "DROP without reason"),
 ("drop_with_answer", lab_edit(drop_with_answer), "DROP carries expect/answer"),
 ("chatter_with_expect", lab_edit(chatter_with_expect), "CHATTER carries expect/answer"),
 ("expect_string", lab_edit(lambda lab: keep_with(lab).update(expect="Containers offer rapid deployment and scalability")), "expect must be a list of 1-3 phrases"),
 ("expect_empty", lab_edit(lambda lab: keep_with(lab).update(expect=[])), "expect must be a list of 1-3 phrases"),
 ("expect_four", lab_edit(expect_four), "expect must be a list of 1-3 phrases"),
 ("expect_non_string", lab_edit(lambda lab: keep_with(lab)["expect"].__setitem__(0, 5)), "non-string expect"),
 ("expect_curly", lab_edit(expect_curly), "curly quote in expect"),
 ("expect_under_5_words", lab_edit(expect_short), "expect under 5 words"),
 ("expect_double_space", lab_edit(expect_ws), "expect has irregular whitespace"),
 ("expect_not_verbatim", lab_edit(expect_not_verbatim), "expect not verbatim in article"),
 ("expect_cross_sentence", lab_edit(expect_cross_sentence), "expect not inside a single sentence"),
 ("answer_missing", lab_edit(del_key("KEEP", "answer")), "answer missing"),
 ("answer_curly", lab_edit(setk("KEEP", answer="containers can\u2019t do that")), "curly quote in answer"),
 ("answer_two_words", lab_edit(setk("KEEP", answer="shared kernel")), "answer not 3-6 words"),
 ("answer_seven_words", lab_edit(setk("KEEP", answer="kernel modules that containers might not support easily")), "answer not 3-6 words"),
 ("answer_not_verbatim", lab_edit(setk("KEEP", answer="containers are always faster")), "answer not verbatim in article"),
 ("answer_cross_sentence", lab_edit(setk("KEEP", answer="containers are better. For")), "answer not inside a single sentence"),
 ("answer_no_shared_sentence", lab_edit(answer_no_shared_sentence), "answer shares no sentence with an expect phrase"),
 # EXTRA_CASES
]

lines, bad = [], 0
# baseline
d = setup("baseline")
p, out, dropped = run(d)
ok = p.returncode == 0 and os.path.exists(out) and os.path.exists(dropped) and not os.path.exists(out + ".tmp")
if ok:
    o = json.load(open(out)); ok = len(o["conversations"]) > 0 and "chatter" in o
lines.append(f"{'PASS' if ok else 'BAD'}\tbaseline\trc={p.returncode}\t{p.stdout.strip()[:80]}")
bad += not ok
for name, tamper, expected in CASES:
    d = setup(name)
    before = snapshot(d)
    try:
        tamper(d)
    except Exception as e:
        lines.append(f"BAD\t{name}\ttamper raised {type(e).__name__}: {e}"); bad += 1; continue
    if snapshot(d) == before:
        lines.append(f"BAD\t{name}\ttamper changed no file"); bad += 1; continue
    p, out, dropped = run(d)
    fails = [l for l in p.stderr.splitlines() if l.startswith("FAIL:")]
    leftovers = [f for f in (out, dropped, out + ".tmp", dropped + ".tmp") if os.path.exists(f)]
    good = p.returncode == 1 and fails and expected in fails[0] and not leftovers
    lines.append(f"{'PASS' if good else 'BAD'}\t{name}\trc={p.returncode}\t{fails[0] if fails else '(no FAIL line)'}"
                 + (f"\tleftovers={leftovers}" if leftovers else ""))
    bad += not good
total = len(CASES) + 1
lines.append(f"summary: baseline + {len(CASES)} tampers, {total - bad} passed, {bad} bad")
open(RESULTS, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(1 if bad else 0)
PYEOF
rc=$?
rm -rf "$WORK"
exit $rc
