#!/usr/bin/env python3
"""Blind draft for conversations-31: written before reading knowledge/containers-vs-vms.md
or any eval/conversations/*.json. Writes draft.json (70 items)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = True
items = [
 # 0
 (["what's the main difference between a container and a virtual machine, in plain words?",
   "A VM runs a whole guest operating system on top of a hypervisor; a container shares the host's kernel and only packages the app and what it needs."],
  "ok and which of the two lets me pack more apps onto one server?"),
 # 1
 (["our CFO wants to know why we'd keep paying for VMs when containers are basically free"],
  "give me one sentence I can paste to the CFO about what the VMs actually buy us"),
 # 2
 (["Hungarian colleague here. We choose containers or VMs for inventory app of a taxidermy studio, small team, one server."],
  "is more simple to move the container between laptop and server, yes?"),
 # 3 chatter
 (["who took the good stapler from the front desk", "not me, check the meeting room by the stairs"],
  "found it, it was under the flipchart lol", C),
 # 4
 (["containers or vms for a legacy app that needs one specific old kernel version?",
   "it's a vendor thing, they only certify that kernel"],
  "why can't a container just bring its own kernel along"),
 # 5
 (["we run a seed bank catalogue; the genetic records database has to be kept well apart from the public website",
   "For sensitive data like that, a VM gives you a stronger boundary because it doesn't share a kernel with anything else.",
   "makes sense for the database"],
  "would a container be enough for the public site part at least?"),
 # 6 out of scope
 (["moving our stateless services into containers on kubernetes next quarter"],
  "how do we set pod disruption budgets so node drains dont take everything down at once"),
 # 7
 (["vms vs containers?"],
  "tl;dr in one line pls"),
 # 8
 (["we're a sheep shearing contractor, the booking app runs on one old VM",
   "thinking of moving it into docker because everyone says so"],
  "whats the actual win for us, honestly"),
 # 9
 (["why do people say containers are less secure than VMs?",
   "I keep hearing the phrase shared kernel in these arguments"],
  "what does shared kernel actually mean in practice"),
 # 10
 (["containers vs VMs for CI runners?",
   "Containers are a common choice for CI: they start fast and give each job a clean environment."],
  "and if the builds run code from random outside pull requests?"),
 # 11 chatter
 (["is the desk fan on the third floor ours or facilities'?", "facilities, they tagged it last week"],
  "ok leaving it then, its roasting in here though", C),
 # 12
 (["our CISO says containers don't give real isolation and wants everything on VMs",
   "I think she's being overcautious for internal tools"],
  "who's right here, her or me?"),
 # 13
 (["need to run a Windows-only tide gauge logger app next to our Linux services",
   "the rest of the stack is already in containers on linux hosts"],
  "can i just put the windows app in a container on those hosts or no"),
 # 14 out of scope
 (["we use docker compose for local dev"],
  "how do compose profiles work so the debug tools only start when i ask for them"),
 # 15
 (["Vietnamese dev here. Our team make ordering app for ramen shop, many small service.",
   "Containers fit many small services well: they're lightweight and quick to start."],
  "and for cost, container is more cheap than vm?"),
 # 16
 (["containers or vms for a new web service?",
   "For most new stateless web services, containers are the usual choice."],
  "why"),
 # 17
 (["our professor insists the lab uses VMs because containers 'aren't real isolation'",
   "students get root inside whatever we give them"],
  "for a student lab like that, is she right?"),
 # 18
 (["can containers run a different operating system than the host?"],
  "what about the other way round, can a VM?"),
 # 19 chatter
 (["biscuit tin in the kitchen is empty again", "someone ate all the ginger ones"],
  "i'll bring some tomorrow, any requests?", C),
 # 20
 (["we want to run a hatchery climate controller's software on our server",
   "catch: it needs a custom kernel module for the sensor board"],
  "container or vm for that?"),
 # 21
 (["how much overhead does a VM have compared with a container?"],
  "give me a rough percentage for CPU"),
 # 22 out of scope
 (["we keep VM snapshots in libvirt for rollback before upgrades"],
  "how long can a libvirt snapshot chain get before disk performance tanks?"),
 # 23
 (["containers or VMs for running dev environments on laptops?",
   "Containers are handy there: everyone gets the same environment and it starts in seconds."],
  "sure, and next you'll tell me the prod database should go in a container too. should it?"),
 # 24
 (["the product owner wants a straight answer: can we put the farrier scheduling app in containers?",
   "it's a normal python web app with a postgres database"],
  "so yes or no"),
 # 25 out of scope
 (["we're on docker for everything now"],
  "why does deleting a file in a later layer not shrink the image? is that the overlayfs whiteout thing?"),
 # 26
 (["containers vs VMs, what should i know before our infra review?",
   "Containers share the host kernel, start in seconds and are light; VMs each run a full OS on a hypervisor, are heavier but more isolated, and can run different operating systems. Which one fits depends on isolation needs, OS needs, and how much you care about density and startup time.",
   "that's a lot"],
  "TOO LONG. THREE BULLETS MAX."),
 # 27 chatter
 (["radiator by the window is making that banging noise again", "I logged it with facilities this morning"],
  "thanks, did they give an ETA?", C),
 # 28
 (["we have a dairy milking parlour system from 2009 on an old windows server box, and the box is dying"],
  "can we virtualise that or does it have to stay on physical hardware"),
 # 29
 (["Czech here. Why containers start so fast compare to vm?"],
  "and the vm must boot the whole OS every time?"),
 # 30 out of scope
 (["we're switching our service mesh to Istio"],
  "is sidecar injection turned on per namespace or per pod?"),
 # 31
 (["is it normal to run containers inside VMs, or is that overkill?"],
  "why would anyone do both"),
 # 32
 (["containers vs vms for our coffee roastery's roast-profile logger?"],
  "it's literally one python script on one raspberry pi"),
 # 33
 (["we're building a platform where customers upload their own plugins and we execute them",
   "right now each plugin runs as a process on the same host"],
  "containers good enough for that or do we need vms?"),
 # 34
 (["containers or vms for microservices?",
   "Containers, mostly: they're lightweight, fast to start and easy to scale out."],
  "our bootcamp instructor said the opposite, that VMs are simpler to reason about. thoughts?"),
 # 35 chatter
 (["anyone know where all the teaspoons went", "dishwasher? it's been running forever"],
  "nope checked, its empty", C),
 # 36
 (["Indonesian here, sorry my English. We have app for bike share, need scale up quickly in rush hour."],
  "container can scale faster than vm?"),
 # 37
 (["how do containers and VMs differ on resource usage?"],
  "so what exactly is the VM spending the extra resources on?"),
 # 38 out of scope
 (["our k8s deployment has a database migration step before the app starts"],
  "should that be an init container or a separate job?"),
 # 39
 (["we want one artifact that runs the same on dev laptops, CI and prod"],
  "is that a container thing or can VMs do it too"),
 # 40
 (["we run a clockmaker's repair ticket site on a single VM",
   "If it's working and low maintenance, staying on the VM is perfectly reasonable.",
   "fair, but the new dev keeps asking about docker"],
  "what would containers give us that the vm doesn't"),
 # 41 out of scope
 (["our containers crash with 'too many open files'"],
  "how do i raise the nofile ulimit for just one container"),
 # 42
 (["containers or vms for the coastguard volunteer rota app?",
   "it has personal data of the volunteers, phone numbers and addresses"],
  "does the personal data change the answer"),
 # 43 chatter
 (["pizza order for friday's demo, put your topping in the thread", "margherita for me"],
  "pepperoni, and one veggie for Sam please", C),
 # 44
 (["what's better for running many copies of the same service, containers or vms?"],
  "and if each copy needs its own kernel tweaks?"),
 # 45
 (["can you sum up containers vs VMs for a teacher who's never heard of either?"],
  "use a house vs apartment comparison if you can"),
 # 46
 (["our orchard co-op's harvest tracking backend runs on two VMs",
   "someone on the board wants to containerise it"],
  "what risks should we think about before moving"),
 # 47 out of scope
 (["images are piling up in our self-hosted registry"],
  "how do I run garbage collection on an OCI registry without breaking pulls?"),
 # 48
 (["containers vs VMs for strict multi-tenant isolation?",
   "VMs give stronger isolation, because each one has its own kernel.",
   "but containers have namespaces and cgroups"],
  "isn't that enough?"),
 # 49
 (["we're a podiatry clinic, looking at hosting our patient records app ourselves",
   "vendor supports both docker and a VM appliance"],
  "container or vm, given it's health data?"),
 # 50
 (["which is more portable, a VM image or a container image?"],
  "why is the container one so much smaller"),
 # 51 chatter
 (["birthday card for Priya is at reception, please sign before 3", "done, used the green pen"],
  "who's collecting for the present?", C),
 # 52
 (["what's the downside of containers?"],
  "and of VMs?"),
 # 53
 (["Romanian here, our crane hire company has booking system on one big VM",
   "we want to do updates without downtime"],
  "container help with this?"),
 # 54 out of scope
 (["our VMs run Linux on KVM"],
  "can i hot-add vCPUs to a running VM without a reboot?"),
 # 55
 (["containers vs vms for a gritting route planner that only runs in winter?"],
  "we'd like to spin it up in november and throw it away in march, which is easier"),
 # 56
 (["we have a letterpress print shop and the typesetting tool is an ancient mac app"],
  "can docker run it?"),
 # 57 out of scope
 (["running containers on Fedora with SELinux enforcing"],
  "what does the :z on a volume mount do exactly"),
 # 58
 (["containers vs VMs?",
   "Containers are lighter and faster to start; VMs are heavier but more isolated and can run any OS.",
   "ok but security-wise specifically"],
  "which one has the bigger attack surface?"),
 # 59 chatter
 (["ping pong table is booked solid every lunch", "make a sign-up sheet?"],
  "good idea, I'll stick one up by the kitchen", C),
 # 60
 (["for a kombucha brewery's fermentation dashboard, containers or VMs?",
   "Containers would be lightweight and easy to deploy for a small dashboard."],
  "it's on the same cheap VPS as our website, does that change anything?"),
 # 61
 (["our sign language interpreting agency books interpreters through a small web app"],
  "we just want the cheapest to run, container or vm"),
 # 62
 (["do containers need a hypervisor?"],
  "so what sits underneath them instead :thinking_face:"),
 # 63 out of scope
 (["we ship our product to customers as a VM appliance"],
  "OVF export or a raw qcow2, which one imports more reliably into VMware?"),
 # 64
 (["why would I still use VMs in 2026? feels like everything is containers now"],
  "name one case where a VM is clearly the right call"),
 # 65
 (["our pallet yard stock app runs on a box under someone's desk",
   "we want to move it to the cloud this year"],
  "lift-and-shift into a VM or rewrite it as containers?"),
 # 66
 (["vms vs containers - which is better for isolation?",
   "VMs: each one has its own kernel, so a compromise is better contained.",
   "and for performance?"],
  "and management overhead?"),
 # 67 out of scope
 (["our Dockerfile needs an npm token at build time"],
  "how do BuildKit secrets keep the token out of the image layers?"),
 # 68
 (["what happens to containers if the host kernel has a bug?"],
  "and would a VM be hit by the same bug?"),
 # 69
 (["our amateur radio club runs a logbook server and members keep breaking it",
   "someone always installs something weird on it"],
  "would containers make it easier to reset it to a known-good state?"),
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for t in items:
    ctx, q = t[0], t[1]
    d = {"context": [" ".join(m.split()) for m in ctx], "q": " ".join(q.split())}
    if len(t) > 2: d["chatter"] = True
    draft.append(d)
assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
qs = [d["q"] for d in draft]
assert len(set(q.lower() for q in qs)) == len(qs), "duplicate q"
for i, d in enumerate(draft):
    assert 1 <= len(d["context"]) <= 3 and all(m.strip() for m in d["context"]), i
    for s in d["context"] + [d["q"]]:
        assert "@" not in s, i
        assert not any(c in s for c in "\u2018\u2019\u201c\u201d"), i
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
print("items", len(draft), "multi-context", multi, "three-message", three)
assert 33 <= multi <= 38, multi
assert three >= 4, three
out = os.path.join(HERE, "draft.json")
assert not os.path.exists(out)
with open(out, "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=1, ensure_ascii=False); f.write("\n")
print("wrote", out)
