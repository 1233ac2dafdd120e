#!/usr/bin/env python3
"""Copy ../conversations-19/validate.py with names adapted; every replacement asserted to hit exactly as expected."""
src = open("../conversations-19/validate.py", encoding="utf-8").read()
old_topics = ("(live migration, nested virtualization, rootless Podman, gVisor and Kata Containers, CNI plugins, Kubernetes persistent volumes, "
              "unikernels, confidential computing (SEV-SNP/TDX), WebAssembly, Spectre-style side channels, amd64 images on Apple silicon, "
              "memory ballooning and overcommit, power draw per workload, benchmark figures)")
new_topics = ("(Firecracker microVMs, SR-IOV network passthrough, seccomp and AppArmor profiles, image signing with cosign, "
              "VMware licensing after the Broadcom deal, NUMA pinning, VM clock drift, Docker Desktop licensing, cgroup v2 memory limits, "
              "Hyper-V vs KVM, distroless image size, CPU hot-plug, per-VM licence costs)")
reps = [
    ('default="/work/main/eval/conversations/seed-19.json"', 'default="/work/main/eval/conversations/seed-20.json"', 1),
    ("random.Random(81)", "random.Random(83)", 2),
    ("(round conversations-19)", "(round conversations-20)", 1),
    (old_topics, new_topics, 1),
]
for a, b, n in reps:
    c = src.count(a)
    assert c == n, (a[:60], c, n)
    src = src.replace(a, b)
for a, b, n in reps:
    assert src.count(a) == 0 and src.count(b) == n, a[:60]
assert "seed-19" not in src and "Random(81)" not in src and "conversations-19" not in src
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in src
open("validate.py", "w", encoding="utf-8").write(src)
print("validate.py written")
