#!/usr/bin/env bash
# Tamper test for validate.py (conversations-23). Each case copies draft.json, FROZEN.txt, labels.json and the
# article into /tmp/tamper23/<case>, applies a python snippet, runs validate.py with --dir/--article/--out/--dropped.
# Baseline must exit 0 and write both files. Every tamper must exit 1, show the expected text in the FIRST
# "FAIL:" line, and leave no output, dropped or .tmp file. A snippet that errors counts as BAD.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
VALIDATE="${VALIDATE:-$HERE/validate.py}"
ARTICLE=/work/main/knowledge/containers-vs-vms.md
ROOT=/tmp/tamper23
rm -rf "$ROOT"; mkdir -p "$ROOT"
PASS=0; BAD=0; N=0

PRELUDE='
import json, hashlib
def ld(): return json.load(open("draft.json", encoding="utf-8"))
def sd(d):
    json.dump(d, open("draft.json", "w", encoding="utf-8"), indent=2)
    rehash()
def rehash():
    lines = open("FROZEN.txt").read().splitlines()   # read before writing
    h = hashlib.sha256(open("draft.json", "rb").read()).hexdigest()
    lines[0] = h + "  draft.json"
    open("FROZEN.txt", "w").write("\n".join(lines) + "\n")
def ll(): return json.load(open("labels.json", encoding="utf-8"))
def sl(x): json.dump(x, open("labels.json", "w", encoding="utf-8"), indent=2)
def lab(x, i): return [l for l in x["labels"] if l["index"] == i][0]
'

