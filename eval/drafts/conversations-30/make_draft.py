#!/usr/bin/env python3
"""Blind draft for conversations-30, composed before the article was read. Writes draft.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CH = {3, 11, 19, 27, 35, 43, 51, 59}
D = [
 # 0 terse aspect switch
 (["what's the actual difference between a container and a VM?",
   "A container shares the host kernel and packages just the app; a VM runs a whole guest OS on virtual hardware."], "ok and which one boots faster"),
 # 1 own case + sensitive data
 (["We run the ticketing site for a lighthouse museum, about 40k visitors a season. Containers or VMs?",
   "For a small web app like that, containers are usually lighter and quicker to deploy."],
  "even if the same server also holds the donor database with home addresses?"),
 # 2 one word
 (["containers vs vms for security, go"], "so which one is more isolated, one word pls"),
 # 3 chatter
 (["Is it true containers share the host kernel?",
   "Yes - containers share the host OS kernel, while each VM runs its own operating system."],
  "thanks! also whoever refilled the coffee machine beans, legend"),
 # 4 spikes
 (["Our fish auction runs a live bidding app, traders hammer it at 4am, big spikes for 20 minutes then nothing.",
   "right now it sits on one big VM that is idle most of the day"],
  "which of the two copes better with spikes like that"),
 # 5 Portuguese voice
 (["obrigado for the explanation before", "can you say again why VMs use more resources?"],
  "sorry my english, is because each VM have the full operating system inside?"),
 # 6 numbers
 (["How fast does a container start compared to a VM?"], "give me numbers, like seconds vs minutes?"),
 # 7 Windows tool on a Linux box
 (["stained glass studio here, our design tool only runs on Windows", "the rest of our stuff is a small Linux web shop"],
  "can the windows design tool go in a container on the linux box?"),
 # 8 same question other side
 (["what are VMs actually good at?"], "and containers? same question"),
 # 9 disagreement (tech lead)
 (["My tech lead says containers are just as secure as VMs these days."], "is he right or not"),
 # 10 tiny API pick one
 (["We're building a kiosk backend for a golf driving range ball dispenser. Tiny API, maybe 3 endpoints.",
   "Either would work for something that small."],
  "container or vm, just pick one for me"),
 # 11 chatter
 (["Why are containers more portable?",
   "Because a container packages the app together with its dependencies, so it runs the same on any host with a container runtime."],
  "ok. btw someone left a blue lanyard in meeting room 2"),
 # 12 kernel module
 (["go-kart track, our lap timing system talks to a custom kernel module for the transponder loop card",
   "the rest of the site (results page, bookings) is normal web stuff"],
  "does that rule out containers?"),
 # 13 OUT: Helm
 (["we're moving the bookbinding workshop's order site into containers on k8s"],
  "do we need helm charts or are plain yaml manifests enough"),
 # 14 Turkish voice
 (["merhaba, I read containers are lightweight"], "what means lightweight exactly, lighter than what?"),
 # 15 format: two bullets
 (["Can you summarise containers vs VMs?",
   "Containers share the host kernel and are lightweight; VMs virtualise hardware and run a full OS each."],
  "make it two bullets i can paste into the circus school committee minutes"),
 # 16 container inside a VM
 (["sauna booking app for a public bathhouse, runs on one small cloud server"],
  "is running it in a container inside a vm a silly idea?"),
 # 17 Windows-only licence server
 (["we're a recording studio, our plugin licence server is Windows-only, plus a Linux box for the booking calendar"],
  "vm for the licence server then?"),
 # 18 cost
 (["minigolf course, we want a scorecard web app people open on their phones",
   "budget is tight, it is a family business"],
  "whats cheaper to run, containers or vms?"),
 # 19 chatter
 (["containers or vms for CI runners?",
   "Containers are often used for CI because they start fast and can be thrown away after each job."],
  "cool. car park gates are stuck open again fyi"),
 # 20 CPU-heavy weekly job
 (["veg box scheme, we have a delivery route planner that eats CPU every Sunday night for an hour",
   "Containers are lightweight, but heavy jobs may need dedicated resources."],
  "would a vm or a container handle that better"),
 # 21 OUT: HEALTHCHECK
 (["How do I set up a Docker HEALTHCHECK so the container restarts when the app hangs?"],
  "what interval and retries would you use"),
 # 22 migration benefit (three)
 (["beach hut bookings for the council are on an old VM", "someone wants to move it to containers",
   "I'm not against it, just want a reason"],
  "what do we actually gain from that"),
 # 23 learning curve
 (["student newspaper CMS, volunteers come and go every term",
   "Containers can make the setup reproducible so new volunteers get the same environment."],
  "but arent containers harder to learn for students who just want to publish articles"),
 # 24 sensitive data (three)
 (["driving school lesson booking site", "we also store learner licence numbers",
   "and payment details, through a provider though"],
  "does that sensitive data push us towards VMs"),
 # 25 overkill
 (["laser tag arena scoring server, everything on one mini pc"], "honestly is virtualization overkill here"),
 # 26 OUT: AppArmor
 (["what's AppArmor and should our containers use a custom profile?"], "can you write a profile for an nginx container"),
 # 27 chatter
 (["so VMs are heavier because of the guest OS?", "Yes, each VM carries a full operating system of its own."],
  "got it. hoodie order closes friday, sizes in the sheet"),
 # 28 scaling shops
 (["cobbler chain, ticketing app for shoe repairs across 6 shops",
   "each shop has its own little server in the back right now"],
  "we want to scale to 20 shops next year, which scales easier"),
 # 29 one volunteer
 (["seed library catalogue, tiny flask app, one volunteer maintains it"], "which one is less work for one volunteer"),
 # 30 OUT: Firecracker
 (["Firecracker microVMs - are they containers or VMs?"],
  "and would they be faster than docker for our lambda-style jobs"),
 # 31 someone said: VM each
 (["zine collective, our webshop is php + mysql", "a member says put each in its own VM for safety"],
  "is that overkill vs two containers"),
 # 32 legacy Windows 7 PC
 (["glassblowing studio, furnace monitoring runs on a Windows 7 PC nobody dares touch"],
  "could we wrap that in a vm so we can move it to new hardware"),
 # 33 sensitive, not techy
 (["pet crematorium records, owners' names and addresses, a bit sensitive"], "vm or container for that, we're not techy"),
 # 34 stability (three)
 (["lifeboat station crew pager system. it absolutely cannot go down",
   "Both can be run reliably; it depends on what you need most.", "we mean reliability over everything"],
  "so which is more stable"),
 # 35 chatter
 (["do containers need a hypervisor?",
   "No - containers run on the host kernel through a container engine; VMs run on a hypervisor."],
  "ah ok. kettle on 4th floor is broken again"),
 # 36 OUT: Kata
 (["Kata Containers claim to give VM isolation with container UX. true?"], "should we switch our runtime to kata"),
 # 37 Greek voice, microservices
 (["cargo-bike courier dispatch app", "we split it into dispatch, tracking and billing services"],
  "kalimera, is containers good for this microservices? or VMs better"),
 # 38 rollout speed
 (["gelato chain loyalty app, 14 shops",
   "we push a new version about once a week"], "how quickly can we roll out an update to all shops with containers vs vms"),
 # 39 Windows XP
 (["quarry stock-yard software, Windows XP only, vendor long gone"], "container possible? or vm only"),
 # 40 OUT: steal time
 (["Our VMs show 20% CPU steal time. What causes that?"], "how do we bring it down"),
 # 41 need either?
 (["key cutting and watch repair shop, one laptop, a booking page"], "do i need either of these things at all"),
 # 42 faster deploys (three)
 (["skate park membership system", "runs on a VM now",
   "Containers could make deployments quicker if you package the app as an image."],
  "would containers really make our deploys faster?"),
 # 43 chatter
 (["containers vs vms in one line?", "Containers: light, share the kernel. VMs: heavier, full isolation."],
  "perfect. first aid training signup is on the noticeboard"),
 # 44 OUT: distroless
 (["distroless base images, worth it?"], "and how do i debug without a shell then"),
 # 45 downside of staying on VMs
 (["velodrome track booking", "we run it on a vm and it's fine"], "whats the downside of staying on vms"),
 # 46 per-trainer test copies
 (["boxing gym membership app, trainers want their own test copies of it"], "spin up a container per trainer or a VM each?"),
 # 47 Finnish voice, efficiency
 (["judo club grading records app"], "hei, which is more efficient for hardware? we have only one old server"),
 # 48 OUT: cosign
 (["How do I sign images with cosign and verify them at deploy?"], "does the key go in the CI secrets or a KMS"),
 # 49 nephew
 (["bridge club online scoring", "containers would be lightweight for that"],
  "my nephew says docker is just a fancy vm. is he wrong"),
 # 50 sharing a server
 (["snooker hall table booking + card reader service"], "can they share one server with containers safely"),
 # 51 chatter
 (["which is more portable?", "Containers, since they package the app and its dependencies together."],
  "ta. air con in the big room is arctic today"),
 # 52 weekly spike scaling
 (["pub quiz league scores site gets hammered every tuesday night 9-11pm",
   "Containers can be started quickly to add capacity when load rises."], "containers scale up faster for that?"),
 # 53 OUT: macvlan
 (["macvlan vs bridge networking for containers that need LAN IPs?"], "which one so our office printers can reach them"),
 # 54 idle most of the year
 (["juggling convention registration site, only busy 2 weeks a year"],
  "which option wastes less when it's idle most of the year"),
 # 55 shared kernel fear
 (["kitesurf school wind alert service", "it pulls weather data and sends SMS"],
  "is it true containers are less secure because they share a kernel? sounds scary"),
 # 56 GPIO
 (["cheese cave temperature logging, a Pi reads the sensors over GPIO"], "can the sensor reader go in a container"),
 # 57 OUT: buildx
 (["We want multi-arch images for arm and x86 with buildx."], "is qemu emulation fast enough or do we need native runners"),
 # 58 specific OS version (three)
 (["art gallery online shop", "Containers would be a good fit for a web shop.",
   "we also run an old print-on-demand tool that needs one specific linux version"],
  "does that old tool change your answer"),
 # 59 chatter
 (["vms isolate better right?", "Yes, each VM has its own OS and kernel."], "cheers. fruit bowl is restocked btw"),
 # 60 one sentence
 (["bike shop repair booking, thinking about hosting"], "yo whats the tl;dr, one sentence"),
 # 61 OUT: multi-stage
 (["How do multi-stage Dockerfile builds shrink images?"], "show me one for a go binary"),
 # 62 untrusted plugins
 (["fencing club tournament app lets other clubs upload their own bracket plugins"],
  "should those plugins run in containers or vms"),
 # 63 OUT: thin provisioning
 (["VM thin provisioned disks keep filling the datastore"], "how do we reclaim the space"),
 # 64 consolidation
 (["I manage IT for a magicians' booking agency, three apps on three VMs", "each VM is mostly idle"],
  "tbh would merging them into containers on one box save money"),
 # 65 catch
 (["ok i get containers are faster", "but there must be a catch"], "whats the main downside of containers"),
 # 66 sarcasm
 (["containers are basically magic, right, solves everything"], "so i should containerise literally everything, yeah? /s"),
 # 67 containers on VMs
 (["How do VMs and containers work together?", "Many teams run containers inside VMs."],
  "why would anyone do that, isnt that double overhead"),
 # 68 what is a hypervisor
 (["ok last one from me"], "what does hypervisor mean in plain words"),
 # 69 boot slowness (three)
 (["Containers share the host kernel - is that why they start so fast?",
   "Yes, there is no separate OS to boot.", "and why the images are smaller?"],
  "so what does a VM have that makes it slower to boot"),
]
items = []
for i, (ctx, q) in enumerate(D):
    it = {"context": ctx, "q": q}
    if i in CH: it["chatter"] = True
    items.append(it)
assert len(items) == 70, len(items)
assert len({it["q"] for it in items}) == 70
for it in items:
    assert 1 <= len(it["context"]) <= 3 and all(m.strip() == m and m for m in it["context"])
    for s in it["context"] + [it["q"]]:
        assert "@" not in s and not any(c in s for c in "\u2018\u2019\u201c\u201d"), s
multi = sum(len(it["context"]) >= 2 for it in items)
three = sum(len(it["context"]) == 3 for it in items)
print("multi", multi, "three", three)
assert 33 <= multi <= 38, multi
assert three >= 4, three
json.dump(items, open(os.path.join(HERE, "draft.json"), "w"), indent=1)
print("draft.json written")
