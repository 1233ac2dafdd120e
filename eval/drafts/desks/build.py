#!/usr/bin/env python3
"""Build the held-out "desks" eval set from the frozen drafts + labels.py.

All checks run first; if any fails, nothing is written (exit 1).
On success, heldout-desks.json and dropped.txt are written atomically
(temp file in the same directory, then os.replace).

Paths default to the real locations; the --desk/--article/--corpus/--out-json/
--out-dropped options exist so the checks can be exercised on a throwaway copy.
"""
import argparse
import ast
import hashlib
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

DRAFTS = [("seed", "seed-draft.txt", "SEED"),
          ("corpus", "corpus-draft.txt", "CORPUS"),
          ("offtopic", "offtopic-draft.txt", "OFFTOPIC")]

VOICES = ["game-server ops engineer", "university teaching-lab sysadmin",
          "ML engineer on shared GPUs", "QA / test-automation engineer",
          "SOC analyst", "startup CTO (5 people)", "IoT / edge fleet engineer",
          "data engineer (Airflow/Spark)"]
PER_VOICE = 10
CORPUS_GROUPS = [("podman", 16), ("firecracker", 12), ("kata", 12)]
OFF_GROUPS = [("near-domain", 27), ("far off-topic", 13)]

CURLY = "\u2019\u2018\u201c\u201d"
ALLOWED = {
    "seed": {"q", "keep", "expect", "answer", "lenient"},
    "corpus": {"q", "keep", "expectSource", "lenient"},
    "offtopic": {"q", "keep", "lenient"},
}
DROP_ALLOWED = {"q", "keep", "reason"}


def errs_add(errs, msg):
    errs.append(msg)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def read_frozen(desk, errs):
    path = os.path.join(desk, "FROZEN.txt")
    if not os.path.isfile(path):
        errs_add(errs, "FROZEN.txt missing")
        return {}, ""
    hashes, other = {}, []
    for line in open(path, encoding="utf-8").read().splitlines():
        m = re.fullmatch(r"([0-9a-f]{64})\s+\*?(\S+)", line.strip())
        if m:
            hashes[m.group(2)] = m.group(1)
        elif line.strip():
            other.append(line.strip())
    for _, fname, _ in DRAFTS:
        p = os.path.join(desk, fname)
        if fname not in hashes:
            errs_add(errs, f"FROZEN.txt has no hash for {fname}")
        elif not os.path.isfile(p):
            errs_add(errs, f"draft missing: {fname}")
        elif sha256(p) != hashes[fname]:
            errs_add(errs, f"hash mismatch for {fname}: draft changed after freeze")
    freeze_time = other[-1] if other else ""
    if not freeze_time:
        errs_add(errs, "FROZEN.txt has no freeze time line")
    return hashes, freeze_time


def load_labels(path, errs):
    """Parse labels.py with AST: each table assigned once, a dict literal,
    int keys, no duplicate keys. Returns {NAME: {line: entry}}."""
    src = open(path, encoding="utf-8").read()
    try:
        tree = ast.parse(src, filename=path)
    except SyntaxError as e:
        errs_add(errs, f"labels.py syntax error: {e}")
        return {}
    names = {n for _, _, n in DRAFTS}
    tables = {}
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # docstring / bare string
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id in names):
            errs_add(errs, f"labels.py line {node.lineno}: only plain assignments of SEED/CORPUS/OFFTOPIC "
                           f"are allowed (found {type(node).__name__})")
            continue
        name = node.targets[0].id
        if name in tables:
            errs_add(errs, f"labels.py: {name} assigned more than once")
            continue
        if not isinstance(node.value, ast.Dict):
            errs_add(errs, f"labels.py: {name} must be a dict literal")
            continue
        table, seen = {}, set()
        for k, v in zip(node.value.keys, node.value.values):
            if k is None:
                errs_add(errs, f"labels.py: {name} uses ** expansion")
                continue
            try:
                key = ast.literal_eval(k)
                val = ast.literal_eval(v)
            except Exception as e:
                errs_add(errs, f"labels.py: {name} non-literal entry near line {k.lineno}: {e}")
                continue
            if not isinstance(key, int) or isinstance(key, bool):
                errs_add(errs, f"labels.py: {name} key {key!r} is not an int line number")
                continue
            if key in seen:
                errs_add(errs, f"labels.py: {name} duplicate key {key} (line {k.lineno})")
                continue
            seen.add(key)
            table[key] = val
        tables[name] = table
    for n in names:
        if n not in tables:
            errs_add(errs, f"labels.py: {n} not defined")
    return tables


