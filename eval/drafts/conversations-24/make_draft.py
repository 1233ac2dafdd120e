#!/usr/bin/env python3
"""Blind draft for conversations-24: written before the article or any conversations/*.json was opened."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = "chatter"
items = [
  # 0
  (["what's the main difference between a container and a VM, in one line?"],
   "ok and which one boots faster"),
  # 1
  (["we run the community radio station's playout software on an old tower pc, thinking of moving it onto something virtualized",
    "playout = the thing that plays the scheduled songs and ads 24/7",
    "it's one linux app, nothing fancy"],
   "would a container be enough for that or do we need a whole VM?"),
  # 2
  (["is it true containers are less isolated than VMs?"],
   "less isolated how. give me the actual mechanism not vibes"),
  # 3 chatter
  (["whoever ran the office sweepstake for the cup, who do I pay the fiver to?",
    "Priya has the envelope I think"],
   "cheers, watch me draw Uruguay again lol", C),
  # 4
  (["how do VMs get their isolation?",
    "through the hypervisor, each VM has its own kernel"],
   "si but why this make it more safe than container? i not understand the connection"),
  # 5 out of scope: image signing
  (["we're about to ship container images to customers who run them on-prem"],
   "how do we sign the images so they can verify them, cosign or notary?"),
  # 6
  (["containers vs vms for a vineyard's irrigation controllers? each controller is a little linux board that runs the valve scheduler",
    "we also want a central dashboard in the winery office"],
   "the boards are tiny, not much memory or cpu. does that push us one way?"),
  # 7
  (["containers are just faster VMs right"],
   "wait is that actually wrong? my tech lead says exactly that"),
  # 8
  (["can a container run a different kernel version than the host?"],
   "what if our app needs a custom kernel module then"),
  # 9 out of scope: healthchecks / restart policies
  (["our containers keep dying silently at night",
    "docker ps shows them as exited"],
   "how do i set a healthcheck + restart policy so docker brings them back up?"),
  # 10
  (["explain containers vs VMs to someone in finance",
    "they only care about money"],
   "ok but is there a licensing angle? they asked me about OS licences specifically"),
  # 11 chatter
  (["water cooler on 3 is empty again, does anyone know who orders the bottles?"],
   "facilities said tuesday. bring a flask i guess", C),
  # 12
  (["we host the parish donation site on a VM from a local provider. someone on the council wants us to 'containerise it'"],
   "honestly, is there any point for one small php site that gets 20 visits a week?"),
  # 13
  (["give me pros and cons of containers",
    "fast startup, lightweight, efficient; weaker isolation"],
   "now same thing for VMs pls"),
  # 14 out of scope: clock drift / NTP
  (["our VMs' clocks drift by a few seconds every day",
    "it breaks the TLS handshakes with one partner"],
   "should the guests run chrony or sync from the hypervisor clock?"),
  # 15
  (["containers share the host kernel, that's the whole trick"],
   "so if the host kernel gets a nasty bug, what happens to every container on it?"),
  # 16
  (["which is better for a pottery studio's kiln firing scheduler? it's a tiny flask app plus a sqlite file",
    "runs on a raspberry pi in the back room"],
   "container or VM, or neither lol"),
  # 17
  (["what's the resource overhead of a VM vs a container?"],
   "put that in a 2 column table plz"),
  # 18
  (["why do ppl say VMs are heavier"],
   "heavier in wat way, disk? ram? both?"),
  # 19 chatter
  (["foosball tournament bracket is up on the kitchen wall",
    "first round by friday or you forfeit"],
   "me and Tomasz are gonna destroy accounts payable", C),
  # 20
  (["we need to run a legacy windows-only accounting package alongside our linux services"],
   "so that one can't just be a container on our linux boxes, right?"),
  # 21
  (["containers start in seconds?",
    "usually, yes, because there's no OS to boot"],
   "and a VM, minutes?"),
  # 22 out of scope: seccomp profiles
  (["security team wants seccomp profiles on all our containers"],
   "is the docker default seccomp profile good enough or do we write our own?"),
  # 23
  (["thinking of running our climbing gym's door-entry service and the member app in containers",
    "door entry is kinda critical, if it fails people can't get in"],
   "is container isolation good enough for the door bit or should that be its own VM?"),
  # 24
  (["cool, so VMs = more isolation, containers = lighter"],
   "thx! different question: can you run containers inside a VM? our cloud only gives us VMs"),
  # 25
  (["laundromat chain here: 14 shops, each has a little pc that talks to the card-payment machines",
    "we want to push updates centrally",
    "budget is small, it's a family business"],
   "would you put containers on those pcs or VMs? be blunt"),
  # 26
  (["why are containers more efficient?"],
   "explain it like I'm a ferry ticket clerk"),
  # 27 chatter
  (["who took all the bananas from the fruit delivery, it came at 9 and it's 9:20"],
   "it was the sales team, they had a breakfast thing", C),
  # 28
  (["so containers are less secure",
    "kind of, they share a kernel"],
   "that sounds like FUD honestly. plenty of banks run containers in prod"),
  # 29
  (["our chess club have a pairing engine for online tournaments, it spike very much on tournament weekends and idle otherwise"],
   "which one is more easy to scale up and down for this spikes?"),
  # 30 out of scope: CNI plugins
  (["we're moving to kubernetes",
    "the network team is asking which CNI"],
   "calico or cilium for a 6-node cluster?"),
  # 31
  (["VMs are more secure because each has its own OS"],
   "ok but then I have 40 OSes to patch. is that a real downside or am i overthinking"),
  # 32
  (["heard at a meetup: 'just run everything in containers, VMs are legacy'"],
   "is that a fair take or nah"),
  # 33
  (["we have a bakery chain, each shop's ovens log temperatures to a server in the office",
    "the server is a single box running 5 little services"],
   "for 5 small services on one box, containers or 5 VMs?"),
  # 34
  (["container vs vm for hosting untrusted user code?",
    "like a code-playground site where strangers paste python and we run it"],
   "so which one"),
  # 35 chatter
  (["bring-your-kid-to-work day is the 14th, sign-up sheet by reception",
    "there will be a lego table in the big meeting room apparently"],
   "can adults use the lego table, asking for a friend", C),
  # 36
  (["what does a hypervisor actually do?"],
   "and container have also something like this?"),
  # 37
  (["dog-walking app here. backend is 3 node services + postgres",
    "all on one big VM right now"],
   "is splitting them into containers on that same VM a normal thing to do or weird?"),
  # 38 out of scope: multi-stage builds / distroless
  (["our docker image is 1.2GB for a go binary lol"],
   "how do multi-stage builds or distroless images help with that?"),
  # 39
  (["why would anyone pick VMs in 2026"],
   "give me 3 bullet points max"),
  # 40
  (["our language school has an online placement test, ~200 students take it on the first day of term, otherwise nothing",
    "currently on a VM that sits idle most of the year",
    "the director wants to cut hosting costs"],
   "would containers actually save us money there or is that a myth"),
  # 41
  (["can containers run on any OS?"],
   "like could i run a linux container on a freebsd host"),
  # 42
  (["we're migrating a monolith from VMs to containers",
    "it's a 12 year old java app"],
   "what's going to bite us?"),
  # 43 chatter
  (["lunchtime yoga is moving to the 5th floor terrace",
    "bring your own mat, the office ones are gross"],
   "is it still on if it rains", C),
  # 44
  (["why does everyone say containers are 'lightweight'"],
   "lightwieght compared to waht exactly"),
  # 45 out of scope: SR-IOV / PCI passthrough
  (["we're putting a 25GbE NIC into a VM for a packet capture box"],
   "SR-IOV or full PCI passthrough, which is less hassle?"),
  # 46
  (["containers vs VMs for a recycling centre's weighbridge software? it talks to the scale over a serial port",
    "and it needs a specific old kernel driver for the serial card"],
   "does that driver thing change the answer?"),
  # 47
  (["so basically VMs virtualize hardware, containers virtualize the OS?"],
   "oversimplified?"),
  # 48
  (["a cloud rep told us our containers are 'only as secure as the host kernel'"],
   "is he just trying to upsell us dedicated VMs or is that legit"),
  # 49 out of scope: volumes vs bind mounts
  (["db in a container, data goes where?",
    "volumes probably"],
   "named volume or bind mount for postgres data, what's the difference in practice"),
  # 50
  (["car wash chain, each site has a payment kiosk and a loyalty-card reader",
    "we want one small server per site"],
   "is it fine to run the kiosk backend and the loyalty service on the same host as containers, security-wise?"),
  # 51 chatter
  (["the blinds in the east meeting room are broken again, the sun makes the screen unreadable after 3"],
   "I'll raise a ticket with facilities, moving my 4pm to the small room", C),
  # 52
  (["we run a 3D-printing farm, 40 printers, each needs a little controller service",
    "right now each controller is its own VM on one big server"],
   "40 VMs on one box, is that why it's so sluggish?"),
  # 53
  (["is docker a VM?"],
   "no i mean technically. my manager insists it is"),
  # 54
  (["academic journal here, our manuscript submission system handles unpublished papers under embargo",
    "reviewers' comments are confidential too",
    "we're redoing the hosting this year"],
   "does the sensitivity of the data push us to VMs?"),
  # 55 out of scope: CPU pinning / NUMA
  (["we pin our real-time audio mixing VMs to specific cores"],
   "how do i deal with NUMA when a VM spans two sockets?"),
  # 56
  (["containers or VMs for a high-load API? we're talking 50k rps peaks"],
   "and if we need it to scale out in seconds?"),
  # 57
  (["vm = own kernel, container = shared kernel. got it",
    "so containers can't do anything kernel-level"],
   "so if I want to tune kernel settings just for one app, VM it is?"),
  # 58
  (["choir here lol. we upload rehearsal recordings and a small site transcodes them to mp3 overnight"],
   "ok dumb question, does a batch job like that care whether it's in a container or VM"),
  # 59 chatter
  (["vending machine on 2 just ate my 2 euro coin",
    "again"],
   "there's a refund form at reception, Gert told me last time", C),
  # 60
  (["Which is cheaper to run at scale, containers or VMs?",
    "containers, usually, because of density"],
   "mm ok. can you give me the manager version in two sentences"),
  # 61
  (["what does 'noisy neighbour' mean with containers"],
   "is that a thing with VMs too?"),
  # 62 out of scope: cloud-init
  (["we build VM templates for every new customer",
    "right now someone clicks through the installer"],
   "how do we use cloud-init to set hostname and ssh keys on first boot?"),
  # 63
  (["thanks, the table was super useful",
    "sharing it with the ops channel"],
   "one more: if one container gets hacked, can the attacker get to the others on the host?"),
  # 64
  (["We're a ferry operator. Ticketing runs on VMs and we're asked whether to move to containers before summer season",
    "summer is 5x the traffic of winter",
    "ops team is 2 people"],
   "does that seasonal swing argue for containers?"),
  # 65
  (["so are VMs just dead then",
    "seems like everyone's on containers"],
   "when would you still pick a VM, concretely"),
  # 66 out of scope: confidential computing
  (["legal says the customer wants confidential computing"],
   "what's the difference between AMD SEV and Intel TDX for our VMs?"),
  # 67
  (["allotment society here, we have a waiting-list app and a volunteer who 'does the server'",
    "he says VMs are simpler to manage than containers"],
   "is he right? we're not techy, just want least effort"),
  # 68
  (["containers share the host kernel",
    "VMs each have their own kernel",
    "so which is more efficient in resources?"],
   "and which is safer? same format pls"),
  # 69 out of scope: secrets management
  (["we keep db passwords in env vars in our compose file"],
   "is that bad? what's the right way to do secrets in containers"),
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for i, it in enumerate(items):
    ctx, q = it[0], it[1]
    chat = len(it) == 3
    assert chat == (i in CHATTER_AT), i
    if chat: assert it[2] == C
    d = {"context": ctx, "q": q}
    if chat: d["chatter"] = True
    draft.append(d)
assert len(draft) == 70
assert len({d["q"] for d in draft}) == 70, "duplicate q"
CURLY = "\u2018\u2019\u201c\u201d"
for i, d in enumerate(draft):
    assert 1 <= len(d["context"]) <= 3 and all(isinstance(m, str) and m.strip() for m in d["context"]), i
    for m in d["context"] + [d["q"]]:
        assert not m.lstrip().lower().startswith("@"), i
        assert "@bot" not in m.lower(), i
        assert not any(c in m for c in CURLY), i
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert 33 <= multi <= 38, multi
assert three >= 4, three
with open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False); f.write("\n")
print(f"draft.json: {len(draft)} items, {multi} multi-context, {three} three-message, {len(CHATTER_AT)} chatter")
