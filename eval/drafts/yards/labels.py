"""Labels for the frozen 'yards' drafts (written after FROZEN.txt, from scratch).

Interface used by build.py:
  DRAFTS    = {section: draft file name}
  DUP       = reason string for questions equal to one in an earlier heldout-*.json
  labelled()-> {section: [(line_number, question_text, decision_dict)]}
Questions are read from the frozen drafts here; nothing is retyped.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- article phrases (verbatim, one sentence each) ----
S_START = "containers share the host OS kernel, making them lightweight and quick to start"
S_VMSEP = "VMs run separate OS instances, offering stronger isolation but slower startup"
S_KT_START = "Containers share the host OS kernel, making them lightweight and faster to start"
S_KMOD = "require specific OS configurations or kernel modules that containers might not support easily"
S_ENGINE = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
S_FLAW = "it could affect other containers"
S_SHAREDK = "Container security is complex due to shared kernel vulnerabilities"
S_LEASTPRIV = "running containers with the least privileges, isolating them properly"
S_SCALE = "Scalability challenges are easier with containers since they activate quickly"
S_LOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling"
S_VMDROP = "VMs may experience performance drops because of their heavier resource use and longer startup times"
S_SPIN = "leveraging their ability to quickly spin up and shut down"
S_DENSITY = "you can run more containers on the same hardware compared to virtual machines"
S_RESEFF = "Containers are more resource-efficient and ideal for microservices"
S_ISOVM = "easier to contain security breaches within a single VM without affecting others"
S_SENS = "valuable for running untrusted or sensitive workloads"
S_CONSIST = "if your priority is strong security boundaries and consistent performance"
S_DEDIC = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
S_LIC_SIMPLE = "Containers often have simpler licensing because they share the host OS"
S_LIC_VM = "VMs typically require individual licenses for each OS instance"
S_COSTEFF = "containers can be more cost-effective and easier to license"
S_TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors"
S_HYPROLE = "play a crucial role in optimizing resource management and security"
S_K8S = "container orchestration tools like Kubernetes manage them efficiently"
S_INVM = "Yes, containers can run seamlessly on virtual machines"
S_INVM_PROS = "This setup offers flexibility, scalability, and security"
S_INVM_CONF = "proper configuration is essential to prevent potential bottlenecks or security issues"
S_OSCOMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
S_MIG_NAV = "migration from VMs to containers requires careful navigation"
S_MIG_PLAN = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
S_MIG_CHAL = "Address migration challenges like data transfer and configuration adjustments early"
S_MIG_SHIFT = "Test thoroughly in staging environments, then gradually shift workloads"
S_WHENVM = "virtual machines serve well in scenarios demanding robust security and compatibility"
S_VMSLOW = "VMs can be slightly slower to start and consume more resources"


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def D(reason):
    return {"keep": False, "reason": reason}


NOTE_TIME = "article gives no timings; comparative answer only (containers start faster, VMs slower)"
NOTE_COUNT = "article gives no figures; comparative answer only (more containers than VMs on the same hardware)"
NOTE_CONSIST = ("main text ties consistent performance to VMs, but the high-load FAQ says containers perform better "
                "under load")
NOTE_MGMT = "management effort rests on one FAQ sentence (VMs may require more management effort)"
NOTE_P2V = ("article does not compare lift-and-shift into a VM with containerising; answered via VMs suiting apps "
            "that need full OS compatibility and the careful-migration FAQ")
NOTE_ESCAPE = ("article speaks of host OS / container engine vulnerabilities and security flaws affecting other "
               "containers, not a compromised container as such")
NOTE_HYP = "article only gives the orchestration-platform vs hypervisor split and the hypervisor's role"
NOTE_LIC = "Windows / vendor application licences not named; answered via per-OS-instance licensing"
NOTE_COST = "no cost figures; answered through licensing and resource efficiency"
NOTE_MIG = "answered only by the general VM-to-container migration FAQ"

SEED = {
    1: K([S_START, S_VMSEP], "lightweight and quick to start", NOTE_TIME),
    2: K([S_KMOD], "VMs are also better suited"),
    3: K([S_START, S_VMSEP], "VMs run separate OS instances"),
    4: K([S_ENGINE, S_FLAW], "affect many containers simultaneously", NOTE_ESCAPE),
    5: K([S_SCALE, S_LOAD], "Scalability challenges are easier with containers"),
    6: K([S_LIC_SIMPLE, S_LIC_VM], "Containers often have simpler licensing",
         NOTE_LIC + "; whether the KDM software itself can be containerised is not discussed"),
    7: K([S_OSCOMPAT, S_MIG_NAV], "VMs are better suited", NOTE_P2V),
    8: K([S_DENSITY], "more containers on the same hardware", NOTE_COUNT),
    9: K([S_INVM, S_INVM_CONF], "containers can run seamlessly"),
    10: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads"),
    11: K([S_CONSIST], "VMs could be your best choice", NOTE_CONSIST),
    12: K([S_KMOD], "VMs are also better suited"),
    13: K([S_TOOLS, S_HYPROLE], "VMs rely on hypervisors", NOTE_HYP),
    14: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads",
          "CJIS not named; answered by VM isolation for sensitive workloads"),
    15: K([S_SCALE, S_VMDROP], "Scalability challenges are easier with containers"),
    16: K([S_ENGINE, S_SHAREDK], "affect many containers simultaneously"),
    17: K([S_DEDIC], "may require more management effort", NOTE_MGMT),
    18: D("not addressed: portability between laptop and servers"),
    19: D("not addressed: VM overhead compared with bare metal"),
    20: K([S_OSCOMPAT, S_MIG_NAV], "VMs are better suited", NOTE_P2V + "; Windows Server not named"),
    21: K([S_SCALE, S_LOAD], "Scalability challenges are easier with containers"),
    22: K([S_COSTEFF, S_DENSITY], "containers can be more cost-effective", NOTE_COST),
    23: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads",
          "FERPA not named; answered by VM isolation for sensitive workloads"),
    24: K([S_KMOD], "VMs are also better suited"),
    25: K([S_KT_START], "lightweight and faster to start"),
    26: K([S_SHAREDK, S_ENGINE], "shared kernel vulnerabilities"),
    27: K([S_DENSITY], "more containers on the same hardware"),
    28: K([S_WHENVM, S_KMOD], "robust security and compatibility"),
    29: K([S_INVM, S_INVM_CONF], "containers can run seamlessly"),
    30: K([S_DEDIC, S_LEASTPRIV], "may require more management effort",
          NOTE_MGMT + "; container image updates mentioned only as a security practice"),
    31: K([S_LOAD, S_SCALE], "containers generally perform better"),
    32: K([S_SCALE, S_SPIN], "Scalability challenges are easier with containers"),
    33: K([S_START, S_VMSEP], "lightweight and quick to start", NOTE_TIME),
    34: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads",
          "PCI DSS not named; answered by VM isolation for sensitive workloads"),
    35: D("ambiguous: a USB device driver is normally loaded on the host and the device passed into a container; "
          "the kernel-module rule would say VM"),
    36: K([S_DEDIC], "may require more management effort", NOTE_MGMT),
    37: D("not addressed: portability between AWS and on-prem"),
    38: K([S_LOAD], "containers generally perform better"),
    39: D("not addressed: whether Kubernetes is needed for a few containers"),
    40: K([S_DEDIC, S_CONSIST], "stronger isolation through dedicated resources",
          "noisy neighbours not discussed as such; answered via dedicated resources and consistent performance"),
    41: D("ambiguous: licence dongle plus hardware driver; the driver is normally on the host and the device passed "
          "through to either a container or a VM"),
    42: K([S_KMOD], "VMs are also better suited",
          "specific OS build -> VM per the article; an old CentOS userland may also run in a container if the kernel "
          "is not the dependency"),
    43: K([S_START, S_KMOD], "containers share the host OS kernel",
          "follows from the shared kernel and the specific-OS sentence, not said outright; Windows not named"),
    44: K([S_SCALE, S_SPIN], "Scalability challenges are easier with containers"),
    45: K([S_LIC_SIMPLE, S_LIC_VM], "Containers often have simpler licensing",
          NOTE_LIC + "; the vendor's per-VM application licence is not covered"),
    46: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads"),
    47: K([S_VMSLOW, S_LOAD], "consume more resources",
          "no figures; 'negligible' not addressed; answered via VM resource use and high-load FAQ"),
    48: K([S_OSCOMPAT, S_MIG_NAV], "VMs are better suited", NOTE_P2V),
    49: K([S_TOOLS, S_HYPROLE], "VMs rely on hypervisors", NOTE_HYP),
    50: K([S_CONSIST], "VMs could be your best choice", NOTE_CONSIST),
    51: K([S_SPIN, S_SCALE], "quickly spin up and shut down"),
    52: K([S_ISOVM, S_SENS], "They provide stronger isolation",
          "per-customer separation not discussed as such; density argues for containers"),
    53: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads"),
    54: K([S_KT_START, S_SHAREDK], "Containers share the host OS kernel"),
    55: K([S_DENSITY], "more containers on the same hardware", NOTE_COUNT),
    56: K([S_MIG_NAV, S_MIG_PLAN], "requires careful navigation",
          NOTE_MIG + "; whether it is worth it is left to the trade-offs"),
    57: D("not addressed: what an attacker reaches after a container escape"),
    58: K([S_K8S, S_TOOLS], "container orchestration tools like Kubernetes", "VMware not named"),
    59: K([S_START, S_VMSEP], "VMs run separate OS instances"),
    60: D("not addressed: portability across clouds / lock-in"),
    61: K([S_CONSIST], "VMs could be your best choice", NOTE_CONSIST),
    62: K([S_SCALE, S_LOAD], "Scalability challenges are easier with containers"),
    63: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads"),
    64: K([S_START, S_VMSEP], "lightweight and quick to start", NOTE_TIME),
    65: K([S_COSTEFF, S_RESEFF], "containers can be more cost-effective",
          NOTE_COST + "; nightly batch not discussed"),
    66: K([S_INVM, S_INVM_PROS], "offers flexibility, scalability, and security"),
    67: K([S_LOAD, S_VMSLOW], "containers generally perform better",
          "no latency figures; answered via VM overhead and the high-load FAQ"),
    68: K([S_ENGINE, S_LEASTPRIV], "affect many containers simultaneously"),
    69: D("not addressed: how to manage a mixed VM and container estate"),
    70: K([S_VMSEP], "offering stronger isolation but slower startup"),
    71: K([S_KMOD], "VMs are also better suited",
          "realtime kernel patch read as a kernel configuration only a VM can choose"),
    72: K([S_ISOVM, S_SENS], "untrusted or sensitive workloads"),
    73: K([S_RESEFF, S_DENSITY], "Containers are more resource-efficient"),
    74: D("not addressed: microVMs are not mentioned"),
    75: K([S_SCALE, S_LOAD], "Scalability challenges are easier with containers"),
    76: K([S_ENGINE, S_FLAW], "affect many containers simultaneously", NOTE_ESCAPE),
    77: K([S_TOOLS, S_K8S], "VMs rely on hypervisors"),
    78: K([S_CONSIST], "VMs could be your best choice", NOTE_CONSIST),
    79: K([S_MIG_CHAL, S_MIG_PLAN], "data transfer and configuration adjustments", NOTE_MIG),
    80: K([S_INVM_PROS, S_INVM], "offers flexibility, scalability, and security",
          "no comparison with bare metal; answered by the benefits of containers on VMs"),
}

P = "podman/docs/source/markdown/"
KD = "kata/docs/"
FC = "firecracker/docs/"
CORPUS = {
    1: [P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md"],
    2: [P + "podman-secret-create.1.md", P + "options/secret.md"],
    3: ["podman/docs/tutorials/socket_activation.md"],
    4: [P + "podman-system-df.1.md", P + "podman-system-prune.1.md"],
    5: [P + "podman-machine-set.1.md.in"],
    6: [P + "podman-image-scp.1.md"],
    7: [P + "podman-save.1.md.in", P + "podman-load.1.md"],
    8: [P + "podman-pod-create.1.md.in", P + "options/publish.md"],
    9: [P + "podman-volume-export.1.md", P + "podman-volume-import.1.md"],
    10: [P + "podman-unshare.1.md", "podman/troubleshooting.md"],
    11: [P + "options/userns.container.md"],
    12: [P + "podman-events.1.md"],
    13: [P + "podman-compose.1.md.in"],
    14: [P + "podman-update.1.md.in"],
    15: [P + "options/sbom.md", P + "podman-build.1.md.in"],
    16: [P + "podman-kube-generate.1.md"],
    17: [FC + "snapshotting/snapshot-support.md"],
    18: [FC + "snapshotting/network-for-clones.md"],
    19: [FC + "snapshotting/random-for-clones.md"],
    20: [FC + "ballooning.md"],
    21: [FC + "mmds/mmds-user-guide.md"],
    22: [FC + "vsock.md"],
    23: [FC + "rootfs-and-kernel-setup.md"],
    24: [FC + "seccomp.md", FC + "seccompiler.md"],
    25: [FC + "hugepages.md"],
    26: [FC + "entropy.md"],
    27: [FC + "metrics.md"],
    28: [FC + "api_requests/block-caching.md"],
    29: [KD + "how-to/how-to-use-kata-containers-with-firecracker.md", KD + "hypervisors.md"],
    30: [KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         KD + "use-cases/GPU-passthrough-and-Kata.md"],
    31: [KD + "how-to/how-to-use-virtio-fs-with-kata.md"],
    32: [KD + "how-to/how-to-use-sysctls-with-kata.md"],
    33: [KD + "how-to/how-to-setup-swap-devices-in-guest-kernel.md", KD + "how-to/how-to-use-memory-agent.md"],
    34: [KD + "how-to/how-to-use-k8s-with-crio-and-kata.md"],
    35: [KD + "how-to/how-to-set-prometheus-in-k8s.md"],
    36: [KD + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    37: [KD + "how-to/how-to-pull-images-in-guest-with-kata.md", KD + "design/kata-guest-image-management-design.md"],
    38: [KD + "Limitations.md"],
    39: [KD + "use-cases/using-SRIOV-and-kata.md"],
    40: [KD + "hypervisors.md"],
}

OFFTOPIC_DUPS = {6, 20, 28}  # exact duplicates of earlier sets, found by the trial build (lanes, ops, near)
OFFTOPIC_DROPS = {}     # line -> reason (a document actually answers it); none found


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        out["seed"].append((n, q, SEED.get(n)))
    for n, q in enumerate(_lines("corpus"), 1):
        paths = CORPUS.get(n)
        out["corpus"].append((n, q, {"keep": True, "expectSource": paths} if paths else None))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            d = D(DUP)
        elif n in OFFTOPIC_DROPS:
            d = D(OFFTOPIC_DROPS[n])
        else:
            d = {"keep": True}
        out["offtopic"].append((n, q, d))
    return out
