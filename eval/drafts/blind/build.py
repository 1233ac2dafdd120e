import json, random, re, os
drafts = open('/work/blind/drafts.txt').read()
Q = {m.group(1): m.group(2) for m in re.finditer(r'^([abc]\d\d): (.*)$', drafts, re.M)}
art = open('/work/shared/seed/containers-vs-vms.txt').read().lower()
CORPUS = '/work/shared/corpus'

seed_keep = {
 'a01': (["share the host OS kernel, making them lightweight", "slower startup and higher resource use"], "lightweight and quick to start"),
 'a02': (["leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 'a03': (["containers can be more cost-effective and easier to license", "Containers are more resource-efficient and ideal for microservices"], "containers can be more cost-effective"),
 'a04': (["share the host OS kernel, making them lightweight", "could potentially affect many containers simultaneously"], "making them lightweight and faster to start"),
 'a05': (["VMs are better suited for applications requiring full OS compatibility"], "applications requiring full OS compatibility"),
 'a06': (["provide stronger isolation because each VM runs", "Container security is complex due to shared kernel vulnerabilities"], "VMs isolate workloads more securely"),
 'a07': (["Container security is complex due to shared kernel vulnerabilities", "running containers with the least privileges"], "could potentially affect many containers simultaneously"),
 'a08': (["VMs rely on hypervisors for managing resources and security", "crucial role in optimizing resource management and security"], "hypervisors for managing resources and security"),
 'a10': (["run more containers on the same hardware", "which each require a full OS instance"], "run more containers on the same hardware"),
 'a11': (["containers generally perform better due to efficient resource allocation", "VMs may experience performance drops"], "containers generally perform better"),
 'a12': (["For more secure, isolated environments, VMs excel", "valuable for running untrusted or sensitive workloads"], "For more secure, isolated environments, VMs excel"),
 'a13': (["specific OS configurations or kernel modules", "kernel modules that containers might not support easily"], "containers might not support easily"),
 'a14': (["containers can run seamlessly on virtual machines", "proper configuration is essential to prevent potential bottlenecks"], "containers can run seamlessly on virtual machines"),
 'a15': (["Start by planning your container orchestration strategy", "Test thoroughly in staging environments"], "planning your container orchestration strategy"),
 'a16': (["Containers often have simpler licensing because they share", "VMs typically require individual licenses for each OS instance"], "Containers often have simpler licensing"),
 'a18': (["may require more management effort", "regularly updating container images to minimize attack surfaces"], "may require more management effort"),
 'a23': (["valuable for running untrusted or sensitive workloads", "easier to contain security breaches within a single VM"], "running untrusted or sensitive workloads"),
 'a24': (["which each require a full OS instance", "each VM runs its own complete OS"], "each require a full OS instance"),
 'a31': (["containers use orchestration platforms, while VMs rely on hypervisors"], "containers use orchestration platforms"),
 'a35': (["Containers and virtual machines differ mainly in architecture", "containers share the host OS kernel"], "differ mainly in architecture"),
 'a37': (["Scalability challenges are easier with containers", "allowing faster scaling and less overhead"], "easier with containers since they activate quickly"),
 'a40': (["ideal for microservices and fast deployment", "continuous deployment, and scalable microservices architectures"], "ideal for microservices and fast deployment"),
}
P='podman/docs/source/markdown/'
corpus_keep = {
 'c01': [P+'podman-cp.1.md'],
 'c02': ['podman/rootless.md', 'podman/troubleshooting.md'],
 'c03': [P+'podman-kube-generate.1.md'],
 'c04': [P+'podman-machine.1.md', 'podman/docs/tutorials/mac_win_client.md', P+'podman-machine-init.1.md.in'],
 'c05': [P+'podman-quadlet-basic-usage.7.md', P+'podman-systemd.unit.5.md'],
 'c06': [P+'podman-auto-update.1.md.in'],
 'c07': [P+'podman-container-checkpoint.1.md', P+'podman-container-restore.1.md'],
 'c08': ['firecracker/docs/network-setup.md'],
 'c09': ['firecracker/docs/jailer.md'],
 'c10': ['firecracker/docs/snapshotting/snapshot-support.md'],
 'c11': ['firecracker/docs/rootfs-and-kernel-setup.md'],
 'c12': ['firecracker/docs/ballooning.md'],
 'c13': ['firecracker/docs/mmds/mmds-user-guide.md', 'firecracker/docs/mmds/mmds-design.md'],
 'c14': ['kata/docs/how-to/containerd-kata.md', 'kata/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md'],
 'c15': ['kata/docs/Limitations.md'],
 'c16': ['kata/docs/hypervisors.md'],
 'c17': ['kata/docs/use-cases/GPU-passthrough-and-Kata.md', 'kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md'],
 'c18': ['kata/docs/design/architecture/networking.md'],
 'c19': ['kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md', 'kata/docs/how-to/what-is-vm-cache-and-how-do-I-use-it.md'],
 'c20': [P+'options/health-on-failure.md', P+'podman-run.1.md.in'],
}
off_drop = {'b08'}

errs = []
seed = []
for k, (exp, ans) in seed_keep.items():
    for p in exp:
        n = len(p.split())
        if not (4 <= n <= 10): errs.append(f'{k} expect len {n}: {p}')
        if p.lower() not in art: errs.append(f'{k} expect not verbatim: {p}')
    n = len(ans.split())
    if not (3 <= n <= 8): errs.append(f'{k} answer len {n}')
    if ans.lower() not in art: errs.append(f'{k} answer not verbatim: {ans}')
    seed.append({'q': Q[k], 'expect': exp, 'answer': ans})
corpus = []
for k, srcs in corpus_keep.items():
    for s in srcs:
        if not os.path.isfile(os.path.join(CORPUS, s)): errs.append(f'{k} missing {s}')
    corpus.append({'q': Q[k], 'expectSource': srcs})
off = [Q[k] for k in sorted(Q) if k.startswith('b') and k not in off_drop]

for lst in (seed, corpus, off):
    random.Random(11).shuffle(lst)  # fresh Random(11) per list
out = {'seed': seed, 'corpus': corpus, 'offtopic': off}
assert not errs, errs
with open('/work/blind/heldout-blind.json', 'w') as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
d = json.load(open('/work/blind/heldout-blind.json'))
print({k: len(v) for k, v in d.items()})
