#!/usr/bin/env python3
"""Copy ../conversations-29/validate.py to ./validate.py with asserted exact replacements."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "..", "conversations-29", "validate.py")).read()
OLD_OOS = ("(VM snapshot schedules and retention, Kubernetes pod autoscaling, Docker layer caching in CI, GPU passthrough to a KVM VM, "
           "Docker Compose vs single-node Kubernetes, rootless containers and user namespaces, nested virtualization, Packer golden images, "
           "json-file container log rotation, VM clock drift and time sync, a Harbor private registry with TLS, NUMA vCPU pinning)")
NEW_OOS = ("(Helm charts vs plain manifests, Docker HEALTHCHECK intervals and retries, custom AppArmor profiles, Firecracker microVMs, "
           "Kata Containers as a runtime, hypervisor CPU steal time, distroless base images, cosign image signing, macvlan vs bridge "
           "container networking, buildx multi-arch builds under QEMU, multi-stage Dockerfile builds, reclaiming space from thin-provisioned VM disks)")
REPL = [
    ('default="/work/main/eval/conversations/seed-29.json"', 'default="/work/main/eval/conversations/seed-30.json"', 1),
    ("random.Random(101)", "random.Random(103)", 2),
    ("(round conversations-29)", "(round conversations-30)", 1),
    (OLD_OOS, NEW_OOS, 1),
]
out = src
for old, new, n in REPL:
    assert out.count(old) == n, (old[:60], out.count(old))
    out = out.replace(old, new)
for bad in ["Random(101)", "seed-29", "conversations-29", "snapshot", "autoscaling", "layer caching", "passthrough",
            "Compose", "rootless", "nested", "Packer", "log rotation", "clock drift", "Harbor", "NUMA",
            "live migration", "OOM", "seccomp", "WSL2", "unikernel", "cloud-init", "Podman",
            "Trivy", "gVisor", "Xen", "ballooning", "Swarm", "Vagrant", "tini", "SR-IOV", "Proxmox"]:
    assert bad not in out, bad
assert "CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}" in out
assert out.count("err(") == src.count("err(")
assert out.count("\n") == src.count("\n")
open(os.path.join(HERE, "validate.py"), "w").write(out)
print("validate.py written")
