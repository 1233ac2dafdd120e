#!/usr/bin/env python3
"""conversations-18 blind draft: written before reading the article. Writes draft.json."""
import json, os
C = True
items = [
 (["what's the actual difference between a container and a VM?", "containers share the host kernel, VMs run their own OS"], "ok but in one line"),
 (["containers vs vms, which is lighter?", "containers, obviously"], "lighter how exactly"),
 (["quick one: do containers have their own kernel?", "asking for the ferry booking site migration"], "so for the ferry booking site, containers or VMs?"),
 (["fire drill at 2pm today, please leave laptops on your desk"], "do we have to take the stairs or can we use the lift?", C),
 (["what's a hypervisor actually doing in all this?", "it sits between the hardware and the VMs afaik"], "and containers don't need one?"),
 (["we've got a lab instrument PC that needs a vendor kernel driver for the spectrometer", "thinking of containerising the acquisition software"], "will that even work in a container?"),
 (["why do people say VMs are more secure than containers?"], "oh sure, because VMs never get hacked"),
 (["containers vs vms for our nightly ETL?", "it's python + postgres, pulls from 3 APIs"], "it runs once a night for 40 minutes then idles, does that change anything"),
 (["what does a container share with the host?", "the kernel mostly"], "and what does a vm share with the host then"),
 (["is it true containers start faster?"], "why"),
 (["can I run containers inside a VM?", "we're on AWS so everything is already a VM"], "is that a normal setup or a hack"),
 (["printer on 3rd floor jammed again"], "anyone know where the spare toner is?", C),
 (["we manage a kiosk fleet at train stations, ~300 small boxes", "they're tiny NUCs with 8GB RAM", "updates go out over flaky 4G"], "each kiosk runs one app, should that app be a container or a full VM image?"),
 (["explain containers vs VMs please"], "bullet points pls, it's for a slide"),
 (["how does GPU passthrough work for VMs vs containers?"], "which one is easier for a CUDA job"),
 (["are firecracker microVMs basically containers?"], "so which should we use for lambda-style functions"),
 (["what's the memory overhead of a VM?"], "give me a number in MB"),
 (["containers share the host kernel right?", "yes that's the whole point"], "what happen if kernel have a bug, all containers is broken?"),
 (["which is better for running many small services?", "microservices, like 30 of them"], "and for one big old app?"),
 (["coffee machine on 4 is descaling, use the one on 2"], "is the oat milk back?", C),
 (["we have to run a Windows-only CAD license server next to our Linux services", "the vendor only ships a .exe"], "can a Linux container host do that or do I need a VM?"),
 (["containers or VMs for CI runners that build untrusted pull requests from forks?", "github actions self-hosted"], "we really don't trust the code, does that tip it?"),
 (["proxmox or esxi for our homelab?"], "ok forget homelab, which for the office?"),
 (["how are docker images layered with overlayfs?"], "does a VM disk do the same thing"),
 (["what's the tradeoff between containers and VMs in one sentence?", "containers are lighter, VMs isolate better, roughly"], "is that fair or too simplified?"),
 (["eli5 containers vs vms"], "now explain it like i'm my grandma"),
 (["do containers use less resources than vms?"], "source?"),
 (["holiday rota for december is up in the wiki, please add your days"], "can I swap the 24th with someone?", C),
 (["why would I pick a VM at all?", "stronger isolation, mostly"], "k and?"),
 (["are containers portable?"], "portable between what tho"),
 (["we run a genomics pipeline with hundreds of short-lived steps", "each step is a different tool with conflicting python versions"], "containers or vms for each step?"),
 (["what do seccomp and apparmor have to do with container security?"], "which profile should we use"),
 (["containers vs vms for a multi-tenant SaaS where customers upload their own plugins", "plugins are arbitrary code btw", "we're on k8s already"], "tenants dont trust each other at all, what do we do"),
 (["how many containers can I fit on a host compared to VMs?"], "roughly, like 10x?"),
 (["do VMs each need their own OS?", "yes each VM has a full OS"], "even if all of them is same ubuntu??"),
 (["someone left fish in the office fridge again", "fridge cleanup friday, unlabelled stuff gets binned"], "does yogurt count as unlabelled if it has my initials?", C),
 (["is SR-IOV networking available to containers?"], "vs vms?"),
 (["what's cgroups v2 doing for containers exactly?"], "and how does the memory controller differ from v1"),
 (["containerd vs cri-o, which runtime?"], "and does the runtime matter if we're on vms"),
 (["we're a radio station, the playout system needs real-time audio with tight latency"], "container or VM for that?"),
 (["what's the main drawback of containers?", "they share the kernel so isolation is weaker"], "and the main drawback of vms?"),
 (["what's the main drawback of vms?", "heavier i guess"], "heavier in what way, cpu? ram? disk?"),
 (["should a small bakery POS backend run in a container or a VM?"], "it's literally one app and a database on one box"),
 (["plants on the windowsill look dead, who's on watering this week?"], "i thought it was facilities", C),
 (["vms vs containers for isolation?", "VMs"], "why is VM isolation stronger, what actually separates them"),
 (["do you need a hypervisor for containers?", "no"], "so what runs containers then"),
 (["can I run a different OS in a container than on the host?"], "like a windows container on linux?"),
 (["containers vs VMs for dev environments?", "we use macs and linux"], "for a team of 5 who keep saying 'works on my machine'"),
 (["what's the RPO for VM-based disaster recovery?"], "and with containers?"),
 (["vmware keeps raising prices, are containers cheaper?"], "cheaper in licence terms I mean"),
 (["explain the difference to my manager"], "shorter, he reads on his phone"),
 (["all-hands link changed, check the calendar invite"], "is it recorded?", C),
 (["we host a hospital imaging archive (PACS) and the auditors want strict isolation between systems"], "would containers pass or should we stay on VMs"),
 (["what's a container, really?", "an isolated process-ish thing"], "so it's just a process?"),
 (["we spin up a game server per match, ~2000 matches an hour at peak", "each match lives ~15 min", "we're on GKE if that matters"], "containers fine for that or do we need VMs"),
 (["are containers less secure?", "everyone at my last job said containers are totally fine security-wise"], "who's right"),
 (["what about using both?", "lots of people run containers inside VMs"], "example?"),
 (["is a VM just an emulator?", "no, not really"], "what is the difference then"),
 (["why is a VM slower to boot?", "it has to boot a whole OS"], "and containers skip that because?"),
 (["desk booking system is down, just grab any free desk today"], "does that include the quiet zone?", C),
 (["is the container approach good for microservices?"], "why specifically"),
 (["our exam-proctoring app for a school runs on students' laptops"], "should we ship it as a container or a VM?"),
 (["containers vs vms summary?", "containers: share kernel, lightweight. VMs: own OS, stronger isolation"], "anything missing from that?"),
 (["do containers give you full OS control?", "no, they share the host kernel"], "what if i need to tweak kernel params"),
 (["what is better for legacy apps?", "VMs probably"], "legacy as in a 15 year old java app that needs a specific OS version"),
 (["what's the benchmark boot time for a container vs a VM?"], "in ms please"),
 (["we're consolidating 40 underused physical servers", "mix of old Windows and Linux apps"], "vms or containers to consolidate them?"),
 (["containers are just chroot with marketing", "lol"], "change my mind"),
 (["can containers run on bare metal?"], "pretty sure you always need a VM underneath, no?"),
 (["which one should I learn first as a junior?"], "career-wise I mean"),
]
draft = []
for it in items:
    d = {"context": it[0], "q": it[1]}
    if len(it) > 2: d["chatter"] = True
    draft.append(d)
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
for d in draft:
    assert 1 <= len(d["context"]) <= 3
    for m in d["context"] + [d["q"]]:
        assert m.strip() and not m.lower().startswith("@bot"), m
assert len({d["q"] for d in draft}) == 70, "duplicate q"
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert 32 <= multi <= 38, multi
json.dump(draft, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.json"), "w"), indent=1)
print(f"{len(draft)} items, {multi} multi-context, {three} three-message")
