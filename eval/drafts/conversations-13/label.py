#!/usr/bin/env python3
"""Label the frozen draft against knowledge/containers-vs-vms.md.
One decision per draft index: KEEP (expect + answer), DROP (reason) or CHATTER.
Follow-ups are never reworded; q is copied from the draft."""
import json, os

K, D, C = "KEEP", "DROP", "CHATTER"

# Frequently reused article phrases (verbatim)
VM_SLOW = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
SHARE_KERNEL_INTRO = "containers share the host OS kernel, making them lightweight and quick to start"
MORE_ON_HW = "run more containers on the same hardware compared to virtual machines"
FULL_OS = "which each require a full OS instance"
KMOD = "require specific OS configurations or kernel modules that containers might not support easily"
ORCH = "Deployment tools differ: containers use orchestration platforms, while VMs rely on hypervisors"

L = [
 (0,  K, dict(expect=[VM_SLOW], answer="slower startup and higher resource use")),
 (1,  K, dict(expect=[SHARE_KERNEL_INTRO, VM_SLOW], answer="share the host OS kernel")),
 (2,  D, "Article does not discuss image pulls or what start-up time measurements include."),
 (3,  C, None),
 (4,  D, "Article does not relate VM size (vCPUs) to boot time."),
 (5,  D, "Article cites no sources and gives no millisecond figures."),
 (6,  D, "Asks for numbers; the article is only qualitative about overhead."),
 (7,  K, dict(expect=[MORE_ON_HW, FULL_OS], answer="each require a full OS instance")),
 (8,  D, "Article does not break overhead down by resource type (memory vs CPU), so it cannot confirm or reject 'mostly memory'."),
 (9,  K, dict(expect=[MORE_ON_HW], answer="more containers on the same hardware")),
 (10, K, dict(expect=[VM_SLOW, MORE_ON_HW + ", " + FULL_OS], answer="each require a full OS instance")),
 (11, C, None),
 (12, D, "Article says containers are more resource-efficient in general but says nothing about CPU specifically."),
 (13, K, dict(expect=["making it easier to contain security breaches within a single VM without affecting others"],
              answer="They provide stronger isolation")),
 (14, K, dict(expect=["For more secure, isolated environments, VMs excel",
                      "VMs isolate workloads more securely with separate OSes"],
              answer="isolated environments, VMs excel")),
 (15, K, dict(expect=["They provide stronger isolation because each VM runs its own complete OS",
                      "Containers share the host OS kernel, making them lightweight and faster to start"],
              answer="runs its own complete OS")),
 (16, K, dict(expect=["This isolation can be particularly valuable for running untrusted or sensitive workloads",
                      "They provide stronger isolation because each VM runs its own complete OS"],
              answer="running untrusted or sensitive workloads")),
 (17, D, "Asks how containers isolate (mechanism); the article only says they share the host kernel, no namespaces/cgroups or other mechanism."),
 (18, D, "Asks how likely an escape is in practice; the article gives no likelihood or incident data."),
 (19, C, None),
 (20, K, dict(expect=["Container security can be more complex because vulnerabilities in the host OS or container engine",
                      "running containers with the least privileges, isolating them properly, and regularly updating container images"],
              answer="running containers with the least privileges")),
 (21, D, "Article says nothing about how the isolation choice changes with the number of tenants."),
 (22, K, dict(expect=["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
                      "Container security is complex due to shared kernel vulnerabilities"],
              answer="affect many containers simultaneously")),
 (23, D, "Article does not explain base images / userland vs kernel (why an image is labelled ubuntu)."),
 (24, D, "Article never describes a container as a process."),
 (25, D, "Article does not cover host kernel patching or reboots."),
 (26, D, "Platform-specific (macOS) question; article does not cover which host OSes run containers."),
 (27, C, None),
 (28, K, dict(expect=["VMs are also better suited for running applications that " + KMOD], answer="VMs are also better suited")),
 (29, K, dict(expect=[KMOD], answer="VMs are also better suited")),
 (30, K, dict(expect=[KMOD, "VMs are better suited for applications requiring full OS compatibility and stability"],
              answer="VMs are also better suited")),
 (31, K, dict(expect=["containers share the host OS kernel", VM_SLOW], answer="VMs run separate OS instances")),
 (32, K, dict(expect=["containers can be more cost-effective and easier to license",
                      "VMs typically require individual licenses for each OS instance, increasing expenses"],
              answer="more cost-effective and easier to license")),
 (33, D, "Article only says containers can be more cost-effective; it does not say when not, nor address a few large apps."),
 (34, D, "Windows Server licensing specifics are out of scope; the article's licensing section is generic."),
 (35, C, None),
 (36, D, "Asks for a concrete migration example; the article gives only steps and a ship metaphor."),
 (37, K, dict(expect=["Address migration challenges like data transfer and configuration adjustments early",
                      "VMs are also better suited for running applications that require specific OS configurations or kernel modules"],
              answer="data transfer and configuration adjustments")),
 (38, D, "Asks for a duration; the article gives no migration timelines."),
 (39, D, "Article does not discuss portability between clouds."),
 (40, K, dict(expect=["Scalability challenges are easier with containers since they activate quickly",
                      "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"],
              answer="Scalability challenges are easier with containers")),
 (41, K, dict(expect=["VMs may experience performance drops because of their heavier resource use and longer startup times"],
              answer="longer startup times")),
 (42, K, dict(expect=["VMs may experience performance drops because of their heavier resource use and longer startup times",
                      "Scalability challenges are easier with containers since they activate quickly"],
              answer="since they activate quickly")),
 (43, C, None),
 (44, K, dict(expect=[ORCH], answer="containers use orchestration platforms")),
 (45, K, dict(expect=[ORCH, "container orchestration tools like Kubernetes manage them efficiently"],
              answer="containers use orchestration platforms")),
 (46, D, "Vendor-specific (AWS hypervisor type); out of scope."),
 (47, K, dict(expect=["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
              answer="ideal for dynamic workloads")),
 (48, K, dict(expect=["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
                      "proper configuration is essential to prevent potential bottlenecks or security issues"],
              answer="proper configuration is essential")),
 (49, K, dict(expect=["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
              answer="may require more management effort")),
 (50, D, "Article does not address team skills, Kubernetes know-how or small-team operations."),
 (51, C, None),
 (52, K, dict(expect=["if your priority is strong security boundaries and consistent performance, VMs could be your best choice",
                      "VMs provide stronger isolation through dedicated resources"],
              answer="VMs could be your best choice")),
 (53, D, "Article only says to monitor I/O; nothing on disk I/O performance of containers vs VMs."),
 (54, K, dict(expect=["if your priority is strong security boundaries and consistent performance, VMs could be your best choice",
                      "VMs provide stronger isolation through dedicated resources"],
              answer="through dedicated resources")),
 (55, K, dict(expect=["If you need rapid, scalable applications, containers are better",
                      "For more secure, isolated environments, VMs excel"],
              answer="containers are better")),
 (56, K, dict(expect=["Containers are more resource-efficient and ideal for microservices, whereas VMs provide stronger security boundaries"],
              answer="VMs provide stronger security boundaries")),
 (57, D, "Article does not discuss databases or stateful workloads."),
 (58, K, dict(expect=["virtual machines serve well in scenarios demanding robust security and compatibility",
                      "particularly valuable for running untrusted or sensitive workloads"],
              answer="demanding robust security and compatibility")),
 (59, C, None),
 (60, K, dict(expect=["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"],
              answer="ideal for rapid development")),
 (61, K, dict(expect=["Containers and virtual machines differ mainly in architecture",
                      "VMs run separate OS instances, offering stronger isolation"],
              answer="differ mainly in architecture")),
 (62, D, "Article recommends containers for microservices but says nothing about monoliths."),
 (63, D, "GPU / passthrough: out of scope, not in the article."),
 (64, D, "Windows/Linux container host specifics: out of scope."),
 (65, D, "Serverless: out of scope, not in the article."),
 (66, D, "Specific vendor prices (AWS): out of scope."),
 (67, D, "Specific product (Firecracker / microVMs): not in the article."),
 (68, D, "Specific vendor prices (Azure): out of scope."),
 (69, D, "Windows GUI apps in containers/VMs: out of scope."),
]

NOTES = [
 "Relative-speed follow-ups (how fast VMs start or scale out) were kept with the article's qualitative answer (slower, longer startup times); explicit requests for numbers, sources, durations or likelihoods were dropped.",
 "Per-resource overhead questions (is it mostly memory, and CPU?) were dropped: the article only says 'more resource-efficient' in general.",
 "Kernel-version / kernel-upgrade / patched-kernel follow-ups were kept via 'specific OS configurations or kernel modules' and 'containers share the host OS kernel' vs 'VMs run separate OS instances'.",
 "The sarcastic 'containers are basically a screen door' was kept: the article's answer is that container security is more complex but mitigated by least privilege, isolation and image updates.",
 "'for a bank?' was kept, reading a bank as security-sensitive workloads ('scenarios demanding robust security'); regulatory specifics are not covered.",
 "'so its worth it?' (containers on VMs, double overhead) was kept for the article's verdict (flexibility, scalability, security; configure properly), although the article does not quantify the double overhead.",
 "'really? patching a hundred VMs sounds worse' was kept: under either reading the article's answer is that VMs may require more management effort.",
 "The container-equivalent-of-a-hypervisor follow-up was kept with the article's own framing (containers use orchestration platforms), although a container runtime would be a closer analogue.",
 "Windows licensing was dropped as Windows-specific even though the article has a generic licensing paragraph.",
 "Draft contexts carry an '@bot ' mention prefix (seed-12 has none); the frozen draft was not altered.",
]

dec = {}
for entry in L:
    idx = entry[0]
    assert idx not in dec, f"duplicate decision for {idx}"
    dec[idx] = entry

draft = json.load(open("draft.json"))
assert set(dec) == set(range(len(draft))), sorted(set(range(len(draft))) ^ set(dec))

labels = []
for idx in range(len(draft)):
    _, d, payload = dec[idx]
    item = {"index": idx, "decision": d, "q": draft[idx]["q"]}
    if d == K:
        item["expect"] = payload["expect"]
        item["answer"] = payload["answer"]
    elif d == D:
        assert isinstance(payload, str) and payload.strip()
        item["reason"] = payload
    else:
        assert payload is None
    labels.append(item)

tmp = "labels.json.tmp"
with open(tmp, "w") as f:
    json.dump({"labels": labels, "notes": NOTES}, f, indent=2)
    f.write("\n")
os.replace(tmp, "labels.json")
from collections import Counter
print(Counter(x["decision"] for x in labels))
