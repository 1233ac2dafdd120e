#!/usr/bin/env python3
"""Blind draft for conversations-29 (written before reading the article). Writes draft.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = True
items = [
 # 0 boot speed after a bot definition
 {"context": ["what's actually the difference between a container and a VM, in plain terms?",
              "A VM runs a full guest operating system on virtualized hardware; a container shares the host's kernel and just packages the app and its dependencies."],
  "q": "ok so which one boots faster"},
 # 1 canal boat hire, own case
 {"context": ["we run the booking site for our canal boat hire firm on one old server, thinking of splitting it up",
              "it's a django site and a small flask app, one postgres"],
  "q": "would containers or VMs make more sense for a booking site plus a little engine-hours logbook app, both linux"},
 # 2 disagreement: tech lead, three messages
 {"context": ["is it true containers are less secure than VMs?",
              "Generally VMs give stronger isolation, because each one has its own kernel, while containers share the host kernel.",
              "hmm"],
  "q": "my tech lead says that's a myth now and containers are just as isolated. who's right"},
 # 3 chatter: window cleaners
 {"context": ["reminder: the window cleaners are doing the 3rd floor today, blinds down please",
              "they also need the window sills in the big meeting room cleared by 2"],
  "q": "thanks, moving my plants off the sill", "chatter": C},
 # 4 pottery studio Windows kiln controller
 {"context": ["Containers vs VMs for running our Windows kiln controller software in the pottery studio?",
              "Containers share the host's kernel, so the software generally has to match the host OS; VMs can run a different guest OS."],
  "q": "it only runs on windows 10, does that rule out containers on our linux box"},
 # 5 format: 3 bullets for the wiki
 {"context": ["Why would anyone still pick a VM in 2026?",
              "VMs are still a good fit when you need strong isolation, a different OS, or full control over the kernel."],
  "q": "give me 3 bullets I can paste into the wiki"},
 # 6 Spanish voice, numbers ask
 {"context": ["hola, question about resources",
              "Containers use less memory and CPU because there is no guest OS for each one."],
  "q": "so with same server i can run more containers than VMs? how many more more or less"},
 # 7 dog grooming salon chain, no ops person
 {"context": ["dog grooming salon chain here, we have one appointment app and a SMS reminder worker",
              "both are python, about 200 bookings a day"],
  "q": "containers or VMs for that? we're 3 devs and nobody is an ops person"},
 # 8 OOS VM snapshots
 {"context": ["we moved some things onto VMs last month"],
  "q": "how often should we snapshot the VMs and how long do we keep the snapshots"},
 # 9 shared kernel bug
 {"context": ["do containers share the kernel with the host?",
              "Yes, all containers on a host use the host's kernel; only VMs bring their own."],
  "q": "what happens if that kernel has a bug then"},
 # 10 allotment society
 {"context": ["our allotment society waiting-list site is one php app and a mysql db, currently in a VM"],
  "q": "is it silly to keep that in a VM at all, would a container just be simpler"},
 # 11 chatter: fridge clear-out
 {"context": ["whoever left the fish curry in the fridge since last Tuesday, it's clear-out day Friday"],
  "q": "lol it wasn't me, I'm vegetarian", "chatter": C},
 # 12 format: one sentence
 {"context": ["Containers vs VMs, short version please",
              "Containers share the host OS kernel and are lightweight and fast to start; VMs each run a full guest OS, which costs more resources but gives stronger isolation."],
  "q": "shorter. one sentence"},
 # 13 different OS
 {"context": ["i heard you cant run a different OS in a container than the host, true?",
              "Mostly yes: containers use the host's kernel, so a Linux host runs Linux containers."],
  "q": "so no windows stuff in containers on a linux host at all?"},
 # 14 OOS autoscaling
 {"context": ["we're on kubernetes now for the climbing gym booking app"],
  "q": "how do I set up autoscaling so more pods start when the evening rush hits"},
 # 15 licensing, three messages
 {"context": ["Which is cheaper to run, containers or VMs?",
              "Containers usually need fewer resources, so you can pack more onto the same hardware, which often lowers cost.",
              "what about licensing though"],
  "q": "like do I pay for a windows licence per VM?"},
 # 16 bakery chain
 {"context": ["bakery chain IT here. oven controllers are on a vendor box, but the tills backend and the order website are ours",
              "we're 2 people in IT for 30 shops"],
  "q": "would you put the tills backend and website in containers or keep them on VMs"},
 # 17 Italian voice, vineyard wine shop, isolation meaning
 {"context": ["Are containers or VMs better for isolation? asking for our little vineyard's online wine shop"],
  "q": "scusa, what means exactly isolation here? the data of the customers is separate or no?"},
 # 18 OOS CI layer caching
 {"context": ["our CI builds the container image from scratch every time and it takes 12 minutes"],
  "q": "how do I get docker layer caching working in github actions"},
 # 19 chatter: umbrella
 {"context": ["anyone seen a black umbrella with a duck handle? left it by reception"],
  "q": "there's one in the stand next to meeting room 2", "chatter": C},
 # 20 food bank rota app
 {"context": ["food bank volunteer rota app, one node app + postgres, running on a donated laptop right now",
              "Either can work; it mostly depends on how much you want to manage yourselves."],
  "q": "if we move it to a cheap cloud server, containers or a VM?"},
 # 21 other side: downside of VMs
 {"context": ["What's the main downside of containers?",
              "Since containers share the host kernel, a kernel vulnerability or misconfiguration can affect all of them, so isolation is weaker than with VMs."],
  "q": "and the main downside of VMs?"},
 # 22 OOS GPU passthrough
 {"context": ["we want to train a small model on the GPU in our server"],
  "q": "how do I pass the GPU through to a VM on KVM"},
 # 23 am-dram ticketing
 {"context": ["am-dram society here, our ticketing is a wordpress plugin and a tiny python script that prints seat labels"],
  "q": "is docker overkill for that or does it actually help"},
 # 24 ELI5 for a charity shop treasurer
 {"context": ["containers vs vms",
              "Containers share the host OS and are lightweight; VMs each run their own OS and are heavier but more isolated."],
  "q": "explain like I'm the treasurer of a charity shop chain who has to approve the spend"},
 # 25 laundrette payment service
 {"context": ["We run card-operated laundrette machines, the payment gateway service has to be really locked down"],
  "q": "for the payment bit specifically, container or VM?"},
 # 26 OOS compose vs k8s
 {"context": ["we only have one host for the car wash tunnel dashboards"],
  "q": "docker compose or a single-node kubernetes for that, which one"},
 # 27 chatter: heating
 {"context": ["heating on floor 2 is broken again, facilities say tomorrow"],
  "q": "bringing my big jumper then", "chatter": C},
 # 28 containers inside VMs
 {"context": ["can I run a VM inside a container?"],
  "q": "or the other way round, containers inside a VM, is that normal?"},
 # 29 bell-ringing site, three messages
 {"context": ["Why are containers so popular for microservices?",
              "They start quickly, are lightweight, and package each service with its dependencies, so you can scale and deploy services independently.",
              "ok but we're a bell-ringing society website, no microservices"],
  "q": "does any of that matter for us then"},
 # 30 OOS rootless
 {"context": ["security team wants us to stop running things as root"],
  "q": "how do rootless containers with user namespaces work, is it worth it"},
 # 31 trampoline park waivers
 {"context": ["Containers or VMs for a trampoline park waiver kiosk backend?",
              "It depends on your isolation needs, the OS you need, and how much you want to manage; containers are lighter, VMs give stronger isolation."],
  "q": "it stores signed waivers with kids' names and birthdays. does that change it"},
 # 32 numbers: VM boot time
 {"context": ["containers start in seconds right"],
  "q": "and vms? minutes?"},
 # 33 ice rink legacy Windows Server app
 {"context": ["our ice rink skate-hire system is an old Windows Server 2012 app, nobody has the source",
              "it's a .NET Framework 3.5 thing with a windows service and a desktop client"],
  "q": "can we containerise it or is a VM the only realistic option"},
 # 34 OOS nested virt
 {"context": ["my dev machine is already a VM in the cloud"],
  "q": "how do I turn on nested virtualization so I can run KVM inside it"},
 # 35 chatter: parcel
 {"context": ["parcel for Priya at reception, it's huge", "I think that's my standing desk"],
  "q": "nice, need a hand carrying it up?", "chatter": C},
 # 36 chimney sweep, need either?
 {"context": ["hi, chimney sweep business, we have a booking site and that's it",
              "It depends on what the site runs on today and who maintains it."],
  "q": "do I even need either? honest answer"},
 # 37 aspect switch: web server
 {"context": ["Is it better to run databases in containers or VMs?",
              "It depends; databases need persistent storage and steady performance, which VMs handle well, though containers can run them with volumes."],
  "q": "ok forget databases, what about the web server in front of it"},
 # 38 sign shop kernel module
 {"context": ["sign shop here. our vinyl cutter driver needs a special kernel module on linux"],
  "q": "can the driver live inside a container or does that break"},
 # 39 dev envs vs prod on VMs
 {"context": ["which one is better for dev environments, containers or vms?",
              "Containers are popular for dev environments because they are quick to spin up and match production closely."],
  "q": "even if prod is on VMs?"},
 # 40 OOS packer
 {"context": ["we build a new VM image every month by hand"],
  "q": "how would I automate golden images with packer"},
 # 41 friend says containers aren't VMs
 {"context": ["containers are just lightweight VMs right",
              "Not quite; containers share the host kernel while VMs run their own OS on virtual hardware."],
  "q": "my friend says thats completely wrong and they arent VMs at all. explain"},
 # 42 guide-dog charity sensitive addresses
 {"context": ["guide-dog charity, puppy walker records. sensitive home addresses of volunteers"],
  "q": "is a container good enough isolation or should that sit on its own VM"},
 # 43 chatter: secret santa
 {"context": ["secret santa draw closes at 5, link pinned in #general"],
  "q": "can we set the limit to 10 quid this year", "chatter": C},
 # 44 model railway USB
 {"context": ["Containers vs VMs for a model railway club layout controller? it's a python thing on a Raspberry Pi talking to the track over a USB DCC box"],
  "q": "the USB bit worries me, does docker even see usb devices"},
 # 45 OOS log rotation
 {"context": ["our container logs filled the disk overnight"],
  "q": "how do I set log rotation for the json-file driver"},
 # 46 dance studio transcoding, three messages
 {"context": ["what's faster, a container or a VM?",
              "Containers generally have less overhead since there's no guest OS, so performance is often closer to running directly on the host.",
              "interesting"],
  "q": "is that always true? our dance studio recital video transcoding seems slower in docker"},
 # 47 mac
 {"context": ["wait so if containers share the host kernel, can I run a linux container on a mac"],
  "q": "how does that work if mac isn't linux"},
 # 48 one word, weather station network
 {"context": ["tl;dr please, containers or VMs for a weather station hobby network, 40 volunteers push readings to one API"],
  "q": "just the answer, one word"},
 # 49 OOS clock drift
 {"context": ["VM clocks keep drifting after the host was suspended"],
  "q": "what's the right way to keep time in sync inside the VMs"},
 # 50 yarn shop, nephew
 {"context": ["yarn shop owner, I run my online shop on my own server plus a stock script"],
  "q": "my nephew wants to containerise everything, is that actually worth the hassle for one person"},
 # 51 chatter: bake sale
 {"context": ["bake sale for the hospice on Thursday, sign up if you're bringing something", "I'll do brownies"],
  "q": "putting you down for brownies then, anyone doing savoury?", "chatter": C},
 # 52 DOS inventory program
 {"context": ["Containers or VMs for an antique clock restorer's old DOS inventory program?"],
  "q": "it's literally DOS. containers are out right?"},
 # 53 sarcasm
 {"context": ["wow containers are so secure, nothing could ever go wrong with a shared kernel",
              "Shared kernels do carry risk; isolation between containers is weaker than between VMs."],
  "q": "ok sarcasm aside, what actually can go wrong"},
 # 54 rowing club migrate
 {"context": ["rowing club crew-selection app. we have 2 VMs, one app, one db"],
  "q": "should I migrate both to containers or is there a catch"},
 # 55 OOS harbor
 {"context": ["we want our own registry instead of Docker Hub"],
  "q": "how do I set up harbor with TLS"},
 # 56 numbers: disk, three messages
 {"context": ["do VMs use more disk space than containers?",
              "Yes, each VM carries a full OS image, while container images usually only include the app and its libraries.",
              "how much more roughly"],
  "q": "like GB per VM vs MB per container? ballpark"},
 # 57 bridal shop Windows CAD
 {"context": ["bridal shop appointment system, plus a windows-only dress-alteration CAD tool",
              "the CAD tool is only used twice a week"],
  "q": "can both live on one linux server with containers or do I need a VM for the CAD thing"},
 # 58 OOS NUMA
 {"context": ["our VMs are latency sensitive"],
  "q": "how do I pin vCPUs to NUMA nodes on the host"},
 # 59 chatter: bike rack
 {"context": ["bike rack out front is full again", "there's space by the bins round the back"],
  "q": "cheers, didn't know that existed", "chatter": C},
 # 60 crossword batch job
 {"context": ["puzzle publisher, we generate crosswords overnight with a batch job that eats CPU for 2 hours"],
  "q": "container or VM for a big nightly batch job like that"},
 # 61 hypervisor
 {"context": ["what's a hypervisor got to do with any of this",
              "A hypervisor is the layer that runs virtual machines and gives each one virtual hardware."],
  "q": "do containers use one too?"},
 # 62 Polish voice, pierogi restaurant, maintenance
 {"context": ["hello, small pierogi restaurant chain, we have online orders app"],
  "q": "which is more easy to maintain for small team, containers or VMs? we are two persons only"},
 # 63 auditor, three messages
 {"context": ["containers vs vms for compliance audits?",
              "VMs give stronger isolation boundaries, which can make some compliance requirements easier to meet.",
              "our auditor wants each customer's data on separate machines"],
  "q": "so VM per customer then, or can containers pass that"},
 # 64 thanks + new ask
 {"context": ["thanks, that was useful!", "Glad it helped!"],
  "q": "one more: if I'm already on VMs in the cloud, can I run containers on top of those?"},
 # 65 Dutch voice, old kernel
 {"context": ["dutch here, quick question",
              "Sure, what's up?"],
  "q": "is it true you need the same kernel version in container as on host? we have old app that wants old kernel"},
 # 66 hairdressing chain, no-jargon reword
 {"context": ["containers or VMs for our hairdressing chain's booking app? 14 salons, one central API",
              "Containers would suit a central API: they're lightweight, quick to deploy and easy to scale, and you can run them on a VM or cloud host."],
  "q": "reword that without any jargon please, the owner will read it"},
 # 67 containers on VMs double overhead
 {"context": ["we run containers on bare metal"],
  "q": "someone said containers on VMs is pointless double overhead. is it?"},
 # 68 makerspace untrusted member scripts
 {"context": ["our community makerspace lets members run their own scripts on our server"],
  "q": "should each member get a VM or is a container each enough"},
 # 69 first thing to look at
 {"context": ["ok final question", "Sure, go ahead."],
  "q": "what's the one thing I should look at first when deciding between the two"},
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
assert len(items) == 70, len(items)
qs = [it["q"] for it in items]
assert len(set(qs)) == 70, "duplicate q"
for i, it in enumerate(items):
    assert bool(it.get("chatter")) == (i in CHATTER_AT), i
    assert 1 <= len(it["context"]) <= 3 and all(isinstance(m, str) and m.strip() == m and m for m in it["context"]), i
    assert it["q"].strip() == it["q"] and it["q"], i
    txt = " ".join(it["context"]) + " " + it["q"]
    assert "@" not in txt, i
    assert not any(c in txt for c in "\u2018\u2019\u201c\u201d"), i
multi = sum(1 for it in items if len(it["context"]) >= 2)
three = sum(1 for it in items if len(it["context"]) == 3)
assert 33 <= multi <= 38, multi
assert three >= 4, three
json.dump(items, open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8"), indent=1)
print(f"draft.json: {len(items)} items, {multi} multi-context, {three} three-message")
