import json
items = [
 # isolation / security
 (["we're thinking of moving the payments service into containers instead of its own VM", "it handles card data so PCI is a thing"], "is that less secure though?"),
 (["containers all share the host kernel right?"], "so what happens if someone breaks out of one"),
 (["VMs are supposedly better isolated than containers"], "why tho"),
 (["security team says containers aren't a real security boundary", "they want everything multi-tenant on separate VMs"], "are they right?"),
 (["hypervisor gives each VM its own kernel"], "and that matters for security how exactly?"),
 (["we run untrusted customer code in containers atm", "just plain docker, default settings"], "should we be worried"),
 (["someone mentioned gVisor and Kata for container isolation"], "what do those actually do"),
 (["containers = lighter but weaker isolation, that's the usual line"], "any way to get both?"),
 # startup speed
 (["our VMs take like 2 min to boot", "it's killing our deploy times"], "would containers actually be faster?"),
 (["containers start in seconds apparently"], "how come"),
 (["we need to spin up workers really fast when the queue spikes"], "vm or container for that"),
 (["startup time is the main reason we went with docker", "the old VM images took forever"], "is that still a big difference nowadays?"),
 (["heard containers start in milliseconds"], "milliseconds? really?"),
 # resource use
 (["we could fit way more containers than VMs on the same box"], "why is tht"),
 (["each VM runs a full guest OS", "plus its own kernel and drivers and everything"], "so how much overhead are we talking"),
 (["containers are supposed to be more efficient with memory"], "is that actualy true in practice"),
 (["we've got 40 small services each on its own VM", "utilisation is like 10% on most of them"], "would containers fix that?"),
 (["the hypervisor overhead is basically nothing these days"], "so then why bother with containers at all"),
 (["containers don't need a guest OS"], "wait so what do they run on then"),
 (["we're paying for a lot of idle VM capacity", "most boxes sit at like 15% cpu"], "ok but what about cost, would switching save money"),
 # portability
 (["docker images are supposedly portable"], "portable to what exactly"),
 (["works on my machine problems were the main pain before containers"], "how do containers fix that"),
 (["can I run a linux container on a windows host?", "colleague said yes via WSL2 or something"], "and the other way round?"),
 (["we build on mac M1s but deploy to x86 servers", "someone said the container will just run anywhere"], "is that true?"),
 (["a VM image can be moved between hypervisors"], "is that as easy as moving a container image?"),
 (["we want to be able to move between aws and azure without rewriting stuff"], "does containerising help with that"),
 # cost / licensing
 (["management wants to know if containers will cut our licensing bill"], "will they?"),
 (["we pay per-VM for windows server licenses"], "does that change if we containerize"),
 (["vmware renewal came in way higher this year"], "is moving to containers a realistic way out"),
 (["containers are cheaper, that's what everyone says", "but our k8s bill went up after migrating"], "so were they wrong?"),
 (["per-core licensing on the DB is killing us"], "would running it in a container help or not"),
 # migration
 (["we have a legacy monolith on a VM", "nobody really knows what's installed on it anymore"], "can we just lift and shift it into a container?"),
 (["planning to move our VMs to containers next quarter"], "where do we even start"),
 (["the app writes a bunch of state to local disk"], "is that a problem for containerising it?"),
 (["we tried to containerize our old java app", "it needs systemd and a bunch of cron jobs"], "is that a dealbreaker?"),
 (["our vendor only supports running their product on a VM"], "can we containerize it anyway"),
 (["migrating everything from VMs to k8s", "about 60 services, deadline is end of year"], "any gotchas?"),
 # scaling
 (["we need to scale out during black friday"], "which scales better, containers or VMs"),
 (["autoscaling groups of VMs work fine for us"], "why would we switch to containers then"),
 (["containers scale horizontally really easily"], "what about vertical scaling?"),
 (["our traffic is super spiky", "like 10x for an hour then nothing"], "what wuold you pick"),
 # orchestration vs hypervisors
 (["is kubernetes basically the same thing as a hypervisor?"], "then what's the difference"),
 (["we use vsphere to manage our VMs", "vmotion, HA, the whole thing"], "what's the equivalent for containers"),
 (["kubernetes handles restarts and scheduling for containers"], "does anything do that for VMs?"),
 (["do we even need k8s if we only have like 5 containers"], "or is that overkil"),
 (["orchestration is the thing that makes containers usable at scale"], "what does it actually do"),
 # OS / kernel needs
 (["the app needs a custom kernel module", "it's some network driver thing from the vendor"], "can that work in a container?"),
 (["we've got one service that only runs on windows", "rest of the fleet is linux"], "container or VM?"),
 (["can containers run a different OS than the host?"], "like different linux distros?"),
 (["we need to run an old CentOS 6 app on a new ubuntu host"], "container enough or do we need a VM"),
 (["containers use the host's kernel"], "so what if the app needs a newer kernel version"),
 # containers inside VMs
 (["in the cloud our containers run on VMs anyway"], "so isn't that the worst of both worlds?"),
 (["why would anyone run containers inside VMs?"], "seems redundant"),
 (["EKS nodes are just EC2 instances", "so every pod is in a container in a VM"], "is that normal?"),
 (["we run docker on top of our vmware hosts", "inside linux guest VMs I mean"], "is that a bad idea?"),
 (["containers in VMs is the common pattern apparently"], "what's the benefit"),
 # choosing for a workload
 (["our web tier is all containers now", "we're picking a platform for a new postgres cluster"], "and for a db? container or vm"),
 (["microservices are going in containers for sure"], "what about the big stateful stuff"),
 (["small team, 3 devs, one web app", "currently on a single VPS"], "so which one for us then"),
 (["we need strong isolation between tenants", "and fast scaling"], "can we have both?"),
 (["running ML training jobs with GPUs", "need CUDA drivers and all that"], "containers or VMs better for that"),
 (["batch jobs that run for 5 minutes every hour"], "vm or container?"),
 (["containers for stateless, VMs for stateful is our rule of thumb"], "is that a good rule?"),
 (["we've got a mix of legacy and new stuff"], "should we pick one or run both?"),
 # misc follow-ups
 (["containers are just lightweight VMs right?"], "or is that wrong"),
 (["someone told me containers virtualize the OS and VMs virtualize hardware"], "what does that mean in plain english"),
 (["read somewhere that VMs are dead and containers replaced them"], "source?"),
 (["containers are more secure than VMs bc they're smaller", "less attack surface"], "wait, doesn't that contradict the shared kernel thing?"),
 (["so VMs are heavier but more isolated", "that's what I got from the thread so far"], "any other downsides of VMs?"),
 (["containers sound great"], "whats the catch"),
]
assert len(items) == 70, len(items)
two = sum(1 for c, q in items if len(c) == 2)
print("two-context:", two)
json.dump([{"context": c, "q": q} for c, q in items], open("draft.json", "w"), indent=1, ensure_ascii=False)
