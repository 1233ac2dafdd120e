#!/usr/bin/env python3
"""Validate draft + labels against the frozen hash and the article, then write
the held-out set and dropped.txt (temp files + os.replace). Any failed check:
print errors, write nothing, exit 1."""
import argparse, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--dir", default=HERE, help="folder holding draft.json, FROZEN.txt, labels.json")
ap.add_argument("--article", default="/work/main/knowledge/containers-vs-vms.md")
ap.add_argument("--out", default="/work/main/eval/conversations/seed-31.json")
ap.add_argument("--dropped", default=None, help="default: <dir>/dropped.txt")
args = ap.parse_args()
dropped_path = args.dropped or os.path.join(args.dir, "dropped.txt")

CURLY = "\u2018\u2019\u201c\u201d"
errors = []
def err(m): errors.append(m)

def main():
    p = lambda n: os.path.join(args.dir, n)
    raw = open(p("draft.json"), "rb").read()
    digest = hashlib.sha256(raw).hexdigest()
    frozen = open(p("FROZEN.txt")).read().splitlines()
    if len(frozen) < 2:
        err("FROZEN.txt must have hash line and date line"); return None
    fparts = frozen[0].split()
    if len(fparts) != 2 or fparts[1] != "draft.json" or not re.fullmatch(r"[0-9a-f]{64}", fparts[0]):
        err("FROZEN.txt first line malformed"); return None
    if fparts[0] != digest:
        err(f"draft.json sha256 {digest} != FROZEN {fparts[0]}")
    freeze_time = frozen[1].strip()

    draft = json.loads(raw)
    # draft shape: list of {context: 1-3 strings, q: string[, chatter: true]}, chatter only at CHATTER_AT
    CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
    if not isinstance(draft, list) or not draft:
        err("draft.json must be a non-empty list"); return None
    for i, item in enumerate(draft):
        ctx = item.get("context") if isinstance(item, dict) else None
        if not isinstance(ctx, list) or not 1 <= len(ctx) <= 3 or not all(isinstance(m, str) and m.strip() for m in ctx):
            err(f"draft {i}: context must be 1-3 non-empty strings")
        if not isinstance(item.get("q"), str) or not item["q"].strip():
            err(f"draft {i}: q missing")
        if set(item) - {"context", "q", "chatter"}:
            err(f"draft {i}: unexpected keys {sorted(set(item) - {'context', 'q', 'chatter'})}")
        if "chatter" in item and item["chatter"] is not True:
            err(f"draft {i}: chatter must be true when present")
        if bool(item.get("chatter")) != (i in CHATTER_AT):
            err(f"draft {i}: chatter flag {bool(item.get('chatter'))} but chatter indices are {sorted(CHATTER_AT)}")
    if errors: return None
    lab = json.load(open(p("labels.json")))
    labels, notes = lab["labels"], lab.get("notes", [])

    art_raw = open(args.article, encoding="utf-8").read()
    art = " ".join(art_raw.split())
    sentences = [" ".join(s.split()) for s in re.split(r"[.!?\n]", art_raw)]
    sentences = [s for s in sentences if s]
    def sents_with(ph): return [i for i, s in enumerate(sentences) if ph in s]

    # coverage: one decision per index
    seen = {}
    for k, l in enumerate(labels):
        i = l.get("index")
        if not isinstance(i, int) or not 0 <= i < len(draft):
            err(f"label #{k}: bad index {i!r}"); continue
        if i in seen: err(f"index {i}: duplicate decision")
        seen[i] = l
    missing = sorted(set(range(len(draft))) - set(seen))
    if missing: err(f"missing decisions for indices {missing}")

    for i, l in sorted(seen.items()):
        d = l.get("decision")
        item = draft[i]
        if l.get("q") != item["q"]:
            err(f"index {i}: label q {l.get('q')!r} != draft q {item['q']!r}")
        if d not in ("KEEP", "DROP", "CHATTER"):
            err(f"index {i}: bad decision {d!r}"); continue
        if (d == "CHATTER") != bool(item.get("chatter")):
            err(f"index {i}: decision {d} vs draft chatter flag {bool(item.get('chatter'))}")
        if d == "DROP":
            r = l.get("reason")
            if not isinstance(r, str) or not r.strip(): err(f"index {i}: DROP without reason")
            if "expect" in l or "answer" in l: err(f"index {i}: DROP carries expect/answer")
        elif d == "CHATTER":
            if "expect" in l or "answer" in l: err(f"index {i}: CHATTER carries expect/answer")
        else:
            ex, ans = l.get("expect"), l.get("answer")
            if not isinstance(ex, list) or not 1 <= len(ex) <= 3:
                err(f"index {i}: expect must be a list of 1-3 phrases"); continue
            ex_sents = set()
            for ph in ex:
                if not isinstance(ph, str): err(f"index {i}: non-string expect"); continue
                if any(c in ph for c in CURLY): err(f"index {i}: curly quote in expect {ph!r}")
                if len(ph.split()) < 5: err(f"index {i}: expect under 5 words {ph!r}")
                if ph != " ".join(ph.split()): err(f"index {i}: expect has irregular whitespace {ph!r}")
                if ph not in art: err(f"index {i}: expect not verbatim in article {ph!r}")
                ss = sents_with(ph)
                if not ss: err(f"index {i}: expect not inside a single sentence {ph!r}")
                ex_sents.update(ss)
            if not isinstance(ans, str): err(f"index {i}: answer missing"); continue
            if any(c in ans for c in CURLY): err(f"index {i}: curly quote in answer {ans!r}")
            if not 3 <= len(ans.split()) <= 6: err(f"index {i}: answer not 3-6 words {ans!r}")
            if ans not in art: err(f"index {i}: answer not verbatim in article {ans!r}")
            a_s = set(sents_with(ans))
            if not a_s: err(f"index {i}: answer not inside a single sentence {ans!r}")
            elif not (a_s & ex_sents): err(f"index {i}: answer shares no sentence with an expect phrase {ans!r}")
    if errors: return None

    kept = [(i, seen[i]) for i in range(len(draft)) if seen[i]["decision"] == "KEEP"]
    chat = [i for i in range(len(draft)) if seen[i]["decision"] == "CHATTER"]
    drop = [i for i in range(len(draft)) if seen[i]["decision"] == "DROP"]
    conv = [{"context": draft[i]["context"], "q": draft[i]["q"], "expect": l["expect"], "answer": l["answer"]}
            for i, l in kept]
    random.Random(105).shuffle(conv)
    chatter = [{"context": draft[i]["context"], "q": draft[i]["q"]} for i in chat]
    multi = lambda idxs: sum(1 for i in idxs if len(draft[i]["context"]) >= 2)
    about = (
        "Held-out Slack thread follow-up set (round conversations-31) for the containers-vs-VMs bot. Method: "
        f"{len(draft)} follow-ups (each with one to three earlier thread messages, the first usually a question to the bot about containers vs VMs written without an @bot prefix, sometimes a remark) "
        "were drafted blind, before the article or any earlier question set was read (only the previous round's method README and validator), in varied voices (one-worders, non-native English, typos, sarcasm, disagreement, aspect switches, "
        "same-question-of-the-other-side, own-case recommendation asks, requests for a shorter/simpler version or an example), including deliberately out-of-scope asks "
        "(Kubernetes pod disruption budgets, Docker Compose profiles, libvirt snapshot chains, OCI registry garbage collection, overlayfs whiteout files, Istio sidecar injection, Kubernetes init containers, container nofile ulimits, vCPU hotplug, SELinux volume labels, OVF export and import, BuildKit build secrets) and thread chatter; the draft was then frozen by sha256. Only afterwards was "
        "knowledge/containers-vs-vms.md read and each item labelled KEEP, DROP or CHATTER exactly once, without rewording. A KEEP means the article answers the "
        "follow-up as read in its thread; expect holds 1-3 verbatim article phrases (5+ words, inside one sentence, no curly quotes) and answer a verbatim 3-6 word "
        "phrase sharing a sentence with one of them. Chatter (not an ask to the bot) is listed separately under \"chatter\" in draft order (no expect/answer). "
        "Kept items were shuffled with random.Random(105). "
        f"Counts: {len(draft)} drafted ({multi(range(len(draft)))} with two or three context messages), {len(conv)} kept answerable ({multi([i for i,_ in kept])} with two or three context messages), "
        f"{len(chatter)} chatter, {len(drop)} dropped. Draft sha256 {digest}, frozen {freeze_time}. "
        "Judgement calls: " + " ".join(notes)
    )
    out = {"about": about, "conversations": conv, "chatter": chatter}
    dropped_txt = "".join(f"{i}\t{draft[i]['q']}\t{seen[i]['reason']}\n" for i in drop)
    return out, dropped_txt

try:
    res = main()
except Exception as e:  # malformed input counts as a failed check
    err(f"exception: {type(e).__name__}: {e}")
    res = None

if errors or res is None:
    for e in errors: print("FAIL:", e, file=sys.stderr)
    print(f"validation failed ({len(errors)} error(s)); nothing written", file=sys.stderr)
    sys.exit(1)

out, dropped_txt = res
t1, t2 = args.out + ".tmp", dropped_path + ".tmp"
with open(t1, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2); f.write("\n")
with open(t2, "w", encoding="utf-8") as f:
    f.write(dropped_txt)
os.replace(t1, args.out)
os.replace(t2, dropped_path)
print(f"OK: wrote {args.out} ({len(out['conversations'])} conversations, {len(out['chatter'])} chatter) and {dropped_path}")
