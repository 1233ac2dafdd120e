#!/usr/bin/env python3
"""Blind draft for conversations-27 (written before the article was read)."""
import json
C = "chatter"
items = [
 (["whats the actual difference between a container and a vm in plain terms"], "so which one is lighter on the server"),
 (["do containers share the host kernel?", "Yes, containers on a host all use the host's kernel, while each VM runs its own kernel."], "hm so if that kernel has a bug, what happens to all of them"),
 (["we run a dog grooming salon booking app, two small services, is docker fine or do we need vms"], "and if we grow to like 5 salons does that change anything"),
 (["whoever left the blue umbrella by reception, lost property box is getting emptied friday", "omg I think that's mine from october"], "grab it before 5 tomorrow, facilities said they're taking it to the charity shop", C),
 (["our vms are all overcommitted on memory, is that a thing with vms"], "how does memory ballooning actually work then, does the guest notice"),
 (["Kurze Frage: VMs oder Container fuer unsere Testumgebung?", "For a test environment containers usually win because they start fast and are cheap to throw away."], "und wenn wir verschiedene Betriebssysteme testen muessen? windows und linux"),
 (["what's the security story with containers vs vms", "VMs give stronger isolation because each has its own kernel; containers share the host kernel.", "so containers are insecure?"], "thats not what I asked lol, is it 'insecure' or just 'less isolated'"),
 (["we want to run our ML inference in containers"], "how do I get the gpu into the container, nvidia thing?"),
 (["we're a church with a livestream pc running OBS on windows, someone suggested containerising it", "Containers work best for Linux server apps; a desktop streaming setup on Windows is usually not a good fit."], "so would a vm be the better call or just leave it on bare metal"),
 (["can you give me a one-liner on containers vs vms for a slide"], "less corporate please, it's for the intern onboarding deck"),
 (["our food bank uses an old access database on one windows pc", "thinking of moving it to a vm on the new server"], "is that a sensible move or am i overcomplicating it"),
 (["the window cleaners are abseiling past the 4th floor meeting room rn"], "closing the blinds in 4B, someone was mid-pitch and lost the plot", C),
 (["are containers faster than vms?", "Containers start much faster and have less overhead because they do not boot a full OS."], "faster at runtime too or just startup"),
 (["security team wants rootless containers"], "what's the deal with user namespaces in rootless mode, does it break volume permissions"),
 (["tl;dr containers vs vms?", "Containers: lightweight, share the host kernel, fast to start. VMs: heavier, own OS per VM, stronger isolation."], "bullets for when to pick each pls"),
 (["je suis nouveau ici, pourquoi on utilise des VMs ET des conteneurs?"], "on peut pas juste choisir un seul?"),
 (["we're moving our legacy monolith from vms to containers next quarter", "That's a common move; plan for how the app handles state and configuration.", "yeah the PM thinks it's a two week job"], "what are the main things that'll bite us so i can push back"),
 (["how do we know our container images dont have vulnerable packages"], "is trivy good enough or do we need something paid"),
 (["climbing gym here, we have a waiver kiosk app and a member site", "Both sound like small web workloads that would run fine in containers."], "the kiosk is a windows touchscreen thing tho, still?"),
 (["the clock in the big meeting room is 10 min fast again", "thats why I thought I was late for standup"], "i'll bring a step ladder tomorrow and fix it", C),
 (["my tech lead says vms are basically dead now that everyone uses kubernetes"], "is he right or is that hype"),
 (["we run a roller derby league's bout scoring app, scoreboard + stats, on a single little vps", "A single small VPS can run that in containers comfortably."], "would containers on a vps not be like double virtualization, is that bad"),
 (["heard about gvisor for sandboxing containers"], "how much slower is gvisor compared to runc in practice"),
 (["eli5 containers vs vms", "A VM is like a whole separate house with its own plumbing; a container is like a flat in a shared building."], "ok and in that analogy whats the kernel"),
 (["bell ringers guild here (yes really), we keep peal records on a php site, someone wants to dockerise it"], "whats actually in it for us, we're like 4 people"),
 (["do vms have better performance isolation?", "Yes, VMs usually give more predictable performance because resources are assigned to each VM."], "so noisy neighbour is more of a container problem?"),
 (["can i run a vm inside a vm for my hypervisor lab"], "do i need to enable something on the host cpu for nested virt"),
 (["someone left a road bike in the 2nd floor corridor, fire marshal is not happy"], "it's Priya's, she's moving it to the bike cage after lunch", C),
 (["which is cheaper to run, containers or vms?", "Containers are usually cheaper to run because you can pack more of them on the same hardware."], "what about licensing, we're mostly windows server"),
 (["our pottery studio has a kiln controller that logs temps to a raspberry pi"], "should the logging thing be in a container or just a normal install, or a vm?"),
 (["containers vs vms for a multi tenant saas?", "For strong tenant separation VMs are safer; for many small tenants containers are more efficient.", "we're doing a bakery ordering platform, each bakery is a tenant"], "ok and if one bakery demands their data be fully separate?"),
 (["setting up a small virtualisation host"], "kvm or xen these days, which hypervisor"),
 (["can a container run a different OS than the host?", "Containers share the host's kernel, so a Linux host runs Linux containers."], "so no windows containers on my ubuntu box at all?"),
 (["hackathon judging app, lives for 3 days, containers or vms?"], "just one word pls"),
 (["is it true containers can't be as isolated as vms", "Generally yes; VMs isolate at the hardware level with their own kernel."], "my coworker says with hardening they're just as good. source?"),
 (["the office fish tank filter is making that gurgling noise again", "I think the water level is low"], "topped it up, gurgle gone, the guppies seem fine", C),
 (["our container logs filled the disk overnight"], "how do i set log rotation for the json-file driver"),
 (["why would anyone still use vms for new stuff", "VMs still make sense when you need full OS control, strong isolation, or a different OS."], "give me a concrete example pls"),
 (["student newspaper site, ghost blog + newsletter, on shared hosting"], "worth moving it into docker or does the shared hosting do the job"),
 (["whats the management overhead like for vms vs containers", "Each VM is a full OS to patch and maintain; containers share the host OS."], "so fewer things to patch with containers, or just different things"),
 (["upgrading postgres on a vm this weekend"], "should I take a vm snapshot first, and does it need the vm powered off"),
 (["rowing club here, we want an erg leaderboard site, tiny", "A small site like that runs fine in a single container."], "we also want to let members upload their own scripts for custom workouts, still fine?"),
 (["containers vs vms - startup time?"], "like, are we talking seconds vs minutes"),
 (["charity step challenge signup sheet is on the kitchen fridge", "how many steps is the target", "10k a day for march"], "put me down, my dog will be thrilled", C),
 (["can containers and vms be used together?"], "why would you put containers inside vms though, seems like paying twice"),
 (["yoga studio class booking app - we're 1 dev, using heroku-ish hosting", "Platform hosting like that already runs your app in containers under the hood."], "so if we leave heroku, vm or container on our own"),
 (["we have 3 servers and docker compose files"], "swarm or just compose per box, which is less pain"),
 (["Is it possible to move a container from one host to another easily?", "Yes, container images can run on any host with a compatible runtime."], "and vms? can i just move those too"),
 (["pls explain like i'm a non-technical manager why we'd want containers"], "and the downside, in one sentence, he'll ask"),
 (["we run a bird-ringing data app for a research group, it needs a custom usb driver for the ring reader", "Custom drivers usually need to be on the host or in a VM with the device passed through."], "why can't the container just load the driver itself"),
 (["sarcasm incoming: so containers are just vms that forgot their kernel at home?"], "genuinely tho, is that a fair way to put it"),
 (["the new label maker arrived", "finally, the cable drawer is chaos"], "who wants to do the cable drawer friday afternoon?", C),
 (["our vms' clocks drift a few seconds a day"], "should the guest run ntp or use the hypervisor time sync"),
 (["should we run our minecraft server for the kids' coding club in a container or vm", "Either works; a container is simpler to set up and lighter.", "the kids get op access and can run command blocks"], "does that change it security-wise"),
 (["what happens if one container crashes, do the others go down too"], "and if the host crashes?"),
 (["we keep seeing 'containers are more scalable', what does that mean", "You can start many containers quickly and add more copies when load grows."], "scalable vs vms how exactly, vms autoscale too"),
 (["home assistant + nextcloud for the family on an old mini pc, containers or vms?"], "what if I want to tinker with the host and not break nextcloud"),
 (["are containers good for databases", "Many teams run databases in containers, though some prefer VMs for big production databases."], "why the preference for vms there"),
 (["my api container can't reach the db container by name"], "how does container dns resolution work between services"),
 (["roadworks drilling outside is unbearable, anyone know how long it's on for"], "council notice says three weeks, noise-cancelling headphones in the cupboard if you need them", C),
 (["how do vms handle high load compared to containers", "Both can handle high load; VMs have more overhead per instance."], "so under heavy load which one stays more predictable"),
 (["tram museum volunteer here, our ticket till software only runs on windows 7"], "can a vm keep that alive safely or is that a bad idea"),
 (["what's a hypervisor", "A hypervisor is the software that runs VMs and shares the hardware between them."], "and the container equivalent of that is?"),
 (["cider farm shop, we sell online via a small django app"], "containers or a vm for that, and why, in 3 bullets"),
 (["we're doing a language school speaking test platform, students record audio", "Containers would scale well for spikes during exam weeks.", "we also run the grading model, it's sensitive"], "should the grading side be separated more strongly then"),
 (["tweet length: why containers"], "now the same for vms"),
 (["does running in a vm slow my app down a lot", "There is some overhead from virtualisation, but it's often small for typical apps."], "compared to containers tho? like percentage"),
 (["puppet theatre here, lighting control software, windows only, 1 pc"], "would a vm add lag to the dmx output"),
 (["thanks, that containers vs vms explainer helped a lot", "Glad it helped!"], "one more: which one would you pick for running untrusted code from users"),
 (["is it true containers are less stable than vms"], "my boss read that containers crash more, is there anything to it"),
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for t in items:
    d = {"context": t[0], "q": t[1]}
    if len(t) == 3:
        assert t[2] == C; d["chatter"] = True
    draft.append(d)
assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
assert len({d["q"] for d in draft}) == 70
for d in draft:
    assert 1 <= len(d["context"]) <= 3 and all(isinstance(m, str) and m.strip() == m and m for m in d["context"])
    assert d["q"].strip() == d["q"] and d["q"]
s = json.dumps(draft, ensure_ascii=False)
assert "@" not in s and not any(c in s for c in "\u2018\u2019\u201c\u201d")
multi = sum(len(d["context"]) >= 2 for d in draft); three = sum(len(d["context"]) == 3 for d in draft)
assert 33 <= multi <= 38 and three >= 4, (multi, three)
with open("draft.json", "w") as f:
    json.dump(draft, f, indent=1); f.write("\n")
print("draft.json", len(draft), "multi", multi, "three", three)
