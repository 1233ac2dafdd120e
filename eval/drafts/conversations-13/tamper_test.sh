#!/usr/bin/env bash
# Copies inputs to /tmp/tamper13/<case>, applies one tamper, runs validate.py
# against the copies (output also redirected into the case folder) and checks
# that it exits 1 and writes nothing. The untouched baseline must pass.
set -u
SRC="$(cd "$(dirname "$0")" && pwd)"
ART=/work/main/knowledge/containers-vs-vms.md
ROOT=/tmp/tamper13
rm -rf "$ROOT"; mkdir -p "$ROOT"
fails=0

setup() {  # $1 = case
  local d="$ROOT/$1"; mkdir -p "$d/out"
  cp "$SRC/draft.json" "$SRC/FROZEN.txt" "$SRC/labels.json" "$d/"
  cp "$ART" "$d/article.md"
  chmod u+w "$d"/*.json "$d/FROZEN.txt"
}
runv() {  # $1 = case ; echoes rc
  local d="$ROOT/$1"
  python3 "$SRC/validate.py" --dir "$d" --article "$d/article.md" \
      --out "$d/out/seed-13.json" --dropped "$d/out/dropped.txt" >"$d/stdout" 2>"$d/stderr"
  echo $?
}
edit_labels() {  # $1 = case, $2 = python code operating on L (list of labels)
  python3 - "$ROOT/$1/labels.json" "$2" <<'PY'
import json, sys
path, code = sys.argv[1], sys.argv[2]
doc = json.load(open(path)); L = doc["labels"]
def first(dec): return next(l for l in L if l["decision"] == dec)
exec(code)
json.dump(doc, open(path, "w"), indent=2)
PY
}

expect_fail() {  # $1 = case
  local rc; rc=$(runv "$1")
  local n; n=$(find "$ROOT/$1/out" -type f | wc -l)
  local why; why=$(grep -m1 '^FAIL' "$ROOT/$1/stderr" || true)
  if [ "$rc" = 1 ] && [ "$n" = 0 ]; then
    echo "PASS  $1: exit=$rc files_written=$n  [$why]"
  else
    echo "BAD   $1: exit=$rc files_written=$n  [$why]"; fails=$((fails+1))
  fi
}

# baseline
setup baseline
rc=$(runv baseline); n=$(find "$ROOT/baseline/out" -type f | wc -l)
if [ "$rc" = 0 ] && [ "$n" = 2 ]; then echo "PASS  baseline: exit=$rc files_written=$n"
else echo "BAD   baseline: exit=$rc files_written=$n"; cat "$ROOT/baseline/stderr"; fails=$((fails+1)); fi

c=edited_draft; setup $c
python3 - "$ROOT/$c/draft.json" <<'PY'
import json,sys; p=sys.argv[1]; d=json.load(open(p)); d[0]["q"]="and vms??"; json.dump(d,open(p,"w"),indent=2,ensure_ascii=False)
PY
expect_fail $c

c=reworded_expect; setup $c
edit_labels $c 'k=first("KEEP"); k["expect"][0]=k["expect"][0].replace("slower startup","slow startup")'
expect_fail $c

c=cross_sentence_expect; setup $c
edit_labels $c 'first("KEEP")["expect"][0]="higher resource use. If you need rapid"'
expect_fail $c

c=short_expect; setup $c
edit_labels $c 'k=[l for l in L if l["index"]==14][0]; k["expect"]=["isolated environments, VMs excel"]'
expect_fail $c

c=curly_quote; setup $c
edit_labels $c 'first("KEEP")["expect"].append("share the host operating system\u2019s kernel, which makes them faster to start")'
expect_fail $c

c=long_answer; setup $c
edit_labels $c 'k=first("KEEP"); k["answer"]="offering stronger isolation but slower startup and higher resource use"'
expect_fail $c

c=answer_other_sentence; setup $c
edit_labels $c 'k=first("KEEP"); k["answer"]="containers are better"'
expect_fail $c

c=duplicate_index; setup $c
edit_labels $c 'import copy; L.append(copy.deepcopy(L[5]))'
expect_fail $c

c=missing_index; setup $c
edit_labels $c 'del L[40]'
expect_fail $c

c=chatter_flipped; setup $c
edit_labels $c 'k=first("CHATTER"); k["decision"]="DROP"; k["reason"]="not an ask"'
expect_fail $c

c=q_mismatch; setup $c
edit_labels $c 'first("KEEP")["q"]="and what about vms?"'
expect_fail $c

c=drop_without_reason; setup $c
edit_labels $c 'first("DROP")["reason"]=""'
expect_fail $c

c=edited_frozen_hash; setup $c
python3 - "$ROOT/$c/FROZEN.txt" <<'PY'
import sys; p=sys.argv[1]; s=open(p).read(); h=s[:64]; s=("0" if h[0]!="0" else "1")+s[1:]; open(p,"w").write(s)
PY
expect_fail $c

echo "----"
if [ "$fails" = 0 ]; then echo "ALL OK (baseline passes, 13/13 tampers rejected with nothing written)"; exit 0
else echo "$fails unexpected result(s)"; exit 1; fi
