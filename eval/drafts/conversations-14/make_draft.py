#!/usr/bin/env python3
"""Blind draft for conversations-14: written before the article or any earlier
draft/labels/conversation file was read. Writes draft.json (70 items)."""
import json, os

CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}

items = [
    # 0
    (["should we use containers or VMs for our new API service?", "it's a stateless REST thing, nothing fancy"], "why tho"),
    # 1
    (["how fast do containers start compared to VMs?"], "and vms?"),
    # 2
    (["do containers have less overhead than virtual machines?", "we're trying to pack more onto our hosts"], "ok so how many more containers could i fit on one host, roughly?"),
    # 3 chatter
    (["containers vs vms for the CI runners?", "containers are way faster to spin up for CI jobs"], "lol same, we switched last year"),
    # 4
    (["is a container as isolated as a VM?"], "so which one is safer if we run customer code"),
    # 5
    (["what does it mean that containers share the kernel?", "i keep hearing it in every security review"], "ELI5"),
    # 6
    (["we need a custom kernel module for our network driver, can we just use containers?"], "why not?"),
    # 7
    (["are VMs more expensive than containers?"], "ok but cheaper in licensing too?"),
    # 8
    (["how hard is it to migrate our legacy app from VMs to containers?", "it's a java monolith from like 2012"], "what about on our 3 old dell boxes"),
    # 9
    (["containers or VMs for handling big traffic spikes?", "we get like 10x traffic on black friday"], "so containers then?"),
    # 10
    (["who manages VMs at scale, like what's the kubernetes of VMs?"], "and for containers it's just k8s?"),
    # 11 chatter
    (["does running containers inside VMs make sense?"], "@dana can you look at this thread when you're back"),
    # 12
    (["can you run containers inside a VM?"], "isnt that double overhead tho"),
    # 13
    (["which needs more management effort, containers or VMs?", "we have about 40 VMs today"], "even with ansible?"),
    # 14
    (["do containers give consistent performance?"], "noisy neighbours?"),
    # 15
    (["what about GPUs, containers or VMs for ML training?"], "which one passes the gpu through better"),
    # 16
    (["containers or vms on windows server?"], "and hyper-v isolation?"),
    # 17
    (["is serverless better than both containers and VMs?"], "so lambda then?"),
    # 18
    (["how much does a t3.medium cost vs running the same thing on fargate?"], "per month i mean"),
    # 19 chatter
    (["should our build agents be VMs?", "VMs give better isolation for untrusted builds"], "thanks will try tomorrow"),
    # 20
    (["containers start in seconds right?", "and vms take minutes?"], "why the difference tho"),
    # 21
    (["what's a container escape?"], "can that happen with vms too?"),
    # 22
    (["is docker more secure than a VM?", "asking bc our pentest report flagged it"], "sounds like containers are basically a sieve then lol"),
    # 23
    (["should I put my postgres database in a container or a VM?"], "we need stable latency btw"),
    # 24
    (["containers or vms for our dev environments?"], "shorter pls"),
    # 25
    (["why do VMs use more memory than containers?"], "give an example"),
    # 26
    (["can containers run a different OS than the host?"], "like windows containers on a linux host?"),
    # 27 chatter
    (["anyone know if containers are lighter than vms?", "yes, they share the host kernel"], "ok cool ty"),
    # 28
    (["how do containers achieve isolation?"], "namespaces and cgroups?"),
    # 29
    (["containers vs VMs for a multi-tenant SaaS?", "tenants don't trust each other at all", "some of them are competitors"], "so VMs?"),
    # 30
    (["is it true containers are more resource efficient?", "because that's what the vendor keeps saying"], "bullshit, our containers eat more ram than the vms did"),
    # 31
    (["what does a hypervisor actually do?"], "type 1 vs type 2?"),
    # 32
    (["can we move our VMs to containers without rewriting the app?"], "how long does that usually take"),
    # 33
    (["what's the main advantage of VMs over containers?"], "and the main downside?"),
    # 34
    (["we run 200 microservices, containers or vms?", "currently all on vms and it's painful"], "and if it was 3 monoliths?"),
    # 35 chatter
    (["do we need a hypervisor for containers?", "no, containers run on the host os kernel"], "@mike this is what i said in standup \U0001F605"),
    # 36
    (["is it cheaper to run containers than VMs?", "we pay per VM on our cloud"], "what about on-prem"),
    # 37
    (["why do containers start faster than VMs?"], "no boot?"),
    # 38
    (["is the shared kernel a security risk?"], "how risky exactly, like on a scale of 1 to 10"),
    # 39
    (["can I load a kernel module inside a docker container?"], "and in a vm?"),
    # 40
    (["containers or vms for a legacy app that needs an old centos?", "it also needs a patched kernel from the vendor"], "cant i just use a centos base image"),
    # 41
    (["what are the best practices for securing containers?"], "tl;dr"),
    # 42
    (["does scaling out work better with containers?"], "how does autoscaling work with vms then"),
    # 43 chatter
    (["is kubernetes worth it for a small team?", "depends, for 2 services probably not"], "agreed, we'll revisit in Q3"),
    # 44
    (["what's the performance overhead of a VM?"], "in percent?"),
    # 45
    (["containers vs VMs, which one for running untrusted third party plugins?"], "and gvisor or firecracker?"),
    # 46
    (["should I run containers on bare metal or inside VMs?"], "why would anyone do both"),
    # 47
    (["what's more work to keep patched, containers or VMs?", "we have a tiny ops team"], "really? rebuilding images all the time sounds like more work to me"),
    # 48
    (["my boss says VMs are outdated, is that true?", "he wants everything in containers by next year"], "so should we ditch vmware completely"),
    # 49
    (["containers are better for microservices right?"], "is there any case where a vm is better"),
    # 50
    (["do containers have consistent performance?", "our p99 latency jumps around a lot"], "would moving to vms fix it?"),
    # 51 chatter
    (["containers or VMs for the staging env?"], "brb lunch, will read after"),
    # 52
    (["how many VMs can I run on a 64GB server?"], "and containers?"),
    # 53
    (["what is the startup time of a container?"], "in ms?"),
    # 54
    (["pls explain containers vs vm, I am new"], "more simple please, english not my first language"),
    # 55
    (["contaners vs vms for a bank core systm?", "we have very strict security ppl"], "wat about compliance"),
    # 56
    (["does kubernetes replace the hypervisor?"], "so no vmware needed?"),
    # 57
    (["why would I choose VMs if containers are faster?"], "example pls"),
    # 58
    (["is running docker inside a VM common?"], "in prod too?"),
    # 59 chatter
    (["can containers run different kernels?", "no they use the host kernel"], "yeah that bit us last sprint haha"),
    # 60
    (["do VMs scale as fast as containers for spikes?"], "how about with pre-warmed vm pools"),
    # 61
    (["is it safe to run containers as root?"], "whats the fix"),
    # 62
    (["containers or vms for a team with zero ops people?", "we're 4 devs", "mostly python web apps"], "which one would u pick for us"),
    # 63
    (["what's the licensing cost difference between containers and VMs?"], "does the docker desktop license count"),
    # 64
    (["so containers share the host OS kernel", "and VMs each have their own?"], "so a kernel bug hits all the containers at once?"),
    # 65
    (["which is easier to migrate between clouds, containers or VMs?"], "and between on-prem and cloud?"),
    # 66
    (["what is the main difference between containers and vms?", "our new PM asked me and I blanked"], "in one sentence"),
    # 67
    (["containers or VMs for a game server with steady load?"], "and if load is super spiky?"),
    # 68
    (["our security team wants VMs for everything", "even for internal dashboards", "is that reasonable?"], "are they overreacting?"),
    # 69
    (["containers vs vms for an ML inference API on CPU?"], "what about with gpus"),
]

assert len(items) == 70, len(items)
draft = []
for i, (ctx, q) in enumerate(items):
    assert 1 <= len(ctx) <= 3
    assert not any(m.lower().startswith("@bot") for m in ctx)
    d = {"context": ctx, "q": q}
    if i in CHATTER_AT:
        d["chatter"] = True
    draft.append(d)
assert sum(1 for d in draft if len(d["context"]) >= 2) >= 20
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("multi-context:", sum(1 for d in draft if len(d["context"]) >= 2),
      "three:", sum(1 for d in draft if len(d["context"]) == 3),
      "chatter:", [i for i, d in enumerate(draft) if d.get("chatter")])
