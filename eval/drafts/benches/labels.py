"""Labels for the 'benches' blind held-out set: exactly one decision per frozen draft line.

Questions are never typed here; labelled() copies them from the frozen drafts by line number.
seed: labelled against /work/main/knowledge/containers-vs-vms.md only.
corpus: paths relative to /work/shared/corpus, found by grepping/reading the corpus.
offtopic: kept unless a document actually answers the question.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"


def keep(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def drop(reason):
    return {"keep": False, "reason": reason}


def src(*paths):
    return {"keep": True, "expectSource": list(paths)}


# --- reusable article phrases (verbatim, whitespace-collapsed article) ---
START_C = "containers share the host OS kernel, making them lightweight and quick to start"
START_V = "VMs run separate OS instances, offering stronger isolation but slower startup"
KT_KERNEL = "Containers share the host OS kernel, making them lightweight and faster to start"
KT_SEPOS = "while VMs run separate OS instances for full isolation"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
FULLOS = "VMs are better suited for applications requiring full OS compatibility and stability"
DENSITY = "you can run more containers on the same hardware compared to virtual machines"
FULLOS_EACH = "virtual machines, which each require a full OS instance"
RESEFF = "Containers are more resource-efficient and ideal for microservices"
HOSTVULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
SHAREDVULN = "Container security is complex due to shared kernel vulnerabilities"
VMISO = "whereas VMs isolate workloads more securely with separate OSes"
STRONGISO = "They provide stronger isolation because each VM runs its own complete OS"
SENSITIVE = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
SECURE_ENV = "For more secure, isolated environments, VMs excel"
CONSISTENT = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
SCALE_EASY = "Scalability challenges are easier with containers since they activate quickly"
HIGHLOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
SPINUP = "leveraging their ability to quickly spin up and shut down"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
LIC_VM = "VMs typically require individual licenses for each OS instance, increasing expenses"
LIC_C = "Containers often have simpler licensing because they share the host OS"
COSTEFF = "containers can be more cost-effective and easier to license"
ON_VMS = "Yes, containers can run seamlessly on virtual machines"
K8S_IN_VM = "container orchestration tools like Kubernetes manage them efficiently"
VM_SETUP = "This setup offers flexibility, scalability, and security"
TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
HEAVY = "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"
KSHARE_SEC = "this sharing of the kernel introduces specific security considerations"
UPDATE_IMG = "regularly updating container images to minimize attack surfaces"
GRADUAL = "Test thoroughly in staging environments, then gradually shift workloads"
EXCEL = "they excel in environments where stability, compatibility, and security are critical"
MINUTES = "like a startup launching a website in minutes, versus setting up full VMs, which takes longer"
ARCH = "Containers and virtual machines differ mainly in architecture"

NOFIG = "the article is qualitative: it gives the comparison but no figures"

SEED = {
    1: keep([START_C, START_V], "lightweight and quick to start",
            NOFIG + "; it cannot confirm the 90-second window, only that containers start faster"),
    2: keep([KMOD], "VMs are also better suited"),
    3: keep([DENSITY, RESEFF], "more containers on the same hardware", NOFIG + " (no overhead numbers)"),
    4: keep([HOSTVULN, SHAREDVULN], "could potentially affect many containers simultaneously",
            "'escape' and container-to-container reach are not named; answered via shared-kernel / container-engine vulnerabilities"),
    5: keep([KT_KERNEL, KT_SEPOS], "share the host OS kernel"),
    6: keep([KMOD, FULLOS], "VMs are also better suited"),
    7: keep([SCALE_EASY, HIGHLOAD], "Scalability challenges are easier with containers"),
    8: keep([CONSISTENT], "VMs could be your best choice",
          "noisy neighbours and control-loop timing are not discussed; the article only ties consistent performance to VMs (and elsewhere says containers do better under high load)"),
    9: keep([ON_VMS, K8S_IN_VM], "can run seamlessly on virtual machines",
          "VMware is not named and the 'double layer' overhead is not weighed; the article only says containers run seamlessly on VMs"),
    10: keep([SENSITIVE, SECURE_ENV], "untrusted or sensitive workloads"),
    11: keep([KMOD, FULLOS], "VMs are also better suited",
           "Windows Server / vendor patch level not named; decided by 'specific OS configurations' / 'full OS compatibility'"),
    12: keep([STRONGISO, SENSITIVE], "untrusted or sensitive workloads"),
    13: keep([MGMT], "may require more management effort",
           "team size not addressed; the article only says VMs may require more management effort"),
    14: keep([LIC_VM, COSTEFF], "individual licenses for each OS instance"),
    15: keep([KT_KERNEL, KMOD], "VMs are also better suited",
           "inferred from the shared kernel and the 'specific OS configurations' sentence; Windows-on-Linux is not named"),
    16: drop("article covers VM-to-container migration only, not physical-to-VM vs physical-to-container"),
    17: keep([SCALE_EASY, SPINUP], "Scalability challenges are easier with containers"),
    18: keep([STRONGISO, VMISO], "They provide stronger isolation"),
    19: keep([KT_KERNEL, KSHARE_SEC], "share the host OS kernel",
           "article says containers share the host kernel (not that they have no OS at all) and that this brings security considerations; validation impact not discussed"),
    20: keep([SENSITIVE, CONSISTENT], "VMs could be your best choice"),
    21: keep([HIGHLOAD, SCALE_EASY], "allowing faster scaling and less overhead"),
    22: keep([CONSISTENT], "VMs could be your best choice",
           "latency/p99 not discussed; the article ties consistent performance to VMs but also says containers perform better under high load"),
    23: keep([DENSITY, FULLOS_EACH], "more containers on the same hardware", NOFIG + " (no per-node counts)"),
    24: keep([HOSTVULN, SENSITIVE], "untrusted or sensitive workloads",
           "'escape' and gambling regulation not named; answered via shared-kernel risk and VMs for sensitive workloads"),
    25: drop(DUP),
    26: keep([STRONGISO, TOOLS], "They provide stronger isolation",
           "containers on bare metal vs in VMs is not compared directly; what is lost is the VM's separate-OS isolation boundary"),
    27: keep([SENSITIVE, SECURE_ENV], "untrusted or sensitive workloads"),
    28: keep([KT_KERNEL, HEAVY], "because of their heavyweight nature",
           NOFIG + "; mechanism given only as shared kernel vs full OS per VM"),
    29: drop("article does not say which motivation (orchestration or efficiency) is the main reason people choose containers"),
    30: keep([COSTEFF, DENSITY], "more cost-effective and easier to license",
           "the article's cost argument is licensing and density, not cloud billing"),
    31: keep([SCALE_EASY, HIGHLOAD], "Scalability challenges are easier with containers"),
    32: keep([KMOD, FULLOS], "VMs are also better suited",
           "perl / ancient distro not named; decided by the article's 'specific OS configurations' criterion"),
    33: keep([ARCH, START_C, START_V], "differ mainly in architecture"),
    34: keep([HOSTVULN, UPDATE_IMG], "could potentially affect many containers simultaneously",
           "inferred: the host OS still matters (its vulnerabilities affect all containers) and images must be updated"),
    35: keep([SENSITIVE, STRONGISO], "untrusted or sensitive workloads"),
    36: keep([HOSTVULN, SHAREDVULN], "could potentially affect many containers simultaneously"),
    37: keep([SPINUP, KT_KERNEL], "quickly spin up and shut down"),
    38: keep([DENSITY, RESEFF], "more containers on the same hardware",
           "the article does not weigh per-tenant isolation for 30 similar sites; containers follow from resource efficiency, VMs only if strong separation is needed"),
    39: keep([KMOD, SENSITIVE, EXCEL], "VMs are also better suited"),
    40: drop("live migration of containers / vMotion not covered by the article"),
    41: keep([KMOD], "VMs are also better suited", "loop devices not discussed; the patched kernel decides it"),
    42: keep([KMOD], "VMs are also better suited"),
    43: keep([SPINUP, KT_KERNEL], "quickly spin up and shut down"),
    44: drop("article does not cover emulators / nested virtualisation (KVM inside the build environment)"),
    45: keep([FULLOS_EACH, HEAVY], "each require a full OS instance", NOFIG + " (no RAM overhead per VM)"),
    46: keep([ON_VMS, VM_SETUP], "can run seamlessly on virtual machines",
           "overhead of the extra layer is not quantified; the article says it works and offers flexibility, scalability and security"),
    47: keep([KT_KERNEL, KMOD], "share the host OS kernel",
           "inferred from the shared kernel; old userland on a newer host kernel is not discussed"),
    48: keep([SPINUP, COSTEFF], "quickly spin up and shut down",
           "idle-time cost not discussed; answered from fast spin-up/shut-down and cost-effectiveness"),
    49: keep([SHAREDVULN, SENSITIVE], "untrusted or sensitive workloads"),
    50: keep([TOOLS], "containers use orchestration platforms"),
    51: drop("own-case turns on a trade-off the article does not decide (small box favours containers, donor DB favours VM isolation)"),
    52: keep([LIC_C, LIC_VM], "simpler licensing because they share",
           "the article does not say containers are free, nor discuss hypervisor (VMware) licences; it covers OS licensing per VM"),
    53: keep([MGMT], "may require more management effort",
           "volunteer/part-time context not addressed; the article only says VMs may require more management effort"),
    54: keep([HOSTVULN, SENSITIVE], "untrusted or sensitive workloads"),
    55: keep([KMOD, KT_KERNEL], "VMs are also better suited",
           "Windows-only software not named; inferred from the shared kernel and 'specific OS configurations'"),
    56: keep([KT_KERNEL, HOSTVULN], "share the host OS kernel"),
    57: keep([SCALE_EASY, HIGHLOAD], "Scalability challenges are easier with containers"),
    58: keep([GRADUAL], "then gradually shift workloads"),
    59: drop("crash containment between containers is not covered (the article speaks of security breaches, not crashes)"),
    60: keep([RESEFF, DENSITY], "Containers are more resource-efficient"),
    61: drop("own-case for a per-clinic fleet turns on facts the article lacks (vendor OS requirements, isolation needs)"),
    62: keep([KMOD], "VMs are also better suited"),
    63: keep([SENSITIVE, VMISO], "untrusted or sensitive workloads",
           "auditors / card-data rules not covered; answered via VMs for sensitive workloads"),
    64: keep([KT_KERNEL, START_V], "lightweight and faster to start", NOFIG + " (no timings after a power cut)"),
    65: keep([LIC_VM, COSTEFF], "individual licenses for each OS instance"),
    66: keep([VMISO, TOOLS], "VMs isolate workloads more securely",
           "Proxmox / Hyper-V not named; answered for hypervisor-based VMs in general"),
    67: keep([MGMT], "may require more management effort",
           "multi-site small-team context not addressed; the article only says VMs may require more management effort"),
    68: keep([CONSISTENT], "VMs could be your best choice",
           "contention with backups not discussed; the article only ties consistent performance to VMs"),
    69: keep([KMOD, FULLOS], "VMs are also better suited",
           ".NET Framework / Windows not named; decided by 'specific OS configurations' / 'full OS compatibility'"),
    70: drop("article does not say which host OSes can run containers"),
    71: keep([CONSISTENT], "VMs could be your best choice"),
    72: keep([KMOD], "VMs are also better suited",
           "kernel bypass / network tuning not discussed; the custom kernel decides it"),
    73: keep([SPINUP, SCALE_EASY], "quickly spin up and shut down"),
    74: keep([SHAREDVULN, HOSTVULN, SENSITIVE], "untrusted or sensitive workloads"),
    75: keep([HIGHLOAD, HEAVY], "allowing faster scaling and less overhead", NOFIG + " (no CPU percentages)"),
    76: keep([KT_KERNEL, MINUTES], "lightweight and faster to start", NOFIG + " (no start-up times)"),
    77: drop("article does not compare containers-in-VMs with containers on bare metal for performance or cost"),
    78: keep([KMOD, FULLOS], "VMs are also better suited"),
    79: keep([START_C, START_V, SECURE_ENV], "lightweight and quick to start"),
    80: keep([MGMT, CONSISTENT], "stronger isolation through dedicated resources",
           "'noisy neighbour' not named; answered via dedicated resources and consistent performance for VMs"),
}

P = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
FC = "firecracker/docs/"
K = "kata/docs/"

CORPUS = {
    1: src(P + "options/cache-from.md", P + "options/cache-to.md", P + "podman-build.1.md.in"),
    2: src(PT + "rootless_tutorial.md", "podman/troubleshooting.md", "podman/rootless.md"),
    3: src(P + "podman-systemd.unit.5.md", P + "podman-quadlet-basic-usage.7.md", P + "podman-generate-systemd.1.md"),
    4: src(P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md", P + "podman-generate-systemd.1.md"),
    5: src(P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md", PT + "podman_tutorial.md"),
    6: src(P + "podman-kube-play.1.md.in"),
    7: src(P + "podman-machine-init.1.md.in", P + "podman-machine-start.1.md.in", PT + "mac_win_client.md", P + "podman-machine.1.md"),
    8: src(P + "options/cpus.container.md", P + "options/memory.md", P + "podman-run.1.md.in"),
    9: src(PT + "basic_networking.md", "podman/troubleshooting.md"),
    10: src(P + "podman-auto-update.1.md.in"),
    11: src(PT + "podman-for-windows.md"),
    12: src("podman/troubleshooting.md"),
    13: src(PT + "performance.md"),
    14: src(PT + "image_signing.md", P + "podman-image-trust.1.md.in", P + "podman-image-sign.1.md.in"),
    15: src(P + "podman-manifest.1.md", P + "podman-farm-build.1.md.in"),
    16: src(PT + "remote_client.md", P + "podman-system-connection-add.1.md"),
    17: src(FC + "getting-started.md", FC + "rootfs-and-kernel-setup.md"),
    18: src(FC + "network-setup.md"),
    19: src(FC + "snapshotting/snapshot-support.md", FC + "snapshotting/network-for-clones.md", FC + "snapshotting/random-for-clones.md"),
    20: src(FC + "jailer.md", FC + "prod-host-setup.md"),
    21: src(FC + "mmds/mmds-user-guide.md", FC + "mmds/mmds-design.md"),
    22: src(FC + "ballooning.md"),
    23: src(FC + "kernel-policy.md"),
    24: src(FC + "vsock.md"),
    25: src(FC + "prod-host-setup.md"),
    26: src(FC + "hugepages.md"),
    27: src(FC + "metrics.md", FC + "logger.md"),
    28: src(FC + "cpu_templates/cpu-templates.md"),
    29: src(K + "how-to/how-to-use-k8s-with-containerd-and-kata.md", K + "how-to/containerd-kata.md", K + "quick-start-guide.md"),
    30: src(K + "how-to/how-to-use-kata-with-docker.md"),
    31: src(K + "how-to/how-to-load-kernel-modules-with-kata.md"),
    32: src(K + "hypervisors.md"),
    33: src(K + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", K + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md", K + "use-cases/GPU-passthrough-and-Kata.md"),
    34: src(K + "Limitations.md"),
    35: src(K + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"),
    36: src(K + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", K + "how-to/what-is-vm-cache-and-how-do-I-use-it.md", K + "how-to/how-to-use-template-in-runtime-rs.md"),
    37: src(K + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"),
    38: src(K + "how-to/how-to-use-sysctls-with-kata.md"),
    39: src(K + "how-to/privileged.md"),
    40: src(K + "how-to/how-to-use-kata-containers-with-firecracker.md"),
}

OFFTOPIC = {n: {"keep": True} for n in range(1, 41)}
OFFTOPIC[32] = drop(DUP)


def labelled():
    out = {}
    for section, table in (("seed", SEED), ("corpus", CORPUS), ("offtopic", OFFTOPIC)):
        lines = open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8").read().splitlines()
        rows = []
        for n, d in table.items():
            q = lines[n - 1] if 1 <= n <= len(lines) else None
            rows.append((n, q, d))
        out[section] = rows
    return out
