#!/bin/bash
# Fail tests for build.py on scratch copies in /tmp (never touches drafts/looms or eval/).
# Prints reasons/exit codes only, never question text.
set -u
SRC=/work/main/eval/drafts/looms
T=/tmp/looms-failtest
rm -rf "$T"; mkdir -p "$T/looms" "$T/eval"
cp "$SRC"/{build.py,labels.py,FROZEN.txt,seed-draft.txt,corpus-draft.txt,offtopic-draft.txt} "$T/looms/"
chmod u+w "$T"/looms/*
for f in /work/main/eval/heldout-*.json; do [ "$(basename "$f")" = heldout-looms.json ] || cp "$f" "$T/eval/"; done
sed -i 's#^EVAL_DIR = "/work/main/eval"#EVAL_DIR = "'"$T"'/eval"#' "$T/looms/build.py"
echo "build.py copy differs from the original only in:"; diff "$SRC/build.py" "$T/looms/build.py" | grep '^[<>]'
OUT="$T/out.json"
run() { # name expected_rc
  rm -f "$OUT"; python3 "$T/looms/build.py" --out "$OUT" > "$T/log" 2>&1; rc=$?
  w=no; [ -f "$OUT" ] && w=yes
  echo "[$1] exit $rc (expected $2), output written: $w"
  grep -E '^build.py:|^  - ' "$T/log" | sed 's/^/    /'
  grep -E '^wrote' "$T/log" | sed "s#$OUT#OUT#; s/^/    /"
  rm -rf "$T/looms/__pycache__"
}
backup() { cp "$T/looms/$1" "$T/$1.bak"; }
restore() { cp "$T/$1.bak" "$T/looms/$1"; }

run control 0
# A: alter seed line 1
backup seed-draft.txt
python3 - "$T/looms/seed-draft.txt" <<'PY'
import sys; p=sys.argv[1]; l=open(p,encoding='utf-8').read().split('\n'); l[0]=l[0]+' x'; open(p,'w',encoding='utf-8').write('\n'.join(l))
PY
run A_seed_line_altered 1
restore seed-draft.txt
# B: append an off-topic line
backup offtopic-draft.txt
echo "one more question appended" >> "$T/looms/offtopic-draft.txt"
run B_offtopic_line_appended 1
restore offtopic-draft.txt
run restored_AB 0
# C: corrupt labels.py
backup labels.py
python3 - "$T/looms/labels.py" <<'PY'
import sys; p=sys.argv[1]; s=open(p,encoding='utf-8').read()
def sub(a,b):
    global s
    assert a in s, a; s=s.replace(a,b,1)
sub('KMOD = "applications that require specific OS configurations or kernel modules that containers might not support easily"',
    'KMOD = "applications that need kernel modules that containers can never support"')          # 1 phrase not in article
sub('    3: K([SHARE_KERNEL, VM_SLOWER], A_QUICK),', '    3: K([SHARE_KERNEL, VM_SLOWER], A_LIC),')  # 2 answer outside expect sentences
sub('    6: K([SHARE_KERNEL, VM_SEPARATE], A_SHARE),', '    6: K([SHARE_KERNEL, VM_SEPARATE], "containers share the host OS kernel, making"),')  # 3 seven-word answer
sub('    9: K([ON_VMS, K8S_IN_VM], A_ON_VMS),', '    9: K(["containers can run seamlessly"], A_ON_VMS),')  # 4 four-word expect
sub('    17: K([SEC_COMPLEX, VM_ISOLATE_SEP], A_SECURELY),', '    17: K([SEC_COMPLEX, "VMs isolate workloads more securely with separate OS\u2019es"], A_SECURELY),')  # 5 curly quote
sub('    1: ["podman/docs/source/markdown/podman-cp.1.md"],', '    1: ["podman/docs/source/markdown/podman-nope.1.md"],')  # 6 bad path
sub('    40: K([VM_SEPARATE, CONTAIN_BREACH], A_VM_ISO),\n', '')  # 7 seed decision removed
sub('    10: L([MORE_ON_HW, FULL_OS_EACH], A_MORE_HW,\n          "no numbers in the article; answer is comparative (more containers, each VM needs a full OS)"),',
    '    10: {"keep": True, "expect": [MORE_ON_HW], "answer": A_MORE_HW, "lenient": True},')  # 8 lenient without note
sub('    20: D("not addressed: portability of images between machines is not discussed"),', '    20: D(""),')  # 9 empty reason
sub('OFFTOPIC_DUPS = {32, 33}', 'OFFTOPIC_DUPS = {1, 32, 33}')  # 10 DUP on non-duplicate
open(p,'w',encoding='utf-8').write(s)
PY
run C_labels_corrupted_10_ways 1
restore labels.py
run restored_C 0
# D: duplicate rule with a fake earlier set
python3 - "$T" <<'PY'
import json,sys; T=sys.argv[1]
seed=open(f'{T}/looms/seed-draft.txt',encoding='utf-8').read().splitlines()
off=open(f'{T}/looms/offtopic-draft.txt',encoding='utf-8').read().splitlines()
json.dump({"about":"fake","seed":[{"q":"  "+seed[41].upper()+"  ","expect":[],"answer":""}],"corpus":[],"offtopic":[off[35].replace(' ','  ')]},
          open(f'{T}/eval/heldout-zz-fake.json','w',encoding='utf-8'))
PY
run D1_fake_set_seed42_off36 1
backup labels.py
python3 - "$T/looms/labels.py" <<'PY'
import sys; p=sys.argv[1]; s=open(p,encoding='utf-8').read()
s=s.replace('SEED_DUPS = set()','SEED_DUPS = {42}',1).replace('OFFTOPIC_DUPS = {32, 33}','OFFTOPIC_DUPS = {32, 33, 36}',1)
open(p,'w',encoding='utf-8').write(s)
PY
run D2_marked_DUP 0
rm -f "$T/eval/heldout-zz-fake.json"
run D3_fake_removed_markers_left 1
restore labels.py
run restored_D 0
rm -rf "$T"
echo "scratch removed: $([ -e "$T" ] && echo no || echo yes)"
