#!/usr/bin/env python3
"""Labels for conversations-14, written after draft.json was frozen and only then
the article was read. Exactly one decision per draft index (asserted).
Writes labels.json = {labels: [...], notes: [...]}. q strings are retyped here on
purpose so validate.py can catch any label/draft misalignment."""
import json, os

K, D, C = "KEEP", "DROP", "CHATTER"
L = []
def keep(i, q, expect, answer): L.append({"index": i, "q": q, "decision": K, "expect": expect, "answer": answer})
def drop(i, q, reason): L.append({"index": i, "q": q, "decision": D, "reason": reason})
def chat(i, q): L.append({"index": i, "q": q, "decision": C})

# recurring article spans (all verbatim, each inside one sentence, no curly quotes)
KERNEL1 = "containers share the host OS kernel, making them lightweight and quick to start"
KERNEL_KT = "Containers share the host OS kernel, making them lightweight and faster to start"
VMSEP = "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"
UNTRUSTED = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
OWNOS = "They provide stronger isolation because each VM runs its own complete OS"
BREACH = "making it easier to contain security breaches within a single VM without affecting others"
KMOD = "require specific OS configurations or kernel modules that containers might not support easily"
KMOD_FULL = "VMs are also better suited for running applications that require specific OS configurations"
LEASTPRIV = "running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"
SHAREDVULN = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
CONSIST = "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
HIGHLOAD = "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
DENSITY = "you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"
SLOWVM = "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"

keep(0, "why tho", [KERNEL1, "If you need rapid, scalable applications, containers are better"], "lightweight and quick to start")
keep(1, "and vms?", [SLOWVM, VMSEP], "slightly slower to start")
drop(2, "ok so how many more containers could i fit on one host, roughly?", "asks for a number; the article only says more containers fit on the same hardware, never how many")
chat(3, "lol same, we switched last year")
keep(4, "so which one is safer if we run customer code", [UNTRUSTED, OWNOS], "running untrusted or sensitive workloads")
keep(5, "ELI5", [KERNEL1, VMSEP], "share the host OS kernel")
keep(6, "why not?", [KMOD, KERNEL_KT], "containers might not support easily")
keep(7, "ok but cheaper in licensing too?", ["Containers often have simpler licensing because they share the host OS, reducing extra costs",
     "VMs typically require individual licenses for each OS instance, increasing expenses"], "Containers often have simpler licensing")
drop(8, "what about on our 3 old dell boxes", "specific old physical hardware; the article's migration advice is generic and says nothing about hardware")
keep(9, "so containers then?", [SCALE, HIGHLOAD], "Scalability challenges are easier with containers")
keep(10, "and for containers it's just k8s?", ["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security",
     "container orchestration tools like Kubernetes manage them efficiently"], "containers use orchestration platforms")
chat(11, "@dana can you look at this thread when you're back")
keep(12, "isnt that double overhead tho", ["proper configuration is essential to prevent potential bottlenecks or security issues",
     "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"], "proper configuration is essential")
