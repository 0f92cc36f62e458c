import { describe, expect, it } from 'vitest';
import type { Task } from '../design/design.ts';
import type { Finding } from './findings.ts';
import { forecastRun } from './forecast.ts';
import { forecastForDesign, parsePoolOption, parsePoolSlots } from './forecast-for-design.ts';
import { edge, makeDesign, task } from '../testing/fake-catalog.ts';

const t = (id: string, seconds: number, args: Task['args'] = {}): Task =>
  task(id, { estimated_duration: seconds, args });

const error = (code: Finding['code']): Finding => ({
  severity: 'error',
  code,
  path: '',
  message: code,
});

describe('forecastForDesign', () => {
  const design = makeDesign({
    tasks: [t('a', 10, { pool: 'p' }), t('b', 10, { pool: 'p' }), t('c', 5)],
    edges: [edge('a', 'c')],
  });

  it('is forecastRun with no pool sizes', () => {
    expect(forecastForDesign(design, [])).toEqual(forecastRun(design, {}));
  });

  it('passes named pools as poolSizes and default_pool as its size', () => {
    const f = forecastForDesign(design, [], { p: 1, default_pool: 1 })!;
    expect(f).toEqual(forecastRun(design, { poolSizes: { p: 1 }, defaultPoolSlots: 1 }));
    expect(f.makespanSeconds).toBe(20);
    expect(f.unsizedPools).toEqual([]);
  });

  it('is null when a finding breaks the graph, whatever else is wrong', () => {
    for (const code of ['cycle', 'dangling-edge', 'duplicate-id'] as const)
      expect(forecastForDesign(design, [error(code)])).toBeNull();
    expect(forecastForDesign(design, [error('missing-argument')])).not.toBeNull();
    const warning: Finding = { ...error('cycle'), severity: 'warning' };
    expect(forecastForDesign(design, [warning])).not.toBeNull();
  });
});

describe('pool sizes as typed', () => {
  it('takes whole numbers from 1', () => {
    expect(parsePoolSlots(' 4 ')).toBe(4);
    for (const bad of ['', '0', '-1', '1.5', '2x', '1e3', '99999999999999999999'])
      expect(parsePoolSlots(bad)).toBeNull();
  });

  it('reads name=slots', () => {
    expect(parsePoolOption('etl=3')).toEqual({ name: 'etl', slots: 3 });
    expect(parsePoolOption('a=b=2')).toEqual({ name: 'a=b', slots: 2 });
    for (const bad of ['etl', '=3', 'etl=', 'etl=0'])
      expect(parsePoolOption(bad)).toHaveProperty('error');
  });
});
