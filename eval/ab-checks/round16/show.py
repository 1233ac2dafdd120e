import json,sys
f=sys.argv[1]; pre=sys.argv[2]
for i,l in enumerate(open(f),1):
    d=json.loads(l)
    print(f"=== {pre}{i:02d}: {d['item']}")
    same = json.dumps(d['X'],sort_keys=True)==json.dumps(d['Y'],sort_keys=True)
    for b in ('X','Y'):
        r=d[b]
        if b=='Y' and same: print("  Y: (identical to X)"); continue
        print(f"  {b}: answered={r['answered']} conf={r['confidence']} rec={r['recommendation']}")
        for j,p in enumerate(r['passages'],1):
            print(f"    [{j}] {p['source']} | {p['heading']}\n        {p['snippet'][:400]}")
