"""Labels for heldout-docks: exactly one decision per frozen draft line, keyed by line number.

Interface used by build.py: DRAFTS (section -> draft file), DUP (the duplicate drop reason),
labelled() -> {section: [(line_no, question_copied_from_draft, decision_dict), ...]}.
Written from scratch (no other set's labels file was opened).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- verbatim article phrases (each inside one sentence of the article) ----
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
KMOD_A = "VMs are also better suited"
FULLOS = "VMs are better suited for applications requiring full OS compatibility and stability"
SENS = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
SENS_A = "untrusted or sensitive workloads"
CONTAIN = "each VM runs its own complete OS, making it easier to contain security breaches within a single VM"
CONTAIN_A = "easier to contain security breaches"
OWNOS_A = "runs its own complete OS"
SHAREDK = "Container security is complex due to shared kernel vulnerabilities"
SHAREDK_A = "shared kernel vulnerabilities"
VULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
VULN_A = "affect many containers simultaneously"
OTHERS = "it could affect other containers"
TK1 = "Containers share the host OS kernel, making them lightweight and faster to start"
TK1_A = "share the host OS kernel"
TK1B = "while VMs run separate OS instances for full isolation"
A1 = "containers share the host OS kernel, making them lightweight and quick to start"
A1_A = "lightweight and quick to start"
A2 = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
A2_A = "slower startup and higher resource use"
A4 = "For more secure, isolated environments, VMs excel"
DENS = "you can run more containers on the same hardware compared to virtual machines"
DENS_A = "more containers on the same hardware"
DENS2 = "which each require a full OS instance"
DENS2_A = "each require a full OS instance"
EFF = "Containers are more resource-efficient and ideal for microservices"
EFF_A = "more resource-efficient and ideal for microservices"
STRONG = "VMs provide stronger security boundaries with complete OS environments"
STRONG_A = "stronger security boundaries"
LOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
LOAD_A = "allowing faster scaling and less overhead"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
SCALE_A = "they activate quickly"
RAPID = "If you need rapid, scalable applications, containers are better"
RAPID_A = "containers are better"
CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
CONSIST_A = "VMs could be your best choice"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
MGMT_A = "may require more management effort"
INVM = "containers can run seamlessly on virtual machines"
INVM_A = "can run seamlessly on virtual machines"
INVM2 = "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"
INVM3 = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"
INVM4 = "proper configuration is essential to prevent potential bottlenecks or security issues"
LIC2 = "VMs typically require individual licenses for each OS instance, increasing expenses"
LIC2_A = "individual licenses for each OS instance"
LIC3 = "containers can be more cost-effective and easier to license"
LIC3_A = "containers can be more cost-effective"
MIG1 = "migration from VMs to containers requires careful navigation"
MIG2 = "Address migration challenges like data transfer and configuration adjustments early"
MIG2_A = "data transfer and configuration adjustments"
MIG3 = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
HYP = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
HYP_A = "VMs rely on hypervisors"
HYP2 = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"
SPIN = "leveraging their ability to quickly spin up and shut down"
SPIN_A = "quickly spin up and shut down"
SLOW = "VMs can be slightly slower to start and consume more resources"


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def D(reason):
    return {"keep": False, "reason": reason}


NOFIG = "the article is qualitative: it gives the comparison but no figures"

SEED = {
    1: K([SCALE, A1], SCALE_A, NOFIG + "; it cannot confirm the 8:30 powder-day window, only that containers start and scale faster than VMs"),
    2: K([KMOD, FULLOS], KMOD_A),
    3: K([DENS, DENS2], DENS_A, NOFIG + "; more apps per box with containers, but no count for the six Dells"),
    4: K([SHAREDK, VULN], SHAREDK_A, "the article does not describe a container escape to the host literally; it says host OS / container engine (shared kernel) vulnerabilities can affect many containers, while VMs contain breaches"),
    5: K([LIC3, EFF], LIC3_A, "the seasonal (4 months a year) usage is not addressed; the answer is the article's licensing / resource-efficiency comparison favouring containers"),
    6: K([MIG1, MIG2], MIG2_A, "no comparison with lifting the VMs over as-is; the article only says VM-to-container migration needs planning (compatibility, data transfer, configuration adjustments)"),
    7: K([TK1, SHAREDK], TK1_A),
    8: K([MGMT, EFF], MGMT_A, "a two-person team / babysitting is not addressed directly; the article says VMs may require more management effort"),
    9: K([RAPID, SCALE], RAPID_A),
    10: K([INVM, INVM4], INVM_A, "the article endorses containers on VMs and warns misconfiguration causes bottlenecks, but does not quantify the doubled overhead"),
    11: K([KMOD], KMOD_A),
    12: K([LOAD, SLOW], LOAD_A, NOFIG + "; bare metal is not compared, only that VMs cost more resources/overhead than containers"),
    13: K([DENS2, A2], DENS2_A, NOFIG + "; each VM needs a full OS instance, so more RAM per workload than a container"),
    14: K([TK1, TK1B], TK1_A),
    15: K([SENS, CONTAIN], SENS_A),
    16: K([SCALE, LOAD], SCALE_A),
    17: K([CONSIST], CONSIST_A),
    18: D("the article does not discuss moving container images vs VM images between environments (portability)"),
    19: K([INVM, INVM3], INVM_A),
    20: K([KMOD, TK1], KMOD_A),
    21: K([SPIN, TK1], SPIN_A, "per-match game servers are not discussed; the answer follows the article's speed criterion (containers spin up and shut down quickly)"),
    22: K([SCALE, RAPID], SCALE_A),
    23: K([SENS, CONTAIN], SENS_A),
    24: K([HYP, HYP2], HYP_A, "the article only says VMs rely on hypervisors for managing resources and security while containers share the host kernel; it does not explain hypervisors or the Docker engine in depth"),
    25: D("performance interference between co-located containers on one box is not discussed (the article only contrasts VMs' consistent performance with containers' behaviour under load)"),
    26: K([EFF, LIC3, MGMT], EFF_A),
    27: K([VULN, OTHERS], VULN_A),
    28: D("the article does not say whether Kubernetes is overkill for a small team versus hand-managed VMs"),
    29: D("portability between cloud providers is not discussed in the article"),
    30: K([KMOD, TK1], KMOD_A, "Windows is not named; inferred from the shared host kernel and the 'specific OS configurations' sentence"),
    31: K([KMOD, FULLOS], KMOD_A),
    32: K([DENS, EFF], DENS_A),
    33: K([SENS, SHAREDK, CONTAIN], SENS_A),
    34: K([LOAD, SCALE], LOAD_A),
    35: K([CONSIST], CONSIST_A, "the article ties consistent performance to VMs but also says containers perform better under high load; viewer lag itself is not discussed"),
    36: K([LIC2, LIC3], LIC3_A, "the article talks about per-OS-instance and enterprise licences, not hypervisor (VMware) renewal prices"),
    37: K([MIG2, MIG3], MIG2_A, "general migration challenges only (compatibility, data transfer, configuration); nothing PACS-specific"),
    38: K([A2, SLOW], A2_A, NOFIG + "; DR failover is not discussed, only that VMs start slower"),
    39: K([INVM, INVM2], INVM_A),
    40: K([SENS, CONTAIN], SENS_A),
    41: D("image size / update bandwidth over a slow link is not discussed in the article"),
    42: K([CONTAIN, SENS], CONTAIN_A, "the article does not say whether container isolation is 'well enough' for trusted internal apps; VMs isolate more strongly and suit sensitive data such as payroll"),
    43: K([DENS, EFF], DENS_A),
    44: K([KMOD], KMOD_A),
    45: K([MGMT], MGMT_A, "nobody-on-board-is-IT is not addressed; the article says VMs may require more management effort"),
    46: K([A1, A2], A1_A, NOFIG + "; the host's own reboot is not discussed, only that containers start faster than VMs"),
    47: D("portability across CPU generations and distros is not discussed in the article"),
    48: K([INVM, INVM3], INVM_A, "the article endorses containers inside VMs but does not mention VM snapshots or rollback"),
    49: K([CONTAIN, TK1], OWNOS_A),
    50: K([STRONG, CONTAIN], STRONG_A, "OT/IT (network) segregation is not discussed; the answer follows the article's stronger VM boundaries"),
    51: D("own case pulls both ways (density favours containers, 200 separate member tenants favour VM isolation); the article does not weigh the trade-off"),
    52: K([KMOD, TK1], KMOD_A),
    53: K([DENS, DENS2], DENS_A, NOFIG + "; no count for a 128 GB server"),
    54: K([SHAREDK, VULN], SHAREDK_A),
    55: K([SCALE, LOAD], SCALE_A),
    56: K([LIC2, LIC3], LIC2_A, "free hypervisors / Docker are not discussed; the article's cost difference is per-VM OS licences (proprietary OSes) and resource use"),
    57: D("whether a club should learn Kubernetes or keep a hypervisor GUI is not discussed"),
    58: K([CONTAIN, VULN], CONTAIN_A),
    59: K([TK1, TK1B], TK1_A, "what is inside an image (userland files) is not described; the article only says containers share the host OS kernel while VMs run separate OS instances"),
    60: D("handing workloads over / portability is not discussed in the article"),
    61: K([CONTAIN, SENS, SHAREDK], SENS_A, "the article cannot say what auditors accept; it says VMs contain breaches and suit sensitive workloads while the shared kernel is a risk"),
    62: K([SHAREDK, VULN], SHAREDK_A, "the article states the shared-kernel risk but does not say how likely escapes are in practice"),
    63: K([CONSIST], CONSIST_A),
    64: K([TK1, CONTAIN], OWNOS_A),
    65: K([MIG2, SHAREDK], MIG2_A, "risk register items are general: migration challenges plus shared-kernel security; nothing ledger-specific"),
    66: K([DENS, LIC3], DENS_A),
    67: D("the article does not say whether containers on a VM get VM-level isolation from each other"),
    68: K([SENS, CONTAIN], SENS_A),
    69: D("patching effort is not compared (the article only advises updating container images regularly)"),
    70: K([KMOD], KMOD_A),
    71: K([EFF, A2], EFF_A, "ARM boards and virtualisation support on them are not discussed; the answer follows resource efficiency on a 4 GB box"),
    72: K([SCALE, LOAD], SCALE_A),
    73: K([CONTAIN, A4], CONTAIN_A),
    74: K([A2, EFF], A2_A, NOFIG + "; VMs use more resources than containers"),
    75: K([A1, SPIN], A1_A, NOFIG + "; no start-up times, only that containers start faster"),
    76: D("portability of one image across cloud and 300 gateways (and CPU architectures) is not discussed"),
    77: D("the article does not distinguish the shared kernel from the container's own distro userland, so it cannot answer yocto vs ubuntu"),
    78: K([KMOD, FULLOS], KMOD_A, "Windows is not named; answered through the 'specific OS configurations' / 'full OS compatibility' sentences"),
    79: K([MGMT, HYP], MGMT_A, "fleet management of 300 edge gateways is not discussed; the article says VMs may require more management effort"),
    80: D("orchestration vs hypervisors on edge boxes in practice is not discussed (the article only says the tools differ)"),
}

P = "podman/docs/source/markdown/"
CORPUS = {
    1: ["podman/docs/tutorials/rootless_tutorial.md", "podman/rootless.md", "podman/troubleshooting.md"],
    2: [P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md", P + "podman-generate-systemd.1.md"],
    3: [P + "podman-auto-update.1.md.in"],
    4: [P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md"],
    5: [P + "podman-kube-play.1.md.in"],
    6: [P + "podman-machine-init.1.md.in", P + "podman-machine.1.md"],
    7: ["podman/docs/tutorials/podman-for-windows.md"],
    8: [P + "options/health-cmd.md", P + "options/health-on-failure.md", P + "podman-healthcheck-run.1.md"],
    9: [P + "podman-secret-create.1.md", P + "options/secret.md"],
    10: [P + "podman-pod-create.1.md.in"],
    11: [P + "podman-system-df.1.md", P + "podman-system-prune.1.md"],
    12: ["podman/docs/tutorials/image_signing.md", P + "podman-image-sign.1.md.in"],
    13: ["podman/docs/tutorials/basic_networking.md"],
    14: [P + "podman-farm-build.1.md.in", P + "podman-farm.1.md"],
    15: ["podman/docs/tutorials/remote_client.md", P + "podman-remote.1.md", P + "podman-system-connection-add.1.md"],
    16: ["podman/docs/tutorials/performance.md"],
    17: ["firecracker/docs/getting-started.md"],
    18: ["firecracker/docs/jailer.md", "firecracker/docs/prod-host-setup.md"],
    19: ["firecracker/docs/snapshotting/snapshot-support.md"],
    20: ["firecracker/docs/network-setup.md"],
    21: ["firecracker/docs/mmds/mmds-user-guide.md"],
    22: ["firecracker/docs/ballooning.md"],
    23: ["firecracker/docs/rootfs-and-kernel-setup.md"],
    24: ["firecracker/docs/vsock.md"],
    25: ["firecracker/docs/prod-host-setup.md"],
    26: ["firecracker/docs/snapshotting/random-for-clones.md", "firecracker/docs/snapshotting/network-for-clones.md"],
    27: ["firecracker/docs/logger.md", "firecracker/docs/metrics.md"],
    28: ["firecracker/docs/hugepages.md"],
    29: ["kata/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", "kata/docs/how-to/containerd-kata.md"],
    30: ["kata/docs/how-to/how-to-load-kernel-modules-with-kata.md"],
    31: ["kata/docs/Limitations.md"],
    32: ["kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md", "kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md", "kata/docs/use-cases/GPU-passthrough-and-Kata.md"],
    33: ["kata/docs/how-to/how-to-use-kata-containers-with-firecracker.md"],
    34: ["kata/docs/hypervisors.md"],
    35: ["kata/docs/threat-model/threat-model.md"],
    36: ["kata/docs/how-to/how-to-size-sandbox-overhead-runtime-rs.md", "kata/docs/design/host-cgroups.md"],
    37: ["kata/docs/how-to/how-to-use-kata-with-docker.md"],
    38: ["kata/docs/how-to/how-to-use-virtio-fs-with-kata.md"],
    39: ["kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md", "kata/docs/how-to/what-is-vm-cache-and-how-do-I-use-it.md"],
    40: ["kata/docs/how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
}

OFFTOPIC_DROPS = {
    14: "answered by the corpus: Kata's NVIDIA GPU guide shows `helm install ... -f <values.yaml> --set nfd.enabled=false`, i.e. exactly a values file plus one key overridden on the command line",
}


def _lines(section):
    return open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8").read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    seed, corpus, off = _lines("seed"), _lines("corpus"), _lines("offtopic")
    for n, d in SEED.items():
        out["seed"].append((n, seed[n - 1] if 1 <= n <= len(seed) else None, d))
    for n, paths in CORPUS.items():
        out["corpus"].append((n, corpus[n - 1] if 1 <= n <= len(corpus) else None,
                              {"keep": True, "expectSource": list(paths)}))
    for n in range(1, len(off) + 1):
        d = D(OFFTOPIC_DROPS[n]) if n in OFFTOPIC_DROPS else {"keep": True}
        out["offtopic"].append((n, off[n - 1], d))
    return out
