#!/usr/bin/env bash
# Tamper test for conversations-17 validate.py (written from conversations-16's README description).
# Each case: copy draft.json, FROZEN.txt, labels.json into /tmp/tamper17/<case>, apply one tamper,
# run validate.py with --dir/--out/--dropped there. Baseline must pass and write both files;
# every tamper must exit 1, print the expected FAIL text, and write no output, dropped or .tmp file.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper17
rm -rf "$ROOT"; mkdir -p "$ROOT"
pass=0; fail=0

run_case() {  # name expected_stderr_substring python_tamper_code
  local name="$1" want="$2" code="$3" d="$ROOT/$1"
  mkdir -p "$d"
  cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$d/"
  chmod u+w "$d"/*
  ( cd "$d" && python3 - <<PY
import json, hashlib, os
def ld(n): return json.load(open(n))
def sv(n, o): json.dump(o, open(n, "w"), indent=2)
def refreeze():
    h = hashlib.sha256(open("draft.json","rb").read()).hexdigest()
    lines = open("FROZEN.txt").read().splitlines()
    lines[0] = h + "  draft.json"; open("FROZEN.txt","w").write("\n".join(lines) + "\n")
def keep(L): return next(l for l in L["labels"] if l["decision"] == "KEEP")
$code
PY
  ) || { fail=$((fail+1)); echo "BAD  $name (tamper code failed)"; return; }
  python3 "$HERE/validate.py" --dir "$d" --out "$d/out.json" --dropped "$d/dropped.txt" >"$d/stdout" 2>"$d/stderr"
  local rc=$? ok=1 leftovers
  leftovers=$(ls "$d" | grep -E '^(out\.json|dropped\.txt)(\.tmp)?$' | tr '\n' ' ')
  if [ "$name" = baseline ]; then
    [ $rc -eq 0 ] && [ -s "$d/out.json" ] && [ -s "$d/dropped.txt" ] && ! ls "$d"/*.tmp >/dev/null 2>&1 || ok=0
  else
    [ $rc -eq 1 ] && [ -z "$leftovers" ] && grep -qF -- "$want" "$d/stderr" || ok=0
  fi
  if [ $ok -eq 1 ]; then pass=$((pass+1)); echo "OK   $name (rc=$rc)"; else fail=$((fail+1)); echo "BAD  $name (rc=$rc, leftovers='$leftovers') stderr: $(head -c 300 "$d/stderr")"; fi
}

run_case baseline "" "pass"
# frozen hash / FROZEN.txt
run_case draft_edited "!= FROZEN" "d=ld('draft.json'); d[0]['q']+='!'; sv('draft.json', d)"
run_case frozen_no_date "hash line and date line" "h=open('FROZEN.txt').read().splitlines()[0]; open('FROZEN.txt','w').write(h+'\n')"
run_case frozen_malformed "first line malformed" "L=open('FROZEN.txt').read().splitlines(); L[0]='nothex  draft.json'; open('FROZEN.txt','w').write('\n'.join(L)+'\n')"
# draft shape (re-frozen so only the shape check fires)
run_case draft_not_list "non-empty list" "sv('draft.json', {}); refreeze()"
run_case context_empty "context must be 1-3" "d=ld('draft.json'); d[0]['context']=[]; sv('draft.json', d); refreeze()"
run_case context_four "context must be 1-3" "d=ld('draft.json'); d[0]['context']=['a','b','c','d']; sv('draft.json', d); refreeze()"
run_case context_blank "context must be 1-3" "d=ld('draft.json'); d[0]['context']=['  ']; sv('draft.json', d); refreeze()"
run_case q_missing "q missing" "d=ld('draft.json'); del d[0]['q']; sv('draft.json', d); refreeze()"
run_case unexpected_key "unexpected keys" "d=ld('draft.json'); d[0]['note']='x'; sv('draft.json', d); refreeze()"
run_case chatter_false "chatter must be true" "d=ld('draft.json'); d[3]['chatter']=False; sv('draft.json', d); refreeze()"
run_case chatter_moved "chatter flag" "d=ld('draft.json'); del d[3]['chatter']; d[4]['chatter']=True; sv('draft.json', d); refreeze()"
# coverage / uniqueness / q match / decisions
run_case label_bad_index "bad index" "L=ld('labels.json'); L['labels'][0]['index']=999; sv('labels.json', L)"
run_case duplicate_decision "duplicate decision" "L=ld('labels.json'); L['labels'].append(dict(L['labels'][1])); sv('labels.json', L)"
run_case missing_decision "missing decisions" "L=ld('labels.json'); L['labels'].pop(5); sv('labels.json', L)"
run_case q_mismatch "!= draft q" "L=ld('labels.json'); L['labels'][0]['q']='tldr?'; sv('labels.json', L)"
run_case bad_decision "bad decision" "L=ld('labels.json'); L['labels'][1]['decision']='MAYBE'; sv('labels.json', L)"
run_case keep_labelled_chatter "vs draft chatter flag" "L=ld('labels.json'); l=keep(L); l['decision']='CHATTER'; del l['expect'], l['answer']; sv('labels.json', L)"
run_case chatter_labelled_drop "vs draft chatter flag" "L=ld('labels.json'); L['labels'][3]['decision']='DROP'; L['labels'][3]['reason']='x'; sv('labels.json', L)"
run_case drop_no_reason "DROP without reason" "L=ld('labels.json'); L['labels'][1]['reason']='  '; sv('labels.json', L)"
run_case drop_with_expect "DROP carries expect/answer" "L=ld('labels.json'); L['labels'][1]['answer']='containers are better'; sv('labels.json', L)"
run_case chatter_with_answer "CHATTER carries expect/answer" "L=ld('labels.json'); L['labels'][3]['answer']='containers are better'; sv('labels.json', L)"
# KEEP expect checks
run_case expect_empty "expect must be a list of 1-3" "L=ld('labels.json'); keep(L)['expect']=[]; sv('labels.json', L)"
run_case expect_four "expect must be a list of 1-3" "L=ld('labels.json'); k=keep(L); k['expect']=(k['expect']*4)[:4]; sv('labels.json', L)"
run_case expect_nonstring "non-string expect" "L=ld('labels.json'); keep(L)['expect'].append(5); sv('labels.json', L)"
run_case expect_curly "curly quote in expect" "L=ld('labels.json'); keep(L)['expect'].append('share the host operating system\u2019s kernel, which makes them'); sv('labels.json', L)"
run_case expect_short "expect under 5 words" "L=ld('labels.json'); keep(L)['expect'].append('differ mainly in architecture'); sv('labels.json', L)"
run_case expect_whitespace "irregular whitespace" "L=ld('labels.json'); keep(L)['expect'][0]='containers share  the host OS kernel, making them lightweight'; sv('labels.json', L)"
run_case expect_not_verbatim "expect not verbatim" "L=ld('labels.json'); keep(L)['expect'][0]='containers share the guest OS kernel always'; sv('labels.json', L)"
run_case expect_cross_sentence "expect not inside a single sentence" "L=ld('labels.json'); keep(L)['expect'].append('If you need rapid, scalable applications, containers are better. For more secure, isolated environments, VMs excel'); sv('labels.json', L)"
# KEEP answer checks
run_case answer_missing "answer missing" "L=ld('labels.json'); del keep(L)['answer']; sv('labels.json', L)"
run_case answer_curly "curly quote in answer" "L=ld('labels.json'); keep(L)['answer']='host operating system\u2019s kernel'; sv('labels.json', L)"
run_case answer_too_short "answer not 3-6 words" "L=ld('labels.json'); keep(L)['answer']='mainly architecture'; sv('labels.json', L)"
run_case answer_too_long "answer not 3-6 words" "L=ld('labels.json'); keep(L)['answer']='Containers and virtual machines differ mainly in'; sv('labels.json', L)"
run_case answer_not_verbatim "answer not verbatim" "L=ld('labels.json'); keep(L)['answer']='differ chiefly in architecture'; sv('labels.json', L)"
run_case answer_cross_sentence "answer not inside a single sentence" "L=ld('labels.json'); keep(L)['answer']='containers are better. For more'; sv('labels.json', L)"
run_case answer_no_shared_sentence "shares no sentence" "L=ld('labels.json'); keep(L)['answer']='ideal for dynamic workloads'; sv('labels.json', L)"
# malformed input
run_case labels_malformed "exception" "open('labels.json','w').write('{not json')"
run_case labels_no_key "exception" "sv('labels.json', {'notes': []})"

echo "total: $((pass+fail)) cases, $pass as expected, $fail not as expected"
[ $fail -eq 0 ]
