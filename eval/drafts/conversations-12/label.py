#!/usr/bin/env python3
"""Label each frozen draft item exactly once (KEEP / DROP / CHATTER).

Written only after draft.json was frozen and the article was read.
Draft items are never reworded; only labelled. Writes labels.json.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

K, D, CH = "KEEP", "DROP", "CHATTER"

# (index, decision, payload)
#   KEEP:    payload = (expect_list, answer)
#   DROP:    payload = reason
#   CHATTER: payload = None
LABELS = [
    (0, D, "asks how much faster; the article gives no start-up figures, only that containers start faster"),
    (1, K, (["containers share the host OS kernel, making them lightweight and quick to start"],
            "lightweight and quick to start")),
    (2, K, (["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
            "slower startup and higher resource use")),
    (3, K, (["Containers share the host OS kernel, making them lightweight and faster to start",
             "VMs can be slightly slower to start"],
            "lightweight and faster to start")),
    (4, D, "asks for the order of magnitude (seconds vs minutes); the article gives no start-up times"),
    (5, CH, None),
    (6, D, "whether a VM boots its full OS on every start is not covered by the article"),
    (7, K, (["containers are ideal for rapid development",
             "leveraging their ability to quickly spin up and shut down"],
            "quickly spin up and shut down")),
    (8, K, (["They provide stronger isolation because each VM runs its own complete OS",
             "Container security is complex due to shared kernel vulnerabilities"],
            "runs its own complete OS")),
    (9, K, (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
            "affect many containers simultaneously")),
    (10, K, (["This isolation can be particularly valuable for running untrusted or sensitive workloads",
              "VMs isolate workloads more securely with separate OSes"],
             "running untrusted or sensitive workloads")),
    (11, K, (["particularly valuable for running untrusted or sensitive workloads",
              "easier to contain security breaches within a single VM without affecting others"],
             "running untrusted or sensitive workloads")),
    (12, D, "asks whether escapes have happened in practice; the article cites no incidents"),
    (13, K, (["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
             "may require more management effort")),
    (14, CH, None),
    (15, K, (["offering stronger isolation but slower startup and higher resource use"],
             "slower startup and higher resource use")),
    (16, K, (["containers can be more cost-effective and easier to license",
              "Containers are more resource-efficient and ideal for microservices"],
             "more cost-effective and easier to license")),
    (17, K, (["while VMs run separate OS instances for full isolation",
              "because each VM runs its own complete OS"],
             "run separate OS instances")),
    (18, K, (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
              "Container security is complex due to shared kernel vulnerabilities"],
             "affect many containers simultaneously")),
    (19, K, (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
              "it could affect other containers"],
             "affect many containers simultaneously")),
    (20, K, (["Containers share the host OS kernel",
              "while VMs run separate OS instances for full isolation"],
             "share the host OS kernel")),
    (21, D, "asks why a container cannot load its own module; the article only says containers might not support kernel modules easily and gives no reason"),
    (22, K, (["VMs are better suited for applications requiring full OS compatibility and stability",
              "VMs provide stronger security boundaries with complete OS environments"],
             "full OS compatibility and stability")),
    (23, CH, None),
    (24, K, (["VMs are better suited for applications requiring full OS compatibility and stability",
              "require specific OS configurations or kernel modules that containers might not support easily"],
             "full OS compatibility and stability")),
    (25, K, (["containers share the host OS kernel, making them lightweight",
              "require specific OS configurations or kernel modules that containers might not support easily"],
             "containers might not support easily")),
    (26, K, (["They provide stronger isolation because each VM runs its own complete OS",
              "while VMs run separate OS instances for full isolation"],
             "runs its own complete OS")),
    (27, K, (["Containers often have simpler licensing because they share the host OS",
              "VMs typically require individual licenses for each OS instance"],
             "often have simpler licensing")),
    (28, D, "asks how many more fit per server; the article says more containers fit on the same hardware but gives no numbers"),
    (29, K, (["This isolation can be particularly valuable for running untrusted or sensitive workloads",
              "VMs are better suited for applications requiring full OS compatibility and stability"],
             "running untrusted or sensitive workloads")),
    (30, K, (["VMs might involve additional licensing fees, especially with proprietary operating systems or enterprise licenses",
              "VMs typically require individual licenses for each OS instance"],
             "additional licensing fees")),
    (31, CH, None),
    (32, D, "moving off bare metal and which target is less migration work are not covered; the article only gives VM-to-container migration steps"),
    (33, D, "lift-and-shift into a VM is not discussed; no comparison of migration effort"),
    (34, K, (["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead",
              "VMs may experience performance drops because of their heavier resource use and longer startup times"],
             "faster scaling and less overhead")),
    (35, K, (["Scalability challenges are easier with containers since they activate quickly"],
             "they activate quickly")),
    (36, K, (["containers generally perform better due to efficient resource allocation, allowing faster scaling",
              "because of their heavier resource use and longer startup times"],
             "allowing faster scaling and less overhead")),
    (37, K, (["containers use orchestration platforms, while VMs rely on hypervisors",
              "container orchestration tools like Kubernetes manage them efficiently"],
             "container orchestration tools like Kubernetes")),
    (38, D, "asks for a container counterpart of a named VM management product; the article pairs orchestration with hypervisors and never discusses VM management suites"),
    (39, K, (["container orchestration tools like Kubernetes manage them efficiently",
              "containers use orchestration platforms, while VMs rely on hypervisors"],
             "container orchestration tools like Kubernetes")),
    (40, CH, None),
    (41, K, (["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
             "ideal for dynamic workloads")),
    (42, K, (["proper configuration is essential to prevent potential bottlenecks or security issues"],
             "prevent potential bottlenecks or security issues")),
    (43, D, "whether container-vs-VM overhead still matters when containers run on VMs is not discussed"),
    (44, D, "patching effort is not compared; the article only mentions regularly updating container images"),
    (45, K, (["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
             "may require more management effort")),
    (46, D, "configuration drift / config management is not covered"),
    (47, D, "portability is not discussed in the article"),
    (48, CH, None),
    (49, D, "moving images between environments (portability) is not discussed"),
    (50, D, "portability is not discussed, so whether it carries over to Kubernetes cannot be answered"),
    (51, D, "which resource (memory vs CPU) dominates VM overhead is not stated"),
    (52, D, "asks for density numbers; none in the article"),
    (53, K, (["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"],
             "require a full OS instance")),
    (54, K, (["Containers are more resource-efficient and ideal for microservices",
              "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"],
             "because of their heavyweight nature")),
    (55, K, (["VMs can be slightly slower to start and consume more resources",
              "containers generally perform better due to efficient resource allocation"],
             "because of their heavyweight nature")),
    (56, K, (["offering stronger isolation but slower startup and higher resource use",
              "but may require more management effort",
              "VMs might involve additional licensing fees"],
             "slower startup and higher resource use")),
    (57, CH, None),
    (58, K, (["making them lightweight and faster to start",
              "Containers are more resource-efficient and ideal for microservices"],
             "lightweight and faster to start")),
    (59, K, (["if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
             "VMs could be your best choice")),
    (60, K, (["ideal for microservices and fast deployment",
              "If you need rapid, scalable applications, containers are better"],
             "containers are better")),
    (61, D, "whether Kubernetes is overkill for a single small server is not covered"),
    (62, K, (["Container security is complex due to shared kernel vulnerabilities"],
             "VMs isolate workloads more securely")),
    (63, D, "sarcastic 'zero overhead' jab; the article only says containers have less overhead and never describes their own overhead"),
    (64, D, "GPUs / passthrough are not mentioned"),
    (65, D, "Windows container hosts / Docker on Windows are not mentioned"),
    (66, CH, None),
    (67, D, "serverless / Lambda internals are not mentioned"),
    (68, D, "specific hypervisor products are not compared"),
    (69, D, "microVMs / Firecracker are not mentioned"),
]

JUDGEMENT_CALLS = [
    "Follow-ups asking for numbers (how much faster, order of magnitude of start-up, how many more per host, density figures) were dropped: the article is only qualitative.",
    "A container break-out follow-up was kept: the article does not use the word escape but says host OS or container engine vulnerabilities could affect many containers simultaneously.",
    "Asking why a container cannot load its own kernel module was dropped (the article says containers might not support kernel modules easily but gives no reason); asking why a container will not do for an app pinned to an old kernel was kept (shared host kernel plus the kernel-modules/OS-configuration sentence answer it).",
    "Asking for VM-side downsides in a security thread was answered with the management-effort clause of the cloud-security FAQ.",
    "Named products were dropped when the answer would depend on them (VM management suites, hypervisor brands, microVMs, serverless internals, Docker on Windows), but kept when the article's general statement answers it (licensing for proprietary OSes; Kubernetes vs hypervisors).",
    "Recommendation asks for the user's own case were kept when the thread's stated needs map onto the article's own guidance (untrusted or isolation-critical -> VMs; microservices, fast deployment, small team -> containers).",
    "A memory follow-up was kept on the article's general resource-use statements, though memory is not singled out; a memory-vs-CPU follow-up was dropped.",
    "Portability, patching, config drift, bare-metal migration, lift-and-shift effort and stacked overhead of containers-on-VMs are absent from the article, so those follow-ups were dropped.",
    "Sarcastic follow-ups were kept only when the article rebuts the jab (container security) and dropped when it cannot (containers' own overhead).",
    "Most first messages do not start with @bot (the draft was written blind); two first messages are remarks rather than questions (a traffic-spike complaint, a sarcastic opener), the rest are questions about containers vs VMs.",
]


def main():
    with open(os.path.join(HERE, "draft.json"), encoding="utf-8") as f:
        draft = json.load(f)
    idx = [i for i, _, _ in LABELS]
    assert len(idx) == len(set(idx)), "duplicate index in LABELS"
    assert sorted(idx) == list(range(len(draft))), "LABELS must cover every draft index exactly once"
    out = []
    for i, dec, payload in sorted(LABELS, key=lambda t: t[0]):
        item = draft[i]
        assert (dec == CH) == bool(item.get("chatter")), f"chatter mismatch at {i}"
        rec = {"i": i, "q": item["q"], "decision": dec}
        if dec == K:
            rec["expect"], rec["answer"] = payload
        elif dec == D:
            rec["reason"] = payload
        out.append(rec)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"decisions": out, "judgement_calls": JUDGEMENT_CALLS}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    n = {d: sum(1 for r in out if r["decision"] == d) for d in (K, D, CH)}
    print(n)


if __name__ == "__main__":
    main()
