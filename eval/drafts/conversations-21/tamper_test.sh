#!/usr/bin/env bash
# Tamper test for conversations-21's validate.py. Baseline must pass and write both files; every tamper must
# exit 1 with the expected text in the FIRST "FAIL:" line and write no output, dropped or .tmp file.
# Work dirs: /tmp/tamper21/<case>, removed afterwards. Results: tamper_results.txt.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper21
rm -rf "$ROOT"; mkdir -p "$ROOT"
python3 - "$HERE" "$ROOT" <<'PY' | tee "$HERE/tamper_results.txt"
import hashlib, json, os, shutil, subprocess, sys
HERE, ROOT = sys.argv[1], sys.argv[2]
ART = "/work/main/knowledge/containers-vs-vms.md"

def rd(d, n): return open(os.path.join(d, n), encoding="utf-8").read()
def wr(d, n, s): open(os.path.join(d, n), "w", encoding="utf-8").write(s)
def jl(d, n): return json.loads(rd(d, n))
def jw(d, n, o): wr(d, n, json.dumps(o, indent=2, ensure_ascii=False))
def rehash(d):
    lines = rd(d, "FROZEN.txt").splitlines()          # read before writing
    h = hashlib.sha256(open(os.path.join(d, "draft.json"), "rb").read()).hexdigest()
    wr(d, "FROZEN.txt", "\n".join([f"{h}  draft.json"] + lines[1:]) + "\n")
def draft_edit(f):
    def g(d):
        dr = jl(d, "draft.json"); dr = f(dr); jw(d, "draft.json", dr); rehash(d)
    return g
def lab_edit(f):
    def g(d):
        lab = jl(d, "labels.json"); f(lab); jw(d, "labels.json", lab)
    return g
def first_keep(lab): return next(l for l in lab["labels"] if l["decision"] == "KEEP")
def first_drop(lab): return next(l for l in lab["labels"] if l["decision"] == "DROP")
def first_chat(lab): return next(l for l in lab["labels"] if l["decision"] == "CHATTER")
def setk(**kw):
    def f(lab): first_keep(lab).update(kw)
    return f
def delk(key):
    def f(lab): del first_keep(lab)[key]
    return f
def ctx(i, v):
    def f(dr): dr[i]["context"] = v; return dr
    return f
def item(i, **kw):
    def f(dr):
        for k, v in kw.items():
            if v is None: dr[i].pop(k, None)
            else: dr[i][k] = v
        return dr
    return f
def frozen_lines(lines_fn):
    def g(d): wr(d, "FROZEN.txt", "\n".join(lines_fn(rd(d, "FROZEN.txt").splitlines())) + "\n")
    return g
def drop_no_reason(lab): del first_drop(lab)["reason"]
def drop_blank_reason(lab): first_drop(lab)["reason"] = "  "
def drop_expect(lab): first_drop(lab)["expect"] = ["Containers share the host OS kernel"]
def chat_answer(lab): first_chat(lab)["answer"] = "lightweight and quick to start"
def flip_chat_to_drop(lab):
    l = first_chat(lab); l["decision"] = "DROP"; l["reason"] = "tamper"
def flip_keep_to_chat(lab):
    l = first_keep(lab); l["decision"] = "CHATTER"; l.pop("expect"); l.pop("answer")
def bad_index(lab): lab["labels"][0]["index"] = 70
def str_index(lab): lab["labels"][0]["index"] = "0"
def dup_label(lab): lab["labels"].append(dict(lab["labels"][0]))
def miss_label(lab): lab["labels"].pop(10)
def q_mismatch(lab): lab["labels"][0]["q"] += " "
def bad_decision(lab): lab["labels"][0]["decision"] = "MAYBE"
def no_labels_key(lab): lab["lbls"] = lab.pop("labels")

