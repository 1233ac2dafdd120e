import type { Recommendation, CaveatId } from './rules.js';

/**
 * What each answer means for the choice, in our words (`summary`), and a short
 * description of that reason (`query`) used to find the quote in the knowledge. The
 * quote itself is never written here: it is whatever the knowledge says, so citations
 * follow the knowledge folder.
 */
export interface ReasonText {
  summary: string;
  query: string;
  /**
   * Other claims the same reason rests on, each a query as `query` is: the quote is found for the
   * one the question asked about ("license" or "overhead" both mean packing more onto less), and
   * for `query` when no question was asked (the decision flow).
   */
  also?: readonly string[];
}

/** Keyed by `factor=value`; a missing key (e.g. speed=moderate) is a neutral answer with nothing to say. */
export const ANSWER_REASONS: Record<string, ReasonText> = {
  'kernel=custom': {
    summary:
      'It needs its own OS, a specific kernel version or kernel modules. Containers share the host kernel; only a VM gives a workload its own.',
    query: 'VMs suited for applications that require specific OS configurations or kernel modules containers might not support',
    // Another operating system is a claim of its own: "windows-only", "only runs on AIX" ask the
    // knowledge's full-OS-compatibility line, a kernel module the one of kernel modules.
    also: ['VMs better suited for applications requiring full OS compatibility operating systems'],
  },
  'kernel=shared-ok': {
    summary: 'It can share the host kernel, so nothing rules containers out.',
    query: 'containers share the host OS kernel lightweight',
  },
  'isolation=high': {
    summary:
      'Untrusted or sensitive workloads need a strong boundary. Each VM runs its own OS, which contains a breach far better than a shared kernel does.',
    query: 'VMs stronger isolation untrusted sensitive workloads contain security breaches',
  },
  'isolation=standard': {
    summary: 'Standard isolation is enough, so the shared kernel of containers is acceptable.',
    query: 'container isolation limits the attack surface',
  },
  'speed=high': {
    summary: 'Fast startup and rapid scaling matter, and containers start in moments and scale quickly.',
    query: 'containers agility speed quickly spin up and shut down',
    // Fast start-up, scaling out and performing under load are three claims: "spikes", "scale out"
    // ask the second, quoted by the sentence that says which scales more easily (tuning halves
    // answer@1 +5 of 419 against quoting "Under high load, …" for both); "performs better under high
    // load" asks the third.
    also: [
      'scaling out adding capacity under load traffic requests surges bursts spikes spiky rush busy refresh hammered slammed scalability challenges easier with containers activate quickly share resources more effectively',
      'perform better under high load performance efficient resource allocation less overhead',
    ],
  },
  'speed=low': {
    summary: 'Fast startup and rapid scaling are not what counts here, so the slower start of a VM costs little.',
    query: 'VMs priority consistent performance stability',
  },
  'architecture=microservices': {
    summary: 'Microservices fit containers: small, independently deployed services that an orchestrator manages.',
    query: 'containers ideal for microservices scalable architectures orchestration',
  },
  'architecture=monolith': {
    summary: 'A monolith gains little from container packaging and fits a full, stable OS environment.',
    query: 'VMs better suited for applications requiring full OS compatibility and stability',
  },
  'architecture=mixed': {
    summary: 'A mixed estate can run its services in containers on VMs that also host the rest.',
    query: 'containers run seamlessly on virtual machines flexibility',
  },
  'density=high': {
    summary:
      'Packing many workloads onto little hardware favours containers: they share one OS, so they use fewer resources and need fewer OS licences.',
    query: 'run more containers on the same hardware resource efficient',
    // Fewer licences and lower costs are two claims of the same passage: "which is cheaper" asks
    // the second, "This means containers can be more cost-effective…" (tuning halves answer@1 +2). In
    // the words of licences only: "a shared calendar" on a small box asks nothing of licences (round-38
    // A/B check: the licensing line was quoted for a 2 GB Raspberry Pi).
    also: ['simpler licensing fewer licenses', 'cheaper lower costs containers more cost-effective'],
  },
};

/** Why the recommendation itself makes sense; used when no answer speaks for it, and for the bridge case. */
export const RECOMMENDATION_REASONS: Record<Recommendation, ReasonText> = {
  containers: {
    summary: 'Containers share the host kernel, which makes them lightweight, quick to start and efficient.',
    query: 'containers share the host OS kernel lightweight quick to start resource efficient',
  },
  vms: {
    summary: 'VMs run separate OS instances, with stronger isolation and full OS compatibility.',
    query: 'VMs run separate OS instances stronger isolation',
  },
  'containers-on-vms': {
    summary: 'Containers can run on VMs: the VMs keep workloads apart, the containers keep deployment fast and flexible.',
    query: 'containers run seamlessly on virtual machines flexibility scalability security',
  },
};

/** Broader queries tried when a reason's own query finds nothing. */
export const BROAD_QUERIES: Record<Recommendation, string> = {
  containers: 'containers',
  vms: 'virtual machines',
  'containers-on-vms': 'containers virtual machines',
};

export const CAVEATS: Record<CaveatId, ReasonText> = {
  'containers-least-privilege': {
    summary:
      'Run containers with least privilege and keep their images updated; a flaw in the shared kernel reaches every container on the host.',
    query: 'running containers with least privileges regularly updating container images',
  },
  'vms-slower-startup': {
    summary: 'VMs start more slowly and use more resources than containers.',
    query: 'VMs slower to start consume more resources heavyweight',
  },
  'vms-licence-costs': {
    summary: 'Each VM runs a full OS, which may need its own licence.',
    query: 'VMs require individual licenses for each OS instance licensing fees',
  },
  'containers-on-vms-configuration': {
    summary: 'Running containers on VMs needs careful configuration to avoid bottlenecks and security gaps.',
    query: 'proper configuration essential prevent bottlenecks security issues containers in VM',
  },
  'containers-inside-vms': {
    summary: 'Speed or microservices still matter: containers can run inside those VMs.',
    query: 'containers run seamlessly on virtual machines',
  },
};
