#!/usr/bin/env python3
"""Blind draft for conversations-21: written before the article or any conversations/*.json was opened."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
C = "chatter"
items = [
 # 0 terse
 (["what's the main difference between a container and a VM?", "for a slide, not an essay"], "pros of each?"),
 # 1 own case, multi-tenant
 (["are containers more secure than VMs?", "we host stuff for several customers on the same boxes"],
  "so for multi-tenant, which one isolates better"),
 # 2 disagreeing
 (["why do containers start so much faster than VMs?", "asking because Tomasz keeps repeating it"],
  "nah, our VMs boot in like 3 seconds with a tiny image. so that's not really true?"),
 # 3 chatter: office dog
 (["is Biscuit in on Thursday?", "I think Dana said so"], "great, bringing dog treats then", C),
 # 4 non-native
 (["container is share the kernel with host or not?"], "and if the host kernel have a bug, all container affected?"),
 # 5 format
 (["how do VMs and containers compare on resource usage?"], "put that in a table, rows = cpu, memory, disk"),
 # 6 heard
 (["someone at the meetup said VMs are basically dead now that everyone has containers", "half the room nodded"],
  "is that true or are there still good reasons to pick a VM"),
 # 7 own case
 (["container or VM for our museum's ticket kiosk backend?", "it's tiny, one service"],
  "it gets slammed on free-entry Sundays, so it needs to scale up fast and shrink back after"),
 # 8 sarcastic + format
 (["let me guess, the answer to 'containers or VMs' is 'it depends'"], "ok then what does it depend on, in 3 bullets"),
 # 9 decision stated
 (["we're going containers for the mobile app backend"], "anything we should worry about with that decision?"),
 # 10 terse
 (["is a container just a lightweight VM?"], "what's the one-line reason it isn't"),
 # 11 chatter: leaving card
 (["who's organising the leaving card for Marta?"], "I'll sign it after lunch, where is it", C),
 # 12 terse
 (["do VMs need more RAM than containers?", "seems like it from our graphs"], "why tho"),
 # 13 heard
 (["heard on a podcast that regulated industries avoid containers because the isolation is weaker"],
  "is that a fair point or outdated"),
 # 14 aside + ask
 (["we run OpenStack for the VMs and k8s on top, fwiw", "inherited it from the last platform team"],
  "is running containers inside VMs like that a normal thing or are we doing it wrong"),
 # 15 own case, untrusted code
 (["VM or container for the e-learning sandbox where students run their own code?",
   "it's first-year students, they will try to break it", "last year someone ran a crypto miner on the lab server"],
  "we need each student's code walled off from everyone else's"),
 # 16 other side
 (["containers ship as images right"], "what's the VM equivalent of that"),
 # 17 out of scope: gVisor / Kata
 (["is gVisor or Kata a good middle ground between containers and VMs?"], "which one would you pick for untrusted code"),
 # 18 format
 (["ELI5 containers vs VMs"], "shorter. one sentence for the newsletter"),
 # 19 chatter: dishwasher
 (["the dishwasher is broken again", "mugs are piling up in the sink"], "facilities ticket opened, ETA tomorrow", C),
 # 20 non-native
 (["i not understand why VM is more heavy than container"], "is it because every VM carry a full operating system?"),
 # 21 own case, three messages
 (["container or VM for the veterinary clinic's patient records app?", "it's one small clinic",
   "they want to move it off the old desktop under the reception desk"],
  "it only works on one specific patched kernel the vendor shipped"),
 # 22 out of scope: wasm
 (["wasm runtimes vs containers, anyone tried?"], "would WebAssembly replace containers for our edge functions"),
 # 23 sarcastic / other side
 (["oh cool so VMs are just dinosaurs now?"], "name one thing a VM still does better, go"),
 # 24 other side
 (["are containers portable across clouds?", "we might leave our provider next year"], "and VMs, can I move one between providers as easily?"),
 # 25 thanks + new ask
 (["cheers, that helped a lot with the design doc", "Lena's happy with it too"],
  "different q: how do containers cope with a sudden traffic spike"),
 # 26 decision stated
 (["ok we're moving the whole nightly batch platform to containers next quarter", "today it's 30 long-lived VMs"], "what do we lose vs the current VMs?"),
 # 27 chatter: team photo
 (["team photo is on Wednesday at 11"], "do we have to wear the company hoodie or is that optional", C),
 # 28 out of scope: rootless podman
 (["we use Podman instead of Docker"], "does rootless Podman change the security comparison with VMs"),
 # 29 terse numbers
 (["how fast can a container start compared to a VM"], "numbers? roughly seconds vs minutes?"),
 # 30 own case, kernel module
 (["container or VM for the satellite ground station telemetry decoder?", "asking for the antenna team"],
  "it loads a custom kernel module for the SDR card, and nothing else runs on that box"),
 # 31 out of scope: live migration
 (["do VMs get live migration that containers don't?"], "like moving a running VM to another host with no downtime"),
 # 32 disagreeing
 (["that's backwards imo, containers are the heavy ones with all those image layers", "our registry is 2 TB"], "convince me otherwise"),
 # 33 format
 (["security wise, what's the risk with containers?", "we had a pentest finding about it last month"],
  "explain it like I'm the auditor, not an engineer"),
 # 34 out of scope: ballooning / KSM
 (["we turned on memory ballooning and KSM on our KVM hosts"], "does that close the RAM gap with containers?"),
 # 35 chatter: building works noise
 (["the jackhammer next door starts at 8 again tomorrow"], "working from home then, noise cancelling only goes so far", C),
 # 36 own case, spike
 (["container or VM for the newsroom CMS?", "election night is the one night a year it matters", "last time the old VMs fell over at 9pm"],
  "traffic goes 50x for about six hours"),
 # 37 aside + ask
 (["WSL2 is a VM, right?", "(unrelated, just curious)"],
  "anyway back on topic: VM or container for an app that needs the full OS underneath it"),
 # 38 own case, dev envs
 (["what's better for dev environments, containers or VMs"], "one dev env per intern, 12 interns, they all start Monday"),
 # 39 out of scope: nested virt
 (["nested virtualization on cloud instances"], "can I run VMs inside my EC2 VM to test our hypervisor setup"),
 # 40 terse other side
 (["how do containers achieve isolation"], "k. and VMs?"),
 # 41 heard
 (["my uncle says containers are just chroot with marketing", "he ran Solaris zones in 2005"], "how wrong is he"),
 # 42 disagreeing
 (["VMs vs containers: which has the better security track record?"],
  "I don't buy that containers are less secure, we've run them 6 years with zero escapes"),
 # 43 chatter: charity 5k
 (["sponsorship page for my charity 5k is up", "link in #random"], "any amount helps, thanks all", C),
 # 44 own case, cheap
 (["container or VM for the bakery chain's POS sync service?", "40 shops, each pushes sales every 5 min"],
  "we're a tiny IT team and just want the cheapest thing to run"),
 # 45 format / other side
 (["can you give me pros and cons of VMs in two columns"], "now same for containers"),
 # 46 decision stated
 (["decided: legacy billing stays on VMs", "it's on a 12-year-old OS build nobody dares touch"], "good call or no?"),
 # 47 out of scope: overlayfs
 (["overlayfs storage driver vs VM disk images"], "is overlay slower than a qcow2 disk for heavy writes?"),
 # 48 non-native
 (["sorry for my english, the container can run a different linux than host?", "host is ubuntu, i want alpine inside"],
  "ok and the kernel version, is also different?"),
 # 49 out of scope: eBPF
 (["eBPF tracing across containers vs VMs"], "can I trace syscalls from the host into a VM the way I can with containers?"),
 # 50 own case, idle
 (["container or VM for the airline crew scheduling optimizer?", "it runs a solver for ~2 hours every night"],
  "and the rest of the day it sits idle, wasting money"),
 # 51 chatter: stationery
 (["stationery order goes in Friday"], "can someone add the big post-its, we're out", C),
 # 52 heard
 (["a vendor told us their appliance has to be a VM, not a container"], "is that a legit requirement or are they just lazy?"),
 # 53 out of scope: confidential computing
 (["what about confidential computing, AMD SEV / Intel TDX"], "is that only possible with VMs?"),
 # 54 own case, untrusted uploads
 (["container or VM for the game modding server?", "players upload their own Lua scripts"],
  "we can't review every script, some will be malicious"),
 # 55 format
 (["tl;dr containers vs VMs for a non-tech manager", "she has 5 minutes between meetings"], "make it a tweet"),
 # 56 other side
 (["everyone here just defaults to containers"], "flip it: when is a container the wrong call?"),
 # 57 out of scope: multi-arch
 (["half our fleet is Graviton now"], "do multi-arch container images work the same as VMs on ARM?"),
 # 58 own case, short-lived
 (["container or VM for the marketing microsite?", "it's live for two weeks for the product launch, then gone"],
  "we want it up by tomorrow and deleted after"),
 # 59 chatter: ergonomic assessment
 (["ergonomic desk assessments are next week", "sign-up sheet is on the kitchen door"], "put me down for Tuesday pls", C),
 # 60 thanks + new ask
 (["why are containers considered more efficient?"], "ty! also, does that efficiency mean a lower cloud bill or is that a stretch"),
 # 61 out of scope: unikernels
 (["unikernels: best of both worlds?"], "would a unikernel beat both for our API"),
 # 62 own case, sensitive data
 (["container or VM for the bank's KYC document OCR pipeline?", "the scans are passports and utility bills", "right now it all runs on one shared server"],
  "compliance says customer data must be strongly isolated from other workloads"),
 # 63 aside + ask
 (["our mainframe team says LPARs are basically VMs", "not relevant, just funny"],
  "aside from that: if one VM crashes, does it take the others on the host down with it?"),
 # 64 decision stated
 (["we're standardising on containers for all new services", "ops signed off yesterday"],
  "is there any type of app we should explicitly exclude?"),
 # 65 out of scope: VM backups
 (["we back up every VM nightly with Veeam"], "what's the container equivalent, do we even need backups?"),
 # 66 sarcastic
 (["containers vs VMs, which is better?", "great, so everything is a tradeoff. shocking."], "give me the single biggest tradeoff then"),
 # 67 own case, hardened OS
 (["container or VM for the municipal water sensor dashboard?", "it just shows readings from 200 sensors"],
  "it has to run on the hardened OS image the city's security team built"),
 # 68 terse
 (["how many containers fit on one server vs VMs?"], "order of magnitude, like 10x?"),
 # 69 thanks + new ask
 (["thanks, that cleared up the kernel thing", "one more while I have you"],
  "does each container need its own OS licence like a VM would"),
]
draft = []
for i, it in enumerate(items):
    ctx, q = it[0], it[1]
    d = {"context": ctx, "q": q}
    if len(it) == 3:
        assert it[2] == C
        d["chatter"] = True
    draft.append(d)
assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
qs = [d["q"] for d in draft]
assert len(set(qs)) == len(qs), "duplicate q"
for d in draft:
    assert 1 <= len(d["context"]) <= 3 and all(m.strip() for m in d["context"])
    assert not any(m.lower().lstrip().startswith("@bot") for m in d["context"] + [d["q"]])
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
json.dump(draft, open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(f"{len(draft)} items, {multi} multi-context, {three} three-message")
