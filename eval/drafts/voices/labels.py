# Phase-2 labels. Keys are draft questions copied exactly; never reworded.
SEED = {
 "my team lead says put the api in a container instead of a vm, what's actually the difference?": (
   ["containers share the host OS kernel, making them lightweight and quick to start",
    "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
   "share the host OS kernel"),
 "should I containerize our node service or just spin up a vm for it?": (
   ["If you need rapid, scalable applications, containers are better",
    "your choice depends on balancing the need for speed, security, and resource efficiency"],
   "scalable applications, containers are better"),
 "do containers have their own OS or do they use the host's?": (
   ["Containers share the host OS kernel, making them lightweight and faster to start",
    "VMs run separate OS instances for full isolation"],
   "share the host OS kernel"),
 "why does everyone say containers are \"lightweight\"? lightweight compared to what": (
   ["Containers, by design, are lightweight and share the host operating system’s kernel",
    "compared to virtual machines, which each require a full OS instance"],
   "share the host operating system’s kernel"),
 "is a docker container basically a tiny VM?": (
   ["Containers and virtual machines differ mainly in architecture",
    "containers share the host OS kernel",
    "VMs run separate OS instances"],
   "share the host OS kernel"),
 "for a small side project, containers or a couple of VMs — which is less hassle?": (
   ["imagine deploying a new app quickly using containers, like a startup launching a website in minutes, versus setting up full VMs, which takes longer"],
   "deploying a new app quickly"),
 "how come my container image is 200MB but the vm image was like 10 gigs?": (
   ["compared to virtual machines, which each require a full OS instance",
    "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
   "each require a full OS instance"),
 "From an isolation standpoint, is a container boundary as strong as a VM boundary?": (
   ["VMs provide stronger security boundaries with complete OS environments",
    "They provide stronger isolation because each VM runs its own complete OS"],
   "VMs provide stronger security boundaries"),
 "For PCI-scoped workloads, would you recommend VMs or containers?": (
   ["For more secure, isolated environments, VMs excel",
    "This isolation can be particularly valuable for running untrusted or sensitive workloads"],
   "secure, isolated environments, VMs excel"),
 "Do containers sharing a kernel mean a kernel exploit affects all of them?": (
   ["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
    "Container security is complex due to shared kernel vulnerabilities"],
   "affect many containers simultaneously"),
 "Why are VMs generally considered more secure than containers?": (
   ["They provide stronger isolation because each VM runs its own complete OS",
    "making it easier to contain security breaches within a single VM without affecting others"],
   "VM runs its own complete OS"),
 "Multi-tenant hosting with untrusted customer code — containers or VMs?": (
   ["This isolation can be particularly valuable for running untrusted or sensitive workloads"],
   "running untrusted or sensitive workloads"),
 "Does running containers inside VMs actually add meaningful security?": (
   ["Yes, containers can run seamlessly on virtual machines",
    "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads",
    "proper configuration is essential to prevent potential bottlenecks or security issues"],
   "offers flexibility, scalability, and security"),
 "we host dedicated game servers per match, containers or vms? matches last ~20 min": (
   ["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"],
   "quickly spin up and shut down"),
 "can containers pack more game server instances per host than VMs?": (
   ["you can run more containers on the same hardware compared to virtual machines"],
   "more containers on the same hardware"),
 "why would anyone still use VMs for realtime stuff if containers are faster?": (
   ["if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
   "strong security boundaries and consistent performance"),
 "does virtualization overhead hurt tick rate on CPU-heavy sims?": (
   ["VMs may experience performance drops because of their heavier resource use and longer startup times",
    "Under high load, you’ll notice containers generally perform better due to efficient resource allocation"],
   "VMs may experience performance drops"),
 "how do you handle scaling up hundreds of match servers in minutes — containers make that easier?": (
   ["Scalability challenges are easier with containers since they activate quickly and share resources more effectively",
    "Containers offer rapid deployment and scalability"],
   "activate quickly and share resources"),
 "why do our ML folks ship everything as containers now instead of VM images?": (
   ["Containers offer rapid deployment and scalability",
    "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"],
   "rapid deployment and scalability"),
 "For serving models at scale, containers or VMs — what would you pick?": (
   ["If you need rapid, scalable applications, containers are better"],
   "scalable applications, containers are better"),
 "We run a computer lab with a bunch of legacy Windows software — containers or VMs?": (
   ["VMs are better suited for applications requiring full OS compatibility and stability",
    "VMs are also better suited for running applications that require specific OS configurations"],
   "full OS compatibility and stability"),
 "Our licensing is per-VM for some software, does moving to containers change that?": (
   ["VMs typically require individual licenses for each OS instance, increasing expenses",
    "Containers often have simpler licensing because they share the host OS, reducing extra costs"],
   "Containers often have simpler licensing"),
 "What's the cheaper option for hosting student web projects, VMs or containers?": (
   ["containers can be more cost-effective and easier to license",
    "you can run more containers on the same hardware compared to virtual machines"],
   "containers can be more cost-effective"),
 "Why would I keep our old ERP system on VMs rather than containerizing it?": (
   ["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily",
    "they excel in environments where stability, compatibility, and security are critical"],
   "specific OS configurations or kernel modules"),
 "do containers need a full os install like our vms do?": (
   ["Containers share the host OS kernel, making them lightweight",
    "compared to virtual machines, which each require a full OS instance"],
   "share the host OS kernel"),
 "what's the main downside of containers for someone used to managing vmware?": (
   ["Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
    "Container security is complex due to shared kernel vulnerabilities"],
   "Container security can be more complex"),
 "containers vs vms on edge gateways with like 1GB RAM?": (
   ["Containers are more resource-efficient and ideal for microservices",
    "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"],
   "Containers are more resource-efficient"),
 "Why is a VM heavier than a container — is it the guest OS?": (
   ["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use",
    "consume more resources because of their heavyweight nature"],
   "VMs run separate OS instances"),
 "does the container share the device's kernel, so I can't change kernel modules per app?": (
   ["Containers share the host OS kernel",
    "require specific OS configurations or kernel modules that containers might not support easily"],
   "containers might not support easily"),
 "what's boot time like for a vm vs a container on low-power hardware": (
   ["Containers share the host OS kernel, making them lightweight and faster to start",
    "VMs can be slightly slower to start"],
   "lightweight and faster to start"),
 "What's a good one-paragraph summary of containers vs VMs for a non-technical exec?": (
   ["Containers and virtual machines differ mainly in architecture",
    "containers share the host OS kernel, making them lightweight and quick to start, ideal for microservices and fast deployment",
    "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
   "differ mainly in architecture"),
 "How do I justify the cost savings of containers over VMs in a proposal?": (
   ["containers can be more cost-effective and easier to license",
    "you can run more containers on the same hardware compared to virtual machines"],
   "more cost-effective and easier to license"),
 "What are the main risks of migrating VM workloads to containers?": (
   ["Address migration challenges like data transfer and configuration adjustments early"],
   "data transfer and configuration adjustments"),
 "Why do most enterprises still run so much on VMs?": (
   ["they excel in environments where stability, compatibility, and security are critical",
    "virtual machines serve well in scenarios demanding robust security and compatibility"],
   "stability, compatibility, and security are critical"),
 "Can containers and VMs run side by side in the same environment?": (
   ["Yes, containers can run seamlessly on virtual machines",
    "Both technologies have their place"],
   "can run seamlessly on virtual machines"),
 "For a client with strict regulatory requirements, containers or VMs?": (
   ["virtual machines serve well in scenarios demanding robust security and compatibility",
    "For more secure, isolated environments, VMs excel"],
   "demanding robust security and compatibility"),
 "What does \"density\" mean when comparing containers and VMs and why does it matter for cost?": (
   ["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"],
   "more containers on the same hardware"),
 "why is the vm taking 2 min to boot, containers dont do that right": (
   ["VMs can be slightly slower to start and consume more resources because of their heavyweight nature",
    "VMs run separate OS instances, offering stronger isolation but slower startup"],
   "slightly slower to start"),
 "can containers run diffrent kernel versions": (
   ["Containers share the host OS kernel",
    "kernel modules that containers might not support easily"],
   "share the host OS kernel"),
 "wtf is the difference between docker and a vm again": (
   ["containers share the host OS kernel, making them lightweight and quick to start",
    "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
   "share the host OS kernel"),
 "container escape thing - does a vm stop that": (
   ["making it easier to contain security breaches within a single VM without affecting others",
    "They provide stronger isolation because each VM runs its own complete OS"],
   "easier to contain security breaches"),
}

CORPUS = {
 "how do I run podman without root? my company doesn't give us sudo": ["podman/docs/tutorials/rootless_tutorial.md"],
 "I'm on a mac, how do I get podman working at all since macOS doesn't have a linux kernel?": ["podman/docs/source/markdown/podman-machine.1.md", "podman/docs/tutorials/mac_win_client.md"],
 "setting up podman on windows 11, what do I need to install first?": ["podman/docs/tutorials/podman-for-windows.md"],
 "can podman take a kubernetes yaml file and just run it locally?": ["podman/docs/source/markdown/podman-kube-play.1.md.in"],
 "how do I make a podman container come back up automatically after the server reboots?": ["podman/docs/source/markdown/podman-systemd.unit.5.md", "podman/docs/source/markdown/options/restart.md"],
 "what is quadlet and why would I use it instead of generating systemd units?": ["podman/docs/source/markdown/podman-generate-systemd.1.md", "podman/docs/source/markdown/podman-systemd.unit.5.md", "podman/docs/source/markdown/podman-quadlet-basic-usage.7.md"],
 "can I checkpoint a running podman container and restore it later, maybe on another box?": ["podman/docs/source/markdown/podman-container-checkpoint.1.md", "podman/docs/source/markdown/podman-container-restore.1.md"],
 "how do I cap how much memory a podman container can use?": ["podman/docs/source/markdown/options/memory.md"],
 "my rootless podman container can't bind to port 80, why?": ["podman/troubleshooting.md", "podman/rootless.md"],
 "how do I sign images with podman so only signed ones get pulled?": ["podman/docs/tutorials/image_signing.md"],
 "does podman expose a docker-compatible API socket so my existing docker tooling keeps working?": ["podman/docs/source/markdown/podman-system-service.1.md"],
 "podman feels slow on my machine, any tips to speed it up?": ["podman/docs/tutorials/performance.md"],
 "what is a pod in podman and how is it different from a single container?": ["podman/docs/source/markdown/podman-pod-create.1.md.in"],
 "can podman automatically update my containers when a newer image gets pushed?": ["podman/docs/source/markdown/podman-auto-update.1.md.in"],
 "how do i give a podman container access to my nvidia gpu?": ["podman/docs/source/markdown/options/gpus.md"],
 "we have an internal registry with our own CA, how do I get podman to trust it?": ["podman/docs/tutorials/podman-install-certificate-authority.md", "podman/docs/source/markdown/options/cert-dir.md"],
 "what's the bare minimum I need to boot a firecracker microvm? just a kernel and a rootfs?": ["firecracker/docs/getting-started.md"],
 "how do I get internet access inside a firecracker vm?": ["firecracker/docs/network-setup.md"],
 "what is the firecracker jailer and do I actually need it in prod?": ["firecracker/docs/jailer.md", "firecracker/docs/prod-host-setup.md"],
 "can firecracker snapshot a running microvm and resume it later?": ["firecracker/docs/snapshotting/snapshot-support.md"],
 "if I restore lots of VMs from one firecracker snapshot, won't they all have the same random state?": ["firecracker/docs/snapshotting/random-for-clones.md"],
 "how can code inside a firecracker guest get instance metadata, like the AWS metadata endpoint?": ["firecracker/docs/mmds/mmds-user-guide.md"],
 "how do I talk between the host and a firecracker guest without setting up networking?": ["firecracker/docs/vsock.md"],
 "can firecracker take back memory from a guest that isn't using it?": ["firecracker/docs/ballooning.md"],
 "what should I configure on the host before running firecracker in production?": ["firecracker/docs/prod-host-setup.md"],
 "does firecracker support GPU passthrough?": ["kata/docs/hypervisors.md"],
 "which guest kernel versions does firecracker support?": ["firecracker/docs/kernel-policy.md"],
 "can I back firecracker guest memory with hugepages?": ["firecracker/docs/hugepages.md"],
 "can kata containers use firecracker as the VMM instead of qemu?": ["kata/docs/how-to/how-to-use-kata-containers-with-firecracker.md", "kata/docs/hypervisors.md"],
 "which hypervisors can kata containers run on?": ["kata/docs/hypervisors.md"],
 "what doesn't work in kata containers that works with regular runc?": ["kata/docs/Limitations.md"],
 "how do I set up kata with containerd on a kubernetes cluster?": ["kata/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", "kata/docs/how-to/containerd-kata.md"],
 "can I pass an nvidia gpu through to a kata container?": ["kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata.md", "kata/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md", "kata/docs/use-cases/GPU-passthrough-and-Kata.md"],
 "do privileged containers work under kata?": ["kata/docs/how-to/privileged.md"],
 "what's vm templating in kata and does it make pods start faster?": ["kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md"],
 "how much extra memory does each kata sandbox eat?": ["kata/docs/how-to/how-to-size-sandbox-overhead-runtime-rs.md"],
 "what is kata actually protecting against, security-wise?": ["kata/docs/threat-model/threat-model.md"],
 "how do I run kata containers with docker?": ["kata/docs/how-to/how-to-use-kata-with-docker.md"],
 "can kata run confidential workloads on AMD SEV-SNP machines?": ["kata/docs/how-to/how-to-run-kata-containers-with-SNP-VMs.md"],
}
