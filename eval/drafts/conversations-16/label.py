#!/usr/bin/env python3
"""Labels for conversations-16, written after the freeze and after reading the article.
One decision per draft index; each q retyped and asserted equal to the frozen draft."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))

# reusable article phrases
KT1 = "Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"
KT2 = "Containers are more resource-efficient and ideal for microservices, whereas VMs provide stronger security boundaries with complete OS environments"
KT3 = "Containers offer rapid deployment and scalability, but VMs are better suited for applications requiring full OS compatibility and stability"
KT4 = "Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes"
KT5 = "Deployment tools differ: containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
INTRO1 = "Containers and virtual machines differ mainly in architecture; containers share the host OS kernel, making them lightweight and quick to start, ideal for microservices and fast deployment"
INTRO2 = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
INTRO3 = "If you need rapid, scalable applications, containers are better"
DENSITY = "This efficiency means you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"
SECCPLX = "Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
OWNOS = "They provide stronger isolation because each VM runs its own complete OS, making it easier to contain security breaches within a single VM without affecting others"
UNTRUST = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
HEAVY = "consume more resources because of their heavyweight nature"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"
SPINUP = "You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
LIC1 = "Containers often have simpler licensing because they share the host OS, reducing extra costs"
LIC2 = "VMs typically require individual licenses for each OS instance, increasing expenses"
LIC3 = "This means containers can be more cost-effective and easier to license"
ONVM1 = "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"
ONVM2 = "Just be aware that proper configuration is essential to prevent potential bottlenecks or security issues"
K8S = "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently, ensuring smooth operation"
MIG1 = "Address migration challenges like data transfer and configuration adjustments early"
MIG2 = "Start by planning your container orchestration strategy, ensuring your applications are compatible"
PLACE = "Both technologies have their place"
EXAMPLE = "For example, imagine deploying a new app quickly using containers, like a startup launching a website in minutes, versus setting up full VMs, which takes longer"
FLAW = "it could affect other containers"

K = lambda i, q, expect, answer: dict(index=i, q=q, decision="KEEP", expect=expect, answer=answer)
Dr = lambda i, q, reason: dict(index=i, q=q, decision="DROP", reason=reason)
C = lambda i, q: dict(index=i, q=q, decision="CHATTER")

labels = [
 K(0, "reason?", [KT1], "share the host OS kernel"),
 K(1, "one sentence pls", [INTRO1, INTRO2], "differ mainly in architecture"),
 K(2, "so escape is possible or no", [FLAW, SECCPLX], "it could affect other containers"),
 C(3, "fire drill at 2pm today, leave laptops, take your badge"),
 K(4, "ok and density? how many fit on one box", [DENSITY], "more containers on the same hardware"),
 K(5, "and in a vm?", [KMOD], "specific OS configurations or kernel modules"),
 K(6, "so for the runners?", [LIC3, DENSITY], "containers can be more cost-effective"),
 K(7, "wait so what runs them then", [KT5], "containers use orchestration platforms"),
 K(8, "why would anyone bother tho", [ONVM1], "flexibility, scalability, and security"),
 K(9, "give me a concrete case", [EXAMPLE], "a startup launching a website"),
 Dr(10, "even to a host with a different OS?", "portability between clouds/hosts is not covered by the article"),
 C(11, "who keeps printing 200-page PDFs on the 4th floor printer, it's jammed again"),
 Dr(12, "meh. who patches the guest OS then", "who patches a VM's guest OS is not covered (only 'more management effort')"),
 K(13, "our festival ticket scanner gets hammered the minute gates open. containers then?", [SCALE, SPINUP], "quickly spin up and shut down"),
 Dr(14, "what about gpu passthrough, which handles that better", "out of scope: GPU passthrough"),
 K(15, "meaning one bad kernel bug hits all of them?", [SECCPLX, KT4], "could potentially affect many containers simultaneously"),
 K(16, "and the vm equivalent of that is?", [KT5], "VMs rely on hypervisors"),
 K(17, "why would it be", [LIC1, LIC2], "because they share the host OS"),
 Dr(18, "is Nomad simpler than Kubernetes", "out of scope: Nomad vs Kubernetes"),
 C(19, "fridge cleanout is friday 4pm, anything unlabeled goes in the bin"),
 K(20, "whats the hard part exactly", [MIG1, MIG2], "data transfer and configuration adjustments"),
 K(21, "container fine for that?", [KT3, KMOD], "full OS compatibility and stability"),
 K(22, "plain words pls, it's for my manager", [DENSITY, KT1], "each require a full OS instance"),
 K(23, "vm or container for that?", [UNTRUST, OWNOS], "untrusted or sensitive workloads"),
 Dr(24, "and vms? minutes??", "numbers: the article gives no start-up times (only 'slightly slower to start')"),
 K(25, "oh sure, sharing one kernel with everyone is totally fine 🙄 what's the actual risk", [SECCPLX, KT4], "vulnerabilities in the host OS"),
 K(26, "then why do the big clouds all do it", [ONVM1], "making it ideal for dynamic workloads"),
 C(27, "timesheets are due by noon, finance is chasing again"),
 Dr(28, "disagree, a vm image runs anywhere the hypervisor runs", "portability of VM images is not covered"),
 Dr(29, "how so", "the article states VMs for consistent performance but gives no cause; answering would be inference"),
 Dr(30, "type 1 vs type 2?", "out of scope: hypervisor types"),
 K(31, "and a vm can?", [INTRO2, KT3], "VMs run separate OS instances"),
 K(32, "container or vm, and why", [INTRO3, SCALE], "rapid, scalable applications, containers are better"),
 Dr(33, "what about firecracker microvms, best of both?", "out of scope: Firecracker microVMs"),
 Dr(34, "namespaces and cgroups right?", "out of scope: isolation mechanisms (namespaces, cgroups) not in the article"),
 C(35, "someone booked room Everest twice for 3pm, who actually has it"),
 K(36, "and of vms", [INTRO2, MGMT], "slower startup and higher resource use"),
 K(37, "cuz each one runs its own OS?", [HEAVY, DENSITY], "because of their heavyweight nature"),
 K(38, "and diffrent kernel?", [KT1, KMOD], "share the host OS kernel"),
 K(39, "what about security tho", [KT4], "VMs isolate workloads more securely"),
 K(40, "can that live in a container?", [KMOD], "containers might not support easily"),
 K(41, "shorter. 2 lines max", [KT1, INTRO3], "share the host OS kernel"),
 Dr(42, "how big should a container image be", "out of scope: container image size"),
 C(43, "there's a package for Dmitri at reception, been sitting there since monday"),
 K(44, "because of density?", [DENSITY, LIC3], "more containers on the same hardware"),
 K(45, "so never use vms anymore?", [PLACE, UNTRUST], "Both technologies have their place"),
 Dr(46, "is lambda a container or a vm under the hood", "out of scope: what AWS Lambda runs on"),
 Dr(47, "worth containerizing those?", "stateful data stores (Redis, Elasticsearch) not covered; only generic balancing/migration advice would apply"),
 K(48, "give me 3 bullets for my manager", [KT1, KT2, KT4], "Containers are more resource-efficient"),
 K(49, "why vm is more secure, explain pls", [OWNOS], "runs its own complete OS"),
 Dr(50, "and containers virtualize what then", "the article does not use the virtualization-layer framing (hardware vs OS)"),
 C(51, "AC on 2 is set to arctic again, can someone bump it up"),
 K(52, "like kubernetes?", [K8S, KT5], "container orchestration tools like Kubernetes"),
 Dr(53, "do windows containers need hyper-v", "out of scope: Windows containers and Hyper-V"),
 Dr(54, "does it starve the others", "resource contention/limits between containers not covered"),
 K(55, "cheapest option?", [LIC3, SPINUP], "containers can be more cost-effective"),
 Dr(56, "not convinced. hypervisors have had escapes too", "hypervisor escapes not covered; the article only asserts stronger VM isolation"),
 K(57, "does that matter in practice?", [SPINUP, SCALE], "quickly spin up and shut down"),
 K(58, "lightweight compared to what exactly", [DENSITY, KT1], "each require a full OS instance"),
 C(59, "can someone water the plants by the window while Priya is on leave"),
 Dr(60, "which CNI plugin should we use", "out of scope: CNI plugins"),
 K(61, "vm i guess?", [KT3, KMOD], "full OS compatibility and stability"),
 K(62, "whats stopping it", [KT1, KT2], "share the host OS kernel"),
 K(63, "huh, I'd have thought the opposite", [MGMT], "may require more management effort"),
 Dr(64, "when did docker come out", "out of scope: Docker history"),
 K(65, "scale down too?", [SPINUP], "quickly spin up and shut down"),
 K(66, "real world example?", [UNTRUST, KMOD], "untrusted or sensitive workloads"),
 K(67, "is that it? that's the whole difference?", [INTRO2, KT5], "slower startup and higher resource use"),
 Dr(68, "how do persistent volumes work", "out of scope: persistent volumes"),
 K(69, "double overhead?", [ONVM2], "prevent potential bottlenecks or security issues"),
]
assert sorted(l["index"] for l in labels) == list(range(len(draft))), "one decision per index"
for l in labels:
    assert l["q"] == draft[l["index"]]["q"], (l["index"], l["q"])

notes = [
 "Numbers dropped (\"and vms? minutes??\"); \"how many fit on one box\" kept as a comparative density ask (article: more containers on the same hardware), no number expected.",
 "\"so escape is possible or no\" kept via the shared-OS flaw sentences; the article never uses the word escape (weak keep).",
 "Portability asks (different-OS host, VM images running anywhere) dropped: portability is not covered.",
 "\"how so\" on consistent VM performance dropped as inference, as in conversations-15.",
 "\"who patches the guest OS\" dropped: the article only says VMs may need more management effort.",
 "\"hypervisors have had escapes too\" dropped (like conversations-15's \"is that always true though\").",
 "\"worth containerizing\" a Redis tier and Elasticsearch cluster dropped: stateful stores not covered.",
 "\"and a vm can?\" (Windows app on a Linux host) kept via separate OS instances / full OS compatibility; the article never names Windows.",
 "\"huh, I'd have thought the opposite\" kept on the article's stance that VMs may need more management effort; the user's intended direction is ambiguous.",
 "\"real world example?\" for VMs kept via untrusted/sensitive workloads and kernel-module apps; the article gives use cases, not a named example (weak).",
 "\"double overhead?\" kept via the configuration/bottleneck warning; the article does not quantify overhead of containers on VMs (weak).",
 "\"why do the big clouds all do it\" kept via the benefits of containers on VMs, not cloud providers' motives (weak).",
]
out = os.path.join(HERE, "labels.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"labels": labels, "notes": notes}, f, indent=2, ensure_ascii=False); f.write("\n")
from collections import Counter
c = Counter(l["decision"] for l in labels)
mk = sum(1 for l in labels if l["decision"] == "KEEP" and len(draft[l["index"]]["context"]) >= 2)
print(dict(c), "multi-context KEEP:", mk)
