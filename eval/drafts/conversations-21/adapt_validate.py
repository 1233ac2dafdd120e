#!/usr/bin/env python3
"""Copy ../conversations-20/validate.py to ./validate.py with names adapted; each replacement asserted."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-20", "validate.py"), encoding="utf-8").read()
OLD_OOS = ("(Firecracker microVMs, SR-IOV network passthrough, seccomp and AppArmor profiles, image signing with cosign, "
           "VMware licensing after the Broadcom deal, NUMA pinning, VM clock drift, Docker Desktop licensing, cgroup v2 memory limits, "
           "Hyper-V vs KVM, distroless image size, CPU hot-plug)")
NEW_OOS = ("(gVisor and Kata Containers sandboxes, WebAssembly runtimes, unikernels, confidential computing with AMD SEV or Intel TDX, "
           "nested virtualization, memory ballooning and KSM, the overlayfs storage driver, rootless Podman, eBPF tracing, "
           "multi-arch ARM images, VM live migration, VM backup tools)")
REPL = [
    ('"/work/main/eval/conversations/seed-20.json"', '"/work/main/eval/conversations/seed-21.json"', 1),
    ("random.Random(83)", "random.Random(85)", 2),
    ("(round conversations-20)", "(round conversations-21)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
out = src
for old, new, n in REPL:
    c = out.count(old)
    assert c == n, (old[:60], c, n)
    out = out.replace(old, new)
for old, _, _ in REPL:
    assert old not in out, old[:60]
assert "83" not in out and "seed-20" not in out and "conversations-20" not in out
open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8").write(out)
print("validate.py written")
