#!/usr/bin/env python3
"""Labels for conversations-29 (written after the freeze and after reading the article). q is taken from draft.json by index."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json")))
K = lambda ex, ans: ("KEEP", ex, ans)
D = lambda r: ("DROP", r)
SENS = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
SPEC = "VMs are also better suited for running applications that require specific OS configurations or kernel modules"
COMPAT = "VMs are better suited for applications requiring full OS compatibility and stability"
MGMT = "VMs provide stronger isolation through dedicated resources, but may require more management effort"
TINY = "article does not say whether a tiny/single small site needs containers or VMs at all, or weigh the effort for a one-person/volunteer setup"
OOS = "deliberately out of scope: "
L = {
 0: K(["containers share the host OS kernel, making them lightweight and quick to start"], "lightweight and quick to start"),
 1: K(["Containers are more resource-efficient and ideal for microservices", "If you need rapid, scalable applications, containers are better"], "Containers are more resource-efficient"),
 2: K(["VMs provide stronger security boundaries with complete OS environments", "Container security is complex due to shared kernel vulnerabilities"], "stronger security boundaries"),
 4: K([COMPAT], "requiring full OS compatibility"),
 5: K(["running untrusted or sensitive workloads", SPEC, "VMs isolate workloads more securely with separate OSes"], "specific OS configurations or kernel modules"),
 6: D("numbers ask: article says more containers fit on the same hardware but gives no ratio or figures"),
 7: K([MGMT], "may require more management effort"),
 8: D(OOS + "VM snapshot frequency and retention; article has nothing on snapshots or backups"),
 9: K(["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
 10: D(TINY + "; nothing on whether moving one small php+mysql app out of a VM is simpler"),
 12: K(["Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"], "separate OS instances for full isolation"),
 13: K([COMPAT, "Containers share the host OS kernel"], "full OS compatibility and stability"),
 14: D(OOS + "Kubernetes pod autoscaling setup; article names Kubernetes only as an orchestrator"),
 15: K(["VMs typically require individual licenses for each OS instance, increasing expenses"], "individual licenses for each OS instance"),
 16: D("own-case split of a tills backend vs an order website for a 2-person team; article gives no basis for point-of-sale backends or for splitting workloads between the two"),
 17: K(["They provide stronger isolation because each VM runs its own complete OS, making it easier to contain security breaches within a single VM without affecting others"], "security breaches within a single VM"),
 18: D(OOS + "Docker layer caching in GitHub Actions CI"),
 20: D("single app moving to one cheap cloud server (itself a VM); article's efficiency point is about packing many workloads and does not decide a one-app host"),
 21: K(["VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "slightly slower to start"),
 22: D(OOS + "GPU passthrough to a KVM VM; article has no GPU or passthrough content"),
 23: D(TINY + "; nothing on whether Docker is overkill for a WordPress plugin plus a small script"),
 24: K(["containers can be more cost-effective and easier to license", "VMs might involve additional licensing fees"], "more cost-effective and easier to license"),
 25: K([SENS], "running untrusted or sensitive workloads"),
 26: D(OOS + "Docker Compose vs single-node Kubernetes; article does not compare orchestrators"),
 28: K(["Yes, containers can run seamlessly on virtual machines"], "can run seamlessly on virtual machines"),
 29: D("whether container benefits matter for a single non-microservice website; article ties containers to microservices and fast deployment but never says what is left for a plain site"),
 30: D(OOS + "rootless containers and user namespaces; article only says to run containers with the least privileges, not how rootless works or whether it is worth it"),
 31: K(["Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes", SENS], "isolate workloads more securely"),
 32: D("numbers ask (VM boot time in minutes); article only says VMs are slower to start, no figures"),
 33: K([SPEC, COMPAT], "require specific OS configurations"),
 34: D(OOS + "enabling nested virtualization"),
 36: D(TINY),
 37: D("web server in front of a database; article has no guidance on web servers, tiers or databases"),
 38: K([SPEC + " that containers might not support easily"], "containers might not support easily"),
 39: D("dev environments vs a VM-based prod; article says containers suit rapid development but nothing on dev/prod parity"),
 40: D(OOS + "Packer golden images"),
 41: K(["Containers and virtual machines differ mainly in architecture"], "differ mainly in architecture"),
 42: K(["They provide stronger isolation because each VM runs its own complete OS", SENS], "runs its own complete OS"),
 44: D("USB device access from containers; article does not mention USB or hardware devices"),
 45: D(OOS + "json-file log rotation"),
 46: D("why a transcoding job could be slower in Docker; article only says containers generally perform better, with no caveats that explain a slowdown"),
 47: D("running Linux containers on a Mac; article does not cover cross-OS hosts or how Mac runs them"),
 48: K(["If you need rapid, scalable applications, containers are better"], "containers are better"),
 49: D(OOS + "VM clock drift and time sync"),
 50: D(TINY + "; nothing on containerising everything for a one-person shop on its own server"),
 52: D("DOS program; article never mentions DOS, legacy OSes or emulation, and its OS-compatibility point is about VMs with full OSes"),
 53: K(["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously", "Container security is complex due to shared kernel vulnerabilities"], "vulnerabilities in the host OS"),
 54: K(["Address migration challenges like data transfer and configuration adjustments early"], "data transfer and configuration adjustments"),
 55: D(OOS + "Harbor private registry with TLS"),
 56: D("numbers ask (GB vs MB disk per VM/container); article gives no disk figures"),
 57: D("Linux containers beside a Windows-only tool on one Linux server; article does not cover mixing containers and a VM on one host (same call as conversations-28's falconry item)"),
 58: D(OOS + "NUMA vCPU pinning"),
 60: K(["containers generally perform better due to efficient resource allocation"], "containers generally perform better"),
 61: K(["Deployment tools differ: containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"], "containers use orchestration platforms"),
 62: K([MGMT], "require more management effort"),
 63: D("auditor requiring each customer's data on separate machines; article has nothing on compliance, audits or per-customer separation"),
 64: K(["When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"], "container orchestration tools like Kubernetes"),
 65: K(["Containers share the host OS kernel, making them lightweight and faster to start", "applications that require specific OS configurations or kernel modules"], "Containers share the host OS kernel"),
 66: K(["imagine deploying a new app quickly using containers, like a startup launching a website in minutes"], "launching a website in minutes"),
 67: K(["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads", "proper configuration is essential to prevent potential bottlenecks or security issues"], "offers flexibility, scalability, and security"),
 68: K(["For more secure, isolated environments, VMs excel", SENS], "isolated environments, VMs excel"),
 69: K(["your choice depends on balancing the need for speed, security, and resource efficiency"], "speed, security, and resource efficiency"),
}
for i, it in enumerate(draft):
    if it.get("chatter"):
        assert i not in L, i
        L[i] = ("CHATTER",)
assert sorted(L) == list(range(70)), sorted(set(range(70)) - set(L))
labels = []
for i in range(70):
    d = L[i]
    assert (d[0] == "CHATTER") == bool(draft[i].get("chatter")), i
    rec = {"index": i, "q": draft[i]["q"], "decision": d[0]}
    if d[0] == "KEEP": rec["expect"], rec["answer"] = d[1], d[2]
    if d[0] == "DROP": rec["reason"] = d[1]
    labels.append(rec)
answers = [l["answer"].lower() for l in labels if l["decision"] == "KEEP"]
assert len(answers) == len(set(answers)), "duplicate answer"
notes = [
 "Not covered (dropped): tiny/one-person sites (10, 23, 36, 50), own-case splits the article cannot decide (16, 20, 57), numbers (6, 32, 56), USB (44), Mac hosts (47), DOS (52), web tier (37), dev/prod parity (39), microservice-free site (29), container slowdown (46), compliance audits (63).",
 "Weak keeps: 1 and 48 (own-case/one-word recommendation on the general containers-are-better line), 7 and 62 (maintenance effort for tiny teams via the VM management-effort sentence; answers differ by one word), 13 (no Windows in Linux containers via OS compatibility; the article never names Windows), 17 (isolation meaning via breach containment, not customer data separation), 60 (nightly batch job read as high load), 66 (no-jargon reword via the startup-website example), 69 (one thing to look at first: the article names a balance of three).",
 "Sentence reuse: the untrusted-or-sensitive sentence backs 5, 25, 31, 42, 68; the specific-OS/kernel-modules sentence 5, 33, 38, 65; the OS-compatibility sentence 4, 13, 33 (answers 'requiring full OS compatibility' and 'full OS compatibility and stability' overlap); the management-effort sentence 7, 62; the host-OS-vulnerabilities sentence 9, 53; the first key takeaway 12, 65; the each-VM-own-OS sentence 17, 42.",
 "Consistency with conversations-28: Windows-only software kept via OS compatibility (4, 13, 33), but a Linux container beside a Windows tool on one box dropped (57); tiny-app asks dropped; numbers and USB dropped.",
]
json.dump({"labels": labels, "notes": notes}, open(os.path.join(HERE, "labels.json"), "w"), indent=1)
c = {k: sum(1 for l in labels if l["decision"] == k) for k in ("KEEP", "DROP", "CHATTER")}
print(c)
