#!/usr/bin/env bash
# Tamper test for conversations-24/validate.py (written from conversations-23's README description).
# Baseline must pass and write both files; each tamper must exit 1, its FIRST "FAIL:" line must contain the
# expected text, and no output, dropped or .tmp file may be written. A tamper snippet that errors counts as BAD.
set -u
SRC=/work/main/eval/drafts/conversations-24
ARTICLE=/work/main/knowledge/containers-vs-vms.md
WORK=/tmp/tamper24
RESULTS=${RESULTS:-$SRC/tamper_results.txt}
rm -rf "$WORK"; mkdir -p "$WORK"
cat > "$WORK/tlib.py" <<'PY'
import json, hashlib
def ld(): return json.load(open("draft.json", encoding="utf-8"))
def rehash():
    lines = open("FROZEN.txt").read().splitlines()   # read before writing
    date = lines[1]
    h = hashlib.sha256(open("draft.json", "rb").read()).hexdigest()
    open("FROZEN.txt", "w").write(f"{h}  draft.json\n{date}\n")
def sd(d):
    open("draft.json", "w", encoding="utf-8").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n"); rehash()
def sraw(s):
    open("draft.json", "w", encoding="utf-8").write(s); rehash()
def ll(): return json.load(open("labels.json", encoding="utf-8"))
def sl(l): open("labels.json", "w", encoding="utf-8").write(json.dumps(l, indent=2, ensure_ascii=False) + "\n")
def L(l, i):
    x = [e for e in l["labels"] if e["index"] == i]; assert len(x) == 1; return x[0]
PY
pass=0; bad=0; n=0
: > "$RESULTS.partial"
log() { echo "$*" | tee -a "$RESULTS.partial"; }

