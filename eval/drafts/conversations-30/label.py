#!/usr/bin/env python3
"""Label the frozen draft from knowledge/containers-vs-vms.md. Writes labels.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json")))
C, D = "CHATTER", "DROP"
OOS = "deliberately out of scope: "
NC = "not covered: "
L = {
 0: (D, "near-duplicate of a seed-29 item (same 'difference, then which boots faster' thread), noticed after the freeze when seed-29's first two conversations were read for shape; dropped to keep the held-out set new"),
 1: (["making it easier to contain security breaches within a single VM", "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
     "security breaches within a single VM"),
 2: (["VMs run separate OS instances, offering stronger isolation"], "offering stronger isolation"),
 3: C,
 4: (["containers generally perform better due to efficient resource allocation", "Scalability challenges are easier with containers since they activate quickly"],
     "containers generally perform better"),
 5: (["consume more resources because of their heavyweight nature", "virtual machines, which each require a full OS instance"],
     "because of their heavyweight nature"),
 6: (D, NC + "the article gives no startup times in seconds or minutes for containers vs VMs (only 'a website in minutes' as an example)"),
 7: (["containers share the host OS kernel, making them lightweight and quick to start", "VMs are better suited for applications requiring full OS compatibility and stability"],
     "containers share the host OS kernel"),
 8: (["ideal for microservices and fast deployment", "Containers offer rapid deployment and scalability"], "ideal for microservices and fast deployment"),
 9: (["Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely"],
     "VMs isolate workloads more securely"),
 10: (D, NC + "a three-endpoint kiosk API where the thread already says either works; the article's criteria (scale, isolation, compatibility) do not pick one for a tiny single-box app"),
 11: C,
 12: (["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"],
      "containers might not support easily"),
 13: (D, OOS + "Helm charts vs plain Kubernetes manifests"),
 14: (["This efficiency means you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"],
      "each require a full OS instance"),
 15: (["containers share the host OS kernel, making them lightweight", "VMs run separate OS instances, offering stronger isolation but slower startup"],
      "VMs run separate OS instances"),
 16: (["containers can run seamlessly on virtual machines", "This setup offers flexibility, scalability, and security"],
      "run seamlessly on virtual machines"),
 17: (["VMs are better suited for applications requiring full OS compatibility and stability"], "full OS compatibility and stability"),
 18: (["containers can be more cost-effective and easier to license", "Containers are more resource-efficient and ideal for microservices"],
      "more cost-effective and easier to license"),
 19: C,
 20: (D, NC + "a weekly CPU-heavy hour: the article points both ways (containers perform better under high load; VMs for consistent performance) and the thread's bot line hints at dedicated resources, so no single answer"),
 21: (D, OOS + "Docker HEALTHCHECK intervals and retries"),
 22: (["Containers offer rapid deployment and scalability", "Containers are more resource-efficient and ideal for microservices"],
      "rapid deployment and scalability"),
 23: (D, NC + "learning curve for student volunteers is not discussed"),
 24: (["For more secure, isolated environments, VMs excel", "VMs provide stronger security boundaries with complete OS environments"],
      "VMs provide stronger security boundaries"),
 25: (D, NC + "whether any virtualization is overkill on one mini PC (tiny single-box setup) is not discussed"),
 26: (D, OOS + "custom AppArmor profiles"),
 27: C,
 28: (["If you need rapid, scalable applications, containers are better", "Containers offer rapid deployment and scalability"],
      "rapid, scalable applications, containers are better"),
 29: (["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
      "may require more management effort"),
 30: (D, OOS + "Firecracker microVMs"),
 31: (D, NC + "whether a VM per tier (php web + mysql) is overkill vs two containers; the article does not treat a web tier and its database or decide this split"),
 32: (D, NC + "moving a physical Windows 7 PC with attached furnace monitoring into a VM on new hardware (physical-to-virtual, device access) is not discussed"),
 33: (["This isolation can be particularly valuable for running untrusted or sensitive workloads"], "untrusted or sensitive workloads"),
 34: (["they excel in environments where stability, compatibility, and security are critical", "VMs are better suited for applications requiring full OS compatibility and stability"],
      "stability, compatibility, and security are critical"),
 35: C,
 36: (D, OOS + "Kata Containers as a runtime"),
 37: (["Containers are more resource-efficient and ideal for microservices", "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"],
      "scalable microservices architectures"),
 38: (["Containers offer lightweight, rapid deployment, perfect for dynamic environments", "imagine deploying a new app quickly using containers"],
      "rapid deployment, perfect for dynamic environments"),
 39: (["VMs are better suited for applications requiring full OS compatibility and stability"], "applications requiring full OS compatibility"),
 40: (D, OOS + "hypervisor CPU steal time"),
 41: (D, NC + "whether a one-laptop shop needs containers or VMs at all (tiny setup) is not discussed"),
 42: (["imagine deploying a new app quickly using containers, like a startup launching a website in minutes"], "launching a website in minutes"),
 43: C,
 44: (D, OOS + "distroless base images / debugging without a shell"),
 45: (["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use", "VMs typically require individual licenses for each OS instance, increasing expenses"],
      "slower startup and higher resource use"),
 46: (["leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 47: (["This efficiency means you can run more containers on the same hardware compared to virtual machines"],
      "more containers on the same hardware"),
 48: (D, OOS + "cosign image signing and key storage"),
 49: (["Containers and virtual machines differ mainly in architecture", "VMs run separate OS instances, offering stronger isolation"],
      "differ mainly in architecture"),
 50: (["running containers with the least privileges, isolating them properly, and regularly updating container images"],
      "running containers with the least privileges"),
 51: C,
 52: (["Scalability challenges are easier with containers since they activate quickly and share resources more effectively"],
      "they activate quickly and share resources"),
 53: (D, OOS + "macvlan vs bridge container networking"),
 54: (["Containers are more resource-efficient and ideal for microservices", "leveraging their ability to quickly spin up and shut down"],
      "Containers are more resource-efficient"),
 55: (["Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
      "could potentially affect many containers simultaneously"),
 56: (D, NC + "GPIO / hardware device access from a container on a Pi is not discussed (as USB was dropped in earlier rounds)"),
 57: (D, OOS + "buildx multi-arch builds under QEMU"),
 58: (["VMs are also better suited for running applications that require specific OS configurations"], "require specific OS configurations"),
 59: C,
 60: (["If you need rapid, scalable applications, containers are better", "For more secure, isolated environments, VMs excel"],
      "secure, isolated environments, VMs excel"),
 61: (D, OOS + "multi-stage Dockerfile builds"),
 62: (["This isolation can be particularly valuable for running untrusted or sensitive workloads"], "running untrusted or sensitive workloads"),
 63: (D, OOS + "reclaiming space from thin-provisioned VM disks"),
 64: (["VMs typically require individual licenses for each OS instance, increasing expenses", "containers can be more cost-effective and easier to license"],
      "individual licenses for each OS instance"),
 65: (["Container security is complex due to shared kernel vulnerabilities"], "shared kernel vulnerabilities"),
 66: (["Both technologies have their place, but understanding how container security concerns differ from traditional VM security"],
      "Both technologies have their place"),
 67: (["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads", "proper configuration is essential to prevent potential bottlenecks or security issues"],
      "making it ideal for dynamic workloads"),
 68: (["VMs rely on hypervisors for managing resources and security", "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"],
      "managing resources and security"),
 69: (["because each VM runs its own complete OS", "VMs run separate OS instances, offering stronger isolation but slower startup"],
      "runs its own complete OS"),
}
NOTES = [
 "Item 0 was dropped as a near-duplicate of a seed-29 conversation (seen only after the freeze, when seed-29's first two conversations were read for shape), not because the article fails to answer it.",
 "Weak keeps: 7 (a Windows tool cannot go in a container on a Linux box, via the shared host kernel; the article never names Windows), 17 and 39 (Windows-only / Windows XP software via OS compatibility, as in earlier rounds), 28 (scaling to more shops read as scalability), 29 (one volunteer via the VM management-effort sentence), 50 (sharing one server safely answered by least privileges and proper isolation; the card reader itself is not covered), 54 (idle most of the year via resource efficiency and quick spin up/shut down), 66 (sarcastic 'containerise everything' answered by 'both technologies have their place'), 68 (the article says what hypervisors do, not a plain definition).",
 "Sentence reuse: the untrusted-or-sensitive sentence backs 1, 33 and 62 (answers 'untrusted or sensitive workloads' and 'running untrusted or sensitive workloads' differ by one word); the OS-compatibility takeaway backs 7, 17, 34 and 39.",
 "Not-covered drops follow earlier rounds: numbers (6), tiny single-box setups (10, 25, 41), web tier vs database split (31), hardware/device access (32, 56), learning curve (23), and a CPU-heavy weekly job where the article points both ways (20).",
]
labels, n = [], {}
for i, it in enumerate(draft):
    v = L[i]
    rec = {"index": i, "q": it["q"]}
    if v == C:
        rec["decision"] = "CHATTER"
    elif v[0] == D:
        rec["decision"] = "DROP"; rec["reason"] = v[1]
    else:
        rec["decision"] = "KEEP"; rec["expect"] = v[0]; rec["answer"] = v[1]
    assert (rec["decision"] == "CHATTER") == bool(it.get("chatter")), i
    labels.append(rec); n[rec["decision"]] = n.get(rec["decision"], 0) + 1
assert sorted(L) == list(range(len(draft))) == list(range(70))
ans = [r["answer"].lower() for r in labels if r["decision"] == "KEEP"]
assert len(ans) == len(set(ans)), "duplicate answers"
json.dump({"labels": labels, "notes": NOTES}, open(os.path.join(HERE, "labels.json"), "w"), indent=1)
print(n)
