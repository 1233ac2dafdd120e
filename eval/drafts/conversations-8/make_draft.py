#!/usr/bin/env python3
"""Blind draft of Slack-thread follow-up questions (containers vs VMs).

Written before opening any project document. Each item: earlier thread
messages as `context` (1 or 2) and a short follow-up `q` that only makes
sense with that context.
"""
import json

ITEMS = [
    # ---- isolation / security ----
    (["are containers as secure as vms? security team is asking before we move the billing service",
      "short answer no, not by default"],
     "why not tho"),
    (["someone said containers share the host kernel so theyre less isolated than vms"],
     "is that actually true"),
    (["we run untrusted customer code in containers rn",
      "tbh i'd be nervous about that, isolation is weaker than a vm"],
     "so what should we use instead"),
    (["vms get their own kernel right? so a kernel bug in one doesnt hit the others"],
     "and with containers?"),
    (["if one container gets compromised can it get at the others on the same box"],
     "how would that even happen"),
    (["security wants hard multi-tenant isolation for the new saas tier"],
     "does that rule out containers completley"),
    (["i read vms have a smaller attack surface than containers"],
     "smaller than what exactly, the hypervisor?"),

    # ---- start-up time ----
    (["containers start way faster than vms, thats the main selling point imo"],
     "how much faster tho"),
    (["our vms take like a minute to boot, its killing our autoscaling",
      "yeah cold boot of the guest os is most of that"],
     "would containers fix that"),
    (["why do containers start so quick compared to a vm"],
     "so theres no boot at all?"),
    (["containers start in seconds vs minutes for vms"],
     "seconds or milliseconds? ive heard both"),
    (["ci jobs spin up a fresh vm per build and it takes forever",
      "could switch the runners to containers"],
     "would it actually be noticeably quicker"),

    # ---- resources / density ----
    (["how many containers can you fit on one host compared to vms",
      "way more, no guest os per instance"],
     "like roughly how many more"),
    (["each of our vms burns a couple gb just on the guest os"],
     "do containers have that overhead too"),
    (["containers are lighter weight than vms"],
     "lighter in what sense, memory?"),
    (["we're hitting memory limits on the hypervisor hosts",
      "moving to containers would let us pack more on each box"],
     "why would it save memory tho"),
    (["is there a perf hit running in a container vs bare metal"],
     "what about in a vm, is that worse"),
    (["vm images are huge, like 10+ gb each for us"],
     "are container images much smaller"),

    # ---- portability ----
    (["the big win of containers is 'works on my machine' goes away"],
     "why is that"),
    (["can i take a docker image built on my mac and run it on our linux servers",
      "should work if its the same cpu arch"],
     "what about the other way round"),
    (["containers are portable across clouds right"],
     "more portable than a vm image?"),
    (["we want to move between aws and azure without rewriting stuff",
      "containers would make that way easier"],
     "is that really true or just marketing"),
    (["container packages the app with all its dependencies"],
     "so whats not included then"),

    # ---- OS / kernel ----
    (["can i run a windows container on a linux host"],
     "what about a windows vm on linux"),
    (["containers share the host os kernel"],
     "does that hold for windows too"),
    (["we need to run an old app that needs a specific kernel version"],
     "container or vm for that"),
    (["can a container run a different linux distro than the host",
      "yep, ubuntu image on a centos host is fine"],
     "wait how if they share the kernel"),
    (["vms can run any os, containers cant"],
     "why not"),
    (["our legacy stuff is all windows server 2012",
      "so containers are probably out for that"],
     "so a vm then?"),

    # ---- cost / licensing ----
    (["we're thinking of moving our app from vms to containers to save money",
      "we have about 40 vms, mostly half idle"],
     "what about cost, is it actually cheaper"),
    (["do we pay a license per vm for the guest os"],
     "and for containers?"),
    (["hypervisor licensing is a big chunk of our infra budget"],
     "would containers get rid of that"),
    (["containers save money because you need fewer servers",
      "not if you count the extra ops work imo"],
     "so which one is cheaper overall"),
    (["is it cheaper to run containers than vms in the cloud"],
     "how come"),

    # ---- migration ----
    (["we're planning to migrate our monolith from vms to containers",
      "its a 10 year old .net app fwiw"],
     "where do we even start"),
    (["can you just lift and shift a vm into a container"],
     "why not"),
    (["migrating to containers means rewriting the app right"],
     "do we have to break it into microservices first"),
    (["we moved half our services to k8s last year",
      "the other half are still on vms"],
     "is it fine to leave it mixed like that"),
    (["thinking about moving our db into a container"],
     "is that a bad idea"),
    (["what's the hardest part of migrating from vms to containers"],
     "got an example?"),

    # ---- scaling / load spikes ----
    (["we get big traffic spikes on black friday",
      "like 10x normal load for a few hours"],
     "which handles that better, containers or vms"),
    (["containers scale out faster than vms"],
     "why is that"),
    (["our autoscaling group adds vms when cpu goes over 70%",
      "but by the time they're up the spike is over"],
     "would containers actually help there"),
    (["can you scale a container horizontally like you can a vm"],
     "how does that work"),
    (["is it easier to scale down containers than vms when traffic drops"],
     "and does that save money"),

    # ---- orchestration vs hypervisors ----
    (["kubernetes is basically the hypervisor for containers"],
     "wait is that right"),
    (["vms are managed by a hypervisor",
      "right, the hypervisor carves up the physical hardware"],
     "whats the equivalent for containers"),
    (["do we need kubernetes to run containers in prod",
      "not strictly, but you need something to manage them"],
     "what if we only have like 5 services"),
    (["orchestration handles scheduling, restarts, scaling for containers"],
     "does a hypervisor do any of that for vms"),
    (["vmware vs kubernetes is apples to oranges"],
     "why tho, they both manage workloads"),
    (["what's the difference between a type 1 and type 2 hypervisor"],
     "which one do clouds use"),

    # ---- containers inside VMs ----
    (["do people actually run containers inside vms",
      "all the time, thats how most managed k8s works"],
     "why would you do both"),
    (["on aws our containers are running on ec2 instances anyway"],
     "so isnt that just a vm with extra steps"),
    (["running containers in vms gives you the best of both"],
     "what's the downside"),
    (["if containers run inside a vm do you lose the speed advantage",
      "the vm is already booted so no?"],
     "so its just the container start time then?"),
    (["we were told to put our containers in vms for isolation"],
     "isnt that overkill"),

    # ---- choosing for a workload ----
    (["we're building a new microservice api, stateless, lots of small services",
      "team is 6 devs, deploying several times a day"],
     "ok so which one for us then"),
    (["need to run a legacy erp app that only supports a full os install",
      "vendor wont support anything else"],
     "containers or vms?"),
    (["containers for everything, vms are dead"],
     "is that actually true"),
    (["when would you still pick a vm over a container in 2024"],
     "any examples"),
    (["we have one big java app and a postgres db, small team",
      "dont think k8s is worth it for us"],
     "so vms then?"),
    (["for batch jobs that run once a night, containers or vms"],
     "why"),
    (["we need gpu access for ml training"],
     "does that work in containers or only vms"),

    # ---- challenges / contradictions ----
    (["containers are just lightweight vms"],
     "isnt that kinda wrong tho"),
    (["jim said vms are more secure",
      "but sara said containers are fine if configured right"],
     "wait who's right"),
    (["the article says containers are faster to start"],
     "faster to start than what, bare metal?"),
    (["vms virtualize hardware, containers virtualize the os",
      "thats the one line summary everyone uses"],
     "what does virtualize the os even mean"),
    (["containers have basically no overhead"],
     "isnt there some overhead from the runtime tho"),
    (["vms are more mature and better for compliance"],
     "why does maturity matter for compliance"),
    (["containers are ephemeral, vms are persistent"],
     "so where does the data go"),
]

assert len(ITEMS) == 70, len(ITEMS)
out = [{"context": list(c), "q": q} for c, q in ITEMS]
assert all(1 <= len(x["context"]) <= 2 for x in out)
with open("draft.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
print(len(out), "items;", sum(len(x["context"]) == 2 for x in out), "with two context messages")
