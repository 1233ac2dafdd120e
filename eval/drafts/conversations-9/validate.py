#!/usr/bin/env python3
"""Validate the frozen draft + labels and write the seed file.

usage: validate.py [--dir DRAFT_DIR] [--article PATH] [--out PATH]
Writes nothing unless every check passes.
"""
import argparse
import datetime
import hashlib
import importlib.util
import json
import os
import random
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-9.json"
SEED = 52


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences(text):
    out = []
    for line in text.splitlines():
        for part in re.split(r"(?<=[.!?])(?=\s|[A-Z])", line):
            part = collapse(part)
            if part:
                out.append(part)
    return out


def nwords(s):
    return len(s.split())


def load_labels(d):
    spec = importlib.util.spec_from_file_location("label_mod", os.path.join(d, "label.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.LABELS


def atomic_write(path, text):
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--article", default=ARTICLE)
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()

    errors = []
    draft_path = os.path.join(a.dir, "draft.json")
    raw = open(draft_path, "rb").read()
    h = hashlib.sha256(raw).hexdigest()
    frozen = open(os.path.join(a.dir, "FROZEN.txt"), encoding="utf-8").read().splitlines()
    frozen_hash = frozen[0].split()[0]
    freeze_time = frozen[1].strip() if len(frozen) > 1 else ""
    if h != frozen_hash:
        errors.append(f"draft hash {h} != FROZEN {frozen_hash}")
    draft = json.loads(raw.decode("utf-8"))
    for i, it in enumerate(draft):
        if set(it) != {"context", "q"} or not (1 <= len(it["context"]) <= 2) or not it["q"].strip():
            errors.append(f"draft[{i}] malformed")

    article = open(a.article, encoding="utf-8").read()
    flat = collapse(article)
    sents = sentences(article)

    labels = load_labels(a.dir)
    seen = {}
    for idx, lab in labels:
        seen[idx] = seen.get(idx, 0) + 1
    for idx, c in seen.items():
        if c > 1:
            errors.append(f"index {idx} decided {c} times")
        if not (isinstance(idx, int) and 0 <= idx < len(draft)):
            errors.append(f"index {idx} out of range")
    missing = [i for i in range(len(draft)) if i not in seen]
    if missing:
        errors.append(f"indices without a decision: {missing}")

    kept, dropped = [], []
    for idx, lab in sorted(labels, key=lambda x: x[0]):
        dec = lab.get("decision")
        if dec == "DROP":
            if not lab.get("reason", "").strip():
                errors.append(f"[{idx}] DROP without reason")
            dropped.append((idx, lab["reason"]))
            continue
        if dec != "KEEP":
            errors.append(f"[{idx}] bad decision {dec!r}")
            continue
        exp, ans = lab.get("expect", []), lab.get("answer", "")
        if not (1 <= len(exp) <= 3):
            errors.append(f"[{idx}] expect count {len(exp)}")
        for p in exp + [ans]:
            if "\u2019" in p or "\u2018" in p:
                errors.append(f"[{idx}] curly apostrophe in {p!r}")
            if collapse(p) != p:
                errors.append(f"[{idx}] phrase not whitespace-normalised {p!r}")
            if p not in flat:
                errors.append(f"[{idx}] not in article: {p!r}")
        for p in exp:
            if nwords(p) < 5:
                errors.append(f"[{idx}] expect < 5 words: {p!r}")
            if not any(p in s for s in sents):
                errors.append(f"[{idx}] expect spans a sentence boundary: {p!r}")
        if not (3 <= nwords(ans) <= 6):
            errors.append(f"[{idx}] answer word count {nwords(ans)}: {ans!r}")
        if not any(ans in s and any(p in s for p in exp) for s in sents):
            errors.append(f"[{idx}] answer shares no sentence with an expect phrase: {ans!r}")
        if idx < len(draft):
            it = draft[idx]
            kept.append({"context": list(it["context"]), "q": it["q"],
                         "expect": list(exp), "answer": ans})

    if errors:
        print("VALIDATION FAILED; nothing written", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1

    random.Random(SEED).shuffle(kept)
    two = sum(1 for x in kept if len(x["context"]) == 2)
    two_d = sum(1 for x in draft if len(x["context"]) == 2)
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    about = (
        "Slack thread follow-ups about containers vs VMs. Method: 70 thread items drafted blind "
        "(before reading any project file) by make_draft.py, frozen, then labelled KEEP/DROP against "
        "knowledge/containers-vs-vms.md only; expect = verbatim article phrases (>=5 words, one sentence), "
        "answer = verbatim 3-6 word phrase sharing a sentence with an expect phrase; kept items shuffled "
        f"with random.Random({SEED}). Counts: drafted {len(draft)} ({two_d} with two context messages), "
        f"kept {len(kept)} ({two} with two context messages), dropped {len(dropped)}. "
        f"Draft sha256 {h}; frozen {freeze_time}; written {today}."
    )
    doc = {"about": about, "conversations": kept}
    atomic_write(a.out, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    atomic_write(os.path.join(a.dir, "dropped.txt"),
                 "".join(f"{i}\t{draft[i]['q']}\t{r}\n" for i, r in dropped))
    print(f"OK wrote {a.out}: kept={len(kept)} (two-context {two}) dropped={len(dropped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
