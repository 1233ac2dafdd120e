"""Phase 2 labels for conversations-5, keyed by index into draft.json.

keep: K(expect=[verbatim article phrases >=5 words], answer="verbatim 3-6 words", note=optional judgement note)
drop: D("reason")
Items are never reworded; text comes from draft.json at build time.
"""


def K(expect, answer, note=""):
    return {"decision": "keep", "expect": expect, "answer": answer, "note": note}


def D(reason):
    return {"decision": "drop", "reason": reason}


DECISIONS = {
    # 0 kernel shared? -> and vms?
    0: K(["VMs run separate OS instances, offering stronger isolation",
          "each VM runs its own complete OS"],
         "VMs run separate OS instances"),
    # 1 billing monolith to containers -> what's the catch
    1: K(["migration from VMs to containers requires careful navigation",
          "Address migration challenges like data transfer and configuration adjustments early",
          "ensuring your applications are compatible"],
         "data transfer and configuration adjustments",
         "catch read as the migration challenges the article's VM->container migration FAQ lists"),
    # 2 vms boot slow, containers instant -> why
    2: K(["Containers share the host OS kernel, making them lightweight and faster to start",
          "which each require a full OS instance"],
         "share the host OS kernel"),
    # 3 containers less isolated? -> true? why
    3: K(["Container security is complex due to shared kernel vulnerabilities",
          "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
          "They provide stronger isolation because each VM runs its own complete OS"],
         "due to shared kernel vulnerabilities"),
    4: D("asks for a rough container-per-host number; article only says 'more containers on the same hardware', gives no figures"),
    5: D("kata containers never mentioned"),
    6: D("hypervisor types/kinds never described"),
    7: D("gvisor and kata never mentioned"),
    8: D("cross-OS portability / windows hosts never discussed"),
    # 9 legacy erp needs old kernel module
    9: K(["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"],
         "containers might not support easily"),
    10: D("article never says whether kubernetes can manage VMs (no kubevirt etc.); only says containers use orchestration, VMs hypervisors"),
    # 11 licences $$$ -> would containers help
    11: K(["Containers often have simpler licensing because they share the host OS",
          "VMs typically require individual licenses for each OS instance, increasing expenses",
          "containers can be more cost-effective and easier to license"],
         "more cost-effective and easier to license",
         "context is hypervisor per-core pricing; article only covers licensing in general (per-OS, enterprise licences) - kept because it does say containers are cheaper/easier to license"),
    # 12 containers = lightweight vms? -> accurate?
    12: K(["Containers and virtual machines differ mainly in architecture",
          "containers share the host OS kernel, making them lightweight and quick to start",
          "VMs run separate OS instances, offering stronger isolation"],
         "differ mainly in architecture"),
    13: D("dev/test vs production placement never discussed; article only gives a generic 'depends on your needs'"),
    14: D("databases / stateful workloads never discussed"),
    # 15 image sizes -> why vm so much bigger
    15: K(["which each require a full OS instance",
          "each VM runs its own complete OS"],
         "each require a full OS instance",
         "article never mentions image sizes; kept because the reason (VMs carry a full OS, containers share the kernel) is stated"),
    # 16 autoscaling slow on vms -> containers faster?
    16: K(["Scalability challenges are easier with containers since they activate quickly",
          "allowing faster scaling and less overhead",
          "VMs may experience performance drops because of their heavier resource use and longer startup times"],
         "since they activate quickly"),
    17: D("article never frames VMs as virtualizing hardware vs containers virtualizing the OS, so it cannot confirm or correct the claim"),
    18: D("article says containers run seamlessly on VMs, but nothing about whether this is done in production / how common it is"),
    # 19 kernel exploit -> other containers?
    19: K(["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
          "if there\u2019s a security flaw, it could affect other containers"],
         "could potentially affect many containers simultaneously"),
    20: D("running windows and linux apps on one host never discussed"),
    21: D("firecracker / microVMs never mentioned"),
    # 22 container overhead
    22: K(["share the host operating system\u2019s kernel, which makes them faster to start and more resource-efficient",
          "They typically use fewer resources",
          "allowing faster scaling and less overhead"],
         "faster to start and more resource-efficient",
         "article gives no overhead numbers; kept for the qualitative answer (shares kernel -> fewer resources, less overhead)"),
    23: D("live migration never discussed"),
    24: D("article names kubernetes but never says what orchestration actually handles"),
    # 25 compliance strong tenant isolation -> vms then?
    25: K(["This isolation can be particularly valuable for running untrusted or sensitive workloads",
          "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
         "VMs could be your best choice"),
    26: D("type 1/type 2 hypervisors and virtualbox never mentioned"),
    27: D("persistent storage / where container data lives never discussed"),
    28: D("image scanning and any VM equivalent never discussed (only 'regularly updating container images')"),
    # 29 mix, standardize on one? -> should we
    29: K(["Both technologies have their place",
          "your choice depends on balancing the need for speed, security, and resource efficiency"],
         "Both technologies have their place"),
    30: D("namespaces and cgroups never mentioned"),
    # 31 ci jobs -> which pick
    31: K(["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures",
          "leveraging their ability to quickly spin up and shut down"],
         "ideal for rapid development, continuous deployment",
         "CI jobs mapped to the article's 'rapid development, continuous deployment' and quick spin-up; the article never says CI explicitly"),
    32: D("sprawl never discussed"),
    33: D("effect of image size on startup never discussed"),
    34: D("running vendor VM appliances in kubernetes never discussed"),
    # 35 each vm own kernel -> why safer?
    35: K(["They provide stronger isolation because each VM runs its own complete OS, making it easier to contain security breaches within a single VM without affecting others"],
         "runs its own complete OS"),
    36: D("root inside a container vs host root never discussed (article only advises least privileges)"),
    37: D("lift-and-shift to cloud VMs vs containerizing never compared"),
    # 38 50 microservices -> containers or vms
    38: K(["Containers are more resource-efficient and ideal for microservices",
          "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"],
         "resource-efficient and ideal for microservices"),
    39: D("article never links VM slowness to hardware emulation by the hypervisor (it credits hypervisors with optimizing resources)"),
    40: D("asks how much higher density is; article gives no figures"),
    41: D("GPUs never mentioned"),
    42: D("solaris / non-linux OSes never mentioned"),
    43: D("article never describes what a container contains instead of a full OS"),
    44: D("dev/prod environment parity never discussed"),
    45: D("snapshots / rollback never discussed"),
    46: D("windows containers never mentioned"),
    47: D("serverless never mentioned"),
    # 48 noisy neighbours -> would vms avoid that
    48: K(["VMs provide stronger isolation through dedicated resources",
          "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],
         "stronger isolation through dedicated resources",
         "noisy neighbour mapped to 'dedicated resources' and 'consistent performance'"),
    # 49 patching vms per guest -> and with containers?
    49: K(["regularly updating container images to minimize attack surfaces"],
          "regularly updating container images",
         "article only gives the container-image side of patching (no host-kernel patching); kept as the article's direct statement"),
    # 50 'containers are not a security boundary' -> agree?
    50: K(["VMs provide stronger security boundaries with complete OS environments",
          "Container security is complex due to shared kernel vulnerabilities"],
         "VMs provide stronger security boundaries",
         "article does not say containers are no boundary; answer is the weaker-boundary position (FAQ even credits container isolation)"),
    # 51 pack containers onto fewer cloud vms -> saves $$?
    51: K(["They typically use fewer resources, making VM resource allocation more efficient",
          "you can run more containers on the same hardware compared to virtual machines"],
         "making VM resource allocation more efficient"),
    52: D("stateful-on-VMs / stateless-in-containers hybrid pattern never discussed"),
    53: D("history / docker never mentioned"),
    54: D("container-to-container networking on a host never discussed (only containers in a VM reaching network resources)"),
    55: D("kubevirt never mentioned"),
    # 56 batch jobs, startup time -> containers obvious pick?
    56: K(["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"],
         "quickly spin up and shut down"),
    # 57 vms full os control -> downside
    57: K(["VMs can be slightly slower to start and consume more resources because of their heavyweight nature",
          "VMs typically require individual licenses for each OS instance",
          "but may require more management effort"],
         "slower startup and higher resource use"),
    # 58 shared kernel -> downside
    58: K(["this sharing of the kernel introduces specific security considerations",
          "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],
         "introduces specific security considerations"),
    # 59 vms 'legacy'? -> fair?
    59: K(["Both technologies have their place",
          "Yet, they excel in environments where stability, compatibility, and security are critical"],
         "Both technologies have their place"),
    # 60 isolation -> how bad is it really
    60: K(["Container security can be more complex because vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
          "You must implement strict security practices, such as running containers with the least privileges"],
         "Container security can be more complex"),
    61: D("docker desktop / docker-in-VM on mac never mentioned"),
    # 62 app needs different kernel version -> container won't work?
    62: K(["Containers share the host OS kernel",
          "VMs are also better suited for running applications that require specific OS configurations or kernel modules"],
         "specific OS configurations or kernel modules",
         "article says kernel modules / OS configurations, not kernel version; kept since 'containers share the host OS kernel' settles it"),
    63: D("container vs VM image contents/formats never described"),
    # 64 vm orchestration vsphere/openstack -> and containers?
    64: K(["containers use orchestration platforms, while VMs rely on hypervisors",
          "container orchestration tools like Kubernetes manage them efficiently"],
         "container orchestration tools like Kubernetes"),
    65: D("article never compares how hard monitoring containers vs VMs is"),
    # 66 containers on bare metal -> ok security-wise?
    66: K(["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
          "You must implement strict security practices, such as running containers with the least privileges, isolating them properly, and regularly updating container images"],
         "implement strict security practices",
         "bare metal never mentioned; kept because the shared-kernel risk and required practices directly answer 'ok security-wise' once the VM layer is gone"),
    67: D("immutable infrastructure never discussed"),
    68: D("needs a scale-specific judgement / memory figures the article never gives"),
    # 69 5 person startup first app -> vms or containers
    69: K(["imagine deploying a new app quickly using containers, like a startup launching a website in minutes"],
         "startup launching a website in minutes"),
}
