#!/usr/bin/env python3
"""conversations-19 blind draft: written before the article or any conversations/*.json was read.
Writes draft.json: 70 items {context: [1-3 earlier thread messages], q: follow-up[, chatter: true]}."""
import json, os

C = True  # chatter marker
ITEMS = [
    # 0
    (["what's the core difference between containers and virtual machines?"],
     "ok but which one starts up quicker"),
    # 1
    (["do containers have their own operating system?", "I thought each container ships a whole linux"],
     "so what does it actually bring along then"),
    # 2
    (["is a VM more secure than a container?"],
     "proof?"),
    # 3 chatter: lift out of order
    (["should our build agents run as containers or vms?"],
     "unrelated but the lift on 4 is out of order again, take the stairs", C),
    # 4 other side
    (["what does a hypervisor do?"],
     "and do containers have something like that"),
    # 5 non-native, own case
    (["we must to choose between vm and container for new service", "which is more save for customer data?"],
     "customer data is bank account numbers, if this change the answer"),
    # 6 sarcasm
    (["why do people say containers are lightweight?", "because they're lightweight, duh"],
     "wow groundbreaking. what makes them light though"),
    # 7 other side
    (["can I run a windows app in a container on a linux host?", "pretty sure you can't"],
     "what about in a vm on that same host"),
    # 8 own case: student coding sandbox
    (["containers or vms for a university coding sandbox where students submit arbitrary code?"],
     "students are 19 and will absolutely try to break out"),
    # 9 disagreement
    (["nah, vms are basically obsolete now", "everyone's on k8s anyway"],
     "prove me wrong, bot"),
    # 10 other side + format
    (["what's the downside of containers?"],
     "and the upside, in 3 bullets"),
    # 11 chatter: pub quiz
    (["containers vs vms for the reporting db?", "vm imo"],
     "pub quiz thursday, we need a 6th for the team, anyone?", C),
    # 12 out of scope: live migration
    (["so VMs are heavier, got it"],
     "can you live-migrate a running vm to another host without downtime?"),
    # 13
    (["why would anyone still pick a VM in 2026?"],
     "name one real scenario"),
    # 14 non-native
    (["container is also have own kernel or not?", "no it use host one i think"],
     "so if host kernel is old, container kernel also old?"),
    # 15 own case: food delivery microservices
    (["we run a food delivery app, ~50 microservices, traffic triples at dinner time", "containers or vms?"],
     "the dinner spike is the main pain, scaling has to be fast"),
    # 16 out of scope: nested virtualization
    (["VMs run on a hypervisor right?"],
     "can I run a hypervisor inside a cloud vm, nested virt?"),
    # 17
    (["is it true VMs give more consistent performance?"],
     "why would that be"),
    # 18 own case: malware lab, disagreement in thread
    (["containers vs vms for a malware analysis lab where we detonate samples?", "containers are fine, it's all isolated"],
     "samples sometimes carry kernel exploits"),
    # 19 chatter: secret santa
    (["which is cheaper to run at scale, containers or vms?", "containers usually"],
     "secret santa names got drawn, check your DMs, budget is 15 eur", C),
    # 20 format
    (["explain containers vs vms"],
     "as a table pls, two columns"),
    # 21 out of scope: rootless podman
    (["containers are less isolated than vms, ok"],
     "does running rootless podman close that gap?"),
    # 22 disagreement (reported)
    (["my lead says containers are just as isolated as VMs", "is that true?"],
     "he's very confident about it fwiw"),
    # 23
    (["what do VMs virtualize exactly?", "the whole machine afaik"],
     "hardware? like the cpu too?"),
    # 24 own case: legacy oracle db on certified RHEL
    (["legacy oracle db certified only on one specific RHEL release, container or vm?", "just dockerize it"],
     "the cert is for the whole OS, not just the userland"),
    # 25
    (["do containers start faster than vms?"],
     "how much faster, seconds vs minutes?"),
    # 26 terse
    (["which is easier to scale out, containers or vms?"],
     "on what grounds"),
    # 27 chatter: window cleaners
    (["can containers run different linux distros on one host?"],
     "window cleaners are on the scaffolding today, keep blinds down if you're on a call", C),
    # 28 out of scope: gVisor / Kata
    (["so vms isolate better but are slower"],
     "isn't that what kata containers or gvisor solve?"),
    # 29
    (["what do containers share with the host?", "the kernel"],
     "just the kernel? or more"),
    # 30 own case: tiny startup webhook relay
    (["we're a tiny startup with one webhook relay service", "containers or vms?"],
     "one guy does all ops part time"),
    # 31
    (["how does licensing work with vms vs containers?", "asking for the finance team"],
     "does it end up costing more with vms"),
    # 32 format
    (["give me containers vs vms in one sentence for my manager"],
     "now make it a haiku, he likes those"),
    # 33 out of scope: CNI plugins
    (["ok containers for the api then"],
     "which CNI plugin should we pick, calico or cilium?"),
    # 34 own case: bursty ML inference api
    (["ML inference api with bursty traffic, containers or vms?", "we're on a single cloud"],
     "bursts are like 20x for a few minutes"),
    # 35 chatter: bike rack code
    (["do VMs need their own OS licence each?", "depends on the OS"],
     "bike rack code changed, new one is on the board by the door", C),
    # 36 terse
    (["why do containers use less resources?"],
     "because they skip what exactly"),
    # 37 disagreement
    (["I don't buy that containers are more efficient", "the docker daemon alone eats RAM"],
     "convince me"),
    # 38 out of scope: k8s persistent volumes
    (["what about running databases in containers?"],
     "where do the persistent volumes live then, on the node?"),
    # 39 own case: FPGA toolchain with vendor kernel module
    (["FPGA build toolchain needs a custom kernel module, containers or vms?", "containers would be so much easier for CI"],
     "the module is from the vendor and only builds against their kernel"),
    # 40
    (["can containers run on any OS?"],
     "like a linux container on a windows server?"),
    # 41 sarcasm
    (["which gives better isolation, containers or vms?", "depends"],
     "so is it vms, or is this gonna be 'it depends' again"),
    # 42 own case: security course with root shells (three messages)
    (["vms vs containers for a cybersecurity course where every student gets a root shell",
      "containers, cheaper", "docker per student is what we did last year"],
     "they run exploit tooling as part of the coursework"),
    # 43 chatter: office dog
    (["containers or vms for the new staging env?"],
     "office dog visiting on friday, heads up if you're allergic", C),
    # 44 out of scope: unikernels
    (["vms are heavier because of the full OS?", "yep"],
     "what about unikernels, do they fix that?"),
    # 45 format / terse
    (["what's the main benefit of vms?"],
     "one word"),
    # 46 other side
    (["does a container need a hypervisor?"],
     "then what isolates it from other containers"),
    # 47 non-native, own-ish case
    (["hi, what is better for running many small apps on one server, container or vm?", "containers probably"],
     "and if each app need different kernel version?"),
    # 48 out of scope: confidential computing
    (["vms are better for sensitive data right"],
     "what about SEV-SNP or TDX encrypted vms, worth it?"),
    # 49
    (["how is a container different from just a process?", "it's namespaces + cgroups"],
     "so a container is basically a fancy process?"),
    # 50 own case: museum audio guide backend
    (["museum audio-guide backend, ~200 requests a day, containers or vms?", "whatever's cheapest"],
     "we'll never have more than one server"),
    # 51 chatter: power shutdown
    (["vms or containers for the batch jobs?", "containers, they finish and go away"],
     "power's off saturday 8-12 for electrical work on our floor, unplug your monitors", C),
    # 52 out of scope: ballooning / overcommit
    (["vms use more memory right?"],
     "is ballooning or overcommit a way around that?"),
    # 53 other side + format
    (["what's a good use case for containers?"],
     "and one for vms, same length"),
    # 54 own case: websocket gateway (three messages)
    (["should our chat app's websocket gateway be containers or vms?",
      "it holds 100k long-lived connections", "we deploy 10x a day"],
     "the deploy frequency is what worries me"),
    # 55
    (["do containers make deployment faster?"],
     "vs vms specifically?"),
    # 56
    (["is it possible to run containers inside a VM?", "we do that on every cloud"],
     "why would you ever stack them like that"),
    # 57 out of scope: wasm
    (["containers share the host kernel, got it"],
     "is wasm going to replace both anyway?"),
    # 58 own case: PDF renderer on untrusted uploads
    (["containers or VMs for a PDF rendering service that processes customer uploads?", "files come from anyone on the internet"],
     "renderer has had CVEs before"),
    # 59 chatter: charity run signup
    (["can a container crash the host?", "if it crashes the kernel yes"],
     "charity 5k run signup closes today, link in #social", C),
    # 60 out of scope: spectre
    (["so vms are the safe choice for multi-tenant"],
     "even with spectre-style side channels?"),
    # 61 terse
    (["what's the catch with VMs?"],
     "elaborate"),
    # 62 out of scope: apple silicon
    (["I'm on an M2 mac, containers or VMs for local dev?"],
     "do amd64 images even run on apple silicon?"),
    # 63 own case: weather model batch runs
    (["weather model batch runs, ~2h each, hundreds in parallel during storms", "containers or vms?"],
     "they're all the same linux image"),
    # 64
    (["which is more portable?"],
     "portable between clouds i mean"),
    # 65
    (["what's greener, containers or vms?"],
     "in terms of power draw per workload"),
    # 66 own case: core banking ledger (three messages, disagreement in thread)
    (["core banking ledger, regulator wants strict isolation between tenants", "containers or vms?",
      "containers with network policies should be enough"],
     "tenants are different banks"),
    # 67 typo-ish terse
    (["why are vms slower to start?", "full os boot"],
     "wdym full os, containers don't boot one?"),
    # 68 format
    (["summarise the trade-off between containers and vms"],
     "3 bullets max, going in a board deck"),
    # 69 own case: vineyard edge box
    (["vineyard IoT: one small edge box per field collecting sensor data", "containers or vms on the box?"],
     "the box has 2GB RAM"),
]

CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for t in ITEMS:
    ctx, q = t[0], t[1]
    item = {"context": ctx, "q": q}
    if len(t) == 3:
        assert t[2] is C
        item["chatter"] = True
    draft.append(item)

assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
assert len({d["q"] for d in draft}) == 70, "duplicate q"
for d in draft:
    assert 1 <= len(d["context"]) <= 3 and all(m.strip() for m in d["context"])
    assert not any(m.lower().startswith("@bot") for m in d["context"] + [d["q"]])
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
assert 33 <= multi <= 37, multi
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False); f.write("\n")
print(f"wrote {out}: {len(draft)} items, {multi} multi-context, {three} three-message")
