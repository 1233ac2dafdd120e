#!/usr/bin/env python3
"""Build heldout-near.json from the frozen phase1.txt plus phase-2 labels.

Question text is always read verbatim from phase1.txt by ID (never retyped here).
Labels: SEED (article phrases), CORPUS (source paths), DROPPED (id -> reason).
Off-topic questions not listed in DROPPED are kept.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "heldout-near.json")
PHASE1 = os.path.join(HERE, "phase1.txt")
ARTICLE = "/work/main/knowledge/containers-vs-vms.md"
CORPUS_ROOT = "/work/shared/corpus"

# ---- seed labels: id -> (expect phrases, answer phrase), all verbatim from the article
SEED = {
 "S01": (["This isolation can be particularly valuable for running untrusted or sensitive workloads",
          "VMs provide stronger security boundaries with complete OS environments"],
         "running untrusted or sensitive workloads"),
 "S02": (["Containers share the host OS kernel, making them lightweight",
          "VMs run separate OS instances for full isolation"],
         "containers share the host OS kernel"),
 "S03": (["Containers share the host OS kernel, making them lightweight"],
         "share the host OS kernel"),
 "S04": (["VMs can be slightly slower to start and consume more resources",
          "share the host OS kernel, making them lightweight and quick to start"],
         "because of their heavyweight nature"),
 "S05": (["better suited for running applications that require specific OS configurations",
          "VMs are better suited for applications requiring full OS compatibility"],
         "require specific OS configurations"),
 "S07": (["containers generally perform better due to efficient resource allocation",
          "VMs may experience performance drops because of their heavier resource use"],
         "containers generally perform better"),
 "S10": (["Yes, containers can run seamlessly on virtual machines",
          "proper configuration is essential to prevent potential bottlenecks or security issues"],
         "containers can run seamlessly on virtual machines"),
 "S11": (["VMs typically require individual licenses for each OS instance, increasing expenses",
          "Containers often have simpler licensing because they share the host OS"],
         "containers can be more cost-effective"),
 "S12": (["Start by planning your container orchestration strategy",
          "Test thoroughly in staging environments, then gradually shift workloads"],
         "planning your container orchestration strategy"),
 "S13": (["host OS or container engine could potentially affect many containers",
          "running containers with the least privileges, isolating them properly"],
         "affect many containers simultaneously"),
 "S16": (["Containers share the host OS kernel, making them lightweight",
          "virtual machines, which each require a full OS instance"],
         "share the host OS kernel"),
 "S17": (["Scalability challenges are easier with containers since they activate quickly",
          "heavier resource use and longer startup times"],
         "they activate quickly"),
 "S18": (["while VMs rely on hypervisors for managing resources and security"],
         "VMs rely on hypervisors"),
 "S20": (["better suited for running applications that require specific OS configurations",
          "particularly valuable for running untrusted or sensitive workloads"],
         "strong security boundaries and consistent performance"),
 "S27": (["VMs isolate workloads more securely with separate OSes",
          "Container security is complex due to shared kernel vulnerabilities"],
         "VMs isolate workloads more securely"),
 "S28": (["This setup offers flexibility, scalability, and security",
          "making it ideal for dynamic workloads"],
         "flexibility, scalability, and security"),
 "S34": (["Both technologies have their place",
          "depends on balancing the need for speed, security, and resource efficiency"],
         "Both technologies have their place"),
 "S36": (["particularly valuable for running untrusted or sensitive workloads",
          "easier to contain security breaches within a single VM"],
         "running untrusted or sensitive workloads"),
 "S37": (["you can run more containers on the same hardware",
          "containers can be more cost-effective and easier to license"],
         "containers can be more cost-effective"),
 "S38": (["host OS or container engine could potentially affect many containers",
          "Container security is complex due to shared kernel vulnerabilities"],
         "affect many containers simultaneously"),
 "S39": (["host OS or container engine could potentially affect many containers",
          "Container security is complex due to shared kernel vulnerabilities"],
         "affect many containers simultaneously"),
 "S44": (["Containers share the host OS kernel, making them lightweight",
          "VMs run separate OS instances for full isolation"],
         "share the host OS kernel"),
 "S45": (["Containers are more resource-efficient and ideal for microservices",
          "allowing faster scaling and less overhead"],
         "more resource-efficient and ideal for microservices"),
 "S47": (["Containers offer rapid deployment and scalability",
          "you can run more containers on the same hardware"],
         "rapid deployment and scalability"),
 "S48": (["Container security is complex due to shared kernel vulnerabilities",
          "host OS or container engine could potentially affect many containers"],
         "shared kernel vulnerabilities"),
 "S49": (["Containers are more resource-efficient and ideal for microservices",
          "VMs are better suited for applications requiring full OS compatibility and stability"],
         "ideal for microservices"),
}

P = "podman/docs/source/markdown/"
# ---- corpus labels: id -> repo-relative paths under /work/shared/corpus
CORPUS = {
 "C01": [P+"podman-cp.1.md"],
 "C02": [P+"podman-machine-init.1.md.in", P+"podman-machine.1.md", P+"podman-machine-start.1.md.in",
         "podman/docs/tutorials/mac_win_client.md"],
 "C03": ["podman/docs/tutorials/rootless_tutorial.md", "podman/troubleshooting.md", "podman/rootless.md"],
 "C04": [P+"options/restart.md", P+"podman-systemd.unit.5.md", P+"podman-container.unit.5.md.in",
         P+"podman-quadlet-basic-usage.7.md", P+"podman-generate-systemd.1.md"],
 "C05": ["firecracker/docs/network-setup.md", "firecracker/docs/getting-started.md"],
 "C06": ["firecracker/docs/snapshotting/snapshot-support.md", "firecracker/docs/snapshotting/versioning.md"],
 "C07": ["firecracker/docs/jailer.md", "firecracker/docs/prod-host-setup.md", "firecracker/docs/design.md"],
 "C08": ["firecracker/docs/prod-host-setup.md"],
 "C09": ["kata/docs/how-to/how-to-use-kata-containers-with-firecracker.md", "kata/docs/hypervisors.md",
         "kata/docs/design/virtualization.md", "firecracker/FAQ.md"],
 "C10": ["kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md",
         "kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md",
         "kata/docs/use-cases/GPU-passthrough-and-Kata.md", "kata/docs/hypervisors.md"],
 "C11": ["kata/docs/Limitations.md"],
 "C12": ["kata/docs/how-to/containerd-kata.md",
         "kata/docs/install/container-manager/containerd/containerd-install.md",
         "kata/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md"],
 "C13": [P+"podman-container-checkpoint.1.md", P+"podman-container-restore.1.md"],
 "C14": [P+"podman-kube-play.1.md.in", P+"podman-kube.1.md", "podman/docs/kubernetes_support.md"],
 "C15": [P+"options/health-on-failure.md", P+"podman-systemd.unit.5.md", P+"podman-healthcheck.1.md"],
 "C16": [P+"options/memory.md"],
 "C17": ["firecracker/docs/ballooning.md", "firecracker/docs/memory-hotplug.md"],
 "C18": ["firecracker/docs/mmds/mmds-user-guide.md", "firecracker/docs/mmds/mmds-design.md"],
 "C19": ["firecracker/docs/vsock.md"],
 "C20": ["kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md",
         "kata/docs/how-to/what-is-vm-cache-and-how-do-I-use-it.md",
         "kata/docs/how-to/how-to-use-template-in-runtime-rs.md"],
 "C21": ["kata/docs/threat-model/threat-model.md"],
 "C22": [P+"podman-auto-update.1.md.in", P+"options/auto-update.md", P+"podman-systemd.unit.5.md"],
 "C23": ["podman/docs/tutorials/image_signing.md", P+"podman-image-sign.1.md.in",
         P+"options/sign-by-sigstore.md", P+"podman-image-trust.1.md.in"],
 "C24": ["podman/docs/tutorials/podman-for-windows.md", "podman/docs/tutorials/mac_win_client.md"],
 "C25": ["podman/docs/tutorials/remote_client.md", P+"podman-system-connection-add.1.md",
         P+"podman-remote.1.md", "podman/docs/tutorials/mac_win_client.md"],
 "C26": [P+"podman-build.1.md.in", P+"podman-manifest.1.md", P+"podman-farm-build.1.md.in", P+"podman-farm.1.md"],
 "C27": ["podman/docs/tutorials/basic_networking.md", P+"podman-pod-create.1.md.in"],
 "C28": ["firecracker/docs/kernel-policy.md", "firecracker/README.md", "firecracker/docs/rootfs-and-kernel-setup.md"],
 "C29": ["firecracker/docs/rootfs-and-kernel-setup.md", "firecracker/docs/getting-started.md"],
 "C30": ["kata/docs/how-to/privileged.md", "kata/docs/Limitations.md"],
 "C31": ["kata/docs/hypervisors.md", "kata/docs/design/virtualization.md"],
 "C32": [P+"podman-system-prune.1.md", P+"podman-system-df.1.md", P+"podman-image-prune.1.md"],
 "C33": [P+"options/secret.md", P+"podman-secret-create.1.md"],
 "C34": ["kata/docs/how-to/how-to-load-kernel-modules-with-kata.md"],
 "C35": ["firecracker/docs/cpu_templates/cpu-templates.md", "firecracker/docs/cpu_templates/cpu-template-helper.md"],
 "C36": ["podman/docs/tutorials/performance.md"],
 "C37": ["kata/docs/how-to/how-to-size-sandbox-overhead-runtime-rs.md", "kata/docs/design/host-cgroups.md"],
 "C38": ["firecracker/docs/logger.md", "firecracker/docs/metrics.md"],
 "C39": ["podman/docs/tutorials/socket_activation.md"],
 "C40": ["podman/troubleshooting.md", "podman/rootless.md", "podman/docs/tutorials/basic_networking.md"],
}

# ---- dropped: id -> reason
DROPPED = {
 "S06": "asks for a rough ratio; article only says 'more containers on the same hardware', gives no number",
 "S08": "Windows containers / Linux host not covered by the article",
 "S09": "article mentions hypervisors but never defines them or type 1 vs type 2",
 "S14": "microVMs not mentioned in the article",
 "S15": "portability not discussed in the article",
 "S19": "sandboxed containers / middle-ground runtimes (gVisor, Kata) not in the article",
 "S21": "running a different distro userland than the host not discussed",
 "S22": "host kernel version compatibility not discussed",
 "S23": "namespaces and cgroups not mentioned in the article",
 "S24": "stateful databases not discussed",
 "S25": "noisy-neighbour interference not discussed explicitly (only vague 'consistent performance')",
 "S26": "image sizes not discussed",
 "S29": "live migration of containers/VMs not discussed (migration section is about VM-to-container adoption)",
 "S30": "patching host kernel vs containers not answered (only 'regularly updating container images')",
 "S31": "Docker is not mentioned in the article",
 "S32": "article contradicts itself on attack surface (FAQ says containers limit it, body says VMs isolate better); no reliable answer",
 "S33": "no memory overhead figures in the article",
 "S35": "AWS Lambda / serverless not mentioned",
 "S40": "hardware virtualization (VT-x) requirements not discussed",
 "S41": "snapshots not discussed",
 "S42": "root in container vs root on host not discussed (only 'least privileges')",
 "S43": "Docker on macOS / hidden VM not discussed",
 "S46": "running a non-Linux guest OS in a container not stated; only inferable",
 "S50": "Firecracker not mentioned in the article",
}

def load_phase1():
    qs = {}
    with open(PHASE1, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            m = re.match(r"^([SCO]\d\d) (.+)$", line)
            assert m, line
            qs[m.group(1)] = m.group(2)
    return qs

def main():
    qs = load_phase1()
    ids = sorted(qs)
    s_ids = [i for i in ids if i[0] == "S"]
    c_ids = [i for i in ids if i[0] == "C"]
    o_ids = [i for i in ids if i[0] == "O"]
    assert (len(s_ids), len(c_ids), len(o_ids)) == (50, 40, 70)
    for i in ids:
        labelled = i in SEED or i in CORPUS
        assert not (labelled and i in DROPPED), i
        if i[0] in "SC":
            assert labelled or i in DROPPED, "unlabelled " + i

    seed = [{"q": qs[i], "expect": SEED[i][0], "answer": SEED[i][1]} for i in s_ids if i in SEED]
    corpus = [{"q": qs[i], "expectSource": CORPUS[i]} for i in c_ids if i in CORPUS]
    offtopic = [qs[i] for i in o_ids if i not in DROPPED]

    rng = random.Random(13)
    rng.shuffle(seed)
    rng.shuffle(corpus)
    rng.shuffle(offtopic)

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "corpus": corpus, "offtopic": offtopic}, f, indent=2, ensure_ascii=False)
        f.write("\n")

    with open(os.path.join(HERE, "dropped.txt"), "w", encoding="utf-8") as f:
        for i in ids:
            if i in DROPPED:
                f.write(f"{i}\t{qs[i]}\n\treason: {DROPPED[i]}\n")
        for kind, lst in (("C", c_ids), ("O", o_ids)):
            if not any(i in DROPPED for i in lst):
                f.write(f"# no {kind} questions dropped (all {len(lst)} kept)\n")

    print("seed kept %d dropped %d" % (len(seed), sum(1 for i in s_ids if i in DROPPED)))
    print("corpus kept %d dropped %d" % (len(corpus), sum(1 for i in c_ids if i in DROPPED)))
    print("offtopic kept %d dropped %d" % (len(offtopic), sum(1 for i in o_ids if i in DROPPED)))
    print("wrote", OUT)

if __name__ == "__main__":
    main()
