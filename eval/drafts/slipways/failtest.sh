#!/bin/bash
# Fail tests for slipways build.py on scratch copies in /tmp (the real folder is never touched).
# Prints build.py's reasons only (problem lines are trimmed to "section:line: reason"), no question text.
set -u
SRC=/work/main/eval/drafts/slipways
T=/tmp/slipways-failtest
rm -rf "$T"; mkdir -p "$T/drafts" "$T/eval"
cp "$SRC"/{build.py,labels.py,seed-draft.txt,corpus-draft.txt,offtopic-draft.txt,FROZEN.txt} "$T/drafts/"
chmod u+w "$T"/drafts/*
cp /work/main/eval/heldout-*.json "$T/eval/"
sed -i "s|^EVAL_DIR = .*|EVAL_DIR = \"$T/eval\"|" "$T/drafts/build.py"
OUT="$T/out.json"
run() {  # $1 = case label
  rm -f "$OUT"
  python3 "$T/drafts/build.py" --out "$OUT" > "$T/log" 2>&1; rc=$?
  echo "[$1] exit=$rc written=$([ -f "$OUT" ] && echo yes || echo no)"
  grep -E '^build.py:|^wrote|Traceback|Error' "$T/log" | sed -E 's/: seed [0-9].*//' | head -3
  grep -E '^  - ' "$T/log" | sed -E "s/: ['\"].*$/: .../" | sed -E 's/^  - /    /'
}
cd "$T/drafts"
run control
cp seed-draft.txt s.bak; sed -i '1s/$/ x/' seed-draft.txt; run "A seed line 1 altered"; cp s.bak seed-draft.txt
cp offtopic-draft.txt o.bak; echo "extra line" >> offtopic-draft.txt; run "B offtopic line appended"; cp o.bak offtopic-draft.txt
run "restored after A/B"
cp labels.py l.bak
python3 - <<'PY'
s = open("labels.py").read()
rep = [
 ('P_KMOD = "require specific OS configurations or kernel modules"', 'P_KMOD = "require specific OS configurations or custom kernel modules"'),  # 1 phrase not in article
 ('    2: K([P_RES_EFF, P_SHARE_KERNEL], A_EFF),', '    2: K([P_RES_EFF, P_SHARE_KERNEL], A_SPIN),'),  # 2 answer outside its expect sentences
 ('    10: K([P_ON_VM], A_ONVM),', '    10: K([P_ON_VM], "containers can run seamlessly on virtual machines ok"),'),  # 3 7-word answer
 ('    20: K([P_LICENSE], A_LIC),', '    20: K([P_LICENSE, "individual licenses for each"], A_LIC),'),  # 4 4-word expect
 ('    14: K([P_RAPID, P_SCALE_EASIER], A_BETTER),', '    14: K([P_RAPID, "\\u2019ll notice containers generally perform better"], A_BETTER),'),  # 5 curly quote
 ('    5: [PM + "options/tz.md"],', '    5: [PM + "options/timezone.md"],'),  # 6 bad corpus path
 ('    21: K([P_RAPID, P_HIGHLOAD], A_BETTER),\n', ''),  # 7 decision removed
 ('    23: L([P_MANY], A_MANY, "Article speaks of', '    23: L([P_MANY], A_MANY, "" and "Article speaks of'),  # 8 lenient without note
 ('    46: D(NOT_DECIDED + " (file visibility between containers)"),', '    46: D(""),'),  # 9 drop with empty reason
 ('    47: D(NOT_DECIDED + " (portability between cloud providers)"),', '    47: D(DUP),'),  # 10 DUP on a non-duplicate
]
for i, (a, b) in enumerate(rep, 1):
    assert s.count(a) == 1, i
    s = s.replace(a, b)
open("labels.py", "w").write(s)
PY
python3 -c "import ast,sys; ast.parse(open('labels.py').read())" && echo "    (corrupted labels.py parses)"
run "C labels.py with 10 corruptions"; cp l.bak labels.py
run "restored after C"
# D: fake earlier set holding seed 41 (upper-cased, padded) and offtopic 36 (double spaces)
python3 - <<'PY'
import json
s = open("seed-draft.txt").read().splitlines()[40]
o = open("offtopic-draft.txt").read().splitlines()[35]
json.dump({"seed": [{"q": "  " + s.upper() + "  "}], "corpus": [], "offtopic": [o.replace(" ", "  ")]},
          open("/tmp/slipways-failtest/eval/heldout-zzfake.json", "w"))
PY
run "D1 fake earlier set"
sed -i 's/^SEED_DUPS = {29}/SEED_DUPS = {29, 41}/; s/^OFFTOPIC_DUPS = {33}/OFFTOPIC_DUPS = {33, 36}/' labels.py
run "D2 both marked DUP"
rm -f "$T/eval/heldout-zzfake.json"
run "D3 fake set removed, markers left"
cp l.bak labels.py
run "restored after D"
cd /; rm -rf "$T"
