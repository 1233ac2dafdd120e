#!/usr/bin/env python3
"""Blind draft of Slack-thread follow-ups (written before reading the article)."""
import json

C = True  # chatter flag shorthand

ITEMS = [
    # --- start-up ---
    (["containers vs vms, which is faster to boot?", "we spin up test envs per PR"], "and by how much, roughly?"),
    (["@bot why do people say containers are lightweight compared to VMs"], "so startup too?"),
    (["what's the real difference between a container and a vm", "ok so the vm has its own OS"], "does that make it slow to start then"),
    (["containers or VMs for our CI runners?"], "startup?"),
    (["is startup time really that different between containers and vms"], "seconds vs minutes, or?"),
    (["do VMs boot a full OS?"], "every single time?"),
    (["containers vs vms for a dev environment?", "devs complain vagrant takes forever"], "so switch?"),
    # --- isolation / escape ---
    (["is a VM more secure than a container?", "our CISO keeps saying containers are 'not a security boundary'"], "why tho"),
    (["how isolated are containers really compared to vms"], "can someone break out of one?"),
    (["containers vs vms for running customer-submitted scripts?", "the scripts are basically arbitrary python from the internet"], "so which one, honestly"),
    (["we're debating docker vs plain VMs for a multi-tenant thing"], "and if tenants dont trust each other at all?"),
    (["can a container escape to the host?"], "has it actually happened or is it theoretical"),
    (["What are the security tradeoffs of containers vs VMs?", "right, shared kernel = bigger blast radius"], "and on the vm side? anything bad?"),
    (["container vs vm, which one is more isolated", "ok vms win there"], "what's the price you pay for that"),
    (["is a container escape a real risk compared to a vm?"], "ok security aside, which is cheaper to operate?"),
    # --- shared kernel ---
    (["do containers share the kernel with the host?", "like literally the same one?"], "and vms dont?"),
    (["what does 'shared kernel' mean for containers"], "why is that a problem"),
    (["hi, please explain me containers versus virtual machine difference", "thank you. so container not have own kernel?"], "then if kernel have bug, all container affected?"),
    (["diff b/w container n vm?"], "kernel?"),
    # --- kernel modules / custom OS ---
    (["we need a custom kernel module for our NIC driver, container or VM?"], "wait why can't the container just load it"),
    (["can I run a different OS in a container than on the host?"], "what about in a vm?"),
    (["containers vs vms", "we need to run some old windows-only thing plus linux stuff"], "so vm for that one?"),
    (["we need to run an old kernel version for a legacy app. container ok?", "it's pinned to 3.10 for some driver reason"], "why not"),
    (["can containers run a completely different OS, like BSD on a linux host?"], "vm can though?"),
    # --- cost / licensing ---
    (["which is cheaper to run, containers or VMs?", "we're paying a lot for idle vms rn"], "licensing wise too?"),
    (["how does cost compare between containers and vms"], "like per-server, how many more can I fit"),
    (["why would anyone still use VMs if containers are cheaper"], "lol ok but name one real reason"),
    (["is it cheaper to run containers in the cloud vs VMs?"], "what about licensing for like windows server or rhel"),
    # --- migration ---
    (["we're moving a legacy monolith off bare metal, containers or VMs?", "it's a 15 yr old java app w/ lots of config on disk"], "which is less work to migrate?"),
    (["is it hard to move an existing app into containers?"], "vs just lifting it into a vm?"),
    # --- scaling / spikes ---
    (["containers vs vms for handling traffic spikes?"], "how fast can each scale out"),
    (["we get huge bursts on black friday", "currently on VMs and autoscaling is slow"], "would containers actually fix that"),
    (["How do containers and VMs compare for scaling?", "we're thinking of autoscaling on queue depth"], "which reacts faster"),
    # --- orchestration / hypervisors ---
    (["what manages containers vs what manages VMs?", "we know vsphere pretty well"], "so k8s is like the hypervisor for containers?"),
    (["what is a hypervisor, and how is it different from a container runtime"], "and the container equivalent of vcenter?"),
    (["is orchestration easier for containers or vms?", "hmm"], "like what tools"),
    # --- containers on VMs ---
    (["can you run containers inside VMs?"], "why would you do both tho, seems redundant"),
    (["most cloud k8s runs on vms right?", "so is that the best of both?"], "whats the catch"),
    (["vm vs container resource overhead?"], "does that matter if we run containers on VMs anyway?"),
    # --- management effort ---
    (["which is more work to manage day to day, containers or vms?", "ok"], "patching too?"),
    (["we're a team of 3 ops people, containers or VMs?"], "which one is less babysitting"),
    (["containers vs vms in terms of management", "we already have ansible for our vms"], "would containers mean less config drift?"),
    # --- portability ---
    (["are containers more portable than VMs?"], "portable how exactly"),
    (["can i move a docker image between aws and my laptop, vs a vm"], "and a vm image?"),
    (["which is more portable, containers or vms"], "does that apply to k8s too"),
    # --- overhead / density ---
    (["how much overhead does a VM add vs a container?", "asking bc our hosts are at 80% ram"], "memory mostly or cpu?"),
    (["how many containers can one host run compared to vms"], "ballpark numbers?"),
    (["containers vs vms, density?"], "why"),
    (["conteiners vs vms wich is beter for startup time"], "and memroy?"),
    (["Bonjour, I want to know: virtual machine or container for isolate two clients?", "Ok, I understand the VM is more strong."], "And for the performance, is same?"),
    # --- other side / recommendations / sarcasm ---
    (["what are the downsides of containers vs vms"], "now do vms"),
    (["what are the advantages of VMs over containers?"], "and the reverse?"),
    (["containers or vms for a bank's core system", "regulators are very picky about isolation"], "what would you pick in our shoes"),
    (["we run a small saas, ~20 microservices. containers or vms?", "2 backend devs, no dedicated ops"], "ok but which one would you pick for us"),
    (["containers vs vm for a hobby project on a single vps"], "overkill to do k8s?"),
    (["oh great another containers vs vms debate", "fine, what does the bot say"], "so containers are magically secure now? \U0001F644"),
    (["why does everyone act like containers are free compared to vms"], "zero overhead, right? sure \U0001F643"),
    # --- probably outside the article ---
    (["containers vs vms for ML training?", "we've got a few A100 boxes"], "gpu passthrough works in both?"),
    (["containers vs vms?", "we're a windows shop mostly"], "does docker on windows count as a container or a vm lol"),
    (["is serverless basically containers or vms?"], "or is lambda a vm under the hood"),
    (["containers vs VMs for our platform"], "vmware or proxmox if we go vm?"),
    (["what's better for isolation: docker or a vm"], "how about firecracker, is that one of them?"),
]

