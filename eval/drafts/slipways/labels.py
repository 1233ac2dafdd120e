"""Labels for the frozen slipways drafts (written after the freeze; see README.md).

Interface used by build.py: DRAFTS, DUP, labelled().
Questions are read from the frozen draft files by code, never retyped here.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# --- article phrases (verbatim, >= 5 words, each inside one sentence) ---
P_ARCH = "containers share the host OS kernel, making them lightweight and quick to start"
P_VM_S3 = "VMs run separate OS instances, offering stronger isolation"
P_SHARE_KERNEL = "Containers share the host OS kernel, making them lightweight and faster to start"
P_RAPID = "If you need rapid, scalable applications, containers are better"
P_RES_EFF = "Containers are more resource-efficient and ideal for microservices"
P_FULL_OS = "VMs are better suited for applications requiring full OS compatibility and stability"
P_SEC_COMPLEX = "Container security is complex due to shared kernel vulnerabilities"
P_TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors"
P_LIGHT16 = "Containers, by design, are lightweight and share the host operating system"
P_MORE_CONTAINERS = "you can run more containers on the same hardware"
P_FULL_OS_INSTANCE = "which each require a full OS instance"
P_KERNEL_SHARING = "this sharing of the kernel introduces specific security considerations"
P_MANY = "could potentially affect many containers simultaneously"
P_PRACTICES = "regularly updating container images to minimize attack surfaces"
P_CONTAIN = "making it easier to contain security breaches within a single VM"
P_SENSITIVE = "valuable for running untrusted or sensitive workloads"
P_SLOWER = "VMs can be slightly slower to start and consume more resources"
P_STABILITY = "they excel in environments where stability, compatibility, and security are critical"
P_KMOD = "require specific OS configurations or kernel modules"
P_HYPERVISORS = "virtual machines often utilize hypervisors, which play a crucial role"
P_SPIN = "leveraging their ability to quickly spin up and shut down"
P_BOTH = "Both technologies have their place"
P_BALANCE = "your choice depends on balancing the need for speed, security, and resource efficiency"
P_SHARE_FLAW = "containers share the host OS, so if"
P_MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
P_ON_VM = "Yes, containers can run seamlessly on virtual machines"
P_FLEX = "This setup offers flexibility, scalability, and security"
P_LICENSE = "VMs typically require individual licenses for each OS instance"
P_COSTEFF = "containers can be more cost-effective and easier to license"
P_HIGHLOAD = "containers generally perform better due to efficient resource allocation"
P_SCALE_EASIER = "Scalability challenges are easier with containers since they activate quickly"
P_MONITOR = "monitor metrics like CPU, memory, and I/O closely"
P_PLAN = "Start by planning your container orchestration strategy"
P_STAGING = "Test thoroughly in staging environments, then gradually shift workloads"
P_BACKUPS = "Keep backups handy, and monitor performance closely"
P_CONCL = "consider your needs for speed, efficiency, and scalability"

# --- answers (verbatim, 3-6 words, inside a sentence holding an expect phrase) ---
A_SHARE = "share the host OS kernel"
A_FAST = "lightweight and faster to start"
A_QUICK = "lightweight and quick to start"
A_BETTER = "containers are better"
A_EFF = "are more resource-efficient"
A_FULL_OS = "full OS compatibility and stability"
A_SEC = "shared kernel vulnerabilities"
A_HYP = "VMs rely on hypervisors"
A_MORE = "more containers on the same hardware"
A_FULL_INST = "each require a full OS instance"
A_MANY = "affect many containers simultaneously"
A_UPDATE = "regularly updating container images"
A_CONTAIN = "contain security breaches"
A_SENS = "untrusted or sensitive workloads"
A_STAB = "stability, compatibility, and security"
A_KMOD = "specific OS configurations or kernel modules"
A_SPIN = "quickly spin up and shut down"
A_BAL = "speed, security, and resource efficiency"
A_OTHER = "it could affect other containers"
A_MGMT = "more management effort"
A_ONVM = "run seamlessly on virtual machines"
A_FLEX = "flexibility, scalability, and security"
A_LIC = "individual licenses for each OS instance"
A_COST = "more cost-effective and easier to license"
A_PERF = "containers generally perform better"
A_ACT = "since they activate quickly"
A_ALLOC = "adjusting resource allocation"
A_SHIFT = "gradually shift workloads"
A_RES = "consume more resources"
A_CONCL = "speed, efficiency, and scalability"

# --- shared notes ---
N_WIN = "Article has no Windows/legacy-app passage; VM only via full OS compatibility / specific OS configurations."
N_NUM = "Article is qualitative; no numbers, only the comparison."
N_BOTH = "Article gives no single verdict; it says both have their place and the choice is a balance."
N_SENS_IMPL = "Sensitivity is implied, not stated; article points sensitive/untrusted workloads to VMs."


def K(expect, answer):
    return {"keep": True, "expect": list(expect), "answer": answer}


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


NOT_DECIDED = "the article does not decide or address this"

SEED = {
    # ice-cream van fleet & parlour (1-10)
    1: D(NOT_DECIDED + " (old depot pc app, no deciding criterion given)"),
    2: K([P_RES_EFF, P_SHARE_KERNEL], A_EFF),
    3: K([P_RAPID, P_SPIN], A_SPIN),
    4: L([P_FULL_OS, P_KMOD], A_FULL_OS, N_WIN),
    5: K([P_ARCH, P_VM_S3], A_SHARE),
    6: L([P_SHARE_FLAW, P_MANY], A_OTHER,
         "Article speaks of host OS / engine flaws affecting other containers, not of one compromised container breaking out."),
    7: L([P_STAGING, P_PLAN], A_SHIFT,
         "Article has no lift-as-VM-first vs straight-to-containers passage; only gradual, staged migration advice."),
    8: L([P_COSTEFF, P_MORE_CONTAINERS], A_COST,
         "Article names no cloud provider or prices; cost only via licensing and density."),
    9: K([P_SHARE_KERNEL, P_SLOWER], A_FAST),
    10: K([P_ON_VM], A_ONVM),
    # craft gin distillery (11-20)
    11: L([P_KMOD], A_KMOD, "Specific old OS build decides VM; the USB licence dongle is not covered by the article."),
    12: L([P_STABILITY, P_FULL_OS], A_STAB,
          "Records kept untouched for years read as stability; article does not cover data retention or databases."),
    13: D(NOT_DECIDED + " (whether a small firm needs Kubernetes)"),
    14: K([P_RAPID, P_SCALE_EASIER], A_BETTER),
    15: K([P_SHARE_KERNEL, P_SEC_COMPLEX, P_MANY], A_SEC),
    16: L([P_MORE_CONTAINERS, P_FULL_OS_INSTANCE], A_MORE, N_NUM),
    17: L([P_SHARE_FLAW, P_CONTAIN], A_OTHER,
          "Public-facing next to stock system read as mixed trust; article: shared-host flaw can affect other containers, VMs contain breaches."),
    18: K([P_VM_S3, P_CONTAIN], A_CONTAIN),
    19: K([P_PLAN, P_STAGING, P_BACKUPS], A_SHIFT),
    20: K([P_LICENSE], A_LIC),
    # hot-tub & swim-spa retailer/installer (21-30)
    21: K([P_RAPID, P_HIGHLOAD], A_BETTER),
    22: D(NOT_DECIDED + " (small php + mysql app, no deciding criterion; databases not covered)"),
    23: L([P_MANY], A_MANY, "Article speaks of host OS vulnerabilities affecting many containers, not of a kernel crash as such."),
    24: L([P_KMOD], A_KMOD, "Graphics driver read as the kernel-module criterion; GPUs/desktop graphics not covered."),
    25: K([P_SENSITIVE, P_CONTAIN], A_SENS),
    26: L([P_HIGHLOAD, P_SLOWER], A_PERF,
          "Article: containers faster to start and better under high load, but VMs for consistent performance."),
    27: L([P_MGMT], A_MGMT, "Article only says VMs may need more management effort; no day-to-day comparison."),
    28: K([P_SCALE_EASIER, P_SPIN], A_ACT),
    29: L([P_TOOLS, P_HYPERVISORS], A_HYP, "Article does not define a hypervisor; only says VMs rely on them and containers use orchestration."),
    30: L([P_PRACTICES], A_UPDATE, "Article says regularly update container images; VM patching not described."),
    # paintball & laser-tag activity centre (31-40)
    31: K([P_KMOD], A_KMOD),
    32: K([P_SENSITIVE, P_CONTAIN], A_SENS),
    33: K([P_HIGHLOAD, P_SCALE_EASIER], A_PERF),
    34: L([P_MORE_CONTAINERS, P_RES_EFF], A_MORE, "Article: more containers on the same hardware; small box specifics not covered."),
    35: L([P_ARCH, P_VM_S3], A_SHARE, "Article explains shared kernel vs separate OS; no Docker internals (namespaces, cgroups)."),
    36: K([P_STABILITY, P_FULL_OS], A_FULL_OS),
    37: K([P_SEC_COMPLEX, P_CONTAIN], A_SEC),
    38: L([P_BOTH, P_BALANCE], A_BAL, N_BOTH),
    39: K([P_RES_EFF, P_SLOWER], A_EFF),
    40: K([P_ON_VM, P_FLEX], A_FLEX),
    # martial-arts school chain (41-50)
    41: L([P_FULL_OS], A_FULL_OS, N_WIN + " Access database is a Windows desktop app."),
    42: K([P_SCALE_EASIER, P_SPIN], A_ACT),
    43: K([P_SENSITIVE, P_CONTAIN], A_SENS),
    44: L([P_RES_EFF, P_SHARE_KERNEL], A_EFF, "Per-site small office pc; article only gives the general resource-efficiency criterion."),
    45: K([P_MORE_CONTAINERS, P_SPIN], A_MORE),
    46: D(NOT_DECIDED + " (file visibility between containers)"),
    47: D(NOT_DECIDED + " (portability between cloud providers)"),
    48: L([P_SHARE_KERNEL, P_SLOWER], A_FAST, N_NUM),
    49: L([P_BOTH, P_BALANCE], A_BAL, N_BOTH),
    50: K([P_ARCH, P_FULL_OS_INSTANCE], A_SHARE),
    # Christmas tree farm (51-60)
    51: K([P_RAPID, P_SPIN], A_BETTER),
    52: K([P_RES_EFF, P_ARCH], A_EFF),
    53: L([P_FULL_OS], A_FULL_OS, N_WIN),
    54: K([P_SPIN], A_SPIN),
    55: L([P_HIGHLOAD, P_MONITOR], A_PERF,
          "Article: containers better under load, and monitor memory/adjust allocation; the out-of-memory case itself not covered."),
    56: L([P_MONITOR, P_MANY], A_ALLOC, "Article has no per-container CPU limits; only monitoring and adjusting resource allocation."),
    57: L([P_SLOWER, P_FULL_OS_INSTANCE], A_RES, "Article does not define overhead; explains it via a full OS per VM and heavier resource use."),
    58: K([P_STAGING, P_BACKUPS], A_SHIFT),
    59: L([P_FULL_OS_INSTANCE, P_RES_EFF], A_FULL_INST, "Disk space not mentioned; only a full OS per VM and resource efficiency."),
    60: D(NOT_DECIDED + " (isolation mechanism between containers)"),
    # bespoke tailoring & suit hire (61-70)
    61: K([P_SENSITIVE, P_CONTAIN], A_SENS),
    62: L([P_FULL_OS, P_STABILITY], A_FULL_OS, N_WIN + " Moving a physical pc into a VM (P2V) is not described."),
    63: L([P_SPIN, P_COSTEFF], A_SPIN, "Article: quick spin up/shut down and cost-effective licensing; no pay-per-use cloud pricing."),
    64: L([P_ARCH, P_VM_S3], A_SHARE, "Implied only: containers share the host kernel while VMs run separate OS instances."),
    65: K([P_ARCH, P_LIGHT16], A_QUICK),
    66: D(NOT_DECIDED + " (containers and VMs side by side on one host)"),
    67: L([P_CONCL, P_BALANCE], A_CONCL, N_BOTH),
    68: K([P_SEC_COMPLEX, P_KERNEL_SHARING], A_SEC),
    69: D(NOT_DECIDED + " (what a VPS is)"),
    70: K([P_CONTAIN, P_SENSITIVE], A_CONTAIN),
    # event catering (71-80)
    71: L([P_SENSITIVE, P_STABILITY], A_SENS, N_SENS_IMPL + " Allergen data is legally critical rather than personal."),
    72: L([P_RES_EFF, P_ARCH], A_EFF, "Article does not discuss laptops; only that containers are lightweight and resource-efficient."),
    73: K([P_HIGHLOAD, P_SCALE_EASIER], A_PERF),
    74: L([P_KMOD], A_KMOD,
          "Article leans VM via specific OS configurations; an old userland alone can often be containerised (not discussed)."),
    75: L([P_FULL_OS, P_ARCH], A_FULL_OS, N_WIN),
    76: K([P_SHARE_KERNEL, P_SEC_COMPLEX], A_SEC),
    77: L([P_COSTEFF, P_LICENSE], A_COST, "Cost only via licensing; no cloud pricing."),
    78: L([P_PRACTICES], A_UPDATE, "Article says regularly update images; rebuilding is not described."),
    79: L([P_SHARE_FLAW, P_CONTAIN], A_OTHER, "Article: a shared-host flaw can affect other containers; VMs contain breaches. Data leaks per se not covered."),
    80: L([P_BALANCE, P_MGMT], A_BAL, N_BOTH + " No straight answer for a small firm."),
}

PM = "podman/docs/source/markdown/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [PM + "podman-container-checkpoint.1.md", PM + "podman-container-restore.1.md"],
    2: [PM + "options/health-on-failure.md"],
    3: [PM + "podman-auto-update.1.md.in", PM + "options/auto-update.md"],
    4: [PM + "podman-kube-play.1.md.in"],
    5: [PM + "options/tz.md"],
    6: [PM + "options/device.md"],
    7: [PM + "podman-cp.1.md"],
    8: ["podman/docs/tutorials/podman-for-windows.md"],
    9: ["podman/docs/tutorials/macos_autostart.md"],
    10: [PM + "options/read-only.md"],
    11: [PM + "options/http-proxy.md"],
    12: ["podman/docs/tutorials/podman-install-certificate-authority.md"],
    13: ["podman/docs/tutorials/image_signing.md", PM + "podman-image-sign.1.md.in"],
    14: [PM + "podman-compose.1.md.in"],
    15: [PM + "options/cpus.container.md"],
    16: ["podman/docs/tutorials/performance.md"],
    17: [FC + "snapshotting/snapshot-support.md"],
    18: [FC + "jailer.md", FC + "prod-host-setup.md"],
    19: [FC + "prod-host-setup.md"],
    20: [FC + "logger.md"],
    21: [FC + "cpu_templates/cpu-templates.md"],
    22: [FC + "memory-hotplug.md"],
    23: [FC + "initrd.md"],
    24: [FC + "gdb-debugging.md"],
    25: [FC + "network-performance.md"],
    26: [FC + "api_requests/patch-block.md"],
    27: [FC + "snapshotting/random-for-clones.md"],
    28: ["firecracker/FAQ.md", FC + "design.md"],
    29: [KD + "how-to/how-to-use-kata-with-docker.md"],
    30: [KD + "how-to/how-to-load-kernel-modules-with-kata.md"],
    31: [KD + "Upgrading.md"],
    32: [KD + "how-to/how-to-use-kata-containers-with-firecracker.md", KD + "hypervisors.md"],
    33: [KD + "hypervisors.md"],
    34: [KD + "how-to/privileged.md"],
    35: [KD + "how-to/what-is-vm-templating-and-how-do-I-use-it.md"],
    36: [KD + "threat-model/threat-model.md"],
    37: [KD + "use-cases/using-Intel-SGX-and-kata.md"],
    38: [KD + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    39: [KD + "how-to/how-to-use-numa-with-kata.md"],
    40: [KD + "Debug-shim-guide.md", KD + "Developer-Guide.md"],
}
CORPUS_DUPS = {19, 21, 35}
SEED_DUPS = {29}
OFFTOPIC_DUPS = {33}
OFFTOPIC_ANSWERED = {
    25: "partly answered by the corpus: podman remote-client tutorials (mac_win_client.md, remote_client.md) show "
        "generating an SSH key pair with ssh-keygen",
}


def _lines(section):
    return open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8").read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        d = D(DUP) if n in SEED_DUPS else SEED.get(n)
        if d is not None:
            out["seed"].append((n, q, d))
    for n, q in enumerate(_lines("corpus"), 1):
        if n in CORPUS_DUPS:
            out["corpus"].append((n, q, D(DUP)))
        elif n in CORPUS:
            out["corpus"].append((n, q, {"keep": True, "expectSource": CORPUS[n]}))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            out["offtopic"].append((n, q, D(DUP)))
        elif n in OFFTOPIC_ANSWERED:
            out["offtopic"].append((n, q, D(OFFTOPIC_ANSWERED[n])))
        else:
            out["offtopic"].append((n, q, {"keep": True}))
    return out
