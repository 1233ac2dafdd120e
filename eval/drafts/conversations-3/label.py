import json
draft = json.load(open("draft.json"))
# 1-based draft index -> (expect, answer) or ("DROP", reason)
L = {
1: (["containers share the host OS kernel, making them lightweight and quick to start", "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"], "lightweight and quick to start"),
2: (["VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "because of their heavyweight nature"),
3: (["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"], "each require a full OS instance"),
4: (["containers share the host OS kernel, making them lightweight and quick to start, ideal for microservices and fast deployment"], "lightweight and quick to start"),
5: (["Containers improve cloud security by offering better container isolation", "VMs provide stronger isolation through dedicated resources, but may require more management effort"], "stronger isolation through dedicated resources"),
6: (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
7: ("DROP", "article lists practices (least privilege, isolation, updating images) but gives no priority or first step"),
8: (["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"], "containers use orchestration platforms"),
9: ("DROP", "ambiguous 'downside' of kubernetes as vmware/hypervisor-tooling replacement; article names no downsides of orchestration tools"),
10: (["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"], "specific OS configurations or kernel modules"),
11: ("DROP", "article asserts VMs give stability/consistent performance but never says why"),
12: (["Virtual network integration allows containers to connect securely to other network resources", "proper configuration is essential to prevent potential bottlenecks or security issues"], "proper configuration is essential"),
13: (["VMs typically require individual licenses for each OS instance, increasing expenses", "containers can be more cost-effective and easier to license"], "can be more cost-effective"),
14: (["VMs may experience performance drops because of their heavier resource use and longer startup times"], "may experience performance drops"),
15: ("DROP", "article lists migration steps and challenges (data transfer, configuration) but no common mistakes"),
16: (["If you need rapid, scalable applications, containers are better. For more secure, isolated environments, VMs excel."], "rapid, scalable applications, containers are better"),
17: (["VMs are better suited for applications requiring full OS compatibility and stability", "VMs run separate OS instances"], "VMs run separate OS instances"),
18: (["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "ideal for rapid development, continuous deployment"),
19: (["running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"], "running containers with the least privileges"),
20: (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
21: (["you can run more containers on the same hardware compared to virtual machines"], "more containers on the same hardware"),
22: ("DROP", "article does not break down VM overhead by memory; only 'full OS instance' / 'more resources' in general"),
23: (["You should monitor metrics like CPU, memory, and I/O closely"], "CPU, memory, and I/O"),
24: (["VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "slightly slower to start"),
25: (["VMs provide stronger security boundaries with complete OS environments", "making it easier to contain security breaches within a single VM without affecting others"], "stronger security boundaries with complete OS"),
26: ("DROP", "article says nothing about learning curve of orchestration tools vs VM tooling"),
27: (["VMs typically require individual licenses for each OS instance, increasing expenses", "Containers often have simpler licensing because they share the host OS"], "individual licenses for each OS instance"),
28: ("DROP", "asks for examples of OS configs; article only says 'specific OS configurations or kernel modules' without examples"),
29: ("DROP", "article says 'regularly updating container images' but gives no frequency"),
30: (["containers can run seamlessly on virtual machines", "proper configuration is essential to prevent potential bottlenecks or security issues"], "prevent potential bottlenecks"),
31: ("DROP", "article does not quantify how much lighter containers are"),
32: (["Scalability challenges are easier with containers since they activate quickly and share resources more effectively"], "since they activate quickly"),
33: (["this sharing of the kernel introduces specific security considerations", "Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "introduces specific security considerations"),
34: (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
35: (["regularly updating container images to minimize attack surfaces"], "regularly updating container images"),
36: ("DROP", "article never compares a hypervisor with a container engine (engine only mentioned as a vulnerability source)"),
37: (["container orchestration tools like Kubernetes manage them efficiently, ensuring smooth operation"], "manage them efficiently, ensuring smooth operation"),
38: (["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"], "containers might not support easily"),
39: ("DROP", "article does not discuss noisy neighbours / resource contention"),
40: (["Your choice depends on balancing security needs and resource efficiency."], "balancing security needs and resource efficiency"),
41: (["proper configuration is essential to prevent potential bottlenecks or security issues"], "prevent potential bottlenecks or security issues"),
42: (["This means containers can be more cost-effective and easier to license"], "containers can be more cost-effective"),
43: (["You should monitor metrics like CPU, memory, and I/O closely"], "CPU, memory, and I/O"),
44: (["Start by planning your container orchestration strategy, ensuring your applications are compatible."], "planning your container orchestration strategy"),
45: (["This isolation can be particularly valuable for running untrusted or sensitive workloads", "For more secure, isolated environments, VMs excel."], "untrusted or sensitive workloads"),
46: (["this sharing of the kernel introduces specific security considerations"], "introduces specific security considerations"),
47: (["Containers are more resource-efficient and ideal for microservices", "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"], "Containers are more resource-efficient"),
48: (["running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"], "running containers with the least privileges"),
49: (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "affect many containers simultaneously"),
50: ("DROP", "article does not quantify hypervisor overhead"),
51: (["VMs are also better suited for running applications that require specific OS configurations or kernel modules"], "specific OS configurations or kernel modules"),
52: (["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"], "each require a full OS instance"),
53: (["Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "Container security can be more complex"),
54: (["Virtual network integration allows containers to connect securely to other network resources, creating a cohesive environment"], "connect securely to other network resources"),
55: (["VMs typically require individual licenses for each OS instance, increasing expenses", "Containers often have simpler licensing because they share the host OS"], "individual licenses for each OS instance"),
56: (["You should monitor metrics like CPU, memory, and I/O closely, adjusting resource allocation to maintain ideal performance during spikes"], "memory, and I/O closely"),
57: (["running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"], "running containers with the least privileges"),
58: (["Both technologies have their place, but understanding how container security concerns differ"], "Both technologies have their place"),
59: ("DROP", "asks why VMs stay predictable under load; article gives no reason (and says VMs may see performance drops under high load)"),
60: (["regularly updating container images to minimize attack surfaces"], "regularly updating container images"),
}
assert sorted(L) == list(range(1, 61))
kept, dropped = [], []
for i, t in enumerate(draft, 1):
    e, a = L[i]
    if e == "DROP":
        dropped.append(f"{i}\t{t['q']}\t{a}")
    else:
        kept.append({"context": t["context"], "q": t["q"], "expect": e, "answer": a})
json.dump({"conversations": kept}, open("conversations.json", "w"), indent=1, ensure_ascii=False)
open("dropped.txt", "w").write("\n".join(dropped) + "\n")
print(len(kept), len(dropped))
