#!/bin/bash
# Tamper tests for validate.py: each case must exit non-zero and write nothing.
SRC=/work/main/eval/drafts/conversations-12
V=$SRC/validate.py
run_case () {  # name, python-tamper-snippet
  local name=$1 snip=$2 T=/tmp/tamper12/$1
  rm -rf "$T"; mkdir -p "$T"
  cp "$SRC/draft.json" "$SRC/FROZEN.txt" "$SRC/labels.json" "$T/"; chmod u+w "$T/draft.json"
  (cd "$T" && python3 -c "$snip")
  python3 "$V" --dir "$T" --out "$T/seed-12.json" --dropped "$T/dropped.txt" >"$T/out.txt" 2>&1; rc=$?
  written=$(ls -A "$T" | grep -E 'seed-12.json|dropped.txt|\.part$' | tr '\n' ' ')
  printf '%-22s rc=%s written=[%s] first_error: %s\n' "$name" "$rc" "$written" "$(grep -m1 FAIL "$T/out.txt")"
}
L='import json;p="labels.json";d=json.load(open(p));D=d["decisions"]'
W='json.dump(d,open(p,"w"),indent=2,ensure_ascii=False)'
run_case baseline          "pass"
run_case draft_edited      'import json;d=json.load(open("draft.json"));d[3]["q"]="startup??";json.dump(d,open("draft.json","w"),indent=2,ensure_ascii=False)'
run_case draft_whitespace  'open("draft.json","a").write(" ")'
run_case expect_reworded   "$L;k=[r for r in D if r['decision']=='KEEP'][0];k['expect'][0]=k['expect'][0].replace('share','shares');$W"
run_case expect_cross_sent "$L;k=[r for r in D if r['decision']=='KEEP'][0];k['expect'][0]='fast deployment. VMs run separate OS instances';$W"
run_case expect_short      "$L;k=[r for r in D if r['decision']=='KEEP'][0];k['expect'].append('share the host OS');$W"
run_case expect_four       "$L;k=[r for r in D if r['decision']=='KEEP'][2];k['expect']=k['expect']*2;$W"
run_case curly_quote       "$L;k=[r for r in D if r['decision']=='KEEP'][5];k['expect']=['you\u2019ll often find that VMs can be slightly slower'];k['answer']='slightly slower to start';$W"
run_case answer_long       "$L;k=[r for r in D if r['decision']=='KEEP'][0];k['answer']='share the host OS kernel, making them lightweight';$W"
run_case answer_other_sent "$L;k=[r for r in D if r['decision']=='KEEP'][0];k['answer']='additional licensing fees';$W"
run_case duplicate_index   "$L;D.append(dict(D[10]));$W"
run_case duplicate_relabel "$L;x=dict(D[0]);x['decision']='KEEP';x.pop('reason',None);x['expect']=['VMs can be slightly slower to start'];x['answer']='slightly slower to start';D.append(x);$W"
run_case missing_index     "$L;del D[20];$W"
run_case chatter_flip      "$L;c=[r for r in D if r['decision']=='CHATTER'][0];c['decision']='DROP';c['reason']='x';$W"
run_case chatter_unflag    "$L;c=[r for r in D if r['decision']=='DROP'][0];c['decision']='CHATTER';c.pop('reason');$W"
run_case q_mismatch        "$L;D[1]['q']='something else';$W"
run_case drop_no_reason    "$L;c=[r for r in D if r['decision']=='DROP'][0];c['reason']='';$W"
run_case frozen_hash_edit  'open("FROZEN.txt","w").write("0"*64+"  draft.json\n")'
