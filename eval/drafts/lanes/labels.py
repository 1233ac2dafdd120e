"""Labels for the frozen 'lanes' drafts (written after the freeze, from scratch).

Interface for build.py: DRAFTS, DUP, labelled() -> {section: [(line, question, decision)]}.
Questions are read from the frozen draft files here, never typed in.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# --- reusable article phrases (each inside one sentence of the article) ---
START = "containers share the host OS kernel, making them lightweight and quick to start"
START_VM = "VMs can be slightly slower to start and consume more resources"
SPIN = "leveraging their ability to quickly spin up and shut down"
MINUTES = "like a startup launching a website in minutes, versus setting up full VMs, which takes longer"
DENS = "you can run more containers on the same hardware compared to virtual machines"
ARCH_VM = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
SHARED = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
SHARED_TK = "Container security is complex due to shared kernel vulnerabilities"
ISO = "making it easier to contain security breaches within a single VM without affecting others"
ISO_TK = "VMs isolate workloads more securely with separate OSes"
UNTRUST = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
LIC_VM = "VMs typically require individual licenses for each OS instance, increasing expenses"
LIC_CT = "Containers often have simpler licensing because they share the host OS"
LIC_COST = "This means containers can be more cost-effective and easier to license"
LOAD = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
LOAD2 = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
VMDROP = "VMs may experience performance drops because of their heavier resource use and longer startup times"
MIG1 = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
MIG2 = "Address migration challenges like data transfer and configuration adjustments early"
MIG3 = "Test thoroughly in staging environments, then gradually shift workloads"
INVM = "Yes, containers can run seamlessly on virtual machines"
INVM2 = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"
INVM3 = "proper configuration is essential to prevent potential bottlenecks or security issues"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
HYP = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
K8S = "container orchestration tools like Kubernetes manage them efficiently"
PROS_VM1 = "VMs provide stronger security boundaries with complete OS environments"
PROS_VM2 = "VMs are better suited for applications requiring full OS compatibility and stability"
DENS2 = "Containers are more resource-efficient and ideal for microservices"


def S(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def D(reason):
    return {"keep": False, "reason": reason}


NUM = "the article is qualitative and gives no figures; it answers only the comparison"

SEED = {
    # railway signalling / interlocking IT
    1: S([START, START_VM], "lightweight and quick to start"),
    2: S([KMOD], "VMs are also better suited"),
    3: S([DENS, ARCH_VM], "more containers on the same hardware", NUM + " (more containers per server, not how many)"),
    4: S([SHARED, SHARED_TK], "affect many containers simultaneously"),
    5: S([CONSIST], "VMs could be your best choice"),
    6: S([LIC_CT, LIC_VM], "individual licenses for each OS instance"),
    7: S([MIG1, MIG2, MIG3], "data transfer and configuration adjustments"),
    8: S([INVM, INVM2, INVM3], "containers can run seamlessly",
         "the article says containers run seamlessly on VMs and the setup adds flexibility/security; it does not discuss whether the layering duplicates overhead"),
    9: S([LOAD, LOAD2], "they activate quickly", NUM + "; it cannot confirm a 20x burst is absorbed, only that containers scale faster than VMs"),
    10: S([MGMT], "more management effort",
          "one FAQ sentence only (VMs may require more management effort); patching and team size are not discussed"),
    # university registrar's office IT
    11: S([LOAD, LOAD2], "they activate quickly"),
    12: S([MGMT], "more management effort", "the article only says VMs may require more management effort; no realistic quantity"),
    13: S([UNTRUST, ISO], "untrusted or sensitive workloads"),
    14: S([START, MINUTES], "lightweight and quick to start", NUM + " (no seconds vs 4 minutes)"),
    15: S([START, DENS], "lightweight and quick to start"),
    16: S([KMOD], "VMs are also better suited"),
    17: S([INVM], "containers can run seamlessly",
          "Hyper-V not named; the article says containers run seamlessly on VMs, so existing VM hosts suffice, but says nothing about hardware needs"),
    18: D("portability across on-prem and a cloud is not addressed by the article"),
    19: S([LOAD, SPIN], "quickly spin up and shut down"),
    20: S([HYP, K8S], "VMs rely on hypervisors"),
    # telecom 5G core
    21: S([KMOD], "VMs are also better suited"),
    22: S([ISO, ISO_TK], "VMs isolate workloads more securely",
          "CNF/VNF/AMF not named; the article gives the general isolation difference"),
    23: S([CONSIST], "VMs could be your best choice",
          "the main text puts consistent performance with VMs, while the FAQ says containers perform better under high load"),
    24: S([DENS, ARCH_VM], "higher resource use", NUM + " (no per-VM overhead)"),
    25: S([START, SHARED], "affect many containers simultaneously"),
    26: S([ISO, UNTRUST], "easier to contain security breaches"),
    27: S([HYP, K8S], "VMs rely on hypervisors", "OpenStack is not named; Kubernetes is named as an orchestration tool"),
    28: S([INVM, INVM2], "containers can run seamlessly",
          "the article calls containers-on-VMs a normal, flexible setup; it says nothing about paying twice"),
    29: S([START, START_VM], "lightweight and quick to start", NUM),
    30: S([LOAD, VMDROP], "they activate quickly"),
    # legal e-discovery vendor
    31: S([UNTRUST, ISO], "untrusted or sensitive workloads"),
    32: S([LOAD, SPIN], "quickly spin up and shut down"),
    33: S([ISO_TK, ARCH_VM], "VMs isolate workloads more securely",
          "the main text/takeaways say VMs isolate more strongly; the FAQ also claims containers offer better container isolation; the article does not speak to security questionnaires"),
    34: D("per-VM licences of a third-party application are not covered; the article discusses OS licences only"),
    35: S([SHARED, ISO], "affect many containers simultaneously",
          "the article compares shared-kernel risk with VM containment; it does not describe escape mechanics"),
    36: D("portability between a data centre and a cloud is not addressed"),
    37: S([INVM, INVM2, INVM3], "flexibility, scalability, and security",
          "the FAQ says the setup offers security, given proper configuration; isolation between containers in one VM is not discussed"),
    38: S([PROS_VM1, PROS_VM2, KMOD], "stronger security boundaries"),
    39: S([KMOD], "VMs are also better suited", "Windows is not named; drivers read as kernel modules / specific OS configurations"),
    40: S([START, VMDROP], "lightweight and quick to start", NUM),
    # podcast network
    41: S([DENS], "more containers on the same hardware"),
    42: S([MGMT, DENS2], "more management effort",
          "the article's criteria (resource efficiency, less management effort) point to containers; it does not weigh this specific stack"),
    43: S([LOAD, LOAD2], "they activate quickly"),
    44: S([INVM, INVM2], "containers can run seamlessly"),
    45: S([LIC_COST, DENS], "containers can be more cost-effective"),
    46: S([SHARED_TK, SHARED], "due to shared kernel vulnerabilities"),
    47: S([KMOD], "containers might not support easily"),
    48: S([START, ARCH_VM], "containers share the host OS kernel"),
    49: D("run-to-run variance on shared VMs (noisy neighbours) is not addressed; the article only ties consistent performance to VMs"),
    50: D("moving between hosting providers (portability) is not addressed"),
    # amateur sports club volunteer
    51: S([DENS2, MGMT], "more management effort",
          "the article's criteria (resource efficiency, less management effort) point to containers for a small box; no one-PC advice"),
    52: S([START, ARCH_VM], "containers share the host OS kernel"),
    53: S([LOAD, LOAD2], "allowing faster scaling and less overhead",
          "the article says containers cope better with spikes; it cannot say whether one old PC has enough capacity"),
    54: S([UNTRUST, ISO], "untrusted or sensitive workloads"),
    55: D("running containers on a Windows laptop is not addressed"),
    56: S([ARCH_VM, START_VM], "higher resource use", NUM + " (8 GB not assessed)"),
    57: S([MGMT], "more management effort", "one FAQ sentence; handover is not discussed"),
    58: S([SPIN, START], "quickly spin up and shut down"),
    59: S([INVM], "containers can run seamlessly"),
    60: S([START, SHARED], "affect many containers simultaneously"),
    # ML platform engineer at a startup
    61: S([KMOD], "VMs are also better suited"),
    62: S([LOAD, LOAD2], "they activate quickly", NUM + "; no judgement on a 50x burst"),
    63: S([UNTRUST, ISO], "untrusted or sensitive workloads"),
    64: D("ambiguous (containers on VMs vs plain VMs) and the overhead of containerising on top of VMs is not addressed"),
    65: D("one image across laptops, CI and a GPU cluster (portability) is not addressed"),
    66: S([ARCH_VM, DENS], "higher resource use", NUM),
    67: D("whether pods on VM-backed Kubernetes get VM-level isolation is not addressed"),
    68: D("a steady-load database is not discussed; no article criterion decides it"),
    69: D("self-hosted hypervisor cluster vs containers on cloud VMs for a startup is not weighed"),
    70: S([SHARED_TK, SHARED], "due to shared kernel vulnerabilities"),
    # government tax-office sysadmin
    71: S([DENS, DENS2], "more containers on the same hardware",
          "the article says more containers fit per server; idle capacity and seasonal load are not discussed"),
    72: S([LOAD, LOAD2], "they activate quickly"),
    73: S([UNTRUST, ISO], "untrusted or sensitive workloads"),
    74: S([KMOD], "VMs are also better suited"),
    75: S([SHARED, ISO], "affect many containers simultaneously"),
    76: S([MIG1, MIG2], "ensuring your applications are compatible",
          "the article says to check compatibility and adjust configuration; it does not say whether rework is needed"),
    77: S([LIC_CT, LIC_VM], "individual licenses for each OS instance"),
    78: D("security accreditation of containers inside an existing VMware estate is not addressed"),
    79: S([START, MINUTES], "lightweight and quick to start", NUM),
    80: S([START, ARCH_VM], "containers share the host OS kernel"),
}

P = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
F = "firecracker/docs/"
K = "kata/docs/"


def C(*paths):
    return {"keep": True, "expectSource": list(paths)}


CORPUS = {
    1: C("podman/rootless.md", "podman/troubleshooting.md"),
    2: C(PT + "podman-for-windows.md"),
    3: C(P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md"),
    4: C(P + "podman-machine-set.1.md.in", P + "podman-machine-init.1.md.in"),
    5: C(P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md", P + "podman-container.unit.5.md.in"),
    6: C(P + "podman-kube-play.1.md.in"),
    7: C(P + "options/cpus.container.md", P + "options/memory.md"),
    8: C(P + "podman-kube-generate.1.md"),
    9: C(P + "podman-auto-update.1.md.in"),
    10: C(PT + "mac_win_client.md", PT + "remote_client.md", P + "podman-system-connection-add.1.md"),
    11: C(PT + "image_signing.md", P + "podman-image-sign.1.md.in", P + "podman-push.1.md.in"),
    12: C(P + "options/health-on-failure.md", P + "options/health-cmd.md", P + "podman-healthcheck-run.1.md"),
    13: C(PT + "podman-install-certificate-authority.md"),
    14: C(P + "podman-secret-create.1.md", P + "options/secret.md"),
    15: C(P + "podman-build.1.md.in"),
    16: C(PT + "performance.md"),
    17: C(F + "rootfs-and-kernel-setup.md"),
    18: C(F + "network-setup.md"),
    19: C(F + "snapshotting/snapshot-support.md"),
    20: C(F + "jailer.md", F + "prod-host-setup.md"),
    21: C(F + "mmds/mmds-user-guide.md"),
    22: C(F + "ballooning.md"),
    23: C(F + "vsock.md"),
    24: C(F + "snapshotting/random-for-clones.md", F + "snapshotting/network-for-clones.md"),
    25: C(F + "hugepages.md"),
    26: C(F + "cpu_templates/cpu-templates.md"),
    27: C(F + "logger.md", F + "metrics.md"),
    28: C(F + "prod-host-setup.md"),
    29: C(K + "how-to/how-to-use-k8s-with-containerd-and-kata.md", K + "install/container-manager/containerd/containerd-install.md",
          K + "how-to/containerd-kata.md"),
    30: C(K + "how-to/how-to-load-kernel-modules-with-kata.md"),
    31: C(K + "how-to/how-to-use-kata-containers-with-firecracker.md"),
    32: C(K + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", K + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
          K + "use-cases/GPU-passthrough-and-Kata.md"),
    33: C(K + "Limitations.md"),
    34: C(K + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", K + "how-to/what-is-vm-cache-and-how-do-I-use-it.md",
          K + "how-to/how-to-use-template-in-runtime-rs.md"),
    35: C(K + "how-to/how-to-use-sysctls-with-kata.md"),
    36: D(DUP),
    37: C(K + "how-to/how-to-use-virtio-fs-with-kata.md"),
    38: C(K + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"),
    39: C(K + "how-to/how-to-set-sandbox-config-kata.md"),
    40: C(K + "how-to/privileged.md"),
}

OFFTOPIC_DROPS = {29: DUP, 30: DUP, 37: DUP, 38: DUP}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {}
    for section, table in (("seed", SEED), ("corpus", CORPUS)):
        lines = _lines(section)
        out[section] = [(n, lines[n - 1] if 1 <= n <= len(lines) else None, d) for n, d in table.items()]
    lines = _lines("offtopic")
    out["offtopic"] = [
        (n, q, D(OFFTOPIC_DROPS[n]) if n in OFFTOPIC_DROPS else {"keep": True})
        for n, q in enumerate(lines, 1)
    ]
    return out
