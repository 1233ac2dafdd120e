#!/bin/bash
# Fail tests for build.py on scratch copies in /tmp (nothing in the repo is touched).
# Prints exit codes and problem reasons only (no question text).
set -u
SRC=/work/main/eval/drafts/moorings
T=/tmp/moorings-failtest
rm -rf "$T"; mkdir -p "$T/d" "$T/eval"
cp "$SRC"/{build.py,labels.py,seed-draft.txt,corpus-draft.txt,offtopic-draft.txt,FROZEN.txt} "$T/d/"
cp /work/main/eval/heldout-*.json "$T/eval/"
rm -f "$T/eval/heldout-moorings.json"
sed -i "s#^EVAL_DIR = .*#EVAL_DIR = \"$T/eval\"#" "$T/d/build.py"
chmod u+w "$T/d/"*
OUT="$T/eval/heldout-moorings.json"
snap() { cp "$T/d/$1" "$T/d/$1.orig"; }
rest() { cp "$T/d/$1.orig" "$T/d/$1"; }
run() {  # $1 = label
  rm -f "$OUT"
  python3 "$T/d/build.py" --out "$OUT" > "$T/log" 2>&1
  rc=$?
  if [ -f "$OUT" ]; then w=written; else w="nothing written"; fi
  echo "[$1] exit $rc, $w"
  grep -E '^build.py:|^  - |^wrote|Error' "$T/log" | sed 's/^/    /'
}
run "control"
snap seed-draft.txt; snap offtopic-draft.txt; snap labels.py
python3 - "$T/d/seed-draft.txt" <<'PY'
import sys; p=sys.argv[1]; l=open(p).read().split('\n'); l[0]=l[0]+' x'; open(p,'w').write('\n'.join(l))
PY
run "A seed line 1 altered"; rest seed-draft.txt
echo "an extra line" >> "$T/d/offtopic-draft.txt"
run "B off-topic line appended"; rest offtopic-draft.txt
run "restored"
python3 - "$T/d/labels.py" <<'PY'
import sys; p=sys.argv[1]; s=open(p).read()
def sub(a,b):
    global s
    assert a in s, a
    s=s.replace(a,b,1)
sub('P_KMOD = "applications that require specific', 'P_KMOD = "applications that demand specific')            # 1 phrase not in article
sub('    2: K([P_SHARE, P_SEPOS], A_SHARE)', '    2: K([P_SEPOS], A_SPIN)')                               # 2 answer outside expect sentences
sub('    3: K([P_SPIN, P_ACTIVATE], A_SPIN)', '    3: K([P_SPIN], "leveraging their ability to quickly spin up and")')  # 3 7-word answer
sub('    5: K([P_SENS, P_CONTAIN], A_SENS)', '    5: K(["untrusted or sensitive workloads"], A_SENS)')   # 4 4-word expect
sub('    8: K([P_STAGING, P_BACKUPS], A_GRADUAL)', '    8: K(["operating system\u2019s kernel, which makes"], A_GRADUAL)')  # 5 curly quote
sub('    1: [PM + "options/memory.md"]', '    1: [PM + "options/no-such-file.md"]')                      # 6 bad path
sub('    9: K([P_LICSIMPLE, P_LICVM], A_LIC),\n', '')                                                     # 7 decision removed
sub('    10: K([P_ONVM], A_ONVM)', '    10: {"keep": True, "expect": [P_ONVM], "answer": A_ONVM, "lenient": True}')  # 8 lenient w/o note
import re
s=re.sub(r'\n    51: D\(".*?"\),\n', '\n    51: D(""),\n', s, count=1)                                   # 9 empty reason
sub('OFFTOPIC_DUPS = {31}', 'OFFTOPIC_DUPS = {31, 5}')                                                    # 10 DUP on non-duplicate
open(p,'w').write(s)
PY
run "C labels.py with 10 corruptions"; rest labels.py
run "restored"
python3 - "$T/d" "$T/eval/heldout-zzfake.json" <<'PY'
import sys, json
d, out = sys.argv[1], sys.argv[2]
seed = open(d + '/seed-draft.txt').read().splitlines()
off = open(d + '/offtopic-draft.txt').read().splitlines()
json.dump({"seed": [{"q": "  " + seed[40].upper() + "  "}], "corpus": [], "offtopic": [off[35].replace(' ', '  ')]}, open(out, 'w'))
PY
run "D1 fake earlier set holding seed 41 and off-topic 36"
python3 - "$T/d/labels.py" <<'PY'
import sys; p=sys.argv[1]; s=open(p).read()
s=s.replace('SEED_DUPS = set()', 'SEED_DUPS = {41}',1).replace('OFFTOPIC_DUPS = {31}', 'OFFTOPIC_DUPS = {31, 36}',1)
open(p,'w').write(s)
PY
run "D2 both marked DUP"
rm -f "$T/eval/heldout-zzfake.json"
run "D3 fake set removed, DUP markers left"
rest labels.py
run "restored"
rm -rf "$T"
echo "scratch removed"
