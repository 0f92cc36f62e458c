/** The asset and setup/teardown fields of format version 2: parse, defaults, key order, findings. */
import { describe, expect, it } from 'vitest';
import { parseDesign, parseDesignText } from './parse.ts';
import { serializeDesign } from './serialize.ts';

const raw = (dag: Record<string, unknown>, tasks: unknown[] = []) => ({
  format: 'dag-designer',
  version: 2,
  target: { airflow: '3.3.1' },
  dag: { dag_id: 'd', start_date: '2026-01-01', ...dag },
  tasks,
});

describe('asset schedule object', () => {
  it('defaults when to all and writes assets, when, cron in that order', () => {
    const parsed = parseDesign(raw({ schedule: { cron: '0 3 * * *', assets: ['s3://b/k'] } }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    expect(parsed.design.dag.schedule).toEqual({
      assets: ['s3://b/k'],
      when: 'all',
      cron: '0 3 * * *',
    });
    const text = serializeDesign(parsed.design);
    expect(text).toContain(
      '"schedule": {\n      "assets": [\n        "s3://b/k"\n      ],\n      "when": "all",\n      "cron": "0 3 * * *"\n    },',
    );
    const again = parseDesignText(text);
    expect(again.ok && serializeDesign(again.design)).toBe(text);
  });

  it.each([
    [{ assets: 's3://b/k' }, 'dag.schedule.assets'],
    [{ assets: ['s3://b/k'], when: 'sometimes' }, 'dag.schedule.when'],
    [{ assets: ['s3://b/k'], colour: 'red' }, 'dag.schedule.colour'],
    [{ when: 'all' }, 'dag.schedule.assets'],
    [{ assets: ['s3://b/k'], cron: 5 }, 'dag.schedule.cron'],
    [5, 'dag.schedule'],
  ])('a malformed schedule %j is invalid-schedule at %s', (schedule, path) => {
    const parsed = parseDesign(raw({ schedule }));
    expect(parsed.ok).toBe(false);
    expect(parsed.findings.map((f) => `${f.code} ${f.path}`)).toEqual([`invalid-schedule ${path}`]);
  });
});

describe('task outlets, inlets, role and setups', () => {
  it('round-trips in the contract key order', () => {
    const task = {
      ui: { x: 0, y: 0 },
      setups: ['make'],
      role: 'teardown',
      inlets: ['s3://b/in'],
      outlets: ['s3://b/out'],
      args: {},
      operator: 'EmptyOperator',
      task_id: 'drop',
      group: null,
    };
    const parsed = parseDesign(raw({}, [task]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    const keys = Object.keys(JSON.parse(serializeDesign(parsed.design)).tasks[0]);
    expect(keys).toEqual([
      'task_id',
      'operator',
      'args',
      'outlets',
      'inlets',
      'role',
      'setups',
      'group',
      'ui',
    ]);
  });

  it('refuses an unknown role and a non-list outlets as invalid-design at the field', () => {
    const parsed = parseDesign(
      raw({}, [{ task_id: 'a', operator: 'EmptyOperator', role: 'cleanup', outlets: 'x' }]),
    );
    expect(parsed.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'invalid-design tasks[0].outlets',
      'invalid-design tasks[0].role',
    ]);
  });
});
