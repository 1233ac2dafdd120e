import json
L = {
0: ["firecracker/docs/rootfs-and-kernel-setup.md","firecracker/docs/getting-started.md","firecracker/docs/kernel-policy.md"],
1: ["podman/troubleshooting.md","podman/rootless.md"],
2: ["kata/docs/installation.md","kata/README.md"],
3: ["firecracker/docs/network-performance.md"],
4: ["podman/docs/source/markdown/podman-machine-set.1.md.in","podman/docs/source/markdown/podman-machine-init.1.md.in"],
5: ["kata/docs/how-to/how-to-use-k8s-with-crio-and-kata.md"],
6: ["firecracker/docs/snapshotting/snapshot-support.md","firecracker/docs/snapshotting/versioning.md"],
7: ["podman/docs/tutorials/basic_networking.md","podman/docs/tutorials/rootless_tutorial.md"],
8: ["firecracker/docs/hugepages.md"],
9: ["kata/docs/how-to/how-to-use-kata-containers-with-firecracker.md"],
10: ["podman/docs/source/markdown/podman-auto-update.1.md.in","podman/docs/source/markdown/podman-systemd.unit.5.md","podman/docs/source/markdown/podman-container.unit.5.md.in"],
11: ["firecracker/docs/logger.md"],
12: ["kata/docs/how-to/how-to-set-sandbox-config-kata.md","kata/docs/how-to/how-to-use-virtio-fs-nydus-with-kata.md"],
13: ["podman/docs/source/markdown/options/volume.md"],
14: ["firecracker/docs/prod-host-setup.md"],
15: ["kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md","kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md"],
16: ["podman/docs/source/markdown/options/log-opt.md","podman/docs/source/markdown/options/log-driver.md"],
17: ["firecracker/docs/vsock.md"],
18: ["kata/docs/Developer-Guide.md"],
19: ["podman/docs/tutorials/image_signing.md","podman/docs/source/markdown/podman-image-trust.1.md.in"],
20: ["firecracker/docs/mmds/mmds-user-guide.md"],
21: ["kata/docs/how-to/how-to-set-prometheus-in-k8s.md"],
22: ["podman/docs/source/markdown/podman-kube-down.1.md.in","podman/docs/source/markdown/podman-kube-play.1.md.in"],
23: ["firecracker/docs/pmem.md"],
24: ["kata/docs/design/direct-blk-device-assignment.md","kata/docs/how-to/how-to-run-kata-containers-with-kinds-of-Block-Volumes.md"],
25: ["podman/docs/tutorials/podman-for-windows.md","podman/docs/source/markdown/podman-system-hyperv-prep.1.md"],
26: ["firecracker/docs/snapshotting/handling-page-faults-on-snapshot-resume.md"],
27: ["kata/docs/how-to/how-to-use-sysctls-with-kata.md"],
28: ["podman/docs/source/markdown/options/health-on-failure.md"],
29: ["firecracker/docs/cpu_templates/cpu-templates.md","firecracker/docs/cpu_templates/cpu-template-helper.md"],
30: ["kata/docs/how-to/what-is-vm-cache-and-how-do-I-use-it.md","kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md"],
31: ["podman/rootless.md","podman/docs/source/markdown/options/memory.md"],
32: ["firecracker/docs/tracing.md"],
33: ["kata/docs/Limitations.md","kata/docs/how-to/how-to-use-kata-with-docker.md"],
34: ["podman/docs/source/markdown/podman-container-checkpoint.1.md","podman/docs/source/markdown/podman-container-restore.1.md"],
35: ["firecracker/docs/api_requests/block-caching.md"],
36: ["kata/docs/how-to/how-to-run-kata-containers-with-SE-VMs.md"],
37: ["podman/docs/source/markdown/options/ssh.md"],
38: ["firecracker/docs/seccompiler.md","firecracker/docs/seccomp.md"],
39: ["kata/docs/how-to/how-to-size-sandbox-overhead-runtime-rs.md","kata/docs/design/vcpu-handling-runtime-rs.md"],
40: ["podman/docs/source/markdown/podman-system-connection-default.1.md","podman/docs/source/markdown/podman-system-connection-add.1.md"],
41: ["firecracker/docs/entropy.md","firecracker/docs/snapshotting/random-for-clones.md"],
42: ["kata/docs/how-to/service-mesh.md"],
43: ["podman/docs/source/markdown/podman-farm-update.1.md","podman/docs/source/markdown/podman-farm-create.1.md"],
44: ["firecracker/docs/device-hotplug.md"],
45: ["kata/docs/migrating-config-go-runtime-to-runtime-rs.md"],
46: ["podman/docs/source/markdown/options/cert-dir.md","podman/docs/tutorials/podman-install-certificate-authority.md"],
47: ["firecracker/docs/dev-machine-setup.md"],
48: ["kata/docs/use-cases/using-Intel-QAT-and-kata.md"],
49: ["podman/docs/source/markdown/podman-image-prune.1.md"],
}
DROPPED = {}  # index -> reason
draft = json.load(open("draft.json"))
out = []
for i, t in enumerate(draft):
    if i in DROPPED: continue
    out.append({"context": t["context"], "q": t["q"], "expectSource": L[i]})
json.dump({"corpus": out}, open("conversations.json","w"), indent=1, ensure_ascii=False)
with open("dropped.txt","w") as f:
    for i, r in DROPPED.items():
        f.write(f"{draft[i]['q']} -- {r}\n")
print(len(out), len(DROPPED))
