"""Labels for the 'spindles' held-out set (written from scratch after the drafts were frozen).

Interface expected by build.py:
  DRAFTS     section -> draft file name (next to this file)
  DUP        the drop reason used for questions that equal one in an earlier heldout-*.json
  labelled() -> {section: [(line, question, decision)]}
Questions are read from the frozen drafts by code (never retyped). One decision per line.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

DRAFTS = {
    "seed": "seed-draft.txt",
    "corpus": "corpus-draft.txt",
    "offtopic": "offtopic-draft.txt",
}
DUP = "duplicate of an earlier set"

# ---------------------------------------------------------------------------
# Article phrases (verbatim, each inside one sentence of
# /work/main/knowledge/containers-vs-vms.md; none contains a curly apostrophe)
# ---------------------------------------------------------------------------
P_SHARE_KERNEL = "containers share the host OS kernel, making them lightweight and quick to start"
P_VM_SEPARATE = "VMs run separate OS instances, offering stronger isolation"
P_VM_SLOWER = "slower startup and higher resource use"
P_RAPID_SCALABLE = "If you need rapid, scalable applications, containers are better"
P_SECURE_ISOLATED = "For more secure, isolated environments, VMs excel"
P_KT_FASTER = "Containers share the host OS kernel, making them lightweight and faster to start"
P_RESOURCE_EFF = "Containers are more resource-efficient and ideal for microservices"
P_FULL_OS = "VMs are better suited for applications requiring full OS compatibility and stability"
P_RAPID_DEPLOY = "Containers offer rapid deployment and scalability"
P_SEC_COMPLEX = "Container security is complex due to shared kernel vulnerabilities"
P_VM_ISOLATE_SECURE = "VMs isolate workloads more securely with separate OSes"
P_HYPERVISORS = "containers use orchestration platforms, while VMs rely on hypervisors"
P_UTILIZE_HYP = "virtual machines often utilize hypervisors"
P_MORE_CONTAINERS = "you can run more containers on the same hardware compared to virtual machines"
P_FULL_OS_INSTANCE = "which each require a full OS instance"
P_AFFECT_MANY = ("vulnerabilities in the host OS or container engine could potentially affect many "
                 "containers simultaneously")
P_LEAST_PRIV = "running containers with the least privileges, isolating them properly"
P_UPDATE_IMAGES = "regularly updating container images to minimize attack surfaces"
P_STRONGER_ISOLATION = "They provide stronger isolation because each VM runs its own complete OS"
P_CONTAIN_BREACH = "making it easier to contain security breaches within a single VM without affecting others"
P_SENSITIVE = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
P_SLOWER_START = "VMs can be slightly slower to start and consume more resources"
P_STABILITY_CRITICAL = "they excel in environments where stability, compatibility, and security are critical"
P_KERNEL_MODULES = ("applications that require specific OS configurations or kernel modules that containers "
                    "might not support easily")
P_SPIN_UP = "leveraging their ability to quickly spin up and shut down"
P_CONSISTENT = ("if your priority is strong security boundaries and consistent performance, VMs could be "
                "your best choice")
P_FEWER_RES = "They typically use fewer resources"
P_SECURITY_FLAW = "security flaw, it could affect other containers"
P_DEDICATED = "VMs provide stronger isolation through dedicated resources"
P_MGMT_EFFORT = "but may require more management effort"
P_SEAMLESS = "containers can run seamlessly on virtual machines"
P_BOTTLENECKS = "proper configuration is essential to prevent potential bottlenecks or security issues"
P_SIMPLER_LIC = "Containers often have simpler licensing because they share the host OS"
P_INDIVIDUAL_LIC = "VMs typically require individual licenses for each OS instance"
P_COST_EFFECTIVE = "containers can be more cost-effective and easier to license"
P_HIGH_LOAD = "containers generally perform better due to efficient resource allocation"
P_FASTER_SCALING = "allowing faster scaling and less overhead"
P_VM_DROPS = ("VMs may experience performance drops because of their heavier resource use and longer "
              "startup times")
P_ACTIVATE = "Scalability challenges are easier with containers since they activate quickly"
P_SPIKES = "adjusting resource allocation to maintain ideal performance during spikes"
P_PLAN = "Start by planning your container orchestration strategy"
P_MIG_CHALLENGES = "Address migration challenges like data transfer and configuration adjustments early"
P_STAGING = "Test thoroughly in staging environments, then gradually shift workloads"
P_BACKUPS = "Keep backups handy, and monitor performance closely"
P_LIGHT_RAPID = "Containers offer lightweight, rapid deployment, perfect for dynamic environments"

# short verbatim answers (3-6 words)
A_SHARE = "containers share the host OS kernel"
A_BETTER = "containers are better"
A_SUITED = "VMs are also better suited"
A_SENSITIVE = "untrusted or sensitive workloads"
A_SLOWER = "slightly slower to start"
A_FASTER = "lightweight and faster to start"
A_FULL_OS = "full OS compatibility and stability"
A_PERFORM = "containers generally perform better"
A_ACTIVATE = "since they activate quickly"
A_EFFICIENT = "Containers are more resource-efficient"
A_MICRO = "ideal for microservices"
A_RUN_MORE = "you can run more containers"
A_KERNEL_VULN = "shared kernel vulnerabilities"

# notes reused by several lenient items
N_WINDOWS = ("Windows / legacy desktop software is not named; the article sends apps that need full OS "
             "compatibility or specific OS configurations to VMs.")
N_NUMBERS = "The article is qualitative and gives no figures; kept on the comparative answer only."
N_IMPLIED = ("Sensitivity is implied (personal data), not stated; the article recommends VMs for sensitive "
             "workloads but does not say containers are insufficient.")


def K(expect, answer):
    return {"keep": True, "expect": list(expect), "answer": answer}


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


NOT_DECIDED = "not addressed / not decided by the article"

SEED = {
    # removals / house-moving company IT
    1: D(NOT_DECIDED + ": per-piece split of two apps on one server"),
    2: K([P_SHARE_KERNEL, P_VM_SEPARATE], A_SHARE),
    3: K([P_RAPID_SCALABLE, P_ACTIVATE], A_BETTER),
    4: K([P_KERNEL_MODULES], A_SUITED),
    5: K([P_SENSITIVE, P_STRONGER_ISOLATION], A_SENSITIVE),
    6: L([P_KT_FASTER, P_SLOWER_START], A_SLOWER, N_NUMBERS + " Containers start faster; no start-up times given."),
    7: L([P_KT_FASTER, P_AFFECT_MANY], "affect many containers simultaneously",
         "Shared kernel confirmed; the article speaks of vulnerabilities in the host OS or container engine "
         "affecting many containers, not of kernel crashes."),
    8: L([P_FULL_OS, P_KERNEL_MODULES], A_FULL_OS, N_WINDOWS),
    9: K([P_MIG_CHALLENGES, P_STAGING, P_BACKUPS], "Test thoroughly in staging environments"),
    10: L([P_SEAMLESS, P_BOTTLENECKS], "containers can run seamlessly",
          "The article says containers run seamlessly on VMs and warns that proper configuration prevents "
          "bottlenecks; it does not quantify any double overhead."),
    # music school / instrument-lesson academy developer
    11: K([P_HIGH_LOAD, P_ACTIVATE], A_PERFORM),
    12: L([P_MORE_CONTAINERS, P_CONTAIN_BREACH], A_RUN_MORE,
          "Per-school copies are not discussed; density favours containers, while the article's stronger "
          "VM isolation would favour one VM per school if the franchises must be kept apart."),
    13: K([P_SENSITIVE, P_CONSISTENT], A_SENSITIVE),
    14: L([P_RESOURCE_EFF, P_MORE_CONTAINERS], A_EFFICIENT, N_NUMBERS + " No RAM figures."),
    15: L([P_HIGH_LOAD, P_FASTER_SCALING], "allowing faster scaling and less overhead",
          "Long CPU-heavy batch work: kept on 'less overhead' under load; the article also ties consistent "
          "performance to VMs, so this is not clear-cut."),
    16: L([P_MORE_CONTAINERS, P_LEAST_PRIV], "isolating them properly",
          "Several containers on one box is supported by the density point and 'isolating them properly'; "
          "per-container resource limits are not covered."),
    17: L([P_HYPERVISORS, P_UTILIZE_HYP], "VMs rely on hypervisors",
          "Docker is not named; the article separates hypervisors (VMs) from container orchestration platforms."),
    18: D(NOT_DECIDED + ": GPU passthrough"),
    19: D(NOT_DECIDED + ": file persistence across container restarts"),
    20: K([P_KERNEL_MODULES], A_SUITED),
    # taxi / minicab firm dispatch IT
    21: K([P_FULL_OS, P_STABILITY_CRITICAL], A_FULL_OS),
    22: K([P_HIGH_LOAD, P_SPIKES], A_PERFORM),
    23: L([P_SENSITIVE, P_STRONGER_ISOLATION], A_SENSITIVE, N_IMPLIED),
    24: D(NOT_DECIDED + ": containers on Android tablets"),
    25: K([P_SHARE_KERNEL, P_FULL_OS_INSTANCE], "share the host OS kernel"),
    26: K([P_KERNEL_MODULES], A_SUITED),
    27: K([P_CONTAIN_BREACH, P_SECURE_ISOLATED], "isolated environments, VMs excel"),
    28: L([P_STAGING], "then gradually shift workloads",
          "The article's migration advice (staging, gradual shift) applies; zero-downtime cut-over is not covered."),
    29: D(NOT_DECIDED + ": whether Kubernetes is overkill for a small firm"),
    30: K([P_CONSISTENT], "VMs could be your best choice"),
    # solar-panel installation company IT
    31: K([P_ACTIVATE, P_SPIKES], A_ACTIVATE),
    32: L([P_FULL_OS], A_FULL_OS, N_WINDOWS),
    33: K([P_SENSITIVE, P_VM_ISOLATE_SECURE], A_SENSITIVE),
    34: K([P_SEC_COMPLEX, P_AFFECT_MANY, P_LEAST_PRIV], A_KERNEL_VULN),
    35: L([P_MORE_CONTAINERS], A_RUN_MORE, N_NUMBERS + " No counts per server."),
    36: L([P_UPDATE_IMAGES], "regularly updating container images",
          "The article only says to update container images regularly; it does not explain who patches what "
          "(host kernel vs image)."),
    37: K([P_RESOURCE_EFF, P_FULL_OS_INSTANCE], A_MICRO),
    38: D(NOT_DECIDED + ": container networking to local field devices (modbus)"),
    39: D(NOT_DECIDED + ": same environment on every laptop / dev-prod parity"),
    40: L([P_COST_EFFECTIVE, P_FEWER_RES], "containers can be more cost-effective",
          "Answered from the licensing FAQ and resource use; cloud billing is not discussed."),
    # garden centre / plant nursery chain IT
    41: K([P_SPIN_UP, P_RAPID_SCALABLE], "quickly spin up and shut down"),
    42: D(NOT_DECIDED + ": serial-port access from a container"),
    43: L([P_FULL_OS], A_FULL_OS, N_WINDOWS),
    44: D(NOT_DECIDED + ": one VM per store vs central containers"),
    45: L([P_VM_SLOWER, P_SLOWER_START], "higher resource use", N_NUMBERS + " No percentages."),
    46: K([P_FULL_OS_INSTANCE, P_SHARE_KERNEL], A_SHARE),
    47: L([P_SENSITIVE, P_CONTAIN_BREACH], A_SENSITIVE, N_IMPLIED),
    48: D(NOT_DECIDED + ": host failure / data loss"),
    49: D(NOT_DECIDED + ": Linux containers on a Windows host"),
    50: L([P_SENSITIVE, P_CONTAIN_BREACH], A_SENSITIVE,
          "A new, untrusted app: the article points to VMs for stronger isolation of untrusted workloads; it "
          "does not say container isolation is inadequate."),
    # locksmith & security-door company IT
    51: K([P_SENSITIVE, P_CONSISTENT], A_SENSITIVE),
    52: K([P_RESOURCE_EFF, P_VM_SLOWER], A_EFFICIENT),
    53: L([P_SECURITY_FLAW, P_AFFECT_MANY], "it could affect other containers",
          "Container escape is not named; the article says a security flaw in the shared host OS could "
          "affect other containers."),
    54: K([P_ACTIVATE, P_VM_DROPS], A_ACTIVATE),
    55: L([P_FULL_OS], A_FULL_OS, N_WINDOWS),
    56: D(NOT_DECIDED + ": VM vs physical machine separation"),
    57: K([P_KT_FASTER, P_SLOWER_START], A_FASTER),
    58: D(NOT_DECIDED + ": container products other than Docker (article names no products)"),
    59: D(NOT_DECIDED + ": dev/prod parity"),
    60: D(NOT_DECIDED + ": databases in containers"),
    # mobile-phone repair shop chain IT
    61: D(NOT_DECIDED + ": USB device access from a container"),
    62: K([P_SENSITIVE, P_STRONGER_ISOLATION], A_SENSITIVE),
    63: L([P_RAPID_DEPLOY, P_LIGHT_RAPID], "Containers offer rapid deployment",
          "Rolling the same stack out to new shops is not discussed; kept on rapid deployment."),
    64: K([P_VM_DROPS, P_ACTIVATE], A_ACTIVATE),
    65: D(NOT_DECIDED + ": a VM inside a container (only containers inside VMs are covered)"),
    66: K([P_KERNEL_MODULES], A_SUITED),
    67: L([P_RESOURCE_EFF, P_FULL_OS_INSTANCE], A_EFFICIENT, N_NUMBERS + " No memory figures."),
    68: K([P_SIMPLER_LIC, P_INDIVIDUAL_LIC], "Containers often have simpler licensing"),
    69: D(NOT_DECIDED + ": bare metal vs VMs or containers"),
    70: L([P_DEDICATED, P_SPIKES], "stronger isolation through dedicated resources",
          "Noisy neighbours are not named; the article gives VMs dedicated resources and advises monitoring "
          "and adjusting resource allocation."),
    # coach-tour / coach holiday operator IT
    71: K([P_RAPID_SCALABLE, P_ACTIVATE], A_BETTER),
    72: K([P_RESOURCE_EFF], A_MICRO),
    73: K([P_SENSITIVE, P_STRONGER_ISOLATION], A_SENSITIVE),
    74: L([P_KT_FASTER, P_RESOURCE_EFF], A_EFFICIENT,
          "Small embedded boxes are not discussed; kept on containers being lightweight and resource-efficient."),
    75: K([P_FULL_OS, P_KERNEL_MODULES], A_FULL_OS),
    76: K([P_SEC_COMPLEX, P_VM_ISOLATE_SECURE, P_STRONGER_ISOLATION], A_KERNEL_VULN),
    77: K([P_PLAN, P_MIG_CHALLENGES, P_STAGING], "planning your container orchestration strategy"),
    78: L([P_SLOWER_START, P_VM_DROPS], A_SLOWER, N_NUMBERS + " No start-up times given."),
    79: D(NOT_DECIDED + ": per-piece split of two web apps on one host"),
    80: L([P_MGMT_EFFORT, P_HYPERVISORS], "may require more management effort",
          "The article says VMs may need more management effort; it does not compare instance counts or team size."),
}
SEED_DUPS = set()

PM = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
FD = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [PM + "podman-quadlet-basic-usage.7.md", PM + "podman-systemd.unit.5.md"],
    2: [PM + "podman-image-scp.1.md", PM + "podman-save.1.md.in", PM + "podman-load.1.md"],
    3: [PM + "podman-secret-create.1.md", PM + "options/secret.md"],
    4: [PT + "macos_autostart.md"],
    5: [PM + "podman-volume-export.1.md"],
    6: [PT + "socket_activation.md"],
    7: [PM + "options/memory.md"],
    8: [PT + "remote_client.md", PM + "podman-system-connection-add.1.md"],
    9: [PM + "podman-container-clone.1.md.in"],
    10: [PM + "options/device.md"],
    11: [PM + "options/pids-limit.md"],
    12: [PM + "podman-system-df.1.md", PM + "podman-system-prune.1.md"],
    13: [PT + "basic_networking.md", PM + "options/disable-dns.md", PM + "podman-network-create.1.md.in"],
    14: ["podman/rootless.md", "podman/troubleshooting.md"],
    15: [PM + "podman-stats.1.md.in"],
    16: [PM + "podman-kube-generate.1.md"],
    17: [FD + "ballooning.md"],
    18: [FD + "mmds/mmds-user-guide.md"],
    19: [FD + "vsock.md"],
    20: [FD + "network-setup.md"],
    21: [FD + "rootfs-and-kernel-setup.md"],
    22: [FD + "hugepages.md"],
    23: [FD + "metrics.md"],
    24: [FD + "seccomp.md", FD + "seccompiler.md"],
    25: [FD + "entropy.md"],
    26: [FD + "snapshotting/random-for-clones.md"],
    27: [FD + "snapshotting/network-for-clones.md"],
    28: [FD + "getting-started.md"],
    29: [KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         KD + "use-cases/GPU-passthrough-and-Kata.md"],
    30: [KD + "Limitations.md"],
    31: [KD + "how-to/how-to-import-kata-logs-with-fluentd.md"],
    32: [KD + "how-to/how-to-use-virtio-fs-with-kata.md"],
    33: [KD + "how-to/how-to-size-sandbox-overhead-runtime-rs.md", KD + "design/host-cgroups.md"],
    34: [KD + "how-to/how-to-setup-swap-devices-in-guest-kernel.md", KD + "how-to/how-to-use-memory-agent.md"],
    35: [KD + "how-to/how-to-set-prometheus-in-k8s.md", KD + "design/kata-2-0-metrics.md"],
    36: [KD + "how-to/how-to-use-sysctls-with-kata.md"],
    37: [KD + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
    38: [KD + "install/minikube-installation-guide.md"],
    39: [KD + "threat-model/threat-model.md"],
    40: [KD + "installation.md", KD + "helm-configuration.md", KD + "install/README.md"],
}
CORPUS_DUPS = set()
CORPUS_DROPS = {}

OFFTOPIC_DUPS = {3, 35}
OFFTOPIC_DROPS = {
    22: "answered by the corpus: podman-logs / podman-ps examples show redis on port 6379",
}


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
        elif n in CORPUS_DROPS:
            d = D(CORPUS_DROPS[n])
        else:
            d = {"keep": True, "expectSource": list(CORPUS[n])}
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
