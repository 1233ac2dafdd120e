#!/bin/sh
# Scratch fail test for build.py (copy in /tmp; the real drafts are never touched). Prints reasons only.
set -u
S=/tmp/marinas-failtest; rm -rf $S; mkdir -p $S
cp build.py labels.py FROZEN.txt seed-draft.txt corpus-draft.txt offtopic-draft.txt $S/; chmod u+w $S/*
run() { echo "## $1"; (cd $S && python3 build.py --out $S/out.json) | sed -n '1p;/^  - /p' | sed -E "s/(: ).*'.*/\1.../" | tail -8; echo "exit=$(cd $S && python3 build.py --out $S/out.json >/dev/null; echo $?) written=$( [ -f $S/out.json ] && echo yes || echo no)"; rm -f $S/out.json; }
run "control"
cp $S/seed-draft.txt $S/seed.bak; sed -i '1s/winery/vineyard/' $S/seed-draft.txt; run "A seed line 1 altered"; cp $S/seed.bak $S/seed-draft.txt
cp $S/labels.py $S/labels.bak
sed -i -e 's/^P_KMOD = .*/P_KMOD = "kernel modules that VMs love a lot"/' -e 's/^A_SCALING = .*/A_SCALING = "untrusted or sensitive workloads"/' \
  -e 's/^    80: K(.*$//' -e 's|^    9: \[PM + "options/read-only.md"\],|    9: ["podman/nope.md"],|' \
  -e 's/^    44: D(NOT_ADDRESSED + .*$/    44: D(""),/' $S/labels.py
python3 -c "import ast,sys;ast.parse(open('$S/labels.py').read())" && run "C labels.py with 5 corruptions"
cp $S/labels.bak $S/labels.py; run "restored"
rm -rf $S
