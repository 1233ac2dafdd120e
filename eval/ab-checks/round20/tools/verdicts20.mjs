import { readFileSync, writeFileSync } from 'node:fs';
const V = {
article: [
['partial','partial','low, no rec; passage on containers for scalable/quick spin-up is relevant but no pick for clearly container-shaped batch workload'],
['good','good','rec vms; specific-OS passage'],
['good','good','rec vms; untrusted-workload isolation passage'],
['wrong','wrong','low; migration "ship" passage; article has VMs = stability/consistent performance (line 21/23) which was missed'],
['good','good','rec containers; microservices passage'],
['good','good','rec containers-on-vms; isolation for untrusted workloads'],
['good','good','rec vms; kernel-modules passage'],
['good','good','rec containers; licensing/cost passage'],
['good','good','rec vms; isolation passage'],
['wrong','wrong','low; rec containers-on-vms with "containers can run on VMs" passage; the need for an old kernel (article line 21: VMs for specific OS/kernel) is missed'],
['good','good','shared kernel -> faster start'],
['good','good','qualitative only; article has no boot-time numbers, best available'],
['partial','partial','low; "less overhead under high load"; line 19 (full OS per VM, more resource-efficient) would be better'],
['wrong','wrong','low; container-security passage, nothing on image size'],
['good','good','shared-kernel vulnerabilities takeaway'],
['good','good','VM isolation via own OS; article has no namespace detail'],
['partial','partial','low; shared-kernel takeaway is related; line 19 (host/engine vulnerabilities) better'],
['partial','partial','low; "share host kernel" implies no, does not say it'],
['good','good','shared host kernel'],
['good','good','shares host kernel (implies same kernel family)'],
['partial','partial','performance-under-load passage; density (line 19) or licensing better for cost'],
['good','good','licensing FAQ'],
['good','good','low but relevant: migration FAQ steps'],
['good','good','migration challenges'],
['partial','partial','mentions Kubernetes manages containers; does not answer whether needed'],
['partial','partial','containers-on-VMs passage; takeaway "containers use orchestration, VMs rely on hypervisors" missed'],
['partial','partial','lightweight/resource-efficient vs VMs; bare metal not covered'],
['partial','partial','generic high-load passage, not IO'],
['wrong','wrong','high confidence on type1/type2 hypervisors, which the article does not cover; should decline'],
['wrong','wrong','high; "VMs slower to start" passage; the FAQ "Can Containers Run on VMs Seamlessly? Yes" was missed'],
['wrong','wrong','high; gives VM downsides instead of reasons to use VMs (line 21 stability/compatibility/security)'],
['good','good','low but relevant: shared-kernel security complexity'],
['good','good','more containers on same hardware'],
['declined','declined','in-domain definitional question declined; intro paragraph answers it'],
['wrong','wrong','high; "VMs slower to start" passage; noisy neighbours/consistent performance (line 23/29 dedicated resources) missed'],
['wrong','wrong','high; VM-to-container migration passage for live migration (word-sense); article does not cover, should decline'],
['wrong','wrong','high; kernel-modules passage, nothing on portability'],
['partial','partial','"regularly updating container images"; no VM patching contrast'],
['partial','partial','shared-kernel/density passage; "minimize attack surfaces" sentence or FAQ would be better'],
['wrong','wrong','low; migration passage; persistence not covered, should decline'],
],
thread: [
['good','good','follow-up resolved: shared kernel -> faster'],
['good','good','security FAQ: shared host OS vs VM isolation'],
['good','good','low; cost follow-up resolved to licensing/cost passage'],
['partial','partial','least-privilege practices; the shared-kernel-vulnerability takeaway would answer directly'],
['partial','partial','low; VMs slower/more resources - relevant to hypervisor overhead'],
['good','good','low; migration challenges'],
['partial','good','Y better: Y carries the workload over and gives rec vms with the untrusted-workloads passage; X gives the balanced "containers for agility / VMs for security" sentence without a pick'],
['partial','partial','"less overhead" under load'],
['partial','partial','low; shared host kernel implies no'],
['wrong','wrong','low; gives container downsides for a follow-up about VM downsides'],
['wrong','wrong','high; "VMs slower to start" for why containers are portable'],
['good','good','shares host kernel -> own kernel not possible'],
['partial','partial','Kubernetes/containers-on-VMs; takeaway on hypervisors for VMs missed'],
['partial','partial','container start only; VM half of the follow-up not in first passage'],
['good','good','licensing/cost passage'],
['partial','partial','article assertion "better container isolation" without the how'],
['declined','declined','in-domain (DB in containers) declined; article has no DB content, borderline acceptable'],
['good','good','3-part: VM performance trade-off resolved'],
['good','good','low; intro "containers better for rapid scalable apps"; no rec'],
['partial','partial','consistent performance sentence mixed with agility'],
['wrong','wrong','low; "easier to license" keyword match for "which is easier (to patch)"'],
['wrong','wrong','low; virtual network integration passage for dev vs prod'],
['partial','partial','3-part: generic high-load passage, no startup detail'],
['declined (correct)','declined (correct)','chatter "thanks!"'],
['declined (correct)','declined (correct)','chatter "ok cool"'],
['declined (correct)','declined (correct)','chatter "lol same"'],
['declined (correct)','declined (correct)','chatter "got it, thx"'],
['declined (correct)','declined (correct)','chatter "nice"'],
['declined (correct)','declined (correct)','chatter emoji'],
['declined (correct)','declined (correct)','chatter "haha ok makes sense"'],
],
corpus: [
['wrong','wrong','podman-volume-mount "use podman unshare" is about the volume mount command; troubleshooting.md #2 (permission denied on volume mount, SELinux) missed'],
['good','good','rootless tutorial subuid/subgid'],
['good','good','differ: X FAQ "serial console disabled by default, update kernel cmdline"; Y kernel-policy CONFIG_SERIAL_8250_CONSOLE. Both relevant; X slightly more direct'],
['wrong','wrong','low; hypervisor versions table; how-to-use-kata-containers-with-firecracker devmapper requirement missed'],
['partial','partial','machine start description; nothing on hangs'],
['good','good','network-for-clones'],
['partial','partial','CDI annotations for GPU passthrough; no troubleshooting'],
['partial','partial','low; --squash from podman commit rather than build'],
['wrong','wrong','jailer "folder exists" note, not about permission error'],
['wrong','partial','Y better: healthcheck overview page vs X sdnotify=healthy (systemd notification); health-start-period/retries would answer'],
['partial','partial','right migration doc, arbitrary table rows'],
['partial','partial','balloon definition; deflate/guest-driver caveats not shown'],
['good','good','deprecated -> Quadlet'],
['partial','wrong','X better: X is the right how-to (docker + kata requirements; doc registers runtime in daemon.json); Y says Docker can no longer be used with Kata (DinD note, misleading)'],
['partial','partial','differ in order only (X pod-create example caption, Y --publish-all); troubleshooting #23/#47 not first'],
['partial','wrong','X better: X README rootless (user namespaces); Y rootless shortcomings about privileged-port redirection'],
['good','wrong','X better: X quadlet definition; Y AddDevice= key format'],
['wrong','wrong','known-limitation (daemonize PID) for "how does jailer work"; design.md jailer summary is p2 at best'],
['good','good','network-setup tap'],
['partial','partial','differ in doc only; both "supports multiple hypervisors" with no names (Y snippet ends with ":")'],
['partial','partial','containerd.service download note'],
['partial','partial','low; MMDS PUT update, no definition'],
['partial','partial','--cpus from container clone, not run; memory not covered'],
['good','good','auto-update label'],
['good','good','Limitations overview vs runc'],
['wrong','wrong','nydus socket detail; how-to-use-virtio-fs-with-kata intro is p2/p3'],
['wrong','wrong','VMGenID; "Creating snapshots" section is p2/p3'],
['good','good','farm build description'],
['good','good','Windows installer'],
['partial','partial','VSOCK density advantage; not how'],
],
};
const off = (xLeak, yLeak, notes={}) => (_, i) => {
  const n=i+1; const x = xLeak.includes(n)?'leak':'declined (correct)'; const y=yLeak.includes(n)?'leak':'declined (correct)';
  return [x,y,notes[n] ?? (x===y?'':'')];
};
V.offtopic = Array.from({length:30}, off([3,11,17,19,20],[11,17,20],{
 3:'Y better: X answers the Azure SLA question at high confidence with a VM-performance passage; Y declines',
 11:'low; RHEL subscription price -> licensing FAQ',
 17:'low; Docker Desktop licence -> licensing FAQ',
 19:'Y better: X answers GKE SLA (low) with the Kubernetes passage; Y declines',
 20:'low; EC2 quota -> licensing FAQ ("limit"/"instance" match)'}));
