import { FACTOR_VALUES, type Factor, type FactorValue } from '../recommend/factors.js';

/** One choice of a flow step. `value` is the factor value it sets. */
export interface FlowOption<F extends Factor = Factor> {
  value: FactorValue<F>;
  label: string;
  hint: string;
}

/** One question of the decision flow; every surface (Slack, local chat, CLI) renders these. */
export interface FlowStep<F extends Factor = Factor> {
  factor: F;
  question: string;
  hint: string;
  options: FlowOption<F>[];
}

type StepsByFactor = { [F in Factor]: FlowStep<F> };

const STEPS: StepsByFactor = {
  isolation: {
    factor: 'isolation',
    question: "Will it run untrusted or sensitive workloads (other tenants' or customers' code, regulated data)?",
    hint: 'A VM gives each workload its own OS; containers share the host kernel.',
    options: [
      { value: 'high', label: 'Yes, untrusted or sensitive', hint: 'Customer or tenant code, regulated or confidential data' },
      { value: 'standard', label: 'No, our own trusted code', hint: 'Internal services with ordinary data' },
    ],
  },
  kernel: {
    factor: 'kernel',
    question: 'Does it need its own OS, a specific kernel version or kernel modules?',
    hint: 'Containers run on the host kernel; only a VM can bring its own.',
    options: [
      { value: 'custom', label: 'Yes, its own OS or kernel', hint: 'Another OS, a pinned kernel, custom modules or drivers' },
      { value: 'shared-ok', label: 'No, the host kernel is fine', hint: 'Any recent Linux kernel will do' },
    ],
  },
  speed: {
    factor: 'speed',
    question: 'How much do fast startup and rapid scaling matter (bursty load, CI/CD)?',
    hint: 'Containers start in moments; VMs boot a whole OS.',
    options: [
      { value: 'high', label: 'A lot', hint: 'Bursty traffic, autoscaling, frequent deploys or CI jobs' },
      { value: 'moderate', label: 'Somewhat', hint: 'Occasional scaling, deploys a few times a week' },
      { value: 'low', label: 'Hardly', hint: 'Steady load, long-running, rarely restarted' },
    ],
  },
  architecture: {
    factor: 'architecture',
    question: 'What are you deploying?',
    hint: 'Many small services suit containers; one large application often suits a VM.',
    options: [
      { value: 'microservices', label: 'Microservices', hint: 'Many small, independently deployed services' },
      { value: 'monolith', label: 'A monolith', hint: 'One large application' },
      { value: 'mixed', label: 'A mix', hint: 'Some services alongside larger applications' },
    ],
  },
  density: {
    factor: 'density',
    question: 'Is packing many workloads onto little hardware, and saving OS licences, a priority?',
    hint: 'Containers share one OS; every VM runs and may license its own.',
    options: [
      { value: 'high', label: 'Yes, a priority', hint: 'Tight hardware budget or licence costs matter' },
      { value: 'standard', label: 'Not especially', hint: 'Hardware and licences are not the constraint' },
    ],
  },
};

/** The decision flow, in the order it is asked: one step per factor, so at most five. */
export const FLOW_STEPS: readonly FlowStep[] = (Object.keys(FACTOR_VALUES) as Factor[]).map((f) => STEPS[f] as FlowStep);

/** The step that asks about a factor. */
export function stepFor<F extends Factor>(factor: F): FlowStep<F> {
  return STEPS[factor];
}
