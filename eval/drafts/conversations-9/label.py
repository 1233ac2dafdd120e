#!/usr/bin/env python3
"""Labels for the frozen draft (written after freezing, reading only
/work/main/knowledge/containers-vs-vms.md). One decision per draft index.
Writes labels.json next to this file."""
import json
import os


def K(expect, answer, note=""):
    return {"decision": "KEEP", "expect": expect, "answer": answer, "note": note}


def D(reason):
    return {"decision": "DROP", "reason": reason}


LABELS = [
    # 0 why not as isolated
    (0, K(["Container security is complex due to shared kernel vulnerabilities",
           "each VM runs its own complete OS"],
          "due to shared kernel vulnerabilities")),
    # 1 weak spot
    (1, K(["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
          "vulnerabilities in the host OS")),
    # 2 shared kernel less safe?
    (2, K(["this sharing of the kernel introduces specific security considerations",
           "could potentially affect many containers simultaneously"],
          "introduces specific security considerations")),
    # 3 what VM gets from hypervisor
    (3, K(["VMs rely on hypervisors for managing resources and security",
           "which play a crucial role in optimizing resource management and security"],
          "for managing resources and security",
          "lenient: article only says hypervisors manage resources and security")),
    # 4 untrusted code -> instead
    (4, K(["particularly valuable for running untrusted or sensitive workloads",
           "Container security is complex due to shared kernel vulnerabilities"],
          "VMs isolate workloads more securely")),
    # 5 kernel bug; and for vms?
    (5, K(["making it easier to contain security breaches within a single VM without affecting others",
           "VMs isolate workloads more securely with separate OSes"],
          "easier to contain security breaches")),
    # 6 vm escape harder?
    (6, K(["They provide stronger isolation because each VM runs its own complete OS",
           "making it easier to contain security breaches within a single VM"],
          "They provide stronger isolation",
          "lenient: article never names VM escape; reads it as breach containment")),
    # 7 why faster start
    (7, K(["Containers share the host OS kernel, making them lightweight and faster to start",
           "while VMs run separate OS instances for full isolation"],
          "share the host OS kernel")),
    # 8 and vms? minutes?
    (8, K(["VMs can be slightly slower to start and consume more resources",
           "versus setting up full VMs, which takes longer"],
          "slightly slower to start",
          "lenient: article is qualitative, gives no minutes figure")),
    (9, D("article never says whether a container boots or not; 'no boot at all' is not addressed")),
    # 10 autoscaler slow vms
    (10, K(["Scalability challenges are easier with containers since they activate quickly",
            "allowing faster scaling and less overhead"],
           "they activate quickly")),
    # 11 why so many more
    (11, K(["you can run more containers on the same hardware compared to virtual machines"],
           "each require a full OS instance")),
    # 12 lighter how, memory?
    (12, K(["Containers are more resource-efficient and ideal for microservices",
            "which each require a full OS instance"],
           "Containers are more resource-efficient",
           "lenient: article says resources in general, memory not singled out")),
    (13, D("no image sizes (MB vs GB) in the article")),
    # 14 and containers dont?
    (14, K(["containers share the host OS kernel, making them lightweight and quick to start",
            "Containers often have simpler licensing because they share the host OS"],
           "share the host OS kernel")),
    # 15 pack many services on one host
    (15, K(["This efficiency means you can run more containers on the same hardware"],
           "more containers on the same hardware")),
    (16, D("portability is not discussed in the article")),
    (17, D("laptop-to-prod consistency / portability not discussed")),
    (18, D("moving VMs between clouds not discussed")),
    (19, D("Windows containers / build-once-run-anywhere not discussed")),
    (20, D("CPU architecture (arm vs x86) not discussed")),
    # 21 windows app on linux host -> what then
    (21, K(["VMs are better suited for applications requiring full OS compatibility and stability",
            "VMs run separate OS instances"],
           "VMs are better suited",
           "lenient: article does not mention Windows; answer rests on VMs running their own OS")),
    # 22 custom kernel module
    (22, K(["VMs are also better suited for running applications that require specific OS configurations or kernel modules"],
           "VMs are also better suited")),
    (23, D("article does not say whether a container can run a different OS than the host; inference only")),
    (24, D("Windows guests / Windows hosts not discussed; follow-up ambiguous")),
    # 25 legacy windows 2008 app
    (25, K(["VMs are better suited for applications requiring full OS compatibility and stability",
            "they excel in environments where stability, compatibility, and security are critical"],
           "requiring full OS compatibility and stability",
           "lenient: legacy Windows not named; OS-compatibility claim carries it")),
    # 26 why cheaper
    (26, K(["Containers often have simpler licensing because they share the host OS",
            "VMs typically require individual licenses for each OS instance",
            "This efficiency means you can run more containers on the same hardware"],
           "because they share the host OS")),
    (27, D("'is it that much' asks for the size of the saving; article gives no figures")),
    # 28 license per container
    (28, K(["Containers often have simpler licensing because they share the host OS",
            "VMs typically require individual licenses for each OS instance"],
           "Containers often have simpler licensing")),
    (29, D("hypervisor (VMware) licensing not discussed; article covers OS licences only")),
    # 30 where savings come from
    (30, K(["VMs typically require individual licenses for each OS instance",
            "Containers often have simpler licensing because they share the host OS",
            "you can run more containers on the same hardware"],
           "individual licenses for each OS instance")),
    # 31 how migrate
    (31, K(["Start by planning your container orchestration strategy, ensuring your applications are compatible",
            "Test thoroughly in staging environments, then gradually shift workloads"],
           "planning your container orchestration strategy")),
    # 32 first step old java app
    (32, K(["Start by planning your container orchestration strategy",
            "Address migration challenges like data transfer and configuration adjustments early"],
           "ensuring your applications are compatible")),
    (33, D("article does not judge lift-and-shift into an image")),
    (34, D("article does not say whether migration needs a rewrite")),
    (35, D("stateful databases in containers not discussed")),
    # 36 faster than vms at spikes
    (36, K(["containers generally perform better due to efficient resource allocation",
            "VMs may experience performance drops because of their heavier resource use and longer startup times"],
           "allowing faster scaling and less overhead")),
    # 37 black friday
    (37, K(["Scalability challenges are easier with containers since they activate quickly",
            "monitor metrics like CPU, memory, and I/O closely"],
           "Scalability challenges are easier with containers")),
    # 38 why containers scale better
    (38, K(["since they activate quickly and share resources more effectively",
            "VMs may experience performance drops because of their heavier resource use and longer startup times"],
           "they activate quickly")),
    (39, D("vertical scaling not discussed")),
    # 40 k8s like hypervisor for containers
    (40, K(["containers use orchestration platforms, while VMs rely on hypervisors",
            "container orchestration tools like Kubernetes manage them efficiently"],
           "containers use orchestration platforms",
           "lenient: analogy read from the orchestration-vs-hypervisor takeaway")),
    # 41 what manages containers
    (41, K(["Deployment tools differ: containers use orchestration platforms",
            "container orchestration tools like Kubernetes manage them efficiently"],
           "container orchestration tools like Kubernetes")),
    (42, D("article does not say when Kubernetes becomes necessary")),
    # 43 vsphere vs k8s
    (43, K(["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"],
           "VMs rely on hypervisors",
           "lenient: vSphere not named; only the one-line orchestration-vs-hypervisor contrast")),
    (44, D("hypervisor types not discussed")),
    (45, D("no hypervisor is named in the article")),
    # 46 why containers inside vm
    (46, K(["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
            "containers can run seamlessly on virtual machines"],
           "offers flexibility, scalability, and security")),
    # 47 worst of both?
    (47, K(["containers can run seamlessly on virtual machines",
            "This setup offers flexibility, scalability, and security",
            "proper configuration is essential to prevent potential bottlenecks or security issues"],
           "offers flexibility, scalability, and security")),
    # 48 kills perf advantage?
    (48, K(["proper configuration is essential to prevent potential bottlenecks or security issues",
            "containers can run seamlessly on virtual machines"],
           "proper configuration is essential",
           "lenient: article gives no overhead numbers for containers-in-VMs, only seamless + watch for bottlenecks")),
    # 49 replace or together
    (49, K(["Yes, containers can run seamlessly on virtual machines",
            "Both technologies have their place, but understanding"],
           "Both technologies have their place")),
    (50, D("Firecracker / microVMs not discussed")),
    # 51 40 stateless microservices
    (51, K(["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures",
            "lightweight and quick to start, ideal for microservices and fast deployment"],
           "ideal for microservices and fast deployment")),
    # 52 short batch jobs
    (52, K(["You might choose containers when you need agility and speed",
            "leveraging their ability to quickly spin up and shut down"],
           "quickly spin up and shut down",
           "lenient: batch jobs not named; short-lived work read as spin up / shut down")),
    # 53 multi-tenant strict separation
    (53, K(["For more secure, isolated environments, VMs excel",
            "particularly valuable for running untrusted or sensitive workloads"],
           "isolated environments, VMs excel")),
    (54, D("large-RAM databases / containerizing Oracle not discussed")),
    (55, D("dev environment drift / consistency not discussed")),
    # 56 test on 5 OSes
    (56, K(["VMs run separate OS instances for full isolation",
            "VMs are better suited for applications requiring full OS compatibility"],
           "VMs run separate OS instances",
           "lenient: multi-OS testing not named; rests on each VM having its own OS")),
    # 57 small startup
    (57, K(["imagine deploying a new app quickly using containers, like a startup launching a website in minutes"],
           "quickly using containers",
           "lenient: the postgres part is not addressed")),
    # 58 lightweight vms accurate?
    (58, K(["Containers and virtual machines differ mainly in architecture",
            "containers share the host OS kernel, making them lightweight and quick to start",
            "VMs run separate OS instances, offering stronger isolation"],
           "differ mainly in architecture")),
    # 59 more secure since smaller?
    (59, K(["VMs provide stronger security boundaries with complete OS environments",
            "Container security is complex due to shared kernel vulnerabilities"],
           "VMs provide stronger security boundaries",
           "judgement: the FAQ also says containers limit the attack surface; the article's main line is VMs are stronger")),
    # 60 vms obsolete?
    (60, K(["virtual machines serve well in scenarios demanding robust security and compatibility",
            "Both technologies have their place"],
           "Both technologies have their place")),
    (61, D("article says 'less overhead' under load but never addresses whether containers have any overhead")),
    # 62 always slower?
    (62, K(["VMs can be slightly slower to start",
            "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
           "slightly slower to start",
           "lenient: article only qualifies startup as slightly slower and credits VMs with consistent performance")),
    # 63 full isolation like a vm?
    (63, K(["while VMs run separate OS instances for full isolation",
            "Container security is complex due to shared kernel vulnerabilities"],
           "separate OS instances for full isolation")),
    # 64 downside of all-in containers
    (64, K(["Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
            "VMs are also better suited for running applications that require specific OS configurations or kernel modules"],
           "Container security can be more complex")),
    # 65 upside of vms
    (65, K(["They provide stronger isolation because each VM runs its own complete OS",
            "they excel in environments where stability, compatibility, and security are critical"],
           "They provide stronger isolation")),
    # 66 other vm drawbacks
    (66, K(["VMs provide stronger isolation through dedicated resources, but may require more management effort",
            "VMs might involve additional licensing fees"],
           "may require more management effort")),
    # 67 what could go wrong
    (67, K(["vulnerabilities in the host OS or container engine",
            "You must implement strict security practices"],
           "affect many containers simultaneously")),
    (68, D("no container runtime is named (only Kubernetes, an orchestrator)")),
    (69, D("no hypervisor is named in the article")),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = [{"index": i, **lab} for i, lab in LABELS]
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    k = sum(1 for x in out if x["decision"] == "KEEP")
    print(f"decisions={len(out)} keep={k} drop={len(out) - k}")


if __name__ == "__main__":
    main()
