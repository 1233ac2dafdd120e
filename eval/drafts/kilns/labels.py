"""Labels for the frozen kilns drafts (written from scratch for build.py's interface).

DRAFTS: section -> draft file name; DUP: reason text for duplicates of earlier sets;
labelled(): {section: [(line_number, question, decision)]}, questions read from the frozen drafts.
Seed decisions are labelled against /work/main/knowledge/containers-vs-vms.md only.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- article phrases (verbatim, each inside one sentence) ----
ARCH = "Containers and virtual machines differ mainly in architecture"
START_C = "making them lightweight and quick to start"
SEP_OS = "VMs run separate OS instances, offering stronger isolation"
CS_KERNEL = "Containers share the host OS kernel, making them lightweight"
RES_EFF = "Containers are more resource-efficient and ideal for microservices"
FULLOS = "VMs are better suited for applications requiring full OS compatibility"
SHARED_KERNEL = "Container security is complex due to shared kernel vulnerabilities"
HV_TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors"
DENSITY = "you can run more containers on the same hardware"
FULLOS_EACH = "which each require a full OS instance"
KERNEL_SHARING = "this sharing of the kernel introduces specific security considerations"
ENGINE = "vulnerabilities in the host OS or container engine"
STRONG_ISO = "They provide stronger isolation because each VM runs its own complete OS"
SENSITIVE = "particularly valuable for running untrusted or sensitive workloads"
START_V = "VMs can be slightly slower to start"
KMOD = "kernel modules that containers might not support easily"
SPECOS = "require specific OS configurations or kernel modules"
HV_ROLE = "hypervisors, which play a crucial role in optimizing resource management and security"
SPIN = "leveraging their ability to quickly spin up and shut down"
BOUNDARIES = "if your priority is strong security boundaries and consistent performance"
AFFECT_OTHERS = "it could affect other containers"
MGMT = "but may require more management effort"
ON_VMS = "containers can run seamlessly on virtual machines"
DYNAMIC = "This setup offers flexibility, scalability, and security"
BOTTLENECK = "proper configuration is essential to prevent potential bottlenecks"
LIC_C = "Containers often have simpler licensing because they share the host OS"
LIC_VM = "VMs typically require individual licenses for each OS instance"
COST = "containers can be more cost-effective and easier to license"
HIGH_LOAD = "containers generally perform better due to efficient resource allocation"
VM_DROPS = "VMs may experience performance drops"
SCALE_EASY = "Scalability challenges are easier with containers since they activate quickly"
SPIKES = "adjusting resource allocation to maintain ideal performance during spikes"
MIG_PLAN = "Start by planning your container orchestration strategy"
MIG_CHALL = "Address migration challenges like data transfer and configuration adjustments early"
MINUTES = "like a startup launching a website in minutes"


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note is not None:
        d["lenient"] = True
        d["note"] = note
    return d


def D(reason):
    return {"keep": False, "reason": reason}


WIN = "Windows / a legacy OS is not named; the article's full-OS-compatibility sentence points to a VM"
NONUM = "the article gives no numbers, only the comparison"
DRIVER = ("the article says kernel modules favour VMs; a hardware driver could also be loaded on the host and the "
          "device passed into a container, which the article does not discuss")
PORTABLE = "portability is not addressed by the article"
K8S_OPS = ("the article does not weigh the operating effort of an orchestration platform itself; its one "
           "management-effort sentence would answer a different question")

SEED = {
    1: K([FULLOS, SPECOS], "requiring full OS compatibility and stability", WIN),
    2: K([START_C, START_V], "lightweight and quick to start"),
    3: K([DENSITY, FULLOS_EACH], "more containers on the same hardware", NONUM),
    4: K([AFFECT_OTHERS, ENGINE], "could affect other containers",
         "the article says a flaw could affect other containers; it does not describe escapes or what is reachable"),
    5: K([SCALE_EASY, HIGH_LOAD], "easier with containers"),
    6: K([KMOD], "containers might not support easily", DRIVER),
    7: K([LIC_VM, COST], "individual licenses for each OS instance",
         "core answered (VMs need a licence per OS instance); Windows-specific licensing is not in the article"),
    8: K([SENSITIVE, STRONG_ISO], "untrusted or sensitive workloads"),
    9: K([ON_VMS], "run seamlessly on virtual machines"),
    10: K([HV_ROLE, HV_TOOLS], "optimizing resource management and security",
          "the article names the hypervisor's role only in one sentence"),
    11: D("vendor-validated images and validation / change control are not addressed by the article"),
    12: K([MGMT, RES_EFF], "more management effort",
          "management effort rests on one FAQ sentence; the HL7 data's sensitivity is not weighed"),
    13: K([SHARED_KERNEL, SENSITIVE], "due to shared kernel vulnerabilities"),
    14: K([FULLOS_EACH, SEP_OS], "higher resource use", NONUM + "; disk is not mentioned"),
    15: D(PORTABLE + " (agents across many sites on mixed hardware)"),
    16: D("lift-and-shift of an unspecified legacy app off a physical box: the article does not decide VM vs container"),
    17: K([HIGH_LOAD, VM_DROPS], "containers generally perform better"),
    18: K([HV_TOOLS], "VMs rely on hypervisors",
          "the article only says containers use orchestration platforms and VMs rely on hypervisors"),
    19: K([STRONG_ISO, BOUNDARIES], "VMs could be your best choice"),
    20: K([ON_VMS, DYNAMIC], "run seamlessly on virtual machines"),
    21: K([COST, DENSITY], "more cost-effective and easier to license",
          "cost answered in general; tenant separation trade-off is not weighed"),
    22: K([HIGH_LOAD, SCALE_EASY], "containers generally perform better"),
    23: K([SENSITIVE, STRONG_ISO], "untrusted or sensitive workloads"),
    24: K([MINUTES, START_V], "launching a website in minutes", NONUM),
    25: K([KMOD, CS_KERNEL], "VMs are also better suited"),
    26: K([ARCH, SEP_OS], "containers share the host OS kernel"),
    27: K([MIG_PLAN, MIG_CHALL], "data transfer and configuration adjustments",
          "the article lists migration steps; it does not say rewrite vs repackage"),
    28: K([ENGINE], "affect many containers simultaneously"),
    29: K([ON_VMS, BOTTLENECK], "run seamlessly on virtual machines",
          "the article does not discuss the layered overhead, only that containers run well on VMs"),
    30: K([BOUNDARIES, HIGH_LOAD], "VMs could be your best choice",
          "the main text ties consistent performance to VMs; the high-load FAQ says containers perform better"),
    31: K([DENSITY, RES_EFF], "more containers on the same hardware"),
    32: K([AFFECT_OTHERS, ENGINE], "could affect other containers",
          "'risky' is a judgement; the article says a flaw could affect other containers on the host"),
    33: K([FULLOS], "requiring full OS compatibility and stability", WIN),
    34: K([START_C, START_V], "slightly slower to start"),
    35: K([MGMT], "more management effort", "rests on one FAQ sentence"),
    36: K([HIGH_LOAD, SCALE_EASY], "containers generally perform better"),
    37: D("whether a hypervisor (Proxmox) is needed for a handful of services is not decided by the article"),
    38: K([SENSITIVE, STRONG_ISO], "untrusted or sensitive workloads"),
    39: D(PORTABLE + " (moving containers between sites vs restoring VM backups)"),
    40: K([FULLOS_EACH, CS_KERNEL], "Containers share the host OS kernel"),
    41: K([SCALE_EASY, HIGH_LOAD], "easier with containers"),
    42: K([RES_EFF, FULLOS_EACH], "more resource-efficient and ideal for microservices"),
    43: K([SENSITIVE], "untrusted or sensitive workloads"),
    44: K([MINUTES, START_C], "launching a website in minutes", NONUM),
    45: D(K8S_OPS),
    46: K([SENSITIVE, STRONG_ISO], "untrusted or sensitive workloads", "PCI scoping is not in the article"),
    47: K([SHARED_KERNEL, KERNEL_SHARING], "due to shared kernel vulnerabilities",
          "the article names shared-kernel vulnerabilities, not escapes to the host"),
    48: K([KMOD], "VMs are also better suited"),
    49: D(PORTABLE + " (across clouds)"),
    50: K([HIGH_LOAD, VM_DROPS], "containers generally perform better"),
    51: K([SPIN, SCALE_EASY], "quickly spin up and shut down"),
    52: K([SENSITIVE, STRONG_ISO], "untrusted or sensitive workloads"),
    53: K([SPIN, COST], "quickly spin up and shut down",
          "the article ties cost to licensing, not to scaling down; the scale-up/down answer is direct"),
    54: D("how containers are kept apart (namespaces, cgroups) is not described by the article"),
    55: K([KMOD, CS_KERNEL], "VMs are also better suited"),
    56: K([ON_VMS, DYNAMIC], "ideal for dynamic workloads", "cloud practice / redundancy is not discussed"),
    57: K([MIG_CHALL, MIG_PLAN], "data transfer and configuration adjustments"),
    58: K([HV_TOOLS], "VMs rely on hypervisors",
          "the article only says containers use orchestration platforms and VMs rely on hypervisors"),
    59: K([HIGH_LOAD], "containers generally perform better"),
    60: D("multi-architecture images (arm64 laptops vs x86 servers) are not addressed by the article"),
    61: K([SCALE_EASY, SPIN], "easier with containers"),
    62: K([HIGH_LOAD, SPIKES], "containers generally perform better"),
    63: K([STRONG_ISO, SENSITIVE], "They provide stronger isolation",
          "the article speaks of sensitive workloads and breaches, not record integrity or retention"),
    64: K([DENSITY, RES_EFF], "more containers on the same hardware"),
    65: K([START_C, START_V], "lightweight and quick to start"),
    66: K([FULLOS], "requiring full OS compatibility and stability", WIN),
    67: K([STRONG_ISO, SHARED_KERNEL], "They provide stronger isolation"),
    68: D(K8S_OPS),
    69: D("runtime CPU overhead of a container engine for CPU-bound work inside a VM is not addressed"),
    70: K([ON_VMS], "run seamlessly on virtual machines"),
    71: D("criteria conflict (small boxes -> containers, patient data and vendor imaging software -> VM); "
          "the article would only say it depends"),
    72: K([SENSITIVE, STRONG_ISO], "untrusted or sensitive workloads"),
    73: K([KMOD], "containers might not support easily", DRIVER),
    74: K([SCALE_EASY, HIGH_LOAD], "easier with containers"),
    75: K([LIC_VM, LIC_C], "individual licenses for each OS instance",
          "core answered; a vendor may still licence per container, which the article does not cover"),
    76: K([MIG_PLAN, MIG_CHALL], "ensuring your applications are compatible",
          "pros/cons are broad; the article answers with its migration steps and general trade-offs"),
    77: K([FULLOS_EACH, RES_EFF], "more containers on the same hardware"),
    78: K([ENGINE], "affect many containers simultaneously"),
    79: K([BOUNDARIES], "VMs could be your best choice"),
    80: K([ON_VMS], "run seamlessly on virtual machines"),
}

P = "podman/docs/source/markdown/"
PO = P + "options/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [P + "podman-secret-create.1.md", PO + "secret.md"],
    2: [P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md", P + "podman-container.unit.5.md.in"],
    3: ["podman/docs/tutorials/socket_activation.md"],
    4: [P + "podman-kube-play.1.md.in"],
    5: [P + "podman-image-scp.1.md"],
    6: [P + "podman-volume-export.1.md", P + "podman-volume-import.1.md"],
    7: [P + "podman-system-df.1.md", P + "podman-system-prune.1.md"],
    8: [P + "podman-update.1.md.in", PO + "memory.md"],
    9: [PO + "userns.container.md", "podman/troubleshooting.md"],
    10: [PO + "tz.md"],
    11: [PO + "read-only-tmpfs.md", PO + "read-only.md"],
    12: [P + "podman-events.1.md"],
    13: [P + "podman-compose.1.md.in"],
    14: ["podman/troubleshooting.md", P + "podman-unshare.1.md"],
    15: [P + "podman-system-check.1.md"],
    16: [P + "podman-machine-os-upgrade.1.md", P + "podman-machine-os-apply.1.md"],
    17: [FC + "ballooning.md"],
    18: [FC + "mmds/mmds-user-guide.md"],
    19: [FC + "vsock.md"],
    20: [FC + "network-setup.md"],
    21: [FC + "rootfs-and-kernel-setup.md"],
    22: [FC + "snapshotting/random-for-clones.md"],
    23: [FC + "snapshotting/network-for-clones.md"],
    24: [FC + "metrics.md"],
    25: [FC + "hugepages.md"],
    26: [FC + "seccomp.md", FC + "seccompiler.md"],
    27: [FC + "api_requests/patch-block.md"],
    28: [FC + "api_requests/block-caching.md"],
    29: [KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         KD + "use-cases/GPU-passthrough-and-Kata.md"],
    30: [KD + "use-cases/using-SRIOV-and-kata.md"],
    31: [KD + "hypervisors.md"],
    32: [KD + "install/minikube-installation-guide.md"],
    33: [KD + "how-to/how-to-use-sysctls-with-kata.md"],
    34: [KD + "how-to/how-to-setup-swap-devices-in-guest-kernel.md", KD + "how-to/how-to-use-memory-agent.md"],
    35: [KD + "how-to/how-to-set-sandbox-config-kata.md"],
    36: [KD + "Limitations.md"],
    37: [KD + "Developer-Guide.md"],
    38: [KD + "how-to/how-to-set-prometheus-in-k8s.md", KD + "design/kata-2-0-metrics.md"],
    39: [KD + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    40: [KD + "how-to/how-to-import-kata-logs-with-fluentd.md"],
}

# off-topic: keep every line except these (line -> reason)
OFFTOPIC_DUPS = set()
OFFTOPIC_DROPS = {}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        out["seed"].append((n, q, SEED.get(n)))
    for n, q in enumerate(_lines("corpus"), 1):
        d = {"keep": True, "expectSource": CORPUS[n]} if n in CORPUS else None
        out["corpus"].append((n, q, d))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            d = D(DUP)
        elif n in OFFTOPIC_DROPS:
            d = D(OFFTOPIC_DROPS[n])
        else:
            d = {"keep": True}
        out["offtopic"].append((n, q, d))
    return out
