"""Labels for heldout-moorings (written from scratch; questions read from the frozen drafts by code)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# article phrases (verbatim, inside one sentence each)
P_SHARE = "Containers share the host OS kernel, making them lightweight and faster to start"
P_SEPOS = "VMs run separate OS instances for full isolation"
P_S3 = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
P_RAPID = "If you need rapid, scalable applications, containers are better"
P_EFF = "Containers are more resource-efficient and ideal for microservices"
P_BOUND = "VMs provide stronger security boundaries with complete OS environments"
P_COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
P_RAPIDDEP = "Containers offer rapid deployment and scalability"
P_SECCOMPLEX = "Container security is complex due to shared kernel vulnerabilities"
P_ISOSEP = "VMs isolate workloads more securely with separate OSes"
P_TOOLS = "VMs rely on hypervisors for managing resources and security"
P_MORECONT = "you can run more containers on the same hardware compared to virtual machines"
P_FULLOS = "which each require a full OS instance"
P_MANY = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
P_PRACT = "running containers with the least privileges, isolating them properly, and regularly updating container images"
P_CONTAIN = "making it easier to contain security breaches within a single VM without affecting others"
P_OWNOS = "because each VM runs its own complete OS"
P_SENS = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
P_SLOWER = "VMs can be slightly slower to start and consume more resources"
P_STAB = "they excel in environments where stability, compatibility, and security are critical"
P_KMOD = "applications that require specific OS configurations or kernel modules that containers might not support easily"
P_HYPER = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"
P_SPIN = "leveraging their ability to quickly spin up and shut down"
P_CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
P_BOTH = "Both technologies have their place"
P_BALANCE = "your choice depends on balancing the need for speed, security, and resource efficiency"
P_FLAW = "it could affect other containers"
P_DEDIC = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
P_ONVM = "Yes, containers can run seamlessly on virtual machines"
P_CONFIG = "proper configuration is essential to prevent potential bottlenecks or security issues"
P_LICSIMPLE = "Containers often have simpler licensing because they share the host OS, reducing extra costs"
P_LICVM = "VMs typically require individual licenses for each OS instance, increasing expenses"
P_COSTEFF = "containers can be more cost-effective and easier to license"
P_LOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
P_ACTIVATE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
P_MONITOR = "adjusting resource allocation to maintain ideal performance during spikes"
P_PLAN = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
P_MIGCH = "Address migration challenges like data transfer and configuration adjustments early"
P_STAGING = "Test thoroughly in staging environments, then gradually shift workloads"
P_BACKUPS = "Keep backups handy, and monitor performance closely"
P_MINUTES = "like a startup launching a website in minutes, versus setting up full VMs, which takes longer"
P_FASTSTART = "which makes them faster to start and more resource-efficient"

# short answers
A_SHARE = "share the host OS kernel"
A_LIGHT = "lightweight and faster to start"
A_RAPID = "containers are better"
A_MICRO = "more resource-efficient and ideal for microservices"
A_COMPAT = "full OS compatibility and stability"
A_RAPIDDEP = "rapid deployment and scalability"
A_SHAREDVULN = "shared kernel vulnerabilities"
A_MORE = "more containers on the same hardware"
A_FULLOS = "require a full OS instance"
A_MANY = "affect many containers simultaneously"
A_UPDATE = "regularly updating container images"
A_LEAST = "running containers with the least privileges"
A_CONTAIN = "contain security breaches"
A_OWNOS = "runs its own complete OS"
A_SENS = "untrusted or sensitive workloads"
A_SLOWER = "slightly slower to start"
A_STAB = "stability, compatibility, and security"
A_KMOD = "specific OS configurations or kernel modules"
A_HYPER = "optimizing resource management and security"
A_SPIN = "quickly spin up and shut down"
A_CONSIST = "strong security boundaries and consistent performance"
A_BOTH = "Both technologies have their place"
A_BALANCE = "balancing the need for speed"
A_FLAW = "could affect other containers"
A_MGMT = "may require more management effort"
A_DEDIC = "stronger isolation through dedicated resources"
A_ONVM = "run seamlessly on virtual machines"
A_LIC = "have simpler licensing"
A_COSTEFF = "more cost-effective and easier to license"
A_LOAD = "faster scaling and less overhead"
A_ACTIVATE = "they activate quickly"
A_MIGCH = "data transfer and configuration adjustments"
A_STAGING = "Test thoroughly in staging environments"
A_GRADUAL = "gradually shift workloads"
A_BACKUPS = "Keep backups handy"
A_MINUTES = "launching a website in minutes"

# shared notes
N_NUM = "article is qualitative: no figures; the comparative answer (containers lighter / faster) is what is expected"
N_SENSIMPL = "sensitivity is implied rather than stated; article's untrusted-or-sensitive-workloads criterion points to VMs"
N_ESCAPE = "article does not discuss escapes/crashes as such; closest is shared-kernel flaws affecting other containers vs VM breach containment"
N_WIN = "Windows is not named; full OS compatibility criterion points to a VM"
N_GENERIC = "article gives criteria, not a verdict for this exact setup; expected answer is the trade-off / leaning it gives"


def K(exp, ans):
    return {"keep": True, "expect": list(exp), "answer": ans}


def L(exp, ans, note):
    return {"keep": True, "expect": list(exp), "answer": ans, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


SEED = {
    1: D("not decided by the article: moving one booking app from an old server to the cloud gives no deciding criterion (no spike, sensitivity, kernel or OS need stated)"),
    2: K([P_SHARE, P_SEPOS], A_SHARE),
    3: K([P_SPIN, P_ACTIVATE], A_SPIN),
    4: K([P_KMOD, P_COMPAT], A_KMOD),
    5: K([P_SENS, P_CONTAIN], A_SENS),
    6: L([P_FASTSTART, P_SLOWER], A_SLOWER, N_NUM),
    7: L([P_MANY, P_FLAW], A_FLAW, N_ESCAPE),
    8: K([P_STAGING, P_BACKUPS], A_GRADUAL),
    9: K([P_LICSIMPLE, P_LICVM], A_LIC),
    10: K([P_ONVM], A_ONVM),
    11: K([P_EFF, P_MORECONT], A_MICRO),
    12: K([P_KMOD], A_KMOD),
    13: K([P_SENS, P_CONTAIN], A_SENS),
    14: K([P_SHARE, P_FULLOS], A_SHARE),
    15: K([P_LOAD, P_ACTIVATE], A_LOAD),
    16: K([P_SECCOMPLEX, P_MANY], A_SHAREDVULN),
    17: K([P_MORECONT, P_FULLOS], A_FULLOS),
    18: K([P_COMPAT, P_STAB], A_COMPAT),
    19: L([P_COSTEFF, P_LICSIMPLE, P_MORECONT], A_COSTEFF, "article names licensing and hardware efficiency as the savings; no figures for a business case"),
    20: L([P_DEDIC, P_PRACT], A_MGMT, "article only says VMs may need more management effort while containers need strict security practices; no ops-effort verdict for a one-person team"),
    21: K([P_MINUTES, P_EFF], A_MINUTES),
    22: L([P_KMOD], A_KMOD, "kernel-module criterion decides (VM); USB adapter passthrough itself is not covered"),
    23: K([P_SPIN, P_RAPID], A_SPIN),
    24: L([P_MANY, P_CONTAIN], A_MANY, N_ESCAPE),
    25: L([P_PRACT, P_SECCOMPLEX], A_LEAST, "isolation mechanisms (namespaces, cgroups) are not described; article answers with shared-kernel risk and isolating containers properly"),
    26: K([P_SENS, P_CONTAIN], A_SENS),
    27: K([P_ONVM], A_ONVM),
    28: K([P_OWNOS, P_SHARE], A_OWNOS),
    29: L([P_PRACT], A_UPDATE, "article says to update container images regularly; no tooling or process"),
    30: K([P_MIGCH, P_PLAN], A_MIGCH),
    31: K([P_KMOD], A_KMOD),
    32: K([P_SENS, P_CONTAIN], A_SENS),
    33: K([P_EFF, P_MORECONT], A_MICRO),
    34: L([P_MORECONT, P_FULLOS], A_MORE, N_NUM),
    35: L([P_CONSIST], A_CONSIST, "article ties consistent performance to VMs but also says containers perform better under high load; least certain"),
    36: K([P_SECCOMPLEX, P_MANY], A_SHAREDVULN),
    37: L([P_DEDIC, P_MONITOR], A_DEDIC, "CPU hogging / noisy neighbour not named; article contrasts VMs' dedicated resources and says to monitor and adjust resource allocation"),
    38: L([P_BOTH, P_SENS], A_BOTH, "a hybrid split is not described as such; article supports VMs for sensitive workloads and containers for scalable services"),
    39: K([P_SPIN, P_SLOWER], A_SPIN),
    40: L([P_COMPAT], A_COMPAT, N_WIN + " (Windows containers are not discussed)"),
    41: K([P_ACTIVATE, P_SPIN], A_ACTIVATE),
    42: K([P_STAB, P_COMPAT], A_STAB),
    43: K([P_SENS, P_CONTAIN], A_SENS),
    44: L([P_EFF, P_FASTSTART], A_MICRO, "small per-site box not discussed; tiny service on limited hardware leans containers via resource efficiency"),
    45: K([P_CONSIST, P_KMOD], A_CONSIST),
    46: K([P_MIGCH, P_BACKUPS], A_BACKUPS),
    47: L([P_FASTSTART, P_SLOWER], A_SLOWER, N_NUM),
    48: D("not addressed by the article: file visibility / filesystem isolation between containers is not discussed"),
    49: K([P_CONTAIN, P_ISOSEP], A_CONTAIN),
    50: L([P_COSTEFF, P_MORECONT], A_COSTEFF, "cloud bills not discussed; article's licensing and resource-efficiency points suggest lower cost"),
    51: D("not decided by the article: containers vs a VM on a single laptop moved between sites (portability / single machine not covered)"),
    52: L([P_CONTAIN, P_STAB], A_CONTAIN, "record integrity is not discussed; criticality of legal records implied, article's isolation/stability points lean VM"),
    53: K([P_SPIN, P_ACTIVATE], A_SPIN),
    54: L([P_HYPER, P_TOOLS], A_HYPER, "article does not define a hypervisor; it says VMs rely on hypervisors to manage resources and security"),
    55: L([P_ONVM, P_CONFIG], A_ONVM, "overhead of the nesting is not quantified; article says it works seamlessly with proper configuration to avoid bottlenecks"),
    56: K([P_KMOD], A_KMOD),
    57: L([P_MORECONT, P_FULLOS], A_MORE, N_NUM),
    58: L([P_MANY, P_CONTAIN], A_MANY, N_ESCAPE),
    59: L([P_SENS, P_CONTAIN], A_SENS, N_SENSIMPL + " (payment data)"),
    60: D("not addressed by the article: portability across hardware is not discussed"),
    61: K([P_ACTIVATE, P_SPIN], A_ACTIVATE),
    62: K([P_SENS, P_CONTAIN], A_SENS),
    63: K([P_SHARE, P_EFF], A_LIGHT),
    64: K([P_KMOD], A_KMOD),
    65: L([P_FULLOS, P_SLOWER], A_FULLOS, N_NUM),
    66: L([P_MANY, P_SECCOMPLEX], A_MANY, N_ESCAPE),
    67: K([P_STAGING, P_BACKUPS], A_STAGING),
    68: K([P_LICSIMPLE, P_LICVM], A_LIC),
    69: L([P_SENS, P_CONTAIN], A_SENS, N_SENSIMPL + " (portal used by outside agents ~ untrusted access)"),
    70: K([P_RAPIDDEP, P_SECCOMPLEX], A_RAPIDDEP),
    71: K([P_SPIN], A_SPIN),
    72: L([P_SENS, P_CONTAIN], A_SENS, N_SENSIMPL + " (clients' property plans)"),
    73: K([P_EFF, P_FULLOS], A_MICRO),
    74: K([P_MORECONT, P_EFF], A_MORE),
    75: K([P_PRACT, P_SECCOMPLEX], A_LEAST),
    76: K([P_ACTIVATE, P_LOAD], A_ACTIVATE),
    77: K([P_ONVM], A_ONVM),
    78: L([P_COMPAT], A_COMPAT, N_WIN + " (desktop GUI apps in containers not discussed)"),
    79: K([P_OWNOS, P_ISOSEP], A_OWNOS),
    80: L([P_BALANCE, P_BOTH], A_BALANCE, N_GENERIC),
}
SEED_DUPS = set()

PM = "podman/docs/source/markdown/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [PM + "options/memory.md"],
    2: [PM + "podman-secret-create.1.md", PM + "options/secret.md"],
    3: [PM + "podman-quadlet-basic-usage.7.md", PM + "podman-systemd.unit.5.md"],
    4: [PM + "podman-pod-create.1.md.in"],
    5: ["podman/docs/tutorials/rootless_tutorial.md", "podman/rootless.md"],
    6: [PM + "podman-volume-export.1.md", PM + "podman-volume-import.1.md"],
    7: [PM + "podman-system-df.1.md", PM + "podman-system-prune.1.md"],
    8: [PM + "options/publish.md"],
    9: [PM + "podman-machine-set.1.md.in"],
    10: [PM + "options/env-file.md"],
    11: [PM + "options/pids-limit.md"],
    12: [PM + "options/restart.md"],
    13: [PM + "podman-image-scp.1.md"],
    14: [PM + "podman-save.1.md.in", PM + "podman-load.1.md"],
    15: ["podman/docs/tutorials/socket_activation.md"],
    16: [PM + "podman-stats.1.md.in"],
    17: [FC + "ballooning.md"],
    18: [FC + "mmds/mmds-user-guide.md"],
    19: [FC + "vsock.md"],
    20: [FC + "entropy.md"],
    21: [FC + "hugepages.md"],
    22: [FC + "seccomp.md"],
    23: [FC + "rootfs-and-kernel-setup.md"],
    24: [FC + "network-setup.md"],
    25: [FC + "metrics.md"],
    26: [FC + "pmem.md"],
    27: [FC + "tracing.md"],
    28: [FC + "RELEASE_POLICY.md"],
    29: [KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", KD + "use-cases/GPU-passthrough-and-Kata.md",
         KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md"],
    30: [KD + "how-to/how-to-use-virtio-fs-with-kata.md"],
    31: [KD + "how-to/containerd-kata.md", KD + "install/container-manager/containerd/containerd-install.md"],
    32: [KD + "install/minikube-installation-guide.md"],
    33: [KD + "how-to/how-to-use-sysctls-with-kata.md"],
    34: [KD + "how-to/how-to-setup-swap-devices-in-guest-kernel.md", KD + "how-to/how-to-use-memory-agent.md"],
    35: [KD + "how-to/how-to-import-kata-logs-with-fluentd.md"],
    36: [KD + "how-to/how-to-set-prometheus-in-k8s.md"],
    37: [KD + "Limitations.md"],
    38: [KD + "how-to/service-mesh.md"],
    39: [KD + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"],
    40: [KD + "how-to/how-to-run-rootless-vmm.md"],
}
CORPUS_DUPS = {22, 35}
CORPUS_DROPS = {}

OFFTOPIC_DUPS = {31}
OFFTOPIC_DROPS = {}


def _lines(section):
    return open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8").read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        if n in SEED_DUPS:
            d = D(DUP)
        else:
            d = SEED.get(n)
        if d is not None:
            out["seed"].append((n, q, d))
    for n, q in enumerate(_lines("corpus"), 1):
        if n in CORPUS_DUPS:
            d = D(DUP)
        elif n in CORPUS_DROPS:
            d = D(CORPUS_DROPS[n])
        elif n in CORPUS:
            d = {"keep": True, "expectSource": CORPUS[n]}
        else:
            continue
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
