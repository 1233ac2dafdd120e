#!/usr/bin/env bash
# conversations-18 tamper test. Each case: fresh copy of draft.json/FROZEN.txt/labels.json in /tmp/tamper18/<case>,
# a python tamper snippet (d = draft list, L = labels dict, F = FROZEN lines; rehash=True re-hashes draft into FROZEN
# so draft-shape checks fire instead of the hash check), then validate.py --dir/--out/--dropped in that folder.
# Baseline must exit 0 and write both files; every tamper must exit 1, its FIRST FAIL line must contain the expected
# text, and no output, dropped or .tmp file may exist. A tamper snippet that itself errors counts as BAD.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper18
rm -rf "$ROOT"; mkdir -p "$ROOT"
pass=0; bad=0

run_case() {  # name expected_text rehash python_snippet
  local name="$1" expect="$2" rehash="$3" snippet="$4" dir="$ROOT/$1"
  mkdir -p "$dir"
  cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$dir/"
  chmod u+w "$dir"/*
  if ! DIR="$dir" REHASH="$rehash" SNIP="$snippet" python3 - <<'PY'
import json, os, hashlib
dir_ = os.environ["DIR"]; p = lambda n: os.path.join(dir_, n)
d = json.load(open(p("draft.json"))); L = json.load(open(p("labels.json")))
F = open(p("FROZEN.txt")).read().splitlines()
draft_raw = None; labels_raw = None
exec(os.environ["SNIP"])
if draft_raw is None: draft_raw = json.dumps(d, indent=1)
open(p("draft.json"), "w").write(draft_raw)
if labels_raw is None: labels_raw = json.dumps(L, indent=1)
open(p("labels.json"), "w").write(labels_raw)
if os.environ["REHASH"] == "1":
    F[0] = hashlib.sha256(open(p("draft.json"), "rb").read()).hexdigest() + "  draft.json"
open(p("FROZEN.txt"), "w").write("\n".join(F) + "\n")
PY
  then echo "BAD  $name: tamper snippet failed"; bad=$((bad+1)); return; fi
  python3 "$HERE/validate.py" --dir "$dir" --out "$dir/out.json" --dropped "$dir/dropped.txt" >"$dir/stdout" 2>"$dir/stderr"
  local rc=$? first
  first="$(grep -m1 '^FAIL:' "$dir/stderr")"
  if [ "$name" = baseline ]; then
    if [ $rc -eq 0 ] && [ -s "$dir/out.json" ] && [ -f "$dir/dropped.txt" ] && ! ls "$dir"/*.tmp >/dev/null 2>&1; then
      echo "ok   baseline: exit 0, out.json + dropped.txt written"; pass=$((pass+1))
    else echo "BAD  baseline: rc=$rc $(cat "$dir/stderr")"; bad=$((bad+1)); fi
    return
  fi
  if [ $rc -eq 1 ] && [[ "$first" == *"$expect"* ]] && [ ! -e "$dir/out.json" ] && [ ! -e "$dir/dropped.txt" ] && ! ls "$dir"/*.tmp >/dev/null 2>&1; then
    echo "ok   $name: rc=1, $first"; pass=$((pass+1))
  else
    echo "BAD  $name: rc=$rc first='$first' expected '$expect'"; bad=$((bad+1))
  fi
}
k() { echo "next(l for l in L['labels'] if l['index']==$1)"; }  # label lookup helper

run_case baseline "" 0 "pass"
# frozen hash / FROZEN.txt
run_case draft_byte_changed "sha256" 0 "d[0]['q'] += ' '"
run_case frozen_no_date "must have hash line and date line" 0 "F = F[:1]"
run_case frozen_bad_hash "first line malformed" 0 "F[0] = 'xyz  draft.json'"
run_case frozen_wrong_name "first line malformed" 0 "F[0] = F[0].split()[0] + '  other.json'"
run_case frozen_three_fields "first line malformed" 0 "F[0] = F[0] + ' extra'"
# draft shape (re-hashed)
run_case draft_not_list "non-empty list" 1 "d = {'items': d}"
run_case draft_empty_list "non-empty list" 1 "d = []"
run_case ctx_empty "context must be 1-3" 1 "d[0]['context'] = []"
run_case ctx_four "context must be 1-3" 1 "d[0]['context'] = ['a','b','c','d']"
run_case ctx_blank "context must be 1-3" 1 "d[0]['context'] = ['   ']"
run_case ctx_not_list "context must be 1-3" 1 "d[0]['context'] = 'hello'"
run_case q_missing "q missing" 1 "del d[0]['q']"
run_case extra_key "unexpected keys" 1 "d[0]['answer'] = 'x'"
run_case chatter_false "chatter must be true" 1 "d[3]['chatter'] = False"
run_case chatter_moved "chatter flag" 1 "d[4]['chatter'] = True"
run_case chatter_removed "chatter flag" 1 "del d[59]['chatter']"
# label coverage / identity
run_case label_bad_index "bad index" 0 "$(k 0)['index'] = 70"
run_case label_duplicate "duplicate decision" 0 "L['labels'].append(dict($(k 5)))"
run_case label_missing "missing decisions" 0 "L['labels'] = [l for l in L['labels'] if l['index'] != 7]"
run_case q_reworded "!= draft q" 0 "$(k 9)['q'] = 'why?'"
run_case bad_decision "bad decision" 0 "$(k 9)['decision'] = 'MAYBE'"
run_case chatter_item_dropped "vs draft chatter flag" 0 "l=$(k 3); l['decision']='DROP'; l['reason']='x'"
run_case normal_item_chatter "vs draft chatter flag" 0 "l=$(k 2); l['decision']='CHATTER'; del l['reason']"
run_case drop_no_reason "DROP without reason" 0 "del $(k 2)['reason']"
run_case drop_blank_reason "DROP without reason" 0 "$(k 2)['reason'] = '  '"
run_case drop_with_answer "DROP carries expect/answer" 0 "$(k 2)['answer'] = 'containers are better'"
run_case chatter_with_expect "CHATTER carries expect/answer" 0 "$(k 3)['expect'] = ['x y z w v']"
# KEEP expect checks
run_case expect_not_list "expect must be a list" 0 "l=$(k 9); l['expect'] = l['expect'][0]"
run_case expect_empty "expect must be a list" 0 "$(k 9)['expect'] = []"
run_case expect_four "expect must be a list" 0 "l=$(k 32); l['expect'] = l['expect'] + ['This setup offers flexibility, scalability, and security']"
run_case expect_nonstring "non-string expect" 0 "$(k 9)['expect'].append(5)"
run_case expect_curly "curly quote in expect" 0 "$(k 1)['expect'][0] = 'are lightweight and share the host operating system\u2019s kernel'"
run_case expect_short "expect under 5 words" 0 "$(k 9)['expect'][0] = 'share the host OS'"
run_case expect_whitespace "irregular whitespace" 0 "$(k 9)['expect'][0] = 'containers share the  host OS kernel'"
run_case expect_not_verbatim "expect not verbatim" 0 "$(k 9)['expect'][0] = 'containers share the guest OS kernel'"
run_case expect_cross_sentence "expect not inside a single sentence" 0 "$(k 50)['expect'][0] = 'scalable applications, containers are better. For more secure'"
# KEEP answer checks
run_case answer_missing "answer missing" 0 "del $(k 9)['answer']"
run_case answer_curly "curly quote in answer" 0 "$(k 1)['answer'] = 'host operating system\u2019s kernel'"
run_case answer_short "answer not 3-6 words" 0 "$(k 9)['answer'] = 'quick start'"
run_case answer_long "answer not 3-6 words" 0 "$(k 9)['answer'] = 'making them lightweight and quick to start'"
run_case answer_not_verbatim "answer not verbatim" 0 "$(k 9)['answer'] = 'lightweight and fast to start'"
run_case answer_cross_sentence "answer not inside a single sentence" 0 "$(k 50)['answer'] = 'containers are better. For'"
run_case answer_other_sentence "answer shares no sentence" 0 "$(k 9)['answer'] = 'VMs rely on hypervisors'"
# malformed input
run_case labels_bad_json "exception" 0 "labels_raw = '{not json'"
run_case labels_no_labels_key "exception" 0 "L = {'notes': []}"

echo "passed $pass, bad $bad"
[ $bad -eq 0 ]
