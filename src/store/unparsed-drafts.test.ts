import { describe, expect, it } from 'vitest';
import { testDesign, testTask } from '../testing/designs.ts';
import { editorStore } from './editor-store.ts';
import { draftFindings, draftKeyOf, isDraftFinding, useUnparsedDrafts } from './unparsed-drafts.ts';

const design = testDesign({ tasks: [testTask('a'), testTask('b')] });

describe('unparsed drafts', () => {
  it('are errors at the task field, following the task (not its index), and go with the task', () => {
    const slot = draftKeyOf(design, 'tasks[1].args.run_job_kwargs');
    expect(slot).toMatchObject({ taskId: 'b', rest: '.args.run_job_kwargs' });
    useUnparsedDrafts
      .getState()
      .keep(slot.key, { ...slot, text: '{"a":', error: 'Not valid JSON' });
    const [f] = draftFindings(design);
    expect(f).toMatchObject({ severity: 'error', path: 'tasks[1].args.run_job_kwargs' });
    expect(isDraftFinding(f!)).toBe(true);
    const withoutA = { ...design, tasks: [testTask('b')] };
    expect(draftFindings(withoutA)[0]?.path).toBe('tasks[0].args.run_job_kwargs');
    expect(draftFindings({ ...design, tasks: [testTask('a')] })).toEqual([]);
  });

  it('are dropped when a field parses again and when another design is loaded', () => {
    const slot = draftKeyOf(design, 'dag.default_args.retries');
    const drafts = useUnparsedDrafts.getState();
    drafts.keep(slot.key, { ...slot, text: '1e', error: 'Not a number' });
    drafts.drop(slot.key);
    expect(useUnparsedDrafts.getState().drafts.has(slot.key)).toBe(false);
    drafts.keep(slot.key, { ...slot, text: '1e', error: 'Not a number' });
    editorStore.getState().loadDesign(design);
    expect(useUnparsedDrafts.getState().drafts.size).toBe(0);
  });
});
