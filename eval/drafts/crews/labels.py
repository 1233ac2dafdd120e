"""Labels for the frozen 'crews' drafts.

Exactly one decision per draft line, keyed by 1-based line number.  The
question text is never typed here: `labelled()` copies it from the frozen
draft files.  Decisions are kept as lists of (line, decision) pairs rather
than dict literals so that build.py can detect a line labelled twice.

Decision forms
  seed:     keep(expect=[...], answer="...", lenient=False, note=None) | drop("reason")
  corpus:   src("path", ...) | drop("reason")
  offtopic: KEEP | drop("reason")
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
DUP = "duplicate of an earlier set"


def keep(expect, answer, lenient=False, note=None):
    d = {"keep": True, "expect": list(expect), "answer": answer}
    if lenient:
        d["lenient"] = True
    if note:
        d["note"] = note
    return d


def lenient(expect, answer, note):
    return keep(expect, answer, lenient=True, note=note)


def drop(reason):
    return {"keep": False, "reason": reason}


def src(*paths):
    return {"keep": True, "expectSource": list(paths)}


KEEP = {"keep": True}

# Frequently used verbatim article phrases (checked by build.py).
LEAD_START = "containers share the host OS kernel, making them lightweight and quick to start"
KT_START = "Containers share the host OS kernel, making them lightweight and faster to start"
VM_SLOW = "VMs run separate OS instances, offering stronger isolation but slower startup"
FULL_OS = "virtual machines, which each require a full OS instance"
MORE_ON_HW = "you can run more containers on the same hardware compared to virtual machines"
KT_EFFICIENT = "Containers are more resource-efficient and ideal for microservices"
KT_SECURITY = "Container security is complex due to shared kernel vulnerabilities"
ENGINE_VULN = ("vulnerabilities in the host OS or container engine could potentially "
               "affect many containers simultaneously")
KMOD = ("VMs are also better suited for running applications that require specific OS "
        "configurations or kernel modules")
KMOD_TAIL = "kernel modules that containers might not support easily"
SPECIFIC_OS = "VMs are also better suited for running applications that require specific OS configurations"
KT_COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
CONSISTENT = ("if your priority is strong security boundaries and consistent performance, "
              "VMs could be your best choice")
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
ON_VMS = "Yes, containers can run seamlessly on virtual machines"
K8S_IN_VM = ("When you deploy containers within a VM, container orchestration tools like "
             "Kubernetes manage them efficiently")
COST = "containers can be more cost-effective and easier to license"
PER_OS_LICENCE = "VMs typically require individual licenses for each OS instance, increasing expenses"
LOAD = ("containers generally perform better due to efficient resource allocation, "
        "allowing faster scaling and less overhead")
SCALE = "Scalability challenges are easier with containers since they activate quickly"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
OWN_OS = "They provide stronger isolation because each VM runs its own complete OS"
VM_HEAVY = ("VMs can be slightly slower to start and consume more resources because of "
            "their heavyweight nature")
TOOLS = ("containers use orchestration platforms, while VMs rely on hypervisors for "
         "managing resources and security")

SEED = [
    # --- airline operations engineer (1-10)
    (1, keep([LEAD_START, VM_SLOW], "lightweight and quick to start")),
    (2, keep(["For more secure, isolated environments, VMs excel", OWN_OS],
             "isolated environments, VMs excel")),
    (3, keep([KT_START, KT_SECURITY], "share the host OS kernel")),
    (4, keep([LOAD, SCALE], "allowing faster scaling")),
    (5, keep([ON_VMS, "container orchestration tools like Kubernetes manage them efficiently"],
             "can run seamlessly on virtual machines")),
    (6, keep([SPECIFIC_OS, KT_COMPAT], "VMs are also better suited")),
    (7, lenient([VM_HEAVY, FULL_OS], "consume more resources",
                "no overhead figures in the article; it says only qualitatively that VMs use more "
                "resources because each carries a full OS")),
    (8, keep([CONSISTENT], "VMs could be your best choice")),
    (9, lenient([TOOLS, "container orchestration tools like Kubernetes manage them efficiently"],
                "containers use orchestration platforms",
                "vSphere is not named; the article contrasts orchestration platforms (Kubernetes) "
                "with hypervisors only at a general level")),
    (10, lenient([COST, PER_OS_LICENCE], "containers can be more cost-effective",
                 "the asker wants a number; the article gives none, only that containers can be "
                 "cheaper (licensing per OS instance, resource use)")),
    # --- energy-utility OT/SCADA engineer (11-20)
    (11, keep([KMOD], "containers might not support easily")),
    (12, lenient([ENGINE_VULN, KT_SECURITY], "could potentially affect many containers",
                 "the article never says 'escape'; it covers the shared-kernel/engine "
                 "vulnerability risk and VMs' stronger isolation")),
    (13, lenient([KT_COMPAT, "virtual machines serve well in scenarios demanding robust security and compatibility"],
                 "VMs are better suited",
                 "vendor certification, ESXi and Windows are not discussed; the article's "
                 "OS-compatibility point favours VMs")),
    (14, keep([LEAD_START, FULL_OS], "share the host OS kernel")),
    (15, keep([ENGINE_VULN, "this sharing of the kernel introduces specific security considerations"],
              "affect many containers simultaneously")),
    (16, lenient([CONSISTENT], "VMs could be your best choice",
                 "noisy neighbours and 100 ms polling are not discussed; the article only ties "
                 "consistent performance to VMs")),
    (17, drop("article gives only the general trade-off; nothing decides an air-gapped 8 GB "
              "substation box, where footprint and isolation pull opposite ways")),
    (18, lenient([OWN_OS, "VMs isolate workloads more securely with separate OSes"],
                 "VMs isolate workloads more securely",
                 "namespaces are not named and 'how much' is not quantified; the article says VMs "
                 "isolate more strongly because each runs its own OS while containers share the kernel")),
    (19, drop("running a different distro userland on the host kernel is not addressed")),
    (20, keep([KT_SECURITY, KMOD_TAIL], "shared kernel vulnerabilities")),
    # --- hotel chain IT manager (21-30)
    (21, drop("per-site PMS servers: the article gives no basis to choose, it depends on the PMS "
              "software, which the question does not state")),
    (22, lenient(["Containers often have simpler licensing because they share the host OS",
                  "VMs typically require individual licenses for each OS instance"],
                 "Containers often have simpler licensing",
                 "Windows-specific container licensing terms are not covered; the article only says "
                 "VMs need a licence per OS instance while containers share the host OS")),
    (23, keep([MGMT], "may require more management effort")),
    (24, lenient([UNTRUSTED, ENGINE_VULN], "running untrusted or sensitive workloads",
                 "PCI scope is not discussed; the article says a host/engine flaw can hit many "
                 "containers and VM isolation suits sensitive workloads")),
    (25, lenient(["virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security",
                  "VMs rely on hypervisors for managing resources and security"],
                 "managing resources and security",
                 "the article describes a hypervisor's role (manages VM resources and security) "
                 "but gives no plain definition")),
    (26, lenient([MORE_ON_HW], "more containers on the same hardware",
                 "no numbers; the article only says more containers than VMs fit on the same hardware")),
    (27, drop("repackaging a vendor-supplied OVA appliance (and vendor support) is not addressed; "
              "the migration section is generic")),
    (28, lenient(["leveraging their ability to quickly spin up and shut down", LEAD_START],
                 "quickly spin up and shut down",
                 "no start-up times are given ('seconds' is not confirmed); only that containers "
                 "start quickly")),
    (29, lenient([COST, "Containers often have simpler licensing because they share the host OS, reducing extra costs"],
                 "containers can be more cost-effective",
                 "migration cost and small-group scale are not covered; licensing/resource cost only")),
    (30, lenient([KT_COMPAT, SPECIFIC_OS], "VMs are better suited",
                 ".NET Framework/Windows is not mentioned; relies on the article's guidance that apps "
                 "needing a specific OS fit VMs")),
    # --- manufacturing MES engineer (31-40)
    (31, lenient([KT_COMPAT, KT_EFFICIENT], "VMs are better suited",
                 "a Windows Server monolith is not discussed; the article ties containers to "
                 "microservices and VMs to full OS compatibility")),
    (32, keep([LEAD_START, FULL_OS], "share the host OS kernel")),
    (33, lenient([CONSISTENT, "VMs provide stronger isolation through dedicated resources"],
                 "VMs could be your best choice",
                 "CPU reservation/pinning is not discussed; the article links VMs with dedicated "
                 "resources and consistent performance")),
    (34, keep([ON_VMS], "can run seamlessly on virtual machines")),
    (35, drop("crash/fault containment between containers is not addressed (the article discusses "
              "security flaws only)")),
    (36, keep([KT_EFFICIENT, VM_HEAVY], "Containers are more resource-efficient")),
    (37, drop("a multi-plant Kubernetes-vs-vCenter choice is not addressed; the article only says "
              "containers use orchestration and VMs hypervisors")),
    (38, drop("USB dongle / device passthrough is not addressed")),
    (39, lenient([LEAD_START, KMOD_TAIL], "share the host OS kernel",
                 "drivers are not mentioned; answered through the shared host kernel")),
    (40, lenient(["Start by planning your container orchestration strategy, ensuring your applications are compatible",
                  "Address migration challenges like data transfer and configuration adjustments early"],
                 "ensuring your applications are compatible",
                 "the article does not frame it as lift-and-shift vs rewrite; it says check "
                 "compatibility, adjust configuration, test in staging and shift gradually")),
    # --- payroll SaaS backend developer (41-50)
    (41, keep([SCALE, LOAD], "Scalability challenges are easier with containers")),
    (42, lenient(["VMs provide stronger security boundaries with complete OS environments", UNTRUSTED],
                 "VMs provide stronger security boundaries",
                 "SOC 2 is not discussed; the article says VM isolation suits sensitive workloads")),
    (43, keep([KT_START, VM_SLOW], "lightweight and faster to start")),
    (44, keep([KT_SECURITY, ENGINE_VULN], "due to shared kernel vulnerabilities")),
    (45, keep([ON_VMS, K8S_IN_VM], "run seamlessly on virtual machines")),
    (46, lenient([MORE_ON_HW, FULL_OS], "more containers on the same hardware",
                 "no density figures; only that more containers than VMs fit on the same hardware")),
    (47, lenient(["Containers share the host OS kernel, making them lightweight", KMOD],
                 "share the host OS kernel",
                 "the article does not say outright that a container cannot choose its kernel; it "
                 "follows from containers sharing the host kernel")),
    (48, lenient([CONSISTENT], "VMs could be your best choice",
                 "p99 causes are not discussed; the article only associates consistent performance "
                 "with VMs (and says containers do well under load)")),
    (49, drop("patching workflows for containers and VMs are not compared (only 'regularly "
              "updating container images')")),
    (50, drop(DUP)),
    # --- museum digital-archive administrator (51-60)
    (51, drop("whether to move two working Fedora Commons/IIIF VMs cannot be decided from the "
              "article, which gives general trade-offs and generic migration steps only")),
    (52, keep(["Containers and virtual machines differ mainly in architecture", LEAD_START, VM_SLOW],
              "share the host OS kernel")),
    (53, keep([KMOD], "containers might not support easily")),
    (54, keep(["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance",
               KT_EFFICIENT], "each require a full OS instance")),
    (55, keep([COST, KT_EFFICIENT], "containers can be more cost-effective")),
    (56, lenient([SPECIFIC_OS, KT_COMPAT], "VMs are also better suited",
                 "Windows XP is not mentioned; a legacy desktop OS counts as a specific OS "
                 "configuration, which the article assigns to VMs")),
    (57, keep([LEAD_START, KT_START], "lightweight and quick to start")),
    (58, lenient([MGMT], "may require more management effort",
                 "the article's only management-effort statement; a one-person team's workload is "
                 "not discussed")),
    (59, lenient(["making it easier to contain security breaches within a single VM without affecting others",
                  KT_SECURITY],
                 "easier to contain security breaches",
                 "read as data security; durability/backups are not covered")),
    (60, keep(["Containers offer rapid deployment and scalability", SCALE],
              "Containers offer rapid deployment and scalability")),
    # --- call-centre VoIP/telephony engineer (61-70)
    (61, lenient([CONSISTENT], "VMs could be your best choice",
                 "jitter/RTP are not discussed; the article ties consistent performance to VMs")),
    (62, lenient([CONSISTENT], "VMs could be your best choice",
                 "the article does not say containers are inconsistent, only that VMs suit a "
                 "consistent-performance priority")),
    (63, keep([KT_SECURITY + ", whereas VMs isolate workloads more securely", ENGINE_VULN],
              "due to shared kernel vulnerabilities")),
    (64, keep([KMOD], "containers might not support easily")),
    (65, keep([MORE_ON_HW], "more containers on the same hardware")),
    (66, keep([SCALE, "allowing faster scaling and less overhead"], "since they activate quickly")),
    (67, drop("added latency from nesting containers in a VM is not addressed (only 'proper "
              "configuration is essential to prevent potential bottlenecks')")),
    (68, lenient([LEAD_START, KT_SECURITY, ENGINE_VULN], "share the host OS kernel",
                 "'for us' (telephony) is not addressed; the article explains the shared kernel "
                 "generally: lighter and faster, but one kernel flaw can hit every container")),
    (69, lenient([COST, PER_OS_LICENCE], "containers can be more cost-effective",
                 "no costs for a 200-seat PBX; the article's general licensing/resource argument")),
    (70, lenient(["containers use orchestration platforms, while VMs rely on hypervisors", LEAD_START],
                 "VMs rely on hypervisors",
                 "container runtimes/engines are not described; the article contrasts "
                 "hypervisor-run VMs with kernel-sharing containers")),
    # --- agritech sensor-platform developer (71-80)
    (71, lenient([KT_EFFICIENT, LEAD_START], "Containers are more resource-efficient",
                 "Raspberry Pi/ARM and edge specifics are not discussed; footprint argument only")),
    (72, keep([LOAD, SCALE], "allowing faster scaling")),
    (73, drop("file visibility between containers on one host is not addressed")),
    (74, lenient(["Containers, by design, are lightweight and share the host operating system",
                  "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
                 "Containers, by design, are lightweight",
                 "no sizes (MB vs GB) are given; qualitative only")),
    (75, keep([KMOD], "containers might not support easily")),
    (76, keep([ON_VMS, K8S_IN_VM], "can run seamlessly on virtual machines")),
    (77, keep([UNTRUSTED, OWN_OS], "running untrusted or sensitive workloads")),
    (78, lenient(["VMs can be slightly slower to start and consume more resources",
                  "setting up full VMs, which takes longer"],
                 "slightly slower to start",
                 "no timings; the article says VMs are 'slightly slower to start', not minutes")),
    (79, keep([MGMT], "may require more management effort")),
    (80, lenient([COST, KT_EFFICIENT], "containers can be more cost-effective",
                 "no per-stream costs; general cost-effectiveness only")),
]

P = "podman/docs/source/markdown/"
CORPUS = [
    (1, drop(DUP)),
    (2, drop(DUP)),
    (3, src(P + "podman-machine.1.md", "podman/docs/tutorials/mac_win_client.md",
            P + "podman-machine-init.1.md.in")),
    (4, src("podman/docs/tutorials/podman-for-windows.md", P + "podman-machine.1.md",
            "podman/docs/tutorials/mac_win_client.md")),
    (5, src(P + "podman-kube-generate.1.md")),
    (6, src(P + "podman-kube-play.1.md.in", "podman/docs/kubernetes_support.md")),
    (7, src(P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md",
            P + "podman-container.unit.5.md.in")),
    (8, src(P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md")),
    (9, src("podman/docs/tutorials/image_signing.md", P + "podman-image-sign.1.md.in")),
    (10, src(P + "podman-auto-update.1.md.in", P + "options/auto-update.md")),
    (11, drop(DUP)),
    (12, src(P + "podman-machine-init.1.md.in")),
    (13, src(P + "podman-secret-create.1.md", P + "options/secret.md")),
    (14, src(P + "options/cpus.container.md", P + "options/cpu-quota.md", P + "options/cpu-shares.md")),
    (15, src("podman/docs/tutorials/performance.md")),
    (16, src("podman/docs/tutorials/podman-install-certificate-authority.md")),
    (17, src("firecracker/docs/getting-started.md")),
    (18, drop(DUP)),
    (19, src("firecracker/docs/snapshotting/snapshot-support.md")),
    (20, src("firecracker/docs/jailer.md")),
    (21, drop(DUP)),
    (22, src("firecracker/docs/vsock.md")),
    (23, src("firecracker/docs/mmds/mmds-user-guide.md", "firecracker/docs/mmds/mmds-design.md")),
    (24, src("firecracker/docs/ballooning.md")),
    (25, drop(DUP)),
    (26, drop(DUP)),
    (27, drop(DUP)),
    (28, src("firecracker/docs/hugepages.md")),
    (29, drop(DUP)),
    (30, src("kata/docs/how-to/containerd-kata.md",
             "kata/docs/install/container-manager/containerd/containerd-install.md")),
    (31, drop(DUP)),
    (32, drop(DUP)),
    (33, src("kata/docs/how-to/how-to-use-kata-containers-with-firecracker.md")),
    (34, src("kata/docs/how-to/how-to-use-k8s-with-crio-and-kata.md")),
    (35, drop(DUP)),
    (36, src("kata/docs/how-to/how-to-load-kernel-modules-with-kata.md")),
    (37, drop(DUP)),
    (38, drop(DUP)),
    (39, drop(DUP)),
    (40, src("kata/docs/how-to/privileged.md")),
]

OFFTOPIC = [(n, KEEP) for n in range(1, 41)]
OFFTOPIC_DROPS = {
    1: DUP,
    4: ("answered by the corpus: kata/docs/how-to/how-to-use-numa-with-kata.md shows "
        "'helm upgrade kata-deploy ... -f my-values.yaml' (values-file syntax)"),
    29: DUP,
    34: DUP,
    40: DUP,
}
OFFTOPIC = [(n, drop(OFFTOPIC_DROPS[n]) if n in OFFTOPIC_DROPS else d) for n, d in OFFTOPIC]

DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DECISIONS = {"seed": SEED, "corpus": CORPUS, "offtopic": OFFTOPIC}


def draft_lines(section):
    return (HERE / DRAFTS[section]).read_text(encoding="utf-8").splitlines()


def labelled():
    """Return {section: [(line, q, decision), ...]} with q copied from the frozen draft."""
    out = {}
    for section, decisions in DECISIONS.items():
        lines = draft_lines(section)
        rows = []
        for n, d in decisions:
            q = lines[n - 1] if 1 <= n <= len(lines) else None
            rows.append((n, q, d))
        out[section] = rows
    return out
