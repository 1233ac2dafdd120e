import json, os
d = json.load(open("/work/main/eval/heldout-fresh-corpus.json"))
root = "/work/shared/corpus"
bad = [(i["q"], p) for i in d["corpus"] for p in i["expectSource"] if not os.path.isfile(os.path.join(root, p))]
assert not bad, bad
assert all(1 <= len(i["expectSource"]) <= 3 for i in d["corpus"])
assert d["seed"] == [] and set(d) == {"about","seed","corpus","offtopic"}
print("OK corpus", len(d["corpus"]), "offtopic", len(d["offtopic"]))
