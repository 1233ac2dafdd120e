#!/usr/bin/env python3
"""Labels for the frozen draft (written after the freeze, after reading the article).
Exactly one decision per draft index; each q retyped so a misaligned label is caught."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def K(i, q, expect, answer): return {"index": i, "q": q, "decision": "KEEP", "expect": expect, "answer": answer}
def D(i, q, reason): return {"index": i, "q": q, "decision": "DROP", "reason": reason}
def CH(i, q): return {"index": i, "q": q, "decision": "CHATTER"}

OS_SEP = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
KT1 = "Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"
DENSITY = "you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
BREACH = "They provide stronger isolation because each VM runs its own complete OS, making it easier to contain security breaches within a single VM without affecting others"
VMSLOW = "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"
CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
HIGHLOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"

labels = [
 K(0, "why tho", [KT1, VMSLOW], "share the host OS kernel"),
 K(1, "would containers pack more of these jobs onto one box?",
   [DENSITY, "Containers are more resource-efficient and ideal for microservices"], "each require a full OS instance"),
 D(2, "source?", "asks for a source backing a blog's claim that container escapes 'happen all the time'; the article cites no sources and says nothing about how often escapes happen (only that shared-kernel vulnerabilities make container security complex)"),
 CH(3, "who took the last oat milk from the fridge 😤"),
 D(4, "so wat happen if kernel crash", "kernel crash / stability of a shared kernel is not covered; the article only says host OS or engine security vulnerabilities could affect many containers"),
 K(5, "container or vm for that", [KMOD], "containers might not support easily"),
 K(6, "one sentence pls",
   ["containers can be more cost-effective and easier to license, while VMs might involve additional licensing fees",
    "VMs typically require individual licenses for each OS instance"], "more cost-effective and easier to license"),
 D(7, "is that harder than lifting it into a vm?", "compares the effort of containerizing vs moving a legacy app from bare metal into a VM; the article's migration section only covers VMs -> containers and never compares effort against a lift into a VM"),
 K(8, "containers or vms for absorbing that?", [HIGHLOAD, SCALE], "allowing faster scaling and less overhead"),
 K(9, "equivalent for vms?",
   ["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security",
    "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"],
   "VMs rely on hypervisors"),
 K(10, "is that actually a thing people do or just a hack",
   ["Yes, containers can run seamlessly on virtual machines",
    "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
   "run seamlessly on virtual machines"),
 CH(11, "standup moved to 10:30 today fyi"),
 K(12, "which one gives steadier performance", [CONSIST, "VMs provide stronger isolation through dedicated resources"],
   "VMs could be your best choice"),
 K(13, "my lead says that's wrong and they're totally different things. who's right",
   ["Containers and virtual machines differ mainly in architecture", OS_SEP], "differ mainly in architecture"),
 K(14, "container per submission enough?", [UNTRUSTED, BREACH], "running untrusted or sensitive workloads"),
 K(15, "simpler pls, im a designer", [VMSLOW, OS_SEP], "because of their heavyweight nature"),
 D(16, "how much in percent?", "asks for a percentage; the article gives no overhead numbers"),
 D(17, "why would it need one", "Docker on macOS and why it needs a VM is not covered (the shared-kernel point hints at it, but the article never mentions Mac/other host OSes)"),
 D(18, "can a container do that?", "'different OS version' is ambiguous (distribution userland vs kernel); the article only says containers share the host kernel and VMs suit specific OS configurations, never whether a container can carry a different OS version, so a kernel-only answer could mislead"),
 CH(19, "happy birthday Priya!! 🎂🎉"),
 K(20, "r u sure? our container images have like 400 CVEs",
   ["regularly updating container images to minimize attack surfaces",
    "VMs provide stronger isolation through dedicated resources, but may require more management effort"],
   "regularly updating container images"),
 D(21, "is that always true though", "asks whether VMs are always more secure; the article states the VM isolation advantage generally (and its FAQ even credits containers with better isolation) and never discusses when it does or does not hold"),
 K(22, "in one line",
   ["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"],
   "containers use orchestration platforms"),
 K(23, "example?",
   ["imagine deploying a new app quickly using containers, like a startup launching a website in minutes, versus setting up full VMs, which takes longer"],
   "launching a website in minutes"),
 K(24, "worth moving it to a container?",
   ["your choice depends on balancing the need for speed, security, and resource efficiency",
    "Containers are more resource-efficient and ideal for microservices"],
   "balancing the need for speed"),
 D(25, "which one is more secure", "Podman vs Docker is not covered"),
 D(26, "faster than both?", "WebAssembly is not covered"),
 CH(27, "is the 3rd floor wifi dead for anyone else"),
 K(28, "and vms dont share anything?", [BREACH, "whereas VMs isolate workloads more securely with separate OSes"],
   "runs its own complete OS"),
 D(29, "and performance wise?", "databases/stateful workloads are not covered, and the article's generic performance claims point both ways (containers better under high load, VMs for consistent performance)"),
 K(30, "but why is it cheaper",
   ["Containers often have simpler licensing because they share the host OS, reducing extra costs",
    "VMs typically require individual licenses for each OS instance, increasing expenses"],
   "individual licenses for each OS instance"),
 K(31, "containers or vms, given that",
   ["containers share the host OS kernel, making them lightweight and quick to start, ideal for microservices and fast deployment"],
   "ideal for microservices and fast deployment"),
 K(32, "does it spread to the others on the host?",
   ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously", BREACH],
   "affect many containers simultaneously"),
 K(33, "no? so what i do then", [KMOD], "containers might not support easily"),
 D(34, "backup strategy for each?", "snapshots/backup strategies are not covered (the migration FAQ only says 'keep backups handy')"),
 CH(35, "lunch order closes in 5, pizza or sushi?"),
 D(36, "and a vm. minutes?", "asks for a VM start-up magnitude; the article gives none (only 'slightly slower to start'; the conclusion's 'minutes' refers to container deployment)"),
 K(37, "what fits that better",
   ["leveraging their ability to quickly spin up and shut down",
    "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
   "quickly spin up and shut down"),
 K(38, "name one real reason. just one", [UNTRUSTED, BREACH], "running untrusted or sensitive workloads"),
 K(39, "we cant afford a breach between tenants. still containers?", [BREACH, UNTRUSTED],
   "easier to contain security breaches"),
 K(40, "does that rule out containers?", [KMOD, KT1], "specific OS configurations or kernel modules"),
 D(41, "roughly, like 50mb?", "asks for a memory figure; the article gives no numbers"),
 K(42, "footprint meaning what exactly",
   [DENSITY, "Containers are more resource-efficient and ideal for microservices"], "more containers on the same hardware"),
 CH(43, "anyone got a spare usb-c charger near desk 14?"),
 K(44, "wat makes it so hard",
   ["Address migration challenges like data transfer and configuration adjustments early",
    "Start by planning your container orchestration strategy, ensuring your applications are compatible"],
   "data transfer and configuration adjustments"),
 D(45, "and with vms?", "CPU architecture emulation (ARM on x86) is not covered for containers or VMs"),
 D(46, "what else is there for orchestrating containers then?", "the article names only Kubernetes; no lighter orchestration alternatives are mentioned"),
 D(47, "could it be other containers on the same node?", "the article never says co-located containers interfere with each other's performance; it only says VMs suit consistent performance and have dedicated resources, so the answer would be inference, not the article"),
 K(48, "wasteful how, concretely?", [DENSITY, VMSLOW], "each require a full OS instance"),
 K(49, "cons?", ["proper configuration is essential to prevent potential bottlenecks or security issues"],
   "potential bottlenecks or security issues"),
 D(50, "how does it work", "live migration is not covered"),
 CH(51, "parking garage closed tomorrow btw, park on Elm st"),
 D(52, "any examples of those?", "the article names no hypervisor products"),
 D(53, "so what does the isolation then", "container isolation mechanisms (what isolates containers without a hypervisor) are not described; the article only says they share the host kernel and should be 'isolated properly'"),
 K(54, "would containers cut that?",
   ["VMs provide stronger isolation through dedicated resources, but may require more management effort",
    "Containers often have simpler licensing because they share the host OS"],
   "may require more management effort"),
 K(55, "prove me wrong",
   ["Container security is complex due to shared kernel vulnerabilities",
    "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
   "shared kernel vulnerabilities"),
 K(56, "are you sure?", [VMSLOW, CONSIST], "slightly slower to start"),
 K(57, "and per contaner?",
   ["Containers often have simpler licensing because they share the host OS, reducing extra costs"],
   "Containers often have simpler licensing"),
 K(58, "why not", [KT1, KMOD], "share the host OS kernel"),
 CH(59, "my cat just sat on the keyboard, ignore whatever i sent in #general"),
 K(60, "how come", [SCALE, "VMs may experience performance drops because of their heavier resource use and longer startup times"],
   "they activate quickly and share resources"),
 D(61, "fully?", "rootless containers are not covered"),
 D(62, "because?", "the article says VMs could be the best choice for consistent performance but never says why; linking it to dedicated resources would be inference"),
 K(63, "vm each or container each?",
   ["VMs are better suited for applications requiring full OS compatibility and stability", KMOD],
   "full OS compatibility and stability"),
 D(64, "which is cheaper", "Proxmox vs OpenStack pricing is not covered"),
 K(65, "simplier pls i am QA not dev", [KT1], "VMs run separate OS instances"),
 D(66, "so we could sell some servers? 🙃", "the article says more containers fit on the same hardware but gives no basis for deciding whether hardware can be retired; capacity planning is not covered"),
 D(67, "with what feature exactly", "autoscaling features of orchestration platforms are not named in the article"),
 D(68, "is that why banks use them?", "industry (bank) practice is not covered"),
 K(69, "shorter. she has 10 seconds",
   ["If you need rapid, scalable applications, containers are better", "For more secure, isolated environments, VMs excel"],
   "rapid, scalable applications, containers are better"),
]

notes = [
 "Numbers and magnitudes (percent overhead, MB per container, VM boot in minutes) are dropped even where a qualitative statement exists.",
 "'why' follow-ups are kept only where the article states the cause ('making them ... faster to start'; 'because of their heavyweight nature'; licensing 'because they share the host OS'); 'because?' on consistent performance is dropped since the article never gives a reason, and 'could it be other containers on the same node?' is dropped as inference.",
 "'and vms dont share anything?' is kept with the own-complete-OS isolation sentences; the article never claims VMs share nothing (hypervisors manage shared resources), so a good answer should not overclaim.",
 "'does it spread to the others on the host?' (one compromised container) is kept via host-OS/engine vulnerabilities affecting many containers and VM breach containment; the article's FAQ also says containers 'contain potential breaches', an inconsistency a grader should tolerate.",
 "'r u sure? our container images have like 400 CVEs' is kept via 'regularly updating container images' and VMs' higher management effort; the article does not directly say which is easier to keep up to date. Weak keep.",
 "Own-case asks (nightly ETL, WireGuard module, Black Friday storefront, course-lab submissions, Minecraft server, 300 microservices, audio transcoding bursts, multi-tenant SaaS, hardened kernel build, 2-person team with 40 VMs, Jupyter boxes with drivers) are kept with the article's criteria, not a verdict it states; the Minecraft keep rests only on the generic balancing sentence and is the weakest.",
 "'different OS version than the host' is dropped as ambiguous (distro vs kernel), while 'different kernel than the host' is kept via the shared-kernel sentence.",
 "'is that always true though' (VMs more secure) is dropped, but 'vms are always slower ... are you sure?' is kept because the article itself qualifies it ('slightly slower to start'; VMs for consistent performance).",
 "'my lead says ... totally different things' is kept via 'differ mainly in architecture'.",
]

assert len(labels) == 70 and sorted(l["index"] for l in labels) == list(range(70))
draft = json.load(open(os.path.join(HERE, "draft.json")))
for l in labels:
    assert l["q"] == draft[l["index"]]["q"], (l["index"], l["q"])
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump({"labels": labels, "notes": notes}, f, indent=2, ensure_ascii=False); f.write("\n")
from collections import Counter
print(Counter(l["decision"] for l in labels))
