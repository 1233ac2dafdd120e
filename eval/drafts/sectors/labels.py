"""Labels for the frozen drafts, keyed by 1-based draft line number.

Every line of every draft gets exactly one decision:
  {"decision": "keep", ...}  or  {"decision": "drop", "reason": "..."}
Seed keeps carry `expect` (1-3 verbatim article phrases, >=5 words, each within one
sentence) and `answer` (verbatim 3-6 word phrase sharing a sentence with an expect phrase).
Corpus keeps carry `expect` (1-3 paths relative to /work/shared/corpus).
`note` records a judgement call; it is not written to the output.
Labelled only after FROZEN.txt was written; questions were never edited.
"""

# ---------------------------------------------------------------- seed (article only)
ISO_VM = "VMs run separate OS instances, offering stronger isolation"
KERNEL_TAKEAWAY = "Containers share the host OS kernel, making them lightweight and faster to start"
VM_FULL_ISO = "while VMs run separate OS instances for full isolation"
QUICK_START = "containers share the host OS kernel, making them lightweight and quick to start"
VM_SLOW = "VMs can be slightly slower to start"
SHARED_VULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
HIGH_LOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
ACTIVATE = "Scalability challenges are easier with containers since they activate quickly"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
OS_COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
DENSITY = "you can run more containers on the same hardware compared to virtual machines"
FULL_OS = "virtual machines, which each require a full OS instance"
HEAVY = "consume more resources because of their heavyweight nature"
RES_EFF = "Containers are more resource-efficient and ideal for microservices"
SEAMLESS = "Yes, containers can run seamlessly on virtual machines"
SETUP = "This setup offers flexibility, scalability, and security"
SENSITIVE = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
VM_ISO_FAQ = "VMs provide stronger isolation through dedicated resources"
TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors"
HYPERVISOR_ROLE = "hypervisors, which play a crucial role in optimizing resource management and security"
STABILITY = "they excel in environments where stability, compatibility, and security are critical"
BEST_CHOICE = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
COST = "containers can be more cost-effective and easier to license"

