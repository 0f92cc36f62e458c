import { buildBenchDesign } from './gen-design.ts';
import { editorStore, marksByTask, findingsFor } from '../src/store/index.ts';
import { createNodeBuilder } from '../src/canvas/flow-nodes.ts';
import { computeGroupBoxes } from '../src/canvas/group-boxes.ts';
import { validateDesign } from '../src/model/index.ts';
for (const groups of [true, false]) {
  const d = buildBenchDesign(2000, 50);
  if (!groups) {
    d.groups = [];
    d.tasks.forEach((t) => (t.group = null));
  }
  const s = editorStore.getState();
  s.loadDesign(d);
  const b = createNodeBuilder();
  const id = d.tasks[5].task_id;
  const run = (i: number) => {
    const t0 = performance.now();
    editorStore
      .getState()
      .apply({ type: 'updateTaskArgs', taskId: id, set: { bash_command: 'x'.repeat(i) } });
    const t1 = performance.now();
    const design = editorStore.getState().design;
    findingsFor(design);
    const t2 = performance.now();
    const marks = marksByTask(design);
    const t3 = performance.now();
    b.build({
      design,
      selected: new Set([id]),
      selectedGroupId: null,
      marks,
      overlay: new Map(),
      selectedEdges: new Set(),
    });
    const t4 = performance.now();
    computeGroupBoxes(design);
    const t5 = performance.now();
    return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4];
  };
  for (let i = 0; i < 5; i++) run(i);
  const rs = [];
  for (let i = 5; i < 25; i++) rs.push(run(i));
  const med = (k: number) =>
    rs
      .map((r) => r[k])
      .sort((a, b) => a - b)[10]
      .toFixed(1);
  console.log(
    'groups',
    groups,
    'apply',
    med(0),
    'validate',
    med(1),
    'marks',
    med(2),
    'build',
    med(3),
    'groupBoxes',
    med(4),
  );
}
