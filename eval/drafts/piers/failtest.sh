#!/bin/bash
# Fail tests for piers build.py/labels.py on scratch copies in /tmp (never touches drafts/piers or /work/main/eval).
set -u
SRC=/work/main/eval/drafts/piers
S=/tmp/piers-failtest
rm -rf "$S"; mkdir -p "$S/eval" "$S/d"
cp /work/main/eval/heldout-*.json "$S/eval/"          # copies only; never printed
cp "$SRC"/{build.py,labels.py,FROZEN.txt,seed-draft.txt,corpus-draft.txt,offtopic-draft.txt} "$S/d/"
chmod u+w "$S"/d/*
sed -i "s#^EVAL_DIR = .*#EVAL_DIR = \"$S/eval\"#" "$S/d/build.py"
OUT="$S/out.json"
run() { # name expected_exit
  rm -f "$OUT"; (cd "$S/d" && python3 build.py --out "$OUT") > "$S/log.txt" 2>&1; rc=$?
  w=no; [ -f "$OUT" ] && w=yes
  echo "== $1: exit $rc (expected $2), output written: $w"
  grep -E '^build.py:|^  - ' "$S/log.txt" | sed -E 's/(question is not the frozen draft line verbatim).*/\1/' | head -40
  grep -E '^wrote' "$S/log.txt"
}
run control 0
cp "$S/d/seed-draft.txt" "$S/seed.bak"; sed -i '1s/$/ x/' "$S/d/seed-draft.txt"
run "A seed line 1 altered" 1
cp "$S/seed.bak" "$S/d/seed-draft.txt"
cp "$S/d/offtopic-draft.txt" "$S/off.bak"; echo "extra line" >> "$S/d/offtopic-draft.txt"
run "B offtopic line appended" 1
cp "$S/off.bak" "$S/d/offtopic-draft.txt"
run "restored A/B" 0
cp "$S/d/labels.py" "$S/labels.bak"
python3 - "$S/d/labels.py" <<'PY'
import sys
p=sys.argv[1]; s=open(p).read()
s=s.replace('KMOD = "specific OS configurations or kernel modules"','KMOD = "specific kernel modules that containers never support"',1)
s=s.replace('\ndef _lines', '''
SEED[3] = K([FAST, SLOWVM], A_SENS)                       # answer outside its expect sentences
SEED[5] = K([LOAD, SCALE], "containers generally perform better due to efficient")  # 7-word answer
SEED[8] = K([ONVM, "containers can run seamlessly"], A_ONVM)  # 4-word expect phrase
SEED[9] = K([MIGR, "Address migration challenges like data\u2019s transfer"], A_MIGR)  # curly quote
CORPUS[1] = ["podman/docs/source/markdown/options/no-such-option.md"]  # bad path
del SEED[21]                                             # decision removed
SEED[7] = {"keep": True, "expect": [MGMT], "answer": A_MGMT, "lenient": True}  # lenient, no note
SEED[40] = D("")                                         # drop without reason
SEED[60] = D(DUP)                                        # DUP marker on a non-duplicate

def _lines''',1)
open(p,'w').write(s)
PY
run "C labels.py with 9 corruptions" 1
cp "$S/labels.bak" "$S/d/labels.py"
run "restored C" 0
# D: fake earlier set holding seed line 42 (upper-cased, padded) and off-topic line 36 (double spaces)
python3 - "$S" <<'PY'
import json,sys
S=sys.argv[1]
seed=open(S+"/d/seed-draft.txt").read().splitlines()
off=open(S+"/d/offtopic-draft.txt").read().splitlines()
json.dump({"seed":[{"q":"  "+seed[41].upper()+"  "}],"corpus":[],"offtopic":[off[35].replace(" ","  ")]},
          open(S+"/eval/heldout-zzfake.json","w"))
PY
run "D1 fake earlier set" 1
sed -i 's/^SEED_DUPS = set()$/SEED_DUPS = {42}/; s/^OFFTOPIC_DUPS = {8, 30, 31}/OFFTOPIC_DUPS = {8, 30, 31, 36}/' "$S/d/labels.py"
run "D2 both marked DUP" 0
rm "$S/eval/heldout-zzfake.json"
run "D3 fake set removed, DUP markers left" 1
cp "$S/labels.bak" "$S/d/labels.py"
run "restored D" 0
rm -rf "$S"
echo "scratch removed: $([ -d $S ] && echo no || echo yes)"
