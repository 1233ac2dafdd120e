#!/usr/bin/env bash
# Tamper test for conversations-22 validate.py (written from conversations-21's README description).
# Each case: copy draft.json, FROZEN.txt, labels.json and the article to /tmp/tamper22/<case>/, apply a python
# snippet (a snippet that errors counts as BAD), run validate.py with --dir/--article/--out/--dropped.
# Baseline must exit 0 and write both files; each tamper must exit 1, have the expected text in the FIRST
# "FAIL:" line, and write no output, dropped or .tmp file. Work dirs are removed afterwards.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ART=/work/main/knowledge/containers-vs-vms.md
ROOT=/tmp/tamper22
rm -rf "$ROOT"; mkdir -p "$ROOT"
RES="$HERE/tamper_results.txt"
: > "$RES"
pass=0; bad=0; n=0

PRE='
import json, hashlib
def D(): return json.load(open("draft.json", encoding="utf-8"))
def rehash():
    lines = open("FROZEN.txt").read().splitlines()   # read before writing
    h = hashlib.sha256(open("draft.json", "rb").read()).hexdigest()
    open("FROZEN.txt", "w").write(h + "  draft.json\n" + "\n".join(lines[1:]) + "\n")
def SD(d):
    open("draft.json", "w", encoding="utf-8").write(json.dumps(d, indent=2)); rehash()
def LB(): return json.load(open("labels.json", encoding="utf-8"))
def SL(x): open("labels.json", "w", encoding="utf-8").write(json.dumps(x, indent=2))
def lab(x, i): return [l for l in x["labels"] if l["index"] == i][0]
'

setup() {  # $1 case name
  local c="$ROOT/$1"
  mkdir -p "$c/out"
  cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$c/"
  chmod u+w "$c/draft.json"
  cp "$ART" "$c/article.md"
  echo "$c"
}

run_validate() {  # $1 case dir -> sets rc, first_fail
  local c="$1"
  python3 "$HERE/validate.py" --dir "$c" --article "$c/article.md" --out "$c/out/seed.json" \
      --dropped "$c/out/dropped.txt" > "$c/stdout" 2> "$c/stderr"
  rc=$?
  first_fail="$(grep -m1 '^FAIL:' "$c/stderr" || true)"
}

# baseline
n=$((n+1))
c=$(setup baseline)
run_validate "$c"
if [ "$rc" -eq 0 ] && [ -s "$c/out/seed.json" ] && [ -s "$c/out/dropped.txt" ] && [ -z "$(ls "$c/out" | grep '\.tmp$')" ]; then
  echo "PASS baseline (exit 0, wrote seed.json + dropped.txt)" >> "$RES"; pass=$((pass+1))
else
  echo "BAD  baseline rc=$rc $(head -c 300 "$c/stderr")" >> "$RES"; bad=$((bad+1))
fi

