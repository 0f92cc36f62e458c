import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign, serializeDesign } from '../../io/index.ts';
import { editorStore } from '../../store/index.ts';
import { sampleDesign } from '../../testing/designs.ts';
import { copySelection, cutSelection, pasteText } from './clipboard-actions.ts';

const s = () => editorStore.getState();
const ids = () => s().design.tasks.map((t) => t.task_id);

beforeEach(() => {
  s().loadDesign(sampleDesign());
  editorStore.temporal.getState().clear();
});

describe('copy and paste of tasks', () => {
  it('copies the selection as a design file the one parser reads, and pastes it de-duplicated', async () => {
    const [first, second] = ids();
    s().select([first!, second!]);
    const text = copySelection()!;
    expect(JSON.parse(text)).toMatchObject({ format: 'dag-designer', version: 2 });
    expect(await pasteText(text)).toBe(true);
    expect(ids()).toEqual([
      ...sampleDesign().tasks.map((t) => t.task_id),
      `${first}_copy`,
      `${second}_copy`,
    ]);
    expect(s().selectedTaskIds).toEqual([`${first}_copy`, `${second}_copy`]);
    expect(editorStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('copies nothing without a selection; cut removes the tasks in one undo step', () => {
    s().clearSelection();
    expect(copySelection()).toBeNull();
    const before = s().design;
    s().select([ids()[0]!]);
    expect(cutSelection()).not.toBeNull();
    expect(ids()).not.toContain(before.tasks[0]!.task_id);
    editorStore.temporal.getState().undo();
    expect(s().design).toBe(before);
  });

  it('opens a pasted design whole on an empty canvas', async () => {
    s().loadDesign(emptyDesign('blank'));
    expect(await pasteText(serializeDesign(sampleDesign()))).toBe(true);
    expect(s().design.dag.dag_id).toBe(sampleDesign().dag.dag_id);
    expect(ids()).toEqual(sampleDesign().tasks.map((t) => t.task_id));
  });

  it('says why JSON that is not a design is not pasted, and leaves other text alone', async () => {
    const before = s().design;
    expect(await pasteText('{"format": "something else"}')).toBe(true);
    expect(s().notice?.kind).toBe('error');
    expect(s().notice?.text).toMatch(/^Not pasted: /);
    expect(await pasteText('just words')).toBe(false);
    expect(s().design).toBe(before);
  });
});
