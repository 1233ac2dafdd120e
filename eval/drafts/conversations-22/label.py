#!/usr/bin/env python3
"""Labels for conversations-22, written after the draft was frozen and the article read.
One decision per index, in order. q retyped and asserted equal to the frozen draft."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))
K, D, C = "KEEP", "DROP", "CHATTER"
OOS = "deliberately out of scope: "
NC = "not covered: "
L = [
 # 0
 (K, "ok and which one's lighter on ram",
  ["Containers are more resource-efficient and ideal for microservices",
   "compared to virtual machines, which each require a full OS instance"],
  "Containers are more resource-efficient"),
 # 1
 (K, "does it matter much for a tiny postgres + django thing or am i overthinking",
  ["your choice depends on balancing the need for speed, security, and resource efficiency",
   "Yes, containers can run seamlessly on virtual machines"],
  "aligning with your overall infrastructure goals"),
 # 2
 (K, "so if someone roots one container they're basically next door to the others?",
  ["it could affect other containers",
   "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
  "it could affect other containers"),
 # 3
 (C, "sorry wrong thread but whoever keeps setting the thermostat to 26, please stop, it's a sauna by the windows"),
 # 4
 (K, "wait so theres no boot at all?? whats it doing then",
  ["containers share the host OS kernel, making them lightweight and quick to start",
   "VMs run separate OS instances, offering stronger isolation but slower startup"],
  "lightweight and quick to start"),
 # 5
 (K, "it prints labels. does isolation even matter for that lol",
  ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
   "Your choice depends on balancing security needs and resource efficiency"],
  "balancing security needs and resource efficiency"),
 # 6
 (K, "ok but secure against what exactly, whats the threat they mean",
  ["making it easier to contain security breaches within a single VM without affecting others",
   "vulnerabilities in the host OS or container engine could potentially affect many containers"],
  "easier to contain security breaches"),
 # 7
 (K, "tl;dr plz, 2 lines max",
  ["If you need rapid, scalable applications, containers are better",
   "For more secure, isolated environments, VMs excel"],
  "isolated environments, VMs excel"),
 # 8
 (K, "what usually bites people moving from vms to containers",
  ["Address migration challenges like data transfer and configuration adjustments early"],
  "data transfer and configuration adjustments"),
 # 9
 (D, "and when it goes over, is it the OOM killer that shoots it? cgroups v2 changed that right?",
  OOS + "cgroups v2 memory limits and the OOM killer are not in the article"),
 # 10
 (K, "so the hypervisor is like the landlord and the runtime is... the flatmate agreement? lol am i close",
  ["while VMs rely on hypervisors for managing resources and security",
   "Containers share the host OS kernel, making them lightweight and faster to start"],
  "hypervisors for managing resources and security"),
 # 11
 (C, "blood donation bus is outside till 3 if anyone wants to go, bring ID"),
 # 12
 (K, "the central side, not the field boxes. lots of small ingest services. which?",
  ["This efficiency means you can run more containers on the same hardware compared to virtual machines",
   "making them lightweight and quick to start, ideal for microservices and fast deployment"],
  "more containers on the same hardware"),
 # 13
 (K, "so windows app in container on our linux servers, is not possible?",
  ["Containers share the host OS kernel, making them lightweight",
   "VMs run separate OS instances for full isolation"],
  "VMs run separate OS instances"),
 # 14
 (K, "my manager keeps calling them 'mini VMs' in slides, should i correct him or is it close enough",
  ["Containers and virtual machines differ mainly in architecture; containers share the host OS kernel"],
  "differ mainly in architecture"),
 # 15
 (K, "am i right to be skeptical or can a container handle that driver thing",
  ["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"],
  "containers might not support easily"),
 # 16
 (D, "is cosign the thing everyone uses now or is there something built into docker",
  OOS + "image signing / cosign is not in the article"),
 # 17
 (D, "how many more containers than vms can i usually fit on one host, ballpark",
  NC + "the article says more containers fit on the same hardware but gives no ratio or figure (conversations-21 also dropped a 10x density figure)"),
 # 18
 (K, "vm i assume? or is there any sane container route",
  ["VMs are better suited for applications requiring full OS compatibility and stability",
   "applications that require specific OS configurations or kernel modules"],
  "full OS compatibility and stability"),
 # 19
 (C, "unrelated but the book swap shelf by reception is overflowing, take 2 leave 1 people"),
 # 20
 (D, "portable meaning what, same thing runs on my laptop and prod?",
  NC + "portability (same image on laptop and prod) is never mentioned in the article"),
 # 21
 (K, "so a kernel update on the host = every container gets it at once?",
  ["Containers share the host OS kernel, making them lightweight",
   "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
  "affect many containers simultaneously"),
 # 22
 (K, "spin up a container per job or keep a few vms warm? uploads are from randoms on the internet fyi",
  ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
   "leveraging their ability to quickly spin up and shut down"],
  "running untrusted or sensitive workloads"),
 # 23
 (K, "nah microservices on vms worked fine for us for years, why's everyone acting like containers are mandatory",
  ["While containers are ideal for rapid development, continuous deployment, and scalable microservices architectures",
   "Both technologies have their place"],
  "scalable microservices architectures"),
 # 24
 (D, "is it a vm or a container?? aws says microVM which sounds like both",
  OOS + "Firecracker / microVMs are not in the article"),
 # 25
 (K, "like literally lift the whole thing as is, OS and all?",
  ["Start by planning your container orchestration strategy, ensuring your applications are compatible",
   "Containers share the host OS kernel, making them lightweight"],
  "ensuring your applications are compatible"),
 # 26
 (K, "explain like im a product manager who has 30 seconds",
  ["Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"],
  "separate OS instances for full isolation"),
 # 27
 (C, "heads up someone's phone has been ringing on the empty desk by the window for 10 min, ringtone is abba"),
 # 28
 (K, "and if the host itself is a cloud VM, then what, two layers?",
  ["Yes, containers can run seamlessly on virtual machines",
   "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"],
  "run seamlessly on virtual machines"),
 # 29
 (K, "does a VM lose noticeable cpu vs a container for pure number crunching",
  ["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead",
   "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"],
  "containers generally perform better"),
 # 30
 (D, "would containers on the booths help with updates or is that the wrong tool",
  NC + "updating a fleet of edge devices is not addressed; the article's rapid deployment is about servers/apps generally"),
 # 31
 (D, "and is that worth it for a 2-socket box running 8 VMs?",
  OOS + "CPU pinning / NUMA placement is not in the article"),
 # 32
 (K, "we need to prove nobody else's code can touch the draw process. which gives stronger separation",
  ["whereas VMs provide stronger security boundaries with complete OS environments",
   "They provide stronger isolation because each VM runs its own complete OS"],
  "VMs provide stronger security boundaries"),
 # 33
 (K, "and VMs' main downside? same format pls",
  ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
  "slower startup and higher resource use"),
 # 34
 (D, "thx. does that actually matter if my service runs for months without a restart",
  NC + "the article never says when startup speed stops mattering (long-running services)"),
 # 35
 (C, "poll for naming the new meeting rooms closes friday, 'The Kernel' is currently losing to 'Narnia'"),
 # 36
 (K, "which scales up quicker for that spike, containers right?",
  ["Scalability challenges are easier with containers since they activate quickly",
   "VMs may experience performance drops because of their heavier resource use and longer startup times"],
  "since they activate quickly"),
 # 37
 (K, "meh. security only pls",
  ["Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes"],
  "VMs isolate workloads more securely"),
 # 38
 (K, "does that force us onto vms or can the host load it and containers just use it",
  ["VMs are also better suited for running applications that require specific OS configurations or kernel modules"],
  "specific OS configurations or kernel modules"),
 # 39
 (D, "CRIU is that thing right? does it actually work in prod",
  OOS + "CRIU checkpoint/restore is not in the article"),
 # 40
 (D, "then why does everyone say it has its own filesystem n stuff",
  NC + "container filesystems / images as process filesystems are not described"),
 # 41
 (D, "how do I pass the GPU through to a kvm guest",
  OOS + "GPU passthrough is not in the article"),
 # 42
 (D, "ok what about mac then, how does docker even work there",
  NC + "Docker on macOS (and the VM it uses) is not in the article"),
 # 43
 (C, "also t-shirt sizes for the hackathon swag due today, form's in the channel topic"),
 # 44
 (D, "define legacy tho, like 2015 java or 1998 delphi",
  NC + "the article never defines legacy apps"),
 # 45
 (K, "cheers. honestly whats less hassle for one nightly script, a small vm or a container",
  ["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
  "may require more management effort"),
 # 46
 (K, "how come? isn't a container image basically a whole os too",
  ["compared to virtual machines, which each require a full OS instance",
   "Containers share the host OS kernel, making them lightweight"],
  "each require a full OS instance"),
 # 47
 (D, "our base is ubuntu 22, would switching cut much",
  OOS + "distroless images are not in the article"),
 # 48
 (K, "editors uploading scripts that run on the server. containers enough or VM per journal?",
  ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
   "Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
  "Container security can be more complex"),
 # 49
 (D, "do I need tini or dumb-init as pid 1 or is --init enough",
  OOS + "PID 1 / zombie reaping / init shims are not in the article"),
 # 50
 (K, "so uname -r inside the container shows the host's kernel version?",
  ["containers share the host OS kernel, making them lightweight and quick to start"],
  "share the host OS kernel"),
 # 51
 (C, "whoever locked their bike to the rail by the fire exit, facilities says move it today or it gets cut"),
 # 52
 (D, "we're 2 devs. is the operational overhead worth it vs just one VM",
  NC + "the operational overhead of container tooling for a tiny team is not weighed; the article's only management remark (VMs may need more management effort, used for 45) does not address the tooling cost asked about"),
 # 53
 (K, "each vm have own kernel? also if all are ubuntu same version?",
  ["They provide stronger isolation because each VM runs its own complete OS"],
  "runs its own complete OS"),
 # 54
 (K, "is that normal or a smell",
  ["Both technologies have their place, but understanding how container security concerns differ",
   "Yes, containers can run seamlessly on virtual machines"],
  "Both technologies have their place"),
 # 55
 (D, "which one do i roll back faster when a deploy goes bad",
  NC + "rollback, VM snapshots and image versioning are not in the article"),
 # 56
 (D, "windows 11 guest keeps saying tpm missing",
  OOS + "vTPM / Secure Boot for VMs are not in the article"),
 # 57
 (D, "2012 is EOL. rebuild as containers or just a newer VM, what'd you do",
  NC + "Windows Server end of life and Windows containers are not covered; nothing in the thread says the app needs a specific OS, so the article cannot settle it"),
 # 58
 (K, "efficient at what specifically, cpu? memory? my time?",
  ["They typically use fewer resources, making VM resource allocation more efficient",
   "You should monitor metrics like CPU, memory, and I/O closely"],
  "They typically use fewer resources"),
 # 59
 (C, "also which bin do coffee cups go in now, the new stickers say 'mixed' on both"),
 # 60
 (D, "ntp is on in the guest but still drifting 2s a day",
  OOS + "VM clock drift / time sync is not in the article"),
 # 61
 (K, "does putting the card stuff in its own VM instead of a container shrink the blast radius if something's compromised",
  ["making it easier to contain security breaches within a single VM without affecting others"],
  "single VM without affecting others"),
 # 62
 (K, "if we move to containers can all 5 share one cluster or does that mix customer data risk",
  ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
   "running containers with the least privileges, isolating them properly"],
  "isolating them properly"),
 # 63
 (D, "do containers even get SR-IOV VFs or is that a VM-only thing",
  OOS + "SR-IOV is not in the article"),
 # 64
 (K, "given both, vm or container for the media servers?",
  ["Conversely, if your priority is strong security boundaries and consistent performance, VMs could be your best choice",
   "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
  "VMs could be your best choice"),
 # 65
 (K, "isn't that paying twice for isolation",
  ["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
   "proper configuration is essential to prevent potential bottlenecks or security issues"],
  "offers flexibility, scalability, and security"),
 # 66
 (D, "keeps blocking a syscall our native addon uses, how do i find which one",
  OOS + "seccomp profiles are not in the article"),
 # 67
 (K, "would containers fix the 'forgot to turn off' problem or is that just a us problem lol",
  ["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"],
  "quickly spin up and shut down"),
 # 68
 (K, "pfft 'enough'. define enough",
  ["You must implement strict security practices, such as running containers with the least privileges",
   "regularly updating container images to minimize attack surfaces"],
  "regularly updating container images"),
 # 69
 (K, "so is the isolation weaker than a vm because of that, or is that just how it's built",
  ["Container security is complex due to shared kernel vulnerabilities"],
  "shared kernel vulnerabilities"),
]
NOTES = [
 "All 12 deliberately out-of-scope asks (9, 16, 24, 31, 39, 41, 47, 49, 56, 60, 63, 66) were dropped; none of their topics appears in the article.",
 "Not covered, dropped: a density ratio (17, consistent with conversations-21), portability (20), updating edge devices (30), whether startup speed matters for long-running services (34), container filesystems (40), Docker on macOS (42), defining legacy (44), ops overhead for a 2-dev team (52), rollback speed (55), a Windows Server 2012 end-of-life rebuild (57).",
 "Weak keeps: the hypervisor-as-landlord analogy (10), a kernel update reaching every container, answered by the shared-kernel sentences (21), CPU overhead for number crunching, answered only by the general high-load FAQ (29), a nightly script's hassle via VM management effort (45), container images as a whole OS (46), uname -r as an inference from the shared kernel (50), mixing containers and VMs (54), forgotten VMs via spin up/shut down (67).",
]
assert len(L) == len(draft) == 70
labels = []
for i, row in enumerate(L):
    dec, q = row[0], row[1]
    assert q == draft[i]["q"], (i, q, draft[i]["q"])
    assert (dec == C) == bool(draft[i].get("chatter")), i
    if dec == K:
        labels.append({"index": i, "q": q, "decision": K, "expect": row[2], "answer": row[3]})
    elif dec == D:
        labels.append({"index": i, "q": q, "decision": D, "reason": row[2]})
    else:
        assert len(row) == 2
        labels.append({"index": i, "q": q, "decision": C})
assert [l["index"] for l in labels] == list(range(70))
answers = [l["answer"] for l in labels if l["decision"] == K]
assert len(answers) == len(set(answers)), "two KEEPs share an identical answer"
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump({"labels": labels, "notes": NOTES}, f, indent=2, ensure_ascii=False); f.write("\n")
cnt = {k: sum(1 for l in labels if l["decision"] == k) for k in (K, D, C)}
multi = {k: sum(1 for l in labels if l["decision"] == k and len(draft[l["index"]]["context"]) >= 2) for k in (K, D, C)}
three = {k: sum(1 for l in labels if l["decision"] == k and len(draft[l["index"]]["context"]) == 3) for k in (K, D, C)}
print("counts", cnt, "multi", multi, "three", three)
