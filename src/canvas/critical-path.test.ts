import { describe, expect, it } from 'vitest';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import { forecastRun } from '../model/index.ts';
import { testDesign, testTask } from '../testing/designs.ts';
import { CRITICAL_CLASS, criticalMarks, NO_CRITICAL_PATH } from './critical-path.ts';
import { createNodeBuilder, type BuildInput } from './flow-nodes.ts';

const task = (task_id: string, seconds: number, y: number): Task =>
  testTask(task_id, {
    operator: 'BashOperator',
    args: { bash_command: 'echo' },
    estimated_duration: seconds,
    ui: { x: 0, y },
  });

// s -> a (2m) -> j and s -> b (5m) -> j: the path runs through b.
const diamond = testDesign({
  tasks: [task('s', 60, 0), task('a', 120, 100), task('b', 300, 200), task('j', 60, 300)],
  edges: [
    { from: 's', to: 'a' },
    { from: 's', to: 'b' },
    { from: 'a', to: 'j' },
    { from: 'b', to: 'j' },
  ],
});

const input = (design: Design): BuildInput => ({
  design,
  selected: new Set(),
  selectedGroupId: null,
  marks: new Map(),
  overlay: new Map(),
  selectedEdges: new Set(),
  critical: criticalMarks(forecastRun(design)),
});

const flagged = (items: { id: string; className?: string }[]) =>
  items.filter((n) => n.className === CRITICAL_CLASS).map((n) => n.id);

describe('critical path on the canvas', () => {
  it('marks the path tasks and the edges between them, once per forecast', () => {
    const f = forecastRun(diamond)!;
    const marks = criticalMarks(f);
    expect([...marks.tasks]).toEqual(['s', 'b', 'j']);
    expect([...marks.edges]).toEqual(['s->b', 'b->j']);
    expect(criticalMarks(f)).toBe(marks);
    expect(criticalMarks(null)).toBe(NO_CRITICAL_PATH);
  });

  it('classes exactly the path nodes and edges', () => {
    const { nodes, edges } = createNodeBuilder().build(input(diamond));
    expect(flagged(nodes)).toEqual(['s', 'b', 'j']);
    expect(flagged(edges)).toEqual(['s->b', 'b->j']);
    // Accessible names do not change (journeys and tools find nodes and edges by them).
    expect(nodes.find((n) => n.id === 'b')?.ariaLabel).toBe('Task b, Bash');
    expect(edges.find((e) => e.id === 's->b')?.ariaLabel).toBe('s runs before b');
  });

  it('rebuilds only the nodes and edges whose flag changed when the path moves', () => {
    const builder = createNodeBuilder();
    const first = builder.build(input(diamond));
    // a becomes the longest arm: s and j stay on the path, a and b swap.
    const longer = applyChange(diamond, {
      type: 'setTaskField',
      taskId: 'a',
      field: 'estimated_duration',
      value: 600,
    }).design;
    const second = builder.build(input(longer));
    expect(flagged(second.nodes)).toEqual(['s', 'a', 'j']);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['a', 'b']);
    const changedEdges = second.edges.filter((e, i) => e !== first.edges[i]).map((e) => e.id);
    expect(changedEdges.sort()).toEqual(['a->j', 'b->j', 's->a', 's->b']);
    // Same forecast again: nothing is rebuilt.
    const third = builder.build(input(longer));
    expect(third.nodes).toBe(second.nodes);
    expect(third.edges).toBe(second.edges);
  });

  it('draws nothing when the highlight is off', () => {
    const { nodes, edges } = createNodeBuilder().build({
      ...input(diamond),
      critical: NO_CRITICAL_PATH,
    });
    expect([...flagged(nodes), ...flagged(edges)]).toEqual([]);
  });
});
