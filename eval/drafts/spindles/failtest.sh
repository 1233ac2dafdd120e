#!/bin/bash
# Fail tests of build.py on scratch copies in /tmp (nothing in the repo is modified).
# The scratch build.py differs only in EVAL_DIR (pointed at a /tmp copy of the existing heldout-*.json).
# Output: reasons only (build.py's problem lines quote article phrases, answers, paths and hashes, never questions).
set -u
SRC=/work/main/eval/drafts/spindles
T=/tmp/spindles-failtest
EV=/tmp/spindles-failtest-eval
OUT=$T/out.json
rm -rf "$T" "$EV"; mkdir -p "$T" "$EV"
cp "$SRC"/build.py "$SRC"/labels.py "$SRC"/FROZEN.txt "$SRC"/seed-draft.txt "$SRC"/corpus-draft.txt "$SRC"/offtopic-draft.txt "$T"/
chmod u+w "$T"/*
cp /work/main/eval/heldout-*.json "$EV"/
rm -f "$EV"/heldout-spindles.json
sed -i "s#^EVAL_DIR = \"/work/main/eval\"#EVAL_DIR = \"$EV\"#" "$T"/build.py
echo "scratch build.py vs real build.py:"; diff "$SRC"/build.py "$T"/build.py | sed 's#^#  #'

run() {  # $1 = label
  rm -f "$OUT"
  python3 "$T"/build.py --out "$OUT" > "$T"/run.log 2>&1
  rc=$?
  if [ -f "$OUT" ]; then w="written"; else w="nothing written"; fi
  echo "== $1: exit $rc, $w"
  grep -E '^build.py:|^  - |^wrote' "$T"/run.log | sed -E 's#/tmp/spindles-failtest/out.json#OUT#' | sed 's#^#   #'
}
backup() { cp "$T/$1" "$T/$1.orig"; }
restore() { cp "$T/$1.orig" "$T/$1"; rm -f "$T/$1.orig"; }

run "control"

# A: alter seed draft line 1 (hash mismatch)
backup seed-draft.txt
sed -i '1s/$/ x/' "$T"/seed-draft.txt
run "A seed line 1 altered"
restore seed-draft.txt

# B: append a line to the off-topic draft (hash mismatch + line count)
backup offtopic-draft.txt
echo "an extra line" >> "$T"/offtopic-draft.txt
run "B off-topic line appended"
restore offtopic-draft.txt
run "restored after A/B"

# C: ten corruptions in labels.py
backup labels.py
python3 - "$T"/labels.py <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
# 1 expect phrase not in the article (constant used by several items)
s = s.replace('P_KERNEL_MODULES = ("applications that require specific OS configurations',
              'P_KERNEL_MODULES = ("applications that require bespoke OS configurations', 1)
s += '''
# --- corruptions for the fail test ---
SEED[3] = K([P_RAPID_SCALABLE, P_ACTIVATE], "quickly spin up and shut down")          # 2 answer outside expect sentences
SEED[5] = K([P_SENSITIVE], "This isolation can be particularly valuable for")          # 3 7-word answer
SEED[9] = K([P_MIG_CHALLENGES, "Test thoroughly in staging"], "Test thoroughly in staging environments")  # 4 4-word phrase
SEED[13] = K([P_SENSITIVE, "you\\u2019ll often find that VMs can"], A_SENSITIVE)      # 5 curly quote
CORPUS[5] = ["podman/docs/no-such-file.md"]                                             # 6 bad corpus path
SEED[6] = {"keep": True, "expect": [P_KT_FASTER], "answer": A_FASTER, "lenient": True}   # 8 lenient without note
SEED[18] = D("")                                                                        # 9 drop without reason
SEED_DUPS = {30}                                                                        # 10 DUP marker on non-duplicate
_orig_labelled = labelled
def labelled():                                                                         # 7 seed decision removed
    rows = _orig_labelled()
    rows["seed"] = [r for r in rows["seed"] if r[0] != 21]
    return rows
'''
open(p, "w", encoding="utf-8").write(s)
EOF
run "C labels.py with 10 corruptions"
restore labels.py
run "restored after C"

# D1: fake earlier set holding seed 41 (upper-cased, padded) and off-topic 36 (double spaces)
python3 - "$T" "$EV" <<'EOF'
import json, sys
T, EV = sys.argv[1], sys.argv[2]
seed = open(T + "/seed-draft.txt", encoding="utf-8").read().splitlines()
off = open(T + "/offtopic-draft.txt", encoding="utf-8").read().splitlines()
fake = {"about": "fake set for the fail test",
        "seed": [{"q": "  " + seed[40].upper() + "  ", "expect": [], "answer": ""}],
        "corpus": [],
        "offtopic": [off[35].replace(" ", "  ")]}
json.dump(fake, open(EV + "/heldout-zz-fake.json", "w", encoding="utf-8"))
EOF
run "D1 fake earlier set (seed 41, off-topic 36)"

# D2: both marked DUP
backup labels.py
sed -i 's/^SEED_DUPS = set()$/SEED_DUPS = {41}/; s/^OFFTOPIC_DUPS = {3, 35}$/OFFTOPIC_DUPS = {3, 35, 36}/' "$T"/labels.py
run "D2 seed 41 and off-topic 36 marked DUP"

# D3: fake set removed, DUP markers left
rm -f "$EV"/heldout-zz-fake.json
run "D3 fake set removed, DUP markers left"
restore labels.py
run "restored after D"

rm -rf "$T" "$EV"
echo "scratch copies deleted: $( [ -e "$T" ] || [ -e "$EV" ] && echo no || echo yes )"