CASES = [
 ("hash", lambda d: wr(d, "draft.json", rd(d, "draft.json") + " "), "sha256"),
 ("frozen_one_line", frozen_lines(lambda ls: ls[:1]), "must have hash line and date line"),
 ("frozen_bad_name", frozen_lines(lambda ls: [ls[0].replace("draft.json", "draft2.json")] + ls[1:]), "first line malformed"),
 ("frozen_bad_hex", frozen_lines(lambda ls: ["Z" * 64 + "  draft.json"] + ls[1:]), "first line malformed"),
 ("draft_invalid_json", lambda d: (wr(d, "draft.json", rd(d, "draft.json")[:-5]), rehash(d)), "JSONDecodeError"),
 ("draft_not_list", draft_edit(lambda dr: {"items": dr}), "must be a non-empty list"),
 ("draft_empty", draft_edit(lambda dr: []), "must be a non-empty list"),
 ("ctx_empty", draft_edit(ctx(0, [])), "context must be 1-3"),
 ("ctx_four", draft_edit(ctx(0, ["a", "b", "c", "d"])), "context must be 1-3"),
 ("ctx_blank_msg", draft_edit(ctx(0, ["  "])), "context must be 1-3"),
 ("q_missing", draft_edit(item(0, q=None)), "q missing"),
 ("q_blank", draft_edit(item(0, q=" ")), "q missing"),
 ("extra_key", draft_edit(item(0, note="x")), "unexpected keys"),
 ("chatter_false", draft_edit(item(0, chatter=False)), "chatter must be true when present"),
 ("chatter_added", draft_edit(item(0, chatter=True)), "draft 0: chatter flag True"),
 ("chatter_removed", draft_edit(item(3, chatter=None)), "draft 3: chatter flag False"),
 ("label_bad_index", lab_edit(bad_index), "bad index"),
 ("label_str_index", lab_edit(str_index), "bad index"),
 ("label_duplicate", lab_edit(dup_label), "duplicate decision"),
 ("label_missing", lab_edit(miss_label), "missing decisions"),
 ("q_mismatch", lab_edit(q_mismatch), "label q"),
 ("bad_decision", lab_edit(bad_decision), "bad decision"),
 ("flip_chatter_to_drop", lab_edit(flip_chat_to_drop), "vs draft chatter flag True"),
 ("flip_keep_to_chatter", lab_edit(flip_keep_to_chat), "vs draft chatter flag False"),
 ("drop_no_reason", lab_edit(drop_no_reason), "DROP without reason"),
 ("drop_blank_reason", lab_edit(drop_blank_reason), "DROP without reason"),
 ("drop_with_expect", lab_edit(drop_expect), "DROP carries expect/answer"),
 ("chatter_with_answer", lab_edit(chat_answer), "CHATTER carries expect/answer"),
 ("expect_not_list", lab_edit(setk(expect="Containers share the host OS kernel")), "expect must be a list"),
 ("expect_empty", lab_edit(setk(expect=[])), "expect must be a list"),
 ("expect_four", lab_edit(setk(expect=["Containers share the host OS kernel"] * 4)), "expect must be a list"),
 ("expect_non_string", lab_edit(setk(expect=[42])), "non-string expect"),
 ("expect_curly", lab_edit(setk(expect=["share the host operating system\u2019s kernel"])), "curly quote in expect"),
 ("expect_short", lab_edit(setk(expect=["share the host OS"])), "expect under 5 words"),
 ("expect_whitespace", lab_edit(setk(expect=["Containers share  the host OS kernel"])), "irregular whitespace"),
 ("expect_not_verbatim", lab_edit(setk(expect=["Containers share the guest OS kernel"])), "not verbatim in article"),
 ("expect_two_sentences", lab_edit(setk(expect=["containers are better. For more secure"])), "expect not inside a single sentence"),
 ("answer_missing", lab_edit(delk("answer")), "answer missing"),
 ("answer_curly", lab_edit(setk(answer="operating system\u2019s kernel")), "curly quote in answer"),
 ("answer_two_words", lab_edit(setk(answer="separate OS")), "answer not 3-6 words"),
 ("answer_seven_words", lab_edit(setk(answer="while VMs run separate OS instances for")), "answer not 3-6 words"),
 ("answer_not_verbatim", lab_edit(setk(answer="VMs run guest OS instances")), "answer not verbatim"),
 ("answer_two_sentences", lab_edit(setk(answer="are better. For more")), "answer not inside a single sentence"),
 ("answer_other_sentence", lab_edit(setk(answer="ideal for rapid development")), "answer shares no sentence"),
 ("labels_invalid_json", lambda d: wr(d, "labels.json", rd(d, "labels.json")[:-3]), "JSONDecodeError"),
 ("labels_no_key", lab_edit(no_labels_key), "KeyError"),
 ("missing_article", "ARTICLE", "FileNotFoundError"),
]
assert len(CASES) == 47 and len({c[0] for c in CASES}) == 47

def setup(name):
    d = os.path.join(ROOT, name); os.makedirs(d)
    for n in ("draft.json", "FROZEN.txt", "labels.json"):
        shutil.copy(os.path.join(HERE, n), os.path.join(d, n))
    os.chmod(os.path.join(d, "draft.json"), 0o644)
    return d
def run(d, article=ART):
    out, dropped = os.path.join(d, "out.json"), os.path.join(d, "dropped.txt")
    p = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), "--dir", d, "--article", article,
                        "--out", out, "--dropped", dropped], capture_output=True, text=True)
    written = [n for n in os.listdir(d) if n in ("out.json", "dropped.txt") or n.endswith(".tmp")]
    return p, written

passed = bad = 0
d = setup("baseline"); p, w = run(d)
ok = p.returncode == 0 and sorted(w) == ["dropped.txt", "out.json"]
print(("PASS" if ok else "BAD"), "baseline", p.returncode, sorted(w), p.stdout.strip()[:120])
passed += ok; bad += not ok
for name, fn, expect in CASES:
    d = setup(name); article = ART
    try:
        if fn == "ARTICLE": article = os.path.join(d, "no-such-article.md")
        else: fn(d)
    except Exception as e:
        print("BAD", name, "tamper snippet error:", type(e).__name__, e); bad += 1; continue
    p, w = run(d, article)
    fails = [l for l in p.stderr.splitlines() if l.startswith("FAIL:")]
    first = fails[0] if fails else ""
    ok = p.returncode == 1 and expect in first and not w
    print(("PASS" if ok else "BAD"), name, "rc=%d" % p.returncode, "written=%s" % w, "|", first[:150])
    passed += ok; bad += not ok
print(f"TOTAL: baseline + {len(CASES)} tampers, {passed} passed, {bad} bad")
PY
rc=${PIPESTATUS[0]}
rm -rf "$ROOT"
exit $rc
