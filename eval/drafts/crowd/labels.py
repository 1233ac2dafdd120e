"""Phase-2 labels, keyed by 1-based line number of the frozen drafts.

seed:    line -> ("keep", [expect phrases], answer) | ("drop", reason)
corpus:  line -> ("keep", [paths relative to /work/shared/corpus]) | ("drop", reason)
offtopic: line -> ("keep",) | ("drop", reason)
"""

ISO = "They provide stronger isolation because each VM runs its own complete OS"
BLAST = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
SECK = "Container security is complex due to shared kernel vulnerabilities"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
KMOD_FULL = KMOD + " that containers might not support easily"
SHARE_LW = "Containers share the host OS kernel, making them lightweight"
FAST = "Containers share the host OS kernel, making them lightweight and faster to start"
SEAMLESS = "Yes, containers can run seamlessly on virtual machines"
SETUP = "This setup offers flexibility, scalability, and security"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
COST = "containers can be more cost-effective and easier to license"
DENSITY = "you can run more containers on the same hardware compared to virtual machines"
LIC_C = "Containers often have simpler licensing because they share the host OS, reducing extra costs"
LIC_V = "VMs typically require individual licenses for each OS instance, increasing expenses"
ORCH = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
RESEFF = "Containers are more resource-efficient and ideal for microservices"
HEAVY = "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"
AGILE = "You might choose containers when you need agility and speed"
VMSEC = "VMs isolate workloads more securely with separate OSes"
BOTH = "Both technologies have their place"
KSHARE_SEC = "this sharing of the kernel introduces specific security considerations"

