#!/usr/bin/env python3
"""Blind draft for conversations-15: written before the article, any earlier draft/labels,
or any conversations/*.json were opened. Writes draft.json (70 items)."""
import json, os

C = lambda *ctx: list(ctx)
items = [
  # 0
  (C("how long do containers take to start compared to vms", "containers are supposed to be way faster right"), "why tho"),
  (C("we're running the nightly ETL for the warehouse in VMs, thinking of switching to containers",
     "main pain is each VM hogs like 8 gigs doing nothing half the day"), "would containers pack more of these jobs onto one box?"),
  (C("can a process break out of a container onto the host?", "some blog said it happens all the time"), "source?"),
  (C("are containers or vms better for a flash-sale checkout service?", "containers usually, they spin up fast"),
   "who took the last oat milk from the fridge 😤", True),
  (C("do containers share the host kernel?"), "so wat happen if kernel crash"),
  # 5
  (C("our WireGuard gateway box needs a custom kernel module loaded at boot"), "container or vm for that"),
  (C("which is cheaper to license, containers or vms?"), "one sentence pls"),
  (C("we're planning to move a legacy ERP off bare metal", "someone in the meeting said just containerize it"),
   "is that harder than lifting it into a vm?"),
  (C("black friday traffic is like 20x normal for our storefront", "right now we pre-provision VMs a week ahead"),
   "containers or vms for absorbing that?"),
  (C("what tool manages lots of containers?"), "equivalent for vms?"),
  # 10
  (C("can you run containers inside vms?", "we're on a cloud where everything is a VM anyway"),
   "is that actually a thing people do or just a hack"),
  (C("is managing vms more work than containers?", "yeah patching every guest OS is a chore"),
   "standup moved to 10:30 today fyi", True),
  (C("our price-feed service is super latency sensitive", "jitter kills us more than raw speed"),
   "which one gives steadier performance"),
  (C("containers are basically lightweight vms right?"),
   "my lead says that's wrong and they're totally different things. who's right"),
  (C("students in our course lab will upload and run arbitrary code", "we want to isolate each submission from the others"),
   "container per submission enough?"),
  # 15
  (C("why do vms take longer to boot"), "simpler pls, im a designer"),
  (C("what's the overhead of a vm compared to a container?"), "how much in percent?"),
  (C("does docker on a mac run a vm under the hood?"), "why would it need one"),
  (C("we want to run a different OS version than the host for one service", "host is pinned by IT, can't touch it"),
   "can a container do that?"),
  (C("containers vs vms for jenkins build agents?"), "happy birthday Priya!! 🎂🎉", True),
  # 20
  (C("which is easier to keep up to date, containers or vms?"), "r u sure? our container images have like 400 CVEs"),
  (C("vms are more secure than containers"), "is that always true though"),
  (C("how does kubernetes compare to a hypervisor?", "asking bc our infra diagram has both"), "in one line"),
  (C("what's the difference between containers and vms", "the short version"), "example?"),
  (C("we run a Minecraft server for the office on a VM", "it's just a jar file and a world folder"),
   "worth moving it to a container?"),
  # 25
  (C("podman or docker for our containers?"), "which one is more secure"),
  (C("where does webassembly fit in this containers vs vms thing"), "faster than both?"),
  (C("how fast do containers scale out?", "seconds usually", "nice, way faster than our autoscaling group of vms"),
   "is the 3rd floor wifi dead for anyone else", True),
  (C("i heard containers are less isolated", "because they share the kernel"), "and vms dont share anything?"),
  (C("is it ok to run our postgres primary in a container?", "it's the one db everything depends on"),
   "and performance wise?"),
  # 30
  (C("how much does running VMs cost vs containers"), "but why is it cheaper"),
  (C("we've got ~300 microservices", "all stateless, mostly go"), "containers or vms, given that"),
  (C("what happens if one container gets compromised?", "we have like 30 on each node"),
   "does it spread to the others on the host?"),
  (C("can I load a kernel module from inside a container"), "no? so what i do then"),
  (C("what's snapshotting like for vms vs containers?"), "backup strategy for each?"),
  # 35
  (C("do vms have more overhead?"), "lunch order closes in 5, pizza or sushi?", True),
  (C("containers start in seconds apparently", "we timed ours at like 2s"), "and a vm. minutes?"),
  (C("our audio transcoding pipeline gets bursts of uploads at night", "sometimes 50 jobs, sometimes 0", "currently one big VM sits idle most of the time"),
   "what fits that better"),
  (C("why would anyone still use vms in 2026"), "name one real reason. just one"),
  (C("vms vs containers for a multi-tenant SaaS where tenants are different companies"),
   "we cant afford a breach between tenants. still containers?"),
  # 40
  (C("we need to run a hardened custom linux build for compliance", "the auditors want a specific kernel config"),
   "does that rule out containers?"),
  (C("how much ram does a typical container use"), "roughly, like 50mb?"),
  (C("containers have a smaller footprint"), "footprint meaning what exactly"),
  (C("should our batch scheduler run on vms or containers?", "containers, no question"),
   "anyone got a spare usb-c charger near desk 14?", True),
  (C("is it hard to move an app from VMs to containers?"), "wat makes it so hard"),
  # 45
  (C("can I run ARM containers on an x86 host"), "and with vms?"),
  (C("kubernetes is overkill for us, we have 3 services", "feels like bringing a crane to hang a picture"),
   "what else is there for orchestrating containers then?"),
  (C("do containers give consistent performance?", "we've had weird slowdowns on the shared nodes"),
   "could it be other containers on the same node?"),
  (C("vms are so wasteful"), "wasteful how, concretely?"),
  (C("containers in vms, pros?", "we're considering it for the payments team"), "cons?"),
  # 50
  (C("is live migration of a running container possible like with vms?"), "how does it work"),
  (C("how do i pick between containers and vms for a new service?", "depends on isolation needs mostly", "and how fast you need to scale"),
   "parking garage closed tomorrow btw, park on Elm st", True),
  (C("what manages the vms, like the equivalent of kubernetes"), "any examples of those?"),
  (C("is a hypervisor needed for containers?"), "so what does the isolation then"),
  (C("our team is 2 people and we maintain 40 VMs", "patching alone eats a day per week"), "would containers cut that?"),
  # 55
  (C("containers are less secure than vms", "meh, containers are isolated enough imo"), "prove me wrong"),
  (C("vms are always slower than containers, full stop"), "are you sure?"),
  (C("do i need a separate OS license per VM?", "finance is asking"), "and per contaner?"),
  (C("can containers run a different kernel than the host"), "why not"),
  (C("are vms better for legacy apps?"), "my cat just sat on the keyboard, ignore whatever i sent in #general", True),
  # 60
  (C("which scales better under sudden load", "like a tweet going viral"), "how come"),
  (C("rootless containers, do they fix the isolation problem?"), "fully?"),
  (C("what's better for consistent performance"), "because?"),
  (C("our data science team wants a jupyter box per person", "some of them install weird system packages and drivers"),
   "vm each or container each?"),
  (C("proxmox or openstack for our vms?"), "which is cheaper"),
  # 65
  (C("whats the main difference in how they handle the os"), "simplier pls i am QA not dev"),
  (C("do containers need less hardware?", "we're at 70% rack capacity"), "so we could sell some servers? 🙃"),
  (C("can container orchestration handle spikes automatically?"), "with what feature exactly"),
  (C("i read vms are good at isolating workloads", "like stronger than containers"), "is that why banks use them?"),
  (C("sum up containers vs vms for my manager", "she decides on the hosting budget next week", "she's not technical"),
   "shorter. she has 10 seconds"),
]
draft = []
for it in items:
    ctx, q = it[0], it[1]
    d = {"context": ctx, "q": q}
    if len(it) > 2:
        d["chatter"] = True
    draft.append(d)

assert len(draft) == 70, len(draft)
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
for d in draft:
    assert 1 <= len(d["context"]) <= 3
    assert all(m.strip() and not m.lower().lstrip().startswith("@bot") for m in d["context"])
    assert not d["q"].lower().lstrip().startswith("@bot")
multi = sum(1 for d in draft if len(d["context"]) >= 2)
assert multi >= 25, multi
assert len({d["q"] for d in draft}) == 70
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False); f.write("\n")
print("wrote", out, len(draft), "items;", multi, "multi-context;",
      sum(1 for d in draft if len(d["context"]) == 3), "three-message")
