#!/usr/bin/env python3
"""Write draft.json: 70 blind Slack-thread follow-up items (written before reading any project file)."""
import json

C = True  # chatter marker
items = [
    (["@bot why do containers start so much faster than vms?", "asking bc our autoscaler is slow"], "and how fast are we talking for vms?"),
    (["@bot we run 40 microservices on vms, thinking about moving to containers", "mostly java services, nothing fancy"], "what's the catch?"),
    (["@bot do containers share the host kernel?", "we run like 30 containers per node"], "so if the kernel gets popped, everything on the box is exposed?"),
    (["@bot which has more overhead, containers or vms?"], "why tho"),
    (["@bot can i load a custom kernel module inside a container?", "need it for a custom network driver"], "ok so what do i use instead"),
    (["@bot containers vs vms for isolation?"], "thanks!", C),
    (["@bot is it common to run containers inside vms?"], "why would you do both, seems redundant"),
    (["@bot how many containers can you fit on one host compared to vms?", "we're looking at density numbers for capacity planning"], "does that still hold if we're on bare metal"),
    (["@bot we need to handle black friday traffic spikes", "currently autoscaling vm groups takes ages"], "would containers actually help with that?"),
    (["@bot what manages vms? like what's the equivalent of kubernetes"], "and for containers?"),
    (["@bot are containers cheaper than vms?", "we're on aws, mostly linux"], "what about licensing, like windows server"),
    (["@bot can a container run a different os than the host?"], "so no windows containers on a linux box?"),
    (["@bot is container escape a real thing?", "saw a cve about runc last week"], "how does that compare to breaking out of a vm"),
    (["@bot moving a legacy monolith from vms to containers, any gotchas?", "it's a 10 year old java app on jboss"], "is it usually a lift and shift or do we have to rewrite stuff"),
    (["@bot how big is a typical container image vs a vm image?"], "lol ok", C),
    (["@bot what's a hypervisor exactly?"], "type 1 vs type 2?"),
    (["@bot containers are more portable than vms right?"], "why is that"),
    (["@bot we have a compliance req for strong tenant isolation", "multi-tenant saas, customers run their own code"], "containers good enough or do we need vms?"),
    (["@bot which is easier to manage day to day, a fleet of vms or containers?"], "what about patching"),
    (["@bot do vms each need their own os?"], "so that's where the overhead comes from?"),
    (["@bot does each container need its own os license?"], "and each vm?"),
    (["@bot why do people say containers are lightweight?", "we're memory constrained on our nodes"], "how much memory are we talking"),
    (["@bot startup time for containers?"], "brb meeting", C),
    (["@bot we need to run an old windows app alongside linux stuff", "on the same hardware"], "vm or container for that?"),
    (["@bot what's the security tradeoff of sharing a kernel?"], "any way to harden that?"),
    (["@bot are vms more secure than containers?", "manager wants everything in vms for 'security'"], "always?"),
    (["@bot we're paying a ton for vm instances that idle at 10% cpu", "about 60 instances"], "would packing them into containers cut the bill?"),
    (["@bot can i scale containers to zero?", "for a bursty webhook service"], "and vms, can they scale that fast?"),
    (["@bot what's the difference between a container and a vm in one sentence"], "nice one \U0001F44D", C),
    (["@bot do i need kubernetes to run containers?"], "what else is there"),
    (["@bot our team is tiny, 3 devs", "currently managing like 20 vms by hand"], "is switching to containers gonna be more or less work"),
    (["@bot can containers run on any cloud?"], "what breaks portability then"),
    (["@bot do containers virtualize hardware?"], "so what do they virtualize"),
    (["@bot what's a microvm? like firecracker"], "is that basically a vm that boots like a container?"),
    (["@bot containers vs vms for a database?"], "will check it out", C),
    (["@bot we need a specific kernel version for our ebpf tooling", "ubuntu host with 5.15"], "can containers each pick their own kernel?"),
    (["@bot we're migrating from vmware to containers", "about 200 vms"], "any reason to keep some on vms?"),
    (["@bot does live migration work for containers like it does for vms?"], "so how do you move a running workload then"),
    (["@bot how does density compare?", "same 64 core box"], "ok but which is cheaper"),
    (["@bot is running containers on vms a waste of resources?"], "so what do the big clouds do"),
    (["@bot what happens if one container hogs all the cpu?", "noisy neighbour issues on our shared cluster"], "and in a vm?"),
    (["@bot why would anyone still use vms in 2024"], "gimme the top reason"),
    (["@bot can a vm run a different kernel than the host?"], "even a totally different os?"),
    (["@bot startup time of a vm vs container", "nightly etl, runs for like 3 hours"], "does it matter for batch jobs tho"),
    (["@bot our security team says containers aren't a security boundary", "is that fair?"], "what would make them one"),
    (["@bot what's the overhead of a hypervisor?"], "is it noticeable these days"),
    (["@bot we're on bare metal with no virtualization at all", "2 racks of dell servers"], "can we just run containers directly?"),
    (["@bot are containers immutable?"], "ty", C),
    (["@bot how do vms handle sudden load spikes?"], "why are they slower to scale out"),
    (["@bot we build images once and deploy to dev, staging and prod", "using docker, works great"], "would that work the same with vm images?"),
    (["@bot cost comparison containers vs vms?"], "does the orchestration layer eat the savings"),
    (["@bot can a container see other containers' processes?"], "what keeps them apart then"),
    (["@bot is the shared kernel a single point of failure?", "had a kernel panic on a node yesterday"], "like if it panics, everything dies?"),
    (["@bot we run untrusted customer code in containers", "gvisor was mentioned in standup"], "is that enough or should it be vms"),
    (["@bot how long to boot a vm typically"], "minutes? seconds?"),
    (["@bot do containers need a guest os?"], "then where do the libs come from"),
    (["@bot which is better for dev environments?", "devs currently use vagrant"], "what about for prod"),
    (["@bot what's the main downside of vms?"], "and of containers?"),
    (["@bot do containers use less disk than vms?"], "how come"),
    (["@bot should we containerize our ml training jobs", "they need nvidia drivers"], "does the driver go in the container or on the host"),
    (["@bot hypervisor options for on prem?"], "haha fair", C),
    (["@bot can i run docker on a mac without a vm?"], "why not"),
    (["@bot how are vms isolated from each other?"], "is that stronger than namespaces"),
    (["@bot we're considering moving our ci runners to containers", "right now each job gets a fresh vm"], "would we lose anything security wise"),
    (["@bot containers or vms for a legacy app that needs a custom kernel?"], "why not containers?"),
    (["@bot how many vms can one host typically run?", "planning a new cluster"], "vs containers?"),
    (["@bot what's more portable between laptops and servers"], "even across cpu architectures?"),
    (["@bot does the management effort go down with containers?"], "what new stuff do we have to manage tho"),
    (["@bot which scales better under load spikes?"], "got it, thx \U0001F64F", C),
    (["@bot we're mostly serverless now, is this even relevant"], "what do lambdas run on under the hood"),
]

out = []
for it in items:
    d = {"context": list(it[0]), "q": it[1]}
    if len(it) > 2 and it[2]:
        d["chatter"] = True
    out.append(d)

assert len(out) == 70, len(out)
with open("draft.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("items", len(out),
      "two-context", sum(len(d["context"]) == 2 for d in out),
      "chatter", sum(bool(d.get("chatter")) for d in out))
