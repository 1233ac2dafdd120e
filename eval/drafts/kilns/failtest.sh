#!/bin/bash
# scratch fail test for drafts/kilns/build.py; works only on copies in /tmp
set -u
SRC=/work/main/eval/drafts/kilns
S=/tmp/kilns-failtest
OUT=/tmp/kilns-failtest-out.json
rm -rf $S $OUT; mkdir -p $S/evalfake
cp $SRC/build.py $SRC/labels.py $SRC/FROZEN.txt $SRC/seed-draft.txt $SRC/corpus-draft.txt $SRC/offtopic-draft.txt $S/
chmod u+w $S/*
# scratch build.py reads earlier sets from a fake eval dir (only change in the copy)
sed -i 's|^EVAL_DIR = .*|EVAL_DIR = "/tmp/kilns-failtest/evalfake"|' $S/build.py
cp /work/main/eval/heldout-*.json $S/evalfake/
run() { echo "--- $1 ($(date -u +%H:%M:%SZ))"; rm -f $OUT; python3 $S/build.py --out $OUT > $S/last.log 2>&1; rc=$?; cat $S/last.log; echo "exit=$rc written=$([ -f $OUT ] && echo yes || echo no)"; }
run "control"
cp $S/seed-draft.txt $S/seed.bak; sed -i '1s/windows 2008/windows 2012/' $S/seed-draft.txt
run "A: seed draft line 1 altered"
cp $S/seed.bak $S/seed-draft.txt
cp $S/offtopic-draft.txt $S/off.bak; echo "what's the weather like in leeds" >> $S/offtopic-draft.txt
run "B: off-topic line appended"
cp $S/off.bak $S/offtopic-draft.txt
run "control after restoring drafts"
cp $S/labels.py $S/labels.bak
python3 - <<'PY'
p='/tmp/kilns-failtest/labels.py'; s=open(p).read()
def rep(a,b):
    global s
    assert a in s, a
    s=s.replace(a,b,1)
# C1 expect phrase not in article
rep('KMOD = "kernel modules that containers might not support easily"', 'KMOD = "kernel drivers that containers might not support easily"')
# C2 answer outside the expect sentences
rep('2: K([START_C, START_V], "lightweight and quick to start")', '2: K([START_C, START_V], "run seamlessly on virtual machines")')
# C3 answer too long (7 words)
rep('9: K([ON_VMS], "run seamlessly on virtual machines")', '9: K([ON_VMS], "containers can run seamlessly on virtual machines")')
# C4 expect phrase under 5 words + curly quote
rep('43: K([SENSITIVE], "untrusted or sensitive workloads")', '43: K(["untrusted or sensitive workloads", "operating system\\u2019s kernel, which makes"], "untrusted or sensitive workloads")')
# C5 bad corpus path
rep('10: [PO + "tz.md"]', '10: [PO + "timezone.md"]')
# C6 seed decision removed
rep('    80: K([ON_VMS], "run seamlessly on virtual machines"),\n', '')
# C7 lenient without a note (built directly, not via K())
rep('    5: K([SCALE_EASY, HIGH_LOAD], "easier with containers"),', '    5: {"keep": True, "expect": [SCALE_EASY], "answer": "easier with containers", "lenient": True},')
# C8 drop without reason
rep('    11: D("vendor-validated', '    11: D(""), 1011: D("vendor-validated')
# C9 DUP marker on a line that matches no earlier set
rep('OFFTOPIC_DUPS = set()', 'OFFTOPIC_DUPS = {31}')
open(p,'w').write(s)
PY
run "C: labels.py corrupted (9 corruptions)"
cp $S/labels.bak $S/labels.py
run "control after restoring labels.py"
# D: duplicate rule: a fake earlier set holding two of our questions (one seed, one off-topic), different case/spacing
python3 - <<'PY'
import json
seed=open('/tmp/kilns-failtest/seed-draft.txt').read().splitlines()
off=open('/tmp/kilns-failtest/offtopic-draft.txt').read().splitlines()
json.dump({"seed":[{"q":"  "+seed[41].upper()+" "}],"corpus":[],"offtopic":[off[35].replace(' ','  ')]},open('/tmp/kilns-failtest/evalfake/heldout-zzfake.json','w'))
PY
run "D1: fake earlier set duplicates seed 42 + off-topic 36, labels unchanged"
sed -i 's/^OFFTOPIC_DUPS = set()/OFFTOPIC_DUPS = {36}/' $S/labels.py
sed -i 's|^    42: K(\[RES_EFF, FULLOS_EACH\], "more resource-efficient and ideal for microservices"),|    42: D(DUP),|' $S/labels.py
run "D2: both marked DUP"
rm -f $S/evalfake/heldout-zzfake.json
run "D3: fake set removed, DUP markers left"
