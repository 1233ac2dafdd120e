#!/usr/bin/env bash
# Tamper tests for validate.py. Each case copies draft.json/FROZEN.txt/labels.json into
# /tmp/tamper15/<case>, applies one tamper, runs validate.py with --dir/--out/--dropped pointed
# there, and requires exit 1 with no output/dropped/.tmp files written. Baseline must pass.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper15
rm -rf "$ROOT"; mkdir -p "$ROOT"
HERE="$HERE" ROOT="$ROOT" python3 - <<'PY'
import copy, hashlib, json, os, shutil, subprocess, sys
HERE, ROOT = os.environ["HERE"], os.environ["ROOT"]
draft_raw = open(f"{HERE}/draft.json", "rb").read()
frozen = open(f"{HERE}/FROZEN.txt").read()
labels = json.load(open(f"{HERE}/labels.json"))

def first(dec):
    return next(k for k, l in enumerate(labels["labels"]) if l["decision"] == dec)
def rehash(d, draft_bytes):
    return f"{hashlib.sha256(draft_bytes).hexdigest()}  draft.json\n" + frozen.splitlines()[1] + "\n"

def case(name, mut):
    d = f"{ROOT}/{name}"; os.makedirs(d)
    files = {"draft.json": draft_raw, "FROZEN.txt": frozen.encode(),
             "labels.json": json.dumps(labels, ensure_ascii=False).encode()}
    lab = copy.deepcopy(labels); draft = json.loads(draft_raw)
    r = mut(lab, draft, files)
    if r is not None: files = r
    elif lab != labels: files["labels.json"] = json.dumps(lab, ensure_ascii=False).encode()
    for n, b in files.items(): open(f"{d}/{n}", "wb").write(b)
    out, dr = f"{d}/out.json", f"{d}/dropped.txt"
    p = subprocess.run([sys.executable, f"{HERE}/validate.py", "--dir", d, "--out", out, "--dropped", dr],
                       capture_output=True, text=True)
    written = [f for f in (out, dr, out + ".tmp", dr + ".tmp") if os.path.exists(f)]
    first_err = next((l for l in p.stderr.splitlines() if l.startswith("FAIL")), p.stdout.strip())
    return p.returncode, written, first_err

K = first("KEEP"); DR = first("DROP"); CHI = first("CHATTER")
def setl(k, **kw):
    def m(lab, draft, files): lab["labels"][k].update(kw)
    return m
def dell(k, *keys):
    def m(lab, draft, files):
        for key in keys: lab["labels"][k].pop(key, None)
    return m
def draft_rehash(fn):
    def m(lab, draft, files):
        fn(draft)
        b = (json.dumps(draft, indent=2, ensure_ascii=False) + "\n").encode()
        files["draft.json"] = b; files["FROZEN.txt"] = rehash(None, b).encode()
    return m
def move_chatter(draft):
    draft[3].pop("chatter"); draft[4]["chatter"] = True
def chatter_to_keep(lab, draft, files):
    l = lab["labels"][CHI]; l["decision"] = "KEEP"
    l["expect"] = ["Containers share the host OS kernel"]; l["answer"] = "share the host OS kernel"
def dup(lab, draft, files): lab["labels"].append(copy.deepcopy(lab["labels"][K]))
def missing(lab, draft, files): lab["labels"].pop(K)
def oor(lab, draft, files): lab["labels"][K]["index"] = 70
def four(lab, draft, files):
    lab["labels"][K]["expect"] = lab["labels"][K]["expect"] + ["Containers share the host OS kernel"] * (4 - len(lab["labels"][K]["expect"]))
def keep_to_chatter(lab, draft, files):
    l = lab["labels"][K]; l["decision"] = "CHATTER"; l.pop("expect"); l.pop("answer")
def drop_to_chatter_ok_keep_chatter_to_drop(lab, draft, files):
    l = lab["labels"][CHI]; l["decision"] = "DROP"; l["reason"] = "tamper"
def edit_draft(lab, draft, files):
    files["draft.json"] = draft_raw.replace(b"why tho", b"why tho?", 1)
def edit_frozen(lab, draft, files):
    h = frozen[:64]; files["FROZEN.txt"] = (("0" if h[0] != "0" else "1") + frozen[1:]).encode()
def malformed(lab, draft, files):
    files["labels.json"] = json.dumps(lab)[:-5].encode()

E = lambda k: labels["labels"][k]["expect"][0]
cases = [
 ("baseline", lambda lab, draft, files: None, 0),
 ("edited_draft", edit_draft, 1),
 ("edited_frozen_hash", edit_frozen, 1),
 ("reworded_expect", setl(K, expect=[E(K).replace("host", "hosts", 1)]), 1),
 ("case_changed_expect", setl(K, expect=[E(K).upper()]), 1),
 ("cross_sentence_expect_with_period", setl(K, expect=["higher resource use. If you need rapid"]), 1),
 ("cross_sentence_expect_no_period", setl(K, expect=["higher resource use If you need rapid"]), 1),
 ("short_expect", setl(K, expect=["share the host OS"]), 1),
 ("four_expects", four, 1),
 ("empty_expect", setl(K, expect=[]), 1),
 ("curly_quote_expect", setl(K, expect=["share the host operating system\u2019s kernel"], answer="share the host operating"), 1),
 ("curly_quote_answer", setl(K, expect=["Containers, by design, are lightweight and share the host operating system"], answer="operating system\u2019s kernel"), 1),
 ("long_answer", setl(K, answer="Containers share the host OS kernel, making"), 1),
 ("short_answer", setl(K, answer="host OS"), 1),
 ("answer_other_sentence", setl(K, answer="VMs rely on hypervisors"), 1),
 ("answer_not_verbatim", setl(K, answer="share the hosts OS kernel"), 1),
 ("duplicate_index", dup, 1),
 ("missing_index", missing, 1),
 ("out_of_range_index", oor, 1),
 ("chatter_to_keep", chatter_to_keep, 1),
 ("chatter_to_drop", drop_to_chatter_ok_keep_chatter_to_drop, 1),
 ("keep_to_chatter", keep_to_chatter, 1),
 ("draft_chatter_moved_rehashed", draft_rehash(move_chatter), 1),
 ("draft_four_context_rehashed", draft_rehash(lambda d: d[0]["context"].extend(["a", "b", "c"])), 1),
 ("draft_extra_key_rehashed", draft_rehash(lambda d: d[0].update(extra=1)), 1),
 ("q_mismatch", setl(K, q="why though"), 1),
 ("drop_without_reason", dell(DR, "reason"), 1),
 ("drop_with_expect", setl(DR, expect=["Containers share the host OS kernel"]), 1),
 ("bad_decision_name", setl(K, decision="MAYBE"), 1),
 ("malformed_labels_json", malformed, 1),
]
ok_all = True
for name, mut, want in cases:
    rc, written, msg = case(name, mut)
    good = (rc == 0 and len(written) == 2) if want == 0 else (rc == 1 and not written)
    ok_all &= good
    print(f"{'PASS' if good else 'FAIL'}\t{name}\trc={rc}\twritten={len(written)}\t{msg[:150]}")
print("ALL TAMPER TESTS PASSED" if ok_all else "SOME TAMPER TESTS FAILED")
sys.exit(0 if ok_all else 1)
PY
