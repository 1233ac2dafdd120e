"""Labels for the frozen 'forges' drafts (written from scratch after the freeze).

Questions are never typed here: labelled() reads them from the frozen draft files by line number.
Seed decisions are keyed by draft line; corpus answers by draft line; off-topic keeps every line
except OFFTOPIC_DUPS / OFFTOPIC_DROPS.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# --- article phrases (each inside one sentence of the whitespace-collapsed article) ---
START_K = "Containers share the host OS kernel, making them lightweight and faster to start"
START_INTRO = "containers share the host OS kernel, making them lightweight and quick to start"
START_DETAIL = "which makes them faster to start and more resource-efficient"
VM_SLOW = "VMs can be slightly slower to start and consume more resources"
VM_INTRO = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
VM_FULLISO = "while VMs run separate OS instances for full isolation"
DENSITY = "you can run more containers on the same hardware compared to virtual machines"
MICRO = "Containers are more resource-efficient and ideal for microservices"
KERNEL = "require specific OS configurations or kernel modules that containers might not support easily"
OSCOMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
SHARED_VULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
SHARED_K = "Container security is complex due to shared kernel vulnerabilities"
FLAW = "a security flaw, it could affect other containers"
LEAST = "You must implement strict security practices, such as running containers with the least privileges"
CONTAIN = "making it easier to contain security breaches within a single VM without affecting others"
SENSITIVE = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
SPINUP = "leveraging their ability to quickly spin up and shut down"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
HIGHLOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
INVM = "Yes, containers can run seamlessly on virtual machines"
INVM_K8S = "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"
INVM_PRO = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"
INVM_CON = "proper configuration is essential to prevent potential bottlenecks or security issues"
LIC_SIMPLE = "Containers often have simpler licensing because they share the host OS, reducing extra costs"
LIC_VM = "VMs typically require individual licenses for each OS instance, increasing expenses"
LIC_COST = "This means containers can be more cost-effective and easier to license"
HYPER = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"
TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
MIG_PLAN = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
MIG_DATA = "Address migration challenges like data transfer and configuration adjustments early"
MIG_STAGE = "Test thoroughly in staging environments, then gradually shift workloads"
FEWER = "They typically use fewer resources, making VM resource allocation more efficient"


def s(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def drop(reason):
    return {"keep": False, "reason": reason}


NO_NUM = "article gives no figures; kept on the comparative answer"
MGMT_NOTE = "management effort rests on one FAQ sentence (VMs may require more management effort); staffing not addressed"
CONSIST_NOTE = ("main text ties consistent performance to VMs, but the FAQ says containers perform better under high load; "
                "realtime/latency specifics not addressed")
LIC_NOTE = "Windows not named; decided on per-OS-instance licences for VMs vs simpler container licensing"
TENANT_NOTE = ("tenant separation decided on VM breach containment; the article also favours containers for density, "
               "and per-customer separation is not discussed as such")
PORT = "portability across machines/clouds not addressed by the article"

SEED = {
    # opencast mining site operations IT
    1: s([START_K, VM_SLOW], "lightweight and faster to start", NO_NUM + "; power-failure recovery not addressed"),
    2: s([KERNEL], "VMs are also better suited"),
    3: s([DENSITY], "more containers on the same hardware"),
    4: s([SHARED_VULN], "affect many containers simultaneously",
         "article speaks of host OS / engine vulnerabilities, not one container crashing the box"),
    5: s([SCALE, HIGHLOAD], "easier with containers"),
    6: s([LIC_VM, LIC_SIMPLE], "Containers often have simpler licensing", LIC_NOTE),
    7: s([MGMT], "may require more management effort", MGMT_NOTE),
    8: s([MIG_DATA, MIG_PLAN], "data transfer and configuration adjustments"),
    9: s([INVM], "run seamlessly on virtual machines"),
    10: s([CONSIST], "VMs could be your best choice", CONSIST_NOTE),
    # concert-hall / orchestra ticketing developer
    11: s([HIGHLOAD, SCALE], "allowing faster scaling and less overhead"),
    12: s([SCALE, VM_SLOW], "since they activate quickly", NO_NUM + "; autoscaler behaviour not discussed"),
    13: s([SENSITIVE, CONTAIN], "untrusted or sensitive workloads"),
    14: s([SHARED_VULN, SHARED_K], "affect many containers simultaneously"),
    15: s([HYPER, TOOLS], "optimizing resource management and security",
          "article names the hypervisor's role (resource management, security) but does not explain how it works"),
    16: s([DENSITY, VM_SLOW], "each require a full OS instance"),
    17: s([START_INTRO, VM_INTRO], "lightweight and quick to start"),
    18: drop(PORT),
    19: s([KERNEL, OSCOMPAT], "VMs are also better suited"),
    20: s([LIC_COST, FEWER], "containers can be more cost-effective",
          "cost comparison rests on licensing and resource efficiency; burst/overflow pricing not addressed"),
    # public-library consortium sysadmin
    21: s([SENSITIVE, CONTAIN], "untrusted or sensitive workloads"),
    22: s([CONTAIN, DENSITY], "easier to contain security breaches", TENANT_NOTE),
    23: s([START_DETAIL, VM_SLOW], "faster to start and more resource-efficient", NO_NUM),
    24: s([MGMT], "may require more management effort", MGMT_NOTE),
    25: s([MIG_STAGE, MIG_DATA], "then gradually shift workloads"),
    26: s([DENSITY], "more containers on the same hardware", NO_NUM),
    27: s([SHARED_VULN, LEAST], "running containers with the least privileges",
          "container escape not named; answered by the host/engine vulnerability and least-privilege sentences"),
    28: s([KERNEL], "VMs are also better suited"),
    29: s([INVM], "run seamlessly on virtual machines"),
    30: s([HIGHLOAD], "containers generally perform better"),
    # craft brewery production-line IT
    31: s([KERNEL], "VMs are also better suited",
          "a realtime-patched kernel is decided as a specific OS configuration; realtime behaviour in VMs not discussed"),
    32: s([CONSIST], "VMs could be your best choice", CONSIST_NOTE),
    33: s([START_K, VM_FULLISO], "lightweight and faster to start"),
    34: s([DENSITY, FEWER], "more containers on the same hardware",
          "hardware cost not stated directly; answered through density / fewer resources"),
    35: s([SCALE, SPINUP], "since they activate quickly"),
    36: s([SHARED_VULN, SENSITIVE], "affect many containers simultaneously",
          "guest-facing portal treated as an untrusted workload; 'safe or not' is not answered outright"),
    37: s([START_K, KERNEL], "VMs are also better suited",
          "article does not say outright that a container cannot run another OS; follows from the shared kernel and the "
          "specific-OS sentence"),
    38: s([START_INTRO, VM_INTRO], "lightweight and quick to start"),
    39: s([TOOLS, HYPER], "VMs rely on hypervisors",
          "Hyper-V, Proxmox and Docker not named; only the orchestration vs hypervisor split is given"),
    40: s([SCALE, SPINUP], "quickly spin up and shut down"),
    # dental-practice group IT
    41: s([SENSITIVE, CONTAIN], "untrusted or sensitive workloads"),
    42: s([KERNEL], "VMs are also better suited"),
    43: s([KERNEL, OSCOMPAT], "VMs are also better suited"),
    44: s([FLAW, SHARED_VULN], "it could affect other containers",
          "ransomware not named; answered by the shared-host security-flaw sentences"),
    45: s([LIC_VM, LIC_SIMPLE], "Containers often have simpler licensing", LIC_NOTE),
    46: s([MIG_STAGE, MIG_DATA], "then gradually shift workloads",
          "downtime not addressed; answered with the gradual-shift / early-challenges advice"),
    47: s([INVM, INVM_K8S], "run seamlessly on virtual machines"),
    48: s([CONSIST], "VMs could be your best choice", CONSIST_NOTE),
    49: s([MGMT], "may require more management effort", MGMT_NOTE),
    50: s([VM_SLOW, DENSITY], "consume more resources", NO_NUM),
    # film-festival online screening engineer
    51: s([SCALE, HIGHLOAD], "easier with containers"),
    52: s([SENSITIVE, CONTAIN], "untrusted or sensitive workloads"),
    53: s([CONTAIN, SENSITIVE], "easier to contain security breaches", TENANT_NOTE),
    54: s([SPINUP, VM_SLOW], "quickly spin up and shut down", NO_NUM),
    55: s([DENSITY], "more containers on the same hardware"),
    56: drop(PORT),
    57: drop("what an attacker gains after a container escape is not addressed (only that flaws could affect many containers)"),
    58: s([TOOLS, INVM_K8S], "containers use orchestration platforms",
          "article gives only the orchestration vs hypervisor split; a short event's needs are not discussed"),
    59: s([HIGHLOAD], "containers generally perform better",
          "CPU-bound transcoding not discussed; answered by the high-load FAQ"),
    60: s([SPINUP], "quickly spin up and shut down", "billing/scale-to-zero not addressed"),
    # wildlife-conservation GIS/camera-trap data team
    61: s([SENSITIVE, CONTAIN], "untrusted or sensitive workloads"),
    62: drop("ambiguous: the article's kernel-module rule would say VM, but GPU containers normally use the host's NVIDIA "
             "driver; labelling VM would reward a poor answer"),
    63: s([SPINUP, SCALE], "quickly spin up and shut down",
          "bursty batch rather than user traffic; decided on quick spin up and shut down"),
    64: s([START_INTRO, VM_SLOW], "lightweight and quick to start"),
    65: s([DENSITY], "more containers on the same hardware"),
    66: drop(PORT),
    67: s([LIC_COST, FEWER], "containers can be more cost-effective",
          "cloud pricing not addressed; answered by licensing and resource efficiency"),
    68: s([MGMT], "may require more management effort", MGMT_NOTE),
    69: s([INVM], "run seamlessly on virtual machines"),
    70: s([MIG_PLAN, MIG_DATA], "ensuring your applications are compatible",
          "Windows not named; answered with the general migration advice (compatibility, data transfer)"),
    # parcel-locker network backend engineer
    71: s([SCALE, HIGHLOAD], "easier with containers"),
    72: s([SENSITIVE, CONTAIN], "untrusted or sensitive workloads"),
    73: s([KERNEL], "VMs are also better suited"),
    74: s([START_K, VM_SLOW], "lightweight and faster to start", NO_NUM),
    75: s([MICRO, DENSITY], "ideal for microservices"),
    76: s([SHARED_VULN, FLAW], "affect many containers simultaneously"),
    77: s([TOOLS], "containers use orchestration platforms",
          "article does not explain what an orchestrator does, only that containers use one where VMs use hypervisors"),
    78: s([CONSIST], "VMs could be your best choice", CONSIST_NOTE),
    79: s([MIG_PLAN, MIG_DATA], "ensuring your applications are compatible",
          "splitting a monolith into services is not discussed; answered with the general migration pitfalls"),
    80: s([INVM_PRO, INVM_CON], "flexibility, scalability, and security"),
}

P = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
F = "firecracker/docs/"
K = "kata/docs/"
CORPUS = {
    1: [P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md"],
    2: [P + "podman-auto-update.1.md.in"],
    3: [P + "options/health-on-failure.md"],
    4: [P + "podman-farm-build.1.md.in", P + "podman-farm.1.md", P + "podman-manifest-create.1.md.in"],
    5: [P + "podman-kube-play.1.md.in", "podman/docs/kubernetes_support.md"],
    6: [P + "podman-image-sign.1.md.in", PT + "image_signing.md"],
    7: [PT + "podman-for-windows.md"],
    8: [PT + "podman-install-certificate-authority.md"],
    9: [P + "podman-cp.1.md"],
    10: [P + "podman-system-migrate.1.md"],
    11: [P + "options/pids-limit.md"],
    12: [PT + "basic_networking.md", P + "podman-network-create.1.md.in"],
    13: [PT + "performance.md"],
    14: [PT + "mac_win_client.md", PT + "remote_client.md", P + "podman-system-connection-add.1.md"],
    15: [P + "podman-artifact.1.md", P + "podman-artifact-push.1.md.in", P + "podman-artifact-add.1.md.in"],
    16: [P + "podman-container-clone.1.md.in"],
    17: [F + "jailer.md", F + "prod-host-setup.md"],
    18: [F + "cpu_templates/cpu-templates.md"],
    19: [F + "network-setup.md"],
    20: [F + "prod-host-setup.md"],
    21: [F + "initrd.md"],
    22: [F + "memory-hotplug.md"],
    23: [F + "api_requests/patch-block.md"],
    24: [F + "kernel-policy.md"],
    25: [F + "RELEASE_POLICY.md"],
    26: [F + "api_requests/block-io-engine.md"],
    27: [F + "gdb-debugging.md"],
    28: [F + "pmem.md"],
    29: [K + "how-to/how-to-load-kernel-modules-with-kata.md"],
    30: [K + "how-to/how-to-use-kata-with-docker.md"],
    31: [K + "how-to/how-to-run-rootless-vmm.md"],
    32: [K + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"],
    33: [K + "design/vcpu-threads-pinning.md", K + "how-to/how-to-use-numa-with-kata.md"],
    34: [K + "threat-model/threat-model.md"],
    35: [K + "how-to/privileged.md"],
    36: [K + "how-to/how-to-import-kata-logs-with-fluentd.md"],
    37: [K + "how-to/how-to-use-the-kata-agent-policy.md"],
    38: [K + "Upgrading.md"],
    39: [K + "how-to/what-is-vm-templating-and-how-do-I-use-it.md"],
    40: [K + "how-to/how-to-set-sandbox-config-kata.md", K + "pod-annotations.md"],
}
CORPUS_DUPS = set()
OFFTOPIC_DUPS = {30, 37, 38}
OFFTOPIC_DROPS = {}


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        if n in SEED:
            out["seed"].append((n, q, SEED[n]))
    for n, q in enumerate(_lines("corpus"), 1):
        if n in CORPUS_DUPS:
            out["corpus"].append((n, q, drop(DUP)))
        elif n in CORPUS:
            out["corpus"].append((n, q, {"keep": True, "expectSource": CORPUS[n]}))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            out["offtopic"].append((n, q, drop(DUP)))
        elif n in OFFTOPIC_DROPS:
            out["offtopic"].append((n, q, drop(OFFTOPIC_DROPS[n])))
        else:
            out["offtopic"].append((n, q, {"keep": True}))
    return out
