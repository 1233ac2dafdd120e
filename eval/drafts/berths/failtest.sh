#!/bin/bash
# Fail tests on a scratch copy (EVAL_DIR pointed at a /tmp copy of the existing heldout-*.json). Prints reasons only.
set -u
S=/tmp/berths-failtest; rm -rf $S; mkdir -p $S/eval $S/d
cp /work/main/eval/heldout-*.json $S/eval/ 2>/dev/null; rm -f $S/eval/heldout-berths.json
cp build.py labels.py seed-draft.txt corpus-draft.txt offtopic-draft.txt FROZEN.txt $S/d/; chmod u+w $S/d/*
sed -i "s#^EVAL_DIR = .*#EVAL_DIR = \"$S/eval\"#" $S/d/build.py
run() { python3 $S/d/build.py --out $S/out.json > $S/log 2>&1; rc=$?; echo "$1: exit $rc, written=$( [ -f $S/out.json ] && echo yes || echo no)"; head -1 $S/log | grep problem | sed 's/^/    /'; grep '^  - ' $S/log | sed -e 's/^  - //' -e 's/ (frozen.*//' -e "s/[:] *['\"].*//" -e "s/ ['\"].*//" -e 's/^\(seed\|corpus\|offtopic\):\([0-9]*\): /\1 \2: /' | sed 's/^/    /'; rm -f $S/out.json; }
run control
cp $S/d/seed-draft.txt $S/seed.bak; sed -i '1s/usb/USB/' $S/d/seed-draft.txt; run "A seed line 1 altered"; cp $S/seed.bak $S/d/seed-draft.txt
echo "extra line" >> $S/d/offtopic-draft.txt; run "B off-topic line appended"; sed -i '$d' $S/d/offtopic-draft.txt
run restored
cp $S/d/labels.py $S/labels.bak
python3 - $S/d/labels.py <<'PY'
import sys
p=sys.argv[1]; t=open(p).read()
t=t.replace('P_KERNELMOD = "require specific OS configurations or kernel modules"','P_KERNELMOD = "require specific OS setups or kernel modules"')
t=t.replace('A_SPIN = "quickly spin up and shut down"','A_SPIN = "containers generally perform better"')
t=t.replace('A_SENS = "untrusted or sensitive workloads"','A_SENS = "for running untrusted or sensitive workloads too"')
t=t.replace('    2: K([P_SHARE, P_SEPARATE], A_SHARE),','    2: K(["VMs run separate OS"], A_SHARE),')
t=t.replace('    12: [PO + "env-file.md"],','    12: [PO + "env-files.md"],')
t=t.replace('    20: D("not addressed: the article never explains what a container image or a VM image is"),','    20: D(""),')
t=t.replace('    80: K([P_SHARE, P_FULLOS], A_SHARE),\n','')
t=t.replace('    60: L([P_MGMT], "more management effort", "article only says VMs may need more management effort; small-team management not discussed"),','    60: L([P_MGMT], "more management effort", ""),')
t=t.replace('OFFTOPIC_DUPS = {35}','OFFTOPIC_DUPS = {35, 36}')
open(p,'w').write(t)
PY
python3 -c "import ast,sys;ast.parse(open('$S/d/labels.py').read())" && echo "    (corrupted labels.py parses)"
run "C labels.py with 9 corruptions"; cp $S/labels.bak $S/d/labels.py
run restored
rm -rf $S
