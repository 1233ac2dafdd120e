import json, re, random, os
P1 = open('/work/qset-ops/drafts/phase1.txt').read().splitlines()
Q = {}
for l in P1:
    m = re.match(r'^([CSO]\d\d) (.*)$', l)
    if m: Q[m.group(1)] = m.group(2)
art = open('/work/main/knowledge/containers-vs-vms.md').read()
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
A = norm(art)
M = 'podman/docs/source/markdown/'; O = M + 'options/'; F = 'firecracker/docs/'; K = 'kata/docs/'
corpus = {
 'C01': [M+'podman-cp.1.md'],
 'C02': ['podman/rootless.md', 'podman/troubleshooting.md'],
 'C03': [M+'podman-auto-update.1.md.in', M+'podman-systemd.unit.5.md', M+'podman-container.unit.5.md.in'],
 'C04': [M+'podman-kube-generate.1.md', M+'podman-kube-apply.1.md'],
 'C05': [M+'podman-quadlet-basic-usage.7.md', M+'podman-systemd.unit.5.md', M+'podman-container.unit.5.md.in'],
 'C06': [M+'podman-machine-set.1.md.in', M+'podman-machine-init.1.md.in'],
 'C07': [M+'podman-build.1.md.in', M+'podman-farm-build.1.md.in'],
 'C08': [M+'podman-compose.1.md.in'],
 'C09': [O+'health-on-failure.md', O+'health-cmd.md', M+'podman-healthcheck.1.md', M+'podman-systemd.unit.5.md'],
 'C10': [M+'podman-system-prune.1.md'],
 'C11': [M+'podman-container-checkpoint.1.md', M+'podman-container-restore.1.md'],
 'C12': [O+'memory.md', O+'cpus.container.md', M+'podman-update.1.md.in'],
 'C13': [M+'podman-secret-create.1.md', O+'secret.md'],
 'C14': ['podman/docs/tutorials/remote_client.md', M+'podman-system-connection-add.1.md', M+'podman-remote.1.md', 'podman/docs/tutorials/mac_win_client.md'],
 'C15': ['podman/docs/tutorials/basic_networking.md', M+'podman-pod-create.1.md.in'],
 'C16': ['podman/troubleshooting.md', M+'podman-system-migrate.1.md'],
 'C17': ['podman/docs/tutorials/podman-for-windows.md'],
 'C18': [M+'podman-stats.1.md.in'],
 'C19': [M+'podman-exec.1.md.in', O+'user.md'],
 'C20': [F+'network-setup.md', F+'getting-started.md'],
 'C21': [F+'jailer.md', F+'prod-host-setup.md', F+'design.md'],
 'C22': [F+'snapshotting/snapshot-support.md', F+'snapshotting/versioning.md'],
 'C23': [F+'ballooning.md'],
 'C24': [F+'mmds/mmds-user-guide.md', F+'mmds/mmds-design.md'],
 'C25': [F+'rootfs-and-kernel-setup.md', F+'getting-started.md'],
 'C26': [F+'vsock.md'],
 'C27': [F+'gdb-debugging.md'],
 'C28': [F+'prod-host-setup.md'],
 'C29': [F+'snapshotting/random-for-clones.md', F+'snapshotting/network-for-clones.md'],
 'C30': [F+'logger.md', F+'metrics.md'],
 'C31': [K+'how-to/containerd-kata.md', K+'how-to/how-to-use-k8s-with-containerd-and-kata.md', K+'install/container-manager/containerd/containerd-install.md'],
 'C32': [K+'how-to/how-to-use-kata-containers-with-firecracker.md', K+'hypervisors.md'],
 'C33': [K+'hypervisors.md', K+'design/virtualization.md'],
 'C34': [K+'Limitations.md'],
 'C35': [K+'use-cases/GPU-passthrough-and-Kata.md', K+'use-cases/NVIDIA-GPU-passthrough-and-Kata.md', K+'use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md'],
 'C36': [K+'how-to/what-is-vm-templating-and-how-do-I-use-it.md', K+'how-to/what-is-vm-cache-and-how-do-I-use-it.md', K+'how-to/how-to-use-template-in-runtime-rs.md'],
 'C37': [K+'Developer-Guide.md'],
 'C38': [K+'how-to/how-to-use-sysctls-with-kata.md'],
 'C39': [K+'how-to/privileged.md'],
 'C40': [K+'how-to/how-to-load-kernel-modules-with-kata.md'],
}
seed = {
 'S01': (["Container security can be more complex because vulnerabilities in the host OS", "VMs provide stronger security boundaries with complete OS environments"], "shared kernel vulnerabilities"),
 'S02': (["share the host OS kernel, making them lightweight and faster to start"], "share the host OS kernel"),
 'S04': (["this sharing of the kernel introduces specific security considerations", "containers share the host OS kernel, making them lightweight"], "share the host OS kernel"),
 'S05': (["Address migration challenges like data transfer and configuration adjustments early", "Start by planning your container orchestration strategy"], "data transfer and configuration adjustments"),
 'S06': (["containers can be more cost-effective and easier to license", "you can run more containers on the same hardware"], "containers can be more cost-effective"),
 'S07': (["run more containers on the same hardware compared to virtual machines"], "run more containers on the same hardware"),
 'S08': (["containers use orchestration platforms, while VMs rely on hypervisors"], "VMs rely on hypervisors"),
 'S09': (["Containers often have simpler licensing because they share the host OS", "VMs typically require individual licenses for each OS instance"], "simpler licensing because they share the host OS"),
 'S10': (["if your priority is strong security boundaries and consistent performance", "For more secure, isolated environments, VMs excel"], "strong security boundaries and consistent performance"),
 'S11': (["containers use orchestration platforms, while VMs rely on hypervisors", "virtual machines often utilize hypervisors"], "VMs rely on hypervisors"),
 'S12': (["vulnerabilities in the host OS or container engine", "running containers with the least privileges, isolating them properly"], "host OS or container engine"),
 'S15': (["containers generally perform better due to efficient resource allocation"], "allowing faster scaling and less overhead"),
 'S17': (["particularly valuable for running untrusted or sensitive workloads"], "running untrusted or sensitive workloads"),
 'S18': (["Yes, containers can run seamlessly on virtual machines."], "containers can run seamlessly on virtual machines"),
 'S19': (["virtual machines, which each require a full OS instance", "Containers share the host OS kernel, making them lightweight"], "share the host OS kernel"),
 'S23': (["specific OS configurations or kernel modules that containers might not support easily"], "kernel modules that containers might not support"),
 'S29': (["VMs provide stronger isolation through dedicated resources"], "stronger isolation through dedicated resources"),
 'S30': (["Containers and virtual machines differ mainly in architecture", "VMs run separate OS instances, offering stronger isolation but slower startup"], "containers share the host OS kernel"),
}
seed_drop = {
 'S03': 'article does not discuss Windows containers on Linux hosts',
 'S13': 'article does not discuss databases/stateful workloads',
 'S14': 'article does not mention microVMs, gVisor, Kata or hybrid options',
 'S16': 'article does not compare image sizes',
 'S20': 'article only mentions updating container images; no patching comparison with VMs',
 'S21': 'article does not mention compliance/PCI',
 'S22': 'article does not discuss cloud portability',
 'S24': 'article does not compare networking (only mentions virtual network integration for containers on VMs)',
 'S25': 'article does not discuss live migration',
 'S26': 'article does not compare monitoring/logging (only says monitor CPU/mem/IO under load)',
 'S27': 'article does not discuss dev-environment consistency',
 'S28': 'article gives no boot-time figures (only qualitative "slower to start")',
}
off = ['O%02d' % i for i in range(1, 41)]
# validate
errs = []
for k,(ex,ans) in seed.items():
    for p in ex:
        n = len(p.split())
        if not (5 <= n <= 12): errs.append((k,'expect len',n,p))
        if norm(p) not in A: errs.append((k,'expect missing',p))
    n = len(ans.split())
    if not (3 <= n <= 8): errs.append((k,'answer len',n,ans))
    if norm(ans) not in A: errs.append((k,'answer missing',ans))
