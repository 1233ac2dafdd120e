"""Labels for the harbours held-out set (written from scratch for build.py's interface).

Questions are read from the frozen drafts by code; decisions are keyed by draft line number.
Seed: K() strict keep, L() lenient keep (with a note), D() drop with a reason.
Expect phrases and answers are verbatim from single sentences of
/work/main/knowledge/containers-vs-vms.md (curly-apostrophe words avoided).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- expect phrases (each inside one article sentence) ----
P_SHARE = "containers share the host OS kernel, making them lightweight and quick to start"
P_SEP = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
P_RAPID = "If you need rapid, scalable applications, containers are better"
P_SECURE = "For more secure, isolated environments, VMs excel"
P_EFF = "Containers are more resource-efficient and ideal for microservices"
P_OSCOMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
P_SHAREDVULN = "Container security is complex due to shared kernel vulnerabilities"
P_VMISO = "VMs isolate workloads more securely with separate OSes"
P_TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors"
P_FASTEFF = "which makes them faster to start and more resource-efficient"
P_MORE = "you can run more containers on the same hardware compared to virtual machines"
P_FULLOS = "which each require a full OS instance"
P_AFFECT = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
P_PRACTICES = ("running containers with the least privileges, isolating them properly, and regularly updating "
               "container images")
P_STRONGER = "They provide stronger isolation because each VM runs its own complete OS"
P_CONTAIN = "making it easier to contain security breaches within a single VM without affecting others"
P_UNTRUSTED = "particularly valuable for running untrusted or sensitive workloads"
P_SLOWER = "VMs can be slightly slower to start and consume more resources"
P_STABILITY = "they excel in environments where stability, compatibility, and security are critical"
P_KERNEL = ("applications that require specific OS configurations or kernel modules that containers might not "
            "support easily")
P_HYPER = ("virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management "
           "and security")
P_DEV = "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"
P_AGILITY = "You might choose containers when you need agility and speed"
P_SPIN = "leveraging their ability to quickly spin up and shut down"
P_CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
P_BOTH = "Both technologies have their place"
P_BALANCE = "your choice depends on balancing the need for speed, security, and resource efficiency"
P_FAQISO = "Containers improve cloud security by offering better container isolation"
P_FAQAFFECT = "it could affect other containers"
P_MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
P_ONVM = "Yes, containers can run seamlessly on virtual machines"
P_FLEX = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"
P_LIC_VM = "VMs typically require individual licenses for each OS instance, increasing expenses"
P_COSTEFF = "containers can be more cost-effective and easier to license"
P_LOAD = ("containers generally perform better due to efficient resource allocation, allowing faster scaling and "
          "less overhead")
P_SCALE = ("Scalability challenges are easier with containers since they activate quickly and share resources "
           "more effectively")
P_MIG_NAV = "migration from VMs to containers requires careful navigation"
P_MIG_CHAL = "Address migration challenges like data transfer and configuration adjustments early"
P_MIG_TEST = "Test thoroughly in staging environments, then gradually shift workloads"
P_MIG_BACK = "Keep backups handy, and monitor performance closely"
P_DYNAMIC = "Containers offer lightweight, rapid deployment, perfect for dynamic environments"

# ---- answers (3-6 words, inside a sentence holding an expect phrase) ----
A_SHARE = "containers share the host OS kernel"
A_QUICK = "lightweight and quick to start"
A_SEP = "VMs run separate OS instances"
A_EFF = "Containers are more resource-efficient"
A_OSCOMPAT = "full OS compatibility and stability"
A_KERNEL = "specific OS configurations or kernel modules"
A_SENSITIVE = "untrusted or sensitive workloads"
A_AFFECT = "affect many containers simultaneously"
A_SCALE = "Scalability challenges are easier with containers"
A_LOAD = "containers generally perform better"
A_MORE = "more containers on the same hardware"
A_FULLOS = "each require a full OS instance"
A_VULN = "shared kernel vulnerabilities"
A_DEV = "containers are ideal for rapid development"
A_MGMT = "may require more management effort"
A_ONVM = "run seamlessly on virtual machines"
A_STAB = "stability, compatibility, and security are critical"
A_BOTH = "Both technologies have their place"
A_BETTER = "containers are better"
A_SLOWER = "slightly slower to start"

# ---- shared notes ----
N_GENERAL = "The article gives only general criteria; this case is matched to one of them, not discussed as such."
N_WINDOWS = ("Windows is never named in the article; VM follows from full OS compatibility and the shared host "
             "kernel (inferred).")
N_SENS = "Sensitive data -> VM via 'untrusted or sensitive workloads'; the regulation/audit angle is not discussed."
N_FAQ = ("The article's FAQ says containers 'improve cloud security by offering better container isolation', "
         "which contradicts its main text; the main text (shared-kernel risk, VMs isolate better) is used.")
N_NUM = "The article is qualitative: it gives the comparison but no figures."


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["note"] = note
    return d


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


NOT_ADDRESSED = "not addressed by the article: "

SEED = {
    # beekeeping & honey producer (1-10)
    1: L([P_RAPID, P_BALANCE], A_BETTER, N_GENERAL + " A shop website fits the rapid, scalable case; payment "
         "handling is not discussed."),
    2: K([P_SHARE, P_FASTEFF], A_QUICK),
    3: K([P_SHARE, P_SEP], A_SHARE),
    4: L([P_UNTRUSTED, P_SECURE], "isolated environments, VMs excel", N_SENS + " Record retention is not discussed."),
    5: K([P_SCALE, P_LOAD], A_SCALE),
    6: K([P_KERNEL], A_KERNEL),
    7: K([P_SHARE, P_AFFECT], A_SHARE),
    8: L([P_SLOWER, P_MORE], "consume more resources", "Hardware support for virtualisation is not covered; the "
         "article only says VMs are heavier and more containers fit on the same hardware."),
    9: L([P_HYPER, P_TOOLS], "VMs rely on hypervisors", "The article gives the hypervisor's role only; what it is "
         "in detail and whether it costs money are not covered."),
    10: L([P_SHARE, P_SLOWER], A_QUICK, N_NUM),
    # archaeology field unit (11-20)
    11: L([P_EFF, P_AGILITY], A_EFF, N_GENERAL + " A small sync service fits the lightweight, resource-efficient "
          "case."),
    12: L([P_OSCOMPAT, P_SHARE], A_OSCOMPAT, N_WINDOWS),
    13: K([P_COSTEFF, P_MORE], "more cost-effective and easier to license"),
    14: K([P_SHARE, P_SEP], A_SEP),
    15: K([P_AFFECT, P_FAQAFFECT], A_AFFECT, N_FAQ),
    16: K([P_UNTRUSTED, P_CONTAIN], A_SENSITIVE),
    17: K([P_SPIN, P_AGILITY], "quickly spin up and shut down"),
    18: L([P_MGMT, P_TOOLS], A_MGMT, "The article says VMs may need more management effort and containers use "
          "orchestration platforms; managing many containers as such is not discussed."),
    19: K([P_ONVM, P_FLEX], A_ONVM),
    20: K([P_LIC_VM], "individual licenses for each OS instance"),
    # artisan cheese dairy (21-30)
    21: K([P_SHARE, P_EFF], A_EFF),
    22: K([P_STRONGER, P_UNTRUSTED], A_SENSITIVE),
    23: L([P_MIG_TEST, P_MIG_BACK, P_MIG_CHAL], "then gradually shift workloads", "The article's migration advice "
          "is for VMs to containers; keeping a system up at a fixed busy time is not covered."),
    24: K([P_EFF, P_MORE], A_EFF, "RAM is not named; covered by resource efficiency."),
    25: K([P_SLOWER, P_LOAD], A_SLOWER, "Slower to start; under high load containers generally perform better."),
    26: K([P_BOTH, P_STABILITY], A_BOTH),
    27: D(NOT_ADDRESSED + "backing up a container (only 'keep backups handy' during migration)"),
    28: K([P_SHAREDVULN, P_AFFECT], A_VULN),
    29: L([P_OSCOMPAT, P_KERNEL], A_OSCOMPAT, N_WINDOWS + " An old Windows XP-era program is not discussed."),
    30: L([P_ONVM, P_FLEX], A_ONVM, "Azure and managed container services are not discussed; the article only says "
          "containers run seamlessly on VMs."),
    # sawmill & timber yard (31-40)
    31: L([P_KERNEL, P_OSCOMPAT], A_KERNEL, "Converting a physical PC to a VM and vendor support are not covered; "
          "the article only says VMs suit specific OS configurations."),
    32: K([P_KERNEL], A_KERNEL),
    33: L([P_UNTRUSTED, P_STABILITY], A_SENSITIVE, N_SENS),
    34: K([P_SCALE, P_RAPID], A_SCALE),
    35: L([P_MORE], A_MORE, N_NUM),
    36: K([P_SHARE, P_FULLOS], A_SHARE),
    37: K([P_MORE, P_EFF], A_MORE),
    38: L([P_CONTAIN, P_SLOWER], "a single VM without affecting others", "Host sizing is not covered; the article "
          "supports isolating each workload in its own VM at the cost of more resources."),
    39: L([P_STABILITY, P_OSCOMPAT], A_OSCOMPAT, "Uptime and high availability are not covered; VMs are said to "
          "suit environments where stability is critical."),
    40: D(NOT_ADDRESSED + "Docker is never named"),
    # car wash chain (41-50)
    41: K([P_LOAD, P_SCALE], A_SCALE),
    42: L([P_UNTRUSTED, P_STRONGER], A_SENSITIVE, N_SENS + " GDPR is not named."),
    43: D(NOT_ADDRESSED + "embedded controller boxes"),
    44: L([P_DEV, P_DYNAMIC], "Containers offer lightweight, rapid deployment", "Multi-site roll-out is not "
          "discussed; the article says containers suit rapid and continuous deployment."),
    45: K([P_MORE + ", " + P_FULLOS, P_EFF], A_FULLOS),
    46: L([P_UNTRUSTED, P_CONTAIN], A_SENSITIVE, N_SENS + " Card-payment rules and the kiosk hardware are not "
          "discussed."),
    47: K([P_AFFECT, P_SHAREDVULN], A_AFFECT),
    48: K([P_DEV, P_AGILITY], A_DEV),
    49: L([P_BOTH, P_MGMT, P_PRACTICES], A_BOTH, "Team skills are not discussed; the article notes VMs may need "
          "more management effort and containers need strict security practices."),
    50: L([P_PRACTICES, P_FAQISO], "isolating them properly", "The isolation mechanism (namespaces, cgroups) is not "
          "described; the article only names practices and claims container isolation in its FAQ."),
    # court transcription agency (51-60)
    51: K([P_UNTRUSTED, P_STRONGER], A_SENSITIVE),
    52: K([P_SCALE, P_AGILITY], A_SCALE),
    53: L([P_OSCOMPAT, P_SHARE], A_OSCOMPAT, N_WINDOWS),
    54: K([P_AFFECT, P_FAQAFFECT], A_AFFECT, N_FAQ),
    55: K([P_SHARE, P_FULLOS], A_SHARE),
    56: K([P_STABILITY, P_KERNEL, P_UNTRUSTED], A_STAB),
    57: K([P_STRONGER, P_CONTAIN], "runs its own complete OS"),
    58: D(NOT_ADDRESSED + "GPU access"),
    59: K([P_KERNEL, P_SEP], A_KERNEL),
    60: L([P_TOOLS, P_SHARE], "containers use orchestration platforms", "The article implies containers need no "
          "hypervisor (they share the host kernel; VMs rely on hypervisors) but does not say so outright."),
    # aquaculture / fish farm (61-70)
    61: L([P_EFF, P_MORE], A_EFF, N_GENERAL + " A small server fits the resource-efficient case; the satellite "
          "link is not discussed."),
    62: L([P_KERNEL, P_OSCOMPAT], A_KERNEL, "One old distribution release is matched to 'specific OS "
          "configurations'; running an old userland in a container is not discussed."),
    63: L([P_CONTAIN, P_UNTRUSTED], A_SENSITIVE, N_SENS),
    64: D(NOT_ADDRESSED + "Linux containers on a Windows host"),
    65: L([P_MORE + ", " + P_FULLOS, P_EFF], A_FULLOS, "Disk space is not named; covered by a full OS per VM and "
          "resource efficiency."),
    66: L([P_MIG_NAV, P_MIG_CHAL], "requires careful navigation", "The article says migration needs care and lists "
          "steps; how hard it is is not quantified."),
    67: K([P_SHARE, P_SLOWER], A_QUICK),
    68: K([P_CONSIST], "VMs could be your best choice", "Note that the FAQ says containers generally perform "
          "better under high load."),
    69: K([P_SHAREDVULN, P_VMISO], A_VULN, N_FAQ),
    70: K([P_EFF, P_SEP], A_EFF),
    # dry-cleaning & laundry chain (71-80)
    71: L([P_RAPID, P_BALANCE], A_BETTER, N_GENERAL + " A central app for many shops fits the rapid, scalable "
          "case."),
    72: K([P_LOAD, P_SCALE], A_LOAD),
    73: L([P_KERNEL, P_OSCOMPAT], A_KERNEL, N_WINDOWS),
    74: K([P_UNTRUSTED, P_STRONGER], A_SENSITIVE),
    75: K([P_SHARE, P_SEP], A_SEP),
    76: K([P_SHARE, P_FULLOS], A_SHARE, "Container images carrying their own userland are not discussed."),
    77: K([P_MORE], A_MORE),
    78: D(NOT_ADDRESSED + "whether Kubernetes is needed (named only as an orchestration tool for containers on VMs)"),
    79: K([P_DEV, P_AGILITY], A_DEV),
    80: K([P_UNTRUSTED, P_STRONGER], A_SENSITIVE),
}

PM = "podman/docs/source/markdown/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: ["podman/docs/tutorials/rootless_tutorial.md"],
    2: [PM + "podman-secret-create.1.md", PM + "options/secret.md"],
    3: [PM + "podman-quadlet-basic-usage.7.md", PM + "podman-systemd.unit.5.md"],
    4: [PM + "podman-kube-play.1.md.in"],
    5: [PM + "podman-image-scp.1.md"],
    6: [PM + "podman-volume-export.1.md", PM + "podman-volume-import.1.md"],
    7: [PM + "podman-system-df.1.md"],
    8: [PM + "podman-generate-systemd.1.md"],
    9: ["podman/docs/tutorials/socket_activation.md"],
    10: [PM + "podman-stats.1.md.in"],
    11: [PM + "podman-machine-set.1.md.in", PM + "podman-machine-init.1.md.in"],
    12: [PM + "podman-cp.1.md"],
    13: [PM + "podman-events.1.md"],
    14: [PM + "options/userns.container.md"],
    15: [PM + "podman-update.1.md.in"],
    16: [PM + "podman-build.1.md.in", PM + "options/sbom.md"],
    17: [FC + "ballooning.md"],
    18: [FC + "mmds/mmds-user-guide.md", FC + "mmds/mmds-design.md"],
    19: [FC + "vsock.md"],
    20: [FC + "seccomp.md"],
    21: [FC + "hugepages.md"],
    22: [FC + "entropy.md"],
    23: [FC + "rootfs-and-kernel-setup.md"],
    24: [FC + "metrics.md"],
    26: [FC + "RELEASE_POLICY.md"],
    27: [FC + "api_requests/block-vhost-user.md"],
    28: [FC + "kernel-policy.md"],
    29: [KD + "how-to/containerd-kata.md", KD + "install/container-manager/containerd/containerd-install.md"],
    30: [KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         KD + "use-cases/GPU-passthrough-and-Kata.md"],
    31: [KD + "Limitations.md"],
    32: [KD + "how-to/how-to-use-virtio-fs-with-kata.md"],
    33: [KD + "how-to/how-to-use-k8s-with-crio-and-kata.md"],
    34: [KD + "how-to/how-to-pull-images-in-guest-with-kata.md", KD + "design/kata-guest-image-management-design.md"],
    35: [KD + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"],
    36: [KD + "how-to/how-to-set-prometheus-in-k8s.md"],
    37: [KD + "how-to/how-to-import-kata-logs-with-fluentd.md"],
    38: [KD + "use-cases/using-Intel-SGX-and-kata.md"],
    39: [KD + "how-to/how-to-run-rootless-vmm.md"],
    40: [KD + "migrating-config-go-runtime-to-runtime-rs.md"],
}
CORPUS_DROPS = {
    25: "not answered by the corpus: network-performance.md gives measured numbers only, no tuning advice",
}
CORPUS_DUPS = {21, 28, 30, 34, 36, 38}
SEED_DUPS = set()
OFFTOPIC_DUPS = {4, 28, 31, 37, 40}
OFFTOPIC_ANSWERED = {}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        d = D(DUP) if n in SEED_DUPS else SEED.get(n)
        if d is not None:
            out["seed"].append((n, q, d))
    for n, q in enumerate(_lines("corpus"), 1):
        if n in CORPUS_DUPS:
            d = D(DUP)
        elif n in CORPUS_DROPS:
            d = D(CORPUS_DROPS[n])
        elif n in CORPUS:
            d = {"keep": True, "expectSource": list(CORPUS[n])}
        else:
            continue
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
