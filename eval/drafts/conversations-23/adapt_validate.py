#!/usr/bin/env python3
"""Copy ../conversations-22/validate.py to ./validate.py with asserted replacements."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-22", "validate.py"), encoding="utf-8").read()

OLD_OOS = ("(SR-IOV network passthrough, cgroups v2 memory limits and the OOM killer, seccomp profiles, image signing with cosign, "
           "Firecracker microVMs, CPU pinning and NUMA placement for VMs, CRIU checkpoint/restore, GPU passthrough to VMs, "
           "distroless images, PID 1 and zombie reaping in containers, vTPM and Secure Boot for VMs, clock drift in VMs)")
NEW_OOS = ("(rootless containers and user-namespace remapping, memory ballooning in hypervisors, nested virtualization, "
           "quiescing databases for VM snapshots, Docker log rotation, multi-arch arm64/amd64 images with buildx, hugepages for VM guests, "
           "registry pull rate limits and mirrors, virtio vs emulated devices, unikernels, thin vs thick VM disk provisioning, eBPF tracing of containers)")
reps = [
    ('default="/work/main/eval/conversations/seed-22.json"', 'default="/work/main/eval/conversations/seed-23.json"', 1),
    ("random.Random(87)", "random.Random(89)", 2),
    ("(round conversations-22)", "(round conversations-23)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
for old, new, n in reps:
    c = src.count(old)
    assert c == n, (old[:60], c, n)
    src = src.replace(old, new)
for bad in ("87", "seed-22", "conversations-22"):
    assert bad not in src, bad
for good, n in (("seed-23.json", 1), ("random.Random(89)", 2), ("conversations-23", 1), ("CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}", 1)):
    assert src.count(good) == n, good
open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8").write(src)
print("validate.py written")