SEED = {
    # --- voice 1: bioinformatics postdoc on a shared cluster (lines 1-10)
    1: {"decision": "keep", "expect": [ISO_VM, SHARED_VULN], "answer": "offering stronger isolation"},
    2: {"decision": "keep", "expect": [QUICK_START, VM_SLOW], "answer": "lightweight and quick to start",
        "note": "article gives no durations, only that containers start faster than VMs; kept for the comparison"},
    3: {"decision": "keep", "expect": ["Containers, by design, are lightweight and share the host operating system", RES_EFF],
        "answer": "Containers are more resource-efficient",
        "note": "kept on inference: article says containers are lightweight/resource-efficient (relative to VMs), no per-container figure"},
    4: {"decision": "keep", "expect": [KERNEL_TAKEAWAY, "require specific OS configurations or kernel modules that containers might not support easily"],
        "answer": "Containers share the host OS kernel"},
    5: {"decision": "keep", "expect": [VM_FULL_ISO, OS_COMPAT], "answer": "VMs are better suited",
        "note": "kept on inference: a Windows-only tool is a different OS from the Linux host; containers share the host kernel, VMs run separate OS instances"},
    6: {"decision": "drop", "reason": "reproducibility / shipping an analysis image is not discussed in the article"},
    7: {"decision": "keep", "expect": ["Containers and virtual machines differ mainly in architecture", ISO_VM],
        "answer": "containers share the host OS kernel"},
    8: {"decision": "keep", "expect": [SHARED_VULN, "it could affect other containers"], "answer": "affect many containers simultaneously"},
    9: {"decision": "keep", "expect": ["containers generally perform better due to efficient resource allocation", ACTIVATE],
        "answer": "containers generally perform better"},
    10: {"decision": "keep", "expect": [KMOD], "answer": "VMs are also better suited"},
    # --- voice 2: public-sector IT procurement officer (lines 11-20)
    11: {"decision": "keep", "expect": ["VMs typically require individual licenses for each OS instance",
                                        "Containers often have simpler licensing because they share the host OS"],
         "answer": "individual licenses for each OS instance"},
    12: {"decision": "keep", "expect": [DENSITY, COST], "answer": "more containers on the same hardware"},
    13: {"decision": "keep", "expect": ["For more secure, isolated environments, VMs excel", SENSITIVE],
         "answer": "isolated environments, VMs excel"},
    14: {"decision": "keep", "expect": [DENSITY], "answer": "more containers on the same hardware",
         "note": "the 'roughly how many' part has no figure in the article; kept for the yes/no part (more per host)"},
    15: {"decision": "keep", "expect": [OS_COMPAT, "VMs are also better suited for running applications that require specific OS configurations"],
         "answer": "VMs are better suited",
         "note": "kept on inference: legacy app tied to a specific OS -> article's 'full OS compatibility' / 'specific OS configurations' guidance; Windows itself is not named"},
    16: {"decision": "keep", "expect": [SEAMLESS, SETUP], "answer": "containers can run seamlessly",
         "note": "the 'paying twice' part is not addressed; kept for 'is that normal'"},
    17: {"decision": "keep", "expect": ["VMs rely on hypervisors for managing resources and security", HYPERVISOR_ROLE],
         "answer": "containers use orchestration platforms",
         "note": "article only describes the hypervisor's role, not a full definition; 'do we still need one' inferred from containers using orchestration platforms"},
    18: {"decision": "keep", "expect": ["Both technologies have their place",
                                        "your choice depends on balancing the need for speed, security, and resource efficiency"],
         "answer": "Both technologies have their place",
         "note": "the article's answer is 'it depends / both have their place'"},
    19: {"decision": "keep", "expect": ["migration from VMs to containers requires careful navigation",
                                        "Address migration challenges like data transfer and configuration adjustments early"],
         "answer": "requires careful navigation"},
    20: {"decision": "drop", "reason": "article says containers share the host kernel but never states host OS requirements"},
    # --- voice 3: customer-success engineer relaying customer questions (lines 21-30)
    21: {"decision": "keep", "expect": [VM_ISO_FAQ, "Your choice depends on balancing security needs and resource efficiency"],
         "answer": "VMs provide stronger isolation"},
    22: {"decision": "keep", "expect": ["Containers offer lightweight, rapid deployment, perfect for dynamic environments", RES_EFF],
         "answer": "lightweight, rapid deployment",
         "note": "requires reading OVA as a VM appliance image; the pros are the article's generic container pros"},
    23: {"decision": "drop", "reason": "running Linux containers on a Windows host is not covered; article-only inference ('needs same kernel') would be incomplete"},
    24: {"decision": "keep", "expect": [SHARED_VULN, "Container security is complex due to shared kernel vulnerabilities"],
         "answer": "could potentially affect many containers"},
    25: {"decision": "drop", "reason": "deploying a per-host agent is not covered; article has nothing to decide this case on"},
    26: {"decision": "drop", "reason": "asks for a normal container start time; article gives no figure, only 'quick to start'"},
    27: {"decision": "keep", "expect": [FULL_OS, HEAVY], "answer": "each require a full OS instance"},
    28: {"decision": "drop", "reason": "article never says whether an orchestrator like Kubernetes is required to run containers"},
    29: {"decision": "keep", "expect": [SEAMLESS, SETUP], "answer": "offers flexibility, scalability, and security"},
    30: {"decision": "keep", "expect": [KERNEL_TAKEAWAY, VM_FULL_ISO], "answer": "Containers share the host OS kernel"},
    # --- voice 4: automotive / embedded engineer (lines 31-40)
    31: {"decision": "keep", "expect": [VM_FULL_ISO, "VMs rely on hypervisors for managing resources and security"],
         "answer": "VMs run separate OS instances",
         "note": "kept on inference: an RTOS is a separate OS; containers share the host kernel, VMs (via hypervisors) run separate OS instances"},
    32: {"decision": "keep", "expect": [KERNEL_TAKEAWAY, "require specific OS configurations or kernel modules that containers might not support easily"],
         "answer": "Containers share the host OS kernel"},
    33: {"decision": "keep", "expect": [BEST_CHOICE, "VMs provide stronger security boundaries with complete OS environments"],
         "answer": "VMs could be your best choice",
         "note": "safety/mixed-criticality mapped to the article's isolation/security-boundary guidance"},
    34: {"decision": "keep", "expect": [FULL_OS, HEAVY], "answer": "each require a full OS instance",
         "note": "qualitative only: article gives no MB figures"},
    35: {"decision": "keep", "expect": [QUICK_START, VM_SLOW], "answer": "lightweight and quick to start"},
    36: {"decision": "drop", "reason": "CPU architecture (x86 image on arm64) is not discussed"},
    37: {"decision": "keep", "expect": ["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures", RES_EFF],
         "answer": "containers are ideal for rapid development",
         "note": "kept on inference: OTA-updated apps on a small Linux box -> continuous deployment + resource efficiency"},
    38: {"decision": "drop", "reason": "real-time guarantees are not discussed ('consistent performance' is not real-time)"},
    39: {"decision": "drop", "reason": "direct hardware/device access (CAN bus) is not discussed"},
    40: {"decision": "drop", "reason": "nothing in the article bears on HIL/simulation benches specifically"},
    # --- voice 5: broadcast / media streaming engineer (lines 41-50)
    41: {"decision": "keep", "expect": [HIGH_LOAD], "answer": "allowing faster scaling and less overhead"},
    42: {"decision": "keep", "expect": [ACTIVATE, "containers generally perform better due to efficient resource allocation"],
         "answer": "since they activate quickly"},
    43: {"decision": "drop", "reason": "GPU access / passthrough is not discussed"},
    44: {"decision": "keep", "expect": [STABILITY, OS_COMPAT], "answer": "stability, compatibility, and security",
         "note": "kept on inference: vendor certification read as the stability/compatibility case where VMs excel"},
    45: {"decision": "keep", "expect": [DENSITY], "answer": "more containers on the same hardware",
         "note": "comparative answer only, no instance counts"},
    46: {"decision": "keep", "expect": [TOOLS], "answer": "containers use orchestration platforms"},
    47: {"decision": "keep", "expect": [STABILITY, BEST_CHOICE], "answer": "VMs could be your best choice"},
    48: {"decision": "drop", "reason": "live migration of running containers/VMs is not discussed"},
    49: {"decision": "keep", "expect": [SEAMLESS, "proper configuration is essential to prevent potential bottlenecks or security issues"],
         "answer": "containers can run seamlessly",
         "note": "article does not quantify overhead; answer is 'seamless, but configure properly to avoid bottlenecks'"},
    50: {"decision": "drop", "reason": "crash/fault isolation between containers is not discussed (only security breaches)"},
    # --- voice 6: e-commerce backend developer before Black Friday (lines 51-60)
    51: {"decision": "keep", "expect": [ACTIVATE, "containers generally perform better due to efficient resource allocation, allowing faster scaling"],
         "answer": "allowing faster scaling and less overhead"},
    52: {"decision": "keep", "expect": ["VMs may experience performance drops because of their heavier resource use and longer startup times", ACTIVATE],
         "answer": "since they activate quickly",
         "note": "k8s pods vs EC2 autoscaling answered by the generic container-vs-VM startup/scaling comparison"},
    53: {"decision": "keep", "expect": [VM_ISO_FAQ, SENSITIVE], "answer": "VMs provide stronger isolation"},
    54: {"decision": "keep", "expect": ["Start by planning your container orchestration strategy, ensuring your applications are compatible",
                                        "Test thoroughly in staging environments, then gradually shift workloads"],
         "answer": "then gradually shift workloads",
         "note": "kept on inference: article's migration advice (plan, test in staging, shift gradually) argues against a rushed pre-peak move; it does not say so outright"},
    55: {"decision": "keep", "expect": [RES_EFF, FULL_OS], "answer": "Containers are more resource-efficient"},
    56: {"decision": "keep", "expect": [SEAMLESS, SETUP], "answer": "offers flexibility, scalability, and security"},
    57: {"decision": "drop", "reason": "splitting tiers (DB on VM, app in containers) is not discussed; 'both have their place' is too vague"},
    58: {"decision": "drop", "reason": "CPU contention / noisy neighbours between containers is not discussed"},
    59: {"decision": "keep", "expect": [TOOLS, "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"],
         "answer": "containers use orchestration platforms",
         "note": "kept on inference: orchestration and hypervisors are parallel tools, and both appear together when containers run in VMs"},
    60: {"decision": "keep", "expect": [KERNEL_TAKEAWAY], "answer": "Containers share the host OS kernel"},
    # --- voice 7: network engineer with a Cisco background (lines 61-70)
    61: {"decision": "keep", "expect": ["Containers share the host OS kernel, making them lightweight", "each VM runs its own complete OS"],
         "answer": "Containers share the host OS kernel",
         "note": "analogy check answered from the shared-kernel vs own-OS distinction"},
    62: {"decision": "drop", "reason": "container network stacks / namespaces are not discussed"},
    63: {"decision": "drop", "reason": "virtual routers/network appliances are not discussed; would need outside knowledge that CSR1000v is a full NOS"},
    64: {"decision": "keep", "expect": [HYPERVISOR_ROLE, "VMs rely on hypervisors for managing resources and security"],
         "answer": "optimizing resource management and security"},
    65: {"decision": "keep", "expect": [DENSITY, RES_EFF], "answer": "more containers on the same hardware",
         "note": "kept on inference: many small services on one box -> density/resource efficiency"},
    66: {"decision": "keep", "expect": [VM_FULL_ISO, FULL_OS], "answer": "Containers share the host OS kernel"},
    67: {"decision": "drop", "reason": "VLAN/network segmentation is not discussed; comparison with container isolation not answerable as asked"},
    68: {"decision": "drop", "reason": "running Linux containers on a Windows host is not covered"},
    69: {"decision": "drop", "reason": "asks for real numbers; article gives no boot times"},
    70: {"decision": "keep", "expect": [SEAMLESS, SETUP], "answer": "containers can run seamlessly"},
    # --- voice 8: solo freelance web developer (lines 71-80)
    71: {"decision": "keep", "expect": [DENSITY, RES_EFF], "answer": "more containers on the same hardware",
         "note": "kept on inference: small VPS -> resource efficiency favours containers"},
    72: {"decision": "keep", "expect": ["Containers and virtual machines differ mainly in architecture", ISO_VM],
         "answer": "containers share the host OS kernel"},
    73: {"decision": "keep", "expect": ["However, containers share the host OS", SHARED_VULN], "answer": "it could affect other containers"},
    74: {"decision": "drop", "reason": "running containers on macOS is not covered"},
    75: {"decision": "keep", "expect": [COST, DENSITY], "answer": "containers can be more cost-effective"},
    76: {"decision": "drop", "reason": "mixing Windows and Linux workloads on one container host is not covered"},
    77: {"decision": "drop", "reason": "portability / moving workloads between hosts is not discussed"},
    78: {"decision": "drop", "reason": "the 'neither' option (static hosting) is not discussed"},
    79: {"decision": "keep", "expect": [QUICK_START, VM_SLOW], "answer": "lightweight and quick to start",
         "note": "confirms 'faster'; 'seconds vs minutes' is not given"},
    80: {"decision": "drop", "reason": "whether Kubernetes is overkill for a solo dev is not discussed"},
}

