#!/usr/bin/env python3
"""conversations-18 labels, written after the freeze and after reading the article. Writes labels.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json")))
K = lambda i, q, expect, answer: {"index": i, "q": q, "decision": "KEEP", "expect": expect, "answer": answer}
D = lambda i, q, reason: {"index": i, "q": q, "decision": "DROP", "reason": reason}
CH = lambda i, q: {"index": i, "q": q, "decision": "CHATTER"}
OOS = "out of scope: article does not cover "
labels = [
 K(0, "ok but in one line", ["Containers share the host OS kernel, making them lightweight and faster to start", "while VMs run separate OS instances for full isolation"], "run separate OS instances"),
 K(1, "lighter how exactly", ["are lightweight and share the host operating system", "which makes them faster to start and more resource-efficient", "you can run more containers on the same hardware compared to virtual machines"], "faster to start and more resource-efficient"),
 D(2, "so for the ferry booking site, containers or VMs?", "own case with no stated requirement the article speaks to (booking site only); the article gives only a generic 'depends on speed, security, efficiency'"),
 CH(3, "do we have to take the stairs or can we use the lift?"),
 K(4, "and containers don't need one?", ["containers use orchestration platforms, while VMs rely on hypervisors"], "VMs rely on hypervisors"),
 K(5, "will that even work in a container?", ["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"], "containers might not support easily"),
 K(6, "oh sure, because VMs never get hacked", ["making it easier to contain security breaches within a single VM without affecting others"], "within a single VM"),
 D(7, "it runs once a night for 40 minutes then idles, does that change anything", "idle cost / scheduling of a once-nightly job not covered; the spin-up/shut-down line is about agility, not idle cost"),
 K(8, "and what does a vm share with the host then", ["VMs run separate OS instances, offering stronger isolation", "VMs provide stronger isolation through dedicated resources"], "through dedicated resources"),
 K(9, "why", ["containers share the host OS kernel, making them lightweight and quick to start"], "lightweight and quick to start"),
 K(10, "is that a normal setup or a hack", ["containers can run seamlessly on virtual machines", "This setup offers flexibility, scalability, and security"], "run seamlessly on virtual machines"),
 CH(11, "anyone know where the spare toner is?"),
 D(12, "each kiosk runs one app, should that app be a container or a full VM image?", "kiosk/edge devices, small hardware and update size over flaky links not covered; only the generic resource-efficiency line (cf. conversations-17 dropping signage players)"),
 K(13, "bullet points pls, it's for a slide", ["Containers share the host OS kernel, making them lightweight and faster to start", "VMs provide stronger security boundaries with complete OS environments"], "stronger security boundaries"),
 D(14, "which one is easier for a CUDA job", OOS + "GPU passthrough"),
 D(15, "so which should we use for lambda-style functions", OOS + "Firecracker microVMs"),
 D(16, "give me a number in MB", "numbers: article gives no memory figures"),
 K(17, "what happen if kernel have a bug, all containers is broken?", ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
 D(18, "and for one big old app?", "app size / monoliths not covered; 'old' alone does not imply the specific-OS-configuration case (see idx 64 for the covered version)"),
 CH(19, "is the oat milk back?"),
 K(20, "can a Linux container host do that or do I need a VM?", ["VMs are also better suited for running applications that require specific OS configurations", "Containers share the host OS kernel, making them lightweight"], "require specific OS configurations"),
 K(21, "we really don't trust the code, does that tip it?", ["This isolation can be particularly valuable for running untrusted or sensitive workloads"], "running untrusted or sensitive workloads"),
 D(22, "ok forget homelab, which for the office?", OOS + "Proxmox vs ESXi"),
 D(23, "does a VM disk do the same thing", OOS + "image layers / OverlayFS or VM disk formats"),
 K(24, "is that fair or too simplified?", ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"], "slower startup and higher resource use"),
 K(25, "now explain it like i'm my grandma", ["containers share the host OS kernel, making them lightweight and quick to start", "VMs run separate OS instances, offering stronger isolation"], "offering stronger isolation"),
 D(26, "source?", "asks for a citation; the article cites no sources"),
 CH(27, "can I swap the 24th with someone?"),
 K(28, "k and?", ["VMs are better suited for applications requiring full OS compatibility and stability", "VMs are also better suited for running applications that require specific OS configurations or kernel modules"], "full OS compatibility and stability"),
 D(29, "portable between what tho", "portability not covered"),
 K(30, "containers or vms for each step?", ["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 D(31, "which profile should we use", OOS + "seccomp / AppArmor profiles"),
 K(32, "tenants dont trust each other at all, what do we do", ["This isolation can be particularly valuable for running untrusted or sensitive workloads", "making it easier to contain security breaches within a single VM without affecting others", "Yes, containers can run seamlessly on virtual machines"], "untrusted or sensitive workloads"),
 D(33, "roughly, like 10x?", "numbers: article says 'more containers on the same hardware' with no ratio"),
 K(34, "even if all of them is same ubuntu??", ["compared to virtual machines, which each require a full OS instance"], "each require a full OS instance"),
 CH(35, "does yogurt count as unlabelled if it has my initials?"),
 D(36, "vs vms?", OOS + "SR-IOV networking"),
 D(37, "and how does the memory controller differ from v1", OOS + "cgroups v1/v2"),
 D(38, "and does the runtime matter if we're on vms", OOS + "containerd vs CRI-O"),
 D(39, "container or VM for that?", OOS + "real-time latency; 'consistent performance' (VMs) and the high-load line (containers) pull opposite ways"),
 K(40, "and the main drawback of vms?", ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use", "VMs provide stronger isolation through dedicated resources, but may require more management effort"], "may require more management effort"),
 D(41, "heavier in what way, cpu? ram? disk?", "no breakdown of VM weight into CPU/RAM/disk"),
 D(42, "it's literally one app and a database on one box", "own case (small POS on one box) with nothing the article speaks to beyond a generic 'it depends'"),
 CH(43, "i thought it was facilities"),
 K(44, "why is VM isolation stronger, what actually separates them", ["They provide stronger isolation because each VM runs its own complete OS"], "runs its own complete OS"),
 K(45, "so what runs containers then", ["containers use orchestration platforms, while VMs rely on hypervisors"], "containers use orchestration platforms"),
 D(46, "like a windows container on linux?", "article never says which OS a container can run; only implied by the shared kernel (conversations-17 dropped the distro variant)"),
 D(47, "for a team of 5 who keep saying 'works on my machine'", "reproducible dev environments not covered"),
 D(48, "and with containers?", OOS + "disaster-recovery RPO"),
 K(49, "cheaper in licence terms I mean", ["Containers often have simpler licensing because they share the host OS", "VMs typically require individual licenses for each OS instance"], "often have simpler licensing"),
 K(50, "shorter, he reads on his phone", ["If you need rapid, scalable applications, containers are better", "For more secure, isolated environments, VMs excel"], "isolated environments, VMs excel"),
 CH(51, "is it recorded?"),
 K(52, "would containers pass or should we stay on VMs", ["This isolation can be particularly valuable for running untrusted or sensitive workloads", "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"], "VMs could be your best choice"),
 D(53, "so it's just a process?", "article never describes containers as processes"),
 K(54, "containers fine for that or do we need VMs", ["Scalability challenges are easier with containers since they activate quickly and share resources more effectively"], "since they activate quickly"),
 K(55, "who's right", ["Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously", "such as running containers with the least privileges"], "Container security can be more complex"),
 K(56, "example?", ["When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"], "container orchestration tools like Kubernetes"),
 D(57, "what is the difference then", "emulators not covered"),
 K(58, "and containers skip that because?", ["Containers share the host OS kernel, making them lightweight and faster to start"], "lightweight and faster to start"),
 CH(59, "does that include the quiet zone?"),
 K(60, "why specifically", ["Containers offer rapid deployment and scalability", "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "rapid deployment and scalability"),
 D(61, "should we ship it as a container or a VM?", "shipping software to end-user laptops not covered"),
 K(62, "anything missing from that?", ["Containers often have simpler licensing because they share the host OS", "VMs are better suited for applications requiring full OS compatibility and stability", "Container security is complex due to shared kernel vulnerabilities"], "Container security is complex"),
 K(63, "what if i need to tweak kernel params", ["VMs are also better suited for running applications that require specific OS configurations or kernel modules"], "VMs are also better suited"),
 K(64, "legacy as in a 15 year old java app that needs a specific OS version", ["VMs are better suited for applications requiring full OS compatibility and stability", "running applications that require specific OS configurations"], "requiring full OS compatibility"),
 D(65, "in ms please", "numbers: no boot-time figures"),
 D(66, "vms or containers to consolidate them?", "physical-server consolidation not covered"),
 D(67, "change my mind", "chroot not in the article; no basis for the comparison"),
 D(68, "pretty sure you always need a VM underneath, no?", "article never says containers run on bare metal; only that they share the host OS kernel and can run on VMs"),
 D(69, "career-wise I mean", "career advice not covered"),
]
notes = [
 "Numbers dropped (memory MB, 10x density, boot ms).",
 "Own-case drops: ferry booking site, nightly ETL idle time, kiosk fleet, bakery POS, exam-proctoring on laptops, server consolidation; own-case keeps: lab instrument PC with a vendor kernel driver, Windows-only CAD license server (article never names Windows), CI runners for untrusted fork PRs, genomics pipeline of short-lived steps, multi-tenant SaaS with untrusted plugins, hospital PACS isolation, game server per match, 15-year-old Java app needing a specific OS version.",
 "Weak keeps: 'what does a vm share with the host' answered with 'dedicated resources' (article's wording, though VMs do share hardware); 'anything missing from that?' (broad); 'grandma' explanation (article has no analogy); 'who's right' on container security (the FAQ contradicts itself, calling container isolation better).",
 "Licence-terms follow-up to 'VMware keeps raising prices' kept via the per-OS-instance licensing FAQ; hypervisor vendor pricing itself is not covered.",
 "Not covered, dropped: portability, VM weight split into CPU/RAM/disk, containers as processes, emulators, chroot, bare-metal containers, Windows containers on Linux, dev-environment reproducibility, citations.",
]
dec = {l["index"] for l in labels}
assert len(labels) == len(draft) == 70 and dec == set(range(70)), "one decision per index"
for l in labels:
    assert l["q"] == draft[l["index"]]["q"], (l["index"], l["q"])
    assert (l["decision"] == "CHATTER") == bool(draft[l["index"]].get("chatter")), l["index"]
json.dump({"labels": labels, "notes": notes}, open(os.path.join(HERE, "labels.json"), "w"), indent=1)
from collections import Counter
print(Counter(l["decision"] for l in labels))
