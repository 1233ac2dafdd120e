#!/usr/bin/env python3
"""Copy ../conversations-30/validate.py to ./validate.py with asserted exact replacements
for round conversations-31 (seed-31.json, random.Random(105), new out-of-scope list)."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-30", "validate.py"), encoding="utf-8").read()

OLD_OOS = ("(Helm charts vs plain manifests, Docker HEALTHCHECK intervals and retries, custom AppArmor profiles, "
           "Firecracker microVMs, Kata Containers as a runtime, hypervisor CPU steal time, distroless base images, "
           "cosign image signing, macvlan vs bridge container networking, buildx multi-arch builds under QEMU, "
           "multi-stage Dockerfile builds, reclaiming space from thin-provisioned VM disks)")
NEW_OOS = ("(Kubernetes pod disruption budgets, Docker Compose profiles, libvirt snapshot chains, OCI registry "
           "garbage collection, overlayfs whiteout files, Istio sidecar injection, Kubernetes init containers, "
           "container nofile ulimits, vCPU hotplug, SELinux volume labels, OVF export and import, BuildKit build secrets)")
REPL = [
    ('default="/work/main/eval/conversations/seed-30.json"', 'default="/work/main/eval/conversations/seed-31.json"', 1),
    ("random.Random(103)", "random.Random(105)", 2),
    ("(round conversations-30)", "(round conversations-31)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
out = src
for old, new, n in REPL:
    c = out.count(old)
    assert c == n, (old[:60], c, n)
    out = out.replace(old, new)

for gone in ["Random(103)", "Random(101)", "seed-30", "seed-29", "conversations-30", "conversations-29",
             "Helm", "HEALTHCHECK", "AppArmor", "Firecracker", "Kata", "steal time", "distroless", "cosign",
             "macvlan", "buildx", "multi-stage", "thin-provisioned"]:
    assert gone not in out, gone
for present in ["CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}", "random.Random(105)", "seed-31.json",
                "(round conversations-31)", "whiteout"]:
    assert present in out, present
assert out.count("err(") == src.count("err("), "err( count changed"
assert len(out.splitlines()) == len(src.splitlines()), "line count changed"
dst = os.path.join(HERE, "validate.py")
assert not os.path.exists(dst), "validate.py already exists"
open(dst, "w", encoding="utf-8").write(out)
os.chmod(dst, 0o755)
print("wrote", dst, "err( calls:", out.count("err("), "lines:", len(out.splitlines()))
