import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../io/index.ts';
import type { Design } from '../design/design.ts';
import { freeSpot, spotRightOf } from './placement.ts';
import { PLACEMENT_GAP, TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';

function withTasks(...positions: [string, number, number][]): Design {
  const d = emptyDesign('p');
  for (const [id, x, y] of positions) {
    d.tasks.push({ task_id: id, operator: 'EmptyOperator', args: {}, group: null, ui: { x, y } });
  }
  return d;
}

describe('placement without re-layout', () => {
  it('keeps a free drop point as it is (rounded)', () => {
    expect(freeSpot(withTasks(['a', 0, 0]), { x: 500.4, y: 10.6 })).toEqual({ x: 500, y: 11 });
  });

  it('moves down until nothing overlaps', () => {
    const d = withTasks(['a', 0, 0], ['b', 0, TASK_HEIGHT + PLACEMENT_GAP / 2]);
    const spot = freeSpot(d, { x: 10, y: 10 });
    expect(spot.x).toBe(10);
    for (const t of d.tasks) {
      const apart =
        Math.abs(spot.x - t.ui!.x) >= TASK_WIDTH || Math.abs(spot.y - t.ui!.y) >= TASK_HEIGHT;
      expect(apart).toBe(true);
    }
  });

  it('places right of the anchor on its row, or below when taken', () => {
    const d = withTasks(['a', 0, 0]);
    expect(spotRightOf(d, 'a')).toEqual({ x: TASK_WIDTH + PLACEMENT_GAP, y: 0 });
    const taken = withTasks(['a', 0, 0], ['b', TASK_WIDTH + PLACEMENT_GAP, 0]);
    const spot = spotRightOf(taken, 'a')!;
    expect(spot.x).toBe(TASK_WIDTH + PLACEMENT_GAP);
    expect(spot.y).toBeGreaterThanOrEqual(TASK_HEIGHT);
    expect(spotRightOf(d, 'nope')).toBeNull();
  });
});
