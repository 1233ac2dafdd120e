import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/core/recommend/factors.js';
import { decide, type Recommendation } from '../../../src/core/recommend/rules.js';
import { allAnswerSets } from './answer-sets.js';

describe('decide: the rules table, top to bottom', () => {
  const cases: [string, Answers, Recommendation, string][] = [
    ['a custom kernel is a hard requirement', { kernel: 'custom' }, 'vms', 'high'],
    [
      'a custom kernel beats speed and microservices',
      { kernel: 'custom', speed: 'high', architecture: 'microservices', density: 'high' },
      'vms',
      'high',
    ],
    ['a custom kernel beats high isolation with speed', { kernel: 'custom', isolation: 'high', speed: 'high' }, 'vms', 'high'],
    ['high isolation with fast scaling', { isolation: 'high', speed: 'high' }, 'containers-on-vms', 'high'],
    ['high isolation with microservices', { isolation: 'high', architecture: 'microservices' }, 'containers-on-vms', 'high'],
    ['high isolation alone', { isolation: 'high' }, 'vms', 'high'],
    ['high isolation, steady monolith', { isolation: 'high', speed: 'low', architecture: 'monolith' }, 'vms', 'high'],
    ['high isolation with density pulling the other way', { isolation: 'high', density: 'high' }, 'vms', 'medium'],
    ['steady monolith', { speed: 'low', architecture: 'monolith' }, 'vms', 'high'],
    ['steady monolith, density pulling the other way', { speed: 'low', architecture: 'monolith', density: 'high' }, 'vms', 'medium'],
    ['fast scaling', { speed: 'high' }, 'containers', 'medium'],
    ['microservices', { architecture: 'microservices' }, 'containers', 'medium'],
    ['density', { density: 'high' }, 'containers', 'medium'],
    [
      'everything for containers, nothing against',
      { isolation: 'standard', kernel: 'shared-ok', speed: 'high', architecture: 'microservices', density: 'high' },
      'containers',
      'high',
    ],
    ['two container signals but kernel unknown', { speed: 'high', architecture: 'microservices' }, 'containers', 'medium'],
    [
      'fast scaling against a monolith: a tie the table gives to containers',
      { speed: 'high', architecture: 'monolith' },
      'containers',
      'low',
    ],
    ['microservices against steady load', { speed: 'low', architecture: 'microservices' }, 'containers', 'low'],
    ['two for containers, one against', { speed: 'high', density: 'high', architecture: 'monolith' }, 'containers', 'medium'],
    ['a monolith alone leans to VMs', { architecture: 'monolith' }, 'vms', 'low'],
    ['steady load alone leans to VMs', { speed: 'low' }, 'vms', 'low'],
    ['nothing answered', {}, 'containers-on-vms', 'low'],
    [
      'only neutral answers',
      { isolation: 'standard', kernel: 'shared-ok', speed: 'moderate', architecture: 'mixed', density: 'standard' },
      'containers-on-vms',
      'low',
    ],
  ];

  it.each(cases)('%s', (_name, answers, recommendation, confidence) => {
    const decision = decide(answers);
    expect(decision.recommendation).toBe(recommendation);
    expect(decision.confidence).toBe(confidence);
  });

  // The table, written out independently, must hold for every answer set where a row applies.
  it('holds for every answer set where a row of the table applies', () => {
    const tableSays = (a: Answers): Recommendation | null => {
      if (a.kernel === 'custom') return 'vms';
      if (a.isolation === 'high' && (a.speed === 'high' || a.architecture === 'microservices')) return 'containers-on-vms';
      if (a.isolation === 'high') return 'vms';
      if (a.speed === 'low' && a.architecture === 'monolith') return 'vms';
      if (a.speed === 'high' || a.architecture === 'microservices' || a.density === 'high') return 'containers';
      return null;
    };
    let checked = 0;
    for (const answers of allAnswerSets()) {
      const expected = tableSays(answers);
      if (expected === null) continue;
      expect(decide(answers).recommendation, JSON.stringify(answers)).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('decide: caveats', () => {
  it('adds "containers can run inside those VMs" to a kernel requirement when speed or microservices matter', () => {
    expect(decide({ kernel: 'custom', speed: 'high' }).caveats).toContain('containers-inside-vms');
    expect(decide({ kernel: 'custom', architecture: 'microservices' }).caveats).toContain('containers-inside-vms');
    expect(decide({ kernel: 'custom', speed: 'low' }).caveats).not.toContain('containers-inside-vms');
  });

  it('gives each recommendation the caveats the knowledge raises about it', () => {
    expect(decide({ speed: 'high' }).caveats).toEqual(['containers-least-privilege']);
    expect(decide({ isolation: 'high' }).caveats).toEqual(['vms-slower-startup', 'vms-licence-costs']);
    expect(decide({ isolation: 'high', speed: 'high' }).caveats).toContain('containers-on-vms-configuration');
  });
});

describe('decide: close calls', () => {
  it('names the answer that tips a balanced case', () => {
    const decision = decide({ speed: 'high', architecture: 'monolith' });
    expect(decision.opposing).toEqual([{ factor: 'architecture', value: 'monolith' }]);
    expect(decision.closeCall).toMatchObject({ alternative: 'vms', tipFactor: 'speed', tipValue: 'low' });
  });

  it('prefers a question not yet answered as the tip', () => {
    const decision = decide({ isolation: 'high', density: 'high' });
    expect(decision.closeCall).toMatchObject({ alternative: 'containers-on-vms', tipFactor: 'speed', tipValue: 'high' });
  });

  it('has no close call when every answer agrees', () => {
    expect(decide({ kernel: 'custom' }).closeCall).toBeUndefined();
    expect(decide({ isolation: 'high', speed: 'high' }).closeCall).toBeUndefined();
    expect(decide({ isolation: 'standard', kernel: 'shared-ok', speed: 'high', architecture: 'microservices' }).closeCall).toBeUndefined();
  });

  it('for every answer set: a named tip really changes the recommendation, and opposing answers always get one', () => {
    for (const answers of allAnswerSets()) {
      const decision = decide(answers);
      if (decision.opposing.length > 0) expect(decision.closeCall, JSON.stringify(answers)).toBeDefined();
      if (!decision.closeCall) continue;
      const { tipFactor, tipValue, alternative } = decision.closeCall;
      expect(answers[tipFactor]).not.toBe(tipValue);
      const tipped = decide({ ...answers, [tipFactor]: tipValue });
      expect(tipped.recommendation, JSON.stringify(answers)).toBe(alternative);
      expect(alternative).not.toBe(decision.recommendation);
    }
  });

  it('opposing answers are never also counted as support', () => {
    for (const answers of allAnswerSets()) {
      const { supporting, opposing } = decide(answers);
      for (const s of opposing) expect(supporting).not.toContainEqual(s);
      for (const s of [...supporting, ...opposing]) expect(answers[s.factor]).toBe(s.value);
    }
  });
});
