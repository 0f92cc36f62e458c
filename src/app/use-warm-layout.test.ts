import { describe, expect, it } from 'vitest';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { WARM_UP_TASKS, warmUpPart } from './use-warm-layout.ts';

describe('warmUpPart', () => {
  it('keeps a design up to the warm-up size as it is', () => {
    const d = testDesign({ tasks: [testTask('a'), testTask('b')], edges: edgesFrom([['a', 'b']]) });
    expect(warmUpPart(d)).toBe(d);
  });

  it('takes the first tasks of a larger one and only the edges among them', () => {
    const n = WARM_UP_TASKS + 2;
    const tasks = Array.from({ length: n }, (_, i) => testTask(`t${i}`));
    const pairs = tasks.slice(1).map((t, i): [string, string] => [`t${i}`, t.task_id]);
    const part = warmUpPart(testDesign({ tasks, edges: edgesFrom(pairs) }));
    expect(part.tasks).toHaveLength(WARM_UP_TASKS);
    expect(part.edges).toHaveLength(WARM_UP_TASKS - 1);
  });
});
