#!/usr/bin/env python3
"""Blind draft for conversations-23: 70 Slack thread follow-ups {context, q[, chatter]}.
Written before the article or any conversations/*.json was opened."""
import json, os

C = True  # marker for chatter items
items = [
    # 0
    (["what's the actual difference between a container and a VM?", "asking for a friend who is my boss"],
     "so which of the two eats more ram, roughly"),
    # 1
    (["containers vs vms for a small tattoo studio booking site, thoughts?", "it's literally one php app and a mysql db"],
     "we got one old server in the back room. whats the lighter option for that"),
    # 2 out of scope: rootless / userns
    (["do containers give you the same isolation as VMs?"],
     "and rootless podman, does the user namespace remapping close that gap or nah"),
    # 3 chatter
    (["is running containers inside a VM a dumb idea?"],
     "sorry to hijack - whoever microwaved fish at 12, the whole 2nd floor knows", C),
    # 4 non-native
    (["why do VMs take so long to start compared to containers?", "our windows VMs take like 3 minutes"],
     "so is because VM must boot whole operating system each time? i understand correct?"),
    # 5 sarcasm
    (["containers are more secure than VMs, right?", "that's what the vendor slide said anyway"],
     "oh sure, 'more secure', that's why our pentester laughed at us. which one actually isolates better"),
    # 6 heard
    (["how do containers share resources on a host?"],
     "my tech lead keeps saying containers are 'just chroot on steroids'. is that fair"),
    # 7 own-case: bowling alley
    (["thinking about containers vs VMs for our bowling alley lane scoring software",
      "vendor only ships it for Windows 7, needs a USB dongle driver"],
     "given it needs its own driver n old windows, VM or container for this one?"),
    # 8 out of scope: ballooning
    (["VMs feel wasteful on memory"],
     "does memory ballooning in the hypervisor fix that, like can the host reclaim unused ram from guests"),
    # 9 terse
    (["containers or VMs for CI runners?", "we run ~300 jobs a day"],
     "speed only. go."),
    # 10 format
    (["can you compare containers and VMs?"],
     "put it in a table pls, 3 rows max"),
    # 11 chatter
    (["is it true containers start in seconds?", "yeah ours do"],
     "my standing desk is stuck at full height again, anyone know the reset button combo", C),
    # 12 disagreement
    (["VMs are better isolated than containers", "that's the whole point of a hypervisor"],
     "disagree, we had a VM escape CVE in our hypervisor last year. isn't isolation just as leaky on both"),
    # 13 own-case: florist
    (["choosing between containers and VMs for a florist's order website",
      "peaks are valentine's day and mother's day, 20x normal traffic"],
     "so for those two spike days, which one scales up quicker"),
    # 14 inference
    (["containers share the host kernel, VMs don't", "that's my understanding at least"],
     "so if i run an alpine container on an ubuntu host, whose kernel is it actually running on"),
    # 15 other side
    (["what are the advantages of containers?"],
     "ok and the advantages of VMs, same length please"),
    # 16 thanks + new ask
    (["whats the main difference in resource usage?", "we're sizing new hardware"],
     "thx that helped. different q: can a container run a different OS than the host?"),
    # 17 out of scope: nested virt
    (["we run VMs on our own hypervisor"],
     "nested virt - can i run KVM inside one of those VMs for a test lab, and what's the perf hit"),
    # 18 own-case: driving school (3 msgs)
    (["containers vs VMs for a driving school lesson booking app", "2 devs, no ops person", "cloud budget is tiny"],
     "given we're broke, which is cheaper to run"),
    # 19 chatter
    (["what's better for microservices, containers or VMs?"],
     "team photo for the website is tomorrow 10am, wear something without a logo pls", C),
    # 20 typos
    (["what isolates better, container or vm?", "asking bc we share one host between 3 teams"],
     "waht about if one conatiner gets hacked, can it reach the others on same host"),
    # 21 non-native legacy
    (["containers vs virtual machines for legacy apps?", "we have some old stuff"],
     "our app is from 2009, very old, run only on windows server 2003. container can do this or must be VM?"),
    # 22 terse own-case
    (["container vs vm for a batch job that runs 5 min a day", "it's a python script that resizes images"],
     "container?"),
    # 23 heard: portability
    (["are containers portable?"],
     "someone at a meetup said VMs are 'more portable because you just copy the disk image'. true?"),
    # 24 own-case: cheese cave
    (["cheese cave humidity sensors, we collect readings on a tiny box in the cellar",
      "thinking of moving the collector to containers"],
     "the box has 1GB ram. does that rule out VMs"),
    # 25 out of scope: snapshot quiesce
    (["snapshots are a big reason we use VMs"],
     "do VM snapshots quiesce postgres properly or do i need fsfreeze / pre-snapshot hooks"),
    # 26 format: analogy
    (["explain containers vs VMs"],
     "now as a one-line analogy, no jargon, for a bakery owner"),
    # 27 chatter
    (["do VMs need their own OS license?", "I think windows ones do"],
     "whiteboard markers in room B are all dead, who has the good ones", C),
    # 28 inference: image size
    (["containers are lightweight because they don't include a full OS"],
     "so that means a container image is smaller than a VM image by a lot, right? like MBs vs GBs"),
    # 29 sarcasm: when not
    (["should we move everything to containers?", "leadership wants 'cloud native' by Q3"],
     "yes let's containerise the 15-year-old ERP that needs a kernel module, what could go wrong. seriously, when should we NOT"),
    # 30 own-case: genealogy uploads
    (["we host a genealogy site, family-tree uploads from users",
      "people upload gedcom files and we parse them server side"],
     "parsing random uploads from strangers - container enough or VM"),
    # 31 thanks + new ask
    (["what's a hypervisor?"],
     "cheers. and is there one under containers too, or no"),
    # 32 out of scope: log rotation
    (["how do containers log?"],
     "our json-file logs filled the disk, how do I set up log rotation for docker"),
    # 33 disagreement: startup
    (["containers start faster than VMs", "seconds vs minutes"],
     "not in my experience, our java container takes 90s to be ready. so that claim is a bit marketing no?"),
    # 34 own-case: mountain rescue
    (["mountain rescue team callout app, runs on 2 old laptops at base",
      "needs to keep working if the internet dies"],
     "would containers make it harder or easier to run on those 2 laptops"),
    # 35 chatter
    (["which is better for dev environments?"],
     "bake sale for the kids' hospital on friday, brownies go fast, get there early", C),
    # 36 other side + format
    (["pros and cons of VMs?"],
     "just the cons, as bullets"),
    # 37 non-native terse, sensitive
    (["containers vs vms security", "we are bank, small one"],
     "for customer bank data, which you choose?"),
    # 38 out of scope: multi-arch
    (["we build images for our raspberry pis and our x86 servers"],
     "how do i make one image work on both arm64 and amd64, is buildx the way"),
    # 39 heard: overhead
    (["do containers have overhead?", "compared to bare metal I mean"],
     "read on reddit that containers have basically zero overhead vs bare metal. legit?"),
    # 40 inference: patching
    (["VMs each run a full OS"],
     "so patching is N times the work with VMs? like each one needs its own updates"),
    # 41 own-case: regatta (3 msgs)
    (["sailing club regatta results page", "results get entered on race day from a laptop on the committee boat",
      "rest of the year nobody looks at it"],
     "for something idle 360 days a year, which makes more sense"),
    # 42 other side
    (["when should I use containers?"],
     "flip it: when is a VM the right call"),
    # 43 chatter
    (["is docker a VM?", "no lol"],
     "anyone else hearing the jackhammer next door or is it just in my head at this point", C),
    # 44 typos lowercase
    (["difference between vm and container?"],
     "so conatiners dont have there own kernel at all??"),
    # 45 out of scope: hugepages
    (["our VMs feel slow on memory-heavy workloads"],
     "should we enable hugepages for the guests, and how"),
    # 46 own-case: fish farm kernel module
    (["fish farm feeding system, sensors in the pens talk to a controller",
      "controller software needs a custom kernel module for the serial card"],
     "custom kernel module on the controller box - does that push us to VMs?"),
    # 47 sarcasm: containers in VMs
    (["containers are the future, VMs are dead"],
     "ah yes, VMs are dead, tell that to every cloud provider. do people actually run containers inside VMs?"),
    # 48 format: manager
    (["how do containers differ from VMs in isolation?"],
     "manager version: 2 sentences, no acronyms"),
    # 49 disagreement: multi-tenant
    (["you need VMs for strong isolation", "esp. if customers share hardware"],
     "eh, we've run multi-tenant on plain containers for 3 years, no incidents. overkill?"),
    # 50 out of scope: registry rate limit
    (["we pull a lot of images in CI"],
     "hitting docker hub pull rate limits, should we run a registry mirror"),
    # 51 chatter
    (["are VMs still worth it?", "for windows stuff yes"],
     "found someone's airpods case in the 3rd floor loo, it's at reception now", C),
    # 52 own-case: hair salon kernel bug
    (["hair salon chain, booking app + a POS integration", "we have 40 salons, 1 central server"],
     "if that one server's kernel has a bug, what gets hit with containers vs vms"),
    # 53 thanks + new ask
    (["which starts faster?"],
     "ta. and which one is better for running lots of small services on one box"),
    # 54 non-native db
    (["VM vs container for database?", "postgres, about 200GB"],
     "database in container is good idea or better keep in VM? it is our most important system"),
    # 55 inference: windows on linux
    (["containers use the host kernel"],
     "so a linux host can't run a windows container then, logically?"),
    # 56 out of scope: virtio
    (["we use KVM VMs"],
     "are the virtio drivers worth it over the emulated e1000 nic and ide disk"),
    # 57 own-case: ham radio plugins
    (["ham radio club logbook + an SDR decoder on a shared server",
      "members want to try random decoder plugins from github"],
     "random github plugins from members - isolate with containers or VMs?"),
    # 58 terse
    (["containers vs VMs for our intern's test environment"],
     "cheapest. one word."),
    # 59 chatter
    (["is kubernetes containers or vms?"],
     "reminder it's ugly sweater day thursday, prize for the worst one", C),
    # 60 heard: compatibility
    (["why use VMs at all now?", "genuinely asking, not trolling"],
     "our cloud rep said VMs give you 'full OS compatibility' - what does that even mean in practice"),
    # 61 out of scope: unikernels
    (["any alternatives between containers and VMs?"],
     "what about unikernels, like MirageOS, where do they fit"),
    # 62 own-case: figure skating
    (["figure skating competition scoring, judges' tablets talk to a server in the rink",
      "it runs for one weekend, then gets shut down till the next event"],
     "we need it up fast on the day and gone after - containers?"),
    # 63 disagreement: efficiency
    (["containers are more efficient than VMs", "everyone says so"],
     "efficient how? we run 3 big VMs at 80% util, can't see containers doing better. what's the actual argument"),
    # 64 out of scope: thin provisioning
    (["VM disk sizes are killing our storage"],
     "thin vs thick provisioning for the VM disks, which one and what are the risks"),
    # 65 own-case: kite surf (3 msgs)
    (["kite surf school: weather alert bot + booking site", "the weather bot is a single node script",
      "booking site is wordpress"],
     "would you put the bot and the booking site in separate VMs or just containers"),
    # 66 non-native typo
    (["how containers isolate process?", "i read about it but still not clear"],
     "namespace and cgroup is same thing or different? confuse"),
    # 67 out of scope: eBPF
    (["how can we see what's happening inside containers?"],
     "can eBPF tools like bpftrace see inside every container from the host"),
    # 68 inference: VM kernel crash
    (["VMs are more isolated", "each has its own kernel"],
     "so a crash in one VM's kernel wouldnt take down the others? just checking i get it"),
    # 69 own-case: bridge club (3 msgs)
    (["we're a bridge club, the scoring program is old Windows software", "someone suggested docker",
      "we only have one linux pc"],
     "short answer: docker or a VM for the old windows scoring program on that pc"),
]

CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for t in items:
    ctx, q = t[0], t[1]
    d = {"context": ctx, "q": q}
    if len(t) == 3:
        assert t[2] is True
        d["chatter"] = True
    draft.append(d)

assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
assert len({d["q"] for d in draft}) == 70, "duplicate q"
for d in draft:
    assert 1 <= len(d["context"]) <= 3 and all(isinstance(m, str) and m.strip() for m in d["context"])
    assert not d["q"].lower().startswith("@bot") and not any(m.lower().startswith("@bot") for m in d["context"])
    assert not any(c in d["q"] for c in "\u2018\u2019\u201c\u201d")
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert 33 <= multi <= 38, multi
assert three >= 4, three
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"draft.json: {len(draft)} items, {multi} multi-context, {three} three-message")