drop(13, "even with ansible?", "named config-management tool; the article never discusses how automation tooling changes management effort")
keep(14, "noisy neighbours?", [CONSIST, MGMT], "VMs could be your best choice")
drop(15, "which one passes the gpu through better", "GPU passthrough is out of scope; the article never mentions GPUs")
drop(16, "and hyper-v isolation?", "Windows/Hyper-V specific; not in the article")
drop(17, "so lambda then?", "serverless / named AWS product; not in the article")
drop(18, "per month i mean", "specific cloud instance prices; not in the article")
chat(19, "thanks will try tomorrow")
keep(20, "why the difference tho", [SLOWVM, DENSITY, KERNEL1], "because of their heavyweight nature")
keep(21, "can that happen with vms too?", [OWNOS + ", " + BREACH, UNTRUSTED], "easier to contain security breaches")
keep(22, "sounds like containers are basically a sieve then lol", [LEASTPRIV, "Container security can be more complex because " + SHAREDVULN], "running containers with the least privileges")
keep(23, "we need stable latency btw", [CONSIST, "they excel in environments where stability, compatibility, and security are critical"], "VMs could be your best choice")
keep(24, "shorter pls", ["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "ideal for rapid development")
keep(25, "give an example", [DENSITY], "each require a full OS instance")
drop(26, "like windows containers on a linux host?", "Windows containers / cross-OS specifics are out of scope; the article never mentions Windows (only the generic shared-kernel point)")
chat(27, "ok cool ty")
drop(28, "namespaces and cgroups?", "the article never names the Linux isolation mechanisms")
keep(29, "so VMs?", [UNTRUSTED, BREACH], "running untrusted or sensitive workloads")
keep(30, "bullshit, our containers eat more ram than the vms did", ["Containers are more resource-efficient and ideal for microservices", DENSITY], "Containers are more resource-efficient")
drop(31, "type 1 vs type 2?", "hypervisor types are not in the article")
drop(32, "how long does that usually take", "migration duration; the article gives no timelines")
keep(33, "and the main downside?", [VMSEP], "slower startup and higher resource use")
drop(34, "and if it was 3 monoliths?", "the article ties containers to microservices but never addresses monoliths")
chat(35, "@mike this is what i said in standup \U0001F605")
keep(36, "what about on-prem", ["VMs typically require individual licenses for each OS instance, increasing expenses",
     "containers can be more cost-effective and easier to license"], "containers can be more cost-effective")
keep(37, "no boot?", [KERNEL1, VMSEP], "share the host OS kernel")
drop(38, "how risky exactly, like on a scale of 1 to 10", "asks for a numeric risk rating; the article is only qualitative")
keep(39, "and in a vm?", [KMOD_FULL + " or kernel modules"], "VMs are also better suited")
keep(40, "cant i just use a centos base image", [KERNEL_KT, KMOD], "containers might not support easily")
keep(41, "tl;dr", ["You must implement strict security practices, such as " + LEASTPRIV], "running containers with the least privileges")
drop(42, "how does autoscaling work with vms then", "VM autoscaling mechanics are not described; the article only says VMs start slower")
chat(43, "agreed, we'll revisit in Q3")
drop(44, "in percent?", "asks for a percentage; the article gives no figures")
drop(45, "and gvisor or firecracker?", "named sandbox products; not in the article")
keep(46, "why would anyone do both", ["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
     "Yes, containers can run seamlessly on virtual machines"], "offers flexibility, scalability, and security")
keep(47, "really? rebuilding images all the time sounds like more work to me", [MGMT, "regularly updating container images to minimize attack surfaces"], "may require more management effort")
keep(48, "so should we ditch vmware completely", ["Both technologies have their place",
     "virtual machines serve well in scenarios demanding robust security and compatibility"], "Both technologies have their place")
keep(49, "is there any case where a vm is better", [UNTRUSTED, KMOD, "virtual machines serve well in scenarios demanding robust security and compatibility"], "running untrusted or sensitive workloads")
keep(50, "would moving to vms fix it?", [CONSIST, "You should monitor metrics like CPU, memory, and I/O closely"], "VMs could be your best choice")
chat(51, "brb lunch, will read after")
drop(52, "and containers?", "follows a how-many-on-64GB question; the article gives no counts for either (only 'more containers on the same hardware')")
drop(53, "in ms?", "asks for a number; the article gives no start-up times")
keep(54, "more simple please, english not my first language", [KERNEL1, VMSEP], "lightweight and quick to start")
drop(55, "wat about compliance", "regulatory compliance is not covered by the article")
drop(56, "so no vmware needed?", "named product; the article does not say whether a hypervisor is needed under Kubernetes")
keep(57, "example pls", [KMOD, UNTRUSTED], "running untrusted or sensitive workloads")
drop(58, "in prod too?", "how common containers-on-VMs is in production is not covered")
chat(59, "yeah that bit us last sprint haha")
drop(60, "how about with pre-warmed vm pools", "pre-warmed pools are not discussed")
keep(61, "whats the fix", ["You must implement strict security practices, such as running containers with the least privileges"], "running containers with the least privileges")
keep(62, "which one would u pick for us", ["You might choose containers when you need agility and speed", MGMT], "choose containers when you need agility")
drop(63, "does the docker desktop license count", "named product licence; not in the article")
keep(64, "so a kernel bug hits all the containers at once?", [SHAREDVULN, "Container security is complex due to shared kernel vulnerabilities"], "could potentially affect many containers simultaneously")
drop(65, "and between on-prem and cloud?", "portability between environments is not covered (nor is the cloud-to-cloud question it follows)")
keep(66, "in one sentence", ["Containers and virtual machines differ mainly in architecture", KERNEL1], "differ mainly in architecture")
keep(67, "and if load is super spiky?", [SCALE, "VMs may experience performance drops because of their heavier resource use and longer startup times"], "Scalability challenges are easier with containers")
keep(68, "are they overreacting?", ["Your choice depends on balancing security needs and resource efficiency", UNTRUSTED], "balancing security needs and resource efficiency")
drop(69, "what about with gpus", "GPUs are out of scope; the article never mentions them")

NOTES = [
    "Numbers (how many per host, ms, percent, 1-10 risk, durations) are dropped even where a qualitative statement exists (items 2, 52 dropped; 1, 20 kept qualitatively).",
    "'isnt that double overhead tho' (containers in VMs) kept with proper-configuration/flexibility sentences; the article never quantifies or confirms the overhead.",
    "'noisy neighbours?' kept via consistent performance and VMs' dedicated resources; the article does not use the term.",
    "'can that happen with vms too?' (container escape) kept as the article's relative claim (breaches easier to contain in a VM); it never says VMs cannot be escaped.",
    "'give an example' after a VM-memory question kept via the full-OS-per-VM density sentence; the article speaks of resources, not memory.",
    "Windows containers on a Linux host dropped as Windows-specific, although the shared-kernel point hints at the answer.",
    "'bullshit, our containers eat more ram' kept: the expected reply restates the article's general efficiency claim; it cannot diagnose the user's case.",
    "'what about on-prem' (cost) kept because the article's licensing reasoning is deployment-agnostic; the article never mentions on-prem.",
    "'no boot?' kept via shared kernel vs separate OS instances; the article never says 'boot'.",
    "'would moving to vms fix it?' kept with the consistent-performance sentence plus monitoring; the article cannot promise a fix.",
    "Own-case asks (4 devs no ops; security team wants VMs everywhere) kept with the article's decision criteria, not a verdict it states.",
    "'so should we ditch vmware completely' kept as a generic VMs question (Both technologies have their place); VMware itself is not discussed.",
    "'so no vmware needed?' after 'does kubernetes replace the hypervisor' dropped: the article contrasts the tools but never says whether a hypervisor is needed.",
]

labels = sorted(L, key=lambda l: l["index"])
idx = [l["index"] for l in labels]
assert idx == list(range(70)), "need exactly one decision per index"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"labels": labels, "notes": NOTES}, f, indent=2, ensure_ascii=False); f.write("\n")
from collections import Counter
print(Counter(l["decision"] for l in labels))
