#!/usr/bin/env python3
"""Build /work/main/eval/heldout-harbours.json from the frozen drafts and labels.py.

Checks (any failure: print problems, exit 1, write nothing):
  * FROZEN.txt hashes match the three draft files;
  * exactly one decision per draft line (no missing, extra or repeated line numbers);
  * every question is the frozen draft line verbatim;
  * seed: 1-3 expect phrases, each >= 5 words, no curly quotes, inside one sentence of the
    whitespace-collapsed article (split at . ! ? and line breaks); answer 3-6 words, verbatim,
    inside the same sentence as one of the expect phrases; lenient items carry a note;
  * corpus: 1-4 distinct relative paths that exist under the corpus root;
  * drops carry a reason; "duplicate of an earlier set" is used exactly for questions that
    equal (case-insensitive, whitespace-collapsed) a question in another heldout-*.json.
On success writes dropped.txt (next to this script) and the JSON (2-space indent).
Usage: build.py [--out PATH]
"""
import datetime
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels  # noqa: E402

ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
EVAL_DIR = "/work/main/eval"
DEFAULT_OUT = os.path.join(EVAL_DIR, "heldout-harbours.json")
CURLY = "\u2018\u2019\u201c\u201d"
VOICES = [
    "beekeeping & honey producer IT (hive scale sensors, honey batch and jar traceability, farm-shop web orders)",
    "archaeology field unit IT (site survey data, finds database, field tablets, GIS plans)",
    "artisan cheese dairy / creamery IT (milk intake records, maturing-room sensors, lab test results)",
    "sawmill & timber yard IT (saw optimiser PCs, kiln-drying controllers, timber grading certificates)",
    "car wash chain IT (wash-bay controllers, subscription plate readers, payment kiosks)",
    "court transcription / stenography agency IT (hearing audio recordings, transcript delivery portal, confidential case material)",
    "aquaculture / fish farm IT (sea-pen sensors, feeding barge controllers, fish health reports)",
    "dry-cleaning & laundry chain IT (garment barcode tags, collection lockers, shop tills)",
]
EXPECTED_LINES = {"seed": 80, "corpus": 40, "offtopic": 40}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        for s in re.split(r"(?<=[.!?])\s*", line):
            s = s.strip()
            if s:
                out.append(s)
    return out


def find_in(sent, phrase):
    """Phrase occurs in sentence at word boundaries."""
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", sent) is not None


