/**
 * A task added from the palette, with nothing filled in yet, must have no
 * finding the user did not cause: only "fill this in" (missing-argument)
 * errors, on every target that offers the operator, for every catalog
 * operator and the Custom operator entry. A warning here (a sensor in
 * 'poke' with the 7-day timeout) or another error means the catalog's own
 * defaults fail the catalog's own checks; fix the catalog, not this test.
 */
import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../catalog/index.ts';
import { AIRFLOW_TARGETS, type AirflowTarget } from '../design/design.ts';
import { validateDesign } from '../model/validate/index.ts';
import { makeDesign } from '../testing/fake-catalog.ts';
import { editorStore } from './editor-store.ts';

const NOW = new Date('2026-02-01T00:00:00Z');

/** Findings of a design (otherwise clean) holding just the new task, as `code@path`. */
function findingsOfNewTask(key: string, target: AirflowTarget): string[] {
  const s = editorStore.getState();
  s.loadDesign(makeDesign({ target: { airflow: target }, dag: { catchup: false } }));
  const id = s.addTaskFromOperator(key, { x: 0, y: 0 });
  expect(id, `${key} on ${target} was not added`).not.toBeNull();
  return validateDesign(editorStore.getState().design, { now: NOW }).map(
    (f) => `${f.severity} ${f.code}@${f.path}`,
  );
}

const cases = AIRFLOW_TARGETS.flatMap((target) =>
  OPERATORS.filter((op) => op.targets[target]).map((op) => [op.key, target, op.isBranch] as const),
);

describe('a task fresh from the palette', () => {
  it.each(cases)('%s on %s has only missing-argument findings', (key, target, isBranch) => {
    const unexpected = findingsOfNewTask(key, target).filter(
      (f) =>
        !f.startsWith('error missing-argument@') &&
        // A branch with no arms yet: the user has not drawn them (a design fact, not a default).
        !(isBranch && f.startsWith('warning branch-few-downstream@')),
    );
    expect(unexpected).toEqual([]);
  });

  it.each([...AIRFLOW_TARGETS])('Custom operator on %s asks for its module and class', (target) => {
    expect(findingsOfNewTask('custom', target)).toEqual([
      'error missing-argument@tasks[0].custom.module',
      'error missing-argument@tasks[0].custom.class',
    ]);
    expect(editorStore.getState().design.tasks[0]).toMatchObject({
      task_id: 'custom_1',
      operator: 'custom',
      custom: { module: '', class: '' },
      args: {},
    });
  });

  it('starts sensors in reschedule mode and a Kubernetes pod outside the cluster', () => {
    findingsOfNewTask('S3KeySensor', '3.3.1');
    expect(editorStore.getState().design.tasks[0]!.args).toEqual({ mode: 'reschedule' });
    findingsOfNewTask('KubernetesPodOperator', '2.10.1');
    expect(editorStore.getState().design.tasks[0]!.args).toEqual({ in_cluster: false });
  });

  it('asks Athena for output_location or workgroup, and either one satisfies it', () => {
    expect(findingsOfNewTask('AthenaOperator', '3.3.1')).toEqual([
      'error missing-argument@tasks[0].args.query',
      'error missing-argument@tasks[0].args.database',
      'error missing-argument@tasks[0].args.output_location',
    ]);
    const withArgs = (args: Record<string, string>) => {
      const d = makeDesign({
        tasks: [
          {
            task_id: 'q',
            operator: 'AthenaOperator',
            args: { query: 'select 1', database: 'db', ...args },
            group: null,
          },
        ],
      });
      return validateDesign(d, { now: NOW }).filter((f) => f.severity === 'error');
    };
    expect(withArgs({})[0]?.message).toBe(
      'AthenaOperator "q" needs output_location or workgroup: S3 URL for the results, e.g. \'s3://my-athena-results/{{ ds }}/\'.',
    );
    expect(withArgs({ output_location: 's3://r/' })).toEqual([]);
    expect(withArgs({ workgroup: 'etl' })).toEqual([]);
  });
});
