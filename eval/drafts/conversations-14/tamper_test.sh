#!/usr/bin/env bash
# Tamper tests for validate.py (conversations-14). Each case copies draft.json,
# FROZEN.txt, labels.json into /tmp/tamper14/<case>, applies one tamper, runs
# validate.py with --out/--dropped inside that dir, and expects exit 1 with no
# output files written. Baseline must pass (exit 0, both files written).
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper14
rm -rf "$ROOT"; mkdir -p "$ROOT"
pass=0; fail=0

run_case() {  # name, expected rc, python tamper snippet (cwd = case dir)
  local name="$1" want="$2" snippet="$3" d="$ROOT/$1"
  mkdir -p "$d"
  cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$d/"
  chmod u+w "$d"/*
  (cd "$d" && python3 -c "$snippet") || { echo "SETUP-ERROR $name"; fail=$((fail+1)); return; }
  python3 "$HERE/validate.py" --dir "$d" --out "$d/out.json" --dropped "$d/dropped.txt" >"$d/log" 2>&1
  local rc=$?
  local files="none"
  if [ -e "$d/out.json" ] || [ -e "$d/dropped.txt" ] || [ -e "$d/out.json.tmp" ] || [ -e "$d/dropped.txt.tmp" ]; then files="written"; fi
  local ok=0
  if [ "$want" = 0 ]; then [ $rc = 0 ] && [ -e "$d/out.json" ] && [ -e "$d/dropped.txt" ] && ok=1
  else [ $rc = 1 ] && [ "$files" = none ] && ok=1; fi
  local first; first="$(grep -m1 '^FAIL' "$d/log" || head -1 "$d/log")"
  if [ $ok = 1 ]; then pass=$((pass+1)); echo "PASS  $name: rc=$rc files=$files | $first"
  else fail=$((fail+1)); echo "WRONG $name: rc=$rc files=$files (wanted rc=$want) | $first"; fi
}

PRE='import json,hashlib
def L(): return json.load(open("labels.json"))
def W(x): json.dump(x, open("labels.json","w"), indent=2, ensure_ascii=False)
def lab(x,i): return [l for l in x["labels"] if l["index"]==i][0]
def first_keep(x): return [l for l in x["labels"] if l["decision"]=="KEEP"][0]
'
run_case baseline 0 "pass"
run_case edited_draft 1 "s=open('draft.json').read().replace('why tho','why though',1); open('draft.json','w').write(s)"
run_case edited_frozen_hash 1 "l=open('FROZEN.txt').read().splitlines(); l[0]='0'*64+'  draft.json'; open('FROZEN.txt','w').write('\n'.join(l)+'\n')"
run_case reworded_expect 1 "$PRE
x=L(); k=first_keep(x); k['expect'][0]=k['expect'][0].replace('quick to start','fast to start'); W(x)"
run_case case_changed_expect 1 "$PRE
x=L(); k=lab(x,0); k['expect'][0]=k['expect'][0].replace('containers share','Containers share'); W(x)"
run_case cross_sentence_expect 1 "$PRE
x=L(); k=lab(x,1); k['expect'].append('slower startup and higher resource use If you need rapid'); W(x)"
run_case cross_sentence_expect_period 1 "$PRE
x=L(); k=lab(x,1); k['expect']=['higher resource use. If you need rapid, scalable applications']; W(x)"
run_case short_expect 1 "$PRE
x=L(); k=lab(x,24); k['expect']=['ideal for rapid development']; W(x)"
run_case four_expects 1 "$PRE
x=L(); k=lab(x,49); k['expect'].append('Both technologies have their place'); W(x)"
run_case empty_expect 1 "$PRE
x=L(); k=lab(x,49); k['expect']=[]; W(x)"
run_case curly_quote_expect 1 "$PRE
x=L(); k=lab(x,24); k['expect'].append('Containers, by design, are lightweight and share the host operating system\u2019s kernel'); W(x)"
run_case long_answer 1 "$PRE
x=L(); k=lab(x,0); k['answer']='making them lightweight and quick to start'; W(x)"
run_case short_answer 1 "$PRE
x=L(); k=lab(x,0); k['answer']='quick to'; W(x)"
run_case answer_other_sentence 1 "$PRE
x=L(); k=lab(x,33); k['answer']='Both technologies have their place'; W(x)"
run_case answer_not_verbatim 1 "$PRE
x=L(); k=lab(x,33); k['answer']='slower startup and more resource use'; W(x)"
run_case duplicate_index 1 "$PRE
x=L(); x['labels'].append(dict(lab(x,5))); W(x)"
run_case missing_index 1 "$PRE
x=L(); x['labels']=[l for l in x['labels'] if l['index']!=42]; W(x)"
run_case out_of_range_index 1 "$PRE
x=L(); lab(x,69)['index']=70; W(x)"
run_case chatter_flipped_to_keep 1 "$PRE
x=L(); k=lab(x,3); k.update(decision='KEEP', expect=list(lab(x,0)['expect']), answer=lab(x,0)['answer']); W(x)"
run_case chatter_flipped_to_drop 1 "$PRE
x=L(); k=lab(x,11); k.update(decision='DROP', reason='not a question'); W(x)"
run_case keep_flipped_to_chatter 1 "$PRE
x=L(); k=lab(x,0); [k.pop(f) for f in ('expect','answer')]; k['decision']='CHATTER'; W(x)"
run_case draft_chatter_flag_moved_rehashed 1 "import json,hashlib
d=json.load(open('draft.json')); d[3].pop('chatter'); d[4]['chatter']=True
raw=(json.dumps(d,indent=2,ensure_ascii=False)+'\n').encode(); open('draft.json','wb').write(raw)
l=open('FROZEN.txt').read().splitlines(); l[0]=hashlib.sha256(raw).hexdigest()+'  draft.json'; open('FROZEN.txt','w').write('\n'.join(l)+'\n')
x=json.load(open('labels.json')); a=[l for l in x['labels'] if l['index']==3][0]; b=[l for l in x['labels'] if l['index']==4][0]
a.update(decision='DROP', reason='x'); b.pop('expect'); b.pop('answer'); b['decision']='CHATTER'; json.dump(x,open('labels.json','w'))"
run_case q_mismatch 1 "$PRE
x=L(); lab(x,7)['q']='ok but cheaper in licensing?'; W(x)"
run_case drop_without_reason 1 "$PRE
x=L(); lab(x,2)['reason']='  '; W(x)"
run_case drop_with_expect 1 "$PRE
x=L(); lab(x,2)['expect']=list(lab(x,0)['expect']); W(x)"
run_case bad_decision 1 "$PRE
x=L(); lab(x,2)['decision']='SKIP'; W(x)"
run_case malformed_labels_json 1 "open('labels.json','a').write('{')"

echo "summary: $pass as expected, $fail unexpected"
[ $fail = 0 ]
