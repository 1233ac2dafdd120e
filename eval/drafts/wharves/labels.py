"""Labels for the wharves held-out set (written from scratch for build.py's interface).

Questions are read from the frozen drafts by code (never retyped). One decision per draft line.
Seed: judged against /work/main/knowledge/containers-vs-vms.md only. Expect phrases and answers are
verbatim article text (straight quotes only; sentences with curly apostrophes are used only through
phrases outside those words). Corpus: relative paths under /work/shared/corpus, found by listing and
grepping. Off-topic: kept unless the article/corpus answers it or it duplicates an earlier set.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- article phrases (verbatim) ----
P_SHARE = "containers share the host OS kernel"
P_QUICK = "making them lightweight and quick to start"
A_QUICK = "lightweight and quick to start"
P_VMSEP = "VMs run separate OS instances, offering stronger isolation"
P_VMSLOW = "offering stronger isolation but slower startup and higher resource use"
A_VMSLOW = "slower startup and higher resource use"
P_EFF = "Containers are more resource-efficient and ideal for microservices"
A_EFF = "more resource-efficient and ideal for microservices"
P_COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
A_COMPAT = "requiring full OS compatibility and stability"
P_SECCPLX = "Container security is complex due to shared kernel vulnerabilities"
A_SECCPLX = "due to shared kernel vulnerabilities"
P_VMSECURE = "VMs isolate workloads more securely with separate OSes"
A_VMSECURE = "VMs isolate workloads more securely"
P_ORCH = "containers use orchestration platforms, while VMs rely on hypervisors"
A_ORCH = "VMs rely on hypervisors"
P_HYPER = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management"
P_DENSE = "you can run more containers on the same hardware compared to virtual machines"
A_DENSE = "more containers on the same hardware"
P_FULLOS = "which each require a full OS instance"
A_FULLOS = "each require a full OS instance"
P_ENGINE = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
A_ENGINE = "could potentially affect many containers simultaneously"
P_PRACT = "running containers with the least privileges, isolating them properly"
P_UPDATE = "regularly updating container images to minimize attack surfaces"
A_UPDATE = "regularly updating container images"
P_ISO = "They provide stronger isolation because each VM runs its own complete OS"
A_ISO = "They provide stronger isolation"
P_BREACH = "making it easier to contain security breaches within a single VM without affecting others"
A_BREACH = "easier to contain security breaches"
P_SENS = "particularly valuable for running untrusted or sensitive workloads"
A_SENS = "untrusted or sensitive workloads"
P_VMHEAVY = "VMs can be slightly slower to start and consume more resources"
A_VMHEAVY = "consume more resources"
P_STABLE = "they excel in environments where stability, compatibility, and security are critical"
A_STABLE = "stability, compatibility, and security are critical"
P_KMOD = "require specific OS configurations or kernel modules that containers might not support easily"
A_KMOD = "specific OS configurations or kernel modules"
P_SPIN = "leveraging their ability to quickly spin up and shut down"
A_SPIN = "quickly spin up and shut down"
P_CONSIST = "if your priority is strong security boundaries and consistent performance"
A_CONSIST = "VMs could be your best choice"
P_BOTH = "Both technologies have their place"
P_DEDIC = "VMs provide stronger isolation through dedicated resources"
A_DEDIC = "stronger isolation through dedicated resources"
P_MGMT = "but may require more management effort"
A_MGMT = "may require more management effort"
P_ONVM = "Yes, containers can run seamlessly on virtual machines"
A_ONVM = "can run seamlessly on virtual machines"
P_K8S = "container orchestration tools like Kubernetes manage them efficiently"
P_CONF = "proper configuration is essential to prevent potential bottlenecks or security issues"
P_LIC_C = "Containers often have simpler licensing because they share the host OS"
P_LIC_VM = "VMs typically require individual licenses for each OS instance"
A_LIC_VM = "individual licenses for each OS instance"
P_COST = "containers can be more cost-effective and easier to license"
A_COST = "containers can be more cost-effective"
P_LOAD = "containers generally perform better due to efficient resource allocation"
P_LOAD2 = "allowing faster scaling and less overhead"
A_LOAD = "faster scaling and less overhead"
A_LOADC = "containers generally perform better"
P_VMDROP = "VMs may experience performance drops because of their heavier resource use"
P_SCALE = "Scalability challenges are easier with containers since they activate quickly"
A_SCALE = "since they activate quickly"
P_MIGNAV = "migration from VMs to containers requires careful navigation"
A_MIGNAV = "requires careful navigation"
P_MIGCH = "Address migration challenges like data transfer and configuration adjustments early"
A_MIGCH = "data transfer and configuration adjustments"
P_STAGE = "Test thoroughly in staging environments, then gradually shift workloads"
A_STAGE = "then gradually shift workloads"
P_SITE = "imagine deploying a new app quickly using containers, like a startup launching a website in minutes"
A_SITE = "launching a website in minutes"


def K(expect, answer):
    return {"keep": True, "expect": list(expect), "answer": answer}


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


WIN = "Windows not named; answered via the full-OS-compatibility sentence (VM)."

SEED = {
    # alarm-monitoring centre IT
    1: L([P_STABLE, P_COMPAT], A_STABLE,
         "Article ties critical stability to VMs; always-on / redundancy of the receiver itself not covered."),
    2: L([P_COMPAT], A_COMPAT, WIN),
    3: K([P_QUICK, P_VMSLOW], A_QUICK),
    4: K([P_ENGINE, P_SECCPLX], A_ENGINE),
    5: D("hot standby / keeping two sites in sync for failover is not covered by the article"),
    6: K([P_QUICK, P_VMSEP], P_SHARE),
    7: K([P_KMOD], A_KMOD),
    8: K([P_DENSE], A_DENSE),
    9: K([P_ISO, P_BREACH], A_ISO),
    10: K([P_ONVM, P_CONF], A_ONVM),
    # holiday park / campsite operator IT
    11: K([P_LOAD, P_LOAD2, P_SCALE], A_LOAD),
    12: D("per-piece choice for two systems on one old server; the article gives no criteria for this split"),
    13: L([P_SPIN, P_COST], A_SPIN,
          "Idle-season cloud billing not covered; answered via quick spin up/shut down and cost-effectiveness."),
    14: L([P_EFF, P_QUICK], A_EFF, "Minimum hardware for a tiny box not covered; answered via lightweight/resource-efficient."),
    15: K([P_BREACH, P_SENS], A_BREACH),
    16: L([P_STAGE, P_MIGNAV], A_STAGE, "Zero downtime not explicit; answered via staging tests and gradual shift."),
    17: D("converting a vendor VM appliance (.ova) into a container is not covered"),
    18: K([P_QUICK, P_FULLOS], P_SHARE),
    19: D("one VM per site vs centrally managed containers across many sites is not decided by the article"),
    20: D("whether Kubernetes is overkill for a few services is not covered"),
    # school-photography company developer
    21: K([P_SPIN, P_SCALE], A_SPIN),
    22: D("GPU workloads are not covered"),
    23: K([P_SENS, P_ISO], A_SENS),
    24: L([P_DENSE, P_FULLOS], A_FULLOS, "No RAM figures in the article; answered comparatively (no full OS per container)."),
    25: D("containers vs bare metal speed is not covered (article compares containers with VMs)"),
    26: K([P_KMOD, P_COMPAT], A_KMOD),
    27: D("file persistence across container restarts is not covered"),
    28: D("splitting one app into several containers is not decided by the article"),
    29: L([P_ENGINE, P_PRACT], A_ENGINE,
          "Network-traffic isolation between containers not described; article only gives shared-kernel risk and 'isolate them properly'."),
    30: L([P_COST, P_DENSE], A_COST, "Article's cost sentence is about licensing, not per-VM cloud billing."),
    # home-care agency platform developer
    31: K([P_SENS, P_ISO], A_SENS),
    32: K([P_CONSIST], A_CONSIST),
    33: L([P_ORCH, P_HYPER], A_ORCH, "Hypervisor only briefly characterised; containers use orchestration platforms, VMs hypervisors."),
    34: K([P_ISO, P_BREACH], A_ISO),
    35: K([P_SCALE, P_SPIN], A_SCALE),
    36: K([P_SECCPLX, P_VMSECURE], A_VMSECURE),
    37: L([P_COMPAT], A_COMPAT, WIN),
    38: L([P_UPDATE], A_UPDATE, "No patching procedure in the article; it only says to update container images regularly."),
    39: L([P_QUICK, P_ENGINE], P_SHARE, "Kernel crash not named; shared kernel and host-OS vulnerabilities affecting many containers."),
    40: L([P_MGMT, P_DEDIC], A_MGMT, "Article notes VMs' management effort; the operating effort of containers/orchestration not weighed."),
    # scrap-metal recycling yard IT
    41: D("serial-port / device access from containers is not covered"),
    42: K([P_SENS, P_ISO], A_SENS),
    43: D("one server, one app: the article gives no criterion that decides this case"),
    44: L([P_COMPAT], A_COMPAT, WIN),
    45: K([P_QUICK, P_VMSLOW], A_QUICK),
    46: L([P_VMHEAVY, P_FULLOS], A_VMHEAVY, "No overhead figures in the article; answered comparatively."),
    47: D("host failure / data loss and backups for containers are not covered"),
    48: K([P_EFF], A_EFF),
    49: D("running a different Linux distribution than the host is not covered"),
    50: K([P_MIGCH, P_MIGNAV], A_MIGCH),
    # kitchen-fitting company IT
    51: L([P_LOAD, P_CONSIST], A_LOADC,
          "CPU-heavy rendering not covered; containers perform better under load, but the article also ties consistent performance to VMs."),
    52: K([P_SPIN, P_SCALE], A_SPIN),
    53: D("licence servers bound to a MAC address are not covered"),
    54: D("containers on Windows hosts are not covered"),
    55: L([P_SENS, P_BREACH], A_SENS, "Sensitivity of the accounts system implied, not stated."),
    56: K([P_QUICK, P_ENGINE], P_SHARE),
    57: D("databases in containers are not covered"),
    58: D("dev/prod parity is not covered"),
    59: K([P_COMPAT, P_STABLE], A_COMPAT),
    60: L([P_LOAD, P_LOAD2, P_VMDROP], A_LOAD, "Batch-import speed not covered; answered via less overhead / VM resource use."),
    # commercial office-cleaning contractor IT
    61: K([P_SCALE, P_SPIN], A_SCALE),
    62: L([P_DENSE, P_ISO], A_DENSE, "Per-client instances: density favours containers; the article's isolation trade-off (VMs) also applies."),
    63: K([P_MIGNAV, P_MIGCH], A_MIGNAV),
    64: K([P_EFF], A_EFF),
    65: L([P_SENS], A_SENS, "Whether payroll/timesheet data counts as sensitive is not stated."),
    66: K([P_SECCPLX, P_KMOD], A_SECCPLX),
    67: D("'works on my machine' / environment consistency is not covered"),
    68: K([P_LIC_C, P_LIC_VM], A_LIC_VM),
    69: L([P_DENSE], A_DENSE, "No numbers in the article; answered comparatively."),
    70: D("team skills / Kubernetes experience is not decided by the article"),
    # equestrian centre / livery stable software developer
    71: D("per-piece choice for three systems on one VPS is not decided by the article"),
    72: K([P_LOAD, P_SCALE], A_SCALE),
    73: L([P_SENS], A_SENS, "Personal data of owners implied as sensitive; not stated."),
    74: K([P_KMOD], A_KMOD),
    75: L([P_DEDIC, P_QUICK], A_DEDIC, "No per-resource (CPU/memory/disk) breakdown in the article."),
    76: K([P_ONVM, P_K8S], A_ONVM),
    77: L([P_COMPAT], A_COMPAT, "Legacy (Windows) desktop database app; " + WIN),
    78: L([P_QUICK, P_SITE], A_QUICK, "No start-up timing in the article; 'quick to start' only."),
    79: L([P_SITE, P_EFF], A_SITE, "Hosting offers not covered; article's own example is a website launched quickly with containers."),
    80: L([P_SECCPLX, P_ENGINE], A_SECCPLX, "Escape to the host not named; shared-kernel and host-OS vulnerabilities."),
}

M = "podman/docs/source/markdown/"
O = M + "options/"
FD = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [O + "health-on-failure.md"],
    2: [M + "podman-auto-update.1.md.in"],
    3: [M + "podman-container-checkpoint.1.md", M + "podman-container-restore.1.md"],
    4: [M + "podman-farm-build.1.md.in", M + "podman-farm.1.md"],
    5: ["podman/docs/tutorials/image_signing.md", M + "podman-image-sign.1.md.in", M + "podman-image-trust.1.md.in"],
    6: [O + "log-opt.md"],
    7: [M + "podman-pod-create.1.md.in"],
    8: [M + "podman-kube-play.1.md.in"],
    9: [M + "podman-compose.1.md.in"],
    10: ["podman/docs/tutorials/podman-for-windows.md"],
    11: ["podman/docs/tutorials/podman-install-certificate-authority.md"],
    12: ["podman/docs/tutorials/performance.md"],
    13: [O + "cpus.container.md", O + "cpuset-cpus.md"],
    14: [O + "read-only.md", O + "read-only-tmpfs.md"],
    15: [M + "podmansh.1.md"],
    16: [M + "podman-artifact-add.1.md.in", M + "podman-artifact-push.1.md.in"],
    17: [FD + "jailer.md", FD + "prod-host-setup.md"],
    18: [FD + "snapshotting/snapshot-support.md"],
    19: [FD + "snapshotting/versioning.md", FD + "snapshotting/snapshot-support.md"],
    20: [FD + "prod-host-setup.md"],
    21: [FD + "logger.md"],
    22: [FD + "cpu_templates/cpu-templates.md"],
    23: [FD + "api_requests/patch-network-interface.md", FD + "design.md"],
    24: [FD + "initrd.md"],
    25: [FD + "memory-hotplug.md"],
    26: [FD + "gdb-debugging.md"],
    27: [FD + "kernel-policy.md"],
    28: [FD + "api_requests/block-io-engine.md"],
    29: [KD + "how-to/how-to-load-kernel-modules-with-kata.md"],
    30: [KD + "how-to/how-to-use-kata-with-docker.md"],
    31: [KD + "how-to/how-to-use-kata-containers-with-firecracker.md"],
    32: [KD + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", KD + "how-to/how-to-use-template-in-runtime-rs.md"],
    33: [KD + "how-to/privileged.md"],
    34: [KD + "how-to/how-to-use-k8s-with-crio-and-kata.md"],
    35: [KD + "how-to/how-to-use-the-kata-agent-policy.md"],
    36: [KD + "use-cases/using-Intel-SGX-and-kata.md"],
    37: [KD + "use-cases/using-SRIOV-and-kata.md"],
    38: [KD + "Upgrading.md"],
    39: [KD + "how-to/how-to-pull-images-in-guest-with-kata.md", KD + "design/kata-guest-image-management-design.md"],
    40: [KD + "hypervisors.md"],
}

SEED_DUPS = set()
CORPUS_DUPS = {27}
OFFTOPIC_DUPS = {24}
# 3: Kata docs show `kubectl exec -it <pod> -- /bin/sh` verbatim (SPDK, NUMA how-tos), so the corpus answers it.
OFFTOPIC_DROPS = {3: "answered by the corpus (kubectl exec -it <pod> -- sh examples in Kata how-tos)"}


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
            out["corpus"].append((n, q, {"keep": True, "expectSource": list(CORPUS[n])}))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            d = D(DUP)
        elif n in OFFTOPIC_DROPS:
            d = D(OFFTOPIC_DROPS[n])
        else:
            d = {"keep": True}
        out["offtopic"].append((n, q, d))
    return out
