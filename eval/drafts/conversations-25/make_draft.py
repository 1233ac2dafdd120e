#!/usr/bin/env python3
"""Blind draft for conversations-25: 70 Slack-thread follow-ups {context, q[, chatter]}.
Written before the article or any conversations/*.json was opened."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = True
items = [
  # 0
  (["whats the actual difference between a container and a vm, short version pls",
    "containers share the host kernel, VMs each run their own OS"],
   "ok and which one boots faster"),
  # 1
  (["containers or VMs for a planetarium show-control box? it drives the projectors and the dome audio, one machine, never touches the internet"],
   "it also needs a weird vendor kernel driver for the projector sync card, does that change anything"),
  # 2
  (["Is it true that containers are less secure than virtual machines?",
    "Everyone at work says so but nobody explains why",
    "I just need something I can repeat in the meeting"],
   "so what exactly is it about the kernel that makes it riskier"),
  # 3 chatter
  (["heads up there's a wasp nest right above the back door by the bins", "facilities know?"],
   "yeah they said someone comes thursday, use the front entrance till then", C),
  # 4
  (["we run a food bank's inventory + parcel allocation app on one donated server. containers or VMs?"],
   "volunteers change every few months, which one is less to look after"),
  # 5
  (["Containers vs virtual machines - which one uses less resources?",
    "containers, pretty sure"],
   "why tho"),
  # 6
  (["what's a hypervisor"],
   "and containers dont have one? then what runs them"),
  # 7
  (["Can you put containers inside a VM?"],
   "isnt that just the worst of both worlds, double overhead"),
  # 8
  (["we're moving our town's Mastodon instance off a single VM",
    "thinking of splitting it into containers",
    "it's postgres + sidekiq + the web bit + redis"],
   "what usualy goes wrong when people move from vm to containers"),
  # 9 out of scope
  (["our CI keeps failing pulling base images from docker hub"],
   "do we need a registry mirror or is it the pull rate limit thing"),
  # 10
  (["explain containers vs VMs like I'm a manager", "no jargon please"],
   "now in 3 bullet points max"),
  # 11 chatter
  (["all the whiteboard markers in room 4 are dead"],
   "there's a new box in the stationery cupboard, top shelf", C),
  # 12
  (["which is more portable, a container or a VM image?",
    "we keep hearing 'runs anywhere'"],
   "portable how, like between my laptop and the cloud?"),
  # 13
  (["our youth club have Minecraft server, kids upload their own mods to it"],
   "the mods are basically random jars from internet, so vm is safer or container is fine?"),
  # 14 out of scope
  (["we're converting some old VMware images to KVM"],
   "qcow2 or keep them as vmdk, which performs better"),
  # 15
  (["tl;dr containers vs vms?", "containers = light, VMs = isolated, basically"],
   "is that really the whole story or is my coworker oversimplifying"),
  # 16
  (["How much faster do containers start compared to VMs?"],
   "gimme a number, seconds vs minutes?"),
  # 17
  (["we are small sign-language interpreting agency, we have video relay booking system",
    "it run on one old server now"],
   "is better to put in container or in VM, we have not much money for licence"),
  # 18 out of scope
  (["our VM host is overcommitted on RAM"],
   "does memory ballooning actually help or is it a trap"),
  # 19 chatter
  (["flu jab sign-up sheet is on the kitchen door",
    "slots on tuesday and wednesday morning",
    "bring your staff card"],
   "put me down for wednesday pls, can't reach the kitchen till 11", C),
  # 20
  (["We have a 20 year old Perl CGI app for our genealogy society's records search",
    "it needs a really specific old OS setup to even run",
    "old Apache with mod_perl built against one particular lib version"],
   "container or VM for that thing"),
  # 21
  (["Do containers share the OS with the host?"],
   "all of it or just the kernel"),
  # 22
  (["what are the main downsides of VMs",
    "mostly they're heavy and slow to boot"],
   "same question but for containers"),
  # 23 out of scope
  (["we run k8s on VMs in our lab"],
   "can we run VMs inside those VMs too? is nested virtualization any good"),
  # 24
  (["our hackspace runs the laser-cutter booking site and the member door fobs on one NUC",
    "currently two VMs on it"],
   "would containers actually save anything on a box that small"),
  # 25
  (["containers vs VMs, which is cheaper to run?"],
   "and if we're paying per-OS licences?"),
  # 26
  (["so containers share the host kernel",
    "does that mean one bad container can take down the others?"],
   "ok but like how likely is that really"),
  # 27 chatter
  (["who's doing the step challenge leaderboard this month"],
   "priya is, she's already on 90k lol", C),
  # 28 out of scope
  (["our containers' logs are filling the disk"],
   "json-file driver with max-size or switch to journald?"),
  # 29
  (["when would you NOT use containers?",
    "asking for a friend who containerised everything"],
   "any concrete examples tho"),
  # 30
  (["thx that explanation helped a lot", "one more thing"],
   "mushroom farm here, the climate controllers for the grow rooms run on a little linux box - should each controller be its own container?"),
  # 31
  (["is it just me or are containers totally overhyped"],
   "like genuinely, what do they do that a VM cant"),
  # 32 out of scope
  (["we're moving from cgroups v1 to v2 on our container hosts"],
   "anything that breaks for docker when we flip it?"),
  # 33
  (["Containers or VMs for a dance studio's class booking site? It's tiny",
    "like 200 students"],
   "we get a huge spike when new term opens tho, does that matter"),
  # 34
  (["my tech lead says VMs are 'basically obsolete' now that we have kubernetes"],
   "is he right?"),
  # 35 chatter
  (["that drilling from next door is unreal", "can't hear anything on calls"],
   "quiet room on 2 is free all afternoon if anyone needs it", C),
  # 36
  (["containers vs vms for a hearing-aid clinic?",
    "the audiometer needs a windows driver from 2011",
    "our other stuff is all linux"],
   "so vm right? or can a container do drivers"),
  # 37 out of scope
  (["can I run Windows containers on our Server 2022 hosts?"],
   "process isolation vs hyper-v isolation, which should we pick"),
  # 38
  (["Containers vs VMs - which handles high load better?"],
   "what happens to VMs when the host is maxed out"),
  # 39
  (["I heard at a meetup that VMs are more secure because of the hypervisor", "is that a thing"],
   "explain why in one sentence"),
  # 40
  (["which is better for microservices", "containers obviously?"],
   "why not a VM per service then"),
  # 41 out of scope
  (["someone mentioned unikernels as the 'third option' besides containers and VMs"],
   "are they worth looking at for our api?"),
  # 42
  (["we're an opera house, the surtitles display runs off one PC backstage",
    "it just shows text on screens above the stage"],
   "does this even need containers or VMs at all lol"),
  # 43 chatter
  (["someone's parcel has been in the post room since monday", "name on it says K. Okafor"],
   "thats the new guy in finance i think, ill tell him", C),
  # 44
  (["containers vs vms"],
   "table pls"),
  # 45
  (["What's the catch with VMs?", "VMs are heavier, they each need a full operating system"],
   "ok so what does heavier mean in practice, for us running like 30 of them"),
  # 46 out of scope
  (["we need to move VMs between hosts without downtime during patching"],
   "is vMotion the only way or does KVM do live migration too"),
  # 47
  (["containers or vms for a locksmith's key-cutting machine controller? it talks to the machine over usb"],
   "usb passthrough into a container is a pain right, so vm?"),
  # 48
  (["so basically containers are faster and lighter?", "yes pretty much"],
   "then why does anyone still use vms"),
  # 49 out of scope
  (["docker on my mac is so slow with bind-mounted source folders"],
   "is that a VM thing? any fix"),
  # 50
  (["We're a small college, the thesis plagiarism checker runs on a VM",
    "the vendor now ships it as a container image too",
    "IT is two people"],
   "worth switching? what do we gain"),
  # 51 chatter
  (["bike rack downstairs is full again"],
   "there's space in the basement car park cage, ask reception for the code", C),
  # 52
  (["containers vs vms for isolation", "asking because we host other people's stuff"],
   "which one would you pick for running code you didnt write"),
  # 53 out of scope
  (["how do I see which syscalls a container is making in prod?"],
   "is eBPF the way or is that overkill"),
  # 54
  (["my manager wants a one-liner on containers vs VMs for a slide"],
   "shorter. like 10 words"),
  # 55
  (["Container or VM for a COBOL batch job we still run on an old AIX box?"],
   "we'd have to recompile anyway, so realistically its a vm right"),
  # 56
  (["if a container gets hacked what happens", "does the attacker get the whole host"],
   "and with a vm?"),
  # 57 out of scope
  (["our containers log times in UTC but the app users are in Berlin"],
   "best way to set the timezone in the image? TZ env or copy zoneinfo"),
  # 58
  (["what does lightweight mean when people say containers are lightweight"],
   "lightweigth compared to what exactly"),
  # 59 chatter
  (["hackathon tshirt sizes due by friday", "form's pinned in #events"],
   "done, went with L this time after last year's disaster", C),
  # 60
  (["Can containers and VMs be used together?", "like in the same setup"],
   "give me an example of how that'd look"),
  # 61
  (["Running Home Assistant at home on an old NUC", "should it be a container or a VM"],
   "the add-on store only works in the VM version apparently, does that tip it"),
  # 62
  (["so which is more secure, final answer"],
   "no 'it depends' pls"),
  # 63
  (["do containers need an OS license per container like VMs do?",
    "we're mostly a windows shop"],
   "so would that make containers cheaper for us"),
  # 64
  (["we run our family's Nextcloud on one VPS"],
   "container inside that vps or is that pointless"),
  # 65
  (["What's a good rule of thumb for picking containers vs VMs?",
    "like a decision checklist",
    "we do a lot of new services but also some legacy stuff"],
   "make it a checklist i can paste into our wiki"),
  # 66
  (["containers start in seconds right", "and VMs take ages"],
   "why does a vm take so long to start, what is it actually doing"),
  # 67
  (["sawmill here, log-scanning cameras feed a vision app on a rugged PC",
    "someone told us to containerize it for scalability",
    "a consultant, obviously"],
   "we have exactly one saw line. scalability for what lol"),
  # 68
  (["can a container run a different OS than the host?"],
   "so no running a windows thing on a linux box in a container?"),
  # 69
  (["thanks, great answer about VM isolation", "really helped convince my boss"],
   "one last thing - same format but for why containers are good for scaling"),
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for t in items:
    ctx, q = t[0], t[1]
    d = {"context": list(ctx), "q": q}
    if len(t) == 3:
        d["chatter"] = True
    draft.append(d)

assert len(draft) == 70
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
assert len({d["q"] for d in draft}) == 70
CURLY = "\u2018\u2019\u201c\u201d"
for d in draft:
    assert 1 <= len(d["context"]) <= 3 and all(m.strip() for m in d["context"])
    for s in d["context"] + [d["q"]]:
        assert "@" not in s and not any(c in s for c in CURLY), s
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert 33 <= multi <= 38, multi
assert three >= 4, three
with open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False); f.write("\n")
print(f"draft.json: {len(draft)} items, {multi} multi-context, {three} three-message")
