#!/usr/bin/env python3
"""Blind draft for conversations-16: written before the article or any earlier
draft/labels/conversations json was opened. Writes draft.json."""
import json, os

CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
D = [
 # 0
 (["containers or vms, which one starts faster?", "asking bc our deploys feel slow"], "reason?"),
 (["what's the main difference between containers and virtual machines?", "(for the onboarding doc)"], "one sentence pls"),
 (["are containers less isolated than vms?"], "so escape is possible or no"),
 (["do containers share the kernel with the host?", "pretty sure they do"], "fire drill at 2pm today, leave laptops, take your badge"),
 (["how much overhead does a VM have compared to a container?"], "ok and density? how many fit on one box"),
 # 5
 (["can I load a custom kernel module inside a container?"], "and in a vm?"),
 (["which is cheaper to run, containers or vms?", "context: we have ~20 self-hosted CI build runners"], "so for the runners?"),
 (["does running containers need a hypervisor?"], "wait so what runs them then"),
 (["can you run containers inside a vm?", "we do that on every cloud account apparently"], "why would anyone bother tho"),
 (["what are containers actually good for?"], "give me a concrete case"),
 # 10
 (["is it easier to move a container between clouds than a VM?"], "even to a host with a different OS?"),
 (["vms vs containers for the new reporting stack?", "leaning containers tbh", "same"], "who keeps printing 200-page PDFs on the 4th floor printer, it's jammed again"),
 (["containers vs vms, which is less work to manage?", "we're 3 people in ops"], "meh. who patches the guest OS then"),
 (["do containers handle traffic spikes better?"], "our festival ticket scanner gets hammered the minute gates open. containers then?"),
 (["should we use containers or vms?"], "what about gpu passthrough, which handles that better"),
 # 15
 (["do containers share the host kernel?", "yes that's the whole point"], "meaning one bad kernel bug hits all of them?"),
 (["what's Kubernetes for?"], "and the vm equivalent of that is?"),
 (["is licensing cheaper with containers?", "our vendor charges per OS install"], "why would it be"),
 (["containers or vms for a small shop?"], "is Nomad simpler than Kubernetes"),
 (["what's the security risk with containers?", "reading up for the audit"], "fridge cleanout is friday 4pm, anything unlabeled goes in the bin"),
 # 20
 (["how hard is migrating from vms to containers?", "we have like 60 services on vms"], "whats the hard part exactly"),
 (["i need to run an app that wants a different OS than our hosts"], "container fine for that?"),
 (["vms are heavyweight and containers are lightweight. what does that even mean"], "plain words pls, it's for my manager"),
 (["our hospital imaging archive (PACS) needs strong separation between departments", "compliance is watching this one closely"], "vm or container for that?"),
 (["do containers start in seconds?"], "and vms? minutes??"),
 # 25
 (["containers are totally secure, right?", "security team says otherwise"], "oh sure, sharing one kernel with everyone is totally fine 🙄 what's the actual risk"),
 (["is running containers on top of vms a waste of resources?"], "then why do the big clouds all do it"),
 (["containers vs vms for the data team?", "they want airflow", "and some cron stuff"], "timesheets are due by noon, finance is chasing again"),
 (["containers are more portable than vms"], "disagree, a vm image runs anywhere the hypervisor runs"),
 (["which gives more consistent performance, containers or vms?"], "how so"),
 # 30
 (["what's a hypervisor?"], "type 1 vs type 2?"),
 (["can containers run windows apps on a linux host?", "asking for the accounting tool"], "and a vm can?"),
 (["we run an ML model inference API, bursty during business hours", "currently one big VM"], "container or vm, and why"),
 (["containers vs vms"], "what about firecracker microvms, best of both?"),
 (["how do containers isolate processes from each other?"], "namespaces and cgroups right?"),
 # 35
 (["containers or vms for the intranet wiki?", "wiki is tiny, doesn't matter"], "someone booked room Everest twice for 3pm, who actually has it"),
 (["biggest downside of containers?"], "and of vms"),
 (["do VMs use more memory than containers?", "seems like it from our dashboards"], "cuz each one runs its own OS?"),
 (["is posible to run diffrent linux distro in container than the host"], "and diffrent kernel?"),
 (["ok containers start faster, got it", "and they're lighter"], "what about security tho"),
 # 40
 (["we have a lab sequencer that needs a vendor kernel driver", "the vendor only ships it as a .ko"], "can that live in a container?"),
 (["explain the difference between containers and VMs"], "shorter. 2 lines max"),
 (["containers vs vms?"], "how big should a container image be"),
 (["do vms need more maintenance than containers?", "asking for budget planning"], "there's a package for Dmitri at reception, been sitting there since monday"),
 (["is it cheaper to run containers in the cloud?", "our AWS bill doubled this year"], "because of density?"),
 # 45
 (["are containers a replacement for VMs?", "my CTO seems to think so"], "so never use vms anymore?"),
 (["containers or vms for serverless?"], "is lambda a container or a vm under the hood"),
 (["we run a Redis cache tier and an Elasticsearch cluster", "both on old VMs", "ops wants to modernise"], "worth containerizing those?"),
 (["pros and cons of containers vs vms?", "need to send it up the chain"], "give me 3 bullets for my manager"),
 (["container is more secure or vm?"], "why vm is more secure, explain pls"),
 # 50
 (["what does it mean that a VM virtualizes hardware?", "saw it in a slide"], "and containers virtualize what then"),
 (["containers vs vms for our kiosk software?"], "AC on 2 is set to arctic again, can someone bump it up"),
 (["do containers need an orchestrator?", "we only have like 6"], "like kubernetes?"),
 (["containers on windows?"], "do windows containers need hyper-v"),
 (["what happens if one container eats all the cpu on a host?"], "does it starve the others"),
 # 55
 (["intern dev sandboxes: each intern gets an environment for 2 weeks", "around 30 interns this summer"], "cheapest option?"),
 (["vms are more secure than containers"], "not convinced. hypervisors have had escapes too"),
 (["what's the difference in boot time between vm and container?", "someone said it's huge"], "does that matter in practice?"),
 (["why do people say containers are lightweight?"], "lightweight compared to what exactly"),
 (["containers or vms for the batch jobs?", "batch is mostly python"], "can someone water the plants by the window while Priya is on leave"),
 # 60
 (["containers vs vms networking?"], "which CNI plugin should we use"),
 (["we're replacing our on-prem fax server, it only runs on an old Windows build", "nobody wants to touch it"], "vm i guess?"),
 (["can i run a full OS inside a container?"], "whats stopping it"),
 (["are VMs easier to manage than containers?", "asking because our vm fleet is a mess"], "huh, I'd have thought the opposite"),
 (["containers vs vms history?"], "when did docker come out"),
 # 65
 (["do containers scale up faster than vms?", "we autoscale on queue depth"], "scale down too?"),
 (["when are VMs the better choice?"], "real world example?"),
 (["containers share the OS. vms don't.", "that's my understanding anyway"], "is that it? that's the whole difference?"),
 (["containers or vms for storage heavy stuff?"], "how do persistent volumes work"),
 (["what's the catch with running containers on vms?", "we're doing k8s on EC2"], "double overhead?"),
]
assert len(D) == 70
draft = []
for i, (ctx, q) in enumerate(D):
    assert 1 <= len(ctx) <= 3 and all(m.strip() and not m.lstrip().lower().startswith("@bot") for m in ctx)
    item = {"context": ctx, "q": q}
    if i in CHATTER_AT:
        item["chatter"] = True
    draft.append(item)
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert [i for i, d in enumerate(draft) if d.get("chatter")] == sorted(CHATTER_AT)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False); f.write("\n")
print(f"wrote {out}: {len(draft)} items, {multi} multi-context ({three} three-message)")
