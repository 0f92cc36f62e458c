/**
 * Typing in a code field (the python callable, a bash command) changes the
 * task object on every keystroke but nothing a node shows: the canvas keeps
 * every node and edge object (React Flow then skips them all).
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import { testDesign, testTask } from '../testing/designs.ts';
import { createNodeBuilder, type BuildInput } from './flow-nodes.ts';

const input = (design: Design): BuildInput => ({
  design,
  selected: new Set(['run']),
  selectedGroupId: null,
  marks: new Map(),
  overlay: new Map(),
  selectedEdges: new Set(),
});

describe('typing code leaves the canvas alone', () => {
  it('keeps the node and edge arrays as they were, keystroke after keystroke', () => {
    let design = testDesign({
      tasks: [
        testTask('run', { operator: 'PythonOperator', python: 'def run():\n', ui: { x: 0, y: 0 } }),
        testTask('echo', {
          operator: 'BashOperator',
          args: { bash_command: 'echo' },
          ui: { x: 300, y: 0 },
        }),
      ],
      edges: [{ from: 'run', to: 'echo' }],
    });
    const builder = createNodeBuilder();
    const first = builder.build(input(design));
    const created = builder.created;
    for (const [index, ch] of [...'    return 1'].entries()) {
      const python = `def run():\n${'    return 1'.slice(0, index)}${ch}`;
      design = applyChange(design, {
        type: 'setTaskField',
        taskId: 'run',
        field: 'python',
        value: python,
      }).design;
      design = applyChange(design, {
        type: 'updateTaskArgs',
        taskId: 'echo',
        set: { bash_command: `echo ${python.length}` },
      }).design;
      const next = builder.build(input(design));
      expect(next.nodes).toBe(first.nodes);
      expect(next.edges).toBe(first.edges);
    }
    expect(design.tasks[0]?.python).toBe('def run():\n    return 1');
    expect(builder.created).toBe(created);
  });
});