run_case() {  # name expected snippet   (expected "" = baseline)
  local name="$1" expected="$2" snippet="$3" d="$ROOT/$1"
  N=$((N+1))
  mkdir -p "$d"
  cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$d/" && cp "$ARTICLE" "$d/article.md" && chmod u+w "$d"/*
  if ! (cd "$d" && python3 -c "$PRELUDE
$snippet") >"$d/snippet.log" 2>&1; then
    echo "BAD  $name: tamper snippet failed: $(tail -1 "$d/snippet.log")"; BAD=$((BAD+1)); return
  fi
  python3 "$VALIDATE" --dir "$d" --article "$d/article.md" --out "$d/out.json" --dropped "$d/dropped.txt" >"$d/stdout" 2>"$d/stderr"
  local rc=$?
  local first; first="$(grep -m1 '^FAIL:' "$d/stderr")"
  if [ -z "$expected" ]; then
    if [ $rc -eq 0 ] && [ -s "$d/out.json" ] && [ -s "$d/dropped.txt" ] && ! ls "$d"/*.tmp >/dev/null 2>&1; then
      echo "ok   $name (exit 0, both files written)"; PASS=$((PASS+1))
    else
      echo "BAD  $name: baseline rc=$rc first='$first'"; BAD=$((BAD+1))
    fi
    return
  fi
  local leftover=""
  [ -e "$d/out.json" ] && leftover="$leftover out.json"
  [ -e "$d/dropped.txt" ] && leftover="$leftover dropped.txt"
  ls "$d"/*.tmp >/dev/null 2>&1 && leftover="$leftover .tmp"
  if [ $rc -eq 1 ] && [[ "$first" == *"$expected"* ]] && [ -z "$leftover" ]; then
    echo "ok   $name: $first"; PASS=$((PASS+1))
  else
    echo "BAD  $name: rc=$rc first='$first' expected='$expected' leftover='$leftover'"; BAD=$((BAD+1))
  fi
}

run_case baseline "" 'pass'
# hash
run_case hash_mismatch "sha256" 'open("draft.json","a").write("\n ")'
# FROZEN.txt format x3
run_case frozen_one_line "must have hash line and date line" 'l=open("FROZEN.txt").read().splitlines(); open("FROZEN.txt","w").write(l[0]+"\n")'
run_case frozen_wrong_name "first line malformed" 'l=open("FROZEN.txt").read().splitlines(); l[0]=l[0].split()[0]+"  draft2.json"; open("FROZEN.txt","w").write("\n".join(l)+"\n")'
run_case frozen_bad_hex "first line malformed" 'l=open("FROZEN.txt").read().splitlines(); l[0]=l[0].split()[0][:-1]+"Z  draft.json"; open("FROZEN.txt","w").write("\n".join(l)+"\n")'
# draft shape x12 (FROZEN.txt re-hashed so only the shape check fires)
run_case draft_invalid_json "exception: JSONDecodeError" 'open("draft.json","w").write("[{\"context\": [\"x\"], \"q\": "); rehash()'
run_case draft_not_list "must be a non-empty list" 'sd({"items": ld()})'
run_case draft_empty_list "must be a non-empty list" 'sd([])'
run_case ctx_empty "draft 0: context must be 1-3" 'd=ld(); d[0]["context"]=[]; sd(d)'
run_case ctx_four "draft 1: context must be 1-3" 'd=ld(); d[1]["context"]=["a","b","c","d"]; sd(d)'
run_case ctx_blank_msg "draft 2: context must be 1-3" 'd=ld(); d[2]["context"]=[d[2]["context"][0], "   "]; sd(d)'
run_case ctx_string "draft 4: context must be 1-3" 'd=ld(); d[4]["context"]=d[4]["context"][0]; sd(d)'
run_case q_missing "draft 5: q missing" 'd=ld(); del d[5]["q"]; sd(d)'
run_case q_blank "draft 6: q missing" 'd=ld(); d[6]["q"]="  "; sd(d)'
run_case extra_key "draft 7: unexpected keys" 'd=ld(); d[7]["answer"]="x"; sd(d)'
run_case chatter_false "draft 8: chatter must be true" 'd=ld(); d[8]["chatter"]=False; sd(d)'
run_case chatter_moved "draft 3: chatter flag False" 'd=ld(); del d[3]["chatter"]; d[4]["chatter"]=True; sd(d)'
# label index / duplicate / missing x4
run_case label_index_str "bad index" 'x=ll(); x["labels"][0]["index"]="0"; sl(x)'
run_case label_index_range "bad index 70" 'x=ll(); x["labels"][0]["index"]=70; sl(x)'
run_case label_duplicate "index 0: duplicate decision" 'x=ll(); x["labels"].append(dict(x["labels"][0])); sl(x)'
run_case label_missing "missing decisions for indices [5]" 'x=ll(); x["labels"]=[l for l in x["labels"] if l["index"]!=5]; sl(x)'
# q mismatch, bad decision
run_case q_mismatch "index 1: label q" 'x=ll(); lab(x,1)["q"]+="!"; sl(x)'
run_case bad_decision "index 0: bad decision" 'x=ll(); lab(x,0)["decision"]="MAYBE"; sl(x)'
# chatter flips x2
run_case chatter_to_drop "index 3: decision DROP vs draft chatter flag True" 'x=ll(); l=lab(x,3); l["decision"]="DROP"; l["reason"]="x"; sl(x)'
run_case keep_to_chatter "index 0: decision CHATTER vs draft chatter flag False" 'x=ll(); l=lab(x,0); l["decision"]="CHATTER"; del l["expect"]; del l["answer"]; sl(x)'
# DROP x3
run_case drop_no_reason "index 2: DROP without reason" 'x=ll(); del lab(x,2)["reason"]; sl(x)'
run_case drop_blank_reason "index 2: DROP without reason" 'x=ll(); lab(x,2)["reason"]="   "; sl(x)'
run_case drop_with_answer "index 2: DROP carries expect/answer" 'x=ll(); lab(x,2)["answer"]="higher resource use"; sl(x)'
# CHATTER with answer
run_case chatter_with_answer "index 3: CHATTER carries expect/answer" 'x=ll(); lab(x,3)["answer"]="higher resource use"; sl(x)'
# expect x9
run_case expect_missing "index 0: expect must be a list" 'x=ll(); del lab(x,0)["expect"]; sl(x)'
run_case expect_empty "index 0: expect must be a list" 'x=ll(); lab(x,0)["expect"]=[]; sl(x)'
run_case expect_four "index 0: expect must be a list" 'x=ll(); e=lab(x,0)["expect"]; lab(x,0)["expect"]=(e*4)[:4]; sl(x)'
run_case expect_nonstring "index 0: non-string expect" 'x=ll(); lab(x,0)["expect"]=[5]; sl(x)'
run_case expect_curly "index 0: curly quote in expect" 'x=ll(); lab(x,0)["expect"]=["you\u2019ll notice containers generally perform better"]; sl(x)'
run_case expect_short "index 0: expect under 5 words" 'x=ll(); lab(x,0)["expect"]=["higher resource use"]; sl(x)'
run_case expect_whitespace "index 0: expect has irregular whitespace" 'x=ll(); lab(x,0)["expect"]=["offering stronger isolation but  slower startup and higher resource use"]; sl(x)'
run_case expect_not_verbatim "index 0: expect not verbatim" 'x=ll(); lab(x,0)["expect"]=["VMs run separate OS instances and use much more resource"]; sl(x)'
run_case expect_cross_sentence "index 0: expect not inside a single sentence" 'x=ll(); lab(x,0)["expect"]=["isolated environments, VMs excel. To understand"]; sl(x)'
# answer x7
run_case answer_missing "index 0: answer missing" 'x=ll(); del lab(x,0)["answer"]; sl(x)'
run_case answer_curly "index 0: curly quote in answer" 'x=ll(); lab(x,0)["answer"]="operating system\u2019s kernel"; sl(x)'
run_case answer_two_words "index 0: answer not 3-6 words" 'x=ll(); lab(x,0)["answer"]="resource use"; sl(x)'
run_case answer_seven_words "index 0: answer not 3-6 words" 'x=ll(); lab(x,0)["answer"]="offering stronger isolation but slower startup and"; sl(x)'
run_case answer_not_verbatim "index 0: answer not verbatim" 'x=ll(); lab(x,0)["answer"]="much higher resource use"; sl(x)'
run_case answer_cross_sentence "index 0: answer not inside a single sentence" 'x=ll(); lab(x,0)["answer"]="VMs excel. To understand"; sl(x)'
run_case answer_other_sentence "index 0: answer shares no sentence" 'x=ll(); lab(x,0)["answer"]="containers use orchestration platforms"; sl(x)'
# labels JSON x2
run_case labels_invalid_json "exception: JSONDecodeError" 'open("labels.json","w").write("{\"labels\": [")'
run_case labels_no_key "exception: KeyError" 'x=ll(); sl({"notes": x["notes"]})'
# missing article
run_case article_missing "exception: FileNotFoundError" 'import os; os.remove("article.md")'

echo "cases: $N (baseline + $((N-1)) tampers), passed: $PASS, bad: $BAD"
rm -rf "$ROOT"
[ $BAD -eq 0 ]
