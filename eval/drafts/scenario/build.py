import json, random, re, datetime
D='/work/main/eval/drafts/scenario/'
seeds=[l.rstrip('\n') for l in open(D+'seed-draft.txt')]
off=[l.rstrip('\n') for l in open(D+'offtopic-draft.txt')]
assert len(seeds)==70 and len(off)==30
art=open('/work/main/knowledge/containers-vs-vms.md').read()
norm=lambda s: re.sub(r'\s+',' ',s)
A=norm(art)
# label by 1-based line number
L={
1:(["containers share the host OS kernel, making them lightweight","VMs run separate OS instances, offering stronger isolation"],"share the host OS kernel"),
2:(["share the host operating system’s kernel, which makes them faster to start and more resource-efficient","vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],"faster to start and more resource-efficient"),
3:(["share the host operating system’s kernel, which makes them faster to start","VMs can be slightly slower to start and consume more resources because of their heavyweight nature"],"share the host operating system’s kernel"),
4:(["Scalability challenges are easier with containers since they activate quickly","leveraging their ability to quickly spin up and shut down"],"containers since they activate quickly"),
5:(["you can run more containers on the same hardware compared to virtual machines"],"more containers on the same hardware"),
6:(["Containers are more resource-efficient and ideal for microservices","virtual machines, which each require a full OS instance"],"Containers are more resource-efficient"),
7:(["If you need rapid, scalable applications, containers are better","For more secure, isolated environments, VMs excel","like a startup launching a website in minutes"],"rapid, scalable applications, containers are better"),
8:(["They provide stronger isolation because each VM runs its own complete OS","This isolation can be particularly valuable for running untrusted or sensitive workloads","VMs provide stronger isolation through dedicated resources"],"VMs provide stronger isolation"),
10:(["They provide stronger isolation because each VM runs its own complete OS","making it easier to contain security breaches within a single VM"],"its own complete OS"),
11:(["VMs are better suited for applications requiring full OS compatibility","VMs are also better suited for running applications that require specific OS configurations"],"VMs are better suited"),
12:(["Containers offer rapid deployment and scalability","leveraging their ability to quickly spin up and shut down"],"Containers offer rapid deployment and scalability"),
13:(["Deployment tools differ: containers use orchestration platforms","container orchestration tools like Kubernetes manage them efficiently"],"container orchestration tools like Kubernetes"),
14:(["VMs rely on hypervisors for managing resources and security","virtual machines often utilize hypervisors"],"VMs rely on hypervisors"),
15:(["Containers often have simpler licensing because they share the host OS, reducing extra costs","VMs typically require individual licenses for each OS instance","containers can be more cost-effective and easier to license"],"containers can be more cost-effective"),
16:(["VMs typically require individual licenses for each OS instance, increasing expenses","especially with proprietary operating systems or enterprise licenses"],"individual licenses for each OS instance"),
17:(["containers generally perform better due to efficient resource allocation","VMs may experience performance drops because of their heavier resource use"],"containers generally perform better"),
18:(["allowing faster scaling and less overhead","VMs may experience performance drops because of their heavier resource use"],"allowing faster scaling and less overhead"),
19:(["Yes, containers can run seamlessly on virtual machines","container orchestration tools like Kubernetes manage them efficiently"],"can run seamlessly on virtual machines"),
20:(["This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads","proper configuration is essential to prevent potential bottlenecks or security issues"],"flexibility, scalability, and security"),
21:(["Start by planning your container orchestration strategy, ensuring your applications are compatible","Test thoroughly in staging environments, then gradually shift workloads"],"planning your container orchestration strategy"),
22:(["Address migration challenges like data transfer and configuration adjustments early","Keep backups handy, and monitor performance closely"],"data transfer and configuration adjustments"),
23:(["You might choose containers when you need agility and speed","if your priority is strong security boundaries and consistent performance, VMs could be your best choice"],"when you need agility and speed"),
25:(["containers share the host OS kernel, making them lightweight","virtual machines, which each require a full OS instance"],"share the host OS kernel"),
31:(["ideal for microservices and fast deployment","continuous deployment, and scalable microservices architectures"],"ideal for microservices and fast deployment"),
32:(["VMs are also better suited for running applications that require specific OS configurations or kernel modules","particularly valuable for running untrusted or sensitive workloads","they excel in environments where stability, compatibility, and security are critical"],"stability, compatibility, and security are critical"),
33:(["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures","If you need rapid, scalable applications, containers are better"],"containers are ideal for rapid development"),
35:(["VMs provide stronger isolation through dedicated resources","stronger isolation because each VM runs its own complete OS"],"stronger isolation through dedicated resources"),
36:(["this sharing of the kernel introduces specific security considerations","vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"],"could potentially affect many containers simultaneously"),
37:(["containers share the host OS kernel, making them lightweight and quick to start","VMs run separate OS instances, offering stronger isolation but slower startup and higher resource use"],"share the host OS kernel"),
38:(["They typically use fewer resources, making VM resource allocation more efficient","containers can be more cost-effective and easier to license"],"containers can be more cost-effective"),
39:(["containers share the host OS kernel, making them lightweight and quick to start","virtual machines, which each require a full OS instance"],"share the host OS kernel"),
40:(["virtual machines, which each require a full OS instance","consume more resources because of their heavyweight nature"],"each require a full OS instance"),
44:(["This isolation can be particularly valuable for running untrusted or sensitive workloads","making it easier to contain security breaches within a single VM"],"running untrusted or sensitive workloads"),
47:(["you can run more containers on the same hardware compared to virtual machines"],"more containers on the same hardware"),
48:(["you can run more containers on the same hardware compared to virtual machines","Containers are more resource-efficient and ideal for microservices"],"more containers on the same hardware"),
53:(["container orchestration tools like Kubernetes manage them efficiently","Deployment tools differ: containers use orchestration platforms"],"container orchestration tools like Kubernetes"),
54:(["Container security is complex due to shared kernel vulnerabilities","running containers with the least privileges, isolating them properly, and regularly updating container images"],"running containers with the least privileges"),
56:(["consume more resources because of their heavyweight nature","slower startup and higher resource use"],"consume more resources"),
59:(["running containers with the least privileges, isolating them properly","Yes, containers can run seamlessly on virtual machines"],"running containers with the least privileges"),
60:(["Both technologies have their place","Yes, containers can run seamlessly on virtual machines"],"Both technologies have their place"),
61:(["like a startup launching a website in minutes, versus setting up full VMs, which takes longer","whether quick and flexible or isolated and robust"],"launching a website in minutes"),
62:(["Both technologies have their place","they excel in environments where stability, compatibility, and security are critical"],"Both technologies have their place"),
68:(["VMs provide stronger isolation through dedicated resources, but may require more management effort","containers can be more cost-effective and easier to license"],"containers can be more cost-effective"),
69:(["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"],"specific OS configurations or kernel modules"),
70:(["Containers share the host OS kernel, making them lightweight and faster to start, while VMs run separate OS instances"],"share the host OS kernel"),
}
R={
9:"article says shared-kernel flaws can affect other containers but never addresses container-to-host escape",
24:"article mentions hypervisors but never defines one or says whether containers need one",
26:"term 'guest OS' not defined/covered",
27:"cross-OS hosting (Linux containers on Windows) not covered",
28:"dev/prod parity / 'works on my machine' not covered",
29:"portability not covered",
30:"image sizes not covered",
34:"running different OSes side by side on one host not explicitly addressed",
41:"container isolation mechanism without hypervisor (namespaces/cgroups) not covered",
42:"whether an app must be rewritten is not covered (only 'ensure applications are compatible')",
43:"microservice decomposition before containerizing not covered",
45:"CI runners not covered",
46:"Docker not mentioned",
49:"VMware not mentioned",
50:"hypervisor types not covered",
51:"statefulness not covered",
52:"databases in containers not covered",
55:"crash blast radius not covered",
57:"fewer-big-VMs vs many-small-containers sizing not covered",
58:"running as root not covered",
63:"OS libraries per container not covered",
64:"image sizes not covered",
65:"noisy neighbours not covered",
66:"no startup-time numbers in article",
67:"lift-and-shift feasibility for legacy apps not covered",
}
assert set(L)|set(R)==set(range(1,71)) and not set(L)&set(R)
bad=[]
for k,(ex,an) in L.items():
    assert 1<=len(ex)<=3
    for e in ex:
        if norm(e) not in A or len(e.split())<5: bad.append((k,e))
    if norm(an) not in A or not 3<=len(an.split())<=6: bad.append((k,an))
print('bad',bad)
assert not bad
with open(D+'dropped.txt','w') as f:
    f.write('# seed questions dropped after reading the article (line number in seed-draft.txt: question -- reason)\n')
    for k in sorted(R): f.write(f'{k}: {seeds[k-1]} -- {R[k]}\n')
    f.write('# off-topic: none dropped (none answered by the article)\n')
kept=[{"q":seeds[k-1],"expect":L[k][0],"answer":L[k][1]} for k in sorted(L)]
rs=random.Random(7); rs.shuffle(kept)
offs=list(off); random.Random(7).shuffle(offs)
today=datetime.date.today().isoformat()
about=(f"Held-out scenario set written blind on {today} by a helper session that never opened src/, test/, knowledge/synonyms.txt, other eval files or shared/eval. "
 "Step 1: 70 seed questions were written in Slack voice (varied roles: new grad, startup CTO, compliance officer, data engineer, SRE, student, platform engineer, finance) from only a one-line description of the article's topics, and saved before any file was opened; "
 "step 2: 30 off-topic questions (15 near-domain: cloud prices, a CVE, kubectl/terraform/helm/ansible/Jenkins specifics, AWS/GKE quotas, release dates, a company policy; 15 unrelated workplace/everyday) were written before reading the article. "
 "Step 3: only then was knowledge/containers-vs-vms.md read; questions were never reworded. Each answerable seed got 1-3 verbatim expect phrases (>=5 words) and a 3-6 word verbatim answer phrase; "
 f"{len(R)} seeds the article does not answer were dropped (listed with reasons in eval/drafts/scenario/dropped.txt), leaving {len(kept)}; no off-topic question was answered by the article, so all {len(offs)} kept. "
 "Both lists were shuffled once with random.Random(7). corpus is empty.")
out={"about":about,"seed":kept,"corpus":[],"offtopic":offs}
json.dump(out,open('/work/main/eval/heldout-scenario.json','w'),ensure_ascii=False,indent=1)
print(len(kept),len(R),len(offs))
