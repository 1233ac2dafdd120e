#!/usr/bin/env python3
"""Blind draft for conversations-22: 70 Slack thread follow-ups {context, q[, chatter]}.
Written before knowledge/containers-vs-vms.md or any conversations/*.json was opened."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = "chatter"
items = [
 # 0
 (["so what's actually the difference between a container and a vm, in one breath",
   "asking for our new QA hire who keeps hearing both words"],
  "ok and which one's lighter on ram"),
 # 1
 (["we're moving the archaeology finds database off the old dell in the site office",
   "thinking docker but the trust runs everything else on vmware"],
  "does it matter much for a tiny postgres + django thing or am i overthinking"),
 # 2
 (["containers vs VMs for isolation?",
   "we run ~30 containers on one host for different shops on our florist order platform"],
  "so if someone roots one container they're basically next door to the others?"),
 # 3 chatter
 (["is it VMs that need their own OS install each time?"],
  "sorry wrong thread but whoever keeps setting the thermostat to 26, please stop, it's a sauna by the windows", C),
 # 4
 (["how do containers start so fast compared to vms"],
  "wait so theres no boot at all?? whats it doing then"),
 # 5
 (["beekeeping coop here, we have one tiny server that does honey batch traceability labels",
   "someone said put it in a VM, someone else said container"],
  "it prints labels. does isolation even matter for that lol"),
 # 6
 (["is a VM more secure than a container",
   "getting asked this in a customer security questionnaire"],
  "ok but secure against what exactly, whats the threat they mean"),
 # 7
 (["containers vs vms?"],
  "tl;dr plz, 2 lines max"),
 # 8
 (["we run our returns-processing service for the fashion shop on 6 VMs",
   "lead wants to containerise it before black friday"],
  "what usually bites people moving from vms to containers"),
 # 9 out of scope: cgroups v2 / OOM killer
 (["how do I limit memory for one docker container so it doesn't eat the box"],
  "and when it goes over, is it the OOM killer that shoots it? cgroups v2 changed that right?"),
 # 10
 (["difference between hypervisor and container runtime?",
   "reading up for an interview tomorrow"],
  "so the hypervisor is like the landlord and the runtime is... the flatmate agreement? lol am i close"),
 # 11 chatter
 (["we're comparing vms and containers for the court transcription backend",
   "audio files are sensitive btw"],
  "blood donation bus is outside till 3 if anyone wants to go, bring ID", C),
 # 12
 (["vm vs container for a seismology station network? 40 little field boxes sending waveforms to a central server",
   "budget is one 2U server at HQ"],
  "the central side, not the field boxes. lots of small ingest services. which?"),
 # 13
 (["can containers run a different OS than the host?"],
  "so windows app in container on our linux servers, is not possible?"),
 # 14
 (["is a container just a lightweight VM"],
  "my manager keeps calling them 'mini VMs' in slides, should i correct him or is it close enough"),
 # 15
 (["we do live TV captioning, the speech engine needs a custom kernel driver for the audio capture cards",
   "ops want everything in k8s",
   "i'm skeptical"],
  "am i right to be skeptical or can a container handle that driver thing"),
 # 16 out of scope: cosign
 (["how do I sign my container images"],
  "is cosign the thing everyone uses now or is there something built into docker"),
 # 17
 (["vms vs containers for density"],
  "how many more containers than vms can i usually fit on one host, ballpark"),
 # 18
 (["we have a hearing-aid fitting app that only runs on one specific old windows build",
   "clinics connect to it remotely"],
  "vm i assume? or is there any sane container route"),
 # 19 chatter
 (["container vs vm for the escape room booking site?"],
  "unrelated but the book swap shelf by reception is overflowing, take 2 leave 1 people", C),
 # 20
 (["why are containers considered more portable",
   "vs a VM image which is also a file you can copy around"],
  "portable meaning what, same thing runs on my laptop and prod?"),
 # 21
 (["what does 'sharing the kernel' mean in practice"],
  "so a kernel update on the host = every container gets it at once?"),
 # 22
 (["3D printing service bureau here, customers upload STL files and we slice them",
   "slicer is a cli tool, jobs take 1-20 min"],
  "spin up a container per job or keep a few vms warm? uploads are from randoms on the internet fyi"),
 # 23
 (["containers or VMs for microservices?"],
  "nah microservices on vms worked fine for us for years, why's everyone acting like containers are mandatory"),
 # 24 out of scope: Firecracker
 (["whats firecracker"],
  "is it a vm or a container?? aws says microVM which sounds like both"),
 # 25
 (["we have a monolith on one big VM",
   "can I just put the whole VM into a container"],
  "like literally lift the whole thing as is, OS and all?"),
 # 26
 (["containers vs vms"],
  "explain like im a product manager who has 30 seconds"),
 # 27 chatter
 (["are vms slower than containers for disk io?",
   "asking for the patent search index"],
  "heads up someone's phone has been ringing on the empty desk by the window for 10 min, ringtone is abba", C),
 # 28
 (["do containers need a hypervisor",
   "i thought docker = virtualization"],
  "and if the host itself is a cloud VM, then what, two layers?"),
 # 29
 (["for a chess server running engine analysis, stockfish jobs, CPU heavy",
   "we care about raw speed"],
  "does a VM lose noticeable cpu vs a container for pure number crunching"),
 # 30
 (["we're a photo booth rental company, each booth has a mini pc running our capture app",
   "updating them is a nightmare"],
  "would containers on the booths help with updates or is that the wrong tool"),
 # 31 out of scope: CPU pinning / NUMA
 (["how do vms pin cpus to numa nodes"],
  "and is that worth it for a 2-socket box running 8 VMs?"),
 # 32
 (["container or vm for a lottery draw system? regulators audit it"],
  "we need to prove nobody else's code can touch the draw process. which gives stronger separation"),
 # 33
 (["whats the main downside of containers",
   "one sentence is fine"],
  "and VMs' main downside? same format pls"),
 # 34
 (["difference in boot time vm vs container?"],
  "thx. does that actually matter if my service runs for months without a restart"),
 # 35 chatter
 (["so do containers share memory with each other?",
   "or is it like vms each with their own"],
  "poll for naming the new meeting rooms closes friday, 'The Kernel' is currently losing to 'Narnia'", C),
 # 36
 (["webtoon platform, we serve comic images + a reader app",
   "traffic goes 10x when a popular series drops a chapter",
   "currently 4 fixed VMs"],
  "which scales up quicker for that spike, containers right?"),
 # 37
 (["vms vs containers"],
  "meh. security only pls"),
 # 38
 (["we got a vendor kernel module for the vending machine telemetry modems"],
  "does that force us onto vms or can the host load it and containers just use it"),
 # 39 out of scope: CRIU
 (["can i checkpoint a running container and restore it on another host"],
  "CRIU is that thing right? does it actually work in prod"),
 # 40
 (["is a container basically a process?",
   "coworker insists it's 'just a linux process with extra steps'"],
  "then why does everyone say it has its own filesystem n stuff"),
 # 41 out of scope: GPU passthrough
 (["we're a drone survey company, photogrammetry processing takes 6-10 hours per job on big GPUs",
   "I want the GPU in a VM"],
  "how do I pass the GPU through to a kvm guest"),
 # 42
 (["containers run on linux only right"],
  "ok what about mac then, how does docker even work there"),
 # 43 chatter
 (["mountain rescue team here, callout app is on one old vm",
   "would containers help"],
  "also t-shirt sizes for the hackathon swag due today, form's in the channel topic", C),
 # 44
 (["which is better for running legacy apps, container or vm"],
  "define legacy tho, like 2015 java or 1998 delphi"),
 # 45
 (["we publish crosswords, the puzzle generator is a python script run nightly",
   "moving it off the editor's desktop"],
  "cheers. honestly whats less hassle for one nightly script, a small vm or a container"),
 # 46
 (["do vms or containers use more disk space"],
  "how come? isn't a container image basically a whole os too"),
 # 47 out of scope: distroless
 (["distroless images worth it?"],
  "our base is ubuntu 22, would switching cut much"),
 # 48
 (["academic journal here, submission system holds reviewers' personal data",
   "plus a plugin system where editors upload scripts",
   "~60 journals on one platform"],
  "editors uploading scripts that run on the server. containers enough or VM per journal?"),
 # 49 out of scope: PID 1 / zombies
 (["why does my container have zombie processes"],
  "do I need tini or dumb-init as pid 1 or is --init enough"),
 # 50
 (["container kernel shared with host, yes?"],
  "so uname -r inside the container shows the host's kernel version?"),
 # 51 chatter
 (["vm or container for the stadium turnstile controllers?",
   "they're on site, no cloud"],
  "whoever locked their bike to the rail by the fire exit, facilities says move it today or it gets cut", C),
 # 52
 (["thinking of putting our language-learning flashcard app's API in containers"],
  "we're 2 devs. is the operational overhead worth it vs just one VM"),
 # 53
 (["how does vm isolation actually work",
   "i am new in infra team"],
  "each vm have own kernel? also if all are ubuntu same version?"),
 # 54
 (["can containers and VMs be mixed?",
   "like some services in each"],
  "is that normal or a smell"),
 # 55
 (["vm snapshots vs container images"],
  "which one do i roll back faster when a deploy goes bad"),
 # 56 out of scope: vTPM / Secure Boot
 (["how do i enable secure boot and a vtpm on a hyper-v gen2 vm"],
  "windows 11 guest keeps saying tpm missing"),
 # 57
 (["karaoke bar chain, song catalog + booking, all on one windows server 2012 box",
   "only me maintaining it"],
  "2012 is EOL. rebuild as containers or just a newer VM, what'd you do"),
 # 58
 (["containers are more efficient, right?"],
  "efficient at what specifically, cpu? memory? my time?"),
 # 59 chatter
 (["is it fine to run databases in containers?",
   "like prod postgres"],
  "also which bin do coffee cups go in now, the new stickers say 'mixed' on both", C),
 # 60 out of scope: clock drift
 (["why do my VMs' clocks drift after a host suspend"],
  "ntp is on in the guest but still drifting 2s a day"),
 # 61
 (["laundromat chain, payment terminals talk to a central api",
   "PCI scope is a nightmare"],
  "does putting the card stuff in its own VM instead of a container shrink the blast radius if something's compromised"),
 # 62
 (["elevator maintenance company, technicians' app backend",
   "currently one VM per region, 5 regions"],
  "if we move to containers can all 5 share one cluster or does that mix customer data risk"),
 # 63 out of scope: SR-IOV
 (["containers vs vms for an SR-IOV heavy network app"],
  "do containers even get SR-IOV VFs or is that a VM-only thing"),
 # 64
 (["sign-language video relay service, calls are live video between deaf users and interpreters",
   "latency matters, and calls are confidential",
   "currently bare metal"],
  "given both, vm or container for the media servers?"),
 # 65
 (["what's the catch with running containers inside VMs",
   "consultant told us to do it 'for safety'"],
  "isn't that paying twice for isolation"),
 # 66 out of scope: seccomp
 (["seccomp profile for a node container, default docker one ok?"],
  "keeps blocking a syscall our native addon uses, how do i find which one"),
 # 67
 (["real-estate 3D tour rendering, jobs spike on weekends",
   "currently VMs we forget to turn off"],
  "would containers fix the 'forgot to turn off' problem or is that just a us problem lol"),
 # 68
 (["are containers secure enough for prod"],
  "pfft 'enough'. define enough"),
 # 69
 (["i read that containers are 'just namespaces and cgroups'"],
  "so is the isolation weaker than a vm because of that, or is that just how it's built"),
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
draft = []
for i, it in enumerate(items):
    ctx, q = it[0], it[1]
    assert isinstance(ctx, list) and 1 <= len(ctx) <= 3 and all(isinstance(m, str) and m.strip() for m in ctx), i
    assert not q.lower().startswith("@bot") and not any(m.lower().startswith("@bot") for m in ctx), i
    d = {"context": ctx, "q": q}
    if len(it) == 3:
        assert it[2] == C
        d["chatter"] = True
    draft.append(d)
assert len(draft) == 70, len(draft)
assert {i for i, d in enumerate(draft) if d.get("chatter")} == CHATTER_AT
assert len({d["q"] for d in draft}) == 70, "duplicate q"
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
with open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2, ensure_ascii=False); f.write("\n")
print(f"draft.json: {len(draft)} items, {multi} multi-context, {three} three-message")
