#!/usr/bin/env python3
"""Blind draft for conversations-17: written before reading the article or any earlier question set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = True
items = [
 (["what's the main difference between a container and a vm?"], "tl;dr?"),
 (["why do containers start faster than VMs?", "no guest OS to boot, right?"], "so how much faster, like in seconds?"),
 (["are containers less secure than virtual machines?", "generally yes"], "why tho"),
 (["can containers share the host kernel?", "yes they all share it"], "anyone know if the parking permits for next quarter are out yet?", C),
 (["when should I use a vm instead of a container?"], "we run nightly payroll batch jobs on one old server, which one for that?"),
 (["containers vs vms for microservices?", "containers obviously"], "ok but why obviously"),
 (["do vms have more overhead than containers?", "yes, each one carries a full OS"], "so running our k8s nodes as vms is just wasteful?"),
 (["can i run a windows app in a container on linux host?"], "ok so what i must use instead"),
 (["what is a hypervisor?"], "explain like im five"),
 (["what do containers share with the host?", "the kernel"], "and vms share what"),
 (["is it true containers are just lightweight VMs?", "not exactly"], "yeah thats basically what they are tho no?"),
 (["which one uses less memory, container or vm?", "containers, usually"], "whose birthday cake is in the kitchen, are we allowed to eat it", C),
 (["can containers and vms be used together?"], "give me a real example"),
 (["how does isolation differ between containers and vms?", "I need this for the infra review deck"], "one sentence pls, for my manager"),
 (["should our legacy Oracle database go in a container?"], "its licensed per core btw, does that change the math?"),
 (["what does live migration mean for vms?"], "and can containers do that?"),
 (["containers vs vms?", "containers share the host OS kernel, VMs each run their own OS"], "so what"),
 (["what are the downsides of containers?", "weaker isolation mainly"], "and the downsides of vms?"),
 (["what's more portable, a container or a vm?"], "even across cloud providers?"),
 (["are vms slower than containers?"], "fyi laptop refresh pickup is tomorrow 10-12 at the IT desk, bring your charger", C),
 (["can a container run a different OS than the host?", "not a different kernel"], "wat about diffrent linux distro, like alpine on ubuntu host"),
 (["how are vms isolated?"], "sure, but hypervisor is also a software, it can has bugs no?"),
 (["we want to move our video transcoding workers off bare metal", "containers or vms for that?", "they burst a lot in the evening"], "which one handles that better"),
 (["what's rootless podman?"], "better than docker then?"),
 (["do containers need a guest OS?"], "and vms?"),
 (["what are vms good for?", "asking for the architecture doc"], "shorter"),
 (["is kata containers a container or a vm?"], "and gvisor?"),
 (["does a container have its own kernel?", "nope, shares the host's"], "my badge stopped working at the side door again, anyone else?", C),
 (["why would anyone still use VMs in 2026?"], "seriously, name one reason"),
 (["vms or containers for our university course lab? 200 students, each needs root", "some of them will definitely try to break stuff"], "so which"),
 (["what is container orchestration?", "like kubernetes"], "do vms need that too?"),
 (["how many containers can i run on one host compared to vms?"], "roughly, give me numbers"),
 (["which is easier to manage, vms or containers?", "containers, less to maintain"], "disagree, k8s is way more complex than a few vms"),
 (["what is nested virtualization?"], "needed to run docker inside a vm?"),
 (["do containers have consistent performance?"], "noisy neighbours a thing?"),
 (["vm vs container for a dev environment?", "depends what you're building"], "whats the guest wifi password, I have a visitor at 2", C),
 (["are containers secure enough for multi-tenant stuff?"], "what would you do instead then"),
 (["our digital signage players run a tiny app on each screen", "thinking containers"], "good idea or overkill?"),
 (["what is a container image?"], "where do we store them, which registry is best?"),
 (["does docker on mac run in a vm?"], "why"),
 (["can containers run on vms?", "yes, very common"], "why would you do that though"),
 (["vms = strong isolation, containers = light. correct?"], "anything important i'm missing"),
 (["how do you patch a vm vs a container?"], "which is less work"),
 (["containers or vms for the checkout service?", "containers imo"], "lunch order going in at 11:30, pizza or thai? reply in thread", C),
 (["is webassembly going to replace containers?"], "and vms?"),
 (["containers boot fast because?", "no OS boot"], "and vms slow because?"),
 (["what's the resource usage difference?"], "in plain english pls"),
 (["we have a customer-support chatbot, python, stateless, traffic goes up and down a lot"], "container or vm, just pick one"),
 (["why do people say containers are less isolated?", "shared kernel"], "is it bad realy? we use them in prod everywhere"),
 (["are unikernels better than both?"], "ok what are they even"),
 (["can i run a full OS in a container?"], "what does a vm get that a container dont"),
 (["which is cheaper to run at scale?", "containers mostly"], "did someone find a black umbrella in meeting room 4? it's mine", C),
 (["what is a container?", "like a lightweight package of an app and its dependencies"], "and a vm in the same style?"),
 (["can one container crash the host?", "if it hits a kernel bug, maybe"], "and a vm?"),
 (["do we need a service mesh for containers?"], "and with vms?"),
 (["our trading team runs backtests on a grid of vms", "someone suggested containers"], "would that actually make them faster?"),
 (["how do snapshots work for vms?"], "containers have that too?"),
 (["vms need their own os?"], "every single one??"),
 (["hypervisor vs container runtime?"], "so docker is a hypervisor?"),
 (["containers share kernel", "which means weaker isolation", "yeah"], "heads up standup moved to 10:15 tomorrow, room clash", C),
 (["is it ok to use containers for everything?"], "oh great, another 'it depends'. depends on what exactly?"),
 (["we're a hotel booking engine, monolith java app on 3 vms", "boss wants kubernetes", "lol"], "is it worth moving or nah"),
 (["why vms are heavier?"], "heavier how, memory or disk or what"),
 (["can containers load their own kernel modules?", "no, they use the host kernel"], "so our factory IoT gateway that needs a custom usb driver goes where?"),
 (["which one scales faster?"], "why tho, autoscaling groups of vms exist too"),
 (["containers vs vms, best of both worlds possible?", "run containers inside vms"], "any catch?"),
 (["explain the difference like for a non-tech person", "apartments vs houses?"], "even simpler"),
 (["what happens if the host kernel has a vulnerability?", "all containers on it are exposed"], "does that hit vms too?"),
 (["do containers make apps run faster?", "they're lighter"], "how is that possible if it's the same hardware"),
 (["what are containers good for?", "microservices, CI, fast scaling"], "and what are they bad at"),
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for i, t in enumerate(items):
    ctx, q = t[0], t[1]
    assert 1 <= len(ctx) <= 3 and all(m.strip() and not m.lstrip().lower().startswith("@bot") for m in ctx), i
    d = {"context": ctx, "q": q}
    if len(t) > 2: d["chatter"] = True
    draft.append(d)
assert len(draft) == 70
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert 32 <= multi <= 38, multi
json.dump(draft, open(os.path.join(HERE, "draft.json"), "w"), indent=2)
print(f"draft.json: {len(draft)} items, {multi} multi-context, {three} three-message")