CHATTER = [
    (["containers vs vms for our staging env?"], "lol ok"),
    (["what's the isolation difference between vms and containers", "makes sense"], "thanks, that helps a lot \U0001F64F"),
    (["do we need vms for the new payments service or are containers fine?"], "I'll ask in #infra, they own that decision"),
    (["containers or a vm for the reporting job?", "leaning vm because of the kernel thing"], "we went with the vm in the end fwiw"),
    (["containers vs vms startup time?"], "anyone up for lunch? \U0001F35C"),
    (["which is better for density, containers or vms"], "@maria did you see this? relevant to your capacity doc"),
    (["are containers less secure than vms?", "hm interesting"], "gonna bring this up at standup tomorrow, who's in?"),
    (["containers vs vms for the edge boxes?"], "ok nvm, turns out the vendor only ships a vm image \U0001F937"),
]


def main():
    out = []
    for ctx, q in ITEMS:
        out.append({"context": ctx, "q": q})
    # interleave chatter at fixed, spread-out positions so it is not all at the end
    positions = [5, 14, 23, 31, 40, 48, 57, 66]
    for pos, (ctx, q) in zip(positions, CHATTER):
        out.insert(pos, {"context": ctx, "q": q, "chatter": True})
    assert len(out) == 70, len(out)
    assert sum(1 for x in out if x.get("chatter")) == 8
    for x in out:
        assert 1 <= len(x["context"]) <= 2
    two = sum(1 for x in out if len(x["context"]) == 2)
    qs = [x["q"] for x in out]
    assert len(set(qs)) == len(qs), "duplicate q"
    with open("draft.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"items={len(out)} two_context={two} chatter=8")


if __name__ == "__main__":
    main()
