"""Labels for heldout-piers (written from scratch for this round).

Interface expected by build.py:
  DRAFTS    {section: draft file name}
  DUP       reason string used for duplicates of an earlier heldout-*.json
  labelled() -> {section: [(line_no, question, decision_dict)]}
Questions are read from the frozen drafts by code, never retyped here.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- article phrases (verbatim, each inside one article sentence) ----
KMOD = "specific OS configurations or kernel modules"
A_KMOD = "VMs are also better suited"
FULLOS = "better suited for applications requiring full OS compatibility"
A_FULLOS = "applications requiring full OS compatibility"
FAST = "faster to start and more resource-efficient"
SLOWVM = "VMs can be slightly slower to start"
A_FAST = "makes them faster to start"
DENSE = "run more containers on the same hardware"
FULLINST = "which each require a full OS instance"
A_DENSE = "run more containers"
A_FULLINST = "each require a full OS instance"
MICRO = "more resource-efficient and ideal for microservices"
SCALEMICRO = "continuous deployment, and scalable microservices architectures"
A_MICRO = "ideal for microservices"
LIGHT = "making them lightweight and quick to start"
SHARE_LC = "containers share the host OS kernel, making them lightweight"
A_SHARE_LC = "containers share the host OS kernel"
A_LIGHT = "making them lightweight and quick"
SHAREK = "Containers share the host OS kernel, making them lightweight"
A_SHAREK = "share the host OS kernel"
VMSEP = "VMs run separate OS instances, offering stronger isolation"
HIGHRES = "slower startup and higher resource use"
A_HIGHRES = "higher resource use"
SHAREDVULN = "Container security is complex due to shared kernel vulnerabilities"
A_SHAREDVULN = "shared kernel vulnerabilities"
A_VMSECURE = "VMs isolate workloads more securely"
ENGINE = "vulnerabilities in the host OS or container engine"
A_ENGINE = "affect many containers simultaneously"
OTHERS = "it could affect other containers"
BREACH = "easier to contain security breaches within a single VM"
A_BREACH = "They provide stronger isolation"
SENS = "valuable for running untrusted or sensitive workloads"
A_SENS = "untrusted or sensitive workloads"
LOAD = "containers generally perform better due to efficient resource allocation"
A_LOAD = "containers generally perform better"
SCALE = "Scalability challenges are easier with containers"
OVERHEAD = "allowing faster scaling and less overhead"
A_OVERHEAD = "allowing faster scaling and less overhead"
SPIN = "their ability to quickly spin up and shut down"
A_SPIN = "quickly spin up and shut down"
CONSIST = "strong security boundaries and consistent performance"
A_CONSIST = "VMs could be your best choice"
ONVM = "containers can run seamlessly on virtual machines"
A_ONVM = "containers can run seamlessly"
SETUP = "This setup offers flexibility, scalability, and security"
K8SVM = "container orchestration tools like Kubernetes manage them efficiently"
LICVM = "require individual licenses for each OS instance"
LICCT = "Containers often have simpler licensing because they share the host OS"
A_LIC = "Containers often have simpler licensing"
COST = "containers can be more cost-effective and easier to license"
TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors"
A_TOOLS = "VMs rely on hypervisors"
HYPER = "play a crucial role in optimizing resource management and security"
MGMT = "but may require more management effort"
A_MGMT = "may require more management effort"
DEDIC = "VMs provide stronger isolation through dedicated resources"
A_DEDIC = "stronger isolation through dedicated resources"
MIGR = "migration challenges like data transfer and configuration adjustments"
A_MIGR = "data transfer and configuration adjustments"
PLAN = "planning your container orchestration strategy, ensuring your applications are compatible"
STAGE = "Test thoroughly in staging environments, then gradually shift workloads"
BOTH = "Both technologies have their place"
A_BOTH = BOTH
PRACT = "running containers with the least privileges, isolating them properly"
SECURE5 = "For more secure, isolated environments, VMs excel"
CONSUME = "consume more resources because of their heavyweight nature"
A_CONSUME = "consume more resources"
VMPERF = "VMs may experience performance drops because of their heavier resource use"


def K(expect, answer, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if note:
        d["note"] = note
    return d


def L(expect, answer, note):
    d = K(expect, answer, note)
    d["lenient"] = True
    return d


def D(reason):
    return {"keep": False, "reason": reason}


SEED = {
    # escape-room chain IT
    1: L([DENSE, MICRO], A_DENSE, "one box, several small apps: the article's density/microservices point favours containers; it does not discuss this setup"),
    2: K([KMOD], A_KMOD),
    3: K([FAST, SLOWVM], A_FAST),
    4: L([ENGINE, OTHERS], A_ENGINE, "article says host/engine flaws can affect other containers; it does not rate lateral movement between containers"),
    5: K([LOAD, SCALE], A_LOAD),
    6: L([FULLOS, KMOD], A_FULLOS, "Windows not named; VM via full-OS-compatibility sentence"),
    7: L([MGMT], A_MGMT, "one FAQ sentence on management effort; team size not discussed"),
    8: K([ONVM, SETUP], A_ONVM),
    9: K([MIGR, PLAN], A_MIGR),
    10: L([DENSE, FULLINST], A_DENSE, "article gives no numbers; comparative answer only"),
    # self-storage operator IT
    11: L([KMOD], A_KMOD, "hardware driver: the driver could live on the host with the device passed in; article only says kernel modules favour VMs"),
    12: L([LIGHT, MICRO], A_LIGHT, "lightweight/resource-efficient favours containers on small boxes; kiosks/edge hardware not discussed"),
    13: K([SENS, BREACH], A_SENS),
    14: L([CONSUME, VMPERF], A_CONSUME, "no numbers; article also says VMs give consistent performance"),
    15: K([SHARE_LC, VMSEP], A_SHARE_LC),
    16: D("not addressed: per-site choice between container orchestration and a hypervisor on small edge boxes (article only says the tools differ)"),
    17: K([SHAREDVULN, SHAREK], A_SHAREDVULN),
    18: L([LICVM, LICCT], A_LIC, "vendor's own definition of a 'server instance' is unknown; article only on OS licences per VM"),
    19: L([SPIN, LOAD], A_SPIN, "bursty batch -> containers; scaling the database itself is not discussed"),
    20: L([KMOD, FULLOS], A_KMOD, "CentOS 6 not named; old userland may run in a container on a new kernel, article points to VM for specific OS configurations"),
    # seismic monitoring network
    21: K([CONSIST], A_CONSIST),
    22: L([FAST, FULLINST], A_FULLINST, "ARM boards / edge devices not discussed; answer rests on resource efficiency"),
    23: K([KMOD], A_KMOD),
    24: K([LOAD, SCALE], A_LOAD),
    25: L([DEDIC, OTHERS], A_DEDIC, "resource limits (cgroups) not covered; VMs isolate via dedicated resources, container flaws can affect others"),
    26: K([ONVM, K8SVM], A_ONVM),
    27: L([KMOD, FULLOS], A_KMOD, "legacy distro userland could also be containerised; article points to VM for specific OS configurations"),
    28: L([FAST, SLOWVM], A_FAST, "article gives no times; comparative answer only"),
    29: K([SENS, SHAREDVULN], A_SENS),
    30: L([PLAN, MIGR], A_MIGR, "rewrite vs repackage not stated directly; article: check compatibility, data transfer and configuration"),
    # vending-machine telemetry
    31: K([MICRO, SCALEMICRO], A_MICRO),
    32: K([SENS, BREACH], A_SENS),
    33: K([FULLINST, HIGHRES], A_HIGHRES),
    34: L([COST, SPIN], A_SPIN, "article's cost point is licensing; idle capacity only via spin up/shut down"),
    35: L([TOOLS, HYPER], A_TOOLS, "one or two sentences on hypervisors; does not say outright containers need none"),
    36: K([SPIN], A_SPIN),
    37: K([SHAREDVULN, PRACT], A_VMSECURE, "not 'period': container security is more complex and needs strict practices"),
    38: L([FULLOS, SHAREK], A_FULLOS, "Windows not named; containers share the host kernel, VM for full OS compatibility"),
    39: L([BOTH, STAGE], A_BOTH, "mixed estate not discussed directly; both have their place, shift workloads gradually"),
    40: D("not addressed: isolation mechanism (namespaces/cgroups vs hardware virtualisation) is not described"),
    # drone aerial survey
    41: L([OVERHEAD, CONSUME], A_OVERHEAD, "CPU-bound throughput not addressed specifically; article: containers less overhead, VMs heavier"),
    42: L([KMOD], A_KMOD, "GPUs not discussed; the driver can live on the host with the GPU passed to containers"),
    43: K([SENS, BREACH], A_SENS),
    44: K([LOAD, SPIN], A_LOAD),
    45: D("not addressed: portability of one container across Windows and Linux hosts"),
    46: D("not addressed: Kubernetes' own operating burden vs a couple of VMs"),
    47: L([FAST, SLOWVM], A_FAST, "article gives no numbers; comparative answer only"),
    48: L([SHAREDVULN, BREACH], A_VMSECURE, "escape likelihood not discussed; VMs isolate more securely"),
    49: L([ONVM, SETUP], A_ONVM, "how common is not stated"),
    50: D("not addressed: node-locked application licences (article only on OS licences)"),
    # dialysis clinic network
    51: L([SENS], A_SENS, "sensitivity implied (patient treatment data), not stated in the question"),
    52: L([SENS, BREACH], A_SENS, "auditor expectations not addressed"),
    53: L([FULLOS, KMOD], A_FULLOS, "Windows Server not named; VM via full-OS-compatibility sentence"),
    54: D("not addressed: uptime / high availability (article's 'stability' is not HA)"),
    55: D("not addressed: patching speed of containers vs VMs"),
    56: K([LOAD, SPIN], A_LOAD),
    57: L([BOTH, ONVM], A_BOTH, "side by side on one host not addressed; only containers inside VMs and 'both have their place'"),
    58: K([SECURE5, SHAREDVULN], A_VMSECURE),
    59: L([MIGR, PLAN, STAGE], A_MIGR, "central consolidation, WAN to clinics and patient data not covered; generic migration advice"),
    60: D("not addressed: backup and restore"),
    # golf tee-time booking
    61: K([LOAD, SPIN], A_LOAD),
    62: L([MGMT, MICRO], A_MGMT, "team size not discussed; one management-effort sentence"),
    63: L([BREACH, FULLINST], A_BREACH, "per-tenant VMs: stronger isolation at the cost of a full OS each; multi-tenancy not discussed"),
    64: L([SPIN, FAST], A_SPIN, "no seconds figure in the article"),
    65: L([FULLOS], A_FULLOS, "Windows not named; VM via full-OS-compatibility sentence"),
    66: L([DENSE, FULLINST], A_DENSE, "article gives no numbers; comparative answer only"),
    67: K([SHAREK, FULLINST], A_SHAREK),
    68: K([SENS, BREACH], A_SENS),
    69: L([SPIN, COST], A_SPIN, "seasonal cost not discussed; spin up/shut down and cost-effectiveness"),
    70: L([ONVM], A_ONVM, "article does not say an EC2 instance is a VM; both apply"),
    # childcare parent app
    71: K([SENS, BREACH], A_SENS),
    72: K([LOAD, SPIN], A_LOAD),
    73: L([ENGINE, PRACT], A_ENGINE, "default filesystem separation not described; flaws could affect other containers, isolate properly"),
    74: L([KMOD], A_KMOD, "hardware driver: could live on the tablet/host with the device passed in"),
    75: K([SHAREK, SHAREDVULN], A_SHAREDVULN),
    76: D("not addressed: whether a microservices split pays off for a two-person team"),
    77: L([LIGHT, FULLINST], A_LIGHT, "disk use not discussed explicitly; lightweight and faster to start"),
    78: L([SENS, PRACT], A_SENS, "GDPR / auditor stance not addressed"),
    79: D("not addressed: per-centre deployment with no stated criterion (sensitive child data vs resource efficiency conflict)"),
    80: L([SHAREDVULN, SENS, KMOD], A_SENS, "article lists reasons for VMs (shared kernel, sensitive data, kernel modules); messaging app itself not discussed"),
}

P = "podman/docs/source/markdown/"
PT = "podman/docs/tutorials/"
F = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [P + "options/health-on-failure.md"],
    2: [P + "podman-auto-update.1.md.in", P + "options/auto-update.md"],
    3: [P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md"],
    4: [P + "podman-farm-build.1.md.in", P + "podman-farm.1.md"],
    5: [PT + "image_signing.md", P + "podman-image-trust.1.md.in", P + "options/sign-by-sigstore.md", P + "podman-push.1.md.in"],
    6: [P + "podman-pod-create.1.md.in"],
    7: [P + "options/internal.md", P + "podman-network-create.1.md.in"],
    8: [PT + "podman-for-windows.md"],
    9: [PT + "podman-install-certificate-authority.md"],
    10: [P + "options/log-opt.md"],
    11: [P + "options/pids-limit.md"],
    12: [P + "podman-artifact-add.1.md.in", P + "podman-artifact-push.1.md.in", P + "podman-artifact.1.md"],
    13: [P + "podmansh.1.md"],
    14: ["podman/troubleshooting.md", "podman/rootless.md"],
    15: [PT + "performance.md"],
    16: [P + "options/device.md"],
    17: [F + "snapshotting/snapshot-support.md"],
    18: [F + "jailer.md", F + "prod-host-setup.md"],
    19: [F + "prod-host-setup.md"],
    20: [F + "cpu_templates/cpu-templates.md"],
    21: [F + "memory-hotplug.md"],
    22: [F + "initrd.md"],
    23: [F + "logger.md"],
    24: [F + "pmem.md"],
    25: [F + "gdb-debugging.md"],
    26: [F + "api_requests/block-io-engine.md"],
    27: [F + "network-performance.md"],
    28: [F + "kernel-policy.md"],
    29: [KD + "how-to/how-to-load-kernel-modules-with-kata.md"],
    30: [KD + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", KD + "how-to/how-to-use-template-in-runtime-rs.md",
         KD + "how-to/what-is-vm-cache-and-how-do-I-use-it.md"],
    31: [KD + "how-to/how-to-use-kata-containers-with-firecracker.md", KD + "hypervisors.md"],
    32: [KD + "how-to/privileged.md"],
    33: [KD + "how-to/service-mesh.md"],
    34: [KD + "how-to/how-to-use-the-kata-agent-policy.md"],
    35: [KD + "how-to/how-to-pull-images-in-guest-with-kata.md", KD + "design/kata-guest-image-management-design.md"],
    36: [KD + "use-cases/using-Intel-SGX-and-kata.md"],
    37: [KD + "how-to/how-to-run-rootless-vmm.md"],
    38: [KD + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"],
    39: [KD + "installation.md", KD + "helm-configuration.md"],
    40: [KD + "Upgrading.md", KD + "installation.md"],
}

OFFTOPIC_DUPS = {8, 30, 31}  # found by build.py against earlier sets (questions not printed)
OFFTOPIC_DROPS = {
    11: "answered by the corpus: podman-cp.1.md shows `tar xf content.tgz -C <dir>` (untar into a given directory)",
    18: "answered by the corpus: troubleshooting.md shows `lsof -i:<port>` to identify the process bound to a port",
}
SEED_DUPS = set()
CORPUS_DUPS = set()


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
            out["corpus"].append((n, q, D(DUP)))
        elif n in CORPUS:
            out["corpus"].append((n, q, {"keep": True, "expectSource": CORPUS[n]}))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            out["offtopic"].append((n, q, D(DUP)))
        elif n in OFFTOPIC_DROPS:
            out["offtopic"].append((n, q, D(OFFTOPIC_DROPS[n])))
        else:
            out["offtopic"].append((n, q, {"keep": True}))
    return out
