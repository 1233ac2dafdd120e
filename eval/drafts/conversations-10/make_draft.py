#!/usr/bin/env python3
"""Blind draft of thread follow-ups (containers vs VMs). Written before reading any project file."""
import json

ITEMS = [
    (["@bot our CI runners take forever to boot, would containers start faster than VMs?", "they're vms on vsphere right now, like 3-4 min each"], "how much faster roughly"),
    (["@bot we're a fintech running multi-tenant SaaS, each tenant can upload their own scripts. containers or vms?", "some tenants are banks fwiw"], "why not containers tho"),
    (["@bot can i run more containers than vms on the same box?", "we've got 2 hosts with 256gb each"], "why is that"),
    (["@bot do containers share the host kernel?"], "so is that a security problem"),
    (["@bot what's cheaper to run, containers or VMs?", "we're mostly on aws if that matters"], "what about licensing"),
    (["@bot we need to load a custom kernel module for our packet capture driver. container ok?", "it's a driver we wrote in house"], "why not"),
    (["@bot can you run containers inside a VM?"], "isn't that double overhead"),
    (["@bot we're moving a legacy monolith off physical servers, containers or vms?"], "which is easier to migrate to"),
    (["@bot our traffic spikes like 10x on black friday. containers or VMs?", "current setup is autoscaling vm groups and they lag behind"], "does it scale faster"),
    (["@bot what's the difference between a hypervisor and a container runtime?"], "ok and where does kubernetes fit in"),
    (["@bot containers are basically lightweight VMs right?"], "what's the catch"),
    (["@bot data science team here, we run jupyter for about 40 analysts. containers or vms?", "everyone uses the same python stack mostly"], "so which one for us then"),
    (["@bot containers start in seconds?"], "and vms?"),
    (["@bot we need to run windows apps and linux apps on the same host", "mostly old .net framework stuff on the windows side"], "can containers do that"),
    (["@bot containers look way lighter than vms for our microservices, thinking of switching", "we have ~40 services"], "ok but isolation?"),
    (["@bot why do containers use less memory than VMs?"], "is that true for windows too"),
    (["@bot we run customer-submitted code in a sandbox. is a container enough?", "python and js mostly, anyone with an account can submit"], "what would you use instead"),
    (["@bot is managing a fleet of vms more work than containers?"], "how so"),
    (["@bot we're a tiny startup, 3 devs, one app. should we bother with kubernetes and containers or just a couple VMs?"], "isnt k8s overkill for us"),
    (["@bot does every VM need its own OS?"], "and containers dont?"),
    (["@bot each of our vms is like 20gb on disk"], "would containers be smaller"),
    (["@bot what's a hypervisor exactly", "like vmware or kvm?"], "type 1 vs type 2?"),
    (["@bot could a kernel bug in one container affect the others?"], "and with vms?"),
    (["@bot we're a bank and the auditors want strong isolation between workloads", "we're currently all containers on one k8s cluster"], "so vms then?"),
    (["@bot can a container run a different OS than the host?"], "not even a different linux distro?"),
    (["@bot is it true containers boot faster because they don't boot an OS?"], "so what actually happens on start"),
    (["@bot our game servers need to spin up per match, each match is ~15 min", "peaks at maybe 2k concurrent matches"], "containers right?"),
    (["@bot should we run our postgres in a container or a vm?", "it's the main prod db, ~500gb"], "what about performance"),
    (["@bot how many vms can i fit on one server?"], "vs containers?"),
    (["@bot we're paying per-VM licenses for the guest OS", "about 80 vms total"], "would containers cut that"),
    (["@bot I want to lift and shift 200 vmware vms to the cloud", "timeline is 6 months"], "should we containerize them first"),
    (["@bot what does kubernetes actually do?"], "is there an equivalent for vms"),
    (["@bot can containers use a gpu?"], "and vms?"),
    (["@bot container escape - is that a real thing?"], "how likely tho"),
    (["@bot do containers need a hypervisor?"], "so what isolates them then"),
    (["@bot we have an old app that needs a specific kernel version", "it's a 2.6 era thing, don't ask"], "can that go in a container"),
    (["@bot containers vs vms for a CI pipeline that builds untrusted PRs from forks?", "it's an open source project, anyone can open a PR"], "why's that riskier"),
    (["@bot vms are more secure than containers, right?"], "always?"),
    (["@bot whats the overhead of running a vm vs bare metal?"], "and containers?"),
    (["@bot our ops team is literally 2 people, containers or vms?", "we run about 20 internal services"], "which is less to babysit"),
    (["@bot why do people run k8s nodes on VMs instead of bare metal?"], "doesnt that defeat the point"),
    (["@bot we're an agency hosting ~300 small wordpress sites", "each one is super low traffic"], "containers or vms for that"),
    (["@bot can i live migrate a container like a vm?"], "why not"),
    (["@bot is there something in between containers and vms?", "like the firecracker stuff"], "how do those work"),
    (["@bot what happens if one container eats all the memory?"], "can you cap it"),
    (["@bot our embedded team wants to test firmware against different kernels"], "containers wont cut it right?"),
    (["@bot containers or VMs for the new internal wiki?", "it's like 50 users max"], "does it even matter at that size"),
    (["@bot how long does a vm take to start?"], "why so slow"),
    (["@bot do containers have less attack surface than vms?"], "why would it be bigger"),
    (["@bot is docker a vm?"], "then what is it"),
    (["@bot we're thinking of packing more services per host to save money", "right now it's one vm per service"], "would containers help with that"),
    (["@bot what's the catch with vms?"], "besides speed"),
    (["@bot on a mac, docker runs in a vm?"], "why does it need one"),
    (["@bot do containers scale better under load?"], "how come"),
    (["@bot how do you patch containers vs vms?"], "which is more work"),
    (["@bot our security team says containers are 'not a security boundary'", "is that overblown?"], "so what do we do about it"),
    (["@bot hey, we're building a platform for students to run code in the browser", "could be 10k students at exam time"], "container per student ok?"),
    (["@bot what does shared kernel mean for containers?"], "and why does it matter"),
    (["@bot should each microservice get its own vm?"], "that sounds expensive"),
    (["@bot we need full root and custom sysctls for a network appliance", "it's a firewall image we ship to customers"], "vm or container"),
    (["@bot vmware licensing went up a lot for us", "like 3x at renewal"], "are containers a way out of that"),
    (["@bot how does a VM get its isolation?"], "is it hardware backed?"),
    (["@bot we're splitting our monolith into services", "currently running on 4 big VMs"], "do we have to rewrite to move to containers"),
    (["@bot is it cheaper to run containers in the cloud?"], "even with the managed k8s fee?"),
    (["@bot what's the density difference between containers and vms"], "like numbers?"),
    (["@bot we use containers for everything but legal wants tenant data separated harder", "we're B2B, ~60 enterprise customers"], "vm per customer?"),
    (["@bot containers start fast but do they run faster too?"], "like cpu-bound stuff"),
    (["@bot can a container load its own kernel modules?"], "even privileged?"),
    (["@bot our batch jobs run nightly, ~30 min each"], "containers or vms, does startup even matter here"),
    (["@bot what's the main reason to pick a vm over a container?"], "and the other way round"),
]

draft = [{"context": list(c), "q": q} for c, q in ITEMS]
assert len(draft) == 70, len(draft)
two = sum(1 for d in draft if len(d["context"]) == 2)
assert two >= 25, two
for d in draft:
    assert d["context"][0].startswith("@bot ")
    assert "@bot" not in d["q"]
    assert all(1 <= len(d["context"]) <= 2 for d in draft)
with open("draft.json", "w") as f:
    json.dump(draft, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(draft), "items,", two, "with two context messages")
