#!/usr/bin/env python3
"""Break labels/drafts on throwaway copies in /tmp; every case must make
build.py fail (non-zero) and leave no output. Run: python3 test_build_checks.py"""
import os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["seed-draft.txt", "corpus-draft.txt", "offtopic-draft.txt", "FROZEN.txt", "labels.py", "build.py"]


def sub(old, new, count=1):
    def f(d):
        p = os.path.join(d, "labels.py")
        s = open(p).read()
        assert s.count(old) >= 1, old
        open(p, "w").write(s.replace(old, new, count))
    return f


def regex_drop(d, pattern):
    p = os.path.join(d, "labels.py")
    src = open(p).read()
    new = re.sub(pattern, "\n", src, count=1, flags=re.S)
    assert new != src
    open(p, "w").write(new)


def edit_file(name, fn):
    def f(d):
        p = os.path.join(d, name)
        os.chmod(p, 0o644)
        open(p, "w").write(fn(open(p).read()))
    return f


CASES = {
    "draft edited after freeze": edit_file("seed-draft.txt", lambda s: s.replace("conatiners", "containers")),
    "FROZEN.txt hash line removed": edit_file("FROZEN.txt", lambda s: "\n".join(l for l in s.splitlines() if "corpus-draft" not in l) + "\n"),
    "duplicate seed key": sub('    2: {"q": "do containers add latency', '    1: {"q": "do containers add latency'),
    "duplicate corpus key": sub('    40: {"q": "how do i run a privileged', '    39: {"q": "how do i run a privileged'),
    "non-int key": sub('    80: {"q": "is it worth migrating', '    "80": {"q": "is it worth migrating'),
    "missing decision": lambda d: regex_drop(d, r'\n    80: \{"q": "is it worth migrating.*?\n(?=\})'),
    "extra decision line": sub('OFFTOPIC = {', 'OFFTOPIC = {\n    41: {"q": "extra", "keep": True},'),
    "reworded question": sub('"q": "which scales better when we get a traffic spike, containers or vms"', '"q": "which scales better when we get a traffic spike: containers or vms"'),
    "expect not in article": sub('"leveraging their ability to quickly spin up and shut down"', '"leveraging their ability to rapidly spin up and shut down"'),
    "expect under 5 words": sub('"Both technologies have their place",', '"Both technologies have",'),
    "expect spans two sentences": sub('"you can run more containers on the same hardware compared to virtual machines"]', '"require a full OS instance. However, this sharing of the kernel"]'),
    "expect with curly apostrophe": sub('"VMs can be slightly slower to start"]', '"you\u2019ll often find that VMs can be slightly slower"]'),
    "four expect phrases": sub('"expect": ["containers can run seamlessly on virtual machines"],', '"expect": ["containers can run seamlessly on virtual machines", "Containers are more resource-efficient and ideal for microservices", "Both technologies have their place", "Virtual network integration allows containers to connect"],'),
    "answer 7 words": sub('"answer": "easier to contain security breaches"', '"answer": "easier to contain security breaches within a"'),
    "answer 2 words": sub('"answer": "additional licensing fees"', '"answer": "licensing fees"'),
    "answer not sharing sentence": sub('"answer": "requires careful navigation"', '"answer": "Both technologies have their place"'),
    "answer not in article": sub('"answer": "Test thoroughly in staging environments"', '"answer": "Test carefully in staging environments"'),
    "corpus path missing": sub('"expectSource": ["firecracker/docs/jailer.md"]', '"expectSource": ["firecracker/docs/jailer.txt"]'),
    "corpus path absolute": sub('"expectSource": ["kata/docs/hypervisors.md"]', '"expectSource": ["/work/shared/corpus/kata/docs/hypervisors.md"]'),
    "corpus path with ..": sub('"expectSource": ["kata/docs/how-to/privileged.md"]', '"expectSource": ["kata/../kata/docs/how-to/privileged.md"]'),
    "corpus no sources": sub('"expectSource": ["firecracker/docs/prod-host-setup.md"]', '"expectSource": []'),
    "drop without reason": sub('"reason": "vendor lock-in is not covered"', '"reason": "  "'),
    "drop missing reason key": sub(', "keep": False,\n         "reason": "Spark deployment options not covered"', ', "keep": False'),
    "keep without keep flag": sub('"q": "can i use kata containers with docker", "keep": True', '"q": "can i use kata containers with docker"'),
    "seed keep missing answer": sub(',\n         "answer": "run seamlessly on virtual machines"},\n    77', '},\n    77'),
    "table assigned twice": lambda d: open(os.path.join(d, "labels.py"), "a").write("\nOFFTOPIC = {}\n"),
    "table item assigned": lambda d: open(os.path.join(d, "labels.py"), "a").write("\nOFFTOPIC[41] = {'q': 'x', 'keep': True}\n"),
    "table augmented": lambda d: open(os.path.join(d, "labels.py"), "a").write("\nOFFTOPIC |= {41: {'q': 'x', 'keep': True}}\n"),
    "code in labels.py": lambda d: open(os.path.join(d, "labels.py"), "a").write("\nSEED.pop(2)\n"),
    "stray field on keep": sub('{"q": "whats the capital of australia", "keep": True}', '{"q": "whats the capital of australia", "keep": True, "expectSource": ["kata/README.md"]}'),
    "decision for line 99": sub('{"q": "what time zone is new zealand in", "keep": True}', '{"q": "what time zone is new zealand in", "keep": True}, 99: {"q": "x", "keep": True}'),
}


