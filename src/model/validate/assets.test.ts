import { describe, expect, it } from 'vitest';
import type { AssetSchedule, Design } from '../../design/design.ts';
import { edgesFrom, testDesign, testTask } from '../../testing/designs.ts';
import { validateDesign } from './index.ts';

const NOW = new Date('2026-01-02T00:00:00Z');
const errorsOf = (design: Design) =>
  validateDesign(design, { now: NOW })
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.path}`);

const scheduled = (schedule: AssetSchedule, target: Design['target']['airflow'] = '3.3.1') =>
  testDesign({ target: { airflow: target }, dag: { schedule }, tasks: [testTask('a')] });

describe('asset schedule', () => {
  it('is clean with assets, with any, and with a cron or preset beside them', () => {
    expect(errorsOf(scheduled({ assets: ['s3://b/k'], when: 'all' }))).toEqual([]);
    expect(errorsOf(scheduled({ assets: ['s3://b/k', 'x'], when: 'any' }))).toEqual([]);
    expect(errorsOf(scheduled({ assets: ['s3://b/k'], when: 'all', cron: '0 3 * * *' }))).toEqual(
      [],
    );
    expect(errorsOf(scheduled({ assets: ['s3://b/k'], when: 'any', cron: '@daily' }))).toEqual([]);
  });

  it('refuses an empty asset list, a bad URI and a cron that cannot run beside assets', () => {
    expect(errorsOf(scheduled({ assets: [], when: 'all' }))).toEqual([
      'invalid-schedule dag.schedule.assets',
    ]);
    expect(errorsOf(scheduled({ assets: ['s3://b/k', 'airflow://x'], when: 'all' }))).toEqual([
      'invalid-schedule dag.schedule.assets[1]',
    ]);
    expect(errorsOf(scheduled({ assets: ['s3://b/k'], when: 'all', cron: '@once' }))).toEqual([
      'invalid-schedule dag.schedule.cron',
    ]);
    expect(errorsOf(scheduled({ assets: ['s3://b/k'], when: 'all', cron: '61 * * * *' }))).toEqual([
      'invalid-schedule dag.schedule.cron',
    ]);
  });

  it('judges URIs by the target: s3 without a bucket on 2.x too (it warns there)', () => {
    expect(errorsOf(scheduled({ assets: ['s3:///k'], when: 'all' }, '2.10.3'))).toEqual([
      'invalid-schedule dag.schedule.assets[0]',
    ]);
  });

  it('does not warn about catchup for a DAG that only runs on assets', () => {
    const design = testDesign({
      dag: {
        schedule: { assets: ['s3://b/k'], when: 'all' },
        catchup: true,
        start_date: '2020-01-01',
      },
      tasks: [testTask('a', { args: { retries: 1 } })],
    });
    const codes = validateDesign(design, { now: NOW }).map((f) => f.code);
    expect(codes).not.toContain('catchup-old-start');
  });
});

describe('task outlets and inlets', () => {
  it('points at the refused URI of the right list', () => {
    const design = testDesign({
      tasks: [
        testTask('a', { outlets: ['s3://b/ok', 'airflow://nope'] }),
        testTask('b', { inlets: ['s3:///no-bucket'] }),
      ],
      edges: edgesFrom([['a', 'b']]),
    });
    expect(errorsOf(design)).toEqual([
      'invalid-argument tasks[0].outlets[1]',
      'invalid-argument tasks[1].inlets[0]',
    ]);
  });

  it('is fine with a schedule asset that no task of this DAG updates', () => {
    const design = testDesign({
      dag: { schedule: { assets: ['s3://other/dag'], when: 'all' } },
      tasks: [testTask('a', { outlets: ['s3://b/k'] })],
    });
    expect(errorsOf(design)).toEqual([]);
  });

  it('keeps outlets out of args: they have their own field', () => {
    const design = testDesign({ tasks: [testTask('a', { args: { outlets: ['s3://b/k'] } })] });
    expect(errorsOf(design)).toEqual(['invalid-argument tasks[0].args.outlets']);
  });

  it('reports a credential in an asset URI as a secret', () => {
    const design = testDesign({
      tasks: [testTask('a', { outlets: ['s3://b/AKIAIOSFODNN7EXAMPLE'] })],
    });
    expect(validateDesign(design, { now: NOW }).map((f) => f.code)).toContain('secret-in-design');
  });
});
