#!/usr/bin/env python3
"""Label the frozen conversations-25 draft (written after the freeze, after reading the article).
One decision per index, in order. q strings retyped and asserted equal to draft.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))

def K(q, expect, answer): return {"decision": "KEEP", "q": q, "expect": expect, "answer": answer}
def D(q, reason): return {"decision": "DROP", "q": q, "reason": reason}
def CH(q): return {"decision": "CHATTER", "q": q}
OOS = "deliberately out of scope: "

L = [
 # 0
 K("ok and which one boots faster",
   ["containers share the host OS kernel, making them lightweight and quick to start",
    "VMs can be slightly slower to start"],
   "lightweight and quick to start"),
 # 1
 K("it also needs a weird vendor kernel driver for the projector sync card, does that change anything",
   ["VMs are also better suited for running applications that require specific OS configurations or kernel modules",
    "kernel modules that containers might not support easily"],
   "specific OS configurations or kernel modules"),
 # 2
 K("so what exactly is it about the kernel that makes it riskier",
   ["Container security is complex due to shared kernel vulnerabilities",
    "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
   "affect many containers simultaneously"),
 # 3
 CH("yeah they said someone comes thursday, use the front entrance till then"),
 # 4
 K("volunteers change every few months, which one is less to look after",
   ["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
   "may require more management effort"),
 # 5
 K("why tho",
   ["This efficiency means you can run more containers on the same hardware",
    "virtual machines, which each require a full OS instance"],
   "each require a full OS instance"),
 # 6
 K("and containers dont have one? then what runs them",
   ["containers use orchestration platforms, while VMs rely on hypervisors",
    "vulnerabilities in the host OS or container engine"],
   "containers use orchestration platforms"),
 # 7
 K("isnt that just the worst of both worlds, double overhead",
   ["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
    "proper configuration is essential to prevent potential bottlenecks or security issues"],
   "offers flexibility, scalability, and security"),
 # 8
 K("what usualy goes wrong when people move from vm to containers",
   ["Address migration challenges like data transfer and configuration adjustments early",
    "Test thoroughly in staging environments, then gradually shift workloads"],
   "data transfer and configuration adjustments"),
 # 9
 D("do we need a registry mirror or is it the pull rate limit thing", OOS + "Docker Hub pull rate limits / registry mirrors; article has nothing on registries"),
 # 10
 K("now in 3 bullet points max",
   ["If you need rapid, scalable applications, containers are better",
    "For more secure, isolated environments, VMs excel"],
   "isolated environments, VMs excel"),
 # 11
 CH("there's a new box in the stationery cupboard, top shelf"),
 # 12
 D("portable how, like between my laptop and the cloud?", "not covered: the article never discusses portability between environments"),
 # 13
 K("the mods are basically random jars from internet, so vm is safer or container is fine?",
   ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
    "making it easier to contain security breaches within a single VM"],
   "particularly valuable for running untrusted"),
 # 14
 D("qcow2 or keep them as vmdk, which performs better", OOS + "VM disk image formats (qcow2 vs VMDK)"),
 # 15
 K("is that really the whole story or is my coworker oversimplifying",
   ["VMs are better suited for applications requiring full OS compatibility and stability",
    "Container security is complex due to shared kernel vulnerabilities"],
   "full OS compatibility and stability"),
 # 16
 D("gimme a number, seconds vs minutes?", "not covered: the article gives no start-up times (only a website launched in minutes as a deployment example)"),
 # 17
 K("is better to put in container or in VM, we have not much money for licence",
   ["Containers often have simpler licensing because they share the host OS, reducing extra costs",
    "VMs typically require individual licenses for each OS instance, increasing expenses"],
   "Containers often have simpler licensing"),
 # 18
 D("does memory ballooning actually help or is it a trap", OOS + "memory ballooning / RAM overcommit in hypervisors"),
 # 19
 CH("put me down for wednesday pls, can't reach the kitchen till 11"),
 # 20
 K("container or VM for that thing",
   ["VMs are also better suited for running applications that require specific OS configurations"],
   "require specific OS configurations"),
 # 21
 K("all of it or just the kernel",
   ["Containers share the host OS kernel, making them lightweight and faster to start"],
   "Containers share the host OS kernel"),
 # 22
 K("same question but for containers",
   ["Container security is complex due to shared kernel vulnerabilities",
    "specific OS configurations or kernel modules that containers might not support easily"],
   "complex due to shared kernel vulnerabilities"),
 # 23
 D("can we run VMs inside those VMs too? is nested virtualization any good", OOS + "nested virtualization (the containers-on-VMs FAQ does not cover VMs in VMs)"),
 # 24
 K("would containers actually save anything on a box that small",
   ["They typically use fewer resources, making VM resource allocation more efficient",
    "Containers are more resource-efficient and ideal for microservices"],
   "They typically use fewer resources"),
 # 25
 K("and if we're paying per-OS licences?",
   ["VMs typically require individual licenses for each OS instance, increasing expenses",
    "This means containers can be more cost-effective and easier to license"],
   "individual licenses for each OS instance"),
 # 26
 D("ok but like how likely is that really", "not covered: the article says shared-kernel flaws could affect other containers but gives no likelihood"),
 # 27
 CH("priya is, she's already on 90k lol"),
 # 28
 D("json-file driver with max-size or switch to journald?", OOS + "container log rotation / logging drivers"),
 # 29
 K("any concrete examples tho",
   ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
    "applications that require specific OS configurations or kernel modules"],
   "untrusted or sensitive workloads"),
 # 30
 D("mushroom farm here, the climate controllers for the grow rooms run on a little linux box - should each controller be its own container?",
   "not covered: how finely to split one small box into containers (one per controller) is not discussed"),
 # 31
 K("like genuinely, what do they do that a VM cant",
   ["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down",
    "you can run more containers on the same hardware"],
   "quickly spin up and shut down"),
 # 32
 D("anything that breaks for docker when we flip it?", OOS + "cgroups v1 vs v2"),
 # 33
 K("we get a huge spike when new term opens tho, does that matter",
   ["Scalability challenges are easier with containers since they activate quickly and share resources more effectively",
    "adjusting resource allocation to maintain ideal performance during spikes"],
   "containers since they activate quickly"),
 # 34
 K("is he right?",
   ["Both technologies have their place",
    "virtual machines serve well in scenarios demanding robust security and compatibility"],
   "Both technologies have their place"),
 # 35
 CH("quiet room on 2 is free all afternoon if anyone needs it"),
 # 36
 K("so vm right? or can a container do drivers",
   ["applications that require specific OS configurations or kernel modules that containers might not support easily",
    "They provide stronger isolation because each VM runs its own complete OS"],
   "containers might not support easily"),
 # 37
 D("process isolation vs hyper-v isolation, which should we pick", OOS + "Windows containers process vs Hyper-V isolation; the article never mentions Windows"),
 # 38
 K("what happens to VMs when the host is maxed out",
   ["VMs may experience performance drops because of their heavier resource use and longer startup times"],
   "VMs may experience performance drops"),
 # 39
 K("explain why in one sentence",
   ["They provide stronger isolation because each VM runs its own complete OS, making it easier to contain security breaches within a single VM",
    "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"],
   "runs its own complete OS"),
 # 40
 K("why not a VM per service then",
   ["containers share the host OS kernel, making them lightweight and quick to start, ideal for microservices and fast deployment",
    "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
   "ideal for microservices and fast deployment"),
 # 41
 D("are they worth looking at for our api?", OOS + "unikernels"),
 # 42
 D("does this even need containers or VMs at all lol", "not covered: whether a single display PC needs either technology is not discussed"),
 # 43
 CH("thats the new guy in finance i think, ill tell him"),
 # 44
 K("table pls",
   ["Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation",
    "Containers are more resource-efficient and ideal for microservices, whereas VMs provide stronger security boundaries"],
   "VMs provide stronger security boundaries"),
 # 45
 K("ok so what does heavier mean in practice, for us running like 30 of them",
   ["you can run more containers on the same hardware compared to virtual machines",
    "VMs provide stronger isolation through dedicated resources, but may require more management effort"],
   "more containers on the same hardware"),
 # 46
 D("is vMotion the only way or does KVM do live migration too", OOS + "VM live migration (vMotion/KVM); the migration FAQ is about moving from VMs to containers"),
 # 47
 D("usb passthrough into a container is a pain right, so vm?", "not covered: USB/device passthrough is not discussed"),
 # 48
 K("then why does anyone still use vms",
   ["they excel in environments where stability, compatibility, and security are critical",
    "virtual machines serve well in scenarios demanding robust security and compatibility"],
   "stability, compatibility, and security are critical"),
 # 49
 D("is that a VM thing? any fix", OOS + "Docker Desktop bind-mount file-sharing speed on macOS"),
 # 50
 K("worth switching? what do we gain",
   ["Containers are more resource-efficient and ideal for microservices",
    "Containers often have simpler licensing because they share the host OS"],
   "Containers are more resource-efficient"),
 # 51
 CH("there's space in the basement car park cage, ask reception for the code"),
 # 52
 K("which one would you pick for running code you didnt write",
   ["making it easier to contain security breaches within a single VM without affecting others",
    "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
   "easier to contain security breaches"),
 # 53
 D("is eBPF the way or is that overkill", OOS + "eBPF / syscall tracing of containers"),
 # 54
 K("shorter. like 10 words",
   ["whether quick and flexible or isolated and robust"],
   "quick and flexible or isolated"),
 # 55
 D("we'd have to recompile anyway, so realistically its a vm right",
   "not covered: AIX / recompiling a COBOL batch job is not discussed; the article cannot settle VM vs container for it"),
 # 56
 K("and with a vm?",
   ["making it easier to contain security breaches within a single VM without affecting others"],
   "single VM without affecting others"),
 # 57
 D("best way to set the timezone in the image? TZ env or copy zoneinfo", OOS + "time zones / locales inside container images"),
 # 58
 K("lightweigth compared to what exactly",
   ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
   "VMs run separate OS instances"),
 # 59
 CH("done, went with L this time after last year's disaster"),
 # 60
 K("give me an example of how that'd look",
   ["When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently",
    "Yes, containers can run seamlessly on virtual machines"],
   "container orchestration tools like Kubernetes"),
 # 61
 D("the add-on store only works in the VM version apparently, does that tip it", "not covered: product-specific (Home Assistant add-ons) not discussed"),
 # 62
 K("no 'it depends' pls",
   ["VMs isolate workloads more securely with separate OSes"],
   "VMs isolate workloads more securely"),
 # 63
 K("so would that make containers cheaper for us",
   ["VMs might involve additional licensing fees, especially with proprietary operating systems"],
   "especially with proprietary operating systems"),
 # 64
 D("container inside that vps or is that pointless", "not covered: whether containerising one small app on a single VPS is worth it is not discussed (the FAQ only says containers run on VMs)"),
 # 65
 K("make it a checklist i can paste into our wiki",
   ["You might choose containers when you need agility and speed",
    "VMs are also better suited for running applications that require specific OS configurations or kernel modules",
    "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
   "when you need agility and speed"),
 # 66
 K("why does a vm take so long to start, what is it actually doing",
   ["VMs can be slightly slower to start and consume more resources because of their heavyweight nature",
    "virtual machines, which each require a full OS instance"],
   "because of their heavyweight nature"),
 # 67
 D("we have exactly one saw line. scalability for what lol", "not covered: whether container scalability matters for a single fixed line is not discussed"),
 # 68
 K("so no running a windows thing on a linux box in a container?",
   ["Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"],
   "separate OS instances for full isolation"),
 # 69
 K("one last thing - same format but for why containers are good for scaling",
   ["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead",
    "Containers offer rapid deployment and scalability"],
   "allowing faster scaling and less overhead"),
]

assert len(L) == len(draft) == 70
labels = []
for i, (l, d) in enumerate(zip(L, draft)):
    assert l["q"] == d["q"], (i, l["q"], d["q"])
    assert (l["decision"] == "CHATTER") == bool(d.get("chatter")), i
    labels.append({"index": i, **l})
ans = [l["answer"] for l in labels if l["decision"] == "KEEP"]
assert len(ans) == len(set(ans)), "identical KEEP answers"

notes = [
 "Not covered, dropped: portability between laptop and cloud (12), start-up times as numbers (16), likelihood of a shared-kernel escape (26), one container per climate controller on one small box (30), whether a single surtitles PC needs either (42), USB passthrough (47), a COBOL job on AIX (55), a product-specific add-on store (61), containerising one app inside a single VPS (64), scalability for a single saw line (67).",
 "Weak keeps: what runs containers answered by the article's orchestration-platforms framing and the container engine (6); a volunteer-run server via VMs' extra management effort (4); a Windows driver via kernel modules (36) and a Windows app on a Linux host via the shared kernel (68), though the article never mentions Windows; a Windows shop's licence costs via proprietary operating systems (63); a vendor's container image via resource efficiency and simpler licensing (50); VM boot time via their heavyweight nature (66; the article does not explain the boot process); a 10-word slide line via the Conclusion's quick-and-flexible vs isolated-and-robust (54).",
 "Sentence reuse: the kernel-modules sentence backs 1, 20, 22, 29, 36, 65; the contain-breaches sentence backs 13, 39, 52, 56; the licensing sentences back 17, 25, 50, 63; answers differ.",
]
json.dump({"labels": labels, "notes": notes}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=2)
c = {k: sum(1 for l in labels if l["decision"] == k) for k in ("KEEP", "DROP", "CHATTER")}
print("labels.json:", c)