EXPECT = {'draft edited after freeze': 'hash mismatch', 'FROZEN.txt hash line removed': 'no hash for corpus-draft.txt', 'duplicate seed key': 'duplicate key', 'duplicate corpus key': 'duplicate key', 'non-int key': 'not an int', 'missing decision': 'no decision for draft lines [80]', 'extra decision line': 'nonexistent lines [41]', 'reworded question': 'does not match draft', 'expect not in article': 'not in article', 'expect under 5 words': 'under 5 words', 'expect spans two sentences': 'not inside one sentence', 'expect with curly apostrophe': 'curly quote', 'four expect phrases': '1-3 phrases', 'answer 7 words': '3-6 words', 'answer 2 words': '3-6 words', 'answer not sharing sentence': 'shares no sentence', 'answer not in article': 'answer not in article', 'corpus path missing': 'does not exist', 'corpus path absolute': 'bad relative path', 'corpus path with ..': 'bad relative path', 'corpus no sources': '1-3 paths', 'drop without reason': 'drop has no reason', 'drop missing reason key': 'drop has no reason', 'keep without keep flag': 'keep must be', 'seed keep missing answer': 'answer must be', 'table assigned twice': 'assigned more than once', 'table item assigned': 'only plain assignments', 'table augmented': 'only plain assignments', 'code in labels.py': 'only plain assignments', 'stray field on keep': 'unexpected fields', 'decision for line 99': 'nonexistent lines [99]'}


def run_case(name, breaker):
    d = tempfile.mkdtemp(prefix="desks-neg-", dir="/tmp")
    try:
        for f in FILES:
            shutil.copy(os.path.join(HERE, f), d)
        out = os.path.join(d, "out")
        os.mkdir(out)
        breaker(d)
        r = subprocess.run([sys.executable, os.path.join(d, "build.py"), "--desk", d,
                            "--out-json", os.path.join(out, "h.json"),
                            "--out-dropped", os.path.join(out, "dropped.txt")],
                           capture_output=True, text=True)
        left = os.listdir(out) + [x for x in os.listdir(d) if x.startswith(".tmp-") or x == "dropped.txt"]
        ok = r.returncode != 0 and not left and EXPECT[name] in r.stderr
        first = [l for l in r.stderr.splitlines() if EXPECT[name] in l][:1] or r.stderr.splitlines()[1:2]
        print(f"{'PASS' if ok else 'FAIL'}  {name:32s} rc={r.returncode} left={left} {first}")
        return ok
    finally:
        shutil.rmtree(d)


def control():
    d = tempfile.mkdtemp(prefix="desks-ok-", dir="/tmp")
    try:
        for f in FILES:
            shutil.copy(os.path.join(HERE, f), d)
        out = os.path.join(d, "out"); os.mkdir(out)
        r = subprocess.run([sys.executable, os.path.join(d, "build.py"), "--desk", d,
                            "--out-json", os.path.join(out, "h.json"),
                            "--out-dropped", os.path.join(out, "dropped.txt")], capture_output=True, text=True)
        ok = r.returncode == 0 and sorted(os.listdir(out)) == ["dropped.txt", "h.json"]
        print(f"{'PASS' if ok else 'FAIL'}  control (unbroken copy builds)  {r.stdout.strip()}")
        return ok
    finally:
        shutil.rmtree(d)


if __name__ == "__main__":
    assert set(EXPECT) == set(CASES)
    results = [control()] + [run_case(n, b) for n, b in CASES.items()]
    print(f"{sum(results)}/{len(results)} passed")
    sys.exit(0 if all(results) else 1)
