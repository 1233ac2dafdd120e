#!/usr/bin/env python3
"""Validate heldout-near.json: parses, phrases are article substrings, sources exist."""
import json, os, re, sys

OUT = "/work/qset-near/heldout-near.json"
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"
PHASE1 = "/work/qset-near/drafts/phase1.txt"

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

errs = []
data = json.load(open(OUT, encoding="utf-8"))
art = norm(open(ARTICLE, encoding="utf-8").read())
phase1 = {line.rstrip("\n")[4:] for line in open(PHASE1, encoding="utf-8") if line.strip()}

assert set(data) == {"seed", "corpus", "offtopic"}, data.keys()
for it in data["seed"]:
    assert set(it) == {"q", "expect", "answer"}, it
    if it["q"] not in phase1: errs.append("seed q not verbatim: " + it["q"])
    if not 1 <= len(it["expect"]) <= 2: errs.append("expect count: " + it["q"])
    for p in it["expect"]:
        if norm(p) not in art: errs.append("expect not in article: " + p)
        if not 5 <= len(p.split()) <= 12: errs.append("expect length %d: %s" % (len(p.split()), p))
    a = it["answer"]
    if norm(a) not in art: errs.append("answer not in article: " + a)
    if not 3 <= len(a.split()) <= 8: errs.append("answer length: " + a)
for it in data["corpus"]:
    assert set(it) == {"q", "expectSource"}, it
    if it["q"] not in phase1: errs.append("corpus q not verbatim: " + it["q"])
    if not it["expectSource"]: errs.append("no sources: " + it["q"])
    if len(set(it["expectSource"])) != len(it["expectSource"]): errs.append("dup source: " + it["q"])
    for p in it["expectSource"]:
        if not os.path.isfile(os.path.join(CORPUS_ROOT, p)): errs.append("missing source: " + p)
for q in data["offtopic"]:
    if not isinstance(q, str) or q not in phase1: errs.append("offtopic not verbatim: %r" % q)
allq = [i["q"] for i in data["seed"]] + [i["q"] for i in data["corpus"]] + data["offtopic"]
if len(allq) != len(set(allq)): errs.append("duplicate questions")

print("seed=%d corpus=%d offtopic=%d" % (len(data["seed"]), len(data["corpus"]), len(data["offtopic"])))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
