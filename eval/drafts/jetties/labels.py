"""Labels for the blind held-out set 'jetties' (written from scratch after the freeze).

Interface used by build.py: DRAFTS, DUP, labelled().
Questions are read from the frozen drafts by code; decisions are keyed by 1-based line number.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# --- article phrases (verbatim, each inside one sentence; no curly quotes) ---
P_SHARE = "containers share the host OS kernel, making them lightweight and quick to start"
P_SEPARATE = "VMs run separate OS instances, offering stronger isolation"
P_RAPID = "If you need rapid, scalable applications"
P_SECURE = "For more secure, isolated environments, VMs excel"
P_RESEFF = "Containers are more resource-efficient and ideal for microservices"
P_FULLOS = "VMs are better suited for applications requiring full OS compatibility and stability"
P_SHKVULN = "Container security is complex due to shared kernel vulnerabilities"
P_HYPER = "containers use orchestration platforms, while VMs rely on hypervisors"
P_HYPER2 = "virtual machines often utilize hypervisors"
P_FASTER = "faster to start and more resource-efficient"
P_MORE_HW = "you can run more containers on the same hardware compared to virtual machines"
P_FULL_OS_INST = "which each require a full OS instance"
P_ENGINE = ("vulnerabilities in the host OS or container engine could potentially affect many "
            "containers simultaneously")
P_LEAST = "running containers with the least privileges"
P_UPDATE = "regularly updating container images to minimize attack surfaces"
P_BREACH = "making it easier to contain security breaches within a single VM without affecting others"
P_SENS = "particularly valuable for running untrusted or sensitive workloads"
P_SLOWER = "VMs can be slightly slower to start and consume more resources"
P_CRIT = "they excel in environments where stability, compatibility, and security are critical"
P_KMOD = "require specific OS configurations or kernel modules that containers might not support easily"
P_SPIN = "leveraging their ability to quickly spin up and shut down"
P_CONSIST = "if your priority is strong security boundaries and consistent performance"
P_FLAW = "it could affect other containers"
P_DEDIC = "VMs provide stronger isolation through dedicated resources"
P_SEAMLESS = "Yes, containers can run seamlessly on virtual machines"
P_CONFIG = "proper configuration is essential to prevent potential bottlenecks or security issues"
P_LIC_SIMPLE = "Containers often have simpler licensing because they share the host OS"
P_LIC_VM = "VMs typically require individual licenses for each OS instance"
P_COST = "containers can be more cost-effective and easier to license"
P_LOAD = "containers generally perform better due to efficient resource allocation"
P_OVERHEAD = "allowing faster scaling and less overhead"
P_SCAL = "Scalability challenges are easier with containers since they activate quickly"
P_MONITOR = "adjusting resource allocation to maintain ideal performance during spikes"
P_MIG_CHAL = "Address migration challenges like data transfer and configuration adjustments early"
P_STAGING = "Test thoroughly in staging environments, then gradually shift workloads"
P_BACKUPS = "Keep backups handy, and monitor performance closely"
P_MINUTES = "like a startup launching a website in minutes"
P_DYN = "Containers offer lightweight, rapid deployment, perfect for dynamic environments"

# --- short answers (verbatim, 3-6 words, inside a sentence holding an expect phrase) ---
A_SHARE = "share the host OS kernel"
A_LIGHT = "lightweight and quick to start"
A_BETTER = "containers are better"
A_SECURE = "isolated environments, VMs excel"
A_RESEFF = "more resource-efficient and ideal for microservices"
A_FULLOS = "full OS compatibility and stability"
A_SHKVULN = "shared kernel vulnerabilities"
A_HYPER = "VMs rely on hypervisors"
A_FASTER = "faster to start"
A_MORE_HW = "more containers on the same hardware"
A_MANY = "affect many containers simultaneously"
A_UPDATE = "regularly updating container images"
A_BREACH = "security breaches within a single VM"
A_SENS = "untrusted or sensitive workloads"
A_SLOWER = "slightly slower to start"
A_CRIT = "stability, compatibility, and security are critical"
A_KMOD = "specific OS configurations or kernel modules"
A_SPIN = "quickly spin up and shut down"
A_DEDIC = "stronger isolation through dedicated resources"
A_SEAMLESS = "containers can run seamlessly"
A_LIC = "Containers often have simpler licensing"
A_COST = "more cost-effective and easier to license"
A_LOAD = "containers generally perform better"
A_ACTIVATE = "they activate quickly"
A_MIG = "data transfer and configuration adjustments"
A_SHIFT = "then gradually shift workloads"
A_MINUTES = "launching a website in minutes"

N_WINDOWS = ("The article never names Windows or legacy desktop software; kept on the full-OS-compatibility "
             "sentence (a Windows-only program needs its own OS, i.e. a VM).")
N_NUMBERS = "The article gives no figures; kept on the comparative answer only."
N_CPU = ("The article says containers perform better under high load with less overhead, but also ties "
         "consistent performance to VMs; kept towards containers with that tension noted.")
N_SMALLBOX = ("Small or embedded hardware is not discussed; kept on containers being lightweight and "
              "resource-efficient.")


def K(expect, answer):
    return {"keep": True, "expect": list(expect), "answer": answer}


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


SEED = {
    1: D("splitting two apps on one server into containers vs VMs is not decided by the article"),
    2: K([P_SHARE, P_SEPARATE], A_SHARE),
    3: K([P_SCAL, P_RAPID], A_BETTER),
    4: K([P_SENS, P_BREACH], A_SENS),
    5: L([P_FULLOS, P_KMOD], A_FULLOS, N_WINDOWS),
    6: L([P_FASTER, P_SLOWER], A_FASTER, N_NUMBERS + " Restart after patching is not discussed."),
    7: L([P_ENGINE, P_FLAW], A_MANY,
         "The article speaks of host OS / engine vulnerabilities and security flaws affecting other "
         "containers, not of an intruder moving from one container to another as such."),
    8: K([P_STAGING, P_MIG_CHAL, P_BACKUPS], A_SHIFT),
    9: K([P_SEAMLESS, P_CONFIG], A_SEAMLESS),
    10: K([P_LIC_SIMPLE, P_LIC_VM], A_LIC),
    11: K([P_LOAD, P_SCAL], A_LOAD),
    12: D("one VM per shop server vs containers for the till software is not decided by the article"),
    13: K([P_RESEFF, P_FULL_OS_INST], A_RESEFF),
    14: L([P_RESEFF, P_MORE_HW], A_RESEFF, N_NUMBERS + " The 8 GB server is not addressed."),
    15: K([P_BREACH, P_SENS], A_BREACH),
    16: K([P_KMOD], A_KMOD),
    17: D("running containers on a Mac (macOS host) is not addressed by the article"),
    18: K([P_SHARE, P_SEPARATE], A_SHARE),
    19: K([P_SHKVULN, P_ENGINE], A_SHKVULN),
    20: D("same setup in test and live (dev/prod parity) is not addressed by the article"),
    21: D("replacing small per-depot PCs is not decided by the article"),
    22: D("USB device access from a container is not addressed by the article"),
    23: D("where container files live / persistence across restarts is not addressed by the article"),
    24: K([P_SPIN, P_SCAL], A_SPIN),
    25: K([P_SHARE, P_FULL_OS_INST], A_SHARE),
    26: K([P_KMOD, P_FULLOS], A_KMOD),
    27: L([P_DEDIC, P_MONITOR], A_DEDIC,
          "The article does not say outright that one container can starve others; it contrasts VMs' "
          "dedicated resources with shared resources and advises monitoring CPU and adjusting allocation."),
    28: K([P_BREACH, P_SEPARATE], A_BREACH),
    29: D("whether Kubernetes is overkill for a few containers is not decided by the article"),
    30: K([P_SECURE, P_SEPARATE], A_SECURE),
    31: K([P_SENS, P_SHKVULN], A_SENS),
    32: L([P_LOAD, P_OVERHEAD, P_CONSIST], A_LOAD, N_CPU),
    33: K([P_SCAL, P_LOAD], A_ACTIVATE),
    34: L([P_HYPER, P_HYPER2], A_HYPER,
          "The article only says VMs rely on hypervisors while containers use orchestration platforms; it "
          "does not define a hypervisor in depth."),
    35: K([P_SHARE, P_SENS], A_SHARE),
    36: D("one VM per clinic vs central containers is not decided by the article"),
    37: K([P_BREACH, P_SENS], A_BREACH),
    38: L([P_UPDATE, P_LEAST], A_UPDATE,
          "The article only mentions regularly updating container images; the patching workflow is not described."),
    39: L([P_FULLOS, P_KMOD], A_FULLOS, N_WINDOWS),
    40: D("running a database in a container is not addressed by the article"),
    41: K([P_SCAL, P_RAPID], A_BETTER),
    42: L([P_SHARE, P_RESEFF], A_LIGHT, N_SMALLBOX),
    43: L([P_CRIT, P_SEPARATE], A_CRIT,
          "Legal importance is read as security/stability being critical; sensitivity is implied, not stated."),
    44: D("a Windows XP program on a serial port is not decided by the article (serial devices not covered)"),
    45: L([P_SLOWER, P_SPIN], A_SLOWER, N_NUMBERS),
    46: D("host failure taking containers down is not addressed by the article"),
    47: D("putting a separate app on the same box vs its own VM is not decided by the article"),
    48: D("containers on a Windows Server host is not addressed by the article"),
    49: K([P_ENGINE, P_SHKVULN, P_BREACH], A_MANY),
    50: K([P_MIG_CHAL, P_STAGING], A_MIG),
    51: K([P_RESEFF, P_FULL_OS_INST], A_RESEFF),
    52: L([P_CRIT, P_SENS], A_CRIT,
          "Audited export documents are read as a workload where security and stability are critical; "
          "the article does not mention audits or compliance."),
    53: K([P_SPIN, P_SCAL], A_SPIN),
    54: K([P_KMOD], A_KMOD),
    55: L([P_MORE_HW], A_MORE_HW, N_NUMBERS),
    56: K([P_SEAMLESS], A_SEAMLESS),
    57: D("data persistence when a container is deleted is not addressed by the article"),
    58: L([P_BREACH, P_SEPARATE], A_BREACH,
          "Separate wholesalers (competitors) read as tenants to keep apart, so VMs; the article does not "
          "discuss multi-tenancy, and density would favour containers."),
    59: L([P_RESEFF, P_FULL_OS_INST], A_RESEFF,
          "Disk space is not named; kept on containers being more resource-efficient while each VM "
          "needs a full OS instance."),
    60: D("Docker vs Podman (container products) is not addressed by the article"),
    61: L([P_FULLOS, P_KMOD], A_FULLOS, N_WINDOWS),
    62: K([P_RESEFF, P_DYN], A_RESEFF),
    63: D("two apps on one small VPS as containers or two VMs is not decided by the article"),
    64: L([P_LOAD, P_OVERHEAD, P_CONSIST], A_LOAD, N_CPU),
    65: D("virtualising a machine-controller PC is not addressed by the article"),
    66: L([P_SHARE, P_BREACH], A_SHARE,
          "Crashes are not discussed; kept on the shared kernel vs each VM containing failures/breaches "
          "without affecting others."),
    67: L([P_SENS, P_BREACH], A_SENS, "Sensitivity (customer addresses) is implied rather than stated."),
    68: K([P_FULLOS, P_CRIT], A_FULLOS),
    69: D("GPU use in containers is not addressed by the article"),
    70: L([P_COST, P_RESEFF], A_COST,
          "Cloud pricing is not discussed; kept on containers being more cost-effective (licensing) "
          "and resource-efficient."),
    71: K([P_LOAD, P_SCAL], A_LOAD),
    72: L([P_SHARE, P_RESEFF], A_LIGHT, N_SMALLBOX),
    73: K([P_SENS, P_BREACH], A_SENS),
    74: D("one VM per pub vs central containers is not decided by the article"),
    75: D("the article does not explain what a container image is"),
    76: L([P_FULLOS, P_KMOD], A_FULLOS, N_WINDOWS),
    77: K([P_MINUTES, P_DYN], A_MINUTES),
    78: L([P_ENGINE, P_FLAW, P_LEAST], A_MANY,
          "Container escape is not named; kept on shared-kernel / engine vulnerabilities affecting other "
          "containers and least-privilege practice."),
    79: D("Windows and Linux containers on one host is not addressed by the article"),
    80: L([P_LIC_SIMPLE, P_COST, P_SEAMLESS], A_LIC,
          "The article's licensing FAQ is about OS licences, not hypervisor (VMware) licences, and containers "
          "also run on VMs; kept on simpler, cheaper container licensing."),
}
SEED_DUPS = {34}

PM = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [PM + "options/health-on-failure.md", PM + "podman-healthcheck.1.md"],
    2: [PM + "podman-auto-update.1.md.in"],
    3: [PM + "podman-container-checkpoint.1.md", PM + "podman-container-restore.1.md"],
    4: [PM + "podman-farm-build.1.md.in", PM + "podman-farm-create.1.md"],
    5: [PM + "podman-cp.1.md"],
    6: [PT + "image_signing.md", PM + "podman-image-sign.1.md.in", PM + "podman-image-trust.1.md.in"],
    7: [PT + "podman-for-windows.md"],
    8: [PM + "podman-compose.1.md.in"],
    9: [PM + "podman-kube-play.1.md.in"],
    10: [PM + "options/log-opt.md"],
    11: [PM + "options/cpus.container.md"],
    12: [PM + "options/tz.md"],
    13: [PM + "podman-events.1.md"],
    14: [PM + "options/read-only.md"],
    15: [PM + "podman-top.1.md.in"],
    16: [PT + "podman-install-certificate-authority.md"],
    17: [FC + "jailer.md", FC + "prod-host-setup.md"],
    18: [FC + "snapshotting/snapshot-support.md"],
    19: [FC + "prod-host-setup.md"],
    20: [FC + "logger.md"],
    21: [FC + "memory-hotplug.md"],
    22: [FC + "device-hotplug.md"],
    23: [FC + "cpu_templates/cpu-templates.md"],
    24: [FC + "gdb-debugging.md"],
    25: [FC + "initrd.md"],
    26: [FC + "kernel-policy.md"],
    27: [FC + "network-performance.md", FC + "getting-started.md", FC + "kernel-policy.md",
         FC + "api_requests/patch-network-interface.md"],
    28: [FC + "api_requests/block-io-engine.md"],
    29: [KD + "how-to/how-to-load-kernel-modules-with-kata.md"],
    30: [KD + "how-to/how-to-use-kata-with-docker.md"],
    31: [KD + "how-to/how-to-use-kata-containers-with-firecracker.md"],
    32: [KD + "hypervisors.md"],
    33: [KD + "how-to/privileged.md"],
    34: [KD + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", KD + "how-to/how-to-use-template-in-runtime-rs.md"],
    35: [KD + "use-cases/using-Intel-SGX-and-kata.md"],
    36: [KD + "use-cases/using-SRIOV-and-kata.md"],
    37: [KD + "Upgrading.md", KD + "installation.md", KD + "helm-configuration.md"],
    38: [KD + "how-to/how-to-use-numa-with-kata.md"],
    39: [KD + "how-to/how-to-use-k8s-with-crio-and-kata.md"],
    40: [KD + "how-to/how-to-use-the-kata-agent-policy.md"],
}
CORPUS_DUPS = {21, 26, 29, 31}
CORPUS_DROPS = {}

OFFTOPIC_DUPS = {38}
OFFTOPIC_DROPS = {
    9: "answered by the corpus: podman troubleshooting uses lsof -i:PORT to identify the process bound to a port",
    10: "answered by the corpus: Kata how-tos run free -h / free -m to display memory usage",
    11: "answered by the corpus: podman remote tutorials generate SSH keys with ssh-keygen, one on Windows",
}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    seed = _lines("seed")
    for n, q in enumerate(seed, 1):
        d = D(DUP) if n in SEED_DUPS else SEED.get(n)
        out["seed"].append((n, q, d))
    corpus = _lines("corpus")
    for n, q in enumerate(corpus, 1):
        if n in CORPUS_DUPS:
            d = D(DUP)
        elif n in CORPUS_DROPS:
            d = D(CORPUS_DROPS[n])
        elif n in CORPUS:
            d = {"keep": True, "expectSource": list(CORPUS[n])}
        else:
            d = None
        out["corpus"].append((n, q, d))
    off = _lines("offtopic")
    for n, q in enumerate(off, 1):
        if n in OFFTOPIC_DUPS:
            d = D(DUP)
        elif n in OFFTOPIC_DROPS:
            d = D(OFFTOPIC_DROPS[n])
        else:
            d = {"keep": True}
        out["offtopic"].append((n, q, d))
    return out
