"""Labels for heldout-looms (written from scratch after the drafts were frozen).

Interface used by build.py: DRAFTS, DUP, labelled() -> {section: [(line, question, decision)]}.
Questions are read from the frozen drafts by code, never typed here.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier heldout set"

# --- article phrases (verbatim, each inside one sentence of containers-vs-vms.md) ---
SHARE_KERNEL = "containers share the host OS kernel, making them lightweight and quick to start"
VM_SEPARATE = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
RAPID_SCALABLE = "If you need rapid, scalable applications, containers are better"
SECURE_ISOLATED = "For more secure, isolated environments, VMs excel"
RES_EFFICIENT = "Containers are more resource-efficient and ideal for microservices"
VM_BOUNDARIES = "VMs provide stronger security boundaries with complete OS environments"
FULL_OS_COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
SEC_COMPLEX = "Container security is complex due to shared kernel vulnerabilities"
VM_ISOLATE_SEP = "VMs isolate workloads more securely with separate OSes"
ORCH_HYPER = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
MORE_ON_HW = "you can run more containers on the same hardware compared to virtual machines"
FULL_OS_EACH = "virtual machines, which each require a full OS instance"
ENGINE_VULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
LEAST_PRIV = "regularly updating container images to minimize attack surfaces"
CONTAIN_BREACH = "easier to contain security breaches within a single VM without affecting others"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
VM_SLOWER = "VMs can be slightly slower to start and consume more resources"
STABILITY_CRIT = "they excel in environments where stability, compatibility, and security are critical"
KMOD = "applications that require specific OS configurations or kernel modules that containers might not support easily"
HYPERVISORS = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"
SPIN_UP = "leveraging their ability to quickly spin up and shut down"
CONSISTENT = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
BOTH_PLACE = "Both technologies have their place"
BALANCE = "your choice depends on balancing the need for speed, security, and resource efficiency"
FEWER_RES = "They typically use fewer resources, making VM resource allocation more efficient"
AFFECT_OTHERS = "it could affect other containers"
DEDICATED = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
ON_VMS = "Yes, containers can run seamlessly on virtual machines"
K8S_IN_VM = "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"
SIMPLER_LIC = "Containers often have simpler licensing because they share the host OS, reducing extra costs"
VM_LIC = "VMs typically require individual licenses for each OS instance, increasing expenses"
COST_EFFECTIVE = "containers can be more cost-effective and easier to license"
HIGH_LOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
SCALE_EASIER = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
PLAN_ORCH = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
MIG_CHALLENGES = "Address migration challenges like data transfer and configuration adjustments early"
STAGING = "Test thoroughly in staging environments, then gradually shift workloads"
TAKES_LONGER = "versus setting up full VMs, which takes longer"

# short answers (3-6 words, verbatim, inside a sentence holding one of the item's expect phrases)
A_QUICK = "lightweight and quick to start"
A_VM_ISO = "offering stronger isolation"
A_KMOD = "specific OS configurations or kernel modules"
A_COMPAT = "full OS compatibility and stability"
A_UNTRUSTED = "untrusted or sensitive workloads"
A_SCALE = "allowing faster scaling and less overhead"
A_AFFECT = "affect many containers simultaneously"
A_MORE_HW = "more containers on the same hardware"
A_ON_VMS = "containers can run seamlessly"
A_SPIN = "quickly spin up and shut down"
A_MGMT = "may require more management effort"
A_DEDICATED = "stronger isolation through dedicated resources"
A_SHARE = "containers share the host OS kernel"
A_LIC = "often have simpler licensing"
A_COSTEFF = "more cost-effective and easier to license"
A_GRADUAL = "gradually shift workloads"
A_STAGING = "Test thoroughly in staging environments"
A_MIGR = "data transfer and configuration adjustments"
A_BOTH = "Both technologies have their place"
A_SECURELY = "VMs isolate workloads more securely"
A_SEC_COMPLEX = "Container security is complex"
A_FEWER = "typically use fewer resources"
A_LONGER = "full VMs, which takes longer"
A_MICRO = "resource-efficient and ideal for microservices"
A_FULL_OS = "each require a full OS instance"


def K(expect, answer):
    return {"keep": True, "expect": list(expect), "answer": answer}


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


NOT_DECIDED = "not addressed: the article does not decide this"

SEED = {
    # bowling-alley chain IT (1-10)
    1: L([MORE_ON_HW, RES_EFFICIENT], A_MORE_HW,
         "article favours containers on resource efficiency for small boxes; box size / scoring server specifics not discussed"),
    2: K([KMOD], A_KMOD),
    3: K([SHARE_KERNEL, VM_SLOWER], A_QUICK),
    4: K([ENGINE_VULN, AFFECT_OTHERS], A_AFFECT),
    5: K([HIGH_LOAD, SCALE_EASIER], A_SCALE),
    6: K([SHARE_KERNEL, VM_SEPARATE], A_SHARE),
    7: L([FULL_OS_COMPAT], A_COMPAT,
         "VM via full OS compatibility; Windows / Windows Server 2012 not named in the article"),
    8: L([SIMPLER_LIC, COST_EFFECTIVE], A_COSTEFF,
         "article's licensing FAQ is about per-OS-instance licences, not per-host hypervisor licences; core: containers usually cheaper to license"),
    9: K([ON_VMS, K8S_IN_VM], A_ON_VMS),
    10: L([MORE_ON_HW, FULL_OS_EACH], A_MORE_HW,
          "no numbers in the article; answer is comparative (more containers, each VM needs a full OS)"),
    # marina / boat-harbour operator IT (11-20)
    11: D(NOT_DECIDED + " (per-piece choice for three different systems; criteria per piece not given)"),
    12: K([KMOD], A_KMOD),
    13: K([SCALE_EASIER, HIGH_LOAD], A_SCALE),
    14: K([UNTRUSTED, CONTAIN_BREACH], A_UNTRUSTED),
    15: K([MIG_CHALLENGES, STAGING, PLAN_ORCH], A_MIGR),
    16: L([VM_SLOWER, HIGH_LOAD], A_SCALE,
          "article does not quantify hypervisor overhead; it says VMs consume more resources and containers have less overhead"),
    17: K([SEC_COMPLEX, VM_ISOLATE_SEP], A_SECURELY),
    18: L([KMOD], A_KMOD,
          "VM via specific OS configurations / kernel modules; 'kernel tweaks' and CentOS 7 not named"),
    19: L([DEDICATED], A_MGMT,
          "one sentence on management effort; team size not discussed"),
    20: D("not addressed: portability of images between machines is not discussed"),
    # tattoo-studio booking SaaS developer (21-30)
    21: L([MORE_ON_HW, RES_EFFICIENT], A_MORE_HW,
          "tenant isolation vs density trade-off; article's density argument favours containers for many small instances, VMs isolate better"),
    22: K([UNTRUSTED, CONTAIN_BREACH], A_UNTRUSTED),
    23: L([VM_SLOWER, TAKES_LONGER], A_LONGER,
          "no boot-time figures in the article; comparative answer (VMs take longer)"),
    24: K([SCALE_EASIER, HIGH_LOAD], A_SCALE),
    25: D(NOT_DECIDED + " (whether splitting a monolith pays off for a small team)"),
    26: K([SHARE_KERNEL], A_SHARE),
    27: L([DEDICATED], A_DEDICATED,
          "article says VMs isolate through dedicated resources while containers share; memory limits not discussed"),
    28: L([RES_EFFICIENT, ORCH_HYPER], A_MICRO,
          "article does not compare Kubernetes with Ansible-managed VMs; its microservices / orchestration sentences favour containers"),
    29: K([ENGINE_VULN, SEC_COMPLEX], A_AFFECT),
    30: L([FEWER_RES, MORE_ON_HW], A_FEWER,
          "cloud per-VM billing not discussed; containers use fewer resources and pack more on the same hardware"),
    # land registry / notary office document-archive IT (31-40)
    31: L([FULL_OS_COMPAT], A_COMPAT,
          "VM via full OS compatibility; Windows, .NET and COM not named"),
    32: K([UNTRUSTED, CONTAIN_BREACH], A_UNTRUSTED),
    33: D("not addressed: long-term (decades) maintainability is not discussed"),
    34: L([ON_VMS, K8S_IN_VM], A_ON_VMS,
          "article says containers run seamlessly on VMs; how common it is (in government) is not stated"),
    35: L([HIGH_LOAD], A_SCALE,
          "CPU-bound batch jobs: article says containers have less overhead under high load; no speed figures"),
    36: K([STAGING], A_GRADUAL),
    37: K([SIMPLER_LIC, VM_LIC], A_LIC),
    38: K([FULL_OS_COMPAT, STABILITY_CRIT], A_COMPAT),
    39: L([KMOD], A_KMOD,
          "smartcard reader kernel driver: VM via kernel modules, though the driver could stay on the host with the device passed in"),
    40: K([VM_SEPARATE, CONTAIN_BREACH], A_VM_ISO),
    # florist wire-order network backend developer (41-50)
    41: K([RAPID_SCALABLE, SCALE_EASIER], "containers are better"),
    42: K([MORE_ON_HW, RES_EFFICIENT], A_MORE_HW),
    43: L([SPIN_UP, SCALE_EASIER], A_SPIN,
          "no seconds/minutes figure in the article; containers activate quickly"),
    44: K([KMOD], A_KMOD),
    45: D("not addressed: whether managed Kubernetes runs on VMs/hypervisors is not discussed"),
    46: D("not addressed: portability between cloud providers is not discussed"),
    47: L([HIGH_LOAD], A_SCALE,
          "network throughput not discussed; article says containers have less overhead under load"),
    48: K([UNTRUSTED], A_UNTRUSTED),
    49: L([DEDICATED, LEAST_PRIV], A_MGMT,
          "patching effort not compared directly; VMs may need more management effort, container images must be updated regularly"),
    50: L([BOTH_PLACE, STAGING], A_GRADUAL,
          "side-by-side running during a transition implied by gradual shift / both have their place; same-host detail not discussed"),
    # pawnshop / second-hand goods chain IT (51-60)
    51: L([RES_EFFICIENT, MORE_ON_HW], A_MORE_HW,
          "weak under-counter PCs: containers via resource efficiency; device specifics not discussed"),
    52: K([UNTRUSTED, CONTAIN_BREACH], A_UNTRUSTED),
    53: L([FULL_OS_COMPAT], A_COMPAT,
          "VM via full OS compatibility; Windows 7 not named"),
    54: L([FULL_OS_EACH, VM_SEPARATE], A_FULL_OS,
          "no RAM figures; comparative (each VM needs a full OS, higher resource use)"),
    55: K([SPIN_UP, VM_SLOWER], A_SPIN),
    56: K([SCALE_EASIER, HIGH_LOAD], A_SCALE),
    57: L([ENGINE_VULN, AFFECT_OTHERS], A_AFFECT,
          "default file isolation between containers not described; article: containers isolated but a shared-kernel flaw could affect others"),
    58: D(NOT_DECIDED + " (one orchestrated platform vs central hypervisor for many stores)"),
    59: D("not addressed: what containers and VMs have in common is not discussed"),
    60: K([STAGING], A_STAGING),
    # driving-school booking platform developer (61-70)
    61: K([SCALE_EASIER, HIGH_LOAD], A_SCALE),
    62: L([DEDICATED, ON_VMS], A_MGMT,
          "team size not discussed; VMs need more management effort and containers run seamlessly on a VM"),
    63: L([MORE_ON_HW, RES_EFFICIENT], A_MORE_HW,
          "no numbers; comparative (more containers than VMs on the same hardware)"),
    64: K([SHARE_KERNEL, FULL_OS_EACH], A_SHARE),
    65: K([UNTRUSTED, CONTAIN_BREACH], A_UNTRUSTED),
    66: L([KMOD], A_KMOD,
          "unknown kernel setting: VM via specific OS configurations / kernel modules"),
    67: D("not addressed: host operating systems for containers (Windows vs Linux) are not discussed"),
    68: L([COST_EFFECTIVE, SIMPLER_LIC], A_COSTEFF,
          "cost covered only through licensing and resource efficiency; no amounts"),
    69: D("not addressed: dev/prod consistency ('works on my machine') is not discussed"),
    70: K([SEC_COMPLEX, KMOD], A_SEC_COMPLEX),
    # mortgage-broker office IT (71-80)
    71: D(NOT_DECIDED + " (whether three existing VMs are worth containerizing; no deciding criterion given)"),
    72: K([KMOD], A_KMOD),
    73: L([UNTRUSTED, CONTAIN_BREACH], A_UNTRUSTED,
          "sensitivity of financial documents implied; one VM per client-facing app is not discussed"),
    74: K([HIGH_LOAD, SCALE_EASIER], A_SCALE),
    75: K([HIGH_LOAD, MORE_ON_HW], A_SCALE),
    76: L([SHARE_KERNEL, FULL_OS_COMPAT], A_SHARE,
          "Windows not named; containers share the host kernel, full OS compatibility points to a VM"),
    77: K([KMOD], A_KMOD),
    78: D("not addressed: backup approaches are not compared"),
    79: K([SHARE_KERNEL, VM_SEPARATE], A_SHARE),
    80: L([BOTH_PLACE, BALANCE], A_BOTH,
          "no office details; article says both have their place and the choice balances speed, security and efficiency"),
}

CORPUS = {
    1: ["podman/docs/source/markdown/podman-cp.1.md"],
    2: ["podman/docs/source/markdown/podman-image-scp.1.md"],
    3: ["podman/docs/source/markdown/podman-kube-generate.1.md"],
    4: ["podman/docs/source/markdown/podman-quadlet-basic-usage.7.md",
        "podman/docs/source/markdown/podman-systemd.unit.5.md",
        "podman/docs/source/markdown/podman-container.unit.5.md.in"],
    5: ["podman/docs/source/markdown/podman-secret-create.1.md",
        "podman/docs/source/markdown/options/secret.md"],
    6: ["podman/docs/tutorials/socket_activation.md"],
    7: ["podman/docs/source/markdown/podman-volume-export.1.md",
        "podman/docs/source/markdown/podman-volume-import.1.md"],
    8: ["podman/docs/tutorials/mac_win_client.md",
        "podman/docs/source/markdown/podman-machine-init.1.md.in",
        "podman/docs/source/markdown/podman-machine-start.1.md.in",
        "podman/docs/source/markdown/podman-machine.1.md"],
    9: ["podman/docs/tutorials/remote_client.md",
        "podman/docs/source/markdown/podman-system-connection-add.1.md",
        "podman/docs/tutorials/mac_win_client.md"],
    10: ["podman/docs/source/markdown/podman-system-df.1.md",
         "podman/docs/source/markdown/podman-system-prune.1.md"],
    11: ["podman/docs/source/markdown/podman-update.1.md.in"],
    12: ["podman/troubleshooting.md",
         "podman/docs/source/markdown/options/userns.container.md",
         "podman/docs/tutorials/rootless_tutorial.md"],
    13: ["podman/docs/source/markdown/podman-network-connect.1.md"],
    14: ["podman/docs/source/markdown/podman-build.1.md.in",
         "podman/docs/source/markdown/options/sbom.md"],
    15: ["podman/docs/source/markdown/podman-system-migrate.1.md"],
    16: ["podman/docs/source/markdown/podman-pod-stats.1.md.in",
         "podman/docs/source/markdown/podman-stats.1.md.in"],
    17: ["firecracker/docs/ballooning.md"],
    18: ["firecracker/docs/mmds/mmds-user-guide.md",
         "firecracker/docs/mmds/mmds-design.md"],
    19: ["firecracker/docs/vsock.md"],
    20: ["firecracker/docs/network-setup.md"],
    21: ["firecracker/docs/rootfs-and-kernel-setup.md"],
    22: ["firecracker/docs/hugepages.md"],
    23: ["firecracker/docs/metrics.md"],
    24: ["firecracker/docs/entropy.md"],
    25: ["firecracker/docs/snapshotting/network-for-clones.md"],
    26: ["firecracker/docs/seccomp.md"],
    27: ["firecracker/docs/api_requests/patch-block.md"],
    28: ["firecracker/docs/getting-started.md"],
    29: ["kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md",
         "kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         "kata/docs/use-cases/GPU-passthrough-and-Kata.md"],
    30: ["kata/docs/how-to/how-to-use-virtio-fs-with-kata.md"],
    31: ["kata/docs/Limitations.md"],
    32: ["kata/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md",
         "kata/docs/how-to/containerd-kata.md"],
    33: ["kata/docs/threat-model/threat-model.md"],
    34: ["kata/docs/how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    35: ["kata/docs/how-to/how-to-use-sysctls-with-kata.md"],
    36: ["kata/docs/how-to/how-to-setup-swap-devices-in-guest-kernel.md"],
    37: ["kata/docs/how-to/how-to-use-numa-with-kata.md"],
    38: ["kata/docs/how-to/how-to-import-kata-logs-with-fluentd.md"],
    39: ["kata/docs/how-to/how-to-set-prometheus-in-k8s.md"],
    40: ["kata/docs/Developer-Guide.md",
         "kata/docs/Debug-shim-guide.md"],
}

SEED_DUPS = set()
CORPUS_DUPS = set()
OFFTOPIC_DUPS = {32, 33}
OFFTOPIC_DROPS = {
    15: "answered by the corpus: Kata's Prometheus how-to gives the default Grafana admin user/password",
}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    lines = _lines("seed")
    for n, d in SEED.items():
        d = D(DUP) if n in SEED_DUPS else d
        out["seed"].append((n, lines[n - 1] if 1 <= n <= len(lines) else None, d))
    lines = _lines("corpus")
    for n, paths in CORPUS.items():
        d = D(DUP) if n in CORPUS_DUPS else {"keep": True, "expectSource": list(paths)}
        out["corpus"].append((n, lines[n - 1] if 1 <= n <= len(lines) else None, d))
    lines = _lines("offtopic")
    for n in range(1, len(lines) + 1):
        if n in OFFTOPIC_DUPS:
            d = D(DUP)
        elif n in OFFTOPIC_DROPS:
            d = D(OFFTOPIC_DROPS[n])
        else:
            d = {"keep": True}
        out["offtopic"].append((n, lines[n - 1], d))
    return out
