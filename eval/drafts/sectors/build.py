#!/usr/bin/env python3
"""Build /work/main/eval/heldout-sectors.json from the frozen drafts + labels.py.

Checks (nothing is written unless all pass):
  * FROZEN.txt sha256s match the three drafts;
  * labels.py has exactly one decision for every draft line (no missing, extra
    or duplicated keys);
  * seed: 1-3 expect phrases, each an exact substring of the whitespace-collapsed
    article, >=5 words, inside one sentence; answer 3-6 words, exact substring,
    sharing a sentence with at least one expect phrase;
  * corpus: 1-3 distinct relative paths that exist under /work/shared/corpus;
  * drops carry a reason.
"""
import ast
import hashlib
import importlib.util
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
OUT = "/work/main/eval/heldout-sectors.json"
DROPPED = os.path.join(HERE, "dropped.txt")
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
VOICES = [
    "bioinformatics postdoc on a shared cluster",
    "public-sector IT procurement officer",
    "customer-success engineer relaying customer questions",
    "automotive/embedded software engineer",
    "broadcast/media streaming engineer",
    "e-commerce backend developer before Black Friday",
    "network engineer with a Cisco background",
    "solo freelance web developer",
]
CORPUS_GROUPS = [("podman", 1, 16), ("firecracker", 17, 28), ("kata", 29, 40)]
OFFTOPIC_GROUPS = [("near-domain", 1, 27), ("far off-topic", 28, 40)]

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return " ".join(s.split())