def main(argv):
    out_path = DEFAULT_OUT
    if "--out" in argv:
        out_path = argv[argv.index("--out") + 1]
    problems = []

    # 1. freeze hashes
    frozen = open(os.path.join(HERE, "FROZEN.txt"), encoding="utf-8").read().splitlines()
    hashes = {}
    for line in frozen:
        m = re.match(r"^([0-9a-f]{64})\s+\*?(\S+)$", line)
        if m:
            hashes[m.group(2)] = m.group(1)
    freeze_time = frozen[-1].strip() if frozen else ""
    for section, fname in labels.DRAFTS.items():
        path = os.path.join(HERE, fname)
        got = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if hashes.get(fname) != got:
            problems.append(f"freeze: hash mismatch for {fname} (frozen {hashes.get(fname)}, now {got})")

    # earlier sets, for the duplicate rule
    earlier = {}
    for f in sorted(glob.glob(os.path.join(EVAL_DIR, "heldout-*.json"))):
        if os.path.basename(f) == os.path.basename(out_path):
            continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append(f"cannot read {f}: {e}")
            continue
        for sec in ("seed", "corpus", "offtopic"):
            for it in d.get(sec, []) or []:
                q = it if isinstance(it, str) else (it.get("q") if isinstance(it, dict) else None)
                if isinstance(q, str):
                    earlier.setdefault(norm(q), os.path.basename(f))

    art = open(ARTICLE, encoding="utf-8").read()
    sents = sentences(art)

    rows = labels.labelled()
    result = {"seed": [], "corpus": [], "offtopic": []}
    dropped = []
    counts = {}
    for section, expected_n in EXPECTED_LINES.items():
        lines = open(os.path.join(HERE, labels.DRAFTS[section]), encoding="utf-8").read().splitlines()
        if len(lines) != expected_n:
            problems.append(f"{section}: draft has {len(lines)} lines, expected {expected_n}")
        nums = [n for n, _, _ in rows[section]]
        seen = set()
        for n in nums:
            if n in seen:
                problems.append(f"{section}: line {n} labelled more than once")
            seen.add(n)
        missing = sorted(set(range(1, len(lines) + 1)) - seen)
        extra = sorted(seen - set(range(1, len(lines) + 1)))
        if missing:
            problems.append(f"{section}: no decision for lines {missing}")
        if extra:
            problems.append(f"{section}: decisions for non-existent lines {extra}")
        kept = 0
        for n, q, d in sorted(rows[section], key=lambda r: r[0]):
            where = f"{section}:{n}"
            if q is None or not (1 <= n <= len(lines)) or q != lines[n - 1]:
                problems.append(f"{where}: question is not the frozen draft line verbatim")
                continue
            if not isinstance(d, dict) or "keep" not in d:
                problems.append(f"{where}: malformed decision {d!r}")
                continue
            is_dup = norm(q) in earlier
            if not d["keep"]:
                reason = d.get("reason", "")
                if not isinstance(reason, str) or not reason.strip():
                    problems.append(f"{where}: drop without a reason")
                if reason == labels.DUP and not is_dup:
                    problems.append(f"{where}: marked duplicate but matches no earlier set")
                if is_dup and reason != labels.DUP:
                    problems.append(f"{where}: duplicates {earlier[norm(q)]} but reason is not '{labels.DUP}'")
                dropped.append((section, n, q, reason))
                continue
            if is_dup:
                problems.append(f"{where}: kept but duplicates a question in {earlier[norm(q)]}")
            kept += 1
            if section == "seed":
                allowed = {"keep", "expect", "answer", "lenient", "note"}
                if set(d) - allowed:
                    problems.append(f"{where}: unexpected keys {sorted(set(d) - allowed)}")
                exp = d.get("expect")
                ans = d.get("answer")
                if not isinstance(exp, list) or not 1 <= len(exp) <= 3:
                    problems.append(f"{where}: expect must be a list of 1-3 phrases")
                    exp = exp if isinstance(exp, list) else []
                if len(set(exp)) != len(exp):
                    problems.append(f"{where}: repeated expect phrase")
                exp_sents = set()
                for p in exp:
                    if not isinstance(p, str):
                        problems.append(f"{where}: non-string expect {p!r}")
                        continue
                    if len(p.split()) < 5:
                        problems.append(f"{where}: expect phrase under 5 words: {p!r}")
                    if any(c in p for c in CURLY):
                        problems.append(f"{where}: curly quote in expect phrase {p!r}")
                    if p != re.sub(r"\s+", " ", p).strip():
                        problems.append(f"{where}: expect phrase has stray whitespace {p!r}")
                    hits = [i for i, s in enumerate(sents) if find_in(s, p)]
                    if not hits:
                        problems.append(f"{where}: expect phrase not inside any one article sentence: {p!r}")
                    exp_sents.update(hits)
                if not isinstance(ans, str) or not 3 <= len(ans.split()) <= 6:
                    problems.append(f"{where}: answer must be 3-6 words: {ans!r}")
                elif any(c in ans for c in CURLY):
                    problems.append(f"{where}: curly quote in answer {ans!r}")
                elif not any(find_in(sents[i], ans) for i in exp_sents):
                    problems.append(f"{where}: answer {ans!r} not inside a sentence holding an expect phrase")
                if d.get("lenient") is not None and d.get("lenient") is not True:
                    problems.append(f"{where}: lenient must be True or absent")
                if d.get("lenient") and not (isinstance(d.get("note"), str) and d["note"].strip()):
                    problems.append(f"{where}: lenient item without a note")
                item = {"q": q, "expect": list(exp), "answer": ans}
                if d.get("lenient"):
                    item["lenient"] = True
                if d.get("note"):
                    item["note"] = d["note"]
                item["_line"] = n
                result["seed"].append(item)
            elif section == "corpus":
                paths = d.get("expectSource")
                if set(d) - {"keep", "expectSource"}:
                    problems.append(f"{where}: unexpected keys")
                if not isinstance(paths, list) or not 1 <= len(paths) <= 4:
                    problems.append(f"{where}: expectSource must list 1-4 paths")
                    paths = paths if isinstance(paths, list) else []
                if len(set(paths)) != len(paths):
                    problems.append(f"{where}: repeated path")
                for p in paths:
                    if not isinstance(p, str) or p.startswith("/") or ".." in p.split("/"):
                        problems.append(f"{where}: path not relative to corpus root: {p!r}")
                    elif not os.path.isfile(os.path.join(CORPUS_ROOT, p)):
                        problems.append(f"{where}: path does not exist: {p}")
                result["corpus"].append({"q": q, "expectSource": list(paths)})
            else:
                if set(d) != {"keep"}:
                    problems.append(f"{where}: unexpected keys")
                result["offtopic"].append(q)
        counts[section] = (kept, len(lines))

    if problems:
        print(f"build.py: {len(problems)} problem(s); nothing written")
        for p in problems:
            print("  -", p)
        return 1

    # per-voice counts
    per_voice = []
    for i, v in enumerate(VOICES):
        lo, hi = 10 * i + 1, 10 * i + 10
        k = sum(1 for it in result["seed"] if lo <= it["_line"] <= hi)
        per_voice.append((v, k, lo, hi))
    for it in result["seed"]:
        del it["_line"]
    n_len = sum(1 for it in result["seed"] if it.get("lenient"))
    dup_n = sum(1 for r in dropped if r[3] == labels.DUP)
    dup_corpus = sum(1 for r in dropped if r[3] == labels.DUP and r[0] == "corpus")
    built = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    hash_txt = "; ".join(f"{f} {hashes[f]}" for f in labels.DRAFTS.values())
    about = (
        "Blind held-out set 'harbours' for the containers-vs-VMs Slack bot. "
        "Method (copied from drafts/marinas; only its README.md and build.py were read beforehand; voices already used "
        "read from /work/notes/used-voices48.txt plus drafts/marinas/voices.txt, eight new ones picked, union written to "
        "/work/notes/used-voices49.txt): corpus file NAMES listed first (corpus-filenames.txt, no contents opened); 160 "
        "questions drafted before opening any knowledge document, corpus content or other eval set (80 seed in 8 new "
        "voices x10; 40 corpus questions written from file names only: podman 16, firecracker 12, kata 12, topics "
        "chosen to differ from marinas'; 40 off-topic: 27 near-domain (prices, CVE ids, kubectl, versions, general IT) "
        f"+ 13 everyday); drafts frozen with sha256 at {freeze_time} ({hash_txt}); only then labelled in "
        "labels.py (written from scratch; one decision per draft line, question copied programmatically): seed against "
        "/work/main/knowledge/containers-vs-vms.md only (kept if the article answers it as asked, lenient with a note if "
        "it answers the core but not every detail; expect = 1-3 verbatim phrases >= 5 words inside one sentence, answer = "
        "verbatim 3-6 words inside a sentence holding an expect phrase; sentences split at . ! ? and line breaks of the "
        "whitespace-collapsed article); corpus by reading the head of each expected file in /work/shared/corpus "
        "(1-4 answering files, paths relative to the corpus root; a question no file answers is dropped); off-topic by "
        "grepping each question's distinctive terms in article and corpus (dropped only if a document actually answers "
        "it); any question equal (case-insensitive, whitespace-collapsed) to one in an existing heldout-*.json dropped as "
        "a duplicate. Questions never reworded; "
        f"items in draft order. Built {built} by build.py (re-checks hashes and every rule; writes nothing on any failure). "
        f"Counts kept/drafted: seed {counts['seed'][0]}/{counts['seed'][1]} ("
        + "; ".join(f"{v} {k}/10 (lines {lo}-{hi})" for v, k, lo, hi in per_voice)
        + f"), {n_len} of them lenient; corpus {counts['corpus'][0]}/{counts['corpus'][1]}; "
        f"off-topic {counts['offtopic'][0]}/{counts['offtopic'][1]}; {dup_n} drops were duplicates of earlier "
        f"sets ({dup_corpus} of them among the corpus questions). "
        "Judgement calls: the article is qualitative and names no products or figures, so start-up time, containers per "
        "server, RAM and disk-space questions are kept on the comparative answer (lenient where a figure is asked); "
        "backing up a container, what Docker is, embedded wash-bay controllers, GPU access for speech-to-text, Linux "
        "containers on a Windows server and whether Kubernetes is needed are dropped because the article does not "
        "address them; 'which should I pick' questions are kept where one article criterion decides (a LoRa kernel "
        "module and a modbus kernel driver -> VM strict via specific OS configurations or kernel modules; confidential "
        "survey data, listeria lab results, court hearing recordings, customer payment details and an untrusted "
        "supplier app -> VM strict via untrusted or sensitive workloads; food-safety traceability, audited grading "
        "certificates, number plates under GDPR, card-handling kiosks and regulator reports lenient; June honey "
        "demand, Monday-morning portal peaks, sunny-Saturday surges and after-work locker spikes -> containers strict; "
        "Windows-only GIS and stenography software, a Windows XP-era weighbridge program and a till tied to one Windows "
        "build -> VM via full OS compatibility, lenient; an old CentOS release and a fixed vendor image lenient on the "
        "specific-OS criterion); hypervisor (role only), whether containers need one, managing many containers, no "
        "devops person, container isolation mechanism, multi-site roll-out, Azure, migration without downtime, how hard "
        "migration is and 24/7 stability lenient; 'less secure?' and cross-container compromise kept strict with a "
        "note that the article's FAQ contradicts its main text. Corpus: one question (firecracker network tuning) "
        "dropped because network-performance.md gives measured numbers only. Off-topic: no question dropped as "
        "answered; hits incidental (CVSS only in podman's CNCF self-assessment, 'Windows 11' only as podman's OS "
        "requirement, lsof only in a podman-machine troubleshooting fix, VPN/IPv6/static IP only as container "
        "networking options, postgres only as an image name, 'expenses' in the article only as licensing cost). "
        "Details: drafts/harbours/README.md and dropped.txt."
    )
    out = {"about": about, "seed": result["seed"], "corpus": result["corpus"], "offtopic": result["offtopic"]}
    text = json.dumps(out, indent=2, ensure_ascii=False) + "\n"
    dtxt = "".join(f"{s}\t{n}\t{q}\t{r}\n" for s, n, q, r in dropped)
    with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as fh:
        fh.write("section\tline\tquestion\treason\n" + dtxt)
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {out_path}: seed {counts['seed'][0]}/{counts['seed'][1]} ({n_len} lenient), "
          f"corpus {counts['corpus'][0]}/{counts['corpus'][1]}, offtopic {counts['offtopic'][0]}/{counts['offtopic'][1]}")
    for v, k, lo, hi in per_voice:
        print(f"  {v}: {k}/10")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
