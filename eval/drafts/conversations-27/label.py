#!/usr/bin/env python3
"""Labels for conversations-27 (written after the freeze and after reading the article)."""
import json
draft = json.load(open("draft.json"))
K, D, CH = "KEEP", "DROP", "CHATTER"
OOS = "deliberately out of scope: "
NC = "not covered: "
L = {
 0: (K, ["containers share the host OS kernel, making them lightweight and quick to start", "Containers are more resource-efficient and ideal for microservices"], "lightweight and quick to start"),
 1: (K, ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
 2: (K, ["Containers offer rapid deployment and scalability"], "rapid deployment and scalability"),
 3: (CH,),
 4: (D, OOS + "memory ballooning in VMs; the article never discusses memory overcommit"),
 5: (K, ["VMs run separate OS instances for full isolation", "applications that require specific OS configurations or kernel modules"], "VMs run separate OS instances"),
 6: (K, ["Container security can be more complex because vulnerabilities in the host OS", "implement strict security practices, such as running containers with the least privileges"], "Container security can be more complex"),
 7: (D, OOS + "GPU passthrough into containers (NVIDIA toolkit); GPUs never mentioned"),
 8: (D, NC + "a Windows desktop streaming PC, VM vs bare metal; the article has no bare-metal option and never mentions Windows or desktop apps"),
 9: (K, ["while VMs run separate OS instances for full isolation", "making them lightweight and faster to start"], "making them lightweight and faster"),
 10: (K, ["VMs are better suited for applications requiring full OS compatibility and stability"], "full OS compatibility and stability"),
 11: (CH,),
 12: (K, ["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"], "faster scaling and less overhead"),
 13: (D, OOS + "rootless containers, user namespaces and volume permissions"),
 14: (K, ["You might choose containers when you need agility and speed", "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"], "when you need agility and speed"),
 15: (K, ["Both technologies have their place, but understanding how container security concerns differ"], "Both technologies have their place"),
 16: (K, ["Address migration challenges like data transfer and configuration adjustments early", "Test thoroughly in staging environments, then gradually shift workloads"], "data transfer and configuration adjustments"),
 17: (D, OOS + "image vulnerability scanning tools (Trivy vs paid); the article only says to update images regularly"),
 18: (D, NC + "a Windows touchscreen kiosk app on the device itself; the article covers hosting choices, not kiosk/desktop devices, and never mentions Windows"),
 19: (CH,),
 20: (K, ["virtual machines serve well in scenarios demanding robust security and compatibility", "container orchestration tools like Kubernetes manage them efficiently"], "demanding robust security and compatibility"),
 21: (K, ["containers can run seamlessly on virtual machines", "proper configuration is essential to prevent potential bottlenecks or security issues"], "run seamlessly on virtual machines"),
 22: (D, OOS + "gVisor vs runc performance"),
 23: (K, ["They provide stronger isolation because each VM runs its own complete OS", "containers share the host OS kernel"], "runs its own complete OS"),
 24: (D, NC + "whether a 4-person volunteer PHP site gains anything from Docker at all; the article never weighs containers against a plain install (same call as conversations-26's one-file bot and rarely used site)"),
 25: (K, ["VMs provide stronger isolation through dedicated resources"], "stronger isolation through dedicated resources"),
 26: (D, OOS + "nested virtualisation and CPU flags"),
 27: (CH,),
 28: (K, ["VMs typically require individual licenses for each OS instance", "especially with proprietary operating systems or enterprise licenses"], "individual licenses for each OS instance"),
 29: (D, NC + "a temperature logger on a Raspberry Pi: container vs plain install vs VM; the article has no plain-install option and nothing on small single-board devices"),
 30: (K, ["making it easier to contain security breaches within a single VM without affecting others"], "security breaches within a single VM"),
 31: (D, OOS + "KVM vs Xen as hypervisors"),
 32: (K, ["VMs are also better suited for running applications that require specific OS configurations", "containers share the host OS kernel"], "require specific OS configurations"),
 33: (K, ["leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 34: (K, ["VMs isolate workloads more securely with separate OSes", "running containers with the least privileges, isolating them properly"], "isolate workloads more securely"),
 35: (CH,),
 36: (D, OOS + "container log drivers and log rotation"),
 37: (K, ["This isolation can be particularly valuable for running untrusted or sensitive workloads", "require specific OS configurations or kernel modules that containers might not support easily"], "specific OS configurations or kernel modules"),
 38: (D, NC + "whether a shared-hosting blog needs Docker at all; shared hosting vs containers not covered (same call as 24)"),
 39: (K, ["VMs provide stronger isolation through dedicated resources, but may require more management effort", "regularly updating container images to minimize attack surfaces"], "may require more management effort"),
 40: (D, OOS + "VM snapshots before an upgrade; snapshots never mentioned"),
 41: (K, ["This isolation can be particularly valuable for running untrusted or sensitive workloads"], "untrusted or sensitive workloads"),
 42: (D, NC + "start-up times in seconds vs minutes; the article gives no numbers (the conclusion's 'in minutes' is about launching a website, not boot time)"),
 43: (CH,),
 44: (K, ["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"], "offers flexibility, scalability, and security"),
 45: (K, ["imagine deploying a new app quickly using containers, like a startup launching a website in minutes"], "a startup launching a website"),
 46: (D, OOS + "Docker Compose vs Swarm"),
 47: (D, NC + "moving VMs between hosts (migration/portability); the migration FAQ is VMs-to-containers only"),
 48: (K, ["Container security is complex due to shared kernel vulnerabilities"], "shared kernel vulnerabilities"),
 49: (K, ["require specific OS configurations or kernel modules that containers might not support easily"], "containers might not support easily"),
 50: (K, ["Containers and virtual machines differ mainly in architecture", "containers share the host OS kernel", "VMs run separate OS instances, offering stronger isolation"], "differ mainly in architecture"),
 51: (CH,),
 52: (D, OOS + "clock drift and time sync in VMs"),
 53: (D, NC + "whether in-game operator rights and command blocks count as untrusted code; game permissions not covered"),
 54: (D, NC + "host crashes/failures; the article talks about host vulnerabilities, not outages"),
 55: (K, ["Scalability challenges are easier with containers since they activate quickly and share resources more effectively"], "activate quickly and share resources"),
 56: (D, NC + "keeping home services stable while tinkering with the host; the article does not address host changes breaking workloads"),
 57: (D, NC + "databases in containers vs VMs; databases never mentioned (the context's claim was written blind)"),
 58: (D, OOS + "container DNS resolution between services"),
 59: (CH,),
 60: (D, NC + "which stays more predictable under heavy load: the article conflicts (high-load FAQ favours containers, VMs' drops; the Details section credits VMs with consistent performance)"),
 61: (K, ["they excel in environments where stability, compatibility, and security are critical"], "stability, compatibility, and security are critical"),
 62: (K, ["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"], "containers use orchestration platforms"),
 63: (K, ["If you need rapid, scalable applications, containers are better", "Containers offer lightweight, rapid deployment, perfect for dynamic environments"], "rapid, scalable applications, containers are better"),
 64: (K, ["For more secure, isolated environments, VMs excel", "This isolation can be particularly valuable for running untrusted or sensitive workloads"], "isolated environments, VMs excel"),
 65: (K, ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"], "offering stronger isolation but slower startup"),
 66: (D, NC + "overhead as a percentage; the article gives no numbers"),
 67: (D, NC + "VM latency for DMX lighting output on a Windows-only PC; device I/O latency not covered"),
 68: (K, ["This isolation can be particularly valuable for running untrusted or sensitive workloads", "They provide stronger isolation because each VM runs its own complete OS"], "particularly valuable for running untrusted"),
 69: (K, ["VMs are better suited for applications requiring full OS compatibility and stability"], "VMs are better suited for applications"),
}
NOTES = [
 "Not covered, dropped: a Windows streaming PC VM vs bare metal (8), a Windows kiosk device (18), whether small volunteer/student sites need Docker at all (24, 38), a Raspberry Pi logger (29), start-up numbers (42), moving VMs between hosts (47), in-game op rights as untrusted code (53), host crashes (54), tinkering with a home host (56), databases (57), predictability under heavy load, where the article conflicts (60), overhead percentages (66), DMX latency (67).",
 "Weak keeps: growing to 5 salons via rapid deployment and scalability (2); testing Windows and Linux via separate OS instances / specific OS configurations (5, 32; Windows never mentioned); an Access database on a VM via full OS compatibility (10); the kernel in a house/flat analogy via own complete OS vs shared host kernel (23; the kernel is never defined); noisy neighbours via dedicated resources (25; the term is not used); a tenant wanting separate data via containing breaches in one VM (30); leaving a PaaS via the startup-website example (45); a custom USB driver via kernel modules (49; USB not covered); a Windows 7 till via stability and compatibility (61; end-of-life safety not covered); the container counterpart of a hypervisor via orchestration platforms (62; the article's framing, a runtime/engine would be the closer answer); containers crashing more via VMs' stability (69; the article never says containers crash more).",
 "Sentence reuse: the untrusted-or-sensitive sentence backs 37, 41, 64, 68; the Key Takeaways stability sentence backs 2, 10, 69; the kernel-modules sentence backs 5, 32, 37, 49; the dedicated-resources sentence backs 25, 39; answers all differ.",
]
labels = []
for i, d in enumerate(draft):
    v = L[i]
    lab = {"index": i, "q": d["q"], "decision": v[0]}
    if v[0] == K: lab["expect"], lab["answer"] = v[1], v[2]
    elif v[0] == D: lab["reason"] = v[1]
    assert (v[0] == CH) == bool(d.get("chatter")), i
    labels.append(lab)
assert sorted(L) == list(range(len(draft)))
ans = [l["answer"].lower() for l in labels if l["decision"] == K]
assert len(ans) == len(set(ans))
json.dump({"labels": labels, "notes": NOTES}, open("labels.json", "w"), indent=1)
from collections import Counter
print(Counter(l["decision"] for l in labels))
