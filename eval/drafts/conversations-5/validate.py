"""Validate labels for conversations-5 and build the output files.

- checks draft.json hash against the one recorded in Phase 1
- every draft index decided exactly once (dict keys + range check)
- every expect phrase >=5 words and an exact substring of the whitespace-collapsed article
- every answer 3-6 words and an exact substring of the article
- shuffles kept items once with random.Random(48)
- writes /work/main/eval/conversations/seed-5.json and dropped.txt (this folder)
"""
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "draft.json")
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
OUT = "/work/main/eval/conversations/seed-5.json"
DROPPED = os.path.join(HERE, "dropped.txt")
EXPECTED_SHA = "c3a56da1c2cec17b09989c3f7fc051c745c7a8465963a07b27e3ddaf9a69c359"

sys.path.insert(0, HERE)
from label import DECISIONS  # noqa: E402


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    raw = open(DRAFT, "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    if sha != EXPECTED_SHA:
        sys.exit(f"draft hash mismatch: {sha}")
    draft = json.loads(raw)
    article = collapse(open(ARTICLE, encoding="utf-8").read())

    # label.py is a dict literal; guard against duplicate keys silently overwriting
    src = open(os.path.join(HERE, "label.py"), encoding="utf-8").read()
    keys_in_src = [int(k) for k in re.findall(r"^\s{4}(\d+):", src, re.M)]
    dups = sorted({k for k in keys_in_src if keys_in_src.count(k) > 1})
    if dups:
        errors.append(f"duplicate decisions for indices {dups}")
    if sorted(DECISIONS) != list(range(len(draft))):
        missing = sorted(set(range(len(draft))) - set(DECISIONS))
        extra = sorted(set(DECISIONS) - set(range(len(draft))))
        errors.append(f"decision coverage wrong: missing={missing} extra={extra}")

    kept, dropped = [], []
    for i, item in enumerate(draft):
        d = DECISIONS.get(i)
        if d is None:
            continue
        if d["decision"] == "keep":
            exp = d["expect"]
            if not 1 <= len(exp) <= 3:
                errors.append(f"[{i}] needs 1-3 expect phrases, has {len(exp)}")
            for p in exp:
                pc = collapse(p)
                if len(pc.split()) < 5:
                    errors.append(f"[{i}] expect too short: {p!r}")
                if pc not in article:
                    errors.append(f"[{i}] expect not in article: {p!r}")
            a = collapse(d["answer"])
            if not 3 <= len(a.split()) <= 6:
                errors.append(f"[{i}] answer not 3-6 words: {a!r}")
            if a not in article:
                errors.append(f"[{i}] answer not in article: {a!r}")
            kept.append({"context": item["context"], "q": item["q"],
                         "expect": [collapse(p) for p in exp], "answer": a})
        elif d["decision"] == "drop":
            if not d.get("reason"):
                errors.append(f"[{i}] drop without reason")
            dropped.append((i, d["reason"]))
        else:
            errors.append(f"[{i}] bad decision {d['decision']!r}")

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    random.Random(48).shuffle(kept)
    about = (f"conversations-5: {len(draft)} thread items drafted blind (before reading the article), "
             f"then labelled against knowledge/containers-vs-vms.md; kept {len(kept)}, dropped {len(dropped)} "
             f"(article does not answer the follow-up in context). expect = verbatim whitespace-collapsed article "
             f"phrases (>=5 words), answer = verbatim 3-6 word phrase. Kept items shuffled with random.Random(48). "
             f"draft.json sha256 {sha}")
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"about": about, "conversations": kept}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(DROPPED, "w", encoding="utf-8") as f:
        for i, r in dropped:
            f.write(f"{i}\t{r}\n")
    print(f"ok: drafted={len(draft)} kept={len(kept)} dropped={len(dropped)} sha256={sha}")
    print(f"wrote {OUT} and {DROPPED}")


if __name__ == "__main__":
    main()
