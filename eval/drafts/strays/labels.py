"""Labels for the frozen 'strays' drafts (written from scratch after the freeze).

Interface used by build.py: DRAFTS, DUP, labelled() -> {section: [(line, question, decision)]}.
Questions are read from the frozen draft files by code, never retyped here.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = {"seed": "seed-draft.txt", "corpus": "corpus-draft.txt", "offtopic": "offtopic-draft.txt"}
DUP = "duplicate of an earlier set"

# ---- seed: article only -------------------------------------------------------------------
K = {"keep": True}


def keep(expect, answer, note=None, lenient=False):
    d = {"keep": True, "expect": expect, "answer": answer}
    if lenient:
        d["lenient"] = True
    if note:
        d["note"] = note
    return d


def drop(reason):
    return {"keep": False, "reason": reason}


KERNEL_MOD = "require specific OS configurations or kernel modules that containers might not support easily"
SENSITIVE = "particularly valuable for running untrusted or sensitive workloads"
SHARE_KERNEL = "Containers share the host OS kernel, making them lightweight and faster to start"

SEED = {
    1: keep(["making them lightweight and quick to start",
             "VMs run separate OS instances, offering stronger isolation but slower startup"],
            "lightweight and quick to start"),
    2: keep(["you can run more containers on the same hardware compared to virtual machines",
             "Containers are more resource-efficient and ideal for microservices"],
            "more containers on the same hardware"),
    3: keep(["If you need rapid, scalable applications, containers are better",
             "Scalability challenges are easier with containers since they activate quickly"],
            "containers are better"),
    4: keep(["Containers and virtual machines differ mainly in architecture",
             "VMs run separate OS instances, offering stronger isolation"],
            "containers share the host OS kernel"),
    5: keep(["it could affect other containers",
             "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
            "could affect other containers", lenient=True,
            note="The article says a host/engine or shared-kernel flaw could affect other containers; it does not "
                 "say what an attacker can actually reach after compromising one container."),
    6: keep([SENSITIVE, "They provide stronger isolation because each VM runs its own complete OS"],
            "untrusted or sensitive workloads"),
    7: keep([KERNEL_MOD], "specific OS configurations or kernel modules"),
    8: keep(["Container security is complex due to shared kernel vulnerabilities",
             "VMs provide stronger security boundaries with complete OS environments"],
            "VMs isolate workloads more securely",
            note="The cloud-security FAQ opens with 'Containers improve cloud security by offering better container "
                 "isolation', which points the other way; the summary, takeaways and details all say VMs isolate "
                 "more strongly."),
    9: keep(["Containers often have simpler licensing because they share the host OS",
             "VMs typically require individual licenses for each OS instance"],
            "Containers often have simpler licensing"),
    10: drop("not addressed: the article does not compare lifting a physical server into a VM with containerising "
             "it (its migration FAQ starts from VMs)"),
    11: keep(["Scalability challenges are easier with containers since they activate quickly",
              "containers generally perform better due to efficient resource allocation"],
             "Scalability challenges are easier with containers"),
    12: keep(["Yes, containers can run seamlessly on virtual machines"], "run seamlessly on virtual machines",
             note="VMware is not named; the answer does not depend on the hypervisor product."),
    13: keep(["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security",
              "container orchestration tools like Kubernetes manage them efficiently"],
             "containers use orchestration platforms"),
    14: keep(["if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
             "VMs could be your best choice", lenient=True,
             note="The main text ties consistent performance to VMs, but the high-load FAQ says containers generally "
                  "perform better under load; a good answer carries both."),
    15: keep(["VMs provide stronger isolation through dedicated resources, but may require more management effort"],
             "may require more management effort", lenient=True,
             note="Only one FAQ sentence (VMs may need more management effort); nothing on small-team operational "
                  "load or container tooling effort."),
    16: keep(["easier to contain security breaches within a single VM without affecting others",
              "They provide stronger isolation because each VM runs its own complete OS"],
             "easier to contain security breaches"),
    17: keep([SHARE_KERNEL, "Container security is complex due to shared kernel vulnerabilities"],
             "shared kernel vulnerabilities"),
    18: keep(["Scalability challenges are easier with containers since they activate quickly",
              "adjusting resource allocation to maintain ideal performance during spikes"],
             "easier with containers"),
    19: keep([KERNEL_MOD, "Containers share the host OS kernel"], "specific OS configurations or kernel modules",
             note="Containers run on the host's kernel, so a dependency on one old kernel version points to a VM."),
    20: drop("asks for a number (how many more apps on 4 hosts); the article only says more containers fit on the "
             "same hardware and gives no figures"),
    21: keep(["Containers are more resource-efficient and ideal for microservices",
              "which each require a full OS instance"],
             "ideal for microservices"),
    22: drop("asks for rough start-up numbers for a slide; the article gives no start-up figures (only 'in minutes' "
             "for a container-launched website vs 'takes longer' for VMs)"),
    23: keep(["Address migration challenges like data transfer and configuration adjustments early",
              "Start by planning your container orchestration strategy, ensuring your applications are compatible",
              "Test thoroughly in staging environments, then gradually shift workloads"],
             "data transfer and configuration adjustments", lenient=True,
             note="Generic VM-to-container migration FAQ; nothing specific to a monolith (splitting it, state)."),
    24: keep(["Deployment tools differ: containers use orchestration platforms",
              "container orchestration tools like Kubernetes manage them efficiently, ensuring smooth operation"],
             "orchestration tools like Kubernetes", lenient=True,
             note="The article says containers are managed by orchestration platforms such as Kubernetes; it does not "
                  "explain why one is needed (scheduling, restarts, scaling)."),
    25: keep(["VMs are better suited for applications requiring full OS compatibility and stability",
              "Containers share the host OS kernel"],
             "requiring full OS compatibility", lenient=True,
             note="Windows is not named; VM follows from containers sharing the host kernel and VMs suiting "
                  "full-OS-compatibility needs."),
    26: keep([KERNEL_MOD, "Containers share the host OS kernel"], "specific OS configurations or kernel modules"),
    27: keep(["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead",
              "Containers are more resource-efficient and ideal for microservices"],
             "allowing faster scaling and less overhead", lenient=True,
             note="CPU-bound compute overhead is not discussed; the answer is the general resource-efficiency / "
                  "less-overhead claim."),
    28: keep([SENSITIVE, "easier to contain security breaches within a single VM without affecting others"],
             "untrusted or sensitive workloads"),
    29: keep(["which each require a full OS instance",
              "consume more resources because of their heavyweight nature"],
             "each require a full OS instance", lenient=True,
             note="The article puts VM weight down to each VM's full OS; it credits hypervisors with resource "
                  "management and never discusses hypervisor overhead as such."),
    30: drop("not addressed: handing out per-user (self-service) environments is not discussed"),
    31: keep(["leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
    32: keep(["allowing faster scaling and less overhead",
              "Scalability challenges are easier with containers since they activate quickly",
              "VMs may experience performance drops because of their heavier resource use and longer startup times"],
             "they activate quickly"),
    33: keep(["making them lightweight and quick to start",
              "you can run more containers on the same hardware compared to virtual machines",
              "VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],
             "lightweight and quick to start", lenient=True,
             note="Small/edge hardware is not discussed; the answer is the resource-efficiency argument."),
    34: drop("asks how containers are isolated from each other (the mechanism, for a questionnaire); the article only "
             "says to isolate them 'properly' and lists practices, nothing on namespaces/cgroups"),
    35: keep(["They provide stronger isolation because each VM runs its own complete OS",
              "VMs isolate workloads more securely with separate OSes"],
             "VMs isolate workloads more securely"),
    36: keep([SENSITIVE], "untrusted or sensitive workloads"),
    37: keep(["containers can be more cost-effective and easier to license",
              "you can run more containers on the same hardware compared to virtual machines"],
             "more cost-effective and easier to license", lenient=True,
             note="The article's cost case is licensing and density; nothing on cloud instance billing (containers on "
                  "EC2 still run on VMs)."),
    38: drop("asks whether container escapes happen in practice; the article treats shared-kernel vulnerabilities "
             "as a risk but says nothing about real-world escapes"),
    39: keep(["Yes, containers can run seamlessly on virtual machines",
              "proper configuration is essential to prevent potential bottlenecks or security issues",
              "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"],
             "run seamlessly on virtual machines", lenient=True,
             note="The article endorses containers on VMs and warns about bottlenecks; it does not quantify any "
                  "double overhead."),
    40: keep([SHARE_KERNEL, "which each require a full OS instance"], "lightweight and faster to start"),
}

# ---- corpus: paths relative to /work/shared/corpus ------------------------------------------
MD = "podman/docs/source/markdown/"
CORPUS = {
    1: [MD + "options/health-on-failure.md", MD + "podman-healthcheck.1.md", MD + "podman-run.1.md.in"],
    2: [MD + "podman-auto-update.1.md.in", MD + "options/auto-update.md"],
    3: [MD + "podman-container-checkpoint.1.md", MD + "podman-container-restore.1.md"],
    4: [MD + "podman-farm-build.1.md.in", MD + "podman-farm.1.md", MD + "podman-farm-create.1.md"],
    5: [MD + "podman-image-sign.1.md.in", MD + "podman-image-trust.1.md.in", "podman/docs/tutorials/image_signing.md"],
    6: [MD + "podman-system-connection-add.1.md", "podman/docs/tutorials/remote_client.md"],
    7: ["podman/docs/tutorials/podman-install-certificate-authority.md", "podman/docs/tutorials/podman-for-windows.md"],
    8: [MD + "options/log-opt.md", MD + "podman-run.1.md.in"],
    9: [MD + "podman-system-migrate.1.md"],
    10: [MD + "options/pids-limit.md", MD + "podman-run.1.md.in", MD + "podman-update.1.md.in"],
    11: ["firecracker/docs/jailer.md", "firecracker/docs/prod-host-setup.md"],
    12: ["firecracker/docs/snapshotting/snapshot-support.md", "firecracker/docs/cpu_templates/cpu-templates.md"],
    13: ["firecracker/docs/network-performance.md", "firecracker/docs/getting-started.md",
         "firecracker/docs/kernel-policy.md"],
    14: ["firecracker/docs/api_requests/patch-network-interface.md", "firecracker/docs/api_requests/patch-block.md",
         "firecracker/docs/prod-host-setup.md", "firecracker/docs/design.md"],
    15: ["firecracker/docs/kernel-policy.md"],
    16: ["firecracker/docs/RELEASE_POLICY.md"],
    17: ["firecracker/docs/memory-hotplug.md"],
    18: ["kata/docs/how-to/how-to-load-kernel-modules-with-kata.md"],
    19: ["kata/docs/how-to/what-is-vm-templating-and-how-do-I-use-it.md",
         "kata/docs/how-to/what-is-vm-cache-and-how-do-I-use-it.md",
         "kata/docs/how-to/how-to-use-template-in-runtime-rs.md"],
    20: ["kata/docs/how-to/how-to-size-sandbox-overhead-runtime-rs.md", "kata/docs/design/host-cgroups.md",
         "kata/docs/helm-configuration.md"],
    21: ["kata/docs/design/vcpu-threads-pinning.md", "kata/docs/how-to/how-to-use-numa-with-kata.md"],
    22: ["kata/docs/how-to/service-mesh.md"],
    23: ["kata/docs/how-to/how-to-run-rootless-vmm.md"],
    24: ["kata/docs/how-to/how-to-use-numa-with-kata.md"],
    25: ["kata/docs/Upgrading.md", "kata/docs/helm-configuration.md"],
}

# ---- off-topic: keep every line except these ------------------------------------------------
OFFTOPIC_DROPS = {
    14: "partly answered by the corpus: podman-systemd.unit(5) and podman-generate-systemd(1) show "
        "Restart=on-failure for generated services (the give-up-after-N-tries part is not covered, but a "
        "decline would no longer be the only right answer)",
}
OFFTOPIC_DUPS = set()  # filled only if build.py reports an exact duplicate of an earlier heldout set


def _lines(section):
    return open(os.path.join(HERE, DRAFTS[section]), encoding="utf-8").read().splitlines()


def labelled():
    out = {"seed": [], "corpus": [], "offtopic": []}
    for n, q in enumerate(_lines("seed"), 1):
        out["seed"].append((n, q, SEED.get(n)))
    for n, q in enumerate(_lines("corpus"), 1):
        paths = CORPUS.get(n)
        out["corpus"].append((n, q, {"keep": True, "expectSource": paths} if paths else None))
    for n, q in enumerate(_lines("offtopic"), 1):
        if n in OFFTOPIC_DUPS:
            d = {"keep": False, "reason": DUP}
        elif n in OFFTOPIC_DROPS:
            d = {"keep": False, "reason": OFFTOPIC_DROPS[n]}
        else:
            d = {"keep": True}
        out["offtopic"].append((n, q, d))
    return out
