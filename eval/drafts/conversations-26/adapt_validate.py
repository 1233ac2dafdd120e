#!/usr/bin/env python3
"""Copy ../conversations-25/validate.py to ./validate.py with asserted replacements only."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-25", "validate.py"), encoding="utf-8").read()

OLD_OOS = ("(Docker Hub pull rate limits and registry mirrors, qcow2 vs VMDK disk image formats, memory ballooning in hypervisors, "
           "nested virtualization, container log rotation and logging drivers, cgroups v1 vs v2, Docker Desktop file-sharing speed on macOS, "
           "Windows containers process vs Hyper-V isolation, unikernels, VM live migration (vMotion), eBPF tracing of containers, "
           "time zones and locales inside container images)")
NEW_OOS = ("(multi-stage Dockerfile builds and image size, PID 1 and zombie reaping inside containers (tini), seccomp profiles, "
           "SR-IOV network card passthrough to VMs, vCPU pinning and NUMA placement, container storage drivers (overlay2 vs others), "
           "bridge vs host network mode for containers, cloud-init for VM first boot, Vagrant for developer VMs, "
           "Spectre/Meltdown-style side channels between VMs, container health checks and restart policies, Proxmox vs ESXi as a hypervisor product)")

reps = [
    ('default="/work/main/eval/conversations/seed-25.json"', 'default="/work/main/eval/conversations/seed-26.json"', 1),
    ("random.Random(93)", "random.Random(95)", 2),
    ("(round conversations-25)", "(round conversations-26)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
out = src
for old, new, n in reps:
    c = out.count(old)
    assert c == n, (old, c, n)
    out = out.replace(old, new)
for bad in ("93", "seed-25", "conversations-25", "Docker Hub", "unikernels", "cosign"):
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err("), "err( count changed"
assert out.count("\n") == src.count("\n"), "line count changed"
open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8").write(out)
print("validate.py written;", out.count("err("), "err( calls,", out.count("\n"), "lines")
