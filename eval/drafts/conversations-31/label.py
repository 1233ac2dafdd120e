#!/usr/bin/env python3
"""Labels for conversations-31 (written after the freeze and after reading the article).
One decision per draft index; q copied from draft.json by index. Writes labels.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))

UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
BREACH = "making it easier to contain security breaches within a single VM without affecting others"
OWN_OS = "They provide stronger isolation because each VM runs its own complete OS"
T1 = "Containers share the host OS kernel, making them lightweight and faster to start"
KMOD = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
T4 = "Container security is complex due to shared kernel vulnerabilities"
ENGINE = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
RESEFF = "Containers are more resource-efficient and ideal for microservices"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
FULLOS = "compared to virtual machines, which each require a full OS instance"
ON_VM = "Yes, containers can run seamlessly on virtual machines"

K = {  # index: (expect list, answer)
 1: (["whereas VMs provide stronger security boundaries with complete OS environments", OWN_OS],
     "VMs provide stronger security boundaries"),
 4: ([T1, KMOD], "Containers share the host OS kernel"),
 5: (["If you need rapid, scalable applications, containers are better",
      "You must implement strict security practices, such as running containers with the least privileges"],
     "running containers with the least privileges"),
 7: (["containers share the host OS kernel, making them lightweight and quick to start",
      "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
     "lightweight and quick to start"),
 8: ([RESEFF, "Both technologies have their place"], "Containers are more resource-efficient"),
 9: ([T1, ENGINE], "affect many containers simultaneously"),
 10: ([UNTRUSTED, BREACH], "running untrusted or sensitive workloads"),
 12: ([T4, "Your choice depends on balancing security needs and resource efficiency"],
      "balancing security needs and resource efficiency"),
 13: (["Containers share the host OS kernel, making them lightweight",
       "VMs are better suited for applications requiring full OS compatibility and stability"],
      "full OS compatibility and stability"),
 15: (["This means containers can be more cost-effective and easier to license", RESEFF],
      "containers can be more cost-effective"),
 16: (["If you need rapid, scalable applications, containers are better",
       "imagine deploying a new app quickly using containers, like a startup launching a website in minutes"],
      "launching a website in minutes"),
 17: ([UNTRUSTED, BREACH], "security breaches within a single VM"),
 18: (["while VMs run separate OS instances for full isolation", OWN_OS], "VMs run separate OS instances"),
 20: ([KMOD + " that containers might not support easily"], "containers might not support easily"),
 26: ([T1, "VMs provide stronger security boundaries with complete OS environments",
       "VMs are better suited for applications requiring full OS compatibility and stability"],
      "lightweight and faster to start"),
 29: (["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use", FULLOS],
      "slower startup and higher resource use"),
 31: ([ON_VM, "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
      "offers flexibility, scalability, and security"),
 33: ([UNTRUSTED, OWN_OS], "untrusted or sensitive workloads"),
 34: (["While containers are ideal for rapid development, continuous deployment, and scalable microservices architectures", MGMT],
      "scalable microservices architectures"),
 36: (["Scalability challenges are easier with containers since they activate quickly and share resources more effectively",
       "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"],
      "they activate quickly and share resources"),
 37: ([OWN_OS, "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"],
      "runs its own complete OS"),
 40: (["Containers offer rapid deployment and scalability", RESEFF], "rapid deployment and scalability"),
 42: ([UNTRUSTED, "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
      "VMs could be your best choice"),
 44: ([KMOD], "require specific OS configurations"),
 46: (["Address migration challenges like data transfer and configuration adjustments early",
       "Test thoroughly in staging environments, then gradually shift workloads",
       "Keep backups handy, and monitor performance closely"],
      "data transfer and configuration adjustments"),
 48: ([T4, ENGINE], "shared kernel vulnerabilities"),
 49: ([UNTRUSTED, "VMs provide stronger isolation through dedicated resources"], "stronger isolation through dedicated resources"),
 50: ([FULLOS, "Containers share the host OS kernel, making them lightweight"], "each require a full OS instance"),
 52: (["VMs may experience performance drops because of their heavier resource use and longer startup times", MGMT],
      "heavier resource use and longer startup"),
 55: (["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"],
      "quickly spin up and shut down"),
 60: ([ON_VM, "Just be aware that proper configuration is essential to prevent potential bottlenecks or security issues"],
      "prevent potential bottlenecks or security issues"),
 61: (["Containers often have simpler licensing because they share the host OS, reducing extra costs",
       "This means containers can be more cost-effective and easier to license"],
      "reducing extra costs"),
 62: (["containers use orchestration platforms, while VMs rely on hypervisors",
       "vulnerabilities in the host OS or container engine could potentially affect many containers"],
      "the host OS or container engine"),
 64: ([UNTRUSTED, KMOD], "specific OS configurations or kernel modules"),
 66: ([MGMT], "may require more management effort"),
 68: (["Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes",
       "each VM runs its own complete OS, making it easier to contain security breaches within a single VM"],
      "isolate workloads more securely"),
}
OOS = "out of scope by design: "
D = {
 0: "near-duplicate of seed-30.json's first conversation (packing more onto one server; same expected answer sentence), found when its first two conversations were read for shape after the freeze; dropped for that, not for coverage",
 2: "not covered: the article never discusses portability of containers between machines",
 6: OOS + "Kubernetes pod disruption budgets",
 14: OOS + "Docker Compose profiles",
 21: "not covered: the article gives no overhead numbers or percentages",
 22: OOS + "libvirt snapshot chains",
 23: "not covered: the article says nothing about databases or stateful services in containers",
 24: "not covered: a flat yes/no that hinges on running the Postgres database in containers, which the article does not address",
 25: OOS + "overlayfs whiteout files and image layers",
 28: "not covered: physical-to-virtual migration of an old Windows box is not discussed",
 30: OOS + "Istio sidecar injection",
 32: "not covered: a single script on one Raspberry Pi; the article has nothing for tiny single-box setups",
 38: OOS + "Kubernetes init containers vs jobs",
 39: "not covered: build-once-run-anywhere consistency across laptops/CI/prod is not discussed",
 41: OOS + "container nofile ulimits",
 45: "not covered: asks for a house vs apartment analogy; the article has no such comparison",
 47: OOS + "OCI registry garbage collection",
 53: "not covered: zero-downtime / rolling updates are not discussed",
 54: OOS + "vCPU hotplug",
 56: "not covered: running an old macOS application; the article never mentions macOS or Apple hardware/licensing limits",
 57: OOS + "SELinux volume labels (:z)",
 58: "article points both ways: it says container security practices minimize attack surfaces and container isolation limits the attack surface, but also that the shared kernel makes container security complex; no clear answer on which has the bigger attack surface",
 63: OOS + "OVF vs qcow2 appliance import into VMware",
 65: "not covered: lift-and-shift from physical hardware vs rewrite; the migration FAQ is about VMs to containers only",
 67: OOS + "BuildKit build secrets",
 69: "not covered: resetting a shared server to a known-good state (image immutability) is not discussed",
}
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
NOTES = [
 "Weak keeps: 5 (public site in a container judged via rapid-scalable plus least-privilege practice), 8 (the honest-win ask answered with the generic resource-efficiency line; the one-VM setup itself is not discussed), 13 (a Windows app on Linux container hosts via shared kernel and full OS compatibility; the article never names Windows), 18 (a VM running a different OS inferred from separate/complete OS instances), 34 (instructor disagreement answered with microservices fit and VM management effort), 60 (a container on a shared VPS answered with containers-on-VMs and proper configuration), 62 (what sits under containers: host OS / container engine, article never says it outright).",
 "Sentence reuse: the untrusted-or-sensitive sentence backs 10, 17, 33, 42, 49, 64 (answers differ; 10 and 33 differ by one word); the kernel-modules sentence backs 4, 20, 44, 64; the management-effort sentence backs 34, 52, 66.",
 "Item 9's first context message is close to seed-30.json's second conversation (containers less secure because of the shared kernel); its follow-up asks what shared kernel means and was kept.",
 "8 and 40 are both what-would-containers-give-us asks about a single small VM app; 40 asks generically, 8 asks for the honest win and is a weak keep.",
 "58 dropped because the article contradicts itself on attack surface.",
]
labels = []
for i, item in enumerate(draft):
    q = item["q"]
    if i in CHATTER_AT:
        assert i not in K and i not in D
        labels.append({"index": i, "q": q, "decision": "CHATTER"})
    elif i in K:
        assert i not in D
        ex, ans = K[i]
        labels.append({"index": i, "q": q, "decision": "KEEP", "expect": ex, "answer": ans})
    else:
        labels.append({"index": i, "q": q, "decision": "DROP", "reason": D[i]})
assert len(labels) == 70 == len(draft)
assert {l["index"] for l in labels if l["decision"] == "CHATTER"} == {i for i, d in enumerate(draft) if d.get("chatter")}
assert set(K) | set(D) | CHATTER_AT == set(range(70)) and not (set(K) & set(D))
answers = [l["answer"].lower() for l in labels if l["decision"] == "KEEP"]
assert len(answers) == len(set(answers)), "duplicate KEEP answer"
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump({"labels": labels, "notes": NOTES}, f, indent=1); f.write("\n")
from collections import Counter
print(Counter(l["decision"] for l in labels))
