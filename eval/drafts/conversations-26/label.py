#!/usr/bin/env python3
"""Labels for conversations-26 (written after the freeze and after reading the article).
One decision per draft index, in order. Writes labels.json {labels, notes}."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
draft = json.load(open(os.path.join(HERE, "draft.json"), encoding="utf-8"))

OOS = "deliberately out of scope: "
NC = "not covered: "
L = []
def K(i, q, expect, answer): L.append({"index": i, "q": q, "decision": "KEEP", "expect": expect, "answer": answer})
def Dr(i, q, reason): L.append({"index": i, "q": q, "decision": "DROP", "reason": reason})
def C(i, q): L.append({"index": i, "q": q, "decision": "CHATTER"})

K(0, "cool. now again but for my manager who thinks docker is a shipping company",
  ["containers share the host OS kernel, making them lightweight and quick to start",
   "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
  "containers share the host OS kernel")
K(1, "so if that kernel has a bug every container is exposed at once?",
  ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
  "could potentially affect many containers simultaneously")
K(2, "we run a CTF next month and players get a shell in the challenge boxes. containers fine or do we need VMs?",
  ["making it easier to contain security breaches within a single VM without affecting others",
   "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
  "easier to contain security breaches")
C(3, "I've named him Kevin. he is staying")
Dr(4, "how much heavier, like in megabytes of RAM per instance?",
   NC + "the article gives no per-instance memory figures")
Dr(5, "my coworker insists docker on mac is secretly a VM though. is he wrong?",
   NC + "Docker on macOS (and the Linux VM under it) is not discussed")
Dr(6, "multi-stage dockerfile would make mine start even faster right? or does it just make the image smaller",
   OOS + "multi-stage Dockerfile builds and image size")
K(7, "ok and for a legacy Delphi program of our carpet warehouse that only runs on old Windows, which is better?",
  ["VMs are better suited for applications requiring full OS compatibility and stability",
   "better suited for running applications that require specific OS configurations"],
  "requiring full OS compatibility and stability")
K(8, "now the cons pls, same bullet style",
  ["Container security is complex due to shared kernel vulnerabilities",
   "this sharing of the kernel introduces specific security considerations"],
  "due to shared kernel vulnerabilities")
K(9, "our refugee legal-aid charity keeps case files with asylum details. does that push us to VMs?",
  ["This isolation can be particularly valuable for running untrusted or sensitive workloads"],
  "untrusted or sensitive workloads")
K(10, "our uni online judge runs thousands of student submissions a day, should each one get its own VM then? sounds slow",
  ["VMs can be slightly slower to start and consume more resources",
   "particularly valuable for running untrusted or sensitive workloads",
   "your choice depends on balancing the need for speed, security, and resource efficiency"],
  "slightly slower to start")
C(11, "so where do the coffee cups go, they're both")
Dr(12, "and is proxmox or esxi the better one to buy for a small office?",
   OOS + "Proxmox vs ESXi as a hypervisor product")
K(13, "why would microservices prefer containers specifically, what's the reason",
  ["Containers are more resource-efficient and ideal for microservices",
   "making them lightweight and quick to start, ideal for microservices and fast deployment"],
  "more resource-efficient and ideal for microservices")
Dr(14, "does the shared kernel mean I cant run a different linux distro in the container than on the host?",
   NC + "Linux distributions inside containers vs the host are not discussed")
K(15, "lol ok explain it like im five, with a lunchbox or something",
  ["Containers share the host OS kernel, making them lightweight and faster to start",
   "while VMs run separate OS instances for full isolation"],
  "VMs run separate OS instances")
K(16, "like what would that look like in practice, containers inside the VMs?",
  ["When you deploy containers within a VM, container orchestration tools like Kubernetes manage them efficiently",
   "This setup offers flexibility, scalability, and security"],
  "deploy containers within a VM")
K(17, "cheaper how exactly, licences or hardware or both?",
  ["Containers often have simpler licensing because they share the host OS, reducing extra costs",
   "you can run more containers on the same hardware compared to virtual machines"],
  "more containers on the same hardware")
Dr(18, "like zombie processes piling up when my app doesnt reap children, should I add tini?",
   OOS + "PID 1 and zombie reaping inside containers (tini)")
C(19, "only if it lights up")
K(20, "I mostly want jellyfin and a pihole on an old laptop. what would you do",
  ["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"],
  "each require a full OS instance")
Dr(21, "be honest, is that basically true or is it a meme",
   NC + "chroot and how containers are built (namespaces etc.) are not discussed")
Dr(22, "but I read about spectre and meltdown leaking between VMs, so is that isolation real?",
   OOS + "Spectre/Meltdown-style side channels between VMs")
K(23, "why tho? wat is the vm actualy doing during that time",
  ["slower to start and consume more resources because of their heavyweight nature",
   "each VM runs its own complete OS"],
  "because of their heavyweight nature")
Dr(24, "what about a wine shop's cellar stock app with a small postgres, nothing fancy",
   NC + "databases / where to run a small database are not discussed")
K(25, "make that a 2-column table so I can paste it into confluence",
  ["containers share the host OS kernel, making them lightweight and quick to start, ideal for microservices and fast deployment",
   "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
  "stronger isolation but slower startup")
Dr(26, "asking because the ham radio club's APRS igate on a raspberry pi needs to hear udp broadcasts",
   OOS + "bridge vs host network mode for containers")
C(27, "that explains my missing flapjack")
Dr(28, "do we need kubernetes for 3 containers on one box or is that overkill",
   NC + "Kubernetes is only named as an orchestration tool; when it is worth it is not discussed")
K(29, "forgot to say: 14 printers, and I want to manage them all from one server instead of 14 pis",
  ["Containers are more resource-efficient and ideal for microservices",
   "you can run more containers on the same hardware compared to virtual machines"],
  "Containers are more resource-efficient")
K(30, "is he right or is that just hype",
  ["Both technologies have their place",
   "virtual machines serve well in scenarios demanding robust security and compatibility"],
  "Both technologies have their place")
Dr(31, "does pinning vcpus to physical cores fix most of that? we have numa boxes",
   OOS + "vCPU pinning and NUMA placement")
K(32, "so our scout troop's badge tracker, which is a windows-only access database, cant go in a container on the linux nas?",
  ["VMs are also better suited for running applications that require specific OS configurations",
   "Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances"],
  "require specific OS configurations")
K(33, "ugh. so 10 windows VMs = 10 licences?",
  ["VMs typically require individual licenses for each OS instance, increasing expenses",
   "especially with proprietary operating systems or enterprise licenses"],
  "VMs typically require individual licenses")
K(34, "one word answer",
  ["They provide stronger isolation because each VM runs its own complete OS"],
  "They provide stronger isolation")
C(35, "doris has been in there since march, is she safe")
Dr(36, "should i also add a seccomp profile on top of that or is the default fine",
   OOS + "seccomp profiles")
Dr(37, "and if the tenants are just different schools using our tutoring match site, same app same database?",
   NC + "multi-tenancy inside one application and database is not discussed")
K(38, "our robotics team builds the robot code on every push, like 20 min builds, mostly students pushing. which one",
  ["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"],
  "ideal for rapid development, continuous deployment")
Dr(39, "its literally one python file lol",
   NC + "whether a single small script needs a container or VM at all is not discussed")
Dr(40, "overlay2 or btrfs driver, which should we pick on the new host?",
   OOS + "container storage drivers (overlay2 vs others)")
K(41, "each student gets their own notebook server, if that changes anything",
  ["Containers offer rapid deployment and scalability"],
  "Containers offer rapid deployment and scalability")
Dr(42, "would cloud-init fix the clicking around part on first boot?",
   OOS + "cloud-init for VM first boot")
C(43, "walk round via the loading bay till then")
K(44, "weaker how? give me an actual attack scenario",
  ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
   "it could affect other containers"],
  "vulnerabilities in the host OS")
Dr(45, "or is that totally replaced by docker now",
   OOS + "Vagrant for developer VMs")
K(46, "scaling like up to 50 copies during saturday karaoke nights and back to 2 on monday? that kind",
  ["Scalability challenges are easier with containers since they activate quickly and share resources more effectively",
   "leveraging their ability to quickly spin up and shut down"],
  "activate quickly and share resources")
K(47, "we are 2 volunteers at the allotment society, honestly whatever is least work",
  ["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
  "may require more management effort")
Dr(48, "restarted by what? do i need a healthcheck in the dockerfile for that",
   OOS + "container health checks and restart policies")
K(49, "asking for the beekeeping club, the hive scale receiver needs a custom driver",
  ["require specific OS configurations or kernel modules that containers might not support easily"],
  "containers might not support easily")
K(50, "what challenges, list the top three",
  ["Address migration challenges like data transfer and configuration adjustments early",
   "planning your container orchestration strategy, ensuring your applications are compatible"],
  "data transfer and configuration adjustments")
C(51, "hay galletas?")
K(52, "shorter. tweet length",
  ["VMs isolate workloads more securely with separate OSes"],
  "workloads more securely with separate OSes")
K(53, "and a compromised VM, does it put the hypervisor host at risk the same way?",
  ["making it easier to contain security breaches within a single VM without affecting others"],
  "single VM without affecting others")
Dr(54, "would splitting it into VMs or containers help at all?",
   NC + "whether splitting a small payment back-office server helps is not discussed")
Dr(55, "roughly how many more, 2x? 10x?",
   NC + "the article gives no density ratios")
K(56, "we have a java 6 app on centos 5 that nobody dares touch. vm it or container it?",
  ["they excel in environments where stability, compatibility, and security are critical",
   "VMs are better suited for applications requiring full OS compatibility and stability"],
  "stability, compatibility, and security are critical")
Dr(57, "thanks!! one more: which of those matters most for a gliding club's weather station page?",
   NC + "which difference matters for a small club web page is not discussed")
Dr(58, "gigabytes vs megabytes kind of bigger?",
   NC + "image sizes are not given")
C(59, "don't touch it, it's me vs Priya, move 31")
Dr(60, "even if it's only used twice a week? feels like overkill either way",
   NC + "whether a rarely used small site needs either is not discussed")
K(61, "so VM virtualise the hardware and container virtualise the OS, I understand correct?",
  ["Containers and virtual machines differ mainly in architecture",
   "VMs run separate OS instances for full isolation"],
  "differ mainly in architecture")
Dr(62, "we push ~20 Gbit through a firewall VM and virtio is choking",
   OOS + "SR-IOV network card passthrough to VMs")
Dr(63, "vm on the new mac or container? which one has a chance of working",
   NC + "Windows on a Mac and USB device access are not discussed")
K(64, "does that change the answer, security-wise?",
  ["For more secure, isolated environments, VMs excel",
   "particularly valuable for running untrusted or sensitive workloads"],
  "more secure, isolated environments")
K(65, "less corporate please, it's for a meetup talk",
  ["whether quick and flexible or isolated and robust"],
  "quick and flexible")
K(66, "isnt that double overhead? why would anyone do that",
  ["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
   "proper configuration is essential to prevent potential bottlenecks or security issues"],
  "offers flexibility, scalability, and security")
K(67, "would a VM or a container keep it running more reliably?",
  ["if your priority is strong security boundaries and consistent performance, VMs could be your best choice",
   "they excel in environments where stability, compatibility, and security are critical"],
  "strong security boundaries and consistent performance")
K(68, "nice. and less RAM too, or only disk?",
  ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
  "higher resource use")
Dr(69, "tbh i just want backups to be easy",
   NC + "backups are only mentioned as a migration tip; easy backups for a small server are not discussed")

NOTES = [
    "Not covered, dropped: RAM per instance (4), Docker on macOS (5), distros vs host (14), chroot comparison (21), a small database (24), when Kubernetes is worth it (28), multi-tenancy inside one app (37), whether one script needs either (39), splitting a payment back-office box (54), density ratios (55), a club weather page (57), image sizes (58), whether a rarely used site needs either (60), Windows on a Mac over USB (63), easy backups (69).",
    "Weak keeps: an old Windows-only program via full OS compatibility / specific OS configurations (7, 32; the article never mentions Windows); per-submission VMs for an online judge via slower start vs untrusted workloads (10); a home lab via running more containers on the same hardware (20); what a VM does while starting via heavyweight nature and its own complete OS (23); a 3D-print farm on one server via resource efficiency, although USB access to the printers is not covered (29); student CI builds via rapid development and continuous deployment (38); per-student notebook servers via rapid deployment and scalability (41); an attack scenario via shared-kernel vulnerabilities (44, generic only); volunteers via VMs' management effort (47); a kernel driver via kernel modules (49); a legacy Java app via stability and compatibility (56); the user's hardware-vs-OS virtualisation framing via differ mainly in architecture (61; the article does not use that framing); 24/7 reliability via consistent performance and stability (67); RAM vs disk via higher resource use (68; no breakdown by resource).",
]

# checks
assert [l["index"] for l in L] == list(range(len(draft))), "one decision per index, in order"
for l in L:
    d = draft[l["index"]]
    assert l["q"] == d["q"], l["index"]
    assert (l["decision"] == "CHATTER") == bool(d.get("chatter")), l["index"]
ans = [l["answer"] for l in L if l["decision"] == "KEEP"]
assert len(ans) == len(set(ans)), "identical answers"
assert len({a.lower() for a in ans}) == len(ans), "answers identical ignoring case"
out = {"labels": L, "notes": NOTES}
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2, ensure_ascii=False); f.write("\n")
from collections import Counter
print(Counter(l["decision"] for l in L))
