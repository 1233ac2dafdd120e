#!/usr/bin/env python3
"""Labels for conversations-28, written after the freeze and after reading the article.
q is taken from draft.json by index (not retyped)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))

K = lambda expect, answer: {"decision": "KEEP", "expect": expect, "answer": answer}
D = lambda reason: {"decision": "DROP", "reason": reason}
CH = {"decision": "CHATTER"}
OOS = "deliberately out of scope: "
NC = "not covered: "

L = {
 0: K(["VMs isolate workloads more securely with separate OSes"], "isolate workloads more securely"),
 1: D(NC + "whether a one-app Flask+SQLite dashboard needs a container at all; the article does not discuss tiny single apps"),
 2: D(NC + "the article says containers share the host kernel but says nothing about filesystem visibility between containers"),
 3: CH,
 4: K(["offering stronger isolation but slower startup and higher resource use",
       "you can run more containers on the same hardware compared to virtual machines"], "higher resource use"),
 5: D(OOS + "VM live migration between hosts"),
 6: K(["Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes"],
      "Container security is complex"),
 7: K(["VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "consume more resources"),
 8: D(NC + "the article mentions hypervisors only as managing resources and security; it never explains what one is, so an ELI5 is not supported"),
 9: D(OOS + "cgroup memory limits and the OOM killer"),
 10: K(["Yes, containers can run seamlessly on virtual machines",
        "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
       "offers flexibility, scalability, and security"),
 11: CH,
 12: K(["Containers are more resource-efficient and ideal for microservices"], "more resource-efficient and ideal for microservices"),
 13: K(["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
       "may require more management effort"),
 14: D(OOS + "multi-stage Dockerfile builds"),
 15: K(["VMs provide stronger security boundaries with complete OS environments",
        "VMs are better suited for applications requiring full OS compatibility and stability"], "stronger security boundaries"),
 16: K(["this sharing of the kernel introduces specific security considerations",
        "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
       "introduces specific security considerations"),
 17: K(["containers share the host OS kernel",
        "applications that require specific OS configurations or kernel modules that containers might not support easily"],
       "specific OS configurations or kernel modules"),
 18: K(["valuable for running untrusted or sensitive workloads",
        "making it easier to contain security breaches within a single VM"], "untrusted or sensitive workloads"),
 19: CH,
 20: D(NC + "portability is not discussed in the article"),
 21: D(OOS + "Podman vs Docker"),
 22: D(NC + "the article gives no overhead numbers or percentages"),
 23: K(["This efficiency means you can run more containers on the same hardware compared to virtual machines"],
       "more containers on the same hardware"),
 24: K(["VMs are better suited for applications requiring full OS compatibility and stability"], "requiring full OS compatibility"),
 25: D(NC + "the article lists no security weaknesses of VMs (only more management effort, resources, startup)"),
 26: D(OOS + "container healthchecks and restart policies"),
 27: CH,
 28: K(["Containers and virtual machines differ mainly in architecture",
        "VMs run separate OS instances, offering stronger isolation"], "differ mainly in architecture"),
 29: K(["proper configuration is essential to prevent potential bottlenecks or security issues"], "prevent potential bottlenecks"),
 30: K(["it could affect other containers", "could potentially affect many containers simultaneously"], "could affect other containers"),
 31: K(["This isolation can be particularly valuable for running untrusted or sensitive workloads"],
       "particularly valuable for running untrusted"),
 32: K(["VMs are also better suited for running applications that require specific OS configurations"],
       "require specific OS configurations"),
 33: D(OOS + "thin- vs thick-provisioned VM disks"),
 34: D(NC + "namespaces and cgroups are not mentioned in the article"),
 35: CH,
 36: D(NC + "whether a vendor would notice / real-world kernel mismatch problems; the bot's earlier reply already gave the article's kernel-modules point"),
 37: K(["You might choose containers when you need agility and speed"], "when you need agility and speed"),
 38: D(OOS + "multi-arch (arm64) images"),
 39: D(NC + "the article cites no real container-escape incidents"),
 40: K(["leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 41: D(NC + "the article gives no density numbers"),
 42: D(OOS + "WSL2 on Windows laptops"),
 43: CH,
 44: K(["they excel in environments where stability, compatibility, and security are critical"],
       "excel in environments where stability"),
 45: D(NC + "what a VM shares with its host is not described"),
 46: K(["Both technologies have their place",
        "virtual machines serve well in scenarios demanding robust security and compatibility"], "Both technologies have their place"),
 47: D(OOS + "seccomp profiles"),
 48: D(NC + "USB devices / hardware access from containers are not discussed"),
 49: K(["When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"],
       "container orchestration tools like Kubernetes"),
 50: D(NC + "safety of running an end-of-life OS (XP) in a VM is not discussed"),
 51: CH,
 52: K(["kernel modules that containers might not support easily"], "containers might not support easily"),
 53: D(OOS + "cloud-init for VM first boot"),
 54: K(["containers can be more cost-effective and easier to license"], "more cost-effective and easier to license"),
 55: D(NC + "portability across host platforms is not discussed"),
 56: D(NC + "running a Linux container on the same (Windows) box as a Windows VM is not discussed"),
 57: D(OOS + "Docker Hub pull rate limits"),
 58: K(["If you need rapid, scalable applications, containers are better",
        "For more secure, isolated environments, VMs excel"], "rapid, scalable applications, containers are better"),
 59: CH,
 60: D(NC + "reproducible builds across machines / portability are not discussed"),
 61: K(["Yes, containers can run seamlessly on virtual machines"], "run seamlessly on virtual machines"),
 62: D(OOS + "unikernels"),
 63: K(["VMs provide stronger isolation through dedicated resources, but may require more management effort",
        "regularly updating container images to minimize attack surfaces"], "regularly updating container images"),
 64: K(["This isolation can be particularly valuable for running untrusted or sensitive workloads",
        "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
       "strong security boundaries and consistent performance"),
 65: K(["VMs can be slightly slower to start and consume more resources"], "slightly slower to start"),
 66: K(["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"],
       "ideal for rapid development"),
 67: D(NC + "whether a small working Windows script is worth migrating is not discussed"),
 68: D(NC + "running a different distro userland than the host is not discussed"),
 69: K(["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
       "require more management effort"),
}
for i in (3, 11, 19, 27, 35, 43, 51, 59):
    assert L[i] is CH
assert sorted(L) == list(range(len(draft))) == list(range(70))
labels = []
for i in range(len(draft)):
    l = dict(L[i]); l["index"] = i; l["q"] = draft[i]["q"]
    assert (l["decision"] == "CHATTER") == bool(draft[i].get("chatter")), i
    labels.append(l)
answers = [l["answer"].lower() for l in labels if l["decision"] == "KEEP"]
assert len(answers) == len(set(answers)), "duplicate KEEP answers"

notes = [
 "Not-covered drops (18): tiny single app (1), filesystem visibility (2), hypervisor ELI5 (8), portability (20, 55, 60), overhead/density numbers (22, 41), VM security weaknesses (25), namespaces/cgroups (34), vendor-support practice (36), real escape incidents (39), what a VM shares (45), USB (48), EOL XP safety (50), Linux container beside a Windows VM (56), whether to migrate a working Windows script (67), different distro userland (68).",
 "Weak keeps: 13, 63 and 69 all rest on the more-management-effort sentence (answers differ only slightly for 13/69); 17 (kernel version answered via kernel modules); 29 (double overhead answered via proper configuration to prevent bottlenecks); 32 (VB6 via specific OS configurations); 37 and 66 (own-case asks answered with general guidance); 52 (non-security catch via kernel modules); 49 (example setup = containers on a VM with Kubernetes).",
 "Sentence reuse: the untrusted-or-sensitive sentence backs 18, 31, 64; the kernel-modules sentence 17, 32, 52; the management-effort sentence 13, 63, 69; the seamlessly-on-VMs sentence 10, 61.",
]
json.dump({"labels": labels, "notes": notes}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
from collections import Counter
print(Counter(l["decision"] for l in labels))