setup() {  # $1 case dir
  mkdir -p "$1"
  cp "$SRC/draft.json" "$SRC/FROZEN.txt" "$SRC/labels.json" "$1/"
  cp "$ARTICLE" "$1/article.md"
  chmod u+w "$1"/*
}
runv() {  # $1 case dir -> sets rc, first
  python3 "$SRC/validate.py" --dir "$1" --article "$1/article.md" --out "$1/out.json" --dropped "$1/dropped.txt" \
     > "$1/stdout" 2> "$1/stderr"
  rc=$?
  first=$(grep -m1 '^FAIL:' "$1/stderr" || true)
}
baseline() {
  local d="$WORK/baseline"; setup "$d"; runv "$d"; n=$((n+1))
  if [ $rc -eq 0 ] && [ -s "$d/out.json" ] && [ -s "$d/dropped.txt" ] && ! ls "$d"/*.tmp >/dev/null 2>&1; then
    pass=$((pass+1)); log "ok   baseline: exit 0, out.json and dropped.txt written"
  else
    bad=$((bad+1)); log "BAD  baseline: rc=$rc $(head -c 300 "$d/stderr")"
  fi
}
tcase() {  # $1 name, $2 expected FIRST FAIL text, $3 python snippet run in the case dir
  local name=$1 expect=$2 snip=$3 d="$WORK/$1"; n=$((n+1))
  setup "$d"
  if ! (cd "$d" && PYTHONPATH="$WORK" python3 -c "from tlib import *
$snip") > "$d/snip.log" 2>&1; then
    bad=$((bad+1)); log "BAD  $name: tamper snippet failed: $(tail -n1 "$d/snip.log")"; return
  fi
  runv "$d"
  local wrote=""
  [ -e "$d/out.json" ] && wrote="$wrote out.json"
  [ -e "$d/dropped.txt" ] && wrote="$wrote dropped.txt"
  ls "$d"/*.tmp >/dev/null 2>&1 && wrote="$wrote *.tmp"
  if [ $rc -eq 1 ] && [ -z "$wrote" ] && [[ "$first" == *"$expect"* ]]; then
    pass=$((pass+1)); log "ok   $name: exit 1, first: ${first:0:150}"
  else
    bad=$((bad+1)); log "BAD  $name: rc=$rc wrote=[$wrote] first=[${first:0:200}] expected=[$expect]"
  fi
}

baseline
# --- hash / FROZEN.txt
tcase hash_appended_space "draft.json sha256" 'open("draft.json","a").write(" ")'
tcase frozen_one_line "FROZEN.txt must have hash line and date line" 'l=open("FROZEN.txt").read().splitlines(); open("FROZEN.txt","w").write(l[0]+"\n")'
tcase frozen_bad_name "FROZEN.txt first line malformed" 's=open("FROZEN.txt").read(); assert "  draft.json" in s; open("FROZEN.txt","w").write(s.replace("  draft.json","  draft2.json",1))'
tcase frozen_bad_hex "FROZEN.txt first line malformed" 'l=open("FROZEN.txt").read().splitlines(); h,f=l[0].split(); open("FROZEN.txt","w").write(h.upper()+"  "+f+"\n"+l[1]+"\n")'
# --- draft shape (re-hashed so only the shape check can catch them)
tcase draft_invalid_json "exception: JSONDecodeError" 'sraw("[{not json\n")'
tcase draft_not_list "draft.json must be a non-empty list" 'sd({"a": 1})'
tcase draft_empty_list "draft.json must be a non-empty list" 'sd([])'
tcase ctx_empty "draft 0: context must be 1-3 non-empty strings" 'd=ld(); d[0]["context"]=[]; sd(d)'
tcase ctx_four "draft 0: context must be 1-3 non-empty strings" 'd=ld(); d[0]["context"]=["a","b","c","d"]; sd(d)'
tcase ctx_blank "draft 0: context must be 1-3 non-empty strings" 'd=ld(); d[0]["context"]=["   "]; sd(d)'
tcase ctx_not_list "draft 0: context must be 1-3 non-empty strings" 'd=ld(); d[0]["context"]="just a string"; sd(d)'
tcase q_missing "draft 0: q missing" 'd=ld(); del d[0]["q"]; sd(d)'
tcase extra_key "draft 0: unexpected keys" 'd=ld(); d[0]["note"]="x"; sd(d)'
tcase chatter_false "draft 3: chatter must be true when present" 'd=ld(); assert d[3]["chatter"] is True; d[3]["chatter"]=False; sd(d)'
tcase chatter_moved "draft 3: chatter flag False" 'd=ld(); del d[3]["chatter"]; d[4]["chatter"]=True; sd(d)'
tcase chatter_added "draft 0: chatter flag True" 'd=ld(); d[0]["chatter"]=True; sd(d)'
# --- label coverage
tcase label_bad_index "label #0: bad index 99" 'l=ll(); assert l["labels"][0]["index"]==0; l["labels"][0]["index"]=99; sl(l)'
tcase label_index_str "label #0: bad index '0'" 'l=ll(); l["labels"][0]["index"]="0"; sl(l)'
tcase label_duplicate "index 0: duplicate decision" 'l=ll(); assert l["labels"][1]["index"]==1; l["labels"][1]["index"]=0; sl(l)'
tcase label_missing "missing decisions for indices [5]" 'l=ll(); l["labels"]=[e for e in l["labels"] if e["index"]!=5]; sl(l)'
tcase q_mismatch "index 0: label q" 'l=ll(); L(l,0)["q"]+="!"; sl(l)'
tcase bad_decision "index 1: bad decision 'MAYBE'" 'l=ll(); assert L(l,1)["decision"]=="DROP"; L(l,1)["decision"]="MAYBE"; sl(l)'
# --- chatter flips
tcase chatter_to_drop "index 3: decision DROP vs draft chatter flag True" 'l=ll(); e=L(l,3); assert e["decision"]=="CHATTER"; e["decision"]="DROP"; e["reason"]="x"; sl(l)'
tcase keep_to_chatter "index 0: decision CHATTER vs draft chatter flag False" 'l=ll(); e=L(l,0); assert e["decision"]=="KEEP"; e["decision"]="CHATTER"; del e["expect"]; del e["answer"]; sl(l)'
# --- DROP / CHATTER payloads
tcase drop_no_reason "index 1: DROP without reason" 'l=ll(); del L(l,1)["reason"]; sl(l)'
tcase drop_blank_reason "index 1: DROP without reason" 'l=ll(); L(l,1)["reason"]="   "; sl(l)'
tcase drop_with_expect "index 1: DROP carries expect/answer" 'l=ll(); L(l,1)["expect"]=["Containers share the host OS kernel, making them lightweight"]; sl(l)'
tcase chatter_with_answer "index 3: CHATTER carries expect/answer" 'l=ll(); L(l,3)["answer"]="Both technologies have their place"; sl(l)'
# --- expect
tcase expect_not_list "index 0: expect must be a list of 1-3 phrases" 'l=ll(); e=L(l,0); e["expect"]=e["expect"][0]; sl(l)'
tcase expect_empty "index 0: expect must be a list of 1-3 phrases" 'l=ll(); L(l,0)["expect"]=[]; sl(l)'
tcase expect_four "index 0: expect must be a list of 1-3 phrases" 'l=ll(); e=L(l,0); e["expect"]=(e["expect"]*4)[:4]; assert len(e["expect"])==4; sl(l)'
tcase expect_nonstring "index 0: non-string expect" 'l=ll(); e=L(l,0); e["expect"]=[123]+e["expect"]; sl(l)'
tcase expect_curly "index 0: curly quote in expect" 'l=ll(); e=L(l,0); e["expect"][0]="share the host operating system\u2019s kernel, which makes them faster to start"; sl(l)'
tcase expect_short "index 0: expect under 5 words" 'l=ll(); e=L(l,0); e["expect"][0]="differ mainly in architecture"; sl(l)'
tcase expect_whitespace "index 0: expect has irregular whitespace" 'l=ll(); e=L(l,0); e["expect"][0]=e["expect"][0].replace(" ","  ",1); sl(l)'
tcase expect_reworded "index 0: expect not verbatim in article" 'l=ll(); e=L(l,0); e["expect"][0]="Containers share the kernel of the host OS, making them light"; sl(l)'
tcase expect_cross_sentence "index 0: expect not inside a single sentence" 'l=ll(); e=L(l,0); e["expect"][0]="slower startup and higher resource use. If you need rapid"; sl(l)'
# --- answer
tcase answer_missing "index 0: answer missing" 'l=ll(); del L(l,0)["answer"]; sl(l)'
tcase answer_curly "index 0: curly quote in answer" 'l=ll(); L(l,0)["answer"]="host operating system\u2019s kernel"; sl(l)'
tcase answer_long "index 0: answer not 3-6 words" 'l=ll(); L(l,0)["answer"]="making them lightweight and faster to start, while"; sl(l)'
tcase answer_short "index 0: answer not 3-6 words" 'l=ll(); L(l,0)["answer"]="faster to"; sl(l)'
tcase answer_not_verbatim "index 0: answer not verbatim in article" 'l=ll(); L(l,0)["answer"]="lightweight and quicker to start"; sl(l)'
tcase answer_cross_sentence "index 0: answer not inside a single sentence" 'l=ll(); L(l,0)["answer"]="higher resource use. If you"; sl(l)'
tcase answer_other_sentence "index 0: answer shares no sentence with an expect phrase" 'l=ll(); L(l,0)["answer"]="Both technologies have their place"; sl(l)'
# --- labels JSON / article
tcase labels_invalid_json "exception: JSONDecodeError" 'open("labels.json","w").write("{\"labels\": [")'
tcase labels_no_labels_key "exception: KeyError" 'l=ll(); del l["labels"]; sl(l)'
tcase missing_article "exception: FileNotFoundError" 'import os; os.remove("article.md")'
# --- end of cases ---

log "total $n: $pass passed, $bad bad"
mv "$RESULTS.partial" "$RESULTS"
rm -rf "$WORK"
[ $bad -eq 0 ]
