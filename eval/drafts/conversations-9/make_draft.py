#!/usr/bin/env python3
"""Blind draft of Slack thread follow-ups (written before reading any project file)."""
import json
import os

ITEMS = [
    # isolation / security
    (["@bot are containers as isolated as vms?", "not really, no"], "why not tho"),
    (["@bot are containers as isolated as vms?"], "so whats the weak spot exactly"),
    (["containers share the host kernel right?", "yeah they all sit on the same kernel, no guest os"],
     "ok but is that actually less safe"),
    (["@bot which one gives stronger isolation, containers or vms"], "and what does the vm get from the hypervisor that containers dont"),
    (["we run untrusted customer code in docker containers, is that fine?"], "what should we do instead then"),
    (["a kernel bug on the host could hit every container on it"], "and for vms?"),
    (["@bot what is the main security difference between vms and containers",
      "tl;dr vms have their own kernel each"], "so a vm escape is harder?"),
    # start-up time
    (["@bot how fast do containers start compared to vms"], "why are they so much faster"),
    (["containers boot in like a second", "yeah its basically just starting a process"], "and vms? minutes?"),
    (["@bot startup time containers vs vms?", "containers are way faster bc no os boot"],
     "wait really, no boot at all?"),
    (["our autoscaler spins up new vms when traffic spikes and it takes forever"], "would containers fix that"),
    # density / footprint
    (["@bot how many containers can i fit on one server vs vms", "way more containers than vms usually"], "why so many more"),
    (["containers are lighter than vms"], "lighter how, like memory?"),
    (["@bot whats the footprint of a container image vs a vm image"], "megabytes vs gigabytes or what"),
    (["every vm carries a full copy of an os",
      "so like 20 vms = 20 windows installs lol"], "and containers dont?"),
    (["we've got one beefy host and want to pack as many services as possible on it"], "containers or vms for that"),
    # portability
    (["@bot are containers more portable than vms"], "portable in what sense"),
    (["containers run the same on my laptop and in prod", "thats the dream anyway"], "whats the catch"),
    (["@bot can i move a container from aws to azure easily", "yeah its just an image"],
     "what about a vm tho"),
    (["build once run anywhere is the whole pitch of docker right"], "does that hold for windows containers"),
    (["i built an image on my mac m1 and it wont run on the x86 server"], "i thought containers were portable??"),
    # OS / kernel needs
    (["@bot can i run a windows app in a container on a linux host", "nope, container uses the host kernel"], "so what do i use then"),
    (["we need a custom kernel module for our network driver"], "can containers do that or do we need vms"),
    (["@bot can a vm run a different os than the host"], "and a container?"),
    (["containers share the host os kernel", "so linux containers need a linux host"],
     "does that hold for windows guests"),
    (["we have some legacy app that only runs on windows server 2008"], "container or vm for that one"),
    # cost / licensing
    (["@bot are containers cheaper than vms", "generally yes if you pack them well"], "why tho"),
    (["we're looking at moving everything to containers to save money"], "what about the cost side really, is it that much"),
    (["@bot do i need an os license per vm?", "for windows yes usually"],
     "and per container?"),
    (["vmware licensing went up a lot for us this year"], "would containers get us out of that"),
    (["@bot containers vs vms cost"], "where do the savings actually come from"),
    # migration
    (["@bot we have a monolith on vms, should we move to containers", "probably worth it long term"], "how do i migrate then"),
    (["we want to containerize our old java app"], "whats the first step"),
    (["@bot is lift and shift from vm to container a thing",
      "kinda, you can just stuff the app in an image"], "is that a bad idea?"),
    (["migrating to containers means rewriting everything right"], "or no?"),
    (["our stateful db is on a vm rn"], "should that move to a container too"),
    # scaling / spikes
    (["@bot how do containers handle load spikes", "you just start more replicas"], "faster than vms though?"),
    (["black friday traffic is like 10x for us and our vms cant keep up"], "what would u recommend"),
    (["@bot can you autoscale vms", "yes with scaling groups"],
     "so why do ppl say containers scale better"),
    (["containers scale horizontally really easy"], "and vertically?"),
    # orchestration vs hypervisors
    (["@bot whats kubernetes for"], "is that like the hypervisor for containers"),
    (["the hypervisor manages the vms", "it sits between the hardware and the guests"], "and what manages containers"),
    (["@bot do i need kubernetes to run containers",
      "no you can just use docker on a single host"], "when do i need it then"),
    (["we're on vsphere, thinking about k8s"], "whats the difference in what they do"),
    (["@bot what is a hypervisor"], "type 1 vs type 2?"),
    (["@bot what is a hypervisor"], "give me an example"),
    # containers inside VMs
    (["@bot can you run containers inside a vm", "yes, very common actually"], "why would anyone do that"),
    (["most cloud k8s clusters run on vms anyway"], "so isnt that the worst of both"),
    (["we run docker on ec2 instances", "yeah thats pretty normal"],
     "doesnt that kill the performance advantage"),
    (["@bot do containers replace vms"], "or do they work together"),
    (["i heard firecracker is like a micro vm for containers"], "whats the point of that"),
    # picking a platform for described workload
    (["we have 40 small microservices, mostly node and go, stateless", "deploys are a pain rn, each one on its own vm"], "so which for us"),
    (["@bot we need to run a bunch of batch jobs that last a few minutes each"], "containers or vms"),
    (["our team runs a multi-tenant saas and tenants must be strictly separated"], "vms then?"),
    (["@bot we have one big oracle db that needs a ton of ram"], "would u containerize that"),
    (["we have devs on mac, windows and linux and envs keep drifting",
      "works on my machine every day lol"], "would containers help with that"),
    (["@bot we need to test our software on 5 different operating systems"], "vms or containers"),
    (["small startup, 3 devs, one web app and a postgres"], "what should we pick"),
    # challenges / contradictions
    (["containers are basically lightweight vms"], "is that accurate tho"),
    (["@bot are containers more secure than vms", "containers are more secure since they are smaller"],
     "wait really?"),
    (["vms are obsolete now that we have containers", "lol hot take"], "agree?"),
    (["containers have no overhead at all"], "is that true"),
    (["@bot vms are always slower than containers right"], "always always?"),
    (["someone on my team says containers give you full isolation like a vm"], "is he right"),
    # downsides
    (["@bot we're going all in on containers"], "whats the downside"),
    (["vms just seem so heavy"], "any upside to them tho"),
    (["@bot what are the drawbacks of vms", "mostly resource overhead and slow boot"],
     "anything else?"),
    (["containers sound great for us"], "what could go wrong"),
    # examples
    (["@bot what are some container runtimes"], "examples?"),
    (["you can use a hypervisor to run many vms on one box", "yep thats how the cloud works"],
     "which hypervisors tho, like names"),
]


def main():
    out = []
    for ctx, q in ITEMS:
        assert 1 <= len(ctx) <= 2
        out.append({"context": list(ctx), "q": q})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "draft.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    two = sum(1 for x in out if len(x["context"]) == 2)
    print(f"items={len(out)} two_context={two}")


if __name__ == "__main__":
    main()
