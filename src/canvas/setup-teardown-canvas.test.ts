import { describe, expect, it } from 'vitest';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import { testDesign, testTask } from '../testing/designs.ts';
import { createNodeBuilder, type BuildInput } from './flow-nodes.ts';
import type { TaskFlowNode } from './node-types.ts';

const task = (task_id: string, x: number, extra: Partial<Task> = {}): Task =>
  testTask(task_id, {
    operator: 'EmptyOperator',
    args: {},
    group: null,
    ui: { x, y: 0 },
    ...extra,
  });

const input = (design: Design): BuildInput => ({
  design,
  selected: new Set(),
  selectedGroupId: null,
  marks: new Map(),
  overlay: new Map(),
  selectedEdges: new Set(),
});

const bracket = (edges: Design['edges']) =>
  testDesign({
    tasks: [
      task('create', 0, { role: 'setup' }),
      task('work', 300, { outlets: ['s3://curated/orders/'] }),
      task('delete', 600, { role: 'teardown', setups: ['create'] }),
    ],
    edges,
  });

describe('setup, teardown and outlets on the canvas', () => {
  it('draws the setup -> teardown relation dotted, and not selectable, when no edge joins them', () => {
    const d = bracket([
      { from: 'create', to: 'work' },
      { from: 'work', to: 'delete' },
    ]);
    const { edges } = createNodeBuilder().build(input(d));
    const relation = edges.find((e) => e.source === 'create' && e.target === 'delete');
    expect(relation).toMatchObject({
      className: 'setup-teardown',
      selectable: false,
      deletable: false,
    });
    expect(relation?.id).not.toBe('create->delete');
    expect(edges.filter((e) => e.className === 'setup-teardown')).toHaveLength(1);
  });

  it('draws a real setup -> teardown edge dotted instead of adding another', () => {
    const d = bracket([
      { from: 'create', to: 'work' },
      { from: 'work', to: 'delete' },
      { from: 'create', to: 'delete' },
    ]);
    const { edges } = createNodeBuilder().build(input(d));
    const joined = edges.filter((e) => e.source === 'create' && e.target === 'delete');
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ id: 'create->delete', className: 'setup-teardown' });
    expect(joined[0]?.selectable).toBeUndefined();
  });

  it('puts outlets and role in the node data, and rebuilds a node only when they change', () => {
    const builder = createNodeBuilder();
    const d1 = bracket([]);
    const first = builder.build(input(d1));
    const data = (nodes: typeof first.nodes, id: string) =>
      (nodes.find((n) => n.id === id) as TaskFlowNode).data;
    expect(data(first.nodes, 'work').outlets).toEqual(['s3://curated/orders/']);
    expect(data(first.nodes, 'create').role).toBe('setup');
    expect(builder.created).toBe(3);

    // An argument edit and the same outlets in a new array leave every node alone.
    const d2 = applyChange(d1, {
      type: 'updateTaskArgs',
      taskId: 'work',
      set: { retries: 2 },
    }).design;
    const d3 = applyChange(d2, {
      type: 'setTaskField',
      taskId: 'work',
      field: 'outlets',
      value: ['s3://curated/orders/'],
    }).design;
    builder.build(input(d3));
    expect(builder.created).toBe(3);

    const d4 = applyChange(d3, {
      type: 'setTaskField',
      taskId: 'work',
      field: 'outlets',
      value: ['s3://curated/orders/', 's3://curated/customers/'],
    }).design;
    const fourth = builder.build(input(d4));
    expect(builder.created).toBe(4);
    expect(data(fourth.nodes, 'work').outlets).toHaveLength(2);

    const d5 = applyChange(d4, {
      type: 'setTaskField',
      taskId: 'work',
      field: 'role',
      value: 'setup',
    }).design;
    builder.build(input(d5));
    expect(builder.created).toBe(5);
  });
});
