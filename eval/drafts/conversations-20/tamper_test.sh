#!/usr/bin/env bash
# Tamper test for conversations-20 validate.py. Each case runs in /tmp/tamper20/<case> on copies of
# draft.json, FROZEN.txt, labels.json; validate.py is run with --dir/--out/--dropped there.
# Baseline must pass and write both files. Each tamper must exit 1, name the expected text in the FIRST
# "FAIL:" line, and leave no output, dropped or .tmp file. A tamper snippet that itself errors counts as BAD.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT=/tmp/tamper20
rm -rf "$ROOT"; mkdir -p "$ROOT"
PASS=0; BAD=0

setup() { local d="$ROOT/$1"; mkdir -p "$d"; cp "$HERE/draft.json" "$HERE/FROZEN.txt" "$HERE/labels.json" "$d/"; chmod u+w "$d"/*; echo "$d"; }

# python helpers available to every snippet: D (draft), L (labels dict), save_draft(rehash), save_labels,
# first(dec) -> position in L["labels"] of the first label with that decision
PRE='
import json, hashlib, os
D = json.load(open("draft.json")) if os.path.exists("draft.json") else None
L = json.load(open("labels.json"))
def save_draft(obj=None, raw=None, rehash=True):
    data = raw.encode() if raw is not None else (json.dumps(obj if obj is not None else D, indent=2) + "\n").encode()
    open("draft.json", "wb").write(data)
    if rehash:
        lines = open("FROZEN.txt").read().splitlines()   # read before writing
        lines[0] = hashlib.sha256(data).hexdigest() + "  draft.json"
        open("FROZEN.txt", "w").write("\n".join(lines) + "\n")
def save_labels():
    json.dump(L, open("labels.json", "w"), indent=2)
def first(dec):
    return next(k for k, l in enumerate(L["labels"]) if l["decision"] == dec)
'

run_case() { # name expected snippet [extra validate args...]
  local name="$1" expected="$2" snippet="$3"; shift 3
  local d; d=$(setup "$name")
  if ! (cd "$d" && python3 -c "$PRE$snippet") >"$d/snippet.log" 2>&1; then
    echo "BAD  $name: tamper snippet errored: $(tail -1 "$d/snippet.log")"; BAD=$((BAD+1)); return
  fi
  python3 "$HERE/validate.py" --dir "$d" --out "$d/out.json" --dropped "$d/dropped.txt" "$@" >"$d/stdout" 2>"$d/stderr"
  local rc=$?
  local firstfail; firstfail=$(grep -m1 '^FAIL:' "$d/stderr")
  local leftovers; leftovers=$(ls "$d" | grep -E '^(out\.json|dropped\.txt)|\.tmp$')
  if [ "$rc" -eq 1 ] && [[ "$firstfail" == *"$expected"* ]] && [ -z "$leftovers" ]; then
    echo "ok   $name: exit 1; $firstfail"; PASS=$((PASS+1))
  else
    echo "BAD  $name: rc=$rc first='$firstfail' leftovers='$leftovers'"; BAD=$((BAD+1))
  fi
}

# baseline
d=$(setup baseline)
python3 "$HERE/validate.py" --dir "$d" --out "$d/out.json" --dropped "$d/dropped.txt" >"$d/stdout" 2>"$d/stderr"; rc=$?
if [ $rc -eq 0 ] && [ -s "$d/out.json" ] && [ -s "$d/dropped.txt" ] && [ -z "$(ls "$d" | grep '\.tmp$')" ]; then
  echo "ok   baseline: exit 0; $(cat "$d/stdout")"; PASS=$((PASS+1))
else echo "BAD  baseline: rc=$rc $(cat "$d/stderr")"; BAD=$((BAD+1)); fi

# FROZEN / hash
run_case hash_mismatch "draft.json sha256" 'D[0]["q"] += "!"; save_draft(rehash=False)'
run_case frozen_one_line "hash line and date line" 'l = open("FROZEN.txt").read().splitlines(); open("FROZEN.txt","w").write(l[0] + "\n")'
run_case frozen_bad_hex "first line malformed" 'l = open("FROZEN.txt").read().splitlines(); l[0] = "z"*64 + "  draft.json"; open("FROZEN.txt","w").write("\n".join(l) + "\n")'
run_case frozen_wrong_name "first line malformed" 'l = open("FROZEN.txt").read().splitlines(); l[0] = l[0].split()[0] + "  draft2.json"; open("FROZEN.txt","w").write("\n".join(l) + "\n")'
# draft shape (re-hashed so the shape check itself fires)
run_case draft_not_list "non-empty list" 'save_draft({"items": D})'
run_case draft_empty "non-empty list" 'save_draft([])'
run_case ctx_empty "context must be 1-3" 'D[0]["context"] = []; save_draft()'
run_case ctx_four "context must be 1-3" 'D[0]["context"] = ["a", "b", "c", "d"]; save_draft()'
run_case ctx_blank_msg "context must be 1-3" 'D[0]["context"] = ["   "]; save_draft()'
run_case ctx_nonstring "context must be 1-3" 'D[0]["context"] = [1]; save_draft()'
run_case q_missing "q missing" 'del D[0]["q"]; save_draft()'
run_case q_blank "q missing" 'D[0]["q"] = "  "; save_draft()'
run_case extra_key "unexpected keys" 'D[0]["answer"] = "x"; save_draft()'
run_case chatter_false "chatter must be true" 'D[3]["chatter"] = False; save_draft()'
run_case chatter_moved "chatter flag" 'del D[3]["chatter"]; D[4]["chatter"] = True; save_draft()'
run_case draft_invalid_json "JSONDecodeError" 'save_draft(raw="[{")'
# label coverage
run_case label_bad_index "bad index" 'L["labels"][0]["index"] = 70; save_labels()'
run_case label_index_string "bad index" 'L["labels"][5]["index"] = "5"; save_labels()'
run_case label_duplicate "duplicate decision" 'L["labels"].append(dict(L["labels"][0])); save_labels()'
run_case label_missing "missing decisions" 'L["labels"].pop(); save_labels()'
run_case q_mismatch "label q" 'L["labels"][first("KEEP")]["q"] += " "; save_labels()'
run_case bad_decision "bad decision" 'L["labels"][first("KEEP")]["decision"] = "MAYBE"; save_labels()'
run_case chatter_to_drop "vs draft chatter flag" 'l = L["labels"][first("CHATTER")]; l["decision"] = "DROP"; l["reason"] = "x"; save_labels()'
run_case keep_to_chatter "vs draft chatter flag" 'l = L["labels"][first("KEEP")]; l["decision"] = "CHATTER"; del l["expect"], l["answer"]; save_labels()'
# DROP / CHATTER
run_case drop_no_reason "DROP without reason" 'del L["labels"][first("DROP")]["reason"]; save_labels()'
run_case drop_blank_reason "DROP without reason" 'L["labels"][first("DROP")]["reason"] = " "; save_labels()'
run_case drop_with_expect "DROP carries expect/answer" 'L["labels"][first("DROP")]["answer"] = "share the host OS kernel"; save_labels()'
run_case chatter_with_answer "CHATTER carries expect/answer" 'L["labels"][first("CHATTER")]["answer"] = "share the host OS kernel"; save_labels()'
# expect
K='k = first("KEEP"); l = L["labels"][k]; '
run_case expect_not_list "expect must be a list" "$K"'l["expect"] = l["expect"][0]; save_labels()'
run_case expect_empty "expect must be a list" "$K"'l["expect"] = []; save_labels()'
run_case expect_four "expect must be a list" "$K"'l["expect"] = l["expect"] * 2; save_labels()'
run_case expect_short "under 5 words" "$K"'l["expect"] = ["share the host OS"]; save_labels()'
run_case expect_not_verbatim "expect not verbatim" "$K"'l["expect"] = ["containers share the guest OS kernel"]; save_labels()'
run_case expect_curly "curly quote in expect" "$K"'l["expect"] = ["Under high load, you\u2019ll notice containers"]; save_labels()'
run_case expect_whitespace "irregular whitespace" "$K"'l["expect"] = ["Containers share the host  OS kernel"]; save_labels()'
run_case expect_cross_sentence "expect not inside a single sentence" "$K"'l["expect"] = ["scalable applications, containers are better. For more secure"]; save_labels()'
run_case expect_nonstring "non-string expect" "$K"'l["expect"] = [123] + l["expect"][:1]; save_labels()'
# answer
run_case answer_missing "answer missing" "$K"'del l["answer"]; save_labels()'
run_case answer_too_long "answer not 3-6 words" "$K"'l["answer"] = "making them lightweight and faster to start"; save_labels()'
run_case answer_too_short "answer not 3-6 words" "$K"'l["answer"] = "faster to"; save_labels()'
run_case answer_not_verbatim "answer not verbatim" "$K"'l["answer"] = "lightweight and slower to start"; save_labels()'
run_case answer_curly "curly quote in answer" "$K"'l["answer"] = "you\u2019ll notice containers"; save_labels()'
run_case answer_other_sentence "shares no sentence" "$K"'l["answer"] = "For more secure, isolated environments"; save_labels()'
run_case answer_cross_sentence "answer not inside a single sentence" "$K"'l["answer"] = "are better. For more secure"; save_labels()'
# labels JSON / article
run_case labels_invalid_json "JSONDecodeError" 'open("labels.json","w").write("{\"labels\": [")'
run_case labels_no_key "KeyError" 'json.dump({"decisions": L["labels"]}, open("labels.json","w"))'
run_case missing_article "FileNotFoundError" 'pass' --article /tmp/tamper20/no-such-article.md

echo "passed: $PASS  bad: $BAD  (baseline + $((PASS+BAD-1)) tampers)"
rm -rf "$ROOT"
[ "$BAD" -eq 0 ]
