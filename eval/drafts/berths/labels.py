"""Labels for the frozen berths drafts (written from scratch; questions are read from the drafts by code)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# duplicate markers (filled after the trial build, which compares with every other heldout-*.json by code)
SEED_DUPS = set()
CORPUS_DUPS = {26, 29}
OFFTOPIC_DUPS = {35}
OFFTOPIC_ANSWERED = {}

# article phrases (verbatim, >= 5 words, each inside one sentence; no curly-quote words)
P_SHARE = "containers share the host OS kernel"
P_SEPARATE = "VMs run separate OS instances"
P_RAPID = "If you need rapid, scalable applications, containers are better"
P_SECURE = "For more secure, isolated environments, VMs excel"
P_SENSITIVE = "particularly valuable for running untrusted or sensitive workloads"
P_BREACH = "easier to contain security breaches within a single VM"
P_KERNELMOD = "require specific OS configurations or kernel modules"
P_OSCOMPAT = "applications requiring full OS compatibility and stability"
P_SPIN = "ability to quickly spin up and shut down"
P_HIGHLOAD = "containers generally perform better due to efficient resource allocation"
P_SPIKES = "adjusting resource allocation to maintain ideal performance during spikes"
P_MORE_CONT = "run more containers on the same hardware"
P_FULLOS = "which each require a full OS instance"
P_RESEFF = "faster to start and more resource-efficient"
P_SLOWER = "slightly slower to start and consume more resources"
P_HEAVY = "VMs may experience performance drops because of their heavier resource use"
P_SHAREDVULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
P_COMPLEX = "Container security is complex due to shared kernel vulnerabilities"
P_VM_SECURE = "VMs isolate workloads more securely with separate OSes"
P_VM_BOUND = "VMs provide stronger security boundaries with complete OS environments"
P_OWNOS = "each VM runs its own complete OS"
P_SHARING = "this sharing of the kernel introduces specific security considerations"
P_ONVM = "containers can run seamlessly on virtual machines"
P_ONVM_SETUP = "This setup offers flexibility, scalability, and security"
P_LIC_VM = "VMs typically require individual licenses for each OS instance"
P_COSTEFF = "containers can be more cost-effective and easier to license"
P_MIG_PLAN = "Start by planning your container orchestration strategy"
P_MIG_CHALL = "Address migration challenges like data transfer and configuration adjustments early"
P_STAGING = "Test thoroughly in staging environments, then gradually shift workloads"
P_STABILITY = "they excel in environments where stability, compatibility, and security are critical"
P_CONSISTENT = "priority is strong security boundaries and consistent performance"
P_BALANCE = "your choice depends on balancing the need for speed, security, and resource efficiency"
P_MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
P_HYPER_TAKE = "VMs rely on hypervisors for managing resources and security"
P_HYPER_DET = "virtual machines often utilize hypervisors"
P_MICRO = "lightweight and quick to start, ideal for microservices and fast deployment"
P_RAPIDDEV = "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"
P_UPDATE = "regularly updating container images to minimize attack surfaces"
P_STARTUP_EX = "like a startup launching a website in minutes"

# answers (3-6 words, verbatim, in a sentence holding one of the item's expect phrases)
A_SHARE = "share the host OS kernel"
A_SPIN = "quickly spin up and shut down"
A_SENS = "untrusted or sensitive workloads"
A_OSCOMPAT = "full OS compatibility and stability"
A_KERNELMOD = "specific OS configurations or kernel modules"
A_NOTSUPP = "containers might not support easily"
A_HIGHLOAD = "containers generally perform better"
A_MANY = "affect many containers simultaneously"
A_LIGHT = "Containers, by design, are lightweight"
A_MICRO = "ideal for microservices and fast deployment"
A_ISOL = "offering stronger isolation"
A_FULLOS = "each require a full OS instance"
A_BALANCE = "balancing the need for speed"
A_COST = "more cost-effective and easier to license"

N_OSCOMPAT = "article gives full OS compatibility / specific OS configurations as the VM criterion; a Windows-only or vendor-locked app fits it by inference"
N_OVERALL = "article gives no verdict for this case beyond the balance of speed, security and resource efficiency"


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["note"] = note
    return d


def L(expect, answer, note):
    return {"keep": True, "expect": list(expect), "answer": answer, "lenient": True, "note": note}


def D(reason):
    return {"keep": False, "reason": reason}


SEED = {
    # fireworks display company (1-10)
    1: L([P_OSCOMPAT, P_KERNELMOD], A_OSCOMPAT, "Windows design program -> VM via full OS compatibility; USB link to the firing system not covered by the article"),
    2: K([P_SHARE, P_SEPARATE], A_SHARE),
    3: K([P_SPIN, P_RAPID], A_SPIN),
    4: L([P_SENSITIVE, P_STABILITY], A_SENS, "records kept for years for inspectors: article only gives sensitive workloads / stability as VM criteria, not retention"),
    5: K([P_ONVM], "run seamlessly on virtual machines"),
    6: L([P_KERNELMOD], A_KERNELMOD, "one specific Windows build -> specific OS configuration; hardware licence key not covered"),
    7: L([P_SHAREDVULN, P_BREACH], A_MANY, "article speaks of host OS / engine flaws spreading and VMs containing breaches, not of an app-level compromise"),
    8: L([P_RESEFF, P_SPIN], A_SPIN, "article is comparative only (containers start faster); no start-up times"),
    9: K([P_LIC_VM], "individual licenses for each OS instance"),
    10: K([P_COMPLEX, P_VM_SECURE], "VMs isolate workloads more securely", "the article's FAQ also says containers improve cloud security by better isolation, contradicting its main text"),
    # soap & candle maker (11-20)
    11: L([P_RESEFF], A_LIGHT, "small tracker -> lightweight, resource-efficient containers; Raspberry Pi / ARM not covered"),
    12: L([P_SEPARATE, P_OWNOS], A_ISOL, "safety documents are records rather than secrets; article only says VMs isolate more strongly"),
    13: K([P_HIGHLOAD, P_SPIN], A_HIGHLOAD),
    14: L([P_HYPER_TAKE, P_HYPER_DET], "rely on hypervisors for managing resources", "article gives the hypervisor's role for VMs, not a definition"),
    15: L([P_SHARE, P_OSCOMPAT], A_OSCOMPAT, "a Windows program cannot share a Linux host kernel: inferred from the shared-kernel point; VM via full OS compatibility"),
    16: L([P_COSTEFF, P_MORE_CONT], A_COST, "cloud plan pricing not covered; article has containers cheaper through licensing and resource efficiency"),
    17: K([P_MORE_CONT, P_FULLOS], A_FULLOS),
    18: L([P_BALANCE, P_MIG_CHALL], A_BALANCE, "article does not say whether a small move is worth it; gives the balance and the migration care points"),
    19: K([P_SHAREDVULN, P_KERNELMOD], A_MANY),
    20: D("not addressed: the article never explains what a container image or a VM image is"),
    # wool & yarn shop (21-30)
    21: K([P_RAPID, P_HIGHLOAD], A_HIGHLOAD),
    22: K([P_SENSITIVE, P_BREACH], A_SENS),
    23: K([P_FULLOS, P_RESEFF], A_LIGHT),
    24: L([P_OSCOMPAT, P_OWNOS], A_OSCOMPAT, N_OSCOMPAT + "; vendor support terms not covered"),
    25: L([P_BALANCE, P_RAPID, P_SECURE], A_BALANCE, N_OVERALL + "; nothing on a sole IT person"),
    26: D("not addressed: host failure / what happens to containers when the server crashes"),
    27: D("not addressed: running containers on a Windows 10 Pro desktop vs a server"),
    28: K([P_SHARE, P_FULLOS], A_SHARE),
    29: L([P_MIG_PLAN, P_STAGING], "then gradually shift workloads", "article does not weigh lift-and-shift vs rebuild; gives a gradual container migration"),
    30: L([P_OSCOMPAT, P_STABILITY], A_OSCOMPAT, "article links VMs with stability; high availability / never going down not covered"),
    # borehole drilling contractor (31-40)
    31: K([P_KERNELMOD], A_NOTSUPP),
    32: K([P_MICRO, P_RESEFF], A_MICRO),
    33: K([P_SENSITIVE, P_BREACH], A_SENS),
    34: L([P_KERNELMOD, P_OSCOMPAT], A_KERNELMOD, "old CentOS 6 app -> VM via specific OS configuration by inference; keeping legacy servers alive not discussed"),
    35: D("not addressed: Linux containers on a Windows host"),
    36: L([P_RAPIDDEV], "ideal for rapid development", "article says containers suit rapid development and continuous deployment; separate test copies not discussed"),
    37: L([P_HIGHLOAD, P_CONSISTENT], A_HIGHLOAD, "article favours containers under load but VMs for consistent performance; compute-heavy jobs not discussed"),
    38: K([P_SHAREDVULN, P_COMPLEX], A_MANY),
    39: L([P_SLOWER, P_HEAVY], "consume more resources", "qualitative only; no overhead figures"),
    40: D("not addressed: containers and VMs side by side on one host (the article only covers containers inside VMs)"),
    # scuba dive centre (41-50)
    41: K([P_SENSITIVE, P_BREACH], A_SENS),
    42: K([P_SPIN, P_RAPID], A_SPIN),
    43: L([P_BALANCE], A_BALANCE, N_OVERALL + "; legal record-keeping not covered"),
    44: K([P_MICRO, P_MORE_CONT], "lightweight and quick to start"),
    45: L([P_OSCOMPAT, P_KERNELMOD], A_OSCOMPAT, N_OSCOMPAT + "; Windows XP / virtualising an old pc not discussed"),
    46: D("not addressed: how containers are isolated from each other (no mechanism given)"),
    47: L([P_MORE_CONT], "more containers on the same hardware", "one small pc: article only says more containers than VMs fit on the same hardware"),
    48: L([P_SHAREDVULN, P_BREACH], A_MANY, "article says flaws can spread across containers; what an attacker can see is not described"),
    49: K([P_MICRO, P_RAPIDDEV], A_MICRO),
    50: K([P_MIG_PLAN, P_MIG_CHALL, P_STAGING], "data transfer and configuration adjustments"),
    # trophy & engraving shop (51-60)
    51: L([P_OSCOMPAT, P_KERNELMOD], A_OSCOMPAT, N_OSCOMPAT),
    52: K([P_HIGHLOAD, P_SPIKES], A_HIGHLOAD),
    53: K([P_SHARING, P_RESEFF], "introduces specific security considerations"),
    54: D("not addressed: backing up containers vs VMs (backups only mentioned as a migration tip)"),
    55: K([P_SENSITIVE, P_BREACH], A_SENS),
    56: L([P_RAPIDDEV, P_SPIN], "ideal for rapid development", "running two versions side by side not discussed; article has containers for rapid, continuous deployment"),
    57: K([P_RESEFF, P_SLOWER], "faster to start"),
    58: D("not addressed: Docker Desktop vs a VM on a Mac"),
    59: D("not addressed: whether a handful of containers needs Kubernetes"),
    60: L([P_MGMT], "more management effort", "article only says VMs may need more management effort; small-team management not discussed"),
    # private investigation agency (61-70)
    61: K([P_SENSITIVE, P_BREACH], A_SENS),
    62: K([P_MICRO, P_RESEFF], A_MICRO),
    63: L([P_BREACH, P_SENSITIVE], A_SENS, "separate physical hardware not discussed; article says VMs give strong isolation for sensitive workloads"),
    64: K([P_SEPARATE, P_OWNOS], A_ISOL, "the article's FAQ also claims containers give better isolation, contradicting its main text"),
    65: K([P_HIGHLOAD, P_SPIKES], A_HIGHLOAD),
    66: L([P_OSCOMPAT, P_OWNOS], A_OSCOMPAT, N_OSCOMPAT),
    67: L([P_SHAREDVULN, P_COMPLEX], A_MANY, "container escapes are not described; article says host OS / engine flaws can affect many containers"),
    68: L([P_BREACH, P_MGMT], "within a single VM", "per-client VMs not discussed; article says VMs contain breaches within one VM but need more management"),
    69: L([P_ONVM, P_ONVM_SETUP], "flexibility, scalability, and security", "article says containers in VMs add security; no comparison with bare metal"),
    70: D("not addressed: compliance requirements"),
    # pipe-organ builder (71-80)
    71: L([P_KERNELMOD], A_KERNELMOD, "very specific old Linux -> specific OS configuration; licence server not covered"),
    72: K([P_RESEFF, P_STARTUP_EX], A_LIGHT),
    73: D("not addressed: storage for a large archive in VMs vs containers"),
    74: L([P_FULLOS, P_SLOWER], A_FULLOS, "article says each VM needs a full OS and more resources; capacity of one small server not discussed"),
    75: D("not addressed: what happens to running VMs when the physical server fails"),
    76: K([P_RAPID, P_SECURE], "containers are better"),
    77: L([P_UPDATE], "regularly updating container images", "article only advises updating container images; no comparison of patching effort"),
    78: L([P_KERNELMOD], A_NOTSUPP, "graphics-card access read as a kernel-module / driver need; GPU passthrough not discussed"),
    79: L([P_LIC_VM, P_COSTEFF], A_COST, "cloud pricing not covered; article has VMs dearer through per-OS licences and resources"),
    80: K([P_SHARE, P_FULLOS], A_SHARE),
}

PM = "podman/docs/source/markdown/"
PO = PM + "options/"
FC = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [PM + "podman-secret-create.1.md", PO + "secret.md"],
    2: [PM + "podman-volume-export.1.md", PM + "podman-volume-import.1.md"],
    3: [PM + "podman-quadlet-basic-usage.7.md", PM + "podman-systemd.unit.5.md"],
    4: [PM + "podman-pod-create.1.md.in", PM + "podman-pod.1.md"],
    5: ["podman/docs/tutorials/rootless_tutorial.md", "podman/rootless.md"],
    6: [PO + "memory.md"],
    7: [PO + "restart.md"],
    8: [PM + "podman-image-scp.1.md"],
    9: [PM + "podman-system-df.1.md", PM + "podman-system-prune.1.md"],
    10: [PM + "podman-update.1.md.in"],
    11: [PM + "podman-kube-generate.1.md"],
    12: [PO + "env-file.md"],
    13: [PM + "podman-machine-init.1.md.in", PM + "podman-machine.1.md"],
    14: [PM + "podman-stats.1.md.in"],
    15: ["podman/troubleshooting.md", PO + "volume.md"],
    16: ["podman/docs/tutorials/socket_activation.md"],
    17: [FC + "ballooning.md"],
    18: [FC + "vsock.md"],
    19: [FC + "mmds/mmds-user-guide.md", FC + "mmds/mmds-design.md"],
    20: [FC + "network-setup.md"],
    21: [FC + "rootfs-and-kernel-setup.md"],
    22: [FC + "hugepages.md"],
    23: [FC + "kernel-policy.md"],
    24: [FC + "RELEASE_POLICY.md"],
    25: [FC + "metrics.md"],
    26: [FC + "seccomp.md", FC + "seccompiler.md"],
    27: [FC + "snapshotting/versioning.md"],
    28: [FC + "api_requests/block-io-engine.md"],
    29: [KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", KD + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         KD + "use-cases/GPU-passthrough-and-Kata.md"],
    30: [KD + "how-to/containerd-kata.md", KD + "install/container-manager/containerd/containerd-install.md"],
    31: [KD + "how-to/how-to-use-k8s-with-crio-and-kata.md"],
    32: [KD + "how-to/how-to-use-virtio-fs-with-kata.md", KD + "design/architecture/storage.md"],
    33: [KD + "how-to/how-to-setup-swap-devices-in-guest-kernel.md", KD + "how-to/how-to-use-memory-agent.md"],
    34: [KD + "Limitations.md"],
    35: [KD + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"],
    36: [KD + "how-to/how-to-import-kata-logs-with-fluentd.md"],
    37: [KD + "how-to/how-to-pull-images-in-guest-with-kata.md", KD + "design/kata-guest-image-management-design.md"],
    38: [KD + "how-to/how-to-set-prometheus-in-k8s.md", KD + "design/kata-2-0-metrics.md"],
    39: [KD + "how-to/how-to-run-rootless-vmm.md"],
    40: [KD + "how-to/how-to-use-sysctls-with-kata.md"],
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
