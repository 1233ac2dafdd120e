#!/usr/bin/env python3
"""Validate labels against the frozen draft and the article; write seed-12.json + dropped.txt.

Usage: validate.py [--dir DRAFT_DIR] [--out SEED_JSON] [--dropped DROPPED_TXT] [--article MD]
All checks run first; if any fails, nothing is written (exit 1).
Outputs are written to temp files and then moved into place with os.replace.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 61
CURLY = "\u2018\u2019\u201c\u201d"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--out", default="/work/main/eval/conversations/seed-12.json")
    ap.add_argument("--dropped", default=None)
    ap.add_argument("--article", default="/work/main/knowledge/containers-vs-vms.md")
    a = ap.parse_args()
    d = a.dir
    dropped_path = a.dropped or os.path.join(d, "dropped.txt")
    errors = []

    def err(msg):
        errors.append(msg)

    # --- hash / freeze ---
    raw = open(os.path.join(d, "draft.json"), "rb").read()
    frozen = open(os.path.join(d, "FROZEN.txt"), encoding="utf-8").read().splitlines()
    want_hash = frozen[0].split()[0]
    freeze_time = frozen[1].strip() if len(frozen) > 1 else ""
    got_hash = hashlib.sha256(raw).hexdigest()
    if got_hash != want_hash:
        err(f"draft.json sha256 {got_hash} != frozen {want_hash}")
    if not freeze_time:
        err("FROZEN.txt has no freeze time")
    draft = json.loads(raw.decode("utf-8"))

    # --- draft shape ---
    if len(draft) != 70:
        err(f"draft has {len(draft)} items, expected 70")
    for i, it in enumerate(draft):
        if not (1 <= len(it.get("context", [])) <= 2):
            err(f"[{i}] context must have 1 or 2 messages")
        if not it.get("q"):
            err(f"[{i}] empty q")

    # --- article sentences ---
    art = open(a.article, encoding="utf-8").read()
    art_ws = ws(art)
    sentences = [ws(s) for s in re.split(r"[.!?\n]", art)]
    sentences = [s for s in sentences if s]

    def sents_with(p):
        return [k for k, s in enumerate(sentences) if p in s]

    # --- labels ---
    lab = json.load(open(os.path.join(d, "labels.json"), encoding="utf-8"))
    decs = lab["decisions"]
    calls = lab.get("judgement_calls", [])
    seen = {}
    for r in decs:
        i = r.get("i")
        if not isinstance(i, int) or not (0 <= i < len(draft)):
            err(f"bad index {i!r}")
            continue
        if i in seen:
            err(f"[{i}] has more than one decision")
        seen[i] = r
    missing = sorted(set(range(len(draft))) - set(seen))
    if missing:
        err(f"indices without a decision: {missing}")

    for i, r in sorted(seen.items()):
        it = draft[i]
        dec = r.get("decision")
        if dec not in ("KEEP", "DROP", "CHATTER"):
            err(f"[{i}] unknown decision {dec!r}")
            continue
        if r.get("q") != it["q"]:
            err(f"[{i}] label q does not match draft q")
        if (dec == "CHATTER") != bool(it.get("chatter")):
            err(f"[{i}] chatter flag mismatch: decision {dec}, draft chatter={bool(it.get('chatter'))}")
        if dec == "DROP" and not (r.get("reason") or "").strip():
            err(f"[{i}] DROP without reason")
        if dec != "KEEP":
            if "expect" in r or "answer" in r:
                err(f"[{i}] non-KEEP item carries expect/answer")
            continue
        exp, ans = r.get("expect"), r.get("answer")
        if not isinstance(exp, list) or not (1 <= len(exp) <= 3):
            err(f"[{i}] expect must be a list of 1-3 phrases")
            continue
        if not isinstance(ans, str):
            err(f"[{i}] answer must be a string")
            continue
        exp_sents = set()
        for p in exp:
            if any(c in p for c in CURLY):
                err(f"[{i}] curly quote in expect {p!r}")
            if len(p.split()) < 5:
                err(f"[{i}] expect shorter than 5 words: {p!r}")
            if p != ws(p):
                err(f"[{i}] expect has irregular whitespace: {p!r}")
            if p not in art_ws:
                err(f"[{i}] expect not in article: {p!r}")
            ss = sents_with(p)
            if not ss:
                err(f"[{i}] expect not within a single sentence: {p!r}")
            exp_sents.update(ss)
        if any(c in ans for c in CURLY):
            err(f"[{i}] curly quote in answer {ans!r}")
        if not (3 <= len(ans.split()) <= 6):
            err(f"[{i}] answer must be 3-6 words: {ans!r}")
        if ans not in art_ws:
            err(f"[{i}] answer not in article: {ans!r}")
        if not (set(sents_with(ans)) & exp_sents):
            err(f"[{i}] answer shares no sentence with an expect phrase: {ans!r}")

    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        sys.exit(1)

    # --- build outputs ---
    keep = [(i, draft[i], seen[i]) for i in sorted(seen) if seen[i]["decision"] == "KEEP"]
    chat = [(i, draft[i]) for i in sorted(seen) if seen[i]["decision"] == "CHATTER"]
    drop = [(i, draft[i], seen[i]) for i in sorted(seen) if seen[i]["decision"] == "DROP"]
    random.Random(SEED).shuffle(keep)
    n_two = sum(1 for it in draft if len(it["context"]) == 2)
    k_two = sum(1 for _, it, _ in keep if len(it["context"]) == 2)

    about = (
        "Held-out Slack thread follow-up set for the containers-vs-VMs bot. Method: 70 follow-ups "
        "(each with one or two earlier thread messages, the first usually a question to the bot about containers vs VMs) "
        "were drafted blind, before any project file was read, in varied voices (one-worders, non-native English, "
        "typos, sarcasm, aspect switches, same-question-of-the-other-side, recommendation asks), then frozen by sha256; "
        "only afterwards was knowledge/containers-vs-vms.md read and each item labelled KEEP, DROP or CHATTER exactly once, "
        "without rewording. A KEEP means the article answers the follow-up as read in its thread; expect holds 1-3 verbatim "
        "article phrases (5+ words, inside one sentence) and answer a verbatim 3-6 word phrase sharing a sentence with one of them. "
        "Pure-chatter follow-ups the bot should not answer are listed separately under \"chatter\" (no expect/answer). "
        f"Kept items were shuffled with random.Random({SEED}). "
        f"Counts: {len(draft)} drafted ({n_two} with two context messages), {len(keep)} kept answerable "
        f"({k_two} with two context messages), {len(chat)} chatter, {len(drop)} dropped. "
        f"Draft sha256 {want_hash}, frozen {freeze_time}. "
        "Judgement calls: " + " ".join(calls)
    )
    seed = {
        "about": about,
        "conversations": [
            {"context": it["context"], "q": it["q"], "expect": r["expect"], "answer": r["answer"]}
            for _, it, r in keep
        ],
        "chatter": [{"context": it["context"], "q": it["q"]} for _, it in chat],
    }
    seed_txt = json.dumps(seed, indent=2, ensure_ascii=False) + "\n"
    lines = [f"# Dropped items from draft sha256 {want_hash} ({len(drop)} of {len(draft)})", ""]
    for i, it, r in drop:
        lines.append(f"[{i}] context: {' | '.join(it['context'])}")
        lines.append(f"     q: {it['q']}")
        lines.append(f"     reason: {r['reason']}")
        lines.append("")
    drop_txt = "\n".join(lines)

    tmps = []
    try:
        for path, txt in ((a.out, seed_txt), (dropped_path, drop_txt)):
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".tmp-", suffix=".part")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(txt)
            tmps.append((tmp, path))
    except Exception:
        for tmp, _ in tmps:
            os.unlink(tmp)
        raise
    for tmp, path in tmps:
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    print(f"OK: wrote {a.out} ({len(keep)} conversations, {len(chat)} chatter) and {dropped_path} ({len(drop)} dropped)")


if __name__ == "__main__":
    main()
