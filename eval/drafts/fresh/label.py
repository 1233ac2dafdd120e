import json, random, re
ART = "/work/main/knowledge/containers-vs-vms.md"
art = re.sub(r"\s+", " ", open(ART, encoding="utf-8").read())
seed = [l.rstrip("\n") for l in open("seed-draft.txt", encoding="utf-8") if l.strip()]
off = [l.rstrip("\n") for l in open("offtopic-draft.txt", encoding="utf-8") if l.strip()]
assert len(seed) == 70 and len(off) == 30

ARCH = ["containers share the host OS kernel, making them lightweight", "VMs run separate OS instances, offering stronger isolation"]
HARD = (["running containers with the least privileges, isolating them properly", "regularly updating container images to minimize attack surfaces"], "running containers with the least privileges")
UNTR = (["particularly valuable for running untrusted or sensitive workloads", "They provide stronger isolation because each VM runs its own complete OS"], "running untrusted or sensitive workloads")
HYP = (["virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security", "VMs rely on hypervisors for managing resources and security"], "optimizing resource management and security")
ORCH = (["Deployment tools differ: containers use orchestration platforms, while VMs rely on hypervisors", "VMs rely on hypervisors for managing resources and security"], "containers use orchestration platforms")
STAB = (["VMs are better suited for applications requiring full OS compatibility and stability", "they excel in environments where stability, compatibility, and security are critical"], "full OS compatibility and stability")
COST = (["containers can be more cost-effective and easier to license", "VMs typically require individual licenses for each OS instance"], "containers can be more cost-effective")
DECIDE = (["your choice depends on balancing the need for speed, security, and resource efficiency"], "balancing the need for speed")
CLOUD = (["VMs provide stronger isolation through dedicated resources, but may require more management effort", "containers share the host OS, so if"], "stronger isolation through dedicated resources")
MON = (["You should monitor metrics like CPU, memory, and I/O closely", "adjusting resource allocation to maintain ideal performance during spikes"], "CPU, memory, and I/O")
MIGR = (["Start by planning your container orchestration strategy, ensuring your applications are compatible", "Test thoroughly in staging environments, then gradually shift workloads"], "planning your container orchestration strategy")

