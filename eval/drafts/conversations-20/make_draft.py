#!/usr/bin/env python3
"""Blind draft for conversations-20: 70 Slack thread follow-ups {context, q[, chatter]}.
Written before knowledge/containers-vs-vms.md or any conversations/*.json was opened."""
import json

CHATTER_AT = {3, 11, 19, 27, 35, 43, 51, 59}
C = "CHATTER"
items = [
    # 0
    (["what's the actual difference between a container and a VM, short version"],
     "ok but why does that make containers start faster"),
    # 1
    (["containers vs vms for our new services, thoughts?", "long answer incoming I bet"],
     "tl;dr?"),
    # 2
    (["is docker a VM?", "no, it's containers, different thing", "it feels like a VM when I exec into it tho"],
     "so what does a VM have that a container doesn't then"),
    # 3 chatter: plant watering while someone is on leave
    (["whoever is watering the plants while Ines is on leave, the fern by the window is looking rough"],
     "I did it monday, will do it again after lunch", C),
    # 4
    (["which is more secure, containers or VMs?", "VMs, obviously"],
     "says who"),
    # 5 own case stated after a choice was asked
    (["we run everything on VMs today, should we move to containers?"],
     "it's a law firm document portal and each client's files must never be visible to another client. still containers?"),
    # 6 non-native
    (["is possible to run many containers inside one VM?", "yes we do that"],
     "and is this normal thing people do or weird?"),
    # 7
    (["why are containers called lightweight"],
     "lightweight meaning what, smaller images?"),
    # 8 own case
    (["containers or VMs for CI runners?", "we're moving off the hosted ones"],
     "these run pull requests from random forks on github, anyone can open one"),
    # 9 format ask
    (["explain containers vs VMs", "yeah I never got this either"],
     "explain like I'm a product manager pls"),
    # 10 non-native
    (["how do VMs isolate things from each other?"],
     "what mean 'hypervisor' exactly, sorry english not my first language"),
    # 11 chatter: lost umbrella
    (["lost a black umbrella in meeting room Kestrel yesterday, anyone seen it?", "there's one at reception"],
     "ty, grabbing it on my way out", C),
    # 12 out of scope: image signing
    (["how do we make sure the container images we deploy weren't tampered with"],
     "is signing them with cosign enough or do we need more"),
    # 13 stating a decision
    (["we're going with containers for the API and VMs for the postgres cluster"],
     "sane split or am I overthinking it"),
    # 14 own case
    (["containers vs VMs when load is really spiky?"],
     "our ticket shop gets hammered when a big concert goes on sale, like 50x traffic for 20 minutes. which one?"),
    # 15 out of scope: Firecracker
    (["been reading about aws firecracker", "the lambda thing?"],
     "is a firecracker microVM closer to a container or a VM?"),
    # 16 sarcasm
    (["which one uses less resources"],
     "ah yes, containers win again. is there any case where a VM is the lighter choice or nah"),
    # 17 own case stating needs
    (["containers vs vms for our hospital radiology viewer?", "asking before the architecture board meets"],
     "it shows patient scans and sits on the same hosts as some other departments' apps"),
    # 18 other side
    (["pros of VMs?", "I need this for a design review tomorrow"],
     "ok and the cons"),
    # 19 chatter: first-aid course
    (["first aid course sign-up closes friday, two spots left"],
     "put me down, mine lapsed ages ago", C),
    # 20 disagreement / heard
    (["our CTO says VMs are a waste of RAM", "he also says tabs > spaces so"],
     "is he right or is that an oversimplification"),
    # 21 typo
    (["do containers share the kernel?", "yep, the host's", "that sounds terrifying"],
     "wat happens to all the containers if that kernel crashes"),
    # 22 out of scope: seccomp/apparmor
    (["how do we harden our containers?"],
     "should we write custom seccomp profiles or is apparmor enough"),
    # 23 format ask
    (["containers vs VMs in one sentence for a slide"],
     "shorter, it's a title slide"),
    # 24 own case
    (["we have a vendor plugin we can't audit, closed-source binary, phones home sometimes"],
     "container or VM to run it in?"),
    # 25 own case
    (["our old ERP only runs on a specific CentOS 6 kernel with a patched driver", "don't ask"],
     "can we just containerize it on our ubuntu hosts?"),
    # 26 typo
    (["why do people say VMs take longer to boot"],
     "is it becuase the whole OS has to boot or is the hypervisor slow"),
    # 27 chatter: compost bin rules
    (["compost bin rules changed, no more coffee cups in the green bin apparently",
      "wait, the cups were compostable though??"],
     "the lids aren't, that's the problem", C),
    # 28 format ask
    (["difference between container and VM?"],
     "give me an analogy, houses vs apartments or whatever"),
    # 29 own case
    (["we ship our feature-flag service like 30 times a day", "sometimes more on fridays, don't judge"],
     "does that push us toward containers?"),
    # 30 out of scope: Hyper-V vs KVM
    (["hyper-v or KVM for our new VM cluster?"],
     "we're mostly a linux shop if that matters"),
    # 31 out of scope: Docker Desktop licensing
    (["do I need a VM to run containers on my mac?", "docker desktop does that for you"],
     "and do we have to pay for docker desktop for 200 devs"),
    # 32 disagreement
    (["I think containers are actually slower to start in our setup, like 40s each"],
     "so is the 'containers start fast' thing a myth?"),
    # 33 own case
    (["containers vs VMs for a nightly genomics alignment job?", "currently on two big VMs that idle all day"],
     "it runs 6 hours every night and then nothing till the next night"),
    # 34 out of scope: VMware licensing
    (["how do the VMware licensing changes affect containers vs VMs?"],
     "like post-broadcom, is it cheaper to just move everything to containers now"),
    # 35 chatter: book club
    (["book club pick for january is The Phoenix Project, copies in the library corner",
      "again? we read that in 2023"],
     "fine, I'll vote for the sequel then", C),
    # 36 format ask
    (["isolation: containers vs VMs?"],
     "as a numbered list, max 4 points"),
    # 37 other side
    (["what's an orchestration platform?", "like kubernetes"],
     "do VMs have something like that too or is it a container-only thing"),
    # 38 heard
    (["is it true containers are less secure than VMs?"],
     "but I read somewhere containers are actually MORE isolated? which is it"),
    # 39 own case stating needs
    (["we're a 3 person team, containers or VMs for our intranet wiki, like 40 users"],
     "nobody here is an ops person tbh"),
    # 40 out of scope: NUMA pinning
    (["our latency-sensitive VMs jitter a lot on 2-socket hosts"],
     "should we pin vCPUs to one NUMA node"),
    # 41
    (["what's a VM, in plain words"],
     "and where does the 'virtual' part come in"),
    # 42 out of scope: cgroup v2
    (["how do I limit memory per container?"],
     "cgroup v2 memory.max or docker --memory, which one"),
    # 43 chatter: new starter welcome
    (["new starter alert: say hi to Tomasz who joins the data team today", "welcome Tomasz!"],
     "welcome! the good coffee machine is on the 2nd floor, don't tell anyone", C),
    # 44 stating a decision
    (["we picked VMs for everything because of compliance"],
     "is there anything we're giving up by doing that"),
    # 45 own case
    (["containers vs vms for a crypto wallet signing service?", "our auditors will read this thread btw"],
     "the signing keys sit in memory while it runs, it's the most sensitive thing we own"),
    # 46 sarcasm-ish / terse
    (["why would anyone still pick VMs in 2026", "asking for a friend"],
     "give me one real reason, not marketing"),
    # 47 non-native own case
    (["for our case which one you recomend?"],
     "our trading gateway use DPDK with tuned kernel settings and hugepages, different from the other apps on same box"),
    # 48 out of scope: SR-IOV
    (["containers vs VMs for SR-IOV NICs"],
     "can a container get a VF directly like a VM can"),
    # 49 typo
    (["how do containers save resources?", "because they're smaller right"],
     "is it mostly memory or also disk space?"),
    # 50
    (["vms run their own os, right?", "I thought they borrow the host one"],
     "a full os, with its own kernel and everything?"),
    # 51 chatter: aircon
    (["anyone else freezing on 4th floor? aircon is on full blast", "facilities said they're on it",
      "that was two hours ago"],
     "I'm wearing my coat at my desk lol", C),
    # 52 own case
    (["we run a machine-translation API for our agency, lots of small requests",
      "we scale it up in the mornings and down at night"],
     "containers or VMs for that"),
    # 53 heard
    (["my manager heard containers are just 'VMs but smaller'"],
     "how would you correct that in two lines"),
    # 54 aspect switch
    (["container startup vs vm startup?", "containers win that one easily"],
     "and shutdown? does a VM take long to stop too"),
    # 55
    (["which one is better for microservices"],
     "why though, what makes them a good fit"),
    # 56
    (["containers share the host kernel", "so a container escape = host compromise?"],
     "is that why people put containers inside VMs"),
    # 57 own case (Windows-only software)
    (["we need to run windows-only print RIP software but our hosts are linux"],
     "container or VM for it"),
    # 58 out of scope: clock drift
    (["can VMs have clock drift issues?"],
     "our VMs lose like 2s a day, is that a VM thing vs containers"),
    # 59 chatter: out sick
    (["Noor is out sick today, her 2pm is cancelled", "get well soon Noor!"],
     "feel better! I'll move the retro to thursday", C),
    # 60 thanks + new ask
    (["which needs more upkeep, containers or VMs?", "VMs, you patch a whole OS in each", "thanks, that settles the argument with Priya"],
     "one more: does going all-VM mean we need more ops people?"),
    # 61 out of scope: distroless
    (["distroless images, worth it?"],
     "how much smaller do they get vs debian-slim"),
    # 62 own case
    (["containers or VMs for consistency between dev and prod?"],
     "we keep getting 'works on my machine' bugs"),
    # 63 aside about other systems
    (["we use Proxmox at home fwiw, it does both LXC and VMs", "same, love it"],
     "so at work, when would you pick an LXC-style container over a full VM"),
    # 64 own case
    (["our customers upload their own SQL user-defined functions that run on our servers", "yes, arbitrary code, product insisted"],
     "should each customer's UDFs run in a container or a VM"),
    # 65 out of scope: per-VM licence costs
    (["containers vs vms cost?", "our windows server licences are per VM"],
     "does moving to containers cut that licence bill"),
    # 66
    (["we're a hybrid shop, some teams on VMs some on containers", "it's a bit of a zoo"],
     "is that a mess or is mixing them actually a normal setup"),
    # 67 out of scope: CPU hot-plug
    (["how does CPU hot-plug work for VMs?"],
     "and can you do the same thing to a running container"),
    # 68 own case seasonal
    (["containers vs VMs for our ski resort's lift-pass scanning backend?",
      "it's busy december to march and basically dead the rest of the year"],
     "which one fits that pattern"),
    # 69 stating a decision
    (["so what did we land on?", "ok so containers for stateless stuff, VMs for anything sensitive. final answer?"],
     "or am I missing something big"),
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
    assert 1 <= len(d["context"]) <= 3
    assert all(m.strip() and "@bot" not in m.lower() for m in d["context"] + [d["q"]])
multi = sum(1 for d in draft if len(d["context"]) >= 2)
three = sum(1 for d in draft if len(d["context"]) == 3)
with open("draft.json", "w", encoding="utf-8") as f:
    json.dump(draft, f, indent=2)
    f.write("\n")
print(f"{len(draft)} items, {multi} multi-context, {three} three-message")
