import type { Factor } from './factors.js';

/**
 * Phrases people use for each factor value. Matching is on Porter stems, in order, with
 * up to two extra words in between, so "fast startup" also matches "faster container
 * startups". `negated` is the value meant when the phrase is negated ("no sensitive
 * data", "fast startup doesn't matter"); a cue with only `negated` says nothing unless negated.
 */
export interface Cue {
  phrase: string;
  value?: string;
  negated?: string;
}

const cues = (value: string, phrases: string[], negated?: string): Cue[] =>
  phrases.map((phrase) => ({ phrase, value, ...(negated ? { negated } : {}) }));

export const CUES: Record<Factor, Cue[]> = {
  isolation: [
    ...cues('high', [
      'untrusted', 'multi tenant', 'multitenant', 'tenants', 'customer code', 'customers code', 'user code',
      'user submitted', 'third party code', 'arbitrary code', 'hostile', 'sandbox', 'strong isolation',
      'strict isolation', 'hard isolation', 'security boundary', 'isolate workloads',
    ], 'standard'),
    ...cues('high', [
      'sensitive', 'regulated', 'regulation', 'compliance', 'hipaa', 'pci', 'gdpr', 'confidential', 'pii',
      'personal data', 'health data', 'medical', 'financial data', 'payment data',
    ], 'standard'),
    ...cues('standard', ['trusted', 'own code', 'internal tool', 'internal app', 'internal service', 'internal only', 'in house code'], 'high'),
    { phrase: 'isolation', negated: 'standard' },
  ],
  kernel: [
    ...cues('custom', [
      'kernel module', 'custom kernel', 'kernel version', 'specific kernel', 'own kernel', 'patched kernel',
      'kernel patch', 'real time kernel', 'realtime kernel', 'special kernel', 'kernel tuning', 'own os',
      'own operating system', 'different os', 'specific os', 'other os', 'legacy os', 'device driver', 'custom driver',
    ], 'shared-ok'),
    ...cues('custom', ['windows', 'freebsd', 'solaris']),
    ...cues('shared-ok', ['shared kernel', 'share kernel', 'host kernel', 'any kernel', 'standard kernel', 'stock kernel', 'any linux', 'standard linux', 'plain linux']),
  ],
  speed: [
    ...cues('high', [
      'fast startup', 'fast start', 'quick startup', 'quick start', 'start fast', 'start quickly', 'start in seconds',
      'fast boot', 'quick boot', 'cold start', 'autoscaling', 'autoscale', 'auto scaling', 'scale quickly', 'scale fast',
      'scale rapidly', 'rapid scaling', 'fast scaling', 'quick scaling', 'scale out', 'scale to zero', 'bursty', 'burst',
      'spiky', 'spikes', 'ci cd', 'cicd', 'continuous deployment', 'continuous delivery', 'deploy often',
      'frequent deploys', 'serverless', 'elastic', 'ephemeral', 'short lived', 'agility',
    ], 'low'),
    ...cues('moderate', ['moderate', 'some scaling', 'occasional scaling', 'scale occasionally', 'occasionally scale', 'somewhat']),
    ...cues('low', [
      'steady load', 'steady traffic', 'stable load', 'constant load', 'predictable load', 'flat load', 'long running',
      'rarely restart', 'rarely redeploy', 'rarely deploy', 'always on', '24 7', 'slow startup fine', 'slow start ok',
    ]),
    { phrase: 'startup time', negated: 'low' },
    { phrase: 'startup speed', negated: 'low' },
    { phrase: 'speed', negated: 'low' },
    { phrase: 'scaling', negated: 'low' },
  ],
  architecture: [
    ...cues('microservices', ['microservice', 'micro service', 'many services', 'small services', 'service oriented', 'distributed services']),
    ...cues('monolith', ['monolith', 'single application', 'single app', 'one big application', 'one large application', 'big application', 'legacy application', 'legacy app', 'erp']),
    ...cues('mixed', ['mixed', 'mix of', 'hybrid', 'combination', 'bit of both']),
  ],
  density: [
    ...cues('high', [
      'density', 'dense', 'pack', 'bin packing', 'consolidate', 'consolidation', 'many workloads', 'little hardware',
      'limited hardware', 'few servers', 'fewer servers', 'save hardware', 'hardware cost', 'hardware budget',
      'tight budget', 'licence', 'license', 'licensing', 'cost', 'cheap', 'overhead', 'resource efficient',
      'efficiency', 'utilization', 'utilisation',
    ], 'standard'),
    ...cues('standard', ['plenty of hardware', 'plenty of capacity', 'dedicated hardware', 'dedicated servers', 'money no object']),
  ],
};
