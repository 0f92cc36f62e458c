import { describe, expect, it } from 'vitest';
import { invalidDesign } from '../model/findings.ts';
import { validateDesign } from '../model/validate/index.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { findingsFor, marksByTask, reindexFindings } from './findings.ts';
import { loadValidator, useValidator } from './validator.ts';

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

describe('the lazy validator (its own chunk in the browser)', () => {
  it('gives no findings, and caches none, until it has loaded; then validateDesign', async () => {
    const design = testDesign({
      tasks: [testTask('a', { args: { bash_command: '' } }), testTask('b')],
      edges: edgesFrom([['a', 'missing']]),
    });
    const validate = await loadValidator();
    useValidator.setState({ validate: null });
    try {
      expect(findingsFor(design)).toEqual([]);
      expect(marksByTask(design).size).toBe(0);
    } finally {
      useValidator.setState({ validate });
    }
    const expected = validateDesign(design);
    expect(expected.length).toBeGreaterThan(0);
    expect(findingsFor(design)).toEqual(expected);
    expect(marksByTask(design).get('a')?.errors).toBeGreaterThan(0);
  });
});