SEED = {
    # (a) platform-team lead at a bank
    1: ("keep", [ISO, BLAST], "They provide stronger isolation"),
    2: ("keep", ["VMs provide stronger security boundaries with complete OS environments", UNTRUSTED],
        "VMs provide stronger security boundaries"),
    3: ("keep", [BLAST, SECK], "could potentially affect many containers simultaneously"),
    4: ("drop", "asks for a rough magnitude (how much faster); the article only says containers are faster to start and gives no figures"),
    5: ("drop", "asks how many more containers fit per host; the article says more fit on the same hardware but gives no ratio"),
    6: ("keep", [SEAMLESS, SETUP], "Yes, containers can run seamlessly"),
    7: ("keep", [KMOD_FULL, SHARE_LW], "specific OS configurations or kernel modules"),
    8: ("keep", [ORCH], "containers use orchestration platforms"),
    9: ("keep", [SCALE], "Scalability challenges are easier with containers"),
    10: ("keep", [LIC_V, LIC_C], "individual licenses for each OS instance"),
    # (b) junior frontend developer
    11: ("keep", ["containers share the host OS kernel, making them lightweight and quick to start",
                  "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
         "containers share the host OS kernel"),
    12: ("drop", "Docker is not mentioned; whether Docker is a VM (or why a laptop seems to run one) is not covered"),
    13: ("keep", [FAST, HEAVY], "lightweight and faster to start"),
    14: ("keep", [SHARE_LW, "virtual machines, which each require a full OS instance"], "Containers share the host OS kernel"),
    15: ("drop", "macOS host not covered; the article's 'share the host OS kernel' would mislead for a Mac, where containers run in a Linux VM"),
    16: ("keep", ["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures", AGILE],
         "containers are ideal for rapid development"),
    17: ("keep", [RESEFF, "VMs can be slightly slower to start and consume more resources"], "Containers are more resource-efficient"),
    18: ("drop", "no definition of a hypervisor and nothing on whether Docker needs one"),
    19: ("drop", "running Windows software in a Linux container is not covered"),
    20: ("keep", [SECK, VMSEC], "due to shared kernel vulnerabilities"),
    # (c) QA / test engineer
    21: ("keep", ["leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
    22: ("keep", [KMOD, SHARE_LW], "specific OS configurations or kernel modules"),
    23: ("drop", "tests changing kernel parameters/sysctls and the effect on the shared host are not discussed"),
    24: ("drop", "container images vs VM snapshots for reproducibility are not covered"),
    25: ("drop", "asks how much overhead; the article gives no figures"),
    26: ("drop", "resource starvation between co-located containers (noisy neighbours, limits) is not covered"),
    27: ("drop", "Windows Server plus Linux coverage by containers is not covered"),
    28: ("drop", "clean per-run state / reverting snapshots is not covered"),
    29: ("keep", [COST, DENSITY], "containers can be more cost-effective"),
    30: ("drop", "prod/test parity between VMs and containers is not covered (the migration FAQ only says to test in staging)"),
    # (d) compliance / audit officer
    31: ("keep", [ISO, KSHARE_SEC], "They provide stronger isolation"),
    32: ("keep", [SECK, BLAST], "due to shared kernel vulnerabilities"),
    33: ("drop", "whether a container counts as a security boundary: the article is inconsistent (FAQ praises 'better container isolation', body says VMs isolate better) and says nothing about control documentation"),
    34: ("keep", [VMSEC, "VMs provide stronger isolation through dedicated resources"], "VMs isolate workloads more securely"),
    35: ("keep", ["making it easier to contain security breaches within a single VM without affecting others"],
         "easier to contain security breaches"),
    36: ("drop", "patching the host kernel and its effect on running containers is not covered"),
    37: ("drop", "regulation is not mentioned"),
    38: ("drop", "containers-in-VMs vs bare containers is not compared on isolation"),
    39: ("drop", "hypervisor vs container-engine attack surface is not compared"),
    40: ("keep", ["your choice depends on balancing the need for speed, security, and resource efficiency", AGILE],
         "when you need agility and speed"),
    # (e) MSP consultant
    41: ("keep", [AGILE, KMOD], "when you need agility and speed"),
    42: ("drop", "whether a legacy monolith is worth containerising is not addressed"),
    43: ("drop", "direct VM-to-container conversion is not covered; the migration FAQ only gives general steps"),
    44: ("keep", [KMOD_FULL, UNTRUSTED], "specific OS configurations or kernel modules"),
    45: ("keep", [COST, DENSITY], "containers can be more cost-effective"),
    46: ("keep", [LIC_C, "VMs typically require individual licenses for each OS instance"], "Containers often have simpler licensing"),
    47: ("keep", ["proper configuration is essential to prevent potential bottlenecks or security issues", SEAMLESS],
         "proper configuration is essential"),
    48: ("keep", [DENSITY, ISO], "more containers on the same hardware"),
    49: ("keep", ["Scalability challenges are easier with containers since they activate quickly",
                  "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"],
         "Scalability challenges are easier with containers"),
    50: ("drop", "whether the app needs rewriting is not covered (the FAQ only says to ensure applications are compatible)"),
    # (f) university research-computing admin
    51: ("keep", [BLAST, SECK], "could potentially affect many containers simultaneously"),
    52: ("keep", [UNTRUSTED, RESEFF], "running untrusted or sensitive workloads"),
    53: ("drop", "performance of compute-heavy jobs vs bare metal is not covered"),
    54: ("drop", "old userland on a newer kernel is not covered"),
    55: ("keep", ["such as running containers with the least privileges",
                  "making it easier to contain security breaches within a single VM without affecting others"],
         "running containers with the least privileges"),
    56: ("keep", [ISO], "They provide stronger isolation"),
    57: ("drop", "running a different distro from the host is not covered; 'share the host OS' would mislead"),
    58: ("drop", "asks how quickly 500 environments can be started; the article gives no figures"),
    59: ("keep", [ORCH], "containers use orchestration platforms"),
    60: ("keep", [SEAMLESS, SETUP], "Yes, containers can run seamlessly"),
    # (g) embedded Linux developer
    61: ("keep", [RESEFF, HEAVY], "Containers are more resource-efficient"),
    62: ("keep", [KMOD_FULL], "specific OS configurations or kernel modules"),
    63: ("keep", [FAST], "Containers share the host OS kernel"),
    64: ("drop", "hypervisor footprint on a 512 MB embedded device is not covered"),
    65: ("keep", [UNTRUSTED, SECK], "running untrusted or sensitive workloads"),
    66: ("drop", "image sizes for OTA updates are not covered"),
    67: ("drop", "CPU architecture (x86 vs ARM) compatibility is not covered"),
    68: ("keep", [FAST], "lightweight and faster to start"),
    69: ("keep", ["VMs run separate OS instances, offering stronger isolation",
                  "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"],
         "VMs run separate OS instances"),
    70: ("drop", "safety-critical / real-time partitioning is not covered (the article discusses security isolation only)"),
    # (h) product manager
    71: ("keep", ["Containers and virtual machines differ mainly in architecture",
                  "containers share the host OS kernel, making them lightweight and quick to start"],
         "differ mainly in architecture"),
    72: ("keep", ["Containers offer rapid deployment and scalability", RESEFF], "Containers offer rapid deployment and scalability"),
    73: ("keep", [COST, "Containers often have simpler licensing because they share the host OS"], "containers can be more cost-effective"),
    74: ("keep", [VMSEC, "For more secure, isolated environments, VMs excel"], "VMs isolate workloads more securely"),
    75: ("keep", [BOTH], "Both technologies have their place"),
    76: ("keep", [SECK, KSHARE_SEC], "due to shared kernel vulnerabilities"),
    77: ("keep", [BOTH, SEAMLESS], "Both technologies have their place"),
    78: ("drop", "end-user speed of the app is not covered (only startup time and behaviour under load)"),
    79: ("keep", [DENSITY + ", which each require a full OS instance"], "each require a full OS instance"),
    80: ("keep", ["if your priority is strong security boundaries and consistent performance, VMs could be your best choice", KMOD],
         "strong security boundaries and consistent performance"),
}

P = "podman/docs/source/markdown/"
CORPUS = {
    1: ("keep", ["podman/README.md", "podman/docs/tutorials/rootless_tutorial.md", "podman/rootless.md"]),
    2: ("keep", [P + "podman.1.md", "podman/README.md"]),
    3: ("keep", ["podman/docs/tutorials/mac_win_client.md", P + "podman-machine.1.md", "podman/README.md"]),
    4: ("keep", ["podman/docs/tutorials/podman-for-windows.md", "podman/docs/tutorials/mac_win_client.md"]),
    5: ("keep", [P + "podman-systemd.unit.5.md", P + "podman-quadlet-basic-usage.7.md", P + "podman-generate-systemd.1.md"]),
    6: ("keep", [P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md", P + "podman-quadlet.1.md"]),
    7: ("keep", [P + "podman-kube-play.1.md.in", "podman/docs/kubernetes_support.md"]),
    8: ("keep", [P + "podman-kube-generate.1.md"]),
    9: ("keep", [P + "podman-pod-create.1.md.in", "podman/docs/cncf/self-assessment.md", "podman/README.md"]),
    10: ("keep", [P + "podman-auto-update.1.md.in"]),
    11: ("keep", [P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md"]),
    12: ("keep", ["podman/docs/tutorials/performance.md"]),
    13: ("keep", ["podman/docs/tutorials/remote_client.md"]),
    14: ("keep", [P + "podman.1.md", "podman/README.md"]),
    15: ("keep", ["podman/docs/tutorials/image_signing.md", P + "podman-image-sign.1.md.in"]),
    16: ("drop", "no document diagnoses a generic 'podman machine won't start'; only a Windows WSL-install section, one macOS port-7777 init error, and a bare pointer to troubleshooting.md"),
    17: ("keep", ["firecracker/FAQ.md", "firecracker/README.md"]),
    18: ("keep", ["firecracker/FAQ.md"]),
    19: ("keep", ["firecracker/docs/getting-started.md"]),
    20: ("keep", ["firecracker/docs/jailer.md"]),
    21: ("keep", ["firecracker/docs/snapshotting/snapshot-support.md"]),
    22: ("keep", ["firecracker/docs/network-setup.md"]),
    23: ("keep", ["firecracker/docs/kernel-policy.md", "firecracker/FAQ.md"]),
    24: ("keep", ["firecracker/docs/ballooning.md"]),
    25: ("keep", ["firecracker/docs/vsock.md"]),
    26: ("keep", ["firecracker/FAQ.md", "firecracker/docs/device-api.md"]),
    27: ("keep", ["firecracker/docs/mmds/mmds-user-guide.md", "firecracker/docs/mmds/mmds-design.md"]),
    28: ("keep", ["firecracker/docs/prod-host-setup.md"]),
    29: ("keep", ["kata/README.md", "kata/docs/design/architecture/README.md"]),
    30: ("keep", ["kata/docs/design/virtualization.md", "kata/docs/design/architecture/README.md"]),
    31: ("keep", ["kata/docs/hypervisors.md"]),
    32: ("keep", ["kata/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", "kata/docs/how-to/containerd-kata.md"]),
    33: ("keep", ["kata/docs/how-to/how-to-use-kata-containers-with-firecracker.md"]),
    34: ("keep", ["kata/docs/Limitations.md"]),
    35: ("keep", ["kata/docs/Limitations.md", "kata/docs/how-to/how-to-use-kata-with-docker.md"]),
    36: ("keep", ["kata/docs/use-cases/GPU-passthrough-and-Kata.md", "kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md", "kata/docs/hypervisors.md"]),
    37: ("keep", ["kata/docs/how-to/how-to-size-sandbox-overhead-runtime-rs.md"]),
    38: ("keep", ["kata/docs/how-to/how-to-run-kata-containers-with-SNP-VMs.md", "kata/docs/hypervisors.md"]),
    39: ("keep", ["kata/docs/how-to/privileged.md", "kata/docs/Limitations.md"]),
    40: ("keep", ["kata/docs/threat-model/threat-model.md"]),
}

# Every off-topic item was grepped (distinctive terms) against the article and corpus;
# none is answered by a document, so all are kept.
OFFTOPIC = {i: ("keep",) for i in range(1, 41)}
NEAR_DOMAIN_LINES = range(1, 28)  # lines 1-27 near-domain, 28-40 far off-topic

VOICES = [
    ("a", "platform-team lead at a bank"),
    ("b", "junior frontend developer"),
    ("c", "QA/test engineer"),
    ("d", "compliance/audit officer"),
    ("e", "MSP migration consultant"),
    ("f", "university research-computing admin"),
    ("g", "embedded Linux developer"),
    ("h", "product manager"),
]
