import { describe, expect, it } from 'vitest';
import { invalidDesign } from '../model/findings.ts';
import { testDesign, testTask } from '../testing/designs.ts';
import { reindexFindings } from './findings.ts';

describe('reindexFindings (deferred findings shown against the current design)', () => {
  const before = testDesign({ tasks: [testTask('a'), testTask('b'), testTask('c')] });
  const findings = [
    invalidDesign('tasks[0].args.bash_command', 'a needs a command'),
    invalidDesign('tasks[2].task_id', 'c is bad'),
    invalidDesign('dag.schedule', 'bad schedule'),
  ];

  it('returns the same findings when the task ids did not move', () => {
    const typed = { ...before, tasks: before.tasks.map((t) => ({ ...t })) };
    expect(reindexFindings(findings, before, typed)).toBe(findings);
  });

  it('moves task paths to the current index and drops findings of deleted tasks', () => {
    const afterDelete = { ...before, tasks: [before.tasks[1]!, before.tasks[2]!] };
    expect(reindexFindings(findings, before, afterDelete).map((f) => f.path)).toEqual([
      'tasks[1].task_id',
      'dag.schedule',
    ]);
  });
});