# ---------------------------------------------------------------- corpus (paths under /work/shared/corpus)
P = "podman/docs/source/markdown/"
FC = "firecracker/docs/"
K = "kata/docs/"
CORPUS = {
    # podman (lines 1-16)
    1: {"decision": "keep", "expect": ["podman/docs/tutorials/rootless_tutorial.md", "podman/README.md"]},
    2: {"decision": "keep", "expect": [P + "podman-machine.1.md", "podman/docs/tutorials/mac_win_client.md", "podman/docs/tutorials/macos_autostart.md"],
        "note": "podman-for-windows.md also says Mac/Windows use a guest Linux VM; left out (Windows-focused, 3-doc cap)"},
    3: {"decision": "keep", "expect": [P + "podman-generate-systemd.1.md", P + "podman-systemd.unit.5.md", P + "podman-quadlet-basic-usage.7.md"],
        "note": "podman-container.unit.5.md.in also relevant; 3-doc cap"},
    4: {"decision": "keep", "expect": [P + "podman-quadlet-basic-usage.7.md", P + "podman-systemd.unit.5.md", P + "podman-quadlet.1.md"],
        "note": "podman-container.unit.5.md.in also relevant; 3-doc cap"},
    5: {"decision": "keep", "expect": [P + "podman-compose.1.md.in", P + "podman-system-service.1.md", "podman/docs/tutorials/socket_activation.md"]},
    6: {"decision": "keep", "expect": [P + "podman-kube-play.1.md.in", P + "podman-kube.1.md", "podman/docs/kubernetes_support.md"]},
    7: {"decision": "keep", "expect": ["podman/docs/tutorials/podman-for-windows.md", P + "podman-machine.1.md"]},
    8: {"decision": "keep", "expect": [P + "podman-container-checkpoint.1.md", P + "podman-container-restore.1.md", "podman/docs/tutorials/podman_tutorial.md"],
        "note": "podman_tutorial_cn.md is the Chinese translation of the same tutorial; not listed"},
    9: {"decision": "keep", "expect": [P + "podman-auto-update.1.md.in", P + "options/auto-update.md"]},
    10: {"decision": "keep", "expect": ["podman/rootless.md", "podman/troubleshooting.md", "podman/docs/tutorials/basic_networking.md"]},
    11: {"decision": "keep", "expect": ["podman/docs/tutorials/basic_networking.md", P + "podman-pod-create.1.md.in"]},
    12: {"decision": "keep", "expect": [P + "podman-farm-build.1.md.in", P + "podman-farm.1.md"]},
    13: {"decision": "keep", "expect": ["podman/docs/tutorials/image_signing.md", P + "podman-image-sign.1.md.in"]},
    14: {"decision": "keep", "expect": [P + "podman-secret-create.1.md", P + "options/secret.md"]},
    15: {"decision": "keep", "expect": [P + "options/memory.md", P + "podman-update.1.md.in"],
         "note": "podman-run.1.md.in only has an '@@option memory' placeholder, so it is not listed"},
    16: {"decision": "keep", "expect": [P + "podman-healthcheck.1.md", P + "options/health-cmd.md"]},
    # firecracker (lines 17-28)
    17: {"decision": "keep", "expect": ["firecracker/FAQ.md", "firecracker/README.md"]},
    18: {"decision": "keep", "expect": [FC + "getting-started.md", FC + "rootfs-and-kernel-setup.md", "firecracker/FAQ.md"]},
    19: {"decision": "keep", "expect": [FC + "jailer.md", FC + "design.md"]},
    20: {"decision": "keep", "expect": [FC + "network-setup.md", FC + "getting-started.md"]},
    21: {"decision": "keep", "expect": [FC + "snapshotting/snapshot-support.md"]},
    22: {"decision": "drop", "reason": "no Firecracker document mentions GPUs or device passthrough; FAQ only lists the 6 emulated devices"},
    23: {"decision": "keep", "expect": [FC + "vsock.md"]},
    24: {"decision": "keep", "expect": [FC + "mmds/mmds-user-guide.md", FC + "mmds/mmds-design.md"]},
    25: {"decision": "keep", "expect": [FC + "ballooning.md"]},
    26: {"decision": "keep", "expect": [FC + "prod-host-setup.md"]},
    27: {"decision": "keep", "expect": [FC + "kernel-policy.md", "firecracker/FAQ.md"]},
    28: {"decision": "keep", "expect": [FC + "seccomp.md", FC + "design.md", FC + "seccompiler.md"],
         "note": "prod-host-setup.md also has a short seccomp section; 3-doc cap"},
    # kata (lines 29-40)
    29: {"decision": "keep", "expect": [K + "quick-start-guide.md", K + "index.md", K + "design/virtualization.md"],
         "note": "design/architecture/kubernetes.md answers only the 'VM per pod' half"},
    30: {"decision": "keep", "expect": [K + "install/container-manager/containerd/containerd-install.md", K + "how-to/containerd-kata.md",
                                        K + "how-to/how-to-use-k8s-with-containerd-and-kata.md"]},
    31: {"decision": "keep", "expect": [K + "how-to/how-to-use-kata-containers-with-firecracker.md", K + "hypervisors.md", K + "design/virtualization.md"]},
    32: {"decision": "keep", "expect": [K + "hypervisors.md", K + "design/virtualization.md"]},
    33: {"decision": "keep", "expect": [K + "use-cases/NVIDIA-GPU-passthrough-and-Kata.md", K + "use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
                                        K + "use-cases/GPU-passthrough-and-Kata.md"]},
    34: {"decision": "drop", "reason": "answered by 5+ documents (containerd-kata, k8s-with-containerd, k8s-with-crio, quick-start-guide, installation); no 1-3 doc answer set"},
    35: {"decision": "keep", "expect": [K + "Limitations.md"]},
    36: {"decision": "keep", "expect": [K + "how-to/how-to-use-kata-with-docker.md", K + "installation.md"]},
    37: {"decision": "keep", "expect": [K + "how-to/how-to-size-sandbox-overhead-runtime-rs.md"]},
    38: {"decision": "keep", "expect": [K + "how-to/how-to-run-kata-containers-with-SNP-VMs.md"]},
    39: {"decision": "keep", "expect": [K + "how-to/what-is-vm-templating-and-how-do-I-use-it.md", K + "how-to/how-to-use-template-in-runtime-rs.md"]},
    40: {"decision": "keep", "expect": [K + "how-to/how-to-use-virtio-fs-with-kata.md"]},
}

# ---------------------------------------------------------------- off-topic (must be declined)
# Distinctive terms of every line were grepped in the article and the corpus; hits were
# incidental (e.g. kata service-mesh.md runs Istio but has nothing on mTLS; kubectl logs
# appears only in Kata examples; podman auto-update has --rollback, not helm rollback;
# firecracker TAP devices are not kitchen taps). No document answers any of them.
OFFTOPIC = {n: {"decision": "keep"} for n in range(1, 41)}