tamper() {  # $1 name, $2 expected text in first FAIL line, $3 python snippet
  n=$((n+1))
  local c; c=$(setup "$1")
  if ! (cd "$c" && python3 -c "$PRE
$3") > "$c/snippet.log" 2>&1; then
    echo "BAD  $1: tamper snippet errored: $(tail -1 "$c/snippet.log")" >> "$RES"; bad=$((bad+1)); return
  fi
  run_validate "$c"
  local written; written="$(ls -A "$c/out")$(ls "$c" | grep -E '^dropped\.txt|\.tmp$' || true)"
  if [ "$rc" -eq 1 ] && [[ "$first_fail" == *"$2"* ]] && [ -z "$written" ]; then
    echo "PASS $1: exit 1, $first_fail" >> "$RES"; pass=$((pass+1))
  else
    echo "BAD  $1: rc=$rc first_fail=[$first_fail] expected=[$2] written=[$written]" >> "$RES"; bad=$((bad+1))
  fi
}

# hash
tamper hash_mismatch "!= FROZEN" 'd = D(); d[0]["q"] += "?"; open("draft.json","w").write(json.dumps(d))'
# FROZEN.txt format x3
tamper frozen_one_line "must have hash line and date line" 'l = open("FROZEN.txt").read().splitlines(); open("FROZEN.txt","w").write(l[0] + "\n")'
tamper frozen_wrong_name "first line malformed" 'l = open("FROZEN.txt").read().splitlines(); l[0] = l[0].replace("draft.json", "draft2.json"); open("FROZEN.txt","w").write("\n".join(l) + "\n")'
tamper frozen_bad_hex "first line malformed" 'l = open("FROZEN.txt").read().splitlines(); h, f = l[0].split(); l[0] = h[:63] + "  " + f; open("FROZEN.txt","w").write("\n".join(l) + "\n")'
# draft shape x12 (re-hashed so only the shape check fires)
tamper draft_not_list "must be a non-empty list" 'SD({"items": D()})'
tamper draft_empty_list "must be a non-empty list" 'SD([])'
tamper ctx_empty "context must be 1-3 non-empty strings" 'd = D(); d[5]["context"] = []; SD(d)'
tamper ctx_four "context must be 1-3 non-empty strings" 'd = D(); d[5]["context"] = ["a", "b", "c", "d"]; SD(d)'
tamper ctx_blank "context must be 1-3 non-empty strings" 'd = D(); d[5]["context"][0] = "   "; SD(d)'
tamper ctx_string "context must be 1-3 non-empty strings" 'd = D(); d[5]["context"] = "one message"; SD(d)'
tamper q_missing "q missing" 'd = D(); del d[6]["q"]; SD(d)'
tamper q_blank "q missing" 'd = D(); d[6]["q"] = "  "; SD(d)'
tamper extra_key "unexpected keys" 'd = D(); d[7]["answer"] = "x"; SD(d)'
tamper chatter_false "chatter must be true when present" 'd = D(); d[3]["chatter"] = False; SD(d)'
tamper chatter_moved "chatter flag" 'd = D(); del d[3]["chatter"]; d[4]["chatter"] = True; SD(d)'
tamper draft_invalid_json "exception: JSONDecodeError" 'open("draft.json","w").write("[{\"context\": "); rehash()'
# label index / duplicate / missing x4
tamper label_index_range "bad index" 'x = LB(); x["labels"][10]["index"] = 70; SL(x)'
tamper label_index_str "bad index" 'x = LB(); x["labels"][10]["index"] = "10"; SL(x)'
tamper label_duplicate "duplicate decision" 'x = LB(); x["labels"].append(dict(x["labels"][0])); SL(x)'
tamper label_missing "missing decisions for indices [5]" 'x = LB(); x["labels"] = [l for l in x["labels"] if l["index"] != 5]; SL(x)'
# q mismatch, bad decision
tamper q_mismatch "label q" 'x = LB(); lab(x, 0)["q"] += " "; SL(x)'
tamper bad_decision "bad decision" 'x = LB(); lab(x, 9)["decision"] = "MAYBE"; SL(x)'
# chatter flips x2
tamper chatter_to_drop "decision DROP vs draft chatter flag True" 'x = LB(); l = lab(x, 3); l["decision"] = "DROP"; l["reason"] = "r"; SL(x)'
tamper keep_to_chatter "decision CHATTER vs draft chatter flag False" 'x = LB(); l = lab(x, 0); l["decision"] = "CHATTER"; del l["expect"], l["answer"]; SL(x)'
# DROP x3, CHATTER with answer
tamper drop_no_reason "DROP without reason" 'x = LB(); del lab(x, 9)["reason"]; SL(x)'
tamper drop_blank_reason "DROP without reason" 'x = LB(); lab(x, 9)["reason"] = "  "; SL(x)'
tamper drop_with_expect "DROP carries expect/answer" 'x = LB(); lab(x, 9)["expect"] = ["Containers are more resource-efficient and ideal for microservices"]; SL(x)'
tamper chatter_with_answer "CHATTER carries expect/answer" 'x = LB(); lab(x, 3)["answer"] = "Containers are more resource-efficient"; SL(x)'
# expect x9
tamper expect_empty "expect must be a list of 1-3 phrases" 'x = LB(); lab(x, 0)["expect"] = []; SL(x)'
tamper expect_four "expect must be a list of 1-3 phrases" 'x = LB(); l = lab(x, 0); l["expect"] = l["expect"] * 2; SL(x)'
tamper expect_string "expect must be a list of 1-3 phrases" 'x = LB(); l = lab(x, 0); l["expect"] = l["expect"][0]; SL(x)'
tamper expect_nonstring "non-string expect" 'x = LB(); lab(x, 0)["expect"] = [42]; SL(x)'
tamper expect_curly "curly quote in expect" 'x = LB(); lab(x, 0)["expect"] = ["share the host operating system\u2019s kernel, which makes them faster to start"]; SL(x)'
tamper expect_short "expect under 5 words" 'x = LB(); lab(x, 0)["expect"] = ["Containers are more resource-efficient"]; SL(x)'
tamper expect_whitespace "irregular whitespace" 'x = LB(); lab(x, 0)["expect"] = ["Containers are more  resource-efficient and ideal for microservices"]; SL(x)'
tamper expect_not_verbatim "expect not verbatim" 'x = LB(); lab(x, 0)["expect"] = ["Containers are much more resource-efficient and ideal for microservices"]; SL(x)'
tamper expect_two_sentences "expect not inside a single sentence" 'x = LB(); lab(x, 0)["expect"] = ["isolated environments, VMs excel. To understand their differences"]; SL(x)'
# answer x7
tamper answer_missing "answer missing" 'x = LB(); del lab(x, 0)["answer"]; SL(x)'
tamper answer_curly "curly quote in answer" 'x = LB(); lab(x, 0)["answer"] = "host operating system\u2019s kernel"; SL(x)'
tamper answer_two_words "answer not 3-6 words" 'x = LB(); lab(x, 0)["answer"] = "more resource-efficient"; SL(x)'
tamper answer_seven_words "answer not 3-6 words" 'x = LB(); lab(x, 0)["answer"] = "Containers are more resource-efficient and ideal for"; SL(x)'
tamper answer_not_verbatim "answer not verbatim" 'x = LB(); lab(x, 0)["answer"] = "Containers are most resource-efficient"; SL(x)'
tamper answer_two_sentences "answer not inside a single sentence" 'x = LB(); lab(x, 0)["answer"] = "VMs excel. To understand"; SL(x)'
tamper answer_other_sentence "answer shares no sentence" 'x = LB(); lab(x, 0)["answer"] = "VMs could be your best choice"; SL(x)'
# labels JSON x2
tamper labels_invalid_json "exception: JSONDecodeError" 'open("labels.json","w").write("{\"labels\": [")'
tamper labels_no_key "exception: KeyError" 'x = LB(); SL({"decisions": x["labels"], "notes": x["notes"]})'
# missing article
tamper article_missing "exception: FileNotFoundError" 'import os; os.remove("article.md")'

echo "TOTAL $n cases (baseline + $((n-1)) tampers): $pass passed, $bad bad" >> "$RES"
rm -rf "$ROOT"
cat "$RES"
[ "$bad" -eq 0 ]
