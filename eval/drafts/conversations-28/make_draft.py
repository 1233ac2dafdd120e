#!/usr/bin/env python3
"""Blind draft for conversations-28: written before reading the article or any question set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = lambda *ctx: list(ctx)
items = [
 # 0
 {"context": C("what's the actual difference between a container and a VM, in one go?",
               "A VM virtualises the hardware and runs its own full guest OS on a hypervisor; a container shares the host's kernel and just isolates processes, so it's much lighter and starts faster."),
  "q": "ok so which one is more secure then"},
 # 1
 {"context": C("we run the beekeeping association's hive-weight sensor dashboard on one old laptop, thinking of moving it to a container"),
  "q": "is that overkill or nah, its like one flask app and a sqlite file"},
 # 2
 {"context": C("Containers share the host kernel, so they boot in seconds and use far less memory than VMs."),
  "q": "wait, share the kernel how? like they can see each others files??"},
 # 3 chatter
 {"context": C("reminder: fire drill thursday 11am, please dont use the lift"),
  "q": "does that mean we all stand in the car park in the rain again lol", "chatter": True},
 # 4
 {"context": C("Wie unterscheiden sich Container und VMs bei der Startzeit?",
               "Containers usually start in seconds or less because there's no guest OS to boot; a VM has to boot a full operating system, which takes longer."),
  "q": "and for ressource usage it is same story? we have small server only"},
 # 5 OOS live migration
 {"context": C("Should our parish council website run in a VM or a container on the hosting box?",
               "For a single small site, a container is usually the lighter option; a VM makes sense if you need a different OS or stronger isolation."),
  "q": "if the box needs patching can the VM just be moved to the other host while it's running, without downtime?"},
 # 6
 {"context": C("my tech lead says containers are basically just as isolated as VMs now"),
  "q": "is he right? feels too good to be true"},
 # 7
 {"context": C("we're a community radio station, the playout software only runs on Windows but our server is linux",
               "You can't run a Windows-only app in a Linux container because containers share the host kernel. A Windows VM on the Linux server would work."),
  "q": "makes sense. but then is the VM going to eat a lot of the server's RAM?"},
 # 8
 {"context": C("what's a hypervisor exactly?"),
  "q": "eli5 pls, my manager is reading this thread"},
 # 9 OOS OOM killer
 {"context": C("our chess club rating app keeps getting killed in its container when the tournament page loads"),
  "q": "how do I set the memory limit so the OOM killer stops nuking it"},
 # 10
 {"context": C("containers vs vms for running untrusted code submitted by students?",
               "For untrusted code, VMs give stronger isolation because each has its own kernel; a container escape could reach the host."),
  "q": "so containers inside a VM would be the move? best of both?"},
 # 11 chatter
 {"context": C("who's doing the coffee machine descale this week",
               "not me, I did it last time and it sprayed everywhere"),
  "q": "ok I'll do it friday if someone shows me which button", "chatter": True},
 # 12
 {"context": C("Sum it up: containers or VMs for microservices?",
               "Containers are the usual choice for microservices: they're lightweight, start fast and are easy to scale and deploy independently."),
  "q": "one word answer tho"},
 # 13
 {"context": C("we're moving the village hall booking site off a shared host. vm or docker?",
               "Either works. A container is lighter and easier to redeploy; a small VM gives you a full OS to manage yourself.",
               "it's just me doing this on weekends"),
  "q": "honestly which is less work to keep running then"},
 # 14 OOS multi-stage
 {"context": C("how do I make my docker images smaller? the karaoke bar queue app image is 1.2GB"),
  "q": "someone said multi-stage builds, how does that work"},
 # 15
 {"context": C("do VMs have any advantage anymore or is everyone just on containers"),
  "q": "give me 3 bullets for the VM side"},
 # 16
 {"context": C("why is a container so much faster to start than a VM?",
               "A VM boots a whole guest OS - kernel, init, services - while a container is just a process on the host's already-running kernel."),
  "q": "cool. is there any downside to that shared kernel thing"},
 # 17
 {"context": C("so with containers the kernel is shared right"),
  "q": "then can I run a container that needs a different kernel version than the host?"},
 # 18
 {"context": C("we host a surf school booking app + a separate payments service for a partner. same box.",
               "If the two need strong separation - say, different trust levels or compliance - putting them in separate VMs is safer than separate containers on one kernel.",
               "they're both ours but the payments one handles card data"),
  "q": "so VM for the payments one then?"},
 # 19 chatter
 {"context": C("whoever left the birthday cake in the kitchen, legend"),
  "q": "is it anyone's birthday actually or just cake", "chatter": True},
 # 20
 {"context": C("Quelle est la différence principale entre une VM et un conteneur ?"),
  "q": "et pour la portabilite, lequel est mieux ?"},
 # 21 OOS podman
 {"context": C("should I use podman or docker on the new server"),
  "q": "like is podman actually a drop-in replacement"},
 # 22
 {"context": C("are VMs slower than containers?",
               "Generally yes, a bit: VMs add a hypervisor layer and a full guest OS, so there's more overhead. Containers run close to native speed."),
  "q": "how much slower are we talking, like percent"},
 # 23
 {"context": C("our darts league stats site is one php app, we want to run 5 copies for different leagues on one small vps"),
  "q": "containers or 5 vms? budget is like 10 quid a month"},
 # 24
 {"context": C("ugh, another 'just put it in docker' from my boss",
               "lol what's it this time"),
  "q": "the cheese shop's ancient windows-only stock program. can that even go in a container?"},
 # 25
 {"context": C("what's the main security risk with containers?"),
  "q": "and what's the equivalent for VMs? they can't be perfect either"},
 # 26 OOS healthcheck
 {"context": C("Containers are lighter than VMs because they share the host kernel and package only the app and its dependencies."),
  "q": "do I need to add a HEALTHCHECK to my dockerfile or is restart: always enough"},
 # 27 chatter
 {"context": C("parking barrier is stuck open again",
               "facilities said they'd call the guy"),
  "q": "free parking for everyone then", "chatter": True},
 # 28
 {"context": C("can you make that answer shorter? too much text",
               "Sure: VMs virtualise hardware and run a full OS each; containers share the host kernel and isolate only the app. Containers are lighter and faster; VMs isolate more strongly."),
  "q": "shorter. tweet length"},
 # 29
 {"context": C("is it dumb to run docker inside a VM?",
               "Not at all - it's very common. Most cloud container hosts are VMs underneath."),
  "q": "isnt that double overhead though"},
 # 30
 {"context": C("kayak hire place here - we've got a booking site, a waiver signing tablet page and an email thing",
               "Those three fit nicely as separate containers on one small server or VM; they're light and you can update each independently.",
               "they all live on one small vps"),
  "q": "what if one of them gets hacked, do the others go down with it"},
 # 31
 {"context": C("vm vs container for running user-uploaded plugins on our tabletop gaming cafe's discord-bot host"),
  "q": "the plugins come from random people online fwiw, does that change it"},
 # 32
 {"context": C("whats better for legacy apps"),
  "q": "like REALLY legacy, a VB6 thing from 2003"},
 # 33 OOS thin provisioning
 {"context": C("we're setting up VMs for the archery club's scoring stuff",
               "A VM gives you a full OS for each service; you can size CPU and RAM per VM."),
  "q": "should the disks be thin provisioned or thick? host has a small ssd"},
 # 34
 {"context": C("how do containers achieve isolation without a hypervisor?"),
  "q": "namespaces and cgroups right? explain like I'm a junior"},
 # 35 chatter
 {"context": C("plant watering rota for the holidays is on the fridge"),
  "q": "put me down for the 28th, I'm in anyway", "chatter": True},
 # 36
 {"context": C("the vendor only supports their software on RHEL 8 but we run Ubuntu hosts",
               "A VM running RHEL 8 would give the vendor the exact OS they support. A container could bundle the RHEL 8 userland but it would still use the Ubuntu host's kernel.",
               "vendor is super strict about support tickets"),
  "q": "would they even notice lol. is the kernel thing a real problem in practice"},
 # 37
 {"context": C("Containers start faster, use fewer resources, and are easier to ship between environments. VMs offer stronger isolation and can run different operating systems."),
  "q": "ok but which would you pick for a repair cafe's volunteer signup site, serious question"},
 # 38 OOS multi-arch
 {"context": C("our jam shop's site runs on a raspberry pi 4 now, want to move to a cheap arm cloud box"),
  "q": "do my images just work on arm or do I need to build them specially"},
 # 39
 {"context": C("what do people mean by 'VMs are more isolated'",
               "Each VM runs its own kernel, and the hypervisor separates them at the hardware level. Containers share one kernel, so a kernel bug can affect all of them."),
  "q": "has that actually happened though or is it theoretical"},
 # 40
 {"context": C("we want to spin up a test environment per PR for the sign-language interpreter booking app"),
  "q": "containers or vms for that, needs to be fast and cheap"},
 # 41
 {"context": C("containers vs vms, resource usage",
               "Containers use fewer resources since they don't each need a full operating system."),
  "q": "numbers pls. how many containers vs vms fit on a 16GB box"},
 # 42 OOS WSL2
 {"context": C("we're on windows laptops at the scout group, want to run docker for the badge tracker dev env"),
  "q": "is WSL2 a VM or a container or what"},
 # 43 chatter
 {"context": C("anyone found a black earbud case near desk row C?",
               "there's one on the windowsill by the kitchen"),
  "q": "that's the one, thanks!!", "chatter": True},
 # 44
 {"context": C("we're a hot-air balloon ride company, the booking system must be up every morning at 5am in summer",
               "Both containers and VMs can be reliable; containers restart faster after a failure, VMs give more isolation if something goes wrong at the OS level."),
  "q": "which one is more stable day to day though, thats all I care about"},
 # 45
 {"context": C("ok so containers share the kernel. what does a VM share with the host?",
               "A VM shares the physical hardware through the hypervisor, but it has its own kernel and OS."),
  "q": "so basically just the hardware? nothing else?"},
 # 46
 {"context": C("my coworker says VMs are dead and only dinosaurs use them"),
  "q": "pls give me ammo to argue back"},
 # 47 OOS seccomp
 {"context": C("our cat cafe booking app container got flagged by our host for using too many syscalls or something",
               "Containers share the host kernel, so hosts often restrict which kernel calls containers can make."),
  "q": "how do I write a seccomp profile for it"},
 # 48
 {"context": C("mushroom farm here. we have a humidity logger on a small linux box that talks to a sensor over USB"),
  "q": "can that go in a container or does USB make it a pain"},
 # 49
 {"context": C("when does it make sense to use both?"),
  "q": "like an actual example setup"},
 # 50
 {"context": C("we need to run a legacy 32-bit windows xp app for the piano tuner's appointment book",
               "That needs a VM - XP can't run as a container on a Linux host because containers can't bring their own kernel."),
  "q": "ok and is running XP in a VM safe? its ancient"},
 # 51 chatter
 {"context": C("quiz night team name ideas?",
               "Ctrl Alt Defeat",
               "Quizteama Aguilera"),
  "q": "voting for the second one", "chatter": True},
 # 52
 {"context": C("what's the catch with containers? everyone loves them",
               "The main trade-off is weaker isolation: all containers on a host share its kernel, so a kernel-level vulnerability can affect every one of them."),
  "q": "any other catch besides security?"},
 # 53 OOS cloud-init
 {"context": C("we spin up a fresh VM each season for the farmers' market vendor map",
               "A VM gives you a clean full OS each time; you can template it so setup is repeatable."),
  "q": "how do I get it to set the hostname and ssh keys on first boot automatically"},
 # 54
 {"context": C("VMs vs containers - which is cheaper to run in the cloud?"),
  "q": "tl;dr pls"},
 # 55
 {"context": C("is it true containers are more portable?"),
  "q": "portable to where though, like mac to linux?"},
 # 56
 {"context": C("hey, quick one - falconry centre here, we've got an old windows server running the bird weight records and flight logs",
               "If the app needs Windows, a Windows VM keeps it running on a modern host. A container won't help unless the app runs on Linux or on a Windows container host."),
  "q": "can we put the website in a linux container next to it on the same box?"},
 # 57 OOS pull rate limits
 {"context": C("ci keeps failing with 'toomanyrequests' when pulling node images"),
  "q": "is that a docker hub limit thing? how do we get around it"},
 # 58
 {"context": C("Can you put that as a bullet list for the wiki?",
               "Containers: share host kernel, lightweight, fast start, good density. VMs: own kernel, heavier, slower start, stronger isolation, any OS."),
  "q": "add one line on when to pick each"},
 # 59 chatter
 {"context": C("lift's being serviced until 2pm fyi"),
  "q": "guess I'm doing stairs with the coffee tray, wish me luck", "chatter": True},
 # 60
 {"context": C("my phd thesis build is a mess of latex packages, friend said put it in a container"),
  "q": "would a vm be worse for that? I just want it to build the same on my laptop and the uni machine"},
 # 61
 {"context": C("do containers need a hypervisor at all?",
               "No - containers run on the host OS kernel directly, using kernel features for isolation. Only VMs need a hypervisor."),
  "q": "unless the host itself is a VM right"},
 # 62 OOS unikernels
 {"context": C("what about unikernels? heard theyre the best of both"),
  "q": "are they actually used in prod anywhere"},
 # 63
 {"context": C("we manage 40 VMs for the cricket club league (don't ask) and patching is killing us"),
  "q": "would moving to containers make patching easier or just different"},
 # 64
 {"context": C("so containers are less secure. why does everyone use them for prod then?",
               "Because for most workloads the isolation is good enough and the gains in speed, density and deployment simplicity outweigh the risk."),
  "q": "when is it NOT good enough then"},
 # 65
 {"context": C("In one sentence, the downside of VMs for my manager?",
               "VMs use more resources and take longer to start because each one runs a full operating system.",
               "she asked what 'full operating system' means lol"),
  "q": "can you reword it with no jargon at all"},
 # 66
 {"context": C("hey bot"),
  "q": "vms or containers for a dev laptop setup, need postgres redis and the app"},
 # 67
 {"context": C("our vinyl record shop syncs stock to discogs from a little script on a windows PC in the back"),
  "q": "is it worth moving to a container on a linux box or leave it alone"},
 # 68
 {"context": C("sorry if dumb q but does a container have its own OS?",
               "Not a full one. It has its own filesystem with the libraries the app needs, but it uses the host's kernel."),
  "q": "so if host is ubuntu can the container be alpine or whatever"},
 # 69
 {"context": C("thanks that was helpful!",
               "Glad it helped! Anything else about containers or VMs?"),
  "q": "yes actually - what's the management overhead difference, we're 2 people"},
]
CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
assert len(items) == 70, len(items)
qs = [it["q"] for it in items]
assert len(set(qs)) == len(qs), "duplicate q"
for i, it in enumerate(items):
    assert bool(it.get("chatter")) == (i in CHATTER_AT), i
    assert 1 <= len(it["context"]) <= 3 and all(m.strip() == m and m for m in it["context"]), i
    txt = " ".join(it["context"]) + " " + it["q"]
    assert "@" not in txt, i
    assert not any(c in txt for c in "\u2018\u2019\u201c\u201d"), i
multi = sum(1 for it in items if len(it["context"]) >= 2)
three = sum(1 for it in items if len(it["context"]) == 3)
assert 33 <= multi <= 38, multi
assert three >= 4, three
json.dump(items, open(os.path.join(HERE, "draft.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(f"draft.json: {len(items)} items, {multi} multi-context, {three} three-message")