def strip_md(line):
    line = re.sub(r"^\s*#+\s*", "", line)
    line = re.sub(r"^\s*>\s*", "", line)
    line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
    line = line.replace("**", "").replace("__", "").replace("`", "")
    return " ".join(line.split())


def sentences_of(text):
    out = []
    for line in text.splitlines():
        line = strip_md(line)
        if not line:
            continue
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", line) if s)
    return out


def nwords(s):
    return len(s.split())


def check_seed(entry, where, collapsed, sents, errs):
    exp = entry.get("expect")
    ans = entry.get("answer")
    if not isinstance(exp, list) or not 1 <= len(exp) <= 3:
        errs_add(errs, f"{where}: expect must be a list of 1-3 phrases")
        return
    if len(set(exp)) != len(exp):
        errs_add(errs, f"{where}: duplicate expect phrases")
    homes = []  # for each expect phrase, indices of sentences containing it
    for p in exp:
        if not isinstance(p, str) or p != " ".join(p.split()) or not p:
            errs_add(errs, f"{where}: expect phrase must be a non-empty single-spaced string: {p!r}")
            homes.append(set())
            continue
        if any(c in p for c in CURLY):
            errs_add(errs, f"{where}: expect phrase contains curly quote: {p!r}")
        if nwords(p) < 5:
            errs_add(errs, f"{where}: expect phrase under 5 words: {p!r}")
        if p not in collapsed:
            errs_add(errs, f"{where}: expect phrase not in article: {p!r}")
        idx = {i for i, s in enumerate(sents) if p in s}
        if not idx:
            errs_add(errs, f"{where}: expect phrase not inside one sentence: {p!r}")
        homes.append(idx)
    if not isinstance(ans, str) or ans != " ".join(ans.split()) or not ans:
        errs_add(errs, f"{where}: answer must be a non-empty single-spaced string")
        return
    if any(c in ans for c in CURLY):
        errs_add(errs, f"{where}: answer contains curly quote: {ans!r}")
    if not 3 <= nwords(ans) <= 6:
        errs_add(errs, f"{where}: answer must be 3-6 words: {ans!r}")
    if ans not in collapsed:
        errs_add(errs, f"{where}: answer not in article: {ans!r}")
    ans_idx = {i for i, s in enumerate(sents) if ans in s}
    if not any(ans_idx & h for h in homes):
        errs_add(errs, f"{where}: answer shares no sentence with an expect phrase: {ans!r}")


