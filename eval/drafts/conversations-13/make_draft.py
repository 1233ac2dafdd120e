#!/usr/bin/env python3
"""Blind draft of Slack-thread follow-ups (containers vs VMs).
Written BEFORE reading the knowledge article or any existing eval file."""
import json, os

B = "@bot "
items = [
 # start-up
 ([B+"how fast do containers start compared to VMs?"], "and vms?"),
 ([B+"why do containers start so much faster than VMs?"], "why tho, isnt it the same app inside"),
 ([B+"what's the start-up time of a container?"], "is that with image pull or without"),
 ([B+"why do VMs take so long to boot?"], "also the small one is slow to boot? like 1 vcpu"),
 ([B+"is it true containers boot in milliseconds?"], "source?"),
 # overhead / density
 ([B+"whats the overhead of a VM vs a container?"], "numbers?"),
 ([B+"how many containers can I fit on a host vs VMs?"], "why so many more containers"),
 ([B+"do VMs have more overhead than containers?", "i think its mostly memory tbh"], "is he right?"),
 ([B+"what is the density difference containers vs vms"], "in english pls, im not infra"),
 ([B+"does every VM need its own OS?"], "so thats where the overhead comes from?"),
 ([B+"do containers use less memory than VMs?"], "hm ok. and for cpu is same?"),
 # isolation / escape
 ([B+"is a container escape a real thing?"], "and how does that compare with a vm breakout"),
 ([B+"containers vs VMs, which is more secure?"], "lol so 'it depends' again"),
 ([B+"vm vs container isolation"], "explain like im 5"),
 ([B+"is it safe to run untrusted customer code in containers?"], "what would you do instead"),
 ([B+"how do vms isolate workloads?"], "and containers do it how"),
 ([B+"container escape examples?"], "how likely is that in practice"),
 ([B+"is a container less isolated than a VM?"], "so containers are basically a screen door. great."),
 ([B+"we're a SaaS with multiple tenants, containers or VMs for isolation?"], "would that still hold if we had 200 tenants?"),
 # shared kernel
 ([B+"do containers share the host kernel?"], "wait, does that mean a kernel bug hits all of them at once?"),
 ([B+"does a container have its own OS?"], "then why does my image say ubuntu"),
 ([B+"what is a container really?"], "so just a process?"),
 ([B+"how do you update the kernel for containers?"], "so one reboot updates all of them?"),
 ([B+"can containers run on any OS?"], "mac?"),
 # kernel modules / custom OS
 ([B+"can i load a custom kernel module inside a container?"], "so what do i use if i need one"),
 ([B+"can i run a different linux distro kernel in a container?"], "what if i need a specific kernel version for our driver"),
 (["we need to run an old CentOS 6 app that depends on a patched kernel", B+"any advice?"], "container or vm for that"),
 ([B+"containers vs vms on a single laptop for testing"], "thx, and if i need to test a kernel upgrade?"),
 # cost / licensing
 ([B+"containers vs VMs for running lots of small services?"], "ok but what about cost"),
 ([B+"are containers cheaper than VMs?"], "always? in our case we have few big app only"),
 ([B+"licensing: do we pay per VM for windows server?"], "and for containers?"),
 # migration
 ([B+"migrating a legacy app from VMs to containers, how hard?"], "example?"),
 ([B+"should we move everything from VMs to containers?"], "whats the catch"),
 ([B+"how long to migrate 40 VMs to containers?"], "ballpark"),
 ([B+"which is easier to move between clouds, VM or container?"], "why is container more portable"),
 # scaling / spikes
 ([B+"containers vs vms for our batch jobs that spike 10x at month end?"], "whcih one for us then"),
 ([B+"how do you scale containers vs VMs when traffic spikes?"], "how fast can vms scale out then"),
 ([B+"VMs vs containers for spiky traffic"], "but vms autoscale too? asg exists"),
 # orchestration / hypervisors
 ([B+"what is a hypervisor?"], "and whats the container equivalent"),
 ([B+"what does kubernetes do that a hypervisor doesnt?"], "so k8s is not a hypervisor?"),
 ([B+"what's the difference between type 1 and type 2 hypervisor?"], "which one does aws use"),
 # containers on VMs
 ([B+"can we run containers inside VMs?"], "why would anyone do that"),
 ([B+"what's the benefit of running containers on top of VMs, isn't that double overhead?"], "so its worth it?"),
 # management effort
 ([B+"which needs more management effort, VMs or containers?"], "really? patching a hundred VMs sounds worse"),
 ([B+"we have 3 servers and a small team, VMs or containers?"], "we dont have k8s knowledge at all btw"),
 # consistent performance
 ([B+"do containers give consistent performance?"], "noisy neighbours tho?"),
 ([B+"is performance better in container or VM?"], "waht about disk io specifically"),
 ([B+"VMs or containers for a workload that needs stable latency?"], "why"),
 # general / voices
 ([B+"explain containers vs VMs"], "tl;dr pls"),
 ([B+"pros/cons of containers vs vms"], "can u give shorter, my manager will read"),
 ([B+"containers or VMs for a database?"], "why not containers, everyone does it now"),
 ([B+"vms vs containers"], "for a bank?"),
 ([B+"containers vs VMs"], "sorry i meant for dev environments"),
 ([B+"is docker the same as a VM?", "my colleague says docker is just a lightweight vm"], "is he wrong?"),
 ([B+"containers or vms for microservices?"], "and for a monolith?"),
 # out of scope
 ([B+"containers or VMs for GPU training workloads?"], "what about passthrough specifically"),
 ([B+"can windows containers run on a linux host?"], "and the other way round?"),
 ([B+"is serverless better than containers?"], "and vs vms?"),
 ([B+"how much does an AWS m5.large cost vs running Fargate?"], "per month i mean"),
 ([B+"what does Firecracker do?"], "is it a vm or a container then"),
 ([B+"how much does it cost to run 50 VMs on Azure?"], "roughly?"),
 ([B+"can i run a GUI windows app in a container?"], "hmm and in a vm no problem?"),
]

chatter = [
 ([B+"how fast do containers start vs vms?"], "thanks, that's what i needed!!"),
 ([B+"containers or vms for the CI runners?"], "@maria did you push the fix?"),
 ([B+"is a container escape realistic?"], "lol now i can't sleep"),
 ([B+"vms vs containers for the new cluster?"], "lunch?"),
 ([B+"what's the overhead of a hypervisor?", "@dan you were asking about this yesterday"], "ha yes, thanks for the ping"),
 ([B+"containers share the kernel right?"], "+1"),
 ([B+"should we containerize the billing service?"], "@tom can you take this in standup tomorrow?"),
 ([B+"how do containers and vms differ in isolation?"], "ok cool, closing the ticket"),
]

# interleave chatter at fixed positions so it's not all at the end
out = [{"context": c, "q": q} for c, q in items]
positions = [3, 11, 19, 27, 35, 43, 51, 59]
for pos, (c, q) in zip(positions, chatter):
    out.insert(pos, {"context": c, "q": q, "chatter": True})

assert len(out) == 70, len(out)
assert sum(1 for x in out if x.get("chatter")) == 8
assert len({x["q"] for x in out}) == 70, "duplicate q"
for x in out:
    assert 1 <= len(x["context"]) <= 2

tmp = "draft.json.tmp"
with open(tmp, "w") as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
    f.write("\n")
os.replace(tmp, "draft.json")
print("wrote", len(out), "items")
