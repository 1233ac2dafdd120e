#!/usr/bin/env python3
"""Render X/Y answers compactly: id, item, per-build answered/confidence/recommendation/first passage.
Usage: render.py KIND [--diff-only] [--full]"""
import json, sys
kind = sys.argv[1]
diff_only = '--diff-only' in sys.argv
full = '--full' in sys.argv
prefix = {'article':'A','offtopic':'O','thread':'T','corpus':'C','offtopic-corpus':'OC'}[kind]
def summ(a):
    if not a['answered']:
        return 'DECLINED'
    p = a['passages'][0] if a['passages'] else None
    s = f"[{a['confidence']}]"
    if a.get('recommendation'):
        s += f" REC={json.dumps(a['recommendation'])[:300]}"
    if p:
        snip = p['snippet'] if full else p['snippet'][:260]
        s += f" {p['source']} :: {p['heading']} :: {snip}"
    return s
for i, l in enumerate(open(kind + '.jsonl'), 1):
    d = json.loads(l)
    same = json.dumps(d['X']) == json.dumps(d['Y'])
    first_same = summ(d['X']) == summ(d['Y'])
    if diff_only and same:
        continue
    tag = 'SAME' if same else ('FIRSTSAME' if first_same else 'DIFF')
    print(f"== {prefix}{i:02d} [{tag}] {d['item']}")
    print("  X:", summ(d['X']))
    if not first_same:
        print("  Y:", summ(d['Y']))
