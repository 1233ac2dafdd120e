"""Labels for heldout-marinas, written after the freeze (FROZEN.txt).

Interface used by build.py: DRAFTS, DUP, labelled().
Questions are read from the frozen draft files by code; decisions are keyed by 1-based line number.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- expect phrases (verbatim from one article sentence each) ----
P_DIFF1 = "Containers and virtual machines differ mainly in architecture"
P_DIFF2 = "VMs run separate OS instances, offering stronger isolation"
P_LIGHT = "making them lightweight and quick to start"
P_MICRO = "ideal for microservices and fast deployment"
P_RAPID = "If you need rapid, scalable applications, containers are better"
P_SHARE = "Containers share the host OS kernel, making them lightweight"
P_RESEFF = "Containers are more resource-efficient and ideal for microservices"
P_COMPLETEOS = "VMs provide stronger security boundaries with complete OS environments"
P_RAPIDDEP = "Containers offer rapid deployment and scalability"
P_FULLOS = "better suited for applications requiring full OS compatibility and stability"
P_SECCOMPLEX = "Container security is complex due to shared kernel vulnerabilities"
P_STRONGISO = "VMs isolate workloads more securely with separate OSes"
P_HYPER2 = "VMs rely on hypervisors for managing resources and security"
P_START = "faster to start and more resource-efficient"
P_MOREHW = "you can run more containers on the same hardware compared to virtual machines"
P_SHAREDVULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
P_PRACTICES = "You must implement strict security practices"
P_ISOLPROP = "running containers with the least privileges, isolating them properly"
P_UPDATE = "regularly updating container images to minimize attack surfaces"
P_CONTAIN = "easier to contain security breaches within a single VM"
P_SENS = "particularly valuable for running untrusted or sensitive workloads"
P_VMSLOW = "VMs can be slightly slower to start and consume more resources"
P_STABILITY = "they excel in environments where stability, compatibility, and security are critical"
P_KMOD = "applications that require specific OS configurations or kernel modules"
P_HYPER = "virtual machines often utilize hypervisors"
P_DEVDEP = "containers are ideal for rapid development, continuous deployment"
P_SPINUP = "quickly spin up and shut down"
P_CONSIST = "if your priority is strong security boundaries and consistent performance"
P_BOTH = "Both technologies have their place"
P_BALANCE = "your choice depends on balancing the need for speed, security, and resource efficiency"
P_FLAW = "security flaw, it could affect other containers"
P_MGMT = "but may require more management effort"
P_ONVM = "Yes, containers can run seamlessly on virtual machines"
P_ONVM2 = "This setup offers flexibility, scalability, and security"
P_CONFIG = "proper configuration is essential to prevent potential bottlenecks"
P_LIC_C = "Containers often have simpler licensing because they share the host OS"
P_LIC_VM = "VMs typically require individual licenses for each OS instance"
P_COSTEFF = "containers can be more cost-effective and easier to license"
P_HIGHLOAD = "containers generally perform better due to efficient resource allocation"
P_SCAL = "Scalability challenges are easier with containers since they activate quickly"
P_SPIKES = "adjusting resource allocation to maintain ideal performance during spikes"
P_MIG1 = "Start by planning your container orchestration strategy"
P_MIG3 = "Address migration challenges like data transfer and configuration adjustments early"
P_MIG2 = "Test thoroughly in staging environments, then gradually shift workloads"
P_WEBSITE = "like a startup launching a website in minutes"
P_LIGHTDEP = "Containers offer lightweight, rapid deployment"

# ---- answers (3-6 words, inside a sentence holding an expect phrase) ----
A_SHARE = "share the host OS kernel"
A_FULLOS = "full OS compatibility and stability"
A_SCALING = "faster scaling and less overhead"
A_SENS = "untrusted or sensitive workloads"
A_COST = "more cost-effective and easier to license"
A_START = "faster to start"
A_MIGCOMPAT = "ensuring your applications are compatible"
A_ONVM = "containers can run seamlessly"
A_LIC = "often have simpler licensing"
A_STAB = "stability, compatibility, and security"
A_MGMT = "more management effort"
A_KMOD = "specific OS configurations or kernel modules"
A_HYPER = "often utilize hypervisors"
A_ACTIVATE = "they activate quickly"
A_AFFECT = "affect many containers simultaneously"
A_ISO = "isolate workloads more securely"
A_DEVDEP = "rapid development, continuous deployment"
A_FULLINST = "each require a full OS instance"
A_LIGHT = "lightweight and quick to start"
A_BOUND = "stronger security boundaries"
A_BOTH = "Both technologies have their place"
A_SLOWER = "slightly slower to start"
A_SHIFT = "gradually shift workloads"
A_RAPIDDEP = "rapid deployment and scalability"
A_UPDATE = "regularly updating container images"
A_BALANCE = "balancing the need for speed"
A_ISOPROP = "isolating them properly"
A_PRACT = "implement strict security practices"
A_MICRO = "ideal for microservices"
A_WEBSITE = "launching a website in minutes"
A_CONTAIN = "contain security breaches"
A_SPINUP = "quickly spin up and shut down"
A_OWNOS = "its own complete OS"
A_STRONGISO = "offering stronger isolation"
A_RESEFF = "Containers are more resource-efficient"
A_CONSIST = "VMs could be your best choice"
A_CONTBETTER = "containers are better"

# ---- shared notes ----
N_WINONLY = ("Windows-only / one-Windows-version software on a Linux host: the article does not name Windows; "
             "answer inferred from containers sharing the host kernel and VMs suiting full OS compatibility.")
N_NOFIG = "The article gives no figures, only the comparison (containers faster to start, VMs heavier)."
N_SPECOS = "The article's criterion is specific OS configurations or kernel modules; the asked OS/version is not named."
N_SENSLEN = "The article says VMs suit sensitive workloads; it says nothing about legal or regulatory requirements or retention."
N_FAQ = ("The article's FAQ says containers 'improve cloud security by offering better container isolation', "
         "which contradicts its main text; labelled on the main text.")
N_CHOICE = "The article gives general criteria only (speed/scaling/efficiency vs isolation/compatibility); no verdict for this exact case."
N_MIG = "The article's migration advice is general (plan, check compatibility, staging, gradual shift); it does not answer the exact detail asked."


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["note"] = note
    return d


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


NOT_ADDRESSED = "not addressed by the article"

SEED = {
    1: L([P_BALANCE, P_RAPID], A_BALANCE, N_CHOICE),
    2: K([P_DIFF1, P_DIFF2], A_SHARE),
    3: L([P_FULLOS, P_SHARE], A_FULLOS, N_WINONLY),
    4: K([P_HIGHLOAD, P_SCAL], A_SCALING),
    5: K([P_SENS, P_CONTAIN], A_SENS),
    6: K([P_COSTEFF, P_MOREHW], A_COST),
    7: L([P_START, P_VMSLOW], A_START, N_NOFIG),
    8: L([P_MIG1, P_MIG3], A_MIGCOMPAT, N_MIG + " Whether a rewrite is needed is not said."),
    9: K([P_ONVM], A_ONVM),
    10: K([P_LIC_C, P_LIC_VM], A_LIC),
    11: L([P_STABILITY, P_FULLOS], A_STAB, "The article says VMs suit environments where stability is critical; no availability/HA detail."),
    12: K([P_SENS, P_CONTAIN], A_SENS),
    13: L([P_MGMT], A_MGMT, "Only the FAQ remark that VMs may require more management effort; nothing on team size or skills."),
    14: K([P_KMOD], A_KMOD),
    15: L([P_HYPER, P_HYPER2], A_HYPER, "The article gives the hypervisor's role (managing resources and security for VMs), not a definition."),
    16: K([P_SCAL, P_SPINUP], A_ACTIVATE),
    17: K([P_SHAREDVULN, P_FLAW], A_AFFECT),
    18: K([P_SECCOMPLEX, P_STRONGISO], A_ISO, N_FAQ),
    19: L([P_DEVDEP], A_DEVDEP, "The article says containers suit rapid development and continuous deployment; test environments are not discussed as such."),
    20: K([P_MOREHW, P_RESEFF], A_FULLINST),
    21: L([P_FULLOS, P_SHARE], A_FULLOS, N_WINONLY),
    22: L([P_RAPID, P_MICRO], A_CONTBETTER, N_CHOICE),
    23: K([P_LIGHT, P_LIGHTDEP], A_LIGHT),
    24: K([P_COMPLETEOS, P_FULLOS, P_KMOD], A_BOUND),
    25: K([P_BOTH], A_BOTH),
    26: K([P_SCAL, P_HIGHLOAD], A_ACTIVATE),
    27: D(NOT_ADDRESSED + ": running containers and VMs side by side on one machine"),
    28: L([P_VMSLOW, P_MOREHW], A_SLOWER, N_NOFIG),
    29: L([P_KMOD], A_KMOD, N_SPECOS),
    30: L([P_MIG2, P_MIG1], A_SHIFT, N_MIG + " Downtime is not mentioned; staging and a gradual shift are the closest advice."),
    31: L([P_FULLOS, P_KMOD], A_FULLOS, N_WINONLY + " USB devices are not mentioned."),
    32: L([P_SENS], A_SENS, N_SENSLEN),
    33: L([P_FULLOS, P_KMOD], A_FULLOS, N_WINONLY),
    34: K([P_SECCOMPLEX, P_SHAREDVULN], A_AFFECT),
    35: L([P_RAPIDDEP], A_RAPIDDEP, "The article says containers offer rapid deployment; multi-site roll-out is not discussed."),
    36: L([P_SHARE, P_DIFF2], A_SHARE, "Inferred: containers share the host OS kernel while VMs run separate OS instances; the article does not state it directly."),
    37: D(NOT_ADDRESSED + ": host/server failure"),
    38: L([P_UPDATE], A_UPDATE, "Only 'regularly updating container images' as a security practice; no patching process."),
    39: L([P_ONVM, P_ONVM2, P_CONFIG], A_ONVM, "The article endorses containers on VMs (flexibility, scalability, security) and warns about configuration; 'double work' not discussed."),
    40: L([P_HIGHLOAD, P_CONSIST], A_SCALING, "Databases are not mentioned; general performance comparison only (containers better under load, VMs for consistent performance)."),
    41: L([P_STABILITY], A_STAB, N_CHOICE + " Closest: VMs excel where stability is critical."),
    42: L([P_SENS, P_STABILITY], A_SENS, N_SENSLEN),
    43: K([P_WEBSITE, P_LIGHTDEP], A_WEBSITE),
    44: D(NOT_ADDRESSED + ": recovery / backups after breakage"),
    45: K([P_HIGHLOAD, P_SPIKES], A_SCALING),
    46: L([P_FULLOS, P_LIC_VM], A_FULLOS, "Old Windows Server not named; article: VMs suit full OS compatibility, and VMs need per-OS licences."),
    47: D(NOT_ADDRESSED + ": Docker is not named and no product is defined"),
    48: L([P_ISOLPROP, P_SECCOMPLEX], A_ISOPROP, "The article says containers must be isolated properly and that shared-kernel flaws can affect many containers; no isolation mechanism. " + N_FAQ),
    49: D(NOT_ADDRESSED + ": portability between cloud providers"),
    50: L([P_PRACTICES, P_MGMT], A_PRACT, "Team skills are not discussed; container security needs strict practices, VMs more management effort."),
    51: L([P_MICRO, P_RAPID], A_MICRO, N_CHOICE),
    52: L([P_FULLOS], A_FULLOS, N_WINONLY + " Dongle licences are not mentioned."),
    53: L([P_BALANCE, P_MIG2], A_BALANCE, N_CHOICE),
    54: L([P_FULLOS, P_KMOD], A_FULLOS, ".NET Framework (Windows) not named; " + N_WINONLY),
    55: D(NOT_ADDRESSED + ": containers on a laptop / desktop"),
    56: L([P_SENS, P_STRONGISO, P_FULLOS], A_SENS, "The accounts package is not discussed; VM arguments are isolation, sensitive workloads and OS compatibility."),
    57: L([P_MOREHW], A_FULLINST, N_NOFIG),
    58: L([P_VMSLOW, P_MOREHW], A_FULLINST, "Disk space is not mentioned; VMs consume more resources and each needs a full OS instance."),
    59: L([P_CONTAIN, P_SHAREDVULN], A_CONTAIN, "Ransomware is not named; VMs contain breaches within one VM, shared-kernel flaws can affect many containers."),
    60: D(NOT_ADDRESSED + ": container image definition"),
    61: K([P_SPINUP, P_SCAL], A_SPINUP),
    62: K([P_LIGHT, P_RESEFF], A_LIGHT),
    63: L([P_SENS, P_STABILITY], A_SENS, N_SENSLEN),
    64: L([P_BOTH, P_SENS], A_BOTH, "Splitting workloads is not discussed; the article says both have their place and VMs suit sensitive workloads."),
    65: L([P_VMSLOW, P_MOREHW], A_SLOWER, "Server size is not discussed; VMs are heavier and each needs a full OS instance."),
    66: K([P_SECCOMPLEX, P_SHAREDVULN], A_AFFECT),
    67: D(NOT_ADDRESSED + ": whether Kubernetes is required"),
    68: K([P_STRONGISO, P_CONTAIN], A_CONTAIN, N_FAQ),
    69: D(NOT_ADDRESSED + ": packaging a specific runtime version (dependency isolation)"),
    70: L([P_SPINUP, P_VMSLOW], A_SLOWER, N_NOFIG),
    71: L([P_MICRO, P_RESEFF], A_MICRO, N_CHOICE),
    72: K([P_KMOD], A_KMOD),
    73: K([P_DIFF2, P_STRONGISO], A_STRONGISO),
    74: L([P_BOTH, P_FULLOS], A_BOTH, N_CHOICE),
    75: K([P_HIGHLOAD], A_SCALING, "The article also says VMs suit consistent performance."),
    76: L([P_SENS, P_CONTAIN], A_SENS, "Third-party access not named; VMs suit untrusted workloads and contain breaches."),
    77: D(NOT_ADDRESSED + ": GPU access from containers"),
    78: L([P_MIG3, P_MIG1], A_MIGCOMPAT, N_MIG),
    79: D(NOT_ADDRESSED + ": databases in containers vs VMs (persistence/suitability)"),
    80: K([P_RESEFF, P_MOREHW], A_RESEFF),
}

PM = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [PM + "options/health-on-failure.md"],
    2: [PM + "podman-auto-update.1.md.in"],
    3: [PM + "podman-container-checkpoint.1.md", PM + "podman-container-restore.1.md"],
    4: [PM + "podman-farm-build.1.md.in", PM + "podman-farm.1.md"],
    5: [PM + "podman-manifest-create.1.md.in", PM + "podman-manifest-push.1.md.in"],
    6: [PT + "image_signing.md", PM + "podman-image-sign.1.md.in"],
    7: [PM + "podman-compose.1.md.in"],
    8: [PM + "options/tz.md"],
    9: [PM + "options/read-only.md"],
    10: [PT + "podman-for-windows.md"],
    11: [PT + "remote_client.md", PM + "podman-system-connection-add.1.md"],
    12: [PT + "podman-install-certificate-authority.md"],
    13: [PM + "options/pids-limit.md"],
    14: [PM + "podman-system-reset.1.md"],
    15: [PM + "options/http-proxy.md"],
    16: [PM + "podmansh.1.md"],
    17: [FC + "jailer.md"],
    18: [FC + "snapshotting/snapshot-support.md"],
    19: [FC + "cpu_templates/cpu-templates.md"],
    20: [FC + "initrd.md"],
    21: [FC + "logger.md"],
    22: [FC + "prod-host-setup.md"],
    23: [FC + "gdb-debugging.md"],
    24: [FC + "pmem.md"],
    25: [FC + "snapshotting/network-for-clones.md"],
    26: [FC + "memory-hotplug.md"],
    27: [FC + "api_requests/block-caching.md"],
    28: ["firecracker/SECURITY.md"],
    29: [KD + "how-to/what-is-vm-templating-and-how-do-I-use-it.md"],
    30: [KD + "how-to/how-to-use-kata-containers-with-firecracker.md"],
    31: [KD + "how-to/how-to-load-kernel-modules-with-kata.md"],
    32: [KD + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    33: [KD + "hypervisors.md"],
    34: [KD + "install/minikube-installation-guide.md"],
    35: [KD + "helm-configuration.md"],
    36: [KD + "Upgrading.md"],
    37: [KD + "how-to/how-to-use-the-kata-agent-policy.md"],
    38: [KD + "how-to/privileged.md"],
    39: [KD + "use-cases/using-SRIOV-and-kata.md"],
    40: [KD + "threat-model/threat-model.md"],
}

SEED_DUPS = set()
CORPUS_DUPS = {3, 20, 33}
OFFTOPIC_DUPS = {17, 33}
OFFTOPIC_ANSWERED = {}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        d = D(DUP) if n in SEED_DUPS else SEED.get(n)
        out["seed"].append((n, q, d))
    for n, q in enumerate(_lines("corpus"), 1):
        if n in CORPUS_DUPS:
            d = D(DUP)
        elif n in CORPUS:
            d = {"keep": True, "expectSource": CORPUS[n]}
        else:
            d = None
        out["corpus"].append((n, q, d))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            d = D(DUP)
        elif n in OFFTOPIC_ANSWERED:
            d = D(OFFTOPIC_ANSWERED[n])
        else:
            d = {"keep": True}
        out["offtopic"].append((n, q, d))
    return out
