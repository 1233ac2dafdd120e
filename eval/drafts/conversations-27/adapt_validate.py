#!/usr/bin/env python3
"""Copy conversations-26/validate.py to ./validate.py with asserted replacements."""
import re
src = open("/work/main/eval/drafts/conversations-26/validate.py").read()
OLD_OOS = ("(multi-stage Dockerfile builds and image size, PID 1 and zombie reaping inside containers (tini), seccomp profiles, "
           "SR-IOV network card passthrough to VMs, vCPU pinning and NUMA placement, container storage drivers (overlay2 vs others), "
           "bridge vs host network mode for containers, cloud-init for VM first boot, Vagrant for developer VMs, Spectre/Meltdown-style "
           "side channels between VMs, container health checks and restart policies, Proxmox vs ESXi as a hypervisor product)")
NEW_OOS = ("(memory ballooning in VMs, GPU passthrough into containers (NVIDIA container toolkit), rootless containers and user namespaces, "
           "image vulnerability scanning (Trivy), gVisor as a sandbox runtime, nested virtualisation, KVM vs Xen as hypervisors, "
           "container log drivers and log rotation, VM snapshots before upgrades, Docker Compose vs Swarm, clock drift and time sync in VMs, "
           "container DNS resolution between services)")
reps = [("seed-26.json", "seed-27.json", 1), ("random.Random(95)", "random.Random(97)", 2),
        ("(round conversations-26)", "(round conversations-27)", 1), (OLD_OOS, NEW_OOS, 1)]
out = src
for a, b, n in reps:
    assert out.count(a) == n, (a, out.count(a))
    out = out.replace(a, b)
for bad in ["95", "seed-26", "conversations-26", "Vagrant", "tini", "SR-IOV", "Proxmox"]:
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err(")
assert out.count("\n") == src.count("\n")
open("validate.py", "w").write(out)
print("ok")