V['offtopic-corpus'] = Array.from({length:30}, off([15,18,20],[15,18,20],{
 15:'high; podman-for-windows nested virtualization prerequisite (borderline: near-relevant, but a Hyper-V/AMD question)',
 18:'high; kata helm-configuration for a helm repo on S3',
 20:'high; differ in passage only: X firecracker network-performance "EC2 M5d.metal host", Y getting-started "aws ec2 modify-instance-metadata-options"; both leak'}));
const kinds = { article:'article', thread:'thread', corpus:'corpus', offtopic:'offtopic', 'offtopic-corpus':'offtopic-corpus' };
let out = ['id\tkind\titem\tX verdict\tY verdict\tX conf\tY conf\tnote'];
const all=[];
for (const k of Object.keys(kinds)) {
  const rows = readFileSync(`${k}.jsonl`,'utf8').trim().split('\n').map(JSON.parse);
  if (rows.length !== V[k].length) throw new Error(k+' length '+rows.length+' vs '+V[k].length);
  rows.forEach((r,i)=>{
    let kind = k;
    if (k==='thread' && i>=23) kind='thread-chatter';
    const id = `${k}-${String(i+1).padStart(2,'0')}`;
    const [xv,yv,note]=V[k][i];
    const xc = r.X.answered? r.X.confidence : 'declined', yc = r.Y.answered? r.Y.confidence:'declined';
    // consistency checks
    for (const [b,v] of [['X',xv],['Y',yv]]) { const ans=r[b].answered; if (v.startsWith('declined') === ans) throw new Error(`${id} ${b} verdict ${v} vs answered ${ans}`); }
    out.push([id,kind,r.item.replace(/\t/g,' '),xv,yv,xc,yc,note].join('\t'));
    all.push({id,kind,xv,yv,xc,yc});
  });
}
writeFileSync('verdicts.tsv', out.join('\n')+'\n');
writeFileSync('/tmp/all20.json', JSON.stringify(all));
console.log('ok', all.length);
