#!/usr/bin/env python3
"""Copy ../conversations-23/validate.py to ./validate.py with asserted replacements only."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-23", "validate.py"), encoding="utf-8").read()

OLD_TOPICS = ("(rootless containers and user-namespace remapping, memory ballooning in hypervisors, nested virtualization, "
              "quiescing databases for VM snapshots, Docker log rotation, multi-arch arm64/amd64 images with buildx, hugepages for VM guests, "
              "registry pull rate limits and mirrors, virtio vs emulated devices, unikernels, thin vs thick VM disk provisioning, eBPF tracing of containers)")
NEW_TOPICS = ("(container image signing with cosign/Sigstore, Docker healthchecks and restart policies, seccomp/AppArmor profiles, "
              "Kubernetes CNI network plugins, clock drift/NTP in VM guests, multi-stage builds and distroless images, SR-IOV/PCI passthrough, "
              "CPU pinning and NUMA for VMs, Docker volumes vs bind mounts, cloud-init for VM templates, confidential computing with AMD SEV/Intel TDX, "
              "secrets management in containers)")
reps = [
    ('default="/work/main/eval/conversations/seed-23.json"', 'default="/work/main/eval/conversations/seed-24.json"', 1),
    ("random.Random(89)", "random.Random(91)", 2),
    ("(round conversations-23)", "(round conversations-24)", 1),
    (OLD_TOPICS, NEW_TOPICS, 1),
]
out = src
for old, new, n in reps:
    c = out.count(old)
    assert c == n, (old[:60], c, n)
    out = out.replace(old, new)
for bad in ("89", "seed-23", "conversations-23"):
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err(")
with open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8") as f:
    f.write(out)
print("validate.py written")
