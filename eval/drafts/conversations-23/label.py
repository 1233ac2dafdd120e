#!/usr/bin/env python3
"""Label the frozen draft (conversations-23): one decision per index, in order.
q is retyped and asserted equal to the draft; CHATTER asserted == draft chatter flag;
no two KEEPs share an identical answer."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))

OOS = "deliberately out of scope: "
NC = "not covered: "
L = []
def K(i, q, expect, answer): L.append({"index": i, "q": q, "decision": "KEEP", "expect": expect, "answer": answer})
def D(i, q, reason): L.append({"index": i, "q": q, "decision": "DROP", "reason": reason})
def C(i, q): L.append({"index": i, "q": q, "decision": "CHATTER"})

K(0, "so which of the two eats more ram, roughly",
  ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use",
   "Containers are more resource-efficient and ideal for microservices"],
  "higher resource use")
K(1, "we got one old server in the back room. whats the lighter option for that",
  ["This efficiency means you can run more containers on the same hardware compared to virtual machines",
   "Containers, by design, are lightweight and share the host operating"],
  "more containers on the same hardware")
D(2, "and rootless podman, does the user namespace remapping close that gap or nah",
  OOS + "rootless containers / user-namespace remapping are not in the article")
C(3, "sorry to hijack - whoever microwaved fish at 12, the whole 2nd floor knows")
K(4, "so is because VM must boot whole operating system each time? i understand correct?",
  ["VMs can be slightly slower to start and consume more resources because of their heavyweight nature",
   "They provide stronger isolation because each VM runs its own complete OS"],
  "slightly slower to start")
K(5, "oh sure, 'more secure', that's why our pentester laughed at us. which one actually isolates better",
  ["VMs isolate workloads more securely with separate OSes",
   "They provide stronger isolation because each VM runs its own complete OS"],
  "VMs isolate workloads more securely")
D(6, "my tech lead keeps saying containers are 'just chroot on steroids'. is that fair",
  NC + "the article never describes the mechanism behind containers (chroot, namespaces, processes), so it cannot judge the description")
K(7, "given it needs its own driver n old windows, VM or container for this one?",
  ["VMs are also better suited for running applications that require specific OS configurations or kernel modules",
   "VMs are better suited for applications requiring full OS compatibility"],
  "specific OS configurations or kernel modules")
D(8, "does memory ballooning in the hypervisor fix that, like can the host reclaim unused ram from guests",
  OOS + "memory ballooning is not in the article")
K(9, "speed only. go.",
  ["Containers share the host OS kernel, making them lightweight and faster to start",
   "You might choose containers when you need agility and speed"],
  "lightweight and faster to start")
K(10, "put it in a table pls, 3 rows max",
  ["containers share the host OS kernel, making them lightweight and quick to start",
   "VMs run separate OS instances, offering stronger isolation but slower startup"],
  "offering stronger isolation but slower startup")
C(11, "my standing desk is stuck at full height again, anyone know the reset button combo")
K(12, "disagree, we had a VM escape CVE in our hypervisor last year. isn't isolation just as leaky on both",
  ["Container security is complex due to shared kernel vulnerabilities",
   "whereas VMs isolate workloads more securely with separate OSes"],
  "shared kernel vulnerabilities")
K(13, "so for those two spike days, which one scales up quicker",
  ["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead",
   "Scalability challenges are easier with containers since they activate quickly"],
  "allowing faster scaling and less overhead")
K(14, "so if i run an alpine container on an ubuntu host, whose kernel is it actually running on",
  ["Containers, by design, are lightweight and share the host operating",
   "Containers share the host OS kernel, making them lightweight"],
  "share the host operating system")
K(15, "ok and the advantages of VMs, same length please",
  ["VMs provide stronger security boundaries with complete OS environments",
   "VMs are better suited for applications requiring full OS compatibility and stability"],
  "stronger security boundaries")
K(16, "thx that helped. different q: can a container run a different OS than the host?",
  ["Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances for full isolation"],
  "separate OS instances for full isolation")
D(17, "nested virt - can i run KVM inside one of those VMs for a test lab, and what's the perf hit",
  OOS + "nested virtualization is not in the article")
K(18, "given we're broke, which is cheaper to run",
  ["This means containers can be more cost-effective and easier to license",
   "Containers are more resource-efficient and ideal for microservices"],
  "more cost-effective and easier to license")
C(19, "team photo for the website is tomorrow 10am, wear something without a logo pls")
K(20, "waht about if one conatiner gets hacked, can it reach the others on same host",
  ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
   "it could affect other containers"],
  "could affect other containers")
K(21, "our app is from 2009, very old, run only on windows server 2003. container can do this or must be VM?",
  ["VMs are better suited for applications requiring full OS compatibility and stability",
   "VMs are also better suited for running applications that require specific OS configurations"],
  "full OS compatibility and stability")
K(22, "container?",
  ["You might choose containers when you need agility and speed",
   "leveraging their ability to quickly spin up and shut down"],
  "quickly spin up and shut down")
D(23, "someone at a meetup said VMs are 'more portable because you just copy the disk image'. true?",
  NC + "the article never discusses portability or disk images")
K(24, "the box has 1GB ram. does that rule out VMs",
  ["VMs can be slightly slower to start and consume more resources because of their heavyweight nature",
   "compared to virtual machines, which each require a full OS instance"],
  "because of their heavyweight nature")
D(25, "do VM snapshots quiesce postgres properly or do i need fsfreeze / pre-snapshot hooks",
  OOS + "VM snapshots and database quiescing are not in the article")
K(26, "now as a one-line analogy, no jargon, for a bakery owner",
  ["containers share the host OS kernel, making them lightweight and quick to start",
   "VMs run separate OS instances, offering stronger isolation"],
  "differ mainly in architecture")
C(27, "whiteboard markers in room B are all dead, who has the good ones")
D(28, "so that means a container image is smaller than a VM image by a lot, right? like MBs vs GBs",
  NC + "the article gives no image or disk sizes; it only says containers are lightweight")
K(29, "yes let's containerise the 15-year-old ERP that needs a kernel module, what could go wrong. seriously, when should we NOT",
  ["require specific OS configurations or kernel modules that containers might not support easily",
   "ensuring your applications are compatible"],
  "that containers might not support easily")
K(30, "parsing random uploads from strangers - container enough or VM",
  ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
   "making it easier to contain security breaches within a single VM without affecting others"],
  "running untrusted or sensitive workloads")
K(31, "cheers. and is there one under containers too, or no",
  ["Deployment tools differ: containers use orchestration platforms, while VMs rely on hypervisors",
   "Yes, containers can run seamlessly on virtual machines"],
  "containers use orchestration platforms")
D(32, "our json-file logs filled the disk, how do I set up log rotation for docker",
  OOS + "container log rotation is not in the article")
D(33, "not in my experience, our java container takes 90s to be ready. so that claim is a bit marketing no?",
  NC + "the article only says containers start faster; it never separates container start from application warm-up")
D(34, "would containers make it harder or easier to run on those 2 laptops",
  NC + "running offline on two laptops and the operational effort of containers there are not discussed")
C(35, "bake sale for the kids' hospital on friday, brownies go fast, get there early")
K(36, "just the cons, as bullets",
  ["VMs can be slightly slower to start and consume more resources",
   "VMs typically require individual licenses for each OS instance, increasing expenses",
   "VMs provide stronger isolation through dedicated resources, but may require more management effort"],
  "may require more management effort")
K(37, "for customer bank data, which you choose?",
  ["if your priority is strong security boundaries and consistent performance, VMs could be your best choice",
   "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
  "VMs could be your best choice")
D(38, "how do i make one image work on both arm64 and amd64, is buildx the way",
  OOS + "multi-arch images / buildx are not in the article")
D(39, "read on reddit that containers have basically zero overhead vs bare metal. legit?",
  NC + "the article compares containers with VMs only, never with bare metal")
K(40, "so patching is N times the work with VMs? like each one needs its own updates",
  ["compared to virtual machines, which each require a full OS instance",
   "VMs provide stronger isolation through dedicated resources, but may require more management effort"],
  "each require a full OS instance")
K(41, "for something idle 360 days a year, which makes more sense",
  ["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"],
  "when you need agility and speed")
K(42, "flip it: when is a VM the right call",
  ["virtual machines serve well in scenarios demanding robust security and compatibility",
   "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
  "demanding robust security and compatibility")
C(43, "anyone else hearing the jackhammer next door or is it just in my head at this point")
K(44, "so conatiners dont have there own kernel at all??",
  ["Containers share the host OS kernel, making them lightweight",
   "this sharing of the kernel introduces specific security considerations"],
  "share the host OS kernel")
D(45, "should we enable hugepages for the guests, and how",
  OOS + "hugepages are not in the article")
K(46, "custom kernel module on the controller box - does that push us to VMs?",
  ["VMs are also better suited for running applications that require specific OS configurations or kernel modules"],
  "VMs are also better suited")
K(47, "ah yes, VMs are dead, tell that to every cloud provider. do people actually run containers inside VMs?",
  ["Yes, containers can run seamlessly on virtual machines",
   "When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently"],
  "can run seamlessly on virtual machines")
K(48, "manager version: 2 sentences, no acronyms",
  ["They provide stronger isolation because each VM runs its own complete OS",
   "making it easier to contain security breaches within a single VM without affecting others",
   "Container security is complex due to shared kernel vulnerabilities"],
  "easier to contain security breaches")
K(49, "eh, we've run multi-tenant on plain containers for 3 years, no incidents. overkill?",
  ["Container security can be more complex because vulnerabilities in the host OS or container engine",
   "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
  "Container security can be more complex")
D(50, "hitting docker hub pull rate limits, should we run a registry mirror",
  OOS + "registry rate limits and mirrors are not in the article")
C(51, "found someone's airpods case in the 3rd floor loo, it's at reception now")
K(52, "if that one server's kernel has a bug, what gets hit with containers vs vms",
  ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
   "making it easier to contain security breaches within a single VM without affecting others"],
  "potentially affect many containers simultaneously")
K(53, "ta. and which one is better for running lots of small services on one box",
  ["lightweight and quick to start, ideal for microservices and fast deployment",
   "Containers are more resource-efficient and ideal for microservices"],
  "ideal for microservices and fast deployment")
D(54, "database in container is good idea or better keep in VM? it is our most important system",
  NC + "stateful workloads / databases are not discussed")
K(55, "so a linux host can't run a windows container then, logically?",
  ["Containers share the host OS kernel, making them lightweight and faster to start",
   "VMs run separate OS instances, offering stronger isolation"],
  "Containers share the host OS kernel")
D(56, "are the virtio drivers worth it over the emulated e1000 nic and ide disk",
  OOS + "virtio vs emulated devices is not in the article")
K(57, "random github plugins from members - isolate with containers or VMs?",
  ["This isolation can be particularly valuable for running untrusted or sensitive workloads",
   "making it easier to contain security breaches within a single VM"],
  "This isolation can be particularly valuable")
K(58, "cheapest. one word.",
  ["Containers often have simpler licensing because they share the host OS, reducing extra costs",
   "Containers are more resource-efficient and ideal for microservices"],
  "Containers often have simpler licensing")
C(59, "reminder it's ugly sweater day thursday, prize for the worst one")
K(60, "our cloud rep said VMs give you 'full OS compatibility' - what does that even mean in practice",
  ["they excel in environments where stability, compatibility, and security are critical",
   "require specific OS configurations or kernel modules that containers might not support easily"],
  "stability, compatibility, and security are critical")
D(61, "what about unikernels, like MirageOS, where do they fit",
  OOS + "unikernels are not in the article")
K(62, "we need it up fast on the day and gone after - containers?",
  ["imagine deploying a new app quickly using containers",
   "Containers offer lightweight, rapid deployment, perfect for dynamic environments"],
  "deploying a new app quickly")
K(63, "efficient how? we run 3 big VMs at 80% util, can't see containers doing better. what's the actual argument",
  ["This efficiency means you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance",
   "Containers are more resource-efficient and ideal for microservices"],
  "Containers are more resource-efficient")
D(64, "thin vs thick provisioning for the VM disks, which one and what are the risks",
  OOS + "VM disk provisioning is not in the article")
D(65, "would you put the bot and the booking site in separate VMs or just containers",
  NC + "nothing in the article decides how to split two small apps; no untrusted, OS-specific or load need is stated")
D(66, "namespace and cgroup is same thing or different? confuse",
  NC + "namespaces and cgroups are never mentioned")
D(67, "can eBPF tools like bpftrace see inside every container from the host",
  OOS + "eBPF tracing is not in the article")
K(68, "so a crash in one VM's kernel wouldnt take down the others? just checking i get it",
  ["making it easier to contain security breaches within a single VM without affecting others",
   "VMs run separate OS instances for full isolation"],
  "without affecting others")
K(69, "short answer: docker or a VM for the old windows scoring program on that pc",
  ["VMs run separate OS instances, offering stronger isolation",
   "Containers share the host OS kernel, making them lightweight"],
  "VMs run separate OS instances")

notes = [
    "Not covered, dropped: chroot description of containers (6), portability via disk images (23), image sizes (28), container start vs app warm-up (33), offline laptops (34), bare-metal overhead (39), databases (54), how to split two small apps (65), namespaces vs cgroups (66).",
    "Weak keeps: hypervisor-escape disagreement answered by the shared-kernel takeaway (12), different OS / Windows-on-Linux as inferences from the shared kernel (16, 55, 69), 1GB box via heavier VMs without numbers (24), bakery analogy via the core difference (26), patching per VM via a full OS each plus management effort (40), a rarely used results page via spin up/shut down (41), a VM kernel crash via contained breaches (68).",
    "21 and 69 (old Windows apps) and 7, 29, 46, 60 (OS configurations / kernel modules) rest on the same few sentences; answers differ.",
]

# checks
assert [l["index"] for l in L] == list(range(len(draft))), "one decision per index, in order"
for l in L:
    d = draft[l["index"]]
    assert l["q"] == d["q"], (l["index"], l["q"], d["q"])
    assert (l["decision"] == "CHATTER") == bool(d.get("chatter")), l["index"]
answers = [l["answer"] for l in L if l["decision"] == "KEEP"]
assert len(answers) == len(set(answers)), "duplicate KEEP answer"
json.dump({"labels": L, "notes": notes}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=2)
from collections import Counter
c = Counter(l["decision"] for l in L)
multi = lambda dec: sum(1 for l in L if l["decision"] == dec and len(draft[l["index"]]["context"]) >= 2)
print(dict(c), {k: multi(k) for k in c}, "oos:", sum(1 for l in L if l.get("reason", "").startswith(OOS)))
