#!/usr/bin/env python3
"""Copy ../conversations-27/validate.py to ./validate.py with asserted replacements only."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-27", "validate.py"), encoding="utf-8").read()

OLD_OOS = ("(memory ballooning in VMs, GPU passthrough into containers (NVIDIA container toolkit), rootless containers and user namespaces, "
           "image vulnerability scanning (Trivy), gVisor as a sandbox runtime, nested virtualisation, KVM vs Xen as hypervisors, "
           "container log drivers and log rotation, VM snapshots before upgrades, Docker Compose vs Swarm, clock drift and time sync in VMs, "
           "container DNS resolution between services)")
NEW_OOS = ("(VM live migration between hosts, cgroup memory limits and the OOM killer, multi-stage Dockerfile builds, seccomp profiles, "
           "thin-provisioned VM disks, container healthchecks and restart policies, Podman vs Docker, WSL2 on Windows laptops, unikernels, "
           "multi-arch (arm64) images, Docker Hub pull rate limits, cloud-init for VM first boot)")

reps = [
    ('default="/work/main/eval/conversations/seed-27.json"', 'default="/work/main/eval/conversations/seed-28.json"', 1),
    ("random.Random(97).shuffle(conv)", "random.Random(99).shuffle(conv)", 1),
    ("(round conversations-27)", "(round conversations-28)", 1),
    (OLD_OOS, NEW_OOS, 1),
    ("Kept items were shuffled with random.Random(97). ", "Kept items were shuffled with random.Random(99). ", 1),
]
out = src
for old, new, n in reps:
    c = out.count(old)
    assert c == n, (old[:60], c)
    out = out.replace(old, new)
for bad in ["97", "seed-27", "conversations-27", "Trivy", "gVisor", "Xen", "ballooning", "Swarm", "Vagrant", "tini", "SR-IOV", "Proxmox"]:
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err("), "err count changed"
assert len(out.splitlines()) == len(src.splitlines()), "line count changed"
open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8").write(out)
print("validate.py written")
