"""Labels for heldout-mills (written from scratch after the freeze; see README.md).

Interface used by build.py: DRAFTS, DUP, labelled() -> {section: [(line, question, decision)]}.
Questions are read from the frozen draft files by code, never typed here.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- article phrases (verbatim, each inside one sentence of the article) ----
S_QUICK = "making them lightweight and quick to start"          # s2
S_SLOWER = "offering stronger isolation but slower startup"     # s3
S_ARCH = "differ mainly in architecture"                        # s2 (answer)
S_ARCH_E = "Containers and virtual machines differ mainly in architecture"  # s2
S_SEPOS = "VMs run separate OS instances, offering stronger isolation"      # s3
S_RAPID = "If you need rapid, scalable applications, containers are better"  # s4
S_SECISO = "For more secure, isolated environments, VMs excel"  # s5
S_SHARE8 = "Containers share the host OS kernel, making them lightweight and faster to start"  # s8
S_SHARE = "Containers share the host OS kernel"                 # s8
S_RESEFF = "Containers are more resource-efficient and ideal for microservices"  # s9
S_FULLOS = "VMs are better suited for applications requiring full OS compatibility and stability"  # s10
S_SECCPLX = "Container security is complex due to shared kernel vulnerabilities"  # s11
S_TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"  # s12
S_MORE = "you can run more containers on the same hardware compared to virtual machines"  # s17
S_FULLINST = "which each require a full OS instance"            # s17
S_ENGINE = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"  # s19
S_OWNOS = "They provide stronger isolation because each VM runs its own complete OS"  # s22
S_BREACH = "making it easier to contain security breaches within a single VM without affecting others"  # s22
S_SENS = "This isolation can be particularly valuable for running untrusted or sensitive workloads"  # s23
S_SLOWSTART = "VMs can be slightly slower to start and consume more resources"  # s24
S_STABLE = "they excel in environments where stability, compatibility, and security are critical"  # s25
S_KMOD = "require specific OS configurations or kernel modules that containers might not support easily"  # s26
S_HYPER = "hypervisors, which play a crucial role in optimizing resource management and security"  # s27
S_SPINUP = "leveraging their ability to quickly spin up and shut down"  # s29
S_CONSIST = "consistent performance, VMs could be your best choice"  # s30
S_AFFECT = "it could affect other containers"                   # s37
S_MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"  # s38
S_BALANCE = "Your choice depends on balancing security needs and resource efficiency"  # s39
S_ONVM = "containers can run seamlessly on virtual machines"     # s41
S_K8S = "container orchestration tools like Kubernetes manage them efficiently"  # s42
S_SETUP = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"  # s44
S_CONFIG = "proper configuration is essential to prevent potential bottlenecks or security issues"  # s45
S_COST = "containers can be more cost-effective and easier to license"  # s50
S_HILOAD = "containers generally perform better due to efficient resource allocation"  # s52
S_VMDROP = "VMs may experience performance drops because of their heavier resource use"  # s53
S_SCALE = "Scalability challenges are easier with containers since they activate quickly"  # s54
S_PLAN = "Start by planning your container orchestration strategy, ensuring your applications are compatible"  # s58
S_MIGR = "Address migration challenges like data transfer and configuration adjustments early"  # s59
S_STAGE = "Test thoroughly in staging environments, then gradually shift workloads"  # s60
S_MINUTES = "like a startup launching a website in minutes, versus setting up full VMs, which takes longer"  # s65


def K(expect, answer, note=None):
    d = {"keep": True, "expect": expect, "answer": answer}
    if note:
        d["lenient"] = True
        d["note"] = note
    return d


def D(reason):
    return {"keep": False, "reason": reason}


SEED = {
    1: K([S_QUICK, S_SLOWER], "quick to start",
         "No start-up times in the article; kept on the comparison (containers quick to start, VMs slower startup)."),
    2: K([S_MORE, S_RESEFF], "more containers on the same hardware"),
    3: K([S_KMOD, S_SHARE], "containers might not support easily",
         "The article says containers might not support kernel modules easily and share the host kernel, but does not spell out the mechanism."),
    4: K([S_SHARE, S_ENGINE], "affect many containers simultaneously",
         "The article speaks of vulnerabilities in the shared host OS affecting many containers, not of kernel crashes/panics."),
    5: K([S_COST, S_RESEFF], "more cost-effective and easier to license",
         "Cost is argued via licensing and resource efficiency; no figures."),
    6: K([S_SCALE, S_HILOAD], "Scalability challenges are easier with containers"),
    7: D("portability between sites (factory vs trackside) is not addressed by the article"),
    8: K([S_CONSIST, S_STABLE], "VMs could be your best choice",
         "Main text ties consistent performance to VMs; the high-load FAQ says containers perform better under load, so the answer should not be one-sided."),
    9: K([S_ONVM, S_SETUP], "run seamlessly on virtual machines"),
    10: K([S_ARCH_E, S_SEPOS], "differ mainly in architecture"),
    11: K([S_KMOD, S_SHARE], "VMs are also better suited"),
    12: D("host-id / MAC-bound FlexLM licensing is not addressed (the article's licensing FAQ is about OS licences)"),
    13: K([S_SCALE, S_SPINUP], "they activate quickly"),
    14: K([S_SENS, S_OWNOS], "untrusted or sensitive workloads"),
    15: D("runtime CPU overhead of VMs for long CPU-bound jobs is not addressed (only start-up and resource use in general)"),
    16: D("batch schedulers such as LSF are not mentioned; the article only says containers use orchestration platforms"),
    17: K([S_KMOD, S_SHARE], "containers might not support easily",
          "A device driver for an attached box is normally loaded on the host and the device passed in; the article's point is only that containers cannot bring their own kernel modules easily (VMs better suited)."),
    18: D("portability / cloud bursting is not addressed by the article"),
    19: K([S_SECCPLX, S_KMOD], "Container security is complex"),
    20: K([S_ONVM, S_CONFIG], "run seamlessly on virtual machines",
          "The article says containers run seamlessly on VMs with proper configuration; it does not quantify layered overhead."),
    21: K([S_RAPID, S_SCALE], "containers are better"),
    22: K([S_CONSIST, S_STABLE], "VMs could be your best choice",
          "Consistent performance/stability -> VMs in the main text; the high-load FAQ favours containers, so a balanced answer is acceptable."),
    23: K([S_QUICK, S_SLOWER], "quick to start"),
    24: K([S_SECISO, S_SENS], "isolated environments, VMs excel"),
    25: K([S_PLAN, S_MIGR, S_STAGE], "planning your container orchestration strategy"),
    26: K([S_SHARE, S_FULLINST], "share the host OS kernel"),
    27: K([S_FULLINST, S_SHARE8], "share the host OS kernel"),
    28: D("no article criterion decides per-city separation (no sensitivity or density constraint stated); it would only say 'depends'"),
    29: K([S_TOOLS, S_ONVM], "containers use orchestration platforms",
          "VMware is not named; the article separates orchestration platforms (containers) from hypervisors (VMs) and says containers run on VMs."),
    30: K([S_SPINUP, S_COST], "quickly spin up and shut down",
          "The article does not tie scale-down to cost directly; kept on quick spin up/shut down plus cost-effectiveness."),
    31: K([S_SCALE, S_RAPID], "Scalability challenges are easier with containers"),
    32: K([S_SECCPLX, S_SENS], "shared kernel vulnerabilities"),
    33: D("GPU drivers are not covered; the kernel-module sentence would wrongly push to VM, since drivers live on the host and GPUs are passed into containers"),
    34: K([S_CONSIST, S_HILOAD], "VMs could be your best choice",
          "The article conflicts: consistent performance -> VMs, but under high load containers generally perform better; either side with the trade-off is acceptable."),
    35: K([S_MORE], "more containers on the same hardware",
          "No numbers in the article; kept on 'more containers on the same hardware'."),
    36: K([S_AFFECT, S_ENGINE], "could affect other containers",
          "The article does not say what data an attacker reaches after an escape, only that a flaw in the shared host can affect other containers."),
    37: K([S_ONVM, S_K8S], "run seamlessly on virtual machines",
          "The article does not say how common it is or compare with bare metal; it says containers run seamlessly on VMs managed by Kubernetes."),
    38: K([S_MGMT, S_RESEFF], "may require more management effort",
          "Management effort rests on one FAQ sentence."),
    39: D("Docker Desktop on macOS vs Linux differences (portability) are not addressed"),
    40: K([S_HYPER, S_TOOLS], "optimizing resource management and security",
          "The article only says hypervisors manage resources and security for VMs; it does not explain how."),
    41: D("moving images into an air-gapped site (image transfer/portability) is not addressed"),
    42: K([S_OWNOS, S_SECCPLX], "provide stronger isolation"),
    43: K([S_SENS, S_OWNOS], "untrusted or sensitive workloads",
          "ITAR is not named; kept on the sensitive-workloads -> VM isolation criterion."),
    44: K([S_FULLOS, S_KMOD], "requiring full OS compatibility",
          "Windows is not named; kept on full OS compatibility / specific OS configurations -> VM."),
    45: K([S_KMOD], "containers might not support easily"),
    46: D("the cost of running containers in addition to existing VMs is not addressed"),
    47: K([S_OWNOS, S_SHARE, S_HYPER], "runs its own complete OS",
          "No detail on namespaces/cgroups; the article contrasts own OS per VM with the shared kernel."),
    48: K([S_ENGINE, S_SECCPLX], "affect many containers simultaneously",
          "The article says engine vulnerabilities could affect many containers; it does not say the host itself is exposed."),
    49: K([S_ONVM, S_CONFIG], "run seamlessly on virtual machines",
          "Accreditation is not covered; kept on containers running seamlessly on VMs."),
    50: K([S_FULLOS, S_MIGR], "requiring full OS compatibility",
          "The article does not compare lift-and-shift with containerising; full OS compatibility favours a VM first."),
    51: K([S_SCALE, S_RAPID], "Scalability challenges are easier with containers"),
    52: K([S_SPINUP, S_COST], "quickly spin up and shut down",
          "No cost figures; kept on quick spin up/shut down and cost-effectiveness."),
    53: K([S_SENS, S_OWNOS], "untrusted or sensitive workloads",
          "Per-client separation of respondent data -> VM isolation; density argues the other way."),
    54: D("Windows containers/hosts are not covered; the article cannot say whether Windows software runs in containers"),
    55: K([S_QUICK, S_MINUTES], "quick to start",
          "No timings beyond 'minutes' for a container launch vs longer for full VMs."),
    56: K([S_SECCPLX, S_BREACH], "shared kernel vulnerabilities"),
    57: D("environment drift / dev-prod parity is not addressed"),
    58: K([S_TOOLS, S_K8S], "containers use orchestration platforms",
          "The article does not list what an orchestrator adds; it only separates orchestration platforms from hypervisors."),
    59: K([S_HILOAD, S_VMDROP], "containers generally perform better"),
    60: K([S_SETUP, S_ONVM], "ideal for dynamic workloads"),
    61: K([S_SCALE, S_RAPID], "Scalability challenges are easier with containers"),
    62: K([S_CONSIST, S_HILOAD], "VMs could be your best choice",
          "Consistent performance -> VMs in the main text; the high-load FAQ favours containers."),
    63: K([S_SENS, S_SECISO], "untrusted or sensitive workloads",
          "PCI is not named and a mixed VM/container setup is not discussed; kept on sensitive workloads -> VM."),
    64: K([S_MORE, S_RESEFF, S_COST], "more containers on the same hardware",
          "No figures; kept on density/resource efficiency and cost-effectiveness."),
    65: K([S_FULLINST, S_SLOWSTART], "each require a full OS instance",
          "No RAM figures; kept on the full OS instance per VM."),
    66: K([S_MIGR, S_PLAN, S_STAGE], "data transfer and configuration adjustments"),
    67: K([S_RESEFF, S_MORE], "Containers are more resource-efficient",
          "Small workloads are not discussed; kept on resource efficiency."),
    68: K([S_MGMT], "stronger isolation through dedicated resources",
          "Noisy neighbours are not named; kept on VMs' dedicated resources."),
    69: D("one big VM vs many small VMs for containers is not addressed"),
    70: K([S_MGMT], "may require more management effort",
          "Management effort rests on one FAQ sentence."),
    71: K([S_SPINUP, S_SCALE], "quickly spin up and shut down"),
    72: K([S_SENS, S_BALANCE], "untrusted or sensitive workloads",
          "A split VM-for-the-DB / containers-for-the-rest design is not discussed; kept on sensitive workloads -> VM."),
    73: K([S_FULLOS, S_STABLE], "requiring full OS compatibility",
          "Moving off physical hardware is not discussed; kept on VMs for full OS compatibility and stability."),
    74: K([S_SHARE8, S_SLOWSTART], "lightweight and faster to start"),
    75: K([S_RAPID, S_SCALE], "containers are better",
          "Catalogue (data) growth is not the same as application scaling; kept on 'rapid, scalable applications'."),
    76: K([S_SHARE, S_OWNOS], "share the host OS kernel"),
    77: K([S_ARCH_E, S_SEPOS], "differ mainly in architecture"),
    78: D("cloud portability / lock-in is not addressed"),
    79: K([S_KMOD, S_SHARE], "VMs are also better suited"),
    80: K([S_RESEFF, S_MORE], "Containers are more resource-efficient"),
}

P = "podman/docs/source/markdown/"
F = "firecracker/docs/"
KD = "kata/docs/"
CORPUS = {
    1: [P + "podman-auto-update.1.md.in", P + "podman-container.unit.5.md.in"],
    2: [P + "options/health-on-failure.md", P + "podman-healthcheck.1.md"],
    3: [P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md", "podman/docs/tutorials/podman_tutorial.md"],
    4: [P + "podman-farm-build.1.md.in", P + "podman-farm.1.md"],
    5: [P + "podman-push.1.md.in", P + "podman-image-trust.1.md.in", P + "options/sign-by-sigstore.md", "podman/docs/tutorials/image_signing.md"],
    6: ["podman/docs/tutorials/podman-for-windows.md", P + "podman-machine.1.md", P + "podman-machine-init.1.md.in"],
    7: ["podman/docs/tutorials/mac_win_client.md", "podman/docs/tutorials/remote_client.md", P + "podman-system-connection-add.1.md"],
    8: ["podman/rootless.md", "podman/troubleshooting.md"],
    9: ["podman/docs/tutorials/performance.md"],
    10: [P + "options/pids-limit.md"],
    11: [P + "podman-artifact-add.1.md.in", P + "podman-artifact-push.1.md.in", P + "podman-artifact.1.md"],
    12: [P + "podman-system-connection-add.1.md", P + "podman-system-connection-default.1.md"],
    13: [P + "podman-container-clone.1.md.in"],
    14: [P + "options/cpuset-cpus.md"],
    15: [P + "options/log-opt.md"],
    16: ["podman/docs/tutorials/podman-install-certificate-authority.md", P + "options/cert-dir.md"],
    17: [F + "jailer.md", F + "prod-host-setup.md"],
    18: [F + "api_requests/block-io-engine.md"],
    19: [F + "cpu_templates/cpu-templates.md", F + "snapshotting/versioning.md", F + "snapshotting/snapshot-support.md"],
    20: [F + "memory-hotplug.md"],
    21: [F + "initrd.md"],
    22: [F + "pmem.md"],
    23: [F + "logger.md"],
    24: [F + "prod-host-setup.md"],
    25: [F + "snapshotting/versioning.md"],
    26: [F + "snapshotting/handling-page-faults-on-snapshot-resume.md"],
    27: [F + "gdb-debugging.md"],
    28: [F + "kernel-policy.md"],
    29: [KD + "how-to/how-to-load-kernel-modules-with-kata.md"],
    30: [KD + "how-to/how-to-use-kata-with-docker.md"],
    31: [KD + "how-to/how-to-size-sandbox-overhead-runtime-rs.md", KD + "design/host-cgroups.md"],
    32: [KD + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", KD + "how-to/what-is-vm-cache-and-how-do-I-use-it.md", KD + "how-to/how-to-use-template-in-runtime-rs.md"],
    33: [KD + "how-to/how-to-use-numa-with-kata.md"],
    34: [KD + "how-to/how-to-use-the-kata-agent-policy.md"],
    35: [KD + "use-cases/using-Intel-SGX-and-kata.md"],
    36: [KD + "how-to/privileged.md"],
    37: [KD + "how-to/service-mesh.md"],
    38: [KD + "how-to/how-to-run-kata-containers-with-kinds-of-Block-Volumes.md", KD + "design/direct-blk-device-assignment.md"],
    39: [KD + "Upgrading.md", KD + "helm-configuration.md", KD + "releases/4.1.0.md"],
    40: [KD + "design/vcpu-threads-pinning.md", KD + "how-to/how-to-use-numa-with-kata.md"],
}

# off-topic: keep every line except these (line -> reason)
OFFTOPIC_DUPS = {3, 6, 15, 32, 33, 34, 38}  # found by build.py trial run (worded identically to earlier sets)
OFFTOPIC_DROPS = {}
SEED_DUPS = set()
CORPUS_DUPS = set()


def _lines(section):
    with open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8") as fh:
        return fh.read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        d = D(DUP) if n in SEED_DUPS else SEED.get(n)
        out["seed"].append((n, q, d))
    for n, q in enumerate(_lines("corpus"), 1):
        d = D(DUP) if n in CORPUS_DUPS else ({"keep": True, "expectSource": CORPUS[n]} if n in CORPUS else None)
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