# ---------------------------------------------------------------- freeze check
def check_frozen():
    frozen = {}
    stamp = None
    with open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([0-9a-f]{64})\s+\*?(\S+)$", line.strip())
            if m:
                frozen[m.group(2)] = m.group(1)
            elif line.strip():
                stamp = line.strip()
    for name in DRAFTS.values():
        with open(os.path.join(HERE, name), "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if frozen.get(name) != digest:
            err(f"FROZEN.txt hash mismatch for {name}: frozen={frozen.get(name)} now={digest}")
    return frozen, stamp


# ---------------------------------------------------------------- labels
def load_labels():
    path = os.path.join(HERE, "labels.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):  # duplicate keys in a dict literal silently override
        if isinstance(node, ast.Dict):
            seen = set()
            for k in node.keys:
                if isinstance(k, ast.Constant):
                    if k.value in seen:
                        err(f"labels.py: duplicate key {k.value!r} (line {k.lineno})")
                    seen.add(k.value)
    spec = importlib.util.spec_from_file_location("labels", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {"seed": mod.SEED, "corpus": mod.CORPUS, "offtopic": mod.OFFTOPIC}


def read_draft(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, q in enumerate(lines, 1):
        if not q.strip():
            err(f"{name}:{i} is empty")
    return lines


# ---------------------------------------------------------------- article
def article_sentences(text):
    """Sentences of the article: each non-empty line (paragraph, bullet, heading)
    is stripped of markdown markers and split after . ! ? followed by space."""
    out = []
    for line in text.split("\n"):
        line = collapse(re.sub(r"^\s*(#+|-)\s*", "", line))
        if not line:
            continue
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", line) if s)
    return out


def nwords(s):
    return len(s.split())


def check_seed_item(n, lab, collapsed, sentences):
    exp = lab.get("expect")
    ans = lab.get("answer")
    if not isinstance(exp, list) or not 1 <= len(exp) <= 3:
        err(f"seed:{n} expect must be a list of 1-3 phrases")
        return
    if len(set(exp)) != len(exp):
        err(f"seed:{n} duplicate expect phrases")
    for p in exp:
        if p != collapse(p):
            err(f"seed:{n} expect phrase has irregular whitespace: {p!r}")
        if p not in collapsed:
            err(f"seed:{n} expect phrase not in article: {p!r}")
        if nwords(p) < 5:
            err(f"seed:{n} expect phrase < 5 words: {p!r}")
        if not any(p in s for s in sentences):
            err(f"seed:{n} expect phrase crosses a sentence boundary: {p!r}")
    if not isinstance(ans, str):
        err(f"seed:{n} answer missing")
        return
    if ans not in collapsed:
        err(f"seed:{n} answer not in article: {ans!r}")
    if not 3 <= nwords(ans) <= 6:
        err(f"seed:{n} answer must be 3-6 words: {ans!r}")
    if not any(ans in s and any(p in s for p in exp) for s in sentences):
        err(f"seed:{n} answer shares no sentence with an expect phrase: {ans!r}")


def check_corpus_item(n, lab):
    exp = lab.get("expect")
    if not isinstance(exp, list) or not 1 <= len(exp) <= 3:
        err(f"corpus:{n} expect must be a list of 1-3 paths")
        return
    if len(set(exp)) != len(exp):
        err(f"corpus:{n} duplicate paths")
    for p in exp:
        if os.path.isabs(p) or ".." in p.split("/"):
            err(f"corpus:{n} path must be relative to the corpus: {p!r}")
        elif not os.path.isfile(os.path.join(CORPUS_ROOT, p)):
            err(f"corpus:{n} path does not exist: {p!r}")


def main():
    frozen, stamp = check_frozen()
    labels = load_labels()
    drafts = {k: read_draft(v) for k, v in DRAFTS.items()}
    text = open(ARTICLE, encoding="utf-8").read()
    collapsed = collapse(text)
    sentences = article_sentences(text)

    for sec, lines in drafts.items():
        keys = set(labels[sec])
        want = set(range(1, len(lines) + 1))
        for k in sorted(want - keys):
            err(f"{sec}:{k} has no decision")
        for k in sorted(keys - want, key=str):
            err(f"{sec}: label for non-existent line {k!r}")
        for k in sorted(keys & want):
            lab = labels[sec][k]
            d = lab.get("decision")
            if d == "drop":
                if not str(lab.get("reason", "")).strip():
                    err(f"{sec}:{k} drop without reason")
                extra = set(lab) - {"decision", "reason", "note"}
                if extra:
                    err(f"{sec}:{k} drop carries keep fields {sorted(extra)}")
            elif d == "keep":
                if "reason" in lab:
                    err(f"{sec}:{k} keep carries a drop reason")
                if sec == "seed":
                    check_seed_item(k, lab, collapsed, sentences)
                elif sec == "corpus":
                    check_corpus_item(k, lab)
                elif set(lab) - {"decision", "note"}:
                    err(f"offtopic:{k} unexpected fields")
            else:
                err(f"{sec}:{k} decision must be 'keep' or 'drop', got {d!r}")

    if len(drafts["seed"]) != 80 or len(drafts["corpus"]) != 40 or len(drafts["offtopic"]) != 40:
        err("draft sizes are not 80/40/40")

    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    # ------------------------------------------------------------ assemble
    out = {"seed": [], "corpus": [], "offtopic": []}
    dropped = []
    for sec, lines in drafts.items():
        for i, q in enumerate(lines, 1):
            lab = labels[sec][i]
            if lab["decision"] == "drop":
                dropped.append(f"{sec}:{i}\t{q}\t-- {lab['reason']}")
                continue
            if sec == "seed":
                out["seed"].append({"q": q, "expect": lab["expect"], "answer": lab["answer"]})
            elif sec == "corpus":
                out["corpus"].append({"q": q, "expectSource": lab["expect"]})
            else:
                out["offtopic"].append(q)

    def kept(sec, a, b):
        return sum(1 for i in range(a, b + 1) if labels[sec][i]["decision"] == "keep")

    voice_counts = "; ".join(
        f"({v + 1}) {name} {kept('seed', 10 * v + 1, 10 * v + 10)}/10" for v, name in enumerate(VOICES))
    corpus_counts = "; ".join(f"{g} {kept('corpus', a, b)}/{b - a + 1}" for g, a, b in CORPUS_GROUPS)
    off_counts = "; ".join(f"{g} {kept('offtopic', a, b)}/{b - a + 1}" for g, a, b in OFFTOPIC_GROUPS)
    shas = ", ".join(f"{n}={frozen[n]}" for n in DRAFTS.values())
    out_about = (
        "Held-out 'sectors' set, written blind. Method: all 160 questions were drafted as Slack-style questions "
        "before any document was opened (only file names under /work/shared/corpus were listed); the drafts were "
        f"then frozen (sha256 + UTC time in eval/drafts/sectors/FROZEN.txt, frozen {stamp}). Labelling came after "
        "the freeze: seed questions against /work/main/knowledge/containers-vs-vms.md only (kept only if the article "
        "answers them; expect = verbatim article phrases >=5 words within one sentence, answer = verbatim 3-6 word "
        "phrase sharing a sentence), corpus questions against /work/shared/corpus (expect = 1-3 answering documents), "
        "off-topic questions grepped in article and corpus and kept unless a document answers them. Questions were "
        "never reworded; no project code, tests, lexicon or other eval set was read. "
        f"Seed voices, kept/drafted: {voice_counts}; seed total {len(out['seed'])}/80. "
        f"Corpus kept/drafted: {corpus_counts}; total {len(out['corpus'])}/40. "
        f"Off-topic kept/drafted: {off_counts}; total {len(out['offtopic'])}/40. "
        f"Draft sha256: {shas}. Built by eval/drafts/sectors/build.py; drops with reasons in "
        "eval/drafts/sectors/dropped.txt."
    )
    final = {"about": out_about, "seed": out["seed"], "corpus": out["corpus"], "offtopic": out["offtopic"]}

    payload = json.dumps(final, ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(OUT), prefix=".heldout-sectors.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(payload)
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)
    with open(DROPPED, "w", encoding="utf-8") as f:
        f.write("# dropped draft lines: section:line<TAB>question<TAB>-- reason\n")
        f.write("\n".join(dropped) + "\n")
    print(f"wrote {OUT}: seed {len(out['seed'])}, corpus {len(out['corpus'])}, offtopic {len(out['offtopic'])}; "
          f"{len(dropped)} dropped -> {DROPPED}")


if __name__ == "__main__":
    main()
