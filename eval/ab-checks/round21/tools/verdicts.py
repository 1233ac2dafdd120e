#!/usr/bin/env python3
"""Build verdicts.tsv and counts.md from the jsonl outputs plus hand verdicts below.
Verdict spec per id: 'V' (same for X and Y) or ('VX','VY'); note text."""
import json, collections
V = {
# article
'A01':('good','no numbers in article; passage says containers faster to start, best the article allows'),
'A02':('good','low-labelled but on point: containers quickly spin up/shut down'),
'A03':('wrong','Conclusion "launch a website in minutes" instead of Details sentence "run more containers on same hardware... each VM requires full OS"'),
'A04':('partial','shared-kernel takeaway; misses the security implication (takeaway on shared kernel vulnerabilities)'),
'A05':('wrong','returns "VMs better for specific OS configs/kernel modules"; security/shared-kernel passages exist'),
'A06':('declined','type 1 vs 2 not covered by article; decline acceptable'),
'A07':('good','REC vms; specific OS configurations passage'),
'A08':('partial','low; shared-kernel sentence implies no, but does not say so'),
'A09':('good','licensing FAQ, REC containers'),
'A10':('partial','migration best-practice sentence; does not address containerize vs lift-and-shift'),
'A11':('good','low-labelled but exact: high-load FAQ, containers scale faster'),
'A12':('partial','Kubernetes manages containers in a VM; takeaway "containers use orchestration platforms" closer'),
'A13':('good','low-labelled but exact: VM isolation valuable for untrusted workloads'),
'A14':('wrong','licensing sentence for a memory-overhead question'),
'A15':('wrong','licensing sentence for a mental-model question'),
'A16':('partial','takeaway: VMs rely on hypervisors for managing resources/security; article has little more'),
'A17':('partial','VM paragraph but picks the downside sentence (slower/heavier) instead of "excel where stability, compatibility, security critical"'),
'A18':('good','REC vms, stronger isolation'),
'A19':('wrong','VM performance sentence; FAQ "Can Containers Run on Virtual Machines Seamlessly?" is exact'),
'A20':('good','shared kernel vs each VM requires full OS'),
'A21':('good','low-labelled but exact: host OS vulnerabilities affect many containers'),
'A22':('good','security complexity of shared kernel'),
'A23':('partial','low; generic intro, article has nothing on databases'),
'A24':('good','more containers on same hardware'),
'A25':('partial','shared-kernel sentence; does not speak to image contents'),
'A26':('partial','VM isolation for sensitive workloads; nothing on auditors'),
'A27':('partial','low; vague Conclusion "quick and flexible or isolated and robust"; intro/startup sentences better'),
'A28':(('wrong','wrong'),'live migration not in article; X first = VMs-to-containers migration FAQ (word-sense confusion), Y first = deployment-tools takeaway; both high confidence, neither better (should decline or be low)'),
'A29':('partial','shared-kernel sentence; "VMs better for specific OS configurations or kernel modules" is the answer'),
'A30':('declined','paravirtualization not covered; decline acceptable'),
'A31':('partial','generic intro; X and Y differ only in passage 2 (Y: containers ideal for rapid development, slightly better) - first passage same'),
'A32':('partial','article has no namespaces/cgroups; container isolation FAQ sentence'),
'A33':('partial','licensing FAQ with REC containers is misapplied to a k8s bare-metal vs VMs cost question'),
'A34':('wrong','host reboot not covered; generic kernel sentence at high confidence'),
'A35':('partial','shared-kernel sentence; implies same kernel, different userland not addressed'),
'A36':('good','VMs stronger isolation'),
'A37':('good','each VM requires full OS'),
'A38':('good','containers ideal for microservices'),
'A39':('partial','"regularly updating container images"; no VM patching contrast'),
'A40':('wrong','low; containers-on-VMs FAQ for a VDI/GUI question'),
# thread
'T01':('good','why: shared kernel -> lightweight, faster'),
'T02':('good','how so: shared host OS flaw affects others; VMs stronger isolation'),
'T03':('wrong','repeats hypervisor sentence; follow-up about containers not addressed (orchestration/shared kernel)'),
'T04':('good','cost follow-up -> licensing FAQ'),
'T05':('partial','"which should we pick" -> Conclusion "depends"; migration FAQ fits the thread better'),
'T06':(('wrong','good'),'Y better: Y gives "share host kernel... each VM requires a full OS instance"; X gives filler "You need to know how each technology impacts your infrastructure"'),
'T07':('declined','chatter "thanks!" correctly ignored'),
'T08':('good','REC vms, untrusted workloads'),
'T09':('wrong','"and memory?" -> "monitor CPU, memory and I/O" sentence; should be resource-efficiency comparison'),
'T10':('good','full OS per VM vs shared kernel'),
'T11':(('partial','wrong'),'X better: both low, same sentence but X keeps "...each VM requires a full OS instance" which touches the VM follow-up; Y truncates to the container-only sentence'),
'T12':('wrong','"why?" for legacy apps -> pro-container sentence; VM specific-OS sentence is the answer'),
'T13':('partial','Kubernetes manages containers efficiently; thin'),
'T14':(('good','wrong'),'X better: X gives "VMs may experience performance drops... longer startup times; scalability easier with containers"; Y gives "monitor metrics like CPU, memory, I/O" which does not answer "and vms?"'),
'T15':('good','licensing: per-OS license for VMs'),
'T16':('declined','chatter "lunch at 12?" correctly ignored'),
'T17':('partial','low; shared-kernel vulnerability takeaway; mitigation sentence (least privileges, update images) not first'),
'T18':('declined','chatter "ok cool ty" correctly ignored'),
'T19':('wrong','"why would you do that" -> VM slower/heavier sentence'),
'T20':('good','shared kernel vulnerabilities vs VMs separate OSes (passage 2 differs; Y better there but first passage same)'),
'T21':('wrong','low; "regularly updating container images" for image size question'),
'T22':('good','low-labelled; VMs for robust security and compatibility'),
'T23':('good','REC vms for regulated workload'),
'T24':('good','licensing follow-up'),
'T25':('wrong','"what about vms" for kernel-dependent app -> VM slower sentence; specific-OS/kernel-modules sentence is the answer'),
'T26':('declined','chatter "brb coffee" correctly ignored'),
'T27':(('wrong','good'),'Y better: Y gives "Containers ... share the host kernel, which makes them faster to start"; X gives VM isolation sentence unrelated to boot time'),
'T28':('wrong','low; "proper configuration is essential to prevent ... security issues" - generic; the host-OS-vulnerability sentence is the answer'),
'T29':('good','shared kernel vs full OS per VM'),
'T30':('declined','chatter "sounds good, talk tomorrow" correctly ignored'),
# corpus
'C01':('partial','pasta networking runs rootless; rootless_tutorial.md only 2nd'),
'C02':('declined','miss: podman/troubleshooting.md #9 "Newuidmap missing when running rootless Podman commands" covers it'),
'C03':('declined','podman/install.md only links to podman.io; decline acceptable'),
'C04':('wrong','pod-top descriptor sentence; podman-pod.1.md "groups of containers" not returned'),
'C05':('good','podman kube generate DESCRIPTION (snippet sentence about init containers is weak but doc/command right)'),
'C06':('partial','right doc (podman-systemd.unit.5) but startup-timeout sentence, not setup'),
'C07':('partial','podman machine start doc; sentence explains why VM needed, not how to start'),
'C08':('partial','container-clone memory sentence; options/memory.md (--memory) only 2nd'),
'C09':('good','options/publish.md'),
'C10':('partial','healthcheck suite overview; not how to configure (--health-cmd)'),
'C11':('good','podman compose providers'),
'C12':('good','podman image sign'),
'C13':('good','io.containers.autoupdate label'),
'C14':('wrong','block-io-engine Async sentence; README/FAQ "What is Firecracker?" (developed at AWS) not returned'),
'C15':('wrong','snapshot pause sentence; FAQ.md "< 125 ms startup time" not returned'),
'C16':('good','jailer isolates Firecracker process'),
'C17':('good','snapshot-support'),
'C18':('partial','network-for-clones tap sentence; network-setup.md only 2nd'),
'C19':('good','MMDS definition'),
'C20':('good','ballooning prerequisites'),
'C21':('good','uncompressed kernel + ext4 rootfs'),
'C22':('good','quick-start definition'),
'C23':('wrong','threat-model "improper isolation" risk; virtualization.md (second layer of isolation via hardware virtualization) only 3rd'),
'C24':('good','hypervisors.md intro'),
'C25':('good','containerd-kata RuntimeClass'),
'C26':('partial','one limitation (Docker/Podman support) only'),
'C27':('wrong','rootless VMM limitations; how-to-use-kata-containers-with-firecracker.md not in top 3'),
'C28':('partial','GPU passthrough doc but placeholder sentence'),
'C29':('good','VM templating pros: startup speed'),
'C30':('good','threat model purpose'),
}
OFF_LEAK_NOTES = {
'O08':'low leak: containers-on-VMs FAQ for Cloud Run vs Fargate pricing',
'O15':'low leak: migration FAQ for a Dockerfile multi-stage question',
'OC02':'low leak: kata Limitations runc mention for a CVE-number question',
'OC03':'HIGH-confidence leak: kata fluentd doc kubectl get pods for a kubectl logs --previous question',
}
files = [('article','A'),('thread','T'),('corpus','C'),('offtopic','O'),('offtopic-corpus','OC')]
rows = []
counts = collections.OrderedDict()
def conf(a): return a['confidence'] if a['answered'] else '-'
for f, p in files:
    c = counts.setdefault(f, {'X':collections.Counter(),'Y':collections.Counter()})
    for i, l in enumerate(open(f + '.jsonl'), 1):
        d = json.loads(l); iid = f"{p}{i:02d}"
        if p in ('O','OC') or (p=='T' and iid in ('T07','T16','T18','T26','T30')):
            kind = 'offtopic' if p in ('O','OC') else 'thread-chatter'
            vx = 'declined' if not d['X']['answered'] else 'leak'
            vy = 'declined' if not d['Y']['answered'] else 'leak'
            note = OFF_LEAK_NOTES.get(iid, 'correctly declined' if vx==vy=='declined' else '')
            if p == 'T': note = V[iid][1]
            kind = {'offtopic':'offtopic-article' if p=='O' else 'offtopic-corpus'}.get(kind, kind)
        else:
            v, note = V[iid]
            vx, vy = (v, v) if isinstance(v, str) else v
            kind = {'A':'article','T':'thread','C':'corpus'}[p]
        ck = counts.setdefault(kind, {'X':collections.Counter(),'Y':collections.Counter()})
        ck['X'][vx] += 1; ck['Y'][vy] += 1
        rows.append([iid, kind, d['item'], vx, vy, conf(d['X']), conf(d['Y']), note])
with open('verdicts.tsv','w') as o:
    o.write('id\tkind\titem\tX_verdict\tY_verdict\tX_conf\tY_conf\tnote\n')
    for r in rows: o.write('\t'.join(s.replace('\t',' ') for s in r) + '\n')
with open('counts.md','w') as o:
    o.write('# Counts per kind (X vs Y)\n\n| kind | n | verdict | X | Y |\n|---|---|---|---|---|\n')
    for k, c in counts.items():
        if not sum(c['X'].values()): continue
        n = sum(c['X'].values())
        for v in ['good','partial','wrong','declined','leak']:
            if c['X'][v] or c['Y'][v]:
                o.write(f"| {k} | {n} | {v} | {c['X'][v]} | {c['Y'][v]} |\n")
    o.write('\nIn-domain kinds: "declined" = declined an in-domain question. Off-topic/chatter kinds: "declined" = correct, "leak" = answered.\n')
print(open('counts.md').read())
for r in rows:
    if r[3]!=r[4]: print('DIFF', r[0], r[3], r[4])
