import json
draft = json.load(open('draft.json'))
SEC = "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"
PRAC = "running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"
UNTR = "This isolation can be particularly valuable for running untrusted or sensitive workloads"
HYP = "virtual machines often utilize hypervisors, which play a crucial role in optimizing resource management and security"
OSCFG = "VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"
COST = "containers can be more cost-effective and easier to license"
DENS = "you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"
TOOLS = "containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"
CONF = "proper configuration is essential to prevent potential bottlenecks or security issues"
SCALE = "Scalability challenges are easier with containers since they activate quickly and share resources more effectively"
labels = {
 1: ([SEC, "Container security is complex due to shared kernel vulnerabilities"], "affect many containers simultaneously"),
 2: (["VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "because of their heavyweight nature"),
 3: (["Containers are more resource-efficient and ideal for microservices", "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "resource-efficient and ideal for microservices"),
 4: (["You must implement strict security practices, such as " + PRAC], "running containers with the least privileges"),
 5: ([HYP, "VMs rely on hypervisors for managing resources and security"], "optimizing resource management and security"),
 6: ([UNTR, "making it easier to contain security breaches within a single VM without affecting others"], "running untrusted or sensitive workloads"),
 7: (["if your priority is strong security boundaries and consistent performance, VMs could be your best choice", OSCFG], "strong security boundaries and consistent performance"),
 8: (["containers share the host OS, so if there’s a security flaw, it could affect other containers", "VMs provide stronger isolation through dedicated resources, but may require more management effort"], "it could affect other containers"),
 9: (["Virtual network integration allows containers to connect securely to other network resources", "Just be aware that " + CONF], "proper configuration is essential"),
 11: (["You should monitor metrics like CPU, memory, and I/O closely, adjusting resource allocation to maintain ideal performance during spikes"], "metrics like CPU, memory, and I/O"),
 12: (["Start by planning your container orchestration strategy, ensuring your applications are compatible"], "planning your container orchestration strategy"),
 13: ([OSCFG, "VMs are better suited for applications requiring full OS compatibility and stability"], "VMs are also better suited"),
 14: ([COST, DENS], "can be more cost-effective"),
 15: (["Containers share the host OS kernel, making them lightweight and faster to start", "containers share the host OS kernel, making them lightweight and quick to start"], "host OS kernel, making them lightweight"),
 16: (["VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use", "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "slower startup and higher resource use"),
 17: ([SCALE, "adjusting resource allocation to maintain ideal performance during spikes"], "adjusting resource allocation"),
 18: ([OSCFG, "Containers share the host OS kernel"], "share the host OS kernel"),
 19: (["VMs rely on hypervisors for managing resources and security", HYP], "VMs rely on hypervisors"),
 20: ([PRAC], "to minimize attack surfaces"),
 21: (["You must implement strict security practices, such as running containers with the least privileges, isolating them properly"], "running containers with the least privileges"),
 22: (["You might choose containers when you need agility and speed", "If you need rapid, scalable applications, containers are better"], "choose containers when you need agility"),
 23: ([HYP], "optimizing resource management and security"),
 24: (["You must implement strict security practices, such as " + PRAC], "running containers with the least privileges"),
 25: (["Just be aware that " + CONF], "proper configuration is essential"),
 26: (["VMs typically require individual licenses for each OS instance, increasing expenses", "Containers often have simpler licensing because they share the host OS, reducing extra costs"], "individual licenses for each OS instance"),
 27: (["VMs may experience performance drops because of their heavier resource use and longer startup times"], "VMs may experience performance drops"),
 28: (["Address migration challenges like data transfer and configuration adjustments early"], "data transfer and configuration adjustments"),
 29: (["Ultimately, your choice depends on balancing the need for speed, security, and resource efficiency", "understanding your project’s requirements helps you decide the best fit"], "balancing the need for speed"),
 30: (["Containers share the host OS kernel, making them lightweight", "are lightweight and share the host operating system’s kernel"], "share the host OS kernel"),
 31: (["However, this sharing of the kernel introduces specific security considerations", "Container security is complex due to shared kernel vulnerabilities"], "introduces specific security considerations"),
 32: ([DENS], "each require a full OS instance"),
 33: (["Containers offer rapid deployment and scalability, but VMs are better suited for applications requiring full OS compatibility and stability"], "full OS compatibility and stability"),
 34: (["You must implement strict security practices, such as " + PRAC], "running containers with the least privileges"),
 35: ([TOOLS], "VMs rely on hypervisors"),
 36: ([UNTR], "running untrusted or sensitive workloads"),
 37: ([COST, DENS], "can be more cost-effective"),
 38: (["Container security is complex due to shared kernel vulnerabilities", SEC], "due to shared kernel vulnerabilities"),
 39: (["Just be aware that " + CONF], "prevent potential bottlenecks or security issues"),
 40: ([SCALE, "leveraging their ability to quickly spin up and shut down"], "since they activate quickly"),
 42: (["VMs provide stronger isolation through dedicated resources, but may require more management effort"], "stronger isolation through dedicated resources"),
 43: (["Test thoroughly in staging environments, then gradually shift workloads"], "Test thoroughly in staging environments"),
 44: (["making it easier to contain security breaches within a single VM without affecting others", SEC], "easier to contain security breaches"),
 45: ([TOOLS], "containers use orchestration platforms"),
 46: (["Containers often have simpler licensing because they share the host OS, reducing extra costs", DENS], "because they share the host OS"),
 47: ([OSCFG], "VMs are also better suited"),
 48: (["regularly updating container images to minimize attack surfaces"], "regularly updating container images"),
}
dropped = {
 10: "Article says containers can be more cost-effective on licensing but gives no figures or magnitude, so 'how much cheaper roughly' is not answered.",
 41: "Article never discusses monoliths or density for non-microservice applications.",
 49: "Article does not distinguish development from production environments; nothing answers 'what about production?' after a dev-environment question.",
 50: "Article does not mention team skill set or expertise as a factor.",
}
assert set(labels) | set(dropped) == set(range(1, 51)) and not set(labels) & set(dropped)
out = []
for i, c in enumerate(draft, 1):
    if i in labels:
        e, a = labels[i]
        out.append({"context": c["context"], "q": c["q"], "expect": e, "answer": a})
json.dump({"conversations": out}, open('conversations.json', 'w'), ensure_ascii=False, indent=1)
with open('dropped.txt', 'w') as f:
    for i in sorted(dropped):
        c = draft[i-1]
        f.write(f"#{i} context: {c['context'][0]!r} | q: {c['q']!r}\n   reason: {dropped[i]}\n")
print(len(out), len(dropped))
