"""Labels for the frozen 'quays' drafts (written from scratch, after the freeze).

Interface used by build.py: DRAFTS, DUP, labelled() -> {section: [(line, question, decision)]}.
Questions are read from the frozen drafts by code, never retyped.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- verbatim article phrases (each inside one sentence) ----
SPIKE_A = "allowing faster scaling and less overhead"                       # FAQ high load
SPIKE_B = "Scalability challenges are easier with containers since they activate quickly"
RAPID = "If you need rapid, scalable applications, containers are better"
START_C = "which makes them faster to start and more resource-efficient"
START_V = "VMs can be slightly slower to start and consume more resources"
SPINUP = "leveraging their ability to quickly spin up and shut down"
CHOOSE_C = "You might choose containers when you need agility and speed"
DENSITY = "you can run more containers on the same hardware compared to virtual machines"
FULL_OS = "which each require a full OS instance"
MICRO = "Containers are more resource-efficient and ideal for microservices"
HOST_VULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
SHARED_FLAW = "However, containers share the host OS"
STRONG_ISO = "They provide stronger isolation because each VM runs its own complete OS"
CONTAIN = "easier to contain security breaches within a single VM without affecting others"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
SHARED_KV = "Container security is complex due to shared kernel vulnerabilities"
KMOD = "require specific OS configurations or kernel modules that containers might not support easily"
FULL_COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
KERNEL_S2 = "containers share the host OS kernel, making them lightweight and quick to start"
KERNEL_S8 = "Containers share the host OS kernel, making them lightweight"
SEPARATE_OS = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
LIC_SIMPLE = "Containers often have simpler licensing because they share the host OS"
LIC_VM = "VMs typically require individual licenses for each OS instance"
LIC_COST = "containers can be more cost-effective and easier to license"
LIC_FEES = "VMs might involve additional licensing fees, especially with proprietary operating systems"
MIG_PLAN = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
MIG_CFG = "Address migration challenges like data transfer and configuration adjustments early"
MIG_NAV = "from VMs to containers requires careful navigation"
HYPER_T = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
HYPER_D = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"
IN_VM = "Yes, containers can run seamlessly on virtual machines"
IN_VM_K8S = "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"
IN_VM_MIX = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
HIGHLOAD = "containers generally perform better due to efficient resource allocation"
PLACE = "Both technologies have their place"
EXCEL = "they excel in environments where stability, compatibility, and security are critical"
SECURE_ENV = "For more secure, isolated environments, VMs excel"
UPDATE_IMG = "regularly updating container images to minimize attack surfaces"


def S(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def D(reason):
    return {"keep": False, "reason": reason}


SPIKES = S([SPIKE_A, SPIKE_B], "containers generally perform better")
KMOD_VM = S([KMOD], "VMs are also better suited")
SENS_VM = S([UNTRUSTED, STRONG_ISO], "untrusted or sensitive workloads")

SEED = {
    1: S([SPIKE_B, SPINUP], "easier with containers"),
    2: KMOD_VM,
    3: S([DENSITY, FULL_OS], "more containers on the same hardware",
         "asks for a rough number; the article only says more containers fit on the same hardware"),
    4: S([HOST_VULN, SHARED_KV], "affect many containers simultaneously"),
    5: SPIKES,
    6: S([LIC_COST, DENSITY], "more cost-effective and easier to license",
         "article's cost claims rest on licensing and resource efficiency; elastic off-season hosting bills not addressed"),
    7: D("physical-to-VM move of a legacy app not addressed (the migration FAQ is VMs to containers)"),
    8: S([IN_VM, IN_VM_MIX], "containers can run seamlessly",
         "article says containers run seamlessly on VMs; whether overhead doubles is not addressed"),
    9: S([MGMT], "may require more management effort",
         "management effort rests on one FAQ sentence; team size not addressed"),
    10: SENS_VM,
    11: S([KMOD, FULL_COMPAT], "VMs are also better suited",
          "Windows/licence server not named; decided on specific OS configurations / full OS compatibility"),
    12: S([START_V, START_C], "slightly slower to start"),
    13: D("own-case: lifting a file server and licence box to the cloud is decided by no article criterion"),
    14: S([SPIKE_B, SPIKE_A], "easier with containers"),
    15: S([HYPER_T, HYPER_D], "VMs rely on hypervisors",
          "article says VMs rely on hypervisors for managing resources; does not explain one host running several VMs or name Hyper-V/ESXi"),
    16: S([FULL_OS, START_V], "consume more resources"),
    17: S([LIC_VM, LIC_COST], "individual licenses for each OS instance"),
    18: D("portability across mac/linux/cloud not addressed"),
    19: S([CONTAIN, STRONG_ISO], "provide stronger isolation"),
    20: S([CONSIST], "VMs could be your best choice",
          "main text ties consistent performance to VMs but gives no reason; the FAQ says containers perform better under high load"),
    21: KMOD_VM,
    22: S([HOST_VULN, UNTRUSTED], "affect many containers simultaneously",
          "article says host/engine vulnerabilities can affect many containers; a jump to the host is not spelled out"),
    23: D("whether Kubernetes is worth it for a small team / what orchestration buys is not addressed"),
    24: SPIKES,
    25: S([KERNEL_S2, SEPARATE_OS], "containers share the host OS kernel"),
    26: S([KERNEL_S8], "Containers share the host OS kernel"),
    27: S([MICRO, FULL_OS], "resource-efficient and ideal for microservices"),
    28: SENS_VM,
    29: D("portability on-prem to AWS not addressed"),
    30: S([IN_VM, IN_VM_K8S], "containers can run seamlessly"),
    31: S([CONSIST], "VMs could be your best choice",
          "main text ties consistent performance to VMs; the FAQ says containers perform better under high load; tick rate not named"),
    32: S([START_C, START_V], "faster to start"),
    33: S([KMOD], "containers might not support easily"),
    34: SPIKES,
    35: S([UNTRUSTED, CONTAIN], "untrusted or sensitive workloads"),
    36: S([DENSITY], "more containers on the same hardware"),
    37: S([HOST_VULN, SHARED_KV], "affect many containers simultaneously",
          "article says host/engine vulnerabilities can affect many containers; full host takeover not stated"),
    38: S([MGMT, UPDATE_IMG], "may require more management effort",
          "one FAQ sentence on VM management effort; container images still need regular updating; guest-OS patching not named"),
    39: S([LIC_COST, SPINUP], "more cost-effective and easier to license",
          "cost claim is about licensing; short-lived servers only via quick spin up and shut down"),
    40: S([SPIKE_A, HIGHLOAD], "containers generally perform better",
          "FAQ speaks of high load and less overhead; CPU-bound loops not addressed"),
    41: S([CHOOSE_C, SPINUP], "You might choose containers",
          "a nightly batch-then-idle pattern is not named; decided on quick spin up and shut down"),
    42: S([KMOD], "containers might not support easily"),
    43: S([START_V, SPIKE_A], "consume more resources",
          "asks how much; the article only says VMs consume more resources and containers have less overhead"),
    44: S([CONTAIN, HOST_VULN], "provide stronger isolation"),
    45: S([SPIKE_B, SPIKE_A], "easier with containers"),
    46: S([HYPER_T, HYPER_D], "VMs rely on hypervisors",
          "article contrasts hypervisors with orchestration platforms; the container runtime itself is not explained"),
    47: S([MIG_PLAN, MIG_CFG], "data transfer and configuration adjustments",
          "article says ensure applications are compatible and adjust configuration; rewrite vs config not decided; .NET not named"),
    48: S([IN_VM, IN_VM_MIX], "containers can run seamlessly"),
    49: S([UNTRUSTED, STRONG_ISO], "untrusted or sensitive workloads"),
    50: D("windows laptops vs linux servers / image portability not addressed"),
    51: S([RAPID, SPIKE_B], "containers are better"),
    52: SENS_VM,
    53: S([SHARED_FLAW, HOST_VULN], "it could affect other containers",
          "article says a flaw could affect other containers; reading another container's memory or files is not spelled out"),
    54: S([KMOD, KERNEL_S8], "VMs are also better suited"),
    55: S([MGMT], "may require more management effort",
          "management effort rests on one FAQ sentence; long-term upkeep not detailed"),
    56: S([LIC_COST, LIC_VM], "more cost-effective and easier to license"),
    57: S([START_V, START_C], "slightly slower to start",
          "asks how long; article gives no boot times, only the comparison"),
    58: S([IN_VM, IN_VM_K8S], "containers can run seamlessly"),
    59: S([SHARED_KV, STRONG_ISO], "shared kernel vulnerabilities"),
    60: D("privilege level after a container escape not addressed (least privilege is only listed as a practice)"),
    61: D("own-case ambiguous: old glibc/compiler is userland; article's 'specific OS configurations' criterion does not clearly decide it"),
    62: S([SPINUP, START_C], "quickly spin up and shut down"),
    63: S([CONSIST], "VMs could be your best choice",
          "main text ties consistent performance to VMs; the FAQ says containers perform better under high load"),
    64: D("running containers without root on a shared HPC cluster not addressed"),
    65: KMOD_VM,
    66: S([DENSITY, MICRO], "more containers on the same hardware"),
    67: D("portability across laptops/cluster/cloud not addressed"),
    68: SPIKES,
    69: S([SHARED_KV, HOST_VULN], "shared kernel vulnerabilities"),
    70: S([PLACE, EXCEL], "Both technologies have their place",
          "research computing not addressed; article says both have their place and VMs excel where stability, compatibility and security are critical"),
    71: S([FULL_COMPAT, KMOD], "VMs are better suited",
          "Windows Server not named; decided on full OS compatibility / specific OS configurations"),
    72: SENS_VM,
    73: S([DENSITY], "more containers on the same hardware",
          "article says more containers fit on the same hardware; whether separate sites can be consolidated is not addressed"),
    74: S([LIC_FEES, LIC_VM], "VMs might involve additional licensing fees",
          "article's licensing FAQ is about OS/enterprise licences; hypervisor (VMware) licensing not named"),
    75: KMOD_VM,
    76: SPIKES,
    77: D("consolidating branch servers into a central DC is not addressed"),
    78: S([MGMT, MIG_NAV], "requires careful navigation",
          "article: VMs may need more management effort, migration needs careful navigation; team size not addressed"),
    79: S([HOST_VULN, CONTAIN], "affect many containers simultaneously",
          "article frames shared-kernel risk as security, not crashes/stability"),
    80: S([IN_VM_MIX, IN_VM], "offers flexibility, scalability, and security",
          "FAQ says containers on VMs offer flexibility, scalability and security; 'best of both' framing not stated"),
}

P = "podman/docs/source/markdown/"
O = P + "options/"
FC = "firecracker/docs/"
K = "kata/docs/"
CORPUS = {
    1: [P + "podman-volume-export.1.md", P + "podman-volume-import.1.md"],
    2: [P + "podman-image-scp.1.md"],
    3: [P + "podman-system-df.1.md", P + "podman-system-prune.1.md"],
    4: [P + "podman-pod-create.1.md.in"],
    5: [P + "podman-generate-systemd.1.md", P + "podman-systemd.unit.5.md"],
    6: ["podman/docs/tutorials/socket_activation.md"],
    7: [P + "podman-unshare.1.md", "podman/troubleshooting.md"],
    8: [P + "podman-secret-create.1.md", O + "secret.md"],
    9: ["podman/docs/tutorials/macos_autostart.md"],
    10: [P + "podman-stats.1.md.in"],
    11: [O + "device.md"],
    12: [O + "gpus.md"],
    13: [O + "tz.md"],
    14: [P + "podman-network-create.1.md.in", O + "internal.md"],
    15: [P + "podman-update.1.md.in"],
    16: [P + "podmansh.1.md"],
    17: [FC + "snapshotting/snapshot-support.md"],
    18: [FC + "mmds/mmds-user-guide.md"],
    19: [FC + "ballooning.md"],
    20: [FC + "vsock.md"],
    21: [FC + "rootfs-and-kernel-setup.md"],
    22: [FC + "snapshotting/network-for-clones.md"],
    23: [FC + "snapshotting/random-for-clones.md"],
    24: [FC + "hugepages.md"],
    25: [FC + "logger.md", FC + "metrics.md"],
    26: [FC + "seccomp.md"],
    27: [FC + "getting-started.md", FC + "dev-machine-setup.md"],
    28: [FC + "api_requests/patch-network-interface.md"],
    29: [K + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", K + "use-cases/GPU-passthrough-and-Kata.md"],
    30: [K + "how-to/how-to-use-virtio-fs-with-kata.md"],
    31: [K + "how-to/how-to-use-kata-containers-with-firecracker.md"],
    32: [K + "how-to/run-kata-with-crictl.md"],
    33: [K + "use-cases/using-SRIOV-and-kata.md"],
    34: [K + "Limitations.md"],
    35: [K + "how-to/how-to-use-sysctls-with-kata.md"],
    36: [K + "use-cases/using-Intel-SGX-and-kata.md"],
    37: [K + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    38: [K + "how-to/what-is-vm-cache-and-how-do-I-use-it.md"],
    39: [K + "how-to/how-to-setup-swap-devices-in-guest-kernel.md"],
    40: [K + "how-to/how-to-set-prometheus-in-k8s.md", K + "design/kata-2-0-metrics.md"],
}

# Decided by code in the trial build: questions equal to one in an earlier heldout-*.json.
SEED_DUPS = set()
CORPUS_DUPS = set()
OFFTOPIC_DUPS = {29, 36}
OFFTOPIC_DROPS = {}  # line -> reason (none: no off-topic question is answered by the knowledge)


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        d = D(DUP) if n in SEED_DUPS else SEED.get(n)
        out["seed"].append((n, q, dict(d) if d else None))
    for n, q in enumerate(_lines("corpus"), 1):
        if n in CORPUS_DUPS:
            d = D(DUP)
        else:
            d = {"keep": True, "expectSource": CORPUS[n]}
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
