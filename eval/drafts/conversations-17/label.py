#!/usr/bin/env python3
"""Labels for conversations-17, written after the freeze and after reading the article."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
K, D, C = "KEEP", "DROP", "CHATTER"
L = [
 (0, "tl;dr?", K, ["containers share the host OS kernel, making them lightweight and quick to start", "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"], "differ mainly in architecture"),
 (1, "so how much faster, like in seconds?", D, "numbers: the article gives no startup times"),
 (2, "why tho", K, ["Container security is complex due to shared kernel vulnerabilities", "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "due to shared kernel vulnerabilities"),
 (3, "anyone know if the parking permits for next quarter are out yet?", C),
 (4, "we run nightly payroll batch jobs on one old server, which one for that?", D, "own case: batch jobs on a single legacy server not covered; 'sensitive workload' link would be inference"),
 (5, "ok but why obviously", K, ["Containers are more resource-efficient and ideal for microservices", "While containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "resource-efficient and ideal for microservices"),
 (6, "so running our k8s nodes as vms is just wasteful?", K, ["Yes, containers can run seamlessly on virtual machines", "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"], "offers flexibility, scalability, and security"),
 (7, "ok so what i must use instead", K, ["VMs are better suited for applications requiring full OS compatibility and stability", "VMs are also better suited for running applications that require specific OS configurations"], "full OS compatibility and stability"),
 (8, "explain like im five", D, "article never explains what a hypervisor is, only that VMs rely on one"),
 (9, "and vms share what", K, ["because each VM runs its own complete OS", "VMs provide stronger isolation through dedicated resources"], "runs its own complete OS"),
 (10, "yeah thats basically what they are tho no?", K, ["Containers and virtual machines differ mainly in architecture", "Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"], "differ mainly in architecture"),
 (11, "whose birthday cake is in the kitchen, are we allowed to eat it", C),
 (12, "give me a real example", K, ["When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"], "container orchestration tools like Kubernetes"),
 (13, "one sentence pls, for my manager", K, ["Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes"], "VMs isolate workloads more securely"),
 (14, "its licensed per core btw, does that change the math?", D, "article covers OS licensing per instance, not per-core database licensing or databases in containers"),
 (15, "and can containers do that?", D, "live migration not covered"),
 (16, "so what", K, ["which makes them faster to start and more resource-efficient", "However, this sharing of the kernel introduces specific security considerations"], "introduces specific security considerations"),
 (17, "and the downsides of vms?", K, ["VMs can be slightly slower to start and consume more resources because of their heavyweight nature", "but may require more management effort"], "slightly slower to start"),
 (18, "even across cloud providers?", D, "portability not covered"),
 (19, "fyi laptop refresh pickup is tomorrow 10-12 at the IT desk, bring your charger", C),
 (20, "wat about diffrent linux distro, like alpine on ubuntu host", D, "distributions on a shared kernel not covered; only inference from kernel sharing"),
 (21, "sure, but hypervisor is also a software, it can has bugs no?", D, "hypervisor vulnerabilities not covered"),
 (22, "which one handles that better", K, ["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead", "leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 (23, "better than docker then?", D, "rootless Podman vs Docker not covered"),
 (24, "and vms?", K, ["compared to virtual machines, which each require a full OS instance", "VMs run separate OS instances"], "each require a full OS instance"),
 (25, "shorter", K, ["For more secure, isolated environments, VMs excel", "they excel in environments where stability, compatibility, and security are critical"], "secure, isolated environments"),
 (26, "and gvisor?", D, "Kata Containers / gVisor not covered"),
 (27, "my badge stopped working at the side door again, anyone else?", C),
 (28, "seriously, name one reason", K, ["This isolation can be particularly valuable for running untrusted or sensitive workloads"], "running untrusted or sensitive workloads"),
 (29, "so which", K, ["This isolation can be particularly valuable for running untrusted or sensitive workloads", "making it easier to contain security breaches within a single VM without affecting others"], "easier to contain security breaches"),
 (30, "do vms need that too?", K, ["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"], "VMs rely on hypervisors"),
 (31, "roughly, give me numbers", D, "numbers: the article gives no density figures"),
 (32, "disagree, k8s is way more complex than a few vms", D, "orchestration complexity vs managing a few VMs not covered; the single 'more management effort' line does not meet the objection"),
 (33, "needed to run docker inside a vm?", D, "nested virtualization not covered; 'run seamlessly on VMs' does not say whether it is needed"),
 (34, "noisy neighbours a thing?", D, "noisy neighbours not covered; only 'consistent performance' for VMs, inference"),
 (35, "whats the guest wifi password, I have a visitor at 2", C),
 (36, "what would you do instead then", K, ["whereas VMs provide stronger security boundaries with complete OS environments", "particularly valuable for running untrusted or sensitive workloads"], "VMs provide stronger security boundaries"),
 (37, "good idea or overkill?", D, "own case: per-screen edge/signage devices not covered"),
 (38, "where do we store them, which registry is best?", D, "container registries not covered"),
 (39, "why", D, "Docker Desktop on macOS internals not covered"),
 (40, "why would you do that though", K, ["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"], "ideal for dynamic workloads"),
 (41, "anything important i'm missing", K, ["VMs are better suited for applications requiring full OS compatibility and stability", "Deployment tools differ: containers use orchestration platforms"], "Deployment tools differ"),
 (42, "which is less work", D, "patching VMs vs containers not covered (only 'regularly updating container images')"),
 (43, "lunch order going in at 11:30, pizza or thai? reply in thread", C),
 (44, "and vms?", D, "WebAssembly not covered"),
 (45, "and vms slow because?", K, ["VMs can be slightly slower to start and consume more resources because of their heavyweight nature", "compared to virtual machines, which each require a full OS instance"], "because of their heavyweight nature"),
 (46, "in plain english pls", K, ["you can run more containers on the same hardware compared to virtual machines", "Containers are more resource-efficient and ideal for microservices"], "more containers on the same hardware"),
 (47, "container or vm, just pick one", K, ["If you need rapid, scalable applications, containers are better", "Scalability challenges are easier with containers since they activate quickly"], "containers are better"),
 (48, "is it bad realy? we use them in prod everywhere", K, ["running containers with the least privileges, isolating them properly, and regularly updating container images"], "implement strict security practices"),
 (49, "ok what are they even", D, "unikernels not covered"),
 (50, "what does a vm get that a container dont", K, ["specific OS configurations or kernel modules that containers might not support easily", "VMs run separate OS instances for full isolation"], "specific OS configurations or kernel modules"),
 (51, "did someone find a black umbrella in meeting room 4? it's mine", C),
 (52, "and a vm in the same style?", K, ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use", "VMs provide stronger security boundaries with complete OS environments"], "VMs run separate OS instances"),
 (53, "and a vm?", K, ["making it easier to contain security breaches within a single VM without affecting others"], "without affecting others"),
 (54, "and with vms?", D, "service meshes not covered"),
 (55, "would that actually make them faster?", D, "own case: throughput of compute-bound batch jobs already on VMs not covered; article's performance claims are about load spikes and scaling"),
 (56, "containers have that too?", D, "VM snapshots not covered"),
 (57, "every single one??", K, ["because each VM runs its own complete OS", "which each require a full OS instance"], "each require a full OS instance"),
 (58, "so docker is a hypervisor?", K, ["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security", "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"], "virtual machines often utilize hypervisors"),
 (59, "heads up standup moved to 10:15 tomorrow, room clash", C),
 (60, "oh great, another 'it depends'. depends on what exactly?", K, ["your choice depends on balancing the need for speed, security, and resource efficiency"], "speed, security, and resource efficiency"),
 (61, "is it worth moving or nah", D, "own case: whether a monolith on 3 VMs is worth moving to Kubernetes not covered (only generic migration steps)"),
 (62, "heavier how, memory or disk or what", D, "article does not break VM weight down into memory vs disk"),
 (63, "so our factory IoT gateway that needs a custom usb driver goes where?", K, ["VMs are also better suited for running applications that require specific OS configurations or kernel modules"], "VMs are also better suited"),
 (64, "why tho, autoscaling groups of vms exist too", K, ["Scalability challenges are easier with containers since they activate quickly and share resources more effectively", "VMs may experience performance drops because of their heavier resource use and longer startup times"], "since they activate quickly"),
 (65, "any catch?", K, ["Just be aware that proper configuration is essential to prevent potential bottlenecks or security issues"], "prevent potential bottlenecks or security issues"),
 (66, "even simpler", K, ["containers share the host OS kernel, making them lightweight and quick to start", "VMs run separate OS instances, offering stronger isolation"], "lightweight and quick to start"),
 (67, "does that hit vms too?", K, ["whereas VMs isolate workloads more securely with separate OSes", "making it easier to contain security breaches within a single VM without affecting others"], "more securely with separate OSes"),
 (68, "how is that possible if it's the same hardware", K, ["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead", "you can run more containers on the same hardware compared to virtual machines"], "due to efficient resource allocation"),
 (69, "and what are they bad at", K, ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously", "kernel modules that containers might not support easily"], "could potentially affect many containers simultaneously"),
]
NOTES = [
 "Licensing: the article covers per-OS-instance licensing, but the Oracle per-core ask (14) was dropped.",
 "Numbers dropped (1, 31). Portability (18), distros on a shared kernel (20), hypervisor bugs (21), noisy neighbours (34), patching effort (42), VM weight by memory vs disk (62) dropped as not covered.",
 "Own-case drops: payroll batch on one old server (4), signage players (37), trading backtest grid speed (55), hotel-booking monolith to Kubernetes (61); own-case keeps: bursty video transcoding (22), university lab with root for students (29), stateless support chatbot (47), factory IoT gateway with a custom USB driver (63).",
 "Disagreement 'k8s is way more complex than a few vms' (32) dropped; 'so running our k8s nodes as vms is just wasteful?' (6) kept on the containers-on-VMs FAQ.",
 "Weak keeps: Windows app on a Linux host (7, article never names Windows); 'give me a real example' (12, Kubernetes-in-a-VM is the only concrete setup); 'anything important i'm missing' (41, broad); 'can a VM crash the host' (53, article speaks of breaches, not crashes); 'so docker is a hypervisor?' (58, Docker not named; answered by the hypervisors-are-the-VM-side lines); host kernel vulnerability 'does that hit vms too?' (67); 'how is that possible if it's the same hardware' (68).",
]
draft = json.load(open(os.path.join(HERE, "draft.json")))
assert [t[0] for t in L] == list(range(len(draft))) == list(range(70))
labels = []
for t in L:
    i, q, d = t[0], t[1], t[2]
    assert q == draft[i]["q"], (i, q)
    assert (d == C) == bool(draft[i].get("chatter")), i
    lab = {"index": i, "q": q, "decision": d}
    if d == K:
        assert len(t) == 5; lab["expect"], lab["answer"] = t[3], t[4]
    elif d == D:
        assert len(t) == 4 and t[3].strip(); lab["reason"] = t[3]
    else:
        assert len(t) == 3
    labels.append(lab)
json.dump({"labels": labels, "notes": NOTES}, open(os.path.join(HERE, "labels.json"), "w"), indent=2)
from collections import Counter
print(Counter(l["decision"] for l in labels))
