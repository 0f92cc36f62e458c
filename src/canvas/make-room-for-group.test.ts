import { describe, expect, it } from 'vitest';
import { editorStore } from '../store/index.ts';
import { testDesign, testTask } from '../testing/designs.ts';
import { computeGroupBoxes } from './group-boxes.ts';
import { groupSelected } from './selection-actions.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';

const s = () => editorStore.getState();
const row = () =>
  testDesign({
    tasks: ['a', 'b', 'c', 'd'].map((id, i) => testTask(id, { ui: { x: i * 250, y: 0 } })),
  });

describe('grouping makes room', () => {
  it("a new group's box holds only its members; the others move below it in the same undo step", () => {
    s().loadDesign(row());
    s().select(['a', 'd']);
    groupSelected();
    const design = s().design;
    const box = computeGroupBoxes(design).get('group_1')!;
    for (const t of design.tasks.filter((t) => t.group !== 'group_1')) {
      const x = t.ui!.x;
      const y = t.ui!.y;
      const overlaps =
        x < box.x + box.width &&
        box.x < x + TASK_WIDTH &&
        y < box.y + box.height &&
        box.y < y + TASK_HEIGHT;
      expect(overlaps, `${t.task_id} under the group box`).toBe(false);
    }
    // b and c keep their places relative to each other.
    const [b, c] = ['b', 'c'].map((id) => design.tasks.find((t) => t.task_id === id)!.ui!);
    expect(c!.x - b!.x).toBe(250);
    expect(c!.y).toBe(b!.y);
    editorStore.temporal.getState().undo();
    expect(s().design).toEqual(row());
  });

  it('moves nothing when no other task is under the box', () => {
    s().loadDesign(row());
    s().select(['a', 'b']);
    groupSelected();
    expect(s().design.tasks.map((t) => t.ui)).toEqual(row().tasks.map((t) => t.ui));
  });
});
