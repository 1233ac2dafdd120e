#!/bin/bash
# Fail tests for drafts/jetties/build.py on scratch copies in /tmp (written from spindles' README description).
# Prints exit codes and build.py's problem lines only (these name lines, phrases, paths and hashes, never questions).
set -u
SRC=/work/main/eval/drafts/jetties
T=/tmp/jetties-failtest
rm -rf "$T"; mkdir -p "$T/d" "$T/eval"
cp "$SRC"/seed-draft.txt "$SRC"/corpus-draft.txt "$SRC"/offtopic-draft.txt "$SRC"/FROZEN.txt "$SRC"/labels.py "$T/d/"
cp /work/main/eval/heldout-*.json "$T/eval/"
rm -f "$T/eval/heldout-jetties.json"
sed 's#^EVAL_DIR = "/work/main/eval"$#EVAL_DIR = "/tmp/jetties-failtest/eval"#' "$SRC/build.py" > "$T/d/build.py"
echo "build.py copy differs from the real one in:"; diff "$SRC/build.py" "$T/d/build.py" | grep '^[<>]'
chmod u+w "$T"/d/*
run() { echo "--- $1"; (cd "$T/d" && python3 build.py --out "$T/out.json" > "$T/run.log" 2>&1); rc=$?; sed 's/^/    /' "$T/run.log"; echo "    exit $rc"; if [ -e "$T/out.json" ]; then echo "    output written"; rm -f "$T/out.json"; else echo "    nothing written"; fi; }
backup() { cp "$T/d/$1" "$T/$1.orig"; }
restore() { cp "$T/$1.orig" "$T/d/$1"; }

run "control (unchanged copies)"

backup seed-draft.txt
python3 - "$T/d/seed-draft.txt" <<'PY'
import sys; p=sys.argv[1]; L=open(p).read().split('\n'); L[0]=L[0]+' x'; open(p,'w').write('\n'.join(L))
PY
run "A: seed draft line 1 altered"
restore seed-draft.txt

backup offtopic-draft.txt
echo "an appended line" >> "$T/d/offtopic-draft.txt"
run "B: off-topic line appended"
restore offtopic-draft.txt
run "A/B restored"

backup labels.py
python3 - "$T/d/labels.py" <<'PY'
import sys; p=sys.argv[1]; s=open(p).read()
# 1 kernel-module expect phrase not in the article
s=s.replace('P_KMOD = "require specific OS configurations', 'P_KMOD = "demand specific OS configurations', 1)
s += '''
# --- corruptions ---
SEED[2] = K([P_SHARE, P_SEPARATE], A_BETTER)                       # 2 answer outside its expect sentences
SEED[3] = K([P_SCAL, P_RAPID], "If you need rapid, scalable applications, containers")  # 3 7-word answer
SEED[13] = K(["Containers are more resource-efficient"], "Containers are more resource-efficient")  # 4 4-word expect
SEED[15] = K(["host operating system\\u2019s kernel, which makes"], "which makes them faster")  # 5 curly quote
CORPUS[5] = ["podman/docs/nope.md"]                                # 6 bad corpus path
del SEED[18]                                                       # 7 seed decision removed
SEED[14] = {"keep": True, "expect": [P_RESEFF], "answer": A_RESEFF, "lenient": True, "note": ""}  # 8 lenient w/o note
SEED[17] = D("")                                                   # 9 drop with empty reason
OFFTOPIC_DUPS.add(1)                                               # 10 DUP marker on a non-duplicate
'''
open(p,'w').write(s)
PY
run "C: labels.py with 10 corruptions"
restore labels.py
run "C restored"

backup labels.py
python3 - "$T/d" <<'PY'
import sys, json, os
d=sys.argv[1]
seed=open(os.path.join(d,'seed-draft.txt')).read().splitlines()
off=open(os.path.join(d,'offtopic-draft.txt')).read().splitlines()
fake={"about":"fake earlier set for the fail test","seed":[{"q":"  "+seed[40].upper()+"  ","expect":[],"answer":""}],
      "corpus":[],"offtopic":[off[35].replace(' ','  ')]}
json.dump(fake, open('/tmp/jetties-failtest/eval/heldout-zzfake.json','w'))
PY
run "D1: fake earlier set holding seed 41 (upper-cased, padded) and off-topic 36 (double spaces)"
sed -i 's/^SEED_DUPS = {34}$/SEED_DUPS = {34, 41}/; s/^OFFTOPIC_DUPS = {38}$/OFFTOPIC_DUPS = {38, 36}/' "$T/d/labels.py"
run "D2: both marked DUP"
rm -f "$T/eval/heldout-zzfake.json"
run "D3: fake set removed, DUP markers left"
restore labels.py
run "D restored"

rm -rf "$T"
echo "scratch files deleted"
