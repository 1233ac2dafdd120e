/**
 * The general lexicon: how engineers write about operating containers and VMs in chat and issue
 * titles, mapped to the words documentation uses for the same thing. Same format as a knowledge
 * folder's synonyms.txt, which adds its own domain on top. Written blind from the domain (the
 * corpus's own vocabulary), never from evaluation questions: see eval/README.md.
 */
export const GENERAL_LEXICON = `
# General software-operations lexicon: words engineers type in chat / issue titles
# mapped to the words documentation for containers, VMs and Linux ops uses.
# Solr/Elasticsearch synonym format.
#   a, b, c       equivalence: each phrase stands for the others (applied to questions)
#   a, b => c     mapping: a and b also mean c (applied to questions and passages alike)
# Left-hand sides are phrases or unambiguous words only: no bare common verbs.

# --- Getting inside a running container / seeing what it does ---
get a shell, open a shell, shell into, shell in, drop into a shell, drop into the container, jump into the container, get into the container, get inside the container, log into the container, log into a container, login to the container, ssh into the container, ssh into a container, bash into, exec into, run a command inside, run commands inside, run a command in a running container => exec
reattach, re-attach, connect back to, hook into the console => attach
tail the logs, tail logs, follow the logs, follow logs, container output, logfile, log files => logs
shut down cleanly, shutdown cleanly, clean shutdown time, time to shut down, kills it too early, killed too early, grace period, more time to stop => stop timeout, timeout
list containers, list running containers, show running containers, what is running, what's running, which containers are running, see running containers => ps
processes in the container, processes inside the container, running processes, process list, list processes => top
resource usage, cpu usage, memory usage, ram usage, how much memory, how much ram, how much cpu, live usage, usage stats, hogging, using too much => stats
disk usage, space usage, how much space, how much disk, space used by, using space, using the space, using up space, taking up space, eating space, eating disk, eating up disk => df
low level info, low-level information, full details, container details, container metadata, image metadata => inspect

# --- Starting, stopping, restarting ---
spin up, spin-up, fire up, bring up => start
shut down, shutdown, power off, poweroff, turn off, bring down, take down => stop
force stop, force kill, hard kill, kill -9 => kill, sigkill
bounce, power cycle, cycle the container => restart
clean shutdown, graceful shutdown, shut down gracefully, stop gracefully, gracefully stop, ctrl-c, ctrl+c, sigint => signal, stop, graceful
slow to stop, takes long to stop, takes forever to stop, stop takes => stop timeout, timeout
in the background, run in background, background mode, daemonize, daemonise, as a daemon, detached mode => detach
detach without stopping, exit without stopping, leave it running, escape sequence, ctrl-p, ctrl+p => detach keys
start on boot, start at boot, autostart, auto start, auto-start, start automatically, starts automatically, run on boot, run at boot, survive reboot, survive a reboot, survives reboot, after reboot, after a reboot, when the host boots => systemd, quadlet, boot
as a service, run as a service, service file, unit file => systemd, quadlet
container events, lifecycle events, start and stop events, watch for events, notified when, get notified, notify me when => events
restart automatically, auto restart, auto-restart, restart on failure, always restart, keep it running => restart policy
zombie, zombies, zombie process, zombie processes, defunct, reap, reaping, pid 1, tini, dumb-init => init
exit status, return code, status code, errorlevel => exit code

# --- Removing and cleaning up ---
nuke, wipe, wipe out, get rid of, trash, purge, erase, destroy, deleting, delete, deleted => remove, rm
clean up, cleanup, clean out, tidy up, free up space, free up disk, reclaim space, reclaim disk space, leftover, leftovers, orphaned, unused images, old images, dangling => prune
factory reset, start fresh, start over, reset everything, wipe everything, blow away, blow it away => reset

# --- Images, registries, builds ---
dockerfile, containerfile
download the image, download an image, download image, fetch the image, fetch image, grab the image, grab image => pull
upload the image, upload an image, upload image, publish the image, publish an image, publish image => push
docker hub, dockerhub, container registry, image registry, image repo, image repository, private registry => registry
retag, re-tag, rename the image, rename an image => tag
shrink the image, reduce image size, slim down the image, smaller image, flatten the image, flatten layers => squash, layers
image to a tarball, image to tar, image to a file, copy an image to another machine, move an image, share an image, transfer an image => save, load, scp, transfer
multi-arch, multiarch, multi-architecture, multi platform, multi-platform, cross platform, cross-platform => manifest, platform
cross compile, cross-compile, cross build, build for arm, build for another architecture, build for a different architecture, binfmt, qemu-user-static, foreign architecture => platform, arch, emulation
non-image file, non image file, non-image files, non image files, arbitrary file, arbitrary files, config bundle, store files in a registry, files in a registry, file in a registry, oci artifact, oci artifacts => artifact
signed image, sign an image, sign the image, verify the image, image signature, cosign, sigstore, gpg key => sign, signature, sigstore
layer cache, build cache, cached layers, cache busting, cache bust, no cache => cache, layers
rebuild, rebuilding, rebuilt, compile, compiling, compilation => build
save changes to an image, save my changes, save the changes, persist changes, save container as image, turn the container into an image, container to image, as a new image, into a new image, new image from a container => commit

# --- Ports and networking ---
port forwarding, port forward, forward a port, forward port, forward ports, expose a port, expose port, expose ports, map a port, map port, map ports, port mapping, port mappings, open a port, open port => publish, port
port already in use, port in use, port is taken, port conflict, port clash, address in use, port already bound => already in use, bind
no internet, no internet access, no network access, network not working, network is broken, network down, can't reach the internet, cannot reach the internet, unreachable, connectivity => network
connection refused, refused connection, connection reset, connection timed out => connection
reach the host, access the host, talk to the host, connect to the host, host from the container, host from inside the container, localhost of the host => host.containers.internal, host-gateway
talk to each other, communicate with each other, container to container, reach each other, connect to each other, reach one another, connect to one another => network, pod, communicate
each other by name, one another by name, by container name, by its container name => dns, name
name resolution, resolve hostnames, hostname resolution, dns lookup, can't resolve, cannot resolve, resolv.conf => dns
ufw, firewall rules, firewalld => firewall, iptables
nic, nics, network card, network adapter, ethernet device => network interface
static ip, fixed ip, assign an ip, set the ip, specific ip => ip address
corporate proxy, behind a proxy, http proxy, https proxy, http_proxy, https_proxy => proxy
slow network, network speed, network is slow, slow networking, low bandwidth, poor network => network performance, throughput, bandwidth
bandwidth limit, limit bandwidth, throttle network, network throttling, iops limit, limit iops, io throttling, throttle io, throttle disk => rate limiter, bps, iops
host guest communication, talk to the guest, talk to a guest, communicate with the guest, without networking, without a network, talk to the host from the guest, guest to host, host to guest, virtio socket, vm sockets, af_vsock => vsock

# --- Storage and files ---
folder, folders => directory
file system, file systems => filesystem
mount a folder, mount a directory, mount folder, mount directory, share a folder, shared folder, share a directory, host folder, host directory, local folder, local directory => volume, bind mount
persist data, persistent data, persistent storage, keep my data, data persistence, lose data, lost my data, data is lost, data gone => volume, persistent
disk full, out of disk, out of disk space, out of space, no space left, ran out of space, run out of space, running out of space, disk is full, disk filled up, filled up the disk, disk filling up => storage, space
hdd, ssd, hard drive, hard disk => disk
root file system, root filesystem, root disk, root drive, root image => rootfs
overlay2, graph driver, graphdriver, storage backend => storage driver, overlay
where are images stored, where images are stored, image location, storage location, data directory, data dir, data-root => graphroot, storage
ramdisk, ram disk, in-memory filesystem, memory backed, memory-backed => tmpfs
temp dir, temp directory, temp folder, tmp dir, tmp folder, temporary folder => tmpdir, temporary directory
share files with the guest, share files with the vm, share files between host and guest, host guest file sharing, shared filesystem => virtio-fs, virtiofs
move a volume, copy a volume, migrate a volume, volume to another host, volume's data to another host => volume export, volume import
copy a file into, copy files into, copy file into, copy a file out, copy files out, copy file out, copy files from the container, copy files to the container => cp

# --- Resources: memory, CPU, limits ---
ram, mem => memory
ran out of ram, run out of ram, running out of ram, ran out of memory, oomkilled, oom killed, oom-killed, oom killer, oom-killer, out-of-memory, memory exhausted, not enough memory, not enough ram => out of memory, oom, memory
cores, core count, number of cores, processor cores, cpu count, number of cpus, vcpu count => cpus, vcpu
cap the, cap a, cap an, cap my, cap our, cap each, cap it, cap them, cap memory, cap cpu, capped at, hard cap, throttle, throttled, throttling, restrict memory, restrict cpu, max memory, maximum memory, memory cap, memory ceiling => limit
increase memory, more memory, more ram, add memory, add more memory, give it more memory, resize memory, grow memory, increase ram => memory, hotplug
hot add, hot-add, hot plug, hot-plug, hot unplug, hot-unplug, live add => hotplug
give memory back, get memory back, take memory back, return memory, reclaim memory, reclaim unused memory, memory overcommit, overcommitting => balloon, overcommit
pin cpus, pin cpu, pin vcpus, pin threads, cpu pinning, cpu affinity, core pinning, pin to cores, dedicated cores, isolate cores => cpuset, affinity, pinning
huge pages, huge page, large pages, hugetlb, hugetlbfs => hugepages
swapfile, swap file, pagefile, swap space => swap
fd limit, file descriptor limit, open files limit, too many open files, max open files, rlimit, rlimits => ulimit, nofile
fork bomb, process limit, max processes, too many processes => pids-limit
without recreating, without re-creating, without recreating it, without recreating the container, already running container, memory limit of a container that is already running, memory limit of a running container, cpu limit of a running container, limits of a running container, change the limits, change its limits, change resource limits, adjust the limits, adjust resource limits => update, resource limits
shared memory, dev shm, /dev/shm => shm
graphics card, video card => gpu
usb, usb device, webcam, pass a device, give access to a device => device
pass through, pass-through => passthrough
footprint, bloat, bloated => overhead, size

# --- Permissions and security ---
superuser, super user, as admin, admin rights, administrator privileges, elevated privileges, root privileges, root access, root permissions => root
non-root, nonroot, non root, without root, without sudo, no root, no sudo, unprivileged user, normal user, regular user, as my user, rootless mode => rootless
access denied, eacces, eperm, forbidden, no permission, insufficient permissions, not permitted => permission denied
wrong owner, wrong ownership, owned by root, owned by nobody, file owner, file ownership => ownership, uid, gid
uid mapping, gid mapping, user mapping, id mapping, id mappings, uid remapping, remap uid, subordinate ids, subordinate uids, userns-remap => userns, uidmap, subuid, user namespace
keep my uid, same uid, same uid as host, same user as host, match host user, my user id => keep-id
avc denial, avc denials, selinux denial, selinux label, selinux context, sestatus, setenforce => selinux
linux capabilities, add a capability, drop a capability, cap_sys_admin, cap_net_admin => capabilities
full privileges, all privileges, full host access, full access to the host, god mode => privileged
syscall filter, syscall filtering, syscall allowlist, syscall whitelist, block syscalls, blocked syscall, allowed syscalls => seccomp
breakout, container escape, vm escape, escape the container, escape the vm, jailbreak => isolation, security
creds => credentials
api key, api keys, secret key, private key, sensitive data, access token, database password, db password, pass a password, store a password => secret
registry login, registry credentials, log in to the registry, login to the registry, login to registry, docker login, authenticate to the registry => login, authfile, auth.json
certs, ssl cert, ssl certificate, tls cert, tls certificate, ca cert, ca certs, certificate authority, self signed, self-signed, x509 => certificate, tls
insecure registry, http registry, plain http, without tls, no tls, skip tls, skip verification, skip-verify => tls-verify, insecure
vuln, vulns, cve, cves, security hole, security holes, security bug, security bugs, exploit, exploits => vulnerability, security
encrypted vm, encrypted vms, encrypted memory, memory encryption, secure enclave, enclave, trusted execution environment, confidential computing => confidential, tee

# --- Configuration ---
cfg, conf, config, configs, config file, settings, preferences => configuration
env var, env vars, envvar, envvars, env variable, env variables, environment var, environment vars => environment variable
entry point, startup command, start command, default command => entrypoint, cmd
cli flag, cli flags, command line flag, command-line flag, cli option, cli options, cli switch => option
time zone, time zones => timezone
host name => hostname
kernel tunable, kernel tunables, proc sys => sysctl
boot args, boot arguments, bootargs, kernel args, kernel arguments, kernel cmdline, kernel boot parameters, kernel boot options => kernel command line, boot_args
set up, setting up => setup

# --- Platforms and architectures ---
on my mac, on mac, on a mac, for mac, mac users, mac os, macbook, osx, os x, apple silicon => macos
win10, win11 => windows
distros, linux distribution, linux distro => distribution, distro
red hat, redhat, rocky linux, almalinux, alma linux => rhel
arm64, aarch64
graviton, arm chip, arm cpu, arm machine, raspberry pi => aarch64, arm64
x64, x86-64, amd64, x86_64
apt-get, yum, dnf, zypper, pacman, brew, homebrew, package manager => install, package

# --- Virtual machines ---
virtual machine, virtual machines, vm, vms
micro vm, micro-vm, micro vms, micro-vms => microvm
guest os, guest operating system, inside the vm, in the vm => guest
# A guest named by its OS asks which guest operating systems are supported.
windows guest, windows guests, windows vm, windows vms, macos guest, macos guests, freebsd guest, freebsd guests, bsd guest, bsd guests => guest, operating systems
my box, my laptop, host machine, host os, host system, bare metal, baremetal, physical machine, physical host => host
virtualisation, virtualised, virtualized => virtualization
nested virt, nested virtualisation, nested virtualization, vm inside a vm, vm in a vm, nested vm, nested vms => nested, virtualization
dev kvm, no kvm, kvm missing, kvm not found, hardware virtualization, hardware acceleration, vt-x, amd-v => kvm, virtualization
boot time, boot times, startup time, start up time, start-up time, cold start, cold boot, spin up time, launch time, time to boot => boot, startup
save state, save the state, save its state, save vm state, hibernate, suspend, freeze the vm, freeze a running container, freeze the container, freeze a container, memory state, its memory state => snapshot, checkpoint
live migrate, live migration, move a running container, move a running vm, migrate a running => checkpoint, restore, migration
clone a vm, clone the vm, clone vms, fork a vm, duplicate a vm, pre-warmed vm, prewarmed, warm pool, pool of vms => template, vm cache, snapshot
vmlinuz, bzimage, kernel binary, guest kernel image => kernel image, vmlinux
initramfs, initial ramdisk, init ramdisk => initrd
boot log, boot logs, boot messages, boot output, kernel log, kernel logs, kernel messages, guest logs, serial output, serial log => console, serial, dmesg
metadata service, instance metadata, pass metadata, metadata into, instance id, imds, metadata endpoint, user data, user-data, cloud-init => metadata, mmds
randomness, random numbers, /dev/random, /dev/urandom, hwrng, random number generator, not enough entropy => entropy, rng
clock drift, time drift, clock skew, wrong time, time is wrong, clock sync, time sync, ntp, chrony => clock

# --- Debugging and troubleshooting ---
diagnose, diagnosing, diagnosis, investigate, root cause, figure out why, find out why, what went wrong => troubleshooting, debug
not working, stopped working, isn't working, is not working, doesn't work, no longer works, won't work, broken => fails, does not work, error
crashes, crashed, crashing, keeps dying, dies immediately, crash loop, crashloop, crashloopbackoff, exits immediately, exits right away, exited immediately, stops immediately, won't stay up, doesn't stay up => exit, exit code, fails
hangs, hanging, hung, stuck, frozen, freezes, unresponsive, not responding, never returns, takes forever => hang, timeout
segfault, seg fault, segmentation fault, sigsegv, core dump, coredump, kernel oops => crash, panic
verbose output, more output, more logging, debug logs, debug logging, debug output, increase log level, log verbosity, verbosity, loglevel => log-level, debug
strace, ltrace, profiling, profiler, flamegraph, flame graph, ebpf => tracing, trace
breakpoint, breakpoints, step through, attach a debugger, attach debugger => gdb, debugger
observability, telemetry, grafana, dashboard, dashboards => metrics, monitoring
health check, health checks, health probe, liveness probe, liveness, readiness probe, startup probe => healthcheck

# --- Performance ---
slowness, sluggish, laggy, lagging, takes ages, slowdown, poor performance, bad performance, speed up, perf, optimise, optimisation, optimize, optimization => performance
disk io, disk i/o, io performance, slow disk, disk speed, slow io, slow i/o, io heavy, io-heavy, io intensive, i/o intensive => i/o, io, performance

# --- Versions and installation ---
outdated, out of date, old version, older version, too old, latest version, newest version, newer version, bump the version => upgrade, version

# --- Remote, API and tooling ---
another machine, another host, different machine, different host, other machine, remote server, remote box, over ssh, over the network => remote, connection
rest api, http api, restful, rest endpoint, docker api, docker socket, docker.sock => api, socket, service
tab completion, autocomplete, auto-complete, autocompletion, bash completion, zsh completion, shell completion => completion
json output, output as json, output in json, machine readable, machine-readable, custom output, output format, go template, go templates => format
docker compatible, docker compatibility, drop-in replacement, drop in replacement, replace docker, instead of docker, alias docker, coming from docker, switch from docker, migrate from docker => docker, compatibility

# --- Compose, pods, Kubernetes ---
k8s, k3s, minikube => kubernetes
run kubernetes yaml locally, without a cluster, without a kubernetes cluster, no cluster => kube play
kubernetes yaml, k8s yaml, kube yaml, pod yaml, pod spec, pod definition, deployment yaml, k8s manifest, kubernetes manifest => kube, yaml
group of containers, containers together, sidecars, multi-container, multi container => pod, sidecar

# --- Short forms documentation spells out ---
app, apps => application

# --- British / American spellings Porter leaves apart ---
initialise, initialisation, initialised => initialize
licence, licences => license
behaviour, behaviours => behavior
utilisation => utilization
`;
