#!/usr/bin/env python3
"""Labels for conversations-21, written after the freeze and after reading the article. One decision per index, in order."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
K, D, C = "KEEP", "DROP", "CHATTER"
OOS = "deliberately out of scope (drafted blind as such): "
NC = "not covered by the article: "
KT1 = "Containers share the host OS kernel, making them lightweight and faster to start"
KT1b = "while VMs run separate OS instances for full isolation"
KT2a = "Containers are more resource-efficient and ideal for microservices"
KT2b = "whereas VMs provide stronger security boundaries with complete OS environments"
KT3a = "Containers offer rapid deployment and scalability"
KT3b = "VMs are better suited for applications requiring full OS compatibility and stability"
KT4a = "Container security is complex due to shared kernel vulnerabilities"
KT4b = "whereas VMs isolate workloads more securely with separate OSes"
INTRO1 = "containers share the host OS kernel, making them lightweight and quick to start"
INTRO2 = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
AFFECT = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
ISO = "They provide stronger isolation because each VM runs its own complete OS"
BREACH = "making it easier to contain security breaches within a single VM without affecting others"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
SPECIFIC = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
SPECIFIC2 = "kernel modules that containers might not support easily"
EXCEL = "Yet, they excel in environments where stability, compatibility, and security are critical"
SLOWER = "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"
MORE = "This efficiency means you can run more containers on the same hardware compared to virtual machines"
FULLOS = "compared to virtual machines, which each require a full OS instance"
SPIN = "leveraging their ability to quickly spin up and shut down"
DEPENDS = "your choice depends on balancing the need for speed, security, and resource efficiency"
HIGHLOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
SCAL = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
VMDROP = "VMs may experience performance drops because of their heavier resource use and longer startup times"
DEDIC = "VMs provide stronger isolation through dedicated resources"

L = [
 (0, "pros of each?", K, [KT1, KT1b, KT2a], "VMs run separate OS instances"),
 (1, "so for multi-tenant, which one isolates better", K, [BREACH, AFFECT], "stronger isolation because each VM runs"),
 (2, "nah, our VMs boot in like 3 seconds with a tiny image. so that's not really true?", K, [SLOWER], "slightly slower to start"),
 (3, "great, bringing dog treats then", C),
 (4, "and if the host kernel have a bug, all container affected?", K, [AFFECT, KT4a], "affect many containers simultaneously"),
 (5, "put that in a table, rows = cpu, memory, disk", D, NC + "the article gives only overall resource efficiency/use, no CPU, memory or disk breakdown to fill the rows (consistent with conversations-20 dropping memory vs disk savings)"),
 (6, "is that true or are there still good reasons to pick a VM", K, ["Both technologies have their place, but understanding how container security concerns differ", UNTRUSTED, SPECIFIC], "Both technologies have their place"),
 (7, "it gets slammed on free-entry Sundays, so it needs to scale up fast and shrink back after", K, [KT3a, SPIN], "rapid deployment and scalability"),
 (8, "ok then what does it depend on, in 3 bullets", K, [DEPENDS], "speed, security, and resource efficiency"),
 (9, "anything we should worry about with that decision?", K, ["However, this sharing of the kernel introduces specific security considerations", "You must implement strict security practices, such as running containers with the least privileges"], "running containers with the least privileges"),
 (10, "what's the one-line reason it isn't", K, [KT1, KT1b], "Containers share the host OS kernel"),
 (11, "I'll sign it after lunch, where is it", C),
 (12, "why tho", K, [FULLOS, SLOWER], "each require a full OS instance"),
 (13, "is that a fair point or outdated", K, [KT4a + ", " + KT4b], "isolate workloads more securely"),
 (14, "is running containers inside VMs like that a normal thing or are we doing it wrong", K, ["Yes, containers can run seamlessly on virtual machines", "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"], "run seamlessly on virtual machines"),
 (15, "we need each student's code walled off from everyone else's", K, [UNTRUSTED, BREACH], "untrusted or sensitive workloads"),
 (16, "what's the VM equivalent of that", D, NC + "the article never describes container images as a packaging format or any VM image/template equivalent"),
 (17, "which one would you pick for untrusted code", D, OOS + "gVisor and Kata Containers are never mentioned"),
 (18, "shorter. one sentence for the newsletter", K, [INTRO1, INTRO2], "lightweight and quick to start"),
 (19, "facilities ticket opened, ETA tomorrow", C),
 (20, "is it because every VM carry a full operating system?", K, [INTRO2, FULLOS], "slower startup and higher resource use"),
 (21, "it only works on one specific patched kernel the vendor shipped", K, [SPECIFIC], "require specific OS configurations"),
 (22, "would WebAssembly replace containers for our edge functions", D, OOS + "WebAssembly runtimes are never mentioned"),
 (23, "name one thing a VM still does better, go", K, [ISO, UNTRUSTED], "runs its own complete OS"),
 (24, "and VMs, can I move one between providers as easily?", D, NC + "portability of VMs (or containers) between clouds/providers is not discussed (consistent with conversations-19 dropping portability)"),
 (25, "different q: how do containers cope with a sudden traffic spike", K, [HIGHLOAD, "adjusting resource allocation to maintain ideal performance during spikes"], "allowing faster scaling and less overhead"),
 (26, "what do we lose vs the current VMs?", K, [KT2b, EXCEL], "stability, compatibility, and security"),
 (27, "do we have to wear the company hoodie or is that optional", C),
 (28, "does rootless Podman change the security comparison with VMs", D, OOS + "rootless Podman / rootless containers are never mentioned"),
 (29, "numbers? roughly seconds vs minutes?", D, NC + "the article gives no startup times (only 'faster to start'/'slower to start'; the conclusion's 'in minutes' is about launching a website, not container start time)"),
 (30, "it loads a custom kernel module for the SDR card, and nothing else runs on that box", K, [SPECIFIC2, SPECIFIC], "containers might not support easily"),
 (31, "like moving a running VM to another host with no downtime", D, OOS + "VM live migration is never mentioned (the migration FAQ is about moving from VMs to containers)"),
 (32, "convince me otherwise", K, [MORE, "Containers, by design, are lightweight and share the host operating system"], "more containers on the same hardware"),
 (33, "explain it like I'm the auditor, not an engineer", K, ["However, this sharing of the kernel introduces specific security considerations", AFFECT], "introduces specific security considerations"),
 (34, "does that close the RAM gap with containers?", D, OOS + "memory ballooning and KSM are never mentioned"),
 (35, "working from home then, noise cancelling only goes so far", C),
 (36, "traffic goes 50x for about six hours", K, [SCAL, VMDROP], "they activate quickly and share resources"),
 (37, "anyway back on topic: VM or container for an app that needs the full OS underneath it", K, [KT3b, EXCEL], "applications requiring full OS compatibility"),
 (38, "one dev env per intern, 12 interns, they all start Monday", K, ["While containers are ideal for rapid development, continuous deployment, and scalable microservices architectures", MORE], "ideal for rapid development"),
 (39, "can I run VMs inside my EC2 VM to test our hypervisor setup", D, OOS + "nested virtualization / cloud instance types are never mentioned"),
 (40, "k. and VMs?", K, [DEDIC, ISO], "stronger isolation through dedicated resources"),
 (41, "how wrong is he", D, NC + "chroot (and Solaris zones) are never mentioned and the article does not explain container mechanisms beyond sharing the host kernel, so it cannot say how a container differs from chroot"),
 (42, "I don't buy that containers are less secure, we've run them 6 years with zero escapes", K, [KT4a, AFFECT], "due to shared kernel vulnerabilities"),
 (43, "any amount helps, thanks all", C),
 (44, "we're a tiny IT team and just want the cheapest thing to run", K, ["This means containers can be more cost-effective and easier to license", KT2a], "more cost-effective and easier to license"),
 (45, "now same for containers", K, [KT2a, KT4a], "more resource-efficient and ideal for microservices"),
 (46, "good call or no?", K, [KT3b, SPECIFIC], "full OS compatibility and stability"),
 (47, "is overlay slower than a qcow2 disk for heavy writes?", D, OOS + "storage drivers (overlayfs) and VM disk formats are never mentioned"),
 (48, "ok and the kernel version, is also different?", K, [INTRO1, KT1], "share the host OS kernel"),
 (49, "can I trace syscalls from the host into a VM the way I can with containers?", D, OOS + "eBPF / syscall tracing and observability are never mentioned"),
 (50, "and the rest of the day it sits idle, wasting money", K, ["You might choose containers when you need agility and speed, " + SPIN], "quickly spin up and shut down"),
 (51, "can someone add the big post-its, we're out", C),
 (52, "is that a legit requirement or are they just lazy?", K, [SPECIFIC, KT3b], "specific OS configurations or kernel modules"),
 (53, "is that only possible with VMs?", D, OOS + "confidential computing (AMD SEV, Intel TDX) is never mentioned"),
 (54, "we can't review every script, some will be malicious", K, [BREACH, UNTRUSTED], "easier to contain security breaches"),
 (55, "make it a tweet", K, ["If you need rapid, scalable applications, containers are better", "For more secure, isolated environments, VMs excel"], "secure, isolated environments, VMs excel"),
 (56, "flip it: when is a container the wrong call?", K, ["if your priority is strong security boundaries and consistent performance, VMs could be your best choice"], "strong security boundaries and consistent performance"),
 (57, "do multi-arch container images work the same as VMs on ARM?", D, OOS + "CPU architectures, ARM/Graviton and multi-arch images are never mentioned"),
 (58, "we want it up by tomorrow and deleted after", K, ["imagine deploying a new app quickly using containers, like a startup launching a website in minutes", SPIN], "launching a website in minutes"),
 (59, "put me down for Tuesday pls", C),
 (60, "ty! also, does that efficiency mean a lower cloud bill or is that a stretch", D, NC + "the article never links resource efficiency to cloud bills or hosting cost; cost appears only in the licensing FAQ, so a yes would be inference"),
 (61, "would a unikernel beat both for our API", D, OOS + "unikernels are never mentioned"),
 (62, "compliance says customer data must be strongly isolated from other workloads", K, [UNTRUSTED, KT2b], "VMs provide stronger security boundaries"),
 (63, "aside from that: if one VM crashes, does it take the others on the host down with it?", D, NC + "the article speaks of containing security breaches, not of crashes/availability (consistent with conversations-20 dropping the kernel-crash ask)"),
 (64, "is there any type of app we should explicitly exclude?", K, [SPECIFIC, UNTRUSTED], "applications that require specific OS configurations"),
 (65, "what's the container equivalent, do we even need backups?", D, OOS + "VM backup tools and container backup are never discussed (the migration FAQ's 'Keep backups handy' is about the migration itself)"),
 (66, "give me the single biggest tradeoff then", K, [INTRO2, DEPENDS], "offering stronger isolation but slower startup"),
 (67, "it has to run on the hardened OS image the city's security team built", K, [SPECIFIC, KT2b], "with complete OS environments"),
 (68, "order of magnitude, like 10x?", D, NC + "the article gives no density figures, only that you can run more containers on the same hardware"),
 (69, "does each container need its own OS licence like a VM would", K, ["VMs typically require individual licenses for each OS instance, increasing expenses", "Containers often have simpler licensing because they share the host OS, reducing extra costs"], "individual licenses for each OS instance"),
]

NOTES = [
 "Out of scope, dropped (12): gVisor/Kata (17), WebAssembly (22), rootless Podman (28), VM live migration (31), memory ballooning and KSM (34), nested virtualization (39), overlayfs vs VM disk images (47), eBPF tracing (49), confidential computing (53), multi-arch ARM images (57), unikernels (61), VM backups with Veeam (65); none of them is in the article.",
 "Not covered, dropped (8): a CPU/memory/disk table (5), the VM equivalent of a container image (16), moving VMs between providers (24), startup time numbers (29), containers vs chroot (41), efficiency as a lower cloud bill (60), one VM crash taking others down (63), a density ratio like 10x (68).",
 "Weak keeps: 'our VMs boot in 3 seconds, so not true?' (2; the article only says VMs are slightly slower to start); 'regulated industries avoid containers, fair or outdated?' (13; the article backs the weaker-isolation claim but says nothing about regulated industries or trends); containers heavy because of image layers and a 2 TB registry (32; the article's efficiency claims never mention images or disk); 12 intern dev environments (38; only 'ideal for rapid development' and density); vendor insists on a VM appliance (52; generic OS-configuration/kernel-module reasons); hardened OS image from the city's security team (67; a hardened host could run containers too, the article only says VMs suit specific OS configurations); 'six years with zero escapes' (42; the article gives only the shared-kernel reasoning).",
 "Own-case keeps: multi-tenant customers (1), museum kiosk Sunday spikes (7), e-learning student sandbox (15), vet clinic app on a vendor-patched kernel (21), SDR kernel module (30), newsroom election night (36), bakery POS with a tiny IT team (44), legacy billing on an old OS build (46), nightly crew-scheduling solver idle by day (50), game mod server with uploaded scripts (54), two-week marketing microsite (58), KYC passport OCR (62), water-sensor dashboard on a hardened OS (67).",
]

labels = []
for row in L:
    i, q, dec = row[0], row[1], row[2]
    assert i == len(labels), (i, len(labels))
    l = {"index": i, "q": q, "decision": dec}
    if dec == K:
        l["expect"], l["answer"] = row[3], row[4]
    elif dec == D:
        l["reason"] = row[3]
    else:
        assert len(row) == 3
    labels.append(l)
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))
assert len(labels) == len(draft) == 70
for l, d in zip(labels, draft):
    assert l["q"] == d["q"], (l["index"], l["q"], d["q"])
    assert (l["decision"] == C) == bool(d.get("chatter")), l["index"]
answers = [l["answer"] for l in labels if l["decision"] == K]
assert len(set(answers)) == len(answers), "duplicate answer phrase"
json.dump({"labels": labels, "notes": NOTES}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=2)
from collections import Counter
print(Counter(l["decision"] for l in labels))
