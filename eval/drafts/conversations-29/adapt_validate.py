#!/usr/bin/env python3
"""Copy ../conversations-28/validate.py to ./validate.py with this round's changes (asserting replace)."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-28", "validate.py"), encoding="utf-8").read()
OLD_OOS = ("(VM live migration between hosts, cgroup memory limits and the OOM killer, multi-stage Dockerfile builds, seccomp profiles, "
           "thin-provisioned VM disks, container healthchecks and restart policies, Podman vs Docker, WSL2 on Windows laptops, unikernels, "
           "multi-arch (arm64) images, Docker Hub pull rate limits, cloud-init for VM first boot)")
NEW_OOS = ("(VM snapshot schedules and retention, Kubernetes pod autoscaling, Docker layer caching in CI, GPU passthrough to a KVM VM, "
           "Docker Compose vs single-node Kubernetes, rootless containers and user namespaces, nested virtualization, Packer golden images, "
           "json-file container log rotation, VM clock drift and time sync, a Harbor private registry with TLS, NUMA vCPU pinning)")
reps = [
    ('default="/work/main/eval/conversations/seed-28.json"', 'default="/work/main/eval/conversations/seed-29.json"', 1),
    ("random.Random(99)", "random.Random(101)", 2),
    ("(round conversations-28)", "(round conversations-29)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
out = src
for old, new, n in reps:
    c = out.count(old)
    assert c == n, (old[:60], c, n)
    out = out.replace(old, new)
for bad in ["Random(99)", "seed-28", "conversations-28", "live migration", "OOM", "seccomp", "WSL2", "unikernel", "cloud-init",
            "Podman", "Trivy", "gVisor", "Xen", "ballooning", "Swarm", "Vagrant", "tini", "SR-IOV", "Proxmox"]:
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err("), "err( count changed"
assert len(out.splitlines()) == len(src.splitlines()), "line count changed"
open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8").write(out)
print("validate.py written")