def check_corpus(entry, where, corpus_root, errs):
    srcs = entry.get("expectSource")
    if not isinstance(srcs, list) or not 1 <= len(srcs) <= 3:
        errs_add(errs, f"{where}: expectSource must be a list of 1-3 paths")
        return
    if len(set(srcs)) != len(srcs):
        errs_add(errs, f"{where}: duplicate expectSource paths")
    for p in srcs:
        if (not isinstance(p, str) or not p or p.startswith("/")
                or ".." in p.split("/") or os.path.normpath(p) != p):
            errs_add(errs, f"{where}: bad relative path {p!r}")
            continue
        if not os.path.isfile(os.path.join(corpus_root, p)):
            errs_add(errs, f"{where}: corpus file does not exist: {p}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--desk", default=HERE)
    ap.add_argument("--article", default="/work/main/knowledge/containers-vs-vms.md")
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--out-json", default="/work/main/eval/heldout-desks.json")
    ap.add_argument("--out-dropped", default=None)
    a = ap.parse_args()
    desk = os.path.abspath(a.desk)
    out_dropped = a.out_dropped or os.path.join(desk, "dropped.txt")

    errs = []
    hashes, freeze_time = read_frozen(desk, errs)
    tables = load_labels(os.path.join(desk, "labels.py"), errs)

    article = open(a.article, encoding="utf-8").read()
    collapsed = " ".join(article.split())
    sents = sentences_of(article)

    out = {"seed": [], "corpus": [], "offtopic": []}
    dropped = []
    counts = {}
    all_q = {}
    for section, fname, tname in DRAFTS:
        path = os.path.join(desk, fname)
        if not os.path.isfile(path):
            continue
        lines = open(path, encoding="utf-8").read().splitlines()
        for i, l in enumerate(lines, 1):
            if not l.strip() or l != l.strip():
                errs_add(errs, f"{fname}:{i}: blank or padded draft line")
        table = tables.get(tname, {})
        want = set(range(1, len(lines) + 1))
        missing, extra = sorted(want - set(table)), sorted(set(table) - want)
        if missing:
            errs_add(errs, f"{tname}: no decision for draft lines {missing}")
        if extra:
            errs_add(errs, f"{tname}: decisions for nonexistent lines {extra}")
        kept_flags = []
        for n in range(1, len(lines) + 1):
            e = table.get(n)
            if e is None:
                kept_flags.append(False)
                continue
            where = f"{tname}[{n}]"
            q = lines[n - 1]
            if not isinstance(e, dict):
                errs_add(errs, f"{where}: entry must be a dict")
                kept_flags.append(False)
                continue
            if e.get("q") != q:
                errs_add(errs, f"{where}: q does not match draft line exactly")
            keep = e.get("keep")
            if not isinstance(keep, bool):
                errs_add(errs, f"{where}: keep must be True/False")
                kept_flags.append(False)
                continue
            if keep:
                bad = set(e) - ALLOWED[section]
                if bad:
                    errs_add(errs, f"{where}: unexpected fields for a keep: {sorted(bad)}")
                if section == "seed":
                    check_seed(e, where, collapsed, sents, errs)
                    out["seed"].append({"q": q, "expect": e.get("expect"), "answer": e.get("answer")})
                elif section == "corpus":
                    check_corpus(e, where, a.corpus, errs)
                    out["corpus"].append({"q": q, "expectSource": e.get("expectSource")})
                else:
                    out["offtopic"].append(q)
                if q in all_q:
                    errs_add(errs, f"{where}: duplicate question (also {all_q[q]})")
                all_q[q] = where
            else:
                bad = set(e) - DROP_ALLOWED
                if bad:
                    errs_add(errs, f"{where}: unexpected fields for a drop: {sorted(bad)}")
                r = e.get("reason")
                if not isinstance(r, str) or not r.strip():
                    errs_add(errs, f"{where}: drop has no reason")
                dropped.append(f"{section}:{n}\t{q}\t{r}")
            kept_flags.append(keep)
        counts[section] = kept_flags

    if errs:
        print(f"BUILD FAILED ({len(errs)} problem(s)); nothing written:", file=sys.stderr)
        for m in errs:
            print("  - " + m, file=sys.stderr)
        return 1

    def grouped(flags, groups):
        res, i = [], 0
        for name, size in groups:
            res.append(f"{name} {sum(flags[i:i + size])}/{size}")
            i += size
        return res

    seed_parts = grouped(counts["seed"], [(v, PER_VOICE) for v in VOICES])
    about = (
        "Held-out 'desks' set for the containers-vs-VMs Slack bot. Method: all questions were written blind "
        "(before opening any document, code, test, lexicon or other eval set), frozen by sha256, then labelled. "
        "Seed questions were kept only if /work/main/knowledge/containers-vs-vms.md answers them as asked; "
        "expect = 1-3 verbatim article phrases (>=5 words, inside one sentence), answer = verbatim 3-6 word phrase "
        "sharing a sentence with an expect phrase. Corpus questions were written from file names only, then labelled "
        "with the /work/shared/corpus documents that answer them. Off-topic questions were kept unless the article "
        "or corpus actually answers them. Questions are never reworded. "
        f"Seed kept/drafted by voice: {'; '.join(seed_parts)} (total {sum(counts['seed'])}/{len(counts['seed'])}). "
        f"Corpus: {'; '.join(grouped(counts['corpus'], CORPUS_GROUPS))} (total {sum(counts['corpus'])}/{len(counts['corpus'])}). "
        f"Off-topic: {'; '.join(grouped(counts['offtopic'], OFF_GROUPS))} (total {sum(counts['offtopic'])}/{len(counts['offtopic'])}). "
        "Draft sha256: " + ", ".join(f"{f}={hashes[f]}" for _, f, _ in DRAFTS) +
        f". Frozen at {freeze_time}."
    )
    doc = {"about": about, "seed": out["seed"], "corpus": out["corpus"], "offtopic": out["offtopic"]}

    def atomic_write(path, text):
        d = os.path.dirname(os.path.abspath(path))
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o644)
            return tmp
        except BaseException:
            os.unlink(tmp)
            raise

    t1 = atomic_write(a.out_json, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    try:
        t2 = atomic_write(out_dropped, "\n".join(dropped) + "\n")
    except BaseException:
        os.unlink(t1)
        raise
    os.replace(t1, a.out_json)
    os.replace(t2, out_dropped)
    print(f"wrote {a.out_json}: seed {len(out['seed'])}, corpus {len(out['corpus'])}, "
          f"offtopic {len(out['offtopic'])}; dropped {len(dropped)} -> {out_dropped}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
