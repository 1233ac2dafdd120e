import csv
K='keep'; D='drop'
L = {
1:(K,"kata/docs/Developer-Guide.md;kata/docs/how-to/how-to-import-kata-logs-with-fluentd.md","Enable full debug (agent.log/enable_debug) - agent logs appear in the kata/containerd journal; fluentd guide shows collecting them"),
2:(D,"","registry mirror configuration lives in containers-registries.conf(5), which is not in the corpus; podman docs never describe mirrors"),
3:(D,"","corpus has no explanation of how docker -m memory is hotplugged on top of default_memory or of the max hotplug limit in the error; only passing remarks (virtio-mem how-to, runtime-rs sizing)"),
4:(D,"","FAQ covers graceful reboot/poweroff and SendCtrlAltDel only; no doc states how to forcibly terminate a hung guest"),
5:(D,"","firecracker docs never mention GPU/VFIO/vGPU passthrough"),
6:(K,"firecracker/docs/jailer.md","jailer --netns joins a network namespace (setns) before exec'ing Firecracker"),
7:(K,"kata/docs/how-to/how-to-run-docker-with-kata.md","dedicated how-to for Docker-in-Docker with Kata (memory-backed volume / other workarounds)"),
8:(K,"kata/docs/how-to/privileged.md","privileged containers try to expose all host devices; use privileged_without_host_devices"),
9:(K,"kata/docs/design/kata-2-0-metrics.md;kata/docs/how-to/how-to-set-prometheus-in-k8s.md","kata-monitor metrics design and Prometheus/Grafana setup for Kata pods"),
10:(K,"kata/docs/use-cases/using-SRIOV-and-kata.md","guide for SR-IOV VF with Kata launched from Docker (sriov docker network plugin)"),
11:(D,"","no doc on passing a physical (non SR-IOV) NIC into Kata or on kata-network add-iface; SR-IOV guide does not cover this case"),
12:(D,"","no doc on Kubernetes hugepages resources/limits with Kata; only passing enable_hugepages mentions"),
13:(K,"podman/docs/source/markdown/options/log-opt.md","--log-opt lists supported names (path, max-size, tag, label) - max-file is not one of them"),
14:(D,"","error is 'no PODMAN_SYSTEMD_UNIT label' from a unit made without --new; auto-update/generate-systemd docs do not explain this requirement"),
15:(K,"podman/docs/source/markdown/podman-container.unit.5.md.in;podman/docs/source/markdown/podman-systemd.unit.5.md","Quadlet Pod= must take the form <name>.pod referring to an existing .pod unit"),
16:(K,"podman/docs/source/markdown/podman-kube-play.1.md.in","kube play supports configMap volumes (and ConfigMap kind / --configmap)"),
17:(D,"","cause in thread is newuidmap/newgidmap missing file capabilities (reinstall shadow-utils); docs only cover a missing newuidmap binary"),
18:(K,"podman/troubleshooting.md","troubleshooting 34: files created by container show subordinate UID/GID on host; use podman unshare / keep-id"),
19:(K,"podman/docs/source/markdown/options/dns.md;podman/docs/source/markdown/options/disable-dns.md","with a dns_enabled custom network resolv.conf only points to aardvark-dns, which forwards other queries"),
20:(K,"podman/docs/source/markdown/options/userns.container.md","keep-id also runs the init process as the mapped user, overriding image USER unless --user is set"),
21:(D,"","thread cause (storage.conf key/section and cached paths in the database) is not documented; troubleshooting 11 is only about SELinux labels"),
22:(K,"podman/docs/tutorials/image_signing.md;podman/docs/source/markdown/podman-image-sign.1.md.in","tutorial and man page for signing images with GPG from the Podman CLI"),
23:(D,"","corpus never mentions cgroup hybrid mode or its (lack of) support"),
24:(D,"","device-api.md only lists a partuuid field in a table; nothing explains specifying the root partition by PARTUUID"),
25:(K,"firecracker/docs/network-setup.md","guest default route, host NAT/ip_forward and resolv.conf nameserver setup"),
26:(K,"firecracker/docs/api_requests/patch-block.md","PATCH /drives updates the backing file path/size after boot"),
27:(D,"","no doc on Raspberry Pi / GICv2 / missing KVM Irqchip capability"),
28:(D,"","no doc explains slow guest boot on a laptop; thread resolved in another repo"),
29:(K,"firecracker/docs/mmds/mmds-user-guide.md","MMDS must be enabled on a network interface (mmds-config) and routed from the guest; V1/V2 access from guest"),
30:(K,"firecracker/docs/network-setup.md","note: iface_id is internal to Firecracker; guest names the interface itself, ordering not guaranteed"),
31:(K,"firecracker/docs/vsock.md","host-initiated CONNECT: if no guest listener, Firecracker terminates the host connection; OK ack"),
32:(K,"firecracker/docs/kernel-policy.md","supported guest/host kernel table includes 6.1"),
33:(K,"firecracker/docs/design.md;firecracker/docs/api_requests/block-io-engine.md","virtio block/net emulation on the VMM thread, file/TAP backing, rate limiters; sync vs async IO engine"),
34:(D,"","no doc on obtaining vCPU thread IDs"),
35:(K,"firecracker/docs/getting-started.md;firecracker/FAQ.md","--config-file boots a microVM without API requests"),
36:(D,"","errors (terminal EIO, setsid EPERM) not explained; jailer.md only describes --daemonize behaviour"),
37:(D,"","crash cause (unshare -p without fork) not documented; jailer.md only recommends --new-pid-ns"),
38:(D,"","code bug (TX queue not kicked on restore); snapshot docs only describe the expected vsock reset"),
39:(D,"","firecracker docs have no shared filesystem (virtio-fs/9p) coverage"),
40:(D,"","no doc on guest kernel/rootfs requirements for Docker inside a microVM (doc request still open)"),
41:(K,"firecracker/docs/kernel-policy.md;firecracker/docs/rootfs-and-kernel-setup.md","guest kernel configuration items and minimal boot requirements; building kernels"),
42:(D,"","no doc on running Firecracker inside a Docker container"),
43:(K,"kata/docs/how-to/how-to-set-sandbox-config-kata.md","per-pod annotations such as default_memory, default_vcpus, enable_hugepages"),
44:(D,"","no doc mentions --shm-size or /dev/shm sizing for containers"),
45:(K,"kata/docs/how-to/how-to-use-virtio-fs-with-kata.md","/dev/shm sizing caps aggregate guest memory with virtio-fs, limiting pod count"),
46:(K,"kata/docs/how-to/how-to-load-kernel-modules-with-kata.md","how kernel modules are loaded in the guest and why modprobe fails when the module is absent"),
47:(D,"","thread's symptom (hotplugged vCPUs not used) not explained; vCPU sizing doc only gives the general model"),
48:(D,"","no doc on Dragonball CPU model / host CPU passthrough"),
49:(K,"kata/docs/how-to/how-to-pull-images-in-guest-with-kata.md;kata/docs/design/kata-guest-image-management-design.md","guest pull via nydus snapshotter and image-rs in the agent"),
50:(K,"kata/docs/Limitations.md","'Currently Kata Containers does not support Podman.'"),
51:(D,"","only answer in corpus is 'Kata does not support Podman' (Limitations.md), already used for candidate 50; thread is a Kata 1.x podman-pod failure"),
52:(D,"","thread is a specific failure mounting a local block PV; docs describe direct-volume design but not this failure"),
53:(K,"kata/docs/use-cases/using-SPDK-vhostuser-and-kata.md;kata/docs/how-to/how-to-run-kata-containers-with-kinds-of-Block-Volumes.md","vhost-user-blk via SPDK as container volumes"),
54:(K,"kata/docs/how-to/how-to-run-kata-containers-with-kinds-of-Block-Volumes.md;kata/docs/design/direct-blk-device-assignment.md","direct volume with K8S via csi-kata-directvolume; CSI integration design"),
55:(K,"kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md","templating requires initrd= set and image= removed"),
56:(K,"kata/docs/Developer-Guide.md","debug console and capturing guest kernel/console logs via journalctl -t kata"),
57:(D,"","open bug about build cache/cache mounts; system prune docs only cover build containers"),
58:(D,"","title alone is too vague (does not say which message); answer depends on thread body"),
59:(K,"podman/docs/source/markdown/podman-kube-play.1.md.in","--replace tears down and recreates pods from the YAML"),
60:(K,"podman/docs/tutorials/basic_networking.md","rootless bridge networks live in an extra netns (podman unshare --rootless-netns); port publishing; pod networking"),
61:(K,"podman/docs/tutorials/podman_tutorial.md;podman/docs/tutorials/basic_networking.md","rootless containers get no IP address; pasta user-mode networking"),
62:(K,"podman/troubleshooting.md","troubleshooting 49: use host.containers.internal / host-gateway to reach host services"),
63:(K,"podman/docs/source/markdown/podman-system-service.1.md;podman/docs/tutorials/socket_activation.md","Docker-compatible API via podman system service / podman.socket; DOCKER_HOST"),
64:(K,"podman/docs/source/markdown/podman-image-scp.1.md","image scp transfers images between rootful and rootless storage"),
65:(D,"","code bug in podman-remote farm build, fixed by PR; docs say nothing about remote"),
66:(K,"podman/docs/source/markdown/podman-volume-export.1.md;podman/docs/source/markdown/podman-volume-import.1.md","volume export/import to/from tarballs"),
67:(K,"podman/docs/source/markdown/podman-machine-start.1.md.in","API forwarding socket, podman-mac-helper, DOCKER_HOST"),
68:(D,"","version-specific podman machine port-forwarding bug; docs do not cover it"),
69:(K,"firecracker/FAQ.md","FAQ: 'Firecracker is not showing any output on the console' - check InstanceStart, console=ttyS0"),
70:(D,"","docs only say virtio-fs improves on 9pfs; nothing on 9p msize vs virtio-fs trade-off"),
}
import sys
rows=[l.rstrip('\n').split('\t') for l in open('candidates.txt',encoding='utf-8')]
assert len(rows)==70 and set(L)==set(range(1,71))
def proj(u):
    if 'podman' in u: return 'podman'
    if 'kata-containers' in u: return 'kata'
    return 'firecracker'
with open('labels.tsv','w',encoding='utf-8') as f:
    f.write('n\tproject\tdecision\texpectSource\tquestion\turl\treason\n')
    for i,(q,u) in enumerate(rows,1):
        d,src,r=L[i]
        f.write('\t'.join([str(i),proj(u),d,src,q,u,r])+'\n')
with open('dropped.txt','w',encoding='utf-8') as f:
    for i,(q,u) in enumerate(rows,1):
        d,src,r=L[i]
        if d==D: f.write(f'{u}\t{q}\t{r}\n')
