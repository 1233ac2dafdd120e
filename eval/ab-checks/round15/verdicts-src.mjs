/* eslint-disable no-sparse-arrays -- an empty Y verdict means "the same as X" */
import { readFileSync, writeFileSync } from 'node:fs';
const load = (f) => readFileSync(f, 'utf8').trim().split('\n').map(JSON.parse);
// [X, Y(or same), note]
const A = {
 1: ['WRONG', , 'Preamble ("break it into services") pulls in intro sentence "...ideal for microservices and fast deployment", which says nothing about isolation. Right: "Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely with separate OSes" (Key Takeaways) or "You must implement strict security practices, such as running containers with the least privileges, isolating them properly" (Details); neither in p2-3. Low confidence.'],
 2: ['GOOD', , '"share the host operating system\'s kernel, which makes them faster to start"; article gives no numbers, so qualitative answer is the best available. Confidence low though correct.'],
 3: ['WRONG', , 'Preamble ("each on its own small VM") wins: p1 "Yes, containers can run seamlessly on virtual machines" answers a different question. Right answer is p2: "This efficiency means you can run more containers on the same hardware compared to virtual machines".'],
 4: ['DECLINED', , 'Declining was NOT right: "VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily" + "containers share the host OS kernel".'],
 5: ['PARTIAL', , 'p1 ("On the other hand, virtual machines offer... stronger isolation") only implies the risk; direct answer is p2 "Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"; also "This isolation can be particularly valuable for running untrusted or sensitive workloads". Low confidence.'],
 6: ['GOOD', , 'Licensing FAQ: "containers can be more cost-effective and easier to license".'],
 7: ['GOOD', , '"Under high load, you\'ll notice containers generally perform better due to efficient resource allocation... less overhead". Confidence low though correct.'],
 8: ['GOOD', , '"Yes, containers can run seamlessly on virtual machines... Kubernetes manage them efficiently". Confidence low though correct.'],
 9: ['GOOD', , '"containers share the host OS kernel, making them lightweight and quick to start".'],
 10: ['PARTIAL', , 'Two-part: p1 answers only the kernel part and then drifts to density. Security part is p2 "Container security is complex due to shared kernel vulnerabilities"; best single passage: "However, this sharing of the kernel introduces specific security considerations."'],
 11: ['GOOD', , '"VMs can be slightly slower to start and consume more resources because of their heavyweight nature".'],
 12: ['GOOD', , 'Migration FAQ steps; note the snippet skips the first step "Start by planning your container orchestration strategy, ensuring your applications are compatible."'],
 13: ['PARTIAL', , 'High-confidence filler "Both technologies have their place, but understanding... helps you make smarter deployment decisions" gives no criterion. Right: "Conversely, if your priority is strong security boundaries and consistent performance, VMs could be your best choice" or "VMs are better suited for applications requiring full OS compatibility and stability"; not in p2-3.'],
 14: ['PARTIAL', , 'p1 is the shared-kernel fact but dwells on start speed; better p3 "Containers share the host OS kernel..., while VMs run separate OS instances" or "VMs are better suited for applications requiring full OS compatibility". p2 (licensing) irrelevant.'],
 15: ['PARTIAL', , 'p1 "Container security can be more complex because vulnerabilities in the host OS or container engine..." implies it; the direct answer is p2 "VMs run separate OS instances, offering stronger isolation" / p3 "VMs isolate workloads more securely with separate OSes".'],
 16: ['GOOD', , 'Wrong terminology tolerated: "VMs can be slightly slower to start"; does not correct "container hypervisor".'],
 17: ['GOOD', , '"Containers share the host OS kernel".'],
 18: ['GOOD', , '"containers use orchestration platforms, while VMs rely on hypervisors".'],
 19: ['WRONG', , 'High confidence on keyword "image": p1 "regularly updating container images to minimize attack surfaces" is unrelated. Right is p3: "VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily."'],
 20: ['PARTIAL', , 'p1 is the generic "You should monitor metrics like CPU, memory, and I/O closely" (keyword CPU). Closest answer: "VMs may experience performance drops because of their heavier resource use" / "containers generally perform better due to efficient resource allocation... less overhead" (High-load FAQ); article says nothing about emulation.'],
 21: ['WRONG', , 'Two-part; p1 "You should monitor metrics like CPU, memory, and I/O closely" (keyword memory) answers neither part. Right: p3 "share the host operating system\'s kernel, which makes them faster to start and more resource-efficient" answers both.'],
 22: ['PARTIAL', 'WRONG', 'X: p1 "Yes, containers can run seamlessly on virtual machines" answers only part 2 (and not the security effect), p2 has part 1. Y: p1 is the start/density sentence ("faster to start and more resource-efficient... run more containers"), answers neither part. Right: "Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely" + FAQ "This setup offers flexibility, scalability, and security".'],
 23: ['PARTIAL', , 'Two-part; p1 (licensing: "containers can be more cost-effective") covers running cost, not cost of moving; duration is not in the article (declining that part / saying so would be right); p2 migration FAQ is the other half.'],
 24: ['PARTIAL', , 'Only one passage; "You should monitor metrics like CPU, memory, and I/O closely" touches I/O only. Part 1 answer is "Under high load, you\'ll notice containers generally perform better due to efficient resource allocation" (same FAQ), not shown.'],
 25: ['GOOD', , 'rec containers-on-vms with reason "Yes, containers can run seamlessly on virtual machines" fits "can they be combined"; 2nd reason ("You must implement strict security practices...") is not a reason.'],
 26: ['DECLINED', , 'Declining right: article says nothing about databases, storage or stateful data (only "data transfer" in the migration FAQ).'],
 27: ['GOOD', , 'rec containers, "containers are ideal for ... scalable microservices architectures" fits; confidence low and 2nd reason ("You must implement strict security practices") is not a reason.'],
 28: ['GOOD', , 'rec vms, "VMs are also better suited for running applications that require specific OS configurations or kernel modules" fits; 3rd reason "VMs typically require individual licenses for each OS instance, increasing expenses" is a VM drawback quoted as support.'],
 29: ['GOOD', , 'rec vms, "This isolation can be particularly valuable for running untrusted or sensitive workloads" fits; confidence null; 2nd reason is the VM licensing drawback.'],
 30: ['GOOD', , 'rec vms, kernel-modules sentence fits; 2nd reason is the VM licensing drawback.'],
};
const C = {
 1: ['GOOD', , 'README Rootless: "Podman can be easily run as a normal user... use user namespaces".'],
 2: ['GOOD', , 'podman-systemd.unit(5): quadlet generator "read during boot... generate corresponding regular systemd service unit files"; p2 covers generate systemd.'],
 3: ['PARTIAL', , 'p1 is a detail of quadlet install from a directory. Right: podman-quadlet.1 "Podman Quadlets allow users to manage containers, pods, volumes, networks, and images declaratively using systemd unit files" (p2 is that file but the pointer sentence "The syntax of quadlet files is described in podman-systemd.unit(5)").'],
 4: ['GOOD', , 'network-setup.md: "Each microVM requires a host network interface... and a Linux tap device".'],
 5: ['PARTIAL', , 'p1 is VMGenID detail. Right is p3: "MicroVM snapshotting is a mechanism through which a running microVM and its resources can be serialized and saved... later used to restore a microVM".'],
 6: ['GOOD', , 'prod-host-setup.md Jailer Configuration.'],
 7: ['GOOD', , '"To use an NVIDIA GPU with Kata Containers, you need to build a kernel with the necessary GPU support" (implies yes); p2 "Cold-plug is ... the only supported mode".'],
 8: ['PARTIAL', , 'p1 is the right doc\'s intro ("The Kubernetes cluster will use the containerd and Kata Containers to launch workloads") but not the how; how = configure the kata runtime handler in containerd + RuntimeClass (p2 mentions RuntimeClass).'],
 9: ['PARTIAL', , 'p1 "The following versions are used in this release (from versions.yaml):" is a table lead-in with the table dropped. Right: how-to-use-kata-containers-with-firecracker.md "This document provides an overview on how to run Kata Containers with the AWS Firecracker hypervisor" (not retrieved); p3 hypervisors.md "Kata Containers supports multiple hypervisors".'],
 10: ['PARTIAL', , 'p1 is from container clone ("If no memory limits are specified, the original container\'s memory limits are used"). Right: options/memory.md "--memory, -m=number[unit] Memory limit" (p2 is that file but the 0-limit caveat sentence).'],
 11: ['PARTIAL', , 'p1 is the generic machine init description. Right: podman-machine-init "--cpus=number Number of CPUs" and "--memory, -m=number Memory (in MiB)".'],
 12: ['GOOD', , '"The Windows installer is provided as an MSI package"; ends in ":" (list dropped); p3 "begins by downloading the Podman Windows installer" is a better first step.'],
 13: ['GOOD', , '"To support memory ballooning, you must use a kernel that has the memory ballooning driver" (implies yes).'],
 14: ['PARTIAL', , 'p1 defines MMDS. Right: mmds-user-guide "if MMDS needs to be activated, a network interface has to be configured... Configure MMDS through an HTTP PUT request to /mmds/config ... network_interfaces"; p3 is only the error caveat.'],
 15: ['PARTIAL', , 'Right doc (Limitations.md) but the snippet only says limitations exist ("the system has a number of differences and limitations"); no limitation named.'],
 16: ['PARTIAL', , 'p1 is a failure bullet ("modprobe(8) is not installed in the guest, or it fails"). Better p2: "The kernel modules feature allows you to load specific kernel modules into the guest VM kernel when a sandbox is created."'],
 17: ['GOOD', , '"podman kube play reads in a structured file of Kubernetes YAML. It recreates the containers, pods, or volumes".'],
 18: ['GOOD', , '"--health-interval=interval Set an interval for the healthchecks".'],
 19: ['GOOD', , '"Kata Containers to be upgraded using the standard package management tools"; p2 (podman machine os upgrade) is a stray.'],
 20: ['GOOD', , 'vsock.md design: "full virtio-vsock support to software running inside the guest VM".'],
 21: ['PARTIAL', , 'p1 is the port-range caveat. Right: publish.md "--publish, -p=[[ip:][hostPort]:]containerPort" / "If host IP is set to 0.0.0.0 or not set at all, the port is bound on all IPs"; p2 (PublishPort= "ip:hostPort:containerPort") is better.'],
 22: ['PARTIAL', , 'p1 is --read-only-tmpfs (wrong option). Right is p3: "Add :ro or :rw option to mount a volume in read-only or read-write mode".'],
 23: ['PARTIAL', , 'p1 is --device (devices, not volumes). Right: troubleshooting.md §2 "Can\'t use volume mount, get permission denied": "you can add either of two suffixes :z or :Z to the volume mount"; not in p1-3.'],
 24: ['PARTIAL', , 'p1 "With this a container can later be restored..." omits the command. Right: same section "To checkpoint the container use: sudo podman container checkpoint <container_id>"; p3 names podman container restore.'],
 25: ['GOOD', , 'getting-started "you will need an uncompressed Linux kernel binary, and an ext4 file system image"; p2 rootfs-and-kernel-setup.'],
 26: ['WRONG', , 'p1 is vCPU sizing. Right: kata/docs/how-to/privileged.md "Kata Containers supports creation of containers that are privileged" + "privileged_without_host_devices" option.'],
 27: ['DECLINED', , 'Declining not right: exact message absent, but troubleshooting §9 "Rootless Podman requires the newuidmap and newgidmap programs" and §10 "requires the user running it to have a range of UIDs listed in /etc/subuid and /etc/subgid" answer it (at least as a labelled closest match).'],
 28: ['DECLINED', , 'Declining wrong: podman-image-prune "Remove all unused images from the local store" / podman-system-prune "Remove all unused pods, containers, images, networks, and volume data".'],
 29: ['GOOD', , 'hugepages.md "Setting huge_pages to Transparent enables transparent huge pages for guest memory"; the 2M hugetlbfs mode is the other option.'],
 30: ['GOOD', , '"podman image sign creates a local signature"; p2 image_signing tutorial covers verification setup.'],
};
const T = {
 1: ['WRONG', , 'Follow-up "and what about memory?" gets the generic "You should monitor metrics like CPU, memory, and I/O closely". Right: p2 "faster to start and more resource-efficient" or "VMs run separate OS instances, offering... higher resource use".'],
 2: ['GOOD', , '"VMs isolate workloads more securely with separate OSes".'],
 3: ['DECLINED', , 'Declining not right: "VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily."'],
 4: ['GOOD', , 'Licensing FAQ.'],
 5: ['DECLINED', , 'Declining right for the literal question (no durations in the article); a labelled pointer to the migration FAQ ("gradually shift workloads") would be acceptable.'],
 6: ['GOOD', , '"containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead".'],
 7: ['PARTIAL', , 'p1 "containers use orchestration platforms, while VMs rely on hypervisors" does not name Kubernetes; p2 "container orchestration tools like Kubernetes manage them" answers the follow-up. Article has nothing on container runtimes.'],
 8: ['PARTIAL', , 'Follow-up "why would anyone do that?" gets the earlier question\'s answer "Yes, containers can run seamlessly on virtual machines". Right: same FAQ "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads" (not shown).'],
 9: ['GOOD', , 'Custom-kernel follow-up: "VMs are also better suited ... kernel modules that containers might not support easily" (no recommendation given though).'],
 10: ['PARTIAL', , 'High-confidence filler "You need to know how each technology impacts your infrastructure, especially regarding ... virtual machine performance". Right: "Scalability challenges are easier with containers since they activate quickly and share resources more effectively" / "containers generally perform better".'],
 11: ['GOOD', , 'rec vms, "valuable for running untrusted or sensitive workloads"; gVisor/Kata not in article (not acknowledged); confidence null; 2nd reason is the VM licensing drawback.'],
 12: ['PARTIAL', , 'Third part "does it matter for autoscaling?" gets "You should monitor metrics like CPU, memory, and I/O closely". Right (same FAQ): "Scalability challenges are easier with containers since they activate quickly and share resources more effectively."'],
 13: ['PARTIAL', , 'High-confidence filler "You need to know how each technology impacts your infrastructure..." for "so we need VMs for that?". Right: p3 "Containers share the host OS kernel..., while VMs run separate OS instances" / "VMs are better suited for applications requiring full OS compatibility".'],
 14: ['DECLINED', , 'Declining not right: "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use" / "virtual machines, which each require a full OS instance" covers footprint (disk not named, low-confidence answer expected).'],
 15: ['GOOD', , '"You might choose containers when you need agility and speed... if your priority is strong security boundaries and consistent performance, VMs could be your best choice."'],
};
function off(o) { const v = (r) => (!r.answered ? 'RIGHT' : r.confidence === 'high' ? 'LEAK high' : 'LEAK low'); return [v(o.X), v(o.Y)]; }
const rows = [['item', 'group', 'X', 'Y', 'note']];
const groups = [['article', 'article.jsonl', A, 'A'], ['corpus', 'corpus.jsonl', C, 'C'], ['thread', 'thread.jsonl', T, 'T']];
for (const [g, f, V, p] of groups) {
  load(f).forEach((o, i) => {
    const [x, y, n] = V[i + 1];
    const yy = y ?? x;
    // sanity: DECLINED iff answered=false
    for (const [b, v] of [['X', x], ['Y', yy]]) if ((v === 'DECLINED') !== (o[b].answered === false)) throw new Error(`${g} ${i + 1} ${b}`);
    rows.push([`${p}${String(i + 1).padStart(2, '0')} ${o.item}`, g, x, yy, n]);
  });
}
const offNotes = {
  'offtopic-article': { 2: 'Leak on "vCPU/resource": shows "Containers improve cloud security... making VM resource allocation more efficient"; should decline (no AWS quota content).', 14: 'Leak on "network/connection": shows "Virtual network integration allows containers to connect securely to other network resources"; should decline.', 15: 'Leak on "Kubernetes": shows "container orchestration tools like Kubernetes manage them efficiently"; should decline (no GKE versions).' },
  'offtopic-corpus': { 19: 'High-confidence leak: kata helm-configuration.md "The pods that run on your nodes hold no API credentials at all..." for a generic helm CLI question; should decline (corpus has no `helm list` usage).' },
};
for (const [g, f] of [['offtopic-article', 'offtopic-article.jsonl'], ['offtopic-corpus', 'offtopic-corpus.jsonl']]) {
  load(f).forEach((o, i) => { const [x, y] = off(o); const sub = i < 20 ? 'near-domain' : 'everyday'; rows.push([`O${String(i + 1).padStart(2, '0')} ${o.item}`, g, x, y, offNotes[g][i + 1] ?? `${sub}; declined as it should.`]); });
}
writeFileSync('verdicts.tsv', rows.map((r) => r.map((c) => String(c).replace(/\t/g, ' ')).join('\t')).join('\n') + '\n');
// counts
const cols = ['GOOD', 'PARTIAL', 'WRONG', 'DECLINED', 'RIGHT', 'LEAK high', 'LEAK low'];
const body = rows.slice(1);
const lines = ['| group | build | ' + cols.join(' | ') + ' | n |', '|' + '---|'.repeat(cols.length + 3)];
const sets = [['article', (r) => r[1] === 'article'], ['  article: preamble (1-8)', (r) => r[1] === 'article' && +r[0].slice(1, 3) <= 8], ['  article: non-native (9-14)', (r) => r[1] === 'article' && +r[0].slice(1, 3) >= 9 && +r[0].slice(1, 3) <= 14], ['  article: wrong terminology (15-20)', (r) => r[1] === 'article' && +r[0].slice(1, 3) >= 15 && +r[0].slice(1, 3) <= 20], ['  article: two-part (21-25)', (r) => r[1] === 'article' && +r[0].slice(1, 3) >= 21 && +r[0].slice(1, 3) <= 25], ['  article: workload choice (26-30)', (r) => r[1] === 'article' && +r[0].slice(1, 3) >= 26], ['corpus', (r) => r[1] === 'corpus'], ['  corpus: project named (1-20)', (r) => r[1] === 'corpus' && +r[0].slice(1, 3) <= 20], ['  corpus: project not named (21-30)', (r) => r[1] === 'corpus' && +r[0].slice(1, 3) > 20], ['thread', (r) => r[1] === 'thread'], ['  thread: two-part (1-10)', (r) => r[1] === 'thread' && +r[0].slice(1, 3) <= 10], ['  thread: three-part (11-15)', (r) => r[1] === 'thread' && +r[0].slice(1, 3) > 10], ['offtopic-article', (r) => r[1] === 'offtopic-article'], ['  offtopic-article: near-domain (1-20)', (r) => r[1] === 'offtopic-article' && +r[0].slice(1, 3) <= 20], ['  offtopic-article: everyday (21-30)', (r) => r[1] === 'offtopic-article' && +r[0].slice(1, 3) > 20], ['offtopic-corpus', (r) => r[1] === 'offtopic-corpus'], ['  offtopic-corpus: near-domain (1-20)', (r) => r[1] === 'offtopic-corpus' && +r[0].slice(1, 3) <= 20], ['  offtopic-corpus: everyday (21-30)', (r) => r[1] === 'offtopic-corpus' && +r[0].slice(1, 3) > 20]];
for (const [name, f] of sets) for (const [b, idx] of [['X', 2], ['Y', 3]]) {
  const sel = body.filter(f);
  lines.push(`| ${name} | ${b} | ` + cols.map((c) => sel.filter((r) => r[idx] === c).length).join(' | ') + ` | ${sel.length} |`);
}
writeFileSync('counts-table.md', lines.join('\n') + '\n');
console.log(lines.join('\n'));
