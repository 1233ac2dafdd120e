#!/bin/bash
# Fail tests for build.py on a scratch copy (real drafts untouched). Prints reasons only (quoted text cut).
set -u
SRC=/work/main/eval/drafts/harbours
T=/tmp/harbours-failtest
rm -rf "$T"; mkdir -p "$T/d" "$T/eval"
cp "$SRC"/{build.py,labels.py,FROZEN.txt,seed-draft.txt,corpus-draft.txt,offtopic-draft.txt} "$T/d/"
chmod u+w "$T"/d/*
for f in /work/main/eval/heldout-*.json; do [ "$(basename "$f")" = heldout-harbours.json ] || ln -s "$f" "$T/eval/"; done
sed -i 's#^EVAL_DIR = .*#EVAL_DIR = "'"$T"'/eval"#' "$T/d/build.py"
OUT="$T/out.json"
run() { # $1 = case name
  rm -f "$OUT"
  python3 "$T/d/build.py" --out "$OUT" > "$T/log" 2>&1; rc=$?
  echo "== $1: exit $rc, output written: $([ -f "$OUT" ] && echo yes || echo no)"
  sed -e "s/: '.*$/: <cut>/" -e 's/: ".*$/: <cut>/' "$T/log" | head -30
}
run "control"
# A: alter seed line 1 after the freeze
cp "$T/d/seed-draft.txt" "$T/seed.bak"; sed -i '1s/$/ x/' "$T/d/seed-draft.txt"
run "A seed line 1 altered"
cp "$T/seed.bak" "$T/d/seed-draft.txt"
# B: a fake earlier set holding seed line 2 (case changed) -> kept-but-duplicate
python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
q = open(t + "/d/seed-draft.txt").read().splitlines()[1].upper()
json.dump({"about": "fake", "seed": [{"q": q}], "corpus": [], "offtopic": []}, open(t + "/eval/heldout-zzfake.json", "w"))
PY
run "B fake earlier set duplicating seed 2"
rm -f "$T/eval/heldout-zzfake.json"
# C: five label corruptions
cp "$T/d/labels.py" "$T/labels.bak"
python3 - "$T" <<'PY'
import sys
p = sys.argv[1] + "/d/labels.py"; s = open(p).read()
def rep(a, b):
    global s
    assert s.count(a) == 1, a
    s = s.replace(a, b)
rep('specific OS configurations or kernel modules that containers might not "\n            "support easily"',
    'specific OS setups or kernel modules that containers might not "\n            "support easily"')   # 1 phrase not in article
rep('72: K([P_LOAD, P_SCALE], A_LOAD),', '72: K([P_LOAD, P_SCALE], "VMs could be your best choice"),')  # 2 answer outside its sentences
rep('    80: K([P_UNTRUSTED, P_STRONGER], A_SENSITIVE),\n', '')                                        # 3 decision removed
rep('31: [KD + "Limitations.md"],', '31: [KD + "Limitations-nope.md"],')                              # 4 bad corpus path
rep('27: D(NOT_ADDRESSED + "backing up a container (only \'keep backups handy\' during migration)"),', '27: D(""),')  # 5 empty reason
open(p, "w").write(s)
PY
python3 -c "import ast,sys; ast.parse(open('$T/d/labels.py').read()); print('labels.py (corrupted) parses')"
run "C labels.py with 5 corruptions"
cp "$T/labels.bak" "$T/d/labels.py"
run "restored"
rm -rf "$T"