L = {
 1: (ARCH, "differ mainly in architecture"),
 2: (["Containers share the host OS kernel, making them lightweight", "VMs run separate OS instances for full isolation"], "share the host OS kernel"),
 3: (["Containers share the host OS kernel, making them lightweight", "VMs run separate OS instances for full isolation"], "share the host OS kernel"),
 4: (ARCH, "differ mainly in architecture"),
 5: (["making them lightweight and faster to start", "VMs can be slightly slower to start"], "lightweight and faster to start"),
 6: (["slightly slower to start and consume more resources because of their heavyweight nature", "containers share the host OS kernel, making them lightweight and quick to start"], "because of their heavyweight nature"),
 7: (["making them lightweight and faster to start", "VMs can be slightly slower to start"], "lightweight and faster to start"),
 8: (["You might choose containers when you need agility and speed", "leveraging their ability to quickly spin up and shut down", "Scalability challenges are easier with containers since they activate quickly"], "quickly spin up and shut down"),
 9: (["you can run more containers on the same hardware compared to virtual machines", "which each require a full OS instance"], "more containers on the same hardware"),
 10: (["Containers are more resource-efficient and ideal for microservices", "slower startup and higher resource use"], "Containers are more resource-efficient"),
 11: (["you can run more containers on the same hardware compared to virtual machines"], "more containers on the same hardware"),
 12: (["virtual machines, which each require a full OS instance", "consume more resources because of their heavyweight nature"], "each require a full OS instance"),
 13: (["this sharing of the kernel introduces specific security considerations", "Container security is complex due to shared kernel vulnerabilities"], "introduces specific security considerations"),
 14: (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
 15: (["could potentially affect many containers simultaneously", "making it easier to contain security breaches within a single VM without affecting others"], "a single VM without affecting others"),
 16: (["Container security is complex due to shared kernel vulnerabilities", "this sharing of the kernel introduces specific security considerations"], "due to shared kernel vulnerabilities"),
 17: HARD, 18: HARD,
 19: (HARD[0] + ["You must implement strict security practices"], "implement strict security practices"),
 20: HARD,
 21: UNTR,
 22: (["They provide stronger isolation because each VM runs its own complete OS", "VMs isolate workloads more securely with separate OSes"], "They provide stronger isolation"),
 23: UNTR, 24: UNTR,
 25: (["require specific OS configurations or kernel modules that containers might not support easily"], "containers might not support easily"),
 26: (["VMs are also better suited for running applications that require specific OS configurations"], "VMs are also better suited"),
 29: HYP, 30: HYP,
 31: (["VMs rely on hypervisors for managing resources and security", "play a crucial role in optimizing resource management and security"], "rely on hypervisors for managing resources"),
 33: ORCH,
 34: (["container orchestration tools like Kubernetes manage them efficiently", "Deployment tools differ: containers use orchestration platforms"], "container orchestration tools like Kubernetes"),
 35: ORCH,
 37: (["ideal for microservices and fast deployment", "Containers are more resource-efficient and ideal for microservices"], "ideal for microservices and fast deployment"),
 38: (["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "ideal for rapid development, continuous deployment"),
 39: (["containers are ideal for rapid development, continuous deployment", "You might choose containers when you need agility and speed"], "containers are ideal for rapid development"),
 40: (["continuous deployment, and scalable microservices architectures", "ideal for microservices and fast deployment"], "ideal for microservices and fast deployment"),
 41: STAB, 42: STAB,
 43: (["if your priority is strong security boundaries and consistent performance, VMs could be your best choice", "they excel in environments where stability, compatibility, and security are critical"], "VMs could be your best choice"),
 44: (STAB[0], "they excel in environments where stability"),
 45: (["Yes, containers can run seamlessly on virtual machines", "This setup offers flexibility, scalability, and security"], "run seamlessly on virtual machines"),
 46: (["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads", "proper configuration is essential to prevent potential bottlenecks or security issues"], "ideal for dynamic workloads"),
 47: (["Just be aware that proper configuration is essential to prevent potential bottlenecks or security issues"], "proper configuration is essential"),
 49: COST,
 50: (["Containers often have simpler licensing because they share the host OS", "VMs typically require individual licenses for each OS instance, increasing expenses"], "individual licenses for each OS instance"),
 51: (["VMs might involve additional licensing fees, especially with proprietary operating systems or enterprise licenses", "containers can be more cost-effective and easier to license"], "VMs might involve additional licensing fees"),
 52: COST,
 53: (["containers generally perform better due to efficient resource allocation", "VMs may experience performance drops because of their heavier resource use"], "containers generally perform better"),
 54: (["Scalability challenges are easier with containers since they activate quickly", "allowing faster scaling and less overhead"], "Scalability challenges are easier with containers"),
 55: (["VMs may experience performance drops because of their heavier resource use and longer startup times"], "VMs may experience performance drops"),
 56: (["Address migration challenges like data transfer and configuration adjustments early"], "data transfer and configuration adjustments"),
 57: MIGR,
 58: (["Start by planning your container orchestration strategy, ensuring your applications are compatible", "Address migration challenges like data transfer and configuration adjustments early", "Test thoroughly in staging environments, then gradually shift workloads"], "ensuring your applications are compatible"),
 59: DECIDE,
 60: (DECIDE[0], "speed, security, and resource efficiency"),
 61: (["If you need rapid, scalable applications, containers are better", "For more secure, isolated environments, VMs excel"], "For more secure, isolated environments"),
 62: CLOUD, 63: CLOUD,
 64: (["VMs provide stronger isolation through dedicated resources", "This isolation can be particularly valuable for running untrusted or sensitive workloads"], "stronger isolation through dedicated resources"),
 65: MON, 66: MON, 67: MON,
 68: (["Virtual network integration allows containers to connect securely to other network resources"], "Virtual network integration allows containers"),
 69: (["Virtual network integration allows containers to connect securely", "proper configuration is essential to prevent potential bottlenecks or security issues"], "prevent potential bottlenecks or security issues"),
}
DROP = {
 27: "Article never discusses workloads needing different kernel versions side by side; only says containers share the host kernel and VMs suit kernel-module needs - not a real answer.",
 28: "Article does not cover running Windows apps / cross-OS containers on a Linux host.",
 32: "Article says containers use orchestration platforms and VMs rely on hypervisors, but never states whether containers need a hypervisor.",
 36: "Article does not discuss whether an orchestrator like Kubernetes is necessary or overkill.",
 48: "Article lists benefits of containers-on-VMs but makes no comparison with bare metal.",
 70: "Specific pod-to-pod connectivity troubleshooting is not covered; article only says virtual network integration connects containers and proper configuration matters.",
}
assert set(L) | set(DROP) == set(range(1, 71)) and not set(L) & set(DROP)

bad = []
seed_items = []
for i, q in enumerate(seed, 1):
    if i in DROP: continue
    exp, ans = L[i]
    for p in exp:
        if " ".join(p.split()) not in art or len(p.split()) < 5: bad.append((i, "expect", p))
    if " ".join(ans.split()) not in art or not 3 <= len(ans.split()) <= 6: bad.append((i, "answer", ans))
    if not 1 <= len(exp) <= 3: bad.append((i, "nexp", len(exp)))
    seed_items.append({"q": q, "expect": list(exp), "answer": ans})
assert not bad, bad

with open("dropped.txt", "w", encoding="utf-8") as f:
    f.write("# Seed questions dropped after reading the article (question verbatim, then reason)\n")
    for i in sorted(DROP):
        f.write(f"{seed[i-1]}\n  reason: {DROP[i]}\n")
    f.write("\n# Off-topic questions dropped because the article answers them\n(none - the article answers none of the 30 off-topic questions)\n")

offt = list(off)
random.Random(31).shuffle(seed_items)
random.Random(31).shuffle(offt)
about = (f"Held-out fresh set, written blind on 2026-12-02: 70 seed questions in engineers' Slack wording "
         f"(about 3-4 per topic across 19 neutral topic descriptions) and 30 off-topic questions (15 near-domain, 15 everyday) "
         f"were written and saved before the article containers-vs-vms.md was read. After reading it, each seed question was labelled "
         f"unchanged with verbatim expect phrases (1-3, each >=5 words) and a verbatim 3-6 word answer phrase, or dropped if the article "
         f"does not really answer it: {len(seed_items)} seed kept, {len(DROP)} dropped (reasons in eval/drafts/fresh/dropped.txt). "
         f"Off-topic: 30 written, {len(offt)} kept, 0 dropped. Seed and offtopic lists each shuffled once with random.Random(31).")
json.dump({"about": about, "seed": seed_items, "corpus": [], "offtopic": offt},
          open("/work/main/eval/heldout-fresh.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(seed_items), len(DROP), len(offt))
