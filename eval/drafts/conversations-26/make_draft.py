#!/usr/bin/env python3
"""Blind draft for conversations-26 (written before the article or any conversations/*.json was opened).
Writes draft.json: 70 items {context: [1-3 msgs], q[, chatter: true]}."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}

D = []
def add(ctx, q, chatter=False):
    item = {"context": list(ctx), "q": q}
    if chatter:
        item["chatter"] = True
    D.append(item)

# 0-9
add(["what's the actual difference between a container and a VM, in plain terms?"],
    "cool. now again but for my manager who thinks docker is a shipping company")
add(["do containers share the host kernel?", "yes, all containers on a host use the same kernel"],
    "so if that kernel has a bug every container is exposed at once?")
add(["which one is more secure, containers or VMs?"],
    "we run a CTF next month and players get a shell in the challenge boxes. containers fine or do we need VMs?")
add(["anyone know whose pigeon that is in the stairwell", "it's been there since 9, facilities say they can't catch it"],
    "I've named him Kevin. he is staying", chatter=True)
add(["Are VMs heavier than containers on resources?", "yes, each VM runs a full OS so it needs more memory and disk"],
    "how much heavier, like in megabytes of RAM per instance?")
add(["is docker a VM?", "no, docker runs containers, which share the host OS kernel instead of running a full guest OS"],
    "my coworker insists docker on mac is secretly a VM though. is he wrong?")
add(["why are containers faster to start?"],
    "multi-stage dockerfile would make mine start even faster right? or does it just make the image smaller")
add(["Ich habe eine Frage: when should I prefer VM over container?", "VMs fit when you need full OS isolation or a different operating system"],
    "ok and for a legacy Delphi program of our carpet warehouse that only runs on old Windows, which is better?")
add(["can you give me the pros of containers?", "sure: lightweight, fast startup, portable, efficient use of resources"],
    "now the cons pls, same bullet style")
add(["what does isolation mean for VMs vs containers?"],
    "our refugee legal-aid charity keeps case files with asylum details. does that push us to VMs?")
# 10-19
add(["is it safe to run code from strangers inside a container?",
     "it carries more risk than a VM, because containers share the kernel with the host",
     "hm ok"],
    "our uni online judge runs thousands of student submissions a day, should each one get its own VM then? sounds slow")
add(["reminder the recycling bins changed colours today, blue is paper now not plastic"],
    "so where do the coffee cups go, they're both", chatter=True)
add(["what is a hypervisor?", "software that creates and runs VMs by virtualising the hardware"],
    "and is proxmox or esxi the better one to buy for a small office?")
add(["containers vs vms for microservices?", "containers are the common choice for microservices"],
    "why would microservices prefer containers specifically, what's the reason")
add(["so containers share the kernel, right", "right, they share the host OS kernel", "and VMs each bring their own"],
    "does the shared kernel mean I cant run a different linux distro in the container than on the host?")
add(["what's a container in simple words"],
    "lol ok explain it like im five, with a lunchbox or something")
add(["hey, quick one: can containers and VMs be used together?"],
    "like what would that look like in practice, containers inside the VMs?")
add(["is running containers cheaper than vms?", "often yes, because they use fewer resources"],
    "cheaper how exactly, licences or hardware or both?")
add(["how does the pid 1 thing work in containers", "hmm what do you mean?"],
    "like zombie processes piling up when my app doesnt reap children, should I add tini?")
add(["Christmas jumper day is Friday 12th, 2 quid to the charity pot", "does a hoodie with a reindeer count"],
    "only if it lights up", chatter=True)
# 20-29
add(["which is better for a home lab, containers or VMs?"],
    "I mostly want jellyfin and a pihole on an old laptop. what would you do")
add(["containers are just chroot with extra steps right"],
    "be honest, is that basically true or is it a meme")
add(["How do VMs isolate workloads from each other?", "each VM runs its own full OS on virtualised hardware managed by a hypervisor"],
    "but I read about spectre and meltdown leaking between VMs, so is that isolation real?")
add(["what's the difference in boot time between containers and VMs?"],
    "why tho? wat is the vm actualy doing during that time")
add(["is it better to run a database in a container or in a VM?", "both work; it depends on your isolation and performance needs"],
    "what about a wine shop's cellar stock app with a small postgres, nothing fancy")
add(["Explain containers vs VMs", "Containers virtualise the OS and share the kernel; VMs virtualise hardware and run a full guest OS"],
    "make that a 2-column table so I can paste it into confluence")
add(["should I use host network mode or the default bridge for my containers?"],
    "asking because the ham radio club's APRS igate on a raspberry pi needs to hear udp broadcasts")
add(["there's a mouse in the kitchen again, pest control coming thursday",
     "please keep food in the sealed boxes till then",
     "i saw it behind the microwave this morning"],
    "that explains my missing flapjack", chatter=True)
add(["what's container orchestration?"],
    "do we need kubernetes for 3 containers on one box or is that overkill")
add(["containers or vms for a 3D print farm? each printer has octoprint on its own pi right now"],
    "forgot to say: 14 printers, and I want to manage them all from one server instead of 14 pis")
# 30-39
add(["our tech lead said in standup that VMs are dead and containers won"],
    "is he right or is that just hype")
add(["what's the overhead of a VM?", "VMs carry the overhead of a full guest OS per instance, plus the hypervisor"],
    "does pinning vcpus to physical cores fix most of that? we have numa boxes")
add(["can a container run a different OS than the host?"],
    "so our scout troop's badge tracker, which is a windows-only access database, cant go in a container on the linux nas?")
add(["do VMs need their own OS licence?", "typically each VM runs its own OS, which may need licensing"],
    "ugh. so 10 windows VMs = 10 licences?")
add(["what is the main advantage of VMs?"],
    "one word answer")
add(["free sourdough starter in the kitchen fridge, labelled Doris, take some"],
    "doris has been in there since march, is she safe", chatter=True)
add(["how do containers isolate processes?", "through kernel features like namespaces and cgroups, on a shared kernel"],
    "should i also add a seccomp profile on top of that or is the default fine")
add(["i need strong isolation for multi-tenant stuff, vm or container?",
     "VMs give stronger isolation since each tenant gets its own kernel",
     "we're a small team though"],
    "and if the tenants are just different schools using our tutoring match site, same app same database?")
add(["what's better for CI runners, containers or VMs?"],
    "our robotics team builds the robot code on every push, like 20 min builds, mostly students pushing. which one")
add(["vm vs container for a discord bot?"],
    "its literally one python file lol")
# 40-49
add(["what's the storage story for containers?", "container filesystems are layered; data that must survive goes in volumes"],
    "overlay2 or btrfs driver, which should we pick on the new host?")
add(["containers vs vms for a jupyterhub for a stats course, ~120 students?"],
    "each student gets their own notebook server, if that changes anything")
add(["we set up vms from a golden image and then click around for an hour", "that's the usual pain, yeah"],
    "would cloud-init fix the clicking around part on first boot?")
add(["front steps are icy, someone nearly went over", "facilities are putting grit down at 10"],
    "walk round via the loading bay till then", chatter=True)
add(["are containers less secure than VMs?", "generally they give weaker isolation because of the shared kernel"],
    "weaker how? give me an actual attack scenario")
add(["what is vagrant and should devs use it for local VMs?"],
    "or is that totally replaced by docker now")
add(["containers better for scaling?", "yes, containers start quickly so they scale out fast"],
    "scaling like up to 50 copies during saturday karaoke nights and back to 2 on monday? that kind")
add(["which is easier to manage day to day?"],
    "we are 2 volunteers at the allotment society, honestly whatever is least work")
add(["what happens if a container crashes?", "usually the container is restarted; other containers keep running"],
    "restarted by what? do i need a healthcheck in the dockerfile for that")
add(["can a container load its own kernel module?"],
    "asking for the beekeeping club, the hive scale receiver needs a custom driver")
# 50-59
add(["migrate from VMs to containers, worth it?", "it can be, but expect some challenges"],
    "what challenges, list the top three")
add(["Spanish conversation lunch club starts tuesday in room 2, all levels welcome"],
    "hay galletas?", chatter=True)
add(["what's the security benefit of VMs in one sentence?"],
    "shorter. tweet length")
add(["does a compromised container put the host at risk?", "it can, since containers share the host kernel"],
    "and a compromised VM, does it put the hypervisor host at risk the same way?")
add(["my car wash has 4 payment terminals that talk to a small server in the back", "currently everything is on one old windows box"],
    "would splitting it into VMs or containers help at all?")
add(["containers vs VMs resource usage?",
     "containers use fewer resources since there is no guest OS per instance",
     "so I can pack more apps per server?"],
    "roughly how many more, 2x? 10x?")
add(["what's the deal with old apps and containers"],
    "we have a java 6 app on centos 5 that nobody dares touch. vm it or container it?")
add(["give me the key differences in a short list",
     "isolation: VMs stronger. OS: containers share the host kernel. size: containers smaller. startup: containers faster."],
    "thanks!! one more: which of those matters most for a gliding club's weather station page?")
add(["are vm images bigger than container images?"],
    "gigabytes vs megabytes kind of bigger?")
add(["someone left a chess game half-way on the break room table", "white is clearly winning btw"],
    "don't touch it, it's me vs Priya, move 31", chatter=True)
# 60-69
add(["containers or VMs for a brass band's sheet music library site?", "containers would be the lighter option for a small web app like that"],
    "even if it's only used twice a week? feels like overkill either way")
add(["Quelle est la difference... sorry, what is the difference in how they virtualise?"],
    "so VM virtualise the hardware and container virtualise the OS, I understand correct?")
add(["do I need SR-IOV for network heavy VMs?"],
    "we push ~20 Gbit through a firewall VM and virtio is choking")
add(["our embroidery shop's design software is windows-only and talks to the machine over usb"],
    "vm on the new mac or container? which one has a chance of working")
add(["kennel booking site, 200 bookings a month, containers or VMs?",
     "for a small web app, containers are usually the lighter choice",
     "we also store vaccination certificates that owners upload"],
    "does that change the answer, security-wise?")
add(["what's a good one-liner summary of containers vs VMs for a slide?"],
    "less corporate please, it's for a meetup talk")
add(["do containers run on VMs in the cloud?", "yes, most cloud container services run containers on top of VMs"],
    "isnt that double overhead? why would anyone do that")
add(["community radio playout software runs 24/7 on one PC", "if it stops we get dead air"],
    "would a VM or a container keep it running more reliably?")
add(["which uses less disk, VM or container?"],
    "nice. and less RAM too, or only disk?")
add(["containers or vms for our foundry vtt server for the tabletop group? 6 players"],
    "tbh i just want backups to be easy")

CURLY = "\u2018\u2019\u201c\u201d"
assert len(D) == 70, len(D)
assert {i for i, d in enumerate(D) if d.get("chatter")} == CHATTER_AT
qs = [d["q"] for d in D]
assert len(set(qs)) == len(qs), "duplicate q"
for i, d in enumerate(D):
    assert 1 <= len(d["context"]) <= 3 and all(m.strip() for m in d["context"]), i
    for t in d["context"] + [d["q"]]:
        assert "@" not in t, i
        assert not any(c in t for c in CURLY), i
        assert t == t.strip(), i
multi = sum(1 for d in D if len(d["context"]) >= 2)
three = sum(1 for d in D if len(d["context"]) == 3)
assert 33 <= multi <= 38, multi
assert three >= 4, three
with open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8") as f:
    json.dump(D, f, indent=2, ensure_ascii=False); f.write("\n")
print(f"draft.json: {len(D)} items, {multi} multi-context, {three} three-message")
