#!/usr/bin/env bash
# Tamper test for conversations-16/validate.py. Each case copies draft.json, FROZEN.txt and
# labels.json into /tmp/tamper16/<case>, applies one tamper, runs validate.py with --out and
# --dropped inside that dir. Baseline must exit 0 and write both files; every tamper must exit 1
# and leave no out, dropped or .tmp file.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper16
rm -rf "$ROOT"; mkdir -p "$ROOT"
pass=0; fail=0
run_case() {  # name, python tamper snippet (vars: d=draft list, f=frozen lines, L=labels dict; set rehash=True to refreeze)
  local name="$1" snippet="$2" expect="$3" dir="$ROOT/$1"
  mkdir -p "$dir"; cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$dir/"; chmod u+w "$dir"/*
  python3 - "$dir" <<PY
import json, sys, hashlib, os
dir = sys.argv[1]
d = json.load(open(os.path.join(dir, "draft.json"), encoding="utf-8"))
f = open(os.path.join(dir, "FROZEN.txt")).read().splitlines()
L = json.load(open(os.path.join(dir, "labels.json"), encoding="utf-8"))
rehash = False; raw_draft = None; raw_labels = None; raw_frozen = None
def lab(i): return next(l for l in L["labels"] if l["index"] == i)
def first(dec): return next(l for l in L["labels"] if l["decision"] == dec)
$snippet
rd = raw_draft if raw_draft is not None else (json.dumps(d, indent=2, ensure_ascii=False) + "\n").encode()
orig = open(os.path.join(dir, "draft.json"), "rb").read()
if raw_draft is None and json.loads(orig) == d: rd = orig
open(os.path.join(dir, "draft.json"), "wb").write(rd)
if rehash: f[0] = hashlib.sha256(rd).hexdigest() + "  draft.json"
open(os.path.join(dir, "FROZEN.txt"), "w").write(raw_frozen if raw_frozen is not None else "\n".join(f) + "\n")
open(os.path.join(dir, "labels.json"), "w", encoding="utf-8").write(raw_labels if raw_labels is not None else json.dumps(L, indent=2, ensure_ascii=False))
PY
  python3 "$HERE/validate.py" --dir "$dir" --out "$dir/out.json" --dropped "$dir/dropped.txt" >"$dir/stdout" 2>"$dir/stderr"
  local rc=$? written=$(ls "$dir" | grep -E '^(out\.json|dropped\.txt)$|\.tmp$' | tr '\n' ' ')
  if [ "$expect" = ok ]; then
    if [ $rc -eq 0 ] && [ -f "$dir/out.json" ] && [ -f "$dir/dropped.txt" ]; then r=PASS; else r=FAIL; fi
  else
    if [ $rc -eq 1 ] && [ -z "$written" ]; then r=PASS; else r=FAIL; fi
  fi
  [ $r = PASS ] && pass=$((pass+1)) || fail=$((fail+1))
  echo "$r $name rc=$rc written=[${written}] $(grep -m1 FAIL: "$dir/stderr" | cut -c1-110)"
}
run_case baseline "pass" ok
run_case draft_edited "d[0]['q'] += ' x'" fail
run_case frozen_wrong_hash "f[0] = '0'*64 + '  draft.json'" fail
run_case frozen_malformed "f[0] = 'nothash draft.json'" fail
run_case frozen_one_line "f = f[:1]" fail
run_case draft_empty_context "d[0]['context'] = []; rehash = True" fail
run_case draft_four_context "d[0]['context'] = ['a','b','c','d']; rehash = True" fail
run_case draft_extra_key "d[0]['bot'] = 1; rehash = True" fail
run_case draft_chatter_false "d[3]['chatter'] = False; rehash = True" fail
run_case draft_chatter_moved "del d[3]['chatter']; d[4]['chatter'] = True; rehash = True" fail
run_case draft_not_list "d = {'items': d}; rehash = True" fail
run_case label_bad_index "L['labels'][0]['index'] = 999" fail
run_case label_duplicate "L['labels'].append(dict(L['labels'][0]))" fail
run_case label_missing "L['labels'] = [l for l in L['labels'] if l['index'] != 10]" fail
run_case q_mismatch "first('KEEP')['q'] += '!'" fail
run_case bad_decision "first('DROP')['decision'] = 'MAYBE'" fail
run_case chatter_on_nonchatter "l = first('DROP'); l['decision'] = 'CHATTER'; del l['reason']" fail
run_case keep_on_chatter_index "l = lab(3); l.update(decision='KEEP', expect=first('KEEP')['expect'], answer=first('KEEP')['answer'])" fail
run_case drop_no_reason "first('DROP')['reason'] = '  '" fail
run_case drop_with_expect "l = first('DROP'); l['expect'] = first('KEEP')['expect']" fail
run_case chatter_with_answer "first('CHATTER')['answer'] = 'share the host OS kernel'" fail
run_case expect_empty "first('KEEP')['expect'] = []" fail
run_case expect_four "l = first('KEEP'); l['expect'] = (l['expect'] * 4)[:4]" fail
run_case expect_short "first('KEEP')['expect'].append('the host OS kernel')" fail
run_case expect_not_verbatim "l = first('KEEP'); l['expect'][0] = l['expect'][0].replace('kernel', 'kernal')" fail
run_case expect_cross_sentence "first('KEEP')['expect'].append('each require a full OS instance. However, this sharing of the kernel')" fail
run_case expect_curly "first('KEEP')['expect'].append('host operating system\u2019s kernel, which makes them')" fail
run_case expect_whitespace "l = first('KEEP'); l['expect'][0] = l['expect'][0].replace(' ', '  ', 1)" fail
run_case answer_too_long "first('KEEP')['answer'] = 'share the host OS kernel, making them lightweight'" fail
run_case answer_too_short "first('KEEP')['answer'] = 'host OS'" fail
run_case answer_not_verbatim "first('KEEP')['answer'] = 'share the guest OS kernel'" fail
run_case answer_no_shared_sentence "l = first('KEEP'); l['expect'] = ['Both technologies have their place, but understanding']; l['answer'] = 'share the host OS kernel'" fail
run_case answer_curly "first('KEEP')['answer'] = 'the host operating system\u2019s kernel'" fail
run_case labels_malformed_json "raw_labels = '{not json'" fail
echo "passed $pass / $((pass+fail))"
[ $fail -eq 0 ]
