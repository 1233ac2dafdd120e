#!/usr/bin/env python3
"""Copy ../conversations-24/validate.py to ./validate.py with asserted replacements only."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-24", "validate.py"), encoding="utf-8").read()

OLD_OOS = ("(container image signing with cosign/Sigstore, Docker healthchecks and restart policies, seccomp/AppArmor profiles, "
           "Kubernetes CNI network plugins, clock drift/NTP in VM guests, multi-stage builds and distroless images, SR-IOV/PCI passthrough, "
           "CPU pinning and NUMA for VMs, Docker volumes vs bind mounts, cloud-init for VM templates, confidential computing with AMD SEV/Intel TDX, "
           "secrets management in containers)")
NEW_OOS = ("(Docker Hub pull rate limits and registry mirrors, qcow2 vs VMDK disk image formats, memory ballooning in hypervisors, "
           "nested virtualization, container log rotation and logging drivers, cgroups v1 vs v2, Docker Desktop file-sharing speed on macOS, "
           "Windows containers process vs Hyper-V isolation, unikernels, VM live migration (vMotion), eBPF tracing of containers, "
           "time zones and locales inside container images)")

def rep(s, old, new, count):
    n = s.count(old)
    assert n == count, (old, n, count)
    return s.replace(old, new)

out = src
out = rep(out, '"/work/main/eval/conversations/seed-24.json"', '"/work/main/eval/conversations/seed-25.json"', 1)
out = rep(out, "random.Random(91)", "random.Random(93)", 2)
out = rep(out, "(round conversations-24)", "(round conversations-25)", 1)
out = rep(out, OLD_OOS, NEW_OOS, 1)
for bad in ("91", "seed-24", "conversations-24", "cosign"):
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err(") == 33
assert len(out.splitlines()) == len(src.splitlines())
open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8").write(out)
print("validate.py written")
