#!/usr/bin/env python3
"""Copy ../conversations-21/validate.py to ./validate.py with asserted replacements."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-21", "validate.py"), encoding="utf-8").read()

OLD_OOS = ("(gVisor and Kata Containers sandboxes, WebAssembly runtimes, unikernels, confidential computing with AMD SEV "
           "or Intel TDX, nested virtualization, memory ballooning and KSM, the overlayfs storage driver, rootless Podman, "
           "eBPF tracing, multi-arch ARM images, VM live migration, VM backup tools)")
NEW_OOS = ("(SR-IOV network passthrough, cgroups v2 memory limits and the OOM killer, seccomp profiles, image signing with "
           "cosign, Firecracker microVMs, CPU pinning and NUMA placement for VMs, CRIU checkpoint/restore, GPU passthrough to VMs, "
           "distroless images, PID 1 and zombie reaping in containers, vTPM and Secure Boot for VMs, clock drift in VMs)")
reps = [
    ('default="/work/main/eval/conversations/seed-21.json"', 'default="/work/main/eval/conversations/seed-22.json"', 1),
    ("random.Random(85)", "random.Random(87)", 2),
    ("(round conversations-21)", "(round conversations-22)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
out = src
for old, new, n in reps:
    c = out.count(old)
    assert c == n, (old[:60], c, n)
    out = out.replace(old, new)
for bad in ("85", "seed-21", "conversations-21"):
    assert bad not in out, bad
for good in ("seed-22.json", "random.Random(87)", "conversations-22", "Firecracker microVMs"):
    assert good in out, good
assert out.count("random.Random(87)") == 2
dst = os.path.join(HERE, "validate.py")
open(dst, "w", encoding="utf-8").write(out)
os.chmod(dst, 0o755)
print("wrote", dst)