for k,fs in corpus.items():
    for f in fs:
        if not os.path.isfile('/work/shared/corpus/'+f): errs.append((k,'nofile',f))
assert set(seed)|set(seed_drop) == {k for k in Q if k[0]=='S'} and not set(seed)&set(seed_drop)
assert set(corpus) == {k for k in Q if k[0]=='C'}
if errs:
    for e in errs: print(e)
    raise SystemExit(1)
S = [{'q': Q[k], 'expect': seed[k][0], 'answer': seed[k][1]} for k in sorted(seed)]
C = [{'q': Q[k], 'expectSource': corpus[k]} for k in sorted(corpus)]
OT = [Q[k] for k in off]
r = random.Random(11)
r.shuffle(S); r.shuffle(C); r.shuffle(OT)
json.dump({'seed': S, 'corpus': C, 'offtopic': OT}, open('/work/qset-ops/heldout-ops.json','w'), indent=2, ensure_ascii=False)
with open('/work/qset-ops/dropped.txt','w') as f:
    f.write('# Dropped questions (phase-1 id, text, reason)\n')
    for k in sorted(seed_drop): f.write(f'{k}\t{Q[k]}\t{seed_drop[k]}\n')
    f.write('# corpus: none dropped (every corpus question had at least one answering file)\n')
    f.write('# offtopic: none dropped (no key terms answered by corpus or article)\n')
print(len(S), len(C), len(OT), len(seed_drop))
