#!/bin/bash
# Fail tests for wharves' build.py on scratch copies in /tmp (the real drafts/labels are never touched).
# Prints reasons/exit codes only, never question text.
set -u
SRC=/work/main/eval/drafts/wharves
T=/tmp/wharves-failtest
E=/tmp/wharves-failtest-eval
rm -rf "$T" "$E"; mkdir -p "$T" "$E"
cp "$SRC"/build.py "$SRC"/labels.py "$SRC"/FROZEN.txt "$SRC"/seed-draft.txt "$SRC"/corpus-draft.txt "$SRC"/offtopic-draft.txt "$T"/
chmod u+w "$T"/*
for f in /work/main/eval/heldout-*.json; do [ "$(basename "$f")" = heldout-wharves.json ] || cp "$f" "$E"/; done
sed -i "s|^EVAL_DIR = \"/work/main/eval\"$|EVAL_DIR = \"$E\"|" "$T"/build.py
echo "scratch build.py differs from the real one only in:"; diff "$SRC"/build.py "$T"/build.py | grep '^[<>]'
OUT="$T/out.json"
run() {  # $1 = label
  rm -f "$OUT"
  python3 "$T"/build.py --out "$OUT" > "$T"/log.txt 2>&1; rc=$?
  if [ -f "$OUT" ]; then w=written; else w="nothing written"; fi
  echo "== $1: exit $rc, $w"
  grep -E '^build.py:|^  - |^wrote' "$T"/log.txt | sed -E 's/^wrote [^:]*:/wrote:/'
}
cp "$T"/seed-draft.txt "$T"/seed.bak; cp "$T"/offtopic-draft.txt "$T"/off.bak; cp "$T"/labels.py "$T"/labels.bak
run "control"
# A: alter seed line 1
python3 - "$T" <<'PY'
import sys; p=sys.argv[1]+"/seed-draft.txt"; L=open(p).read().split("\n"); L[0]=L[0]+" x"; open(p,"w").write("\n".join(L))
PY
run "A seed line 1 altered"
cp "$T"/seed.bak "$T"/seed-draft.txt
# B: append an off-topic line
echo "an extra line appended after the freeze" >> "$T"/offtopic-draft.txt
run "B off-topic line appended"
cp "$T"/off.bak "$T"/offtopic-draft.txt
run "A/B restored"
# C: ten corruptions in labels.py
sed -i 's|^P_KMOD = .*|P_KMOD = "require special kernel modules that containers cannot load"|' "$T"/labels.py
cat >> "$T"/labels.py <<'PY'

# --- failtest corruptions ---
SEED[3] = K([P_QUICK, P_VMSLOW], A_FULLOS)                       # 2 answer outside its expect sentences
SEED[8] = K([P_DENSE], "can run more containers on the same")   # 3 seven-word answer
SEED[10] = K(["containers can run seamlessly"], A_ONVM)          # 4 four-word expect phrase
SEED[18] = K(["and share the host operating system\u2019s kernel", P_QUICK], P_SHARE)  # 5 curly quote
CORPUS[5] = ["podman/docs/tutorials/no-such-file.md"]            # 6 bad corpus path
del SEED[6]                                                       # 7 decision removed
SEED[13] = {"keep": True, "expect": [P_SPIN], "answer": A_SPIN, "lenient": True}  # 8 lenient without note
SEED[5] = D("")                                                   # 9 drop with empty reason
SEED[12] = D(DUP)                                                 # 10 DUP marker on a non-duplicate
PY
run "C labels.py with 10 corruptions (1 = kernel-module constant not in the article)"
cp "$T"/labels.bak "$T"/labels.py
run "C restored"
# D1: fake earlier set with seed 42 (upper-cased, padded) and off-topic 36 (double spaces)
python3 - "$T" "$E" <<'PY'
import sys, json
t, e = sys.argv[1:3]
s = open(t + "/seed-draft.txt").read().splitlines()[41]
o = open(t + "/offtopic-draft.txt").read().splitlines()[35]
json.dump({"about": "fake", "seed": [{"q": "  " + s.upper() + "  "}], "corpus": [], "offtopic": [o.replace(" ", "  ")]},
          open(e + "/heldout-zz-failtest-fake.json", "w"))
PY
run "D1 fake earlier set holding seed 42 and off-topic 36"
sed -i 's/^SEED_DUPS = set()$/SEED_DUPS = {42}/; s/^OFFTOPIC_DUPS = {24}$/OFFTOPIC_DUPS = {24, 36}/' "$T"/labels.py
run "D2 both marked DUP"
rm -f "$E"/heldout-zz-failtest-fake.json
run "D3 fake set removed, DUP markers left"
cp "$T"/labels.bak "$T"/labels.py
run "D restored"
rm -rf "$T" "$E"
echo "scratch files deleted: $( [ -e "$T" ] || [ -e "$E" ] && echo no || echo yes)"
