/**
 * Journey (a): from an empty canvas, build a 5-task DAG by dragging operators
 * and handles, fill the forms, set the dag_id, export the .zip. The zip must
 * equal, byte for byte, what the CLI exports from the saved design, and its
 * DAG file must load in real Airflow with the tasks and edges drawn.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import type { CanvasPage } from './pages/canvas-page.ts';
import type { InspectorPage } from './pages/inspector-page.ts';
import type { PalettePage } from './pages/palette-page.ts';
import { cliExport, text, unzipFile } from './support/bundle.ts';
import { loadWithAirflow } from './support/airflow.ts';

const DAG_ID = 'orders_daily';

const TRANSFORM_CALLABLE = [
  'def transform(**context):',
  '    rows = [1, 2, 3]',
  '    return sum(rows)',
].join('\n');

interface Step {
  id: string;
  operator: string;
  /** Where to drop it, as a fraction of the canvas size. */
  at: { fx: number; fy: number };
}

const STEPS: Step[] = [
  { id: 'extract', operator: 'BashOperator', at: { fx: 0.14, fy: 0.45 } },
  { id: 'transform', operator: 'PythonOperator', at: { fx: 0.37, fy: 0.25 } },
  { id: 'audit', operator: 'BashOperator', at: { fx: 0.37, fy: 0.7 } },
  { id: 'load', operator: 'BashOperator', at: { fx: 0.62, fy: 0.45 } },
  { id: 'notify', operator: 'EmptyOperator', at: { fx: 0.86, fy: 0.45 } },
];

const EDGES: [string, string][] = [
  ['extract', 'transform'],
  ['extract', 'audit'],
  ['transform', 'load'],
  ['audit', 'load'],
  ['load', 'notify'],
];

/** Drags `step.operator` onto the canvas, then renames the new (selected) task in the inspector. */
async function addTask(
  palette: PalettePage,
  canvas: CanvasPage,
  inspector: InspectorPage,
  step: Step,
): Promise<void> {
  const box = await canvas.pane.boundingBox();
  if (!box) throw new Error('canvas pane has no box');
  await palette.dragOntoCanvas(step.operator, {
    x: Math.round(box.width * step.at.fx),
    y: Math.round(box.height * step.at.fy),
  });
  // The new task is selected and shown in the Task tab.
  const selected = canvas.page.locator('.react-flow__node-task.selected');
  await expect(selected).toHaveCount(1);
  await expect(inspector.root.getByRole('tab', { name: 'Task' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await inspector.rename(step.id);
  await expect(canvas.node(step.id)).toBeVisible();
  await expect(canvas.node(step.id)).toHaveClass(/selected/);
}

test('build a 5-task DAG by drag and connect, export it, and load it in real Airflow', async ({
  editor,
  palette,
  canvas,
  inspector,
  toolbar,
  problems,
}) => {
  test.setTimeout(240_000);
  await editor.open();
  await expect(editor.visibleText('Drag an operator here to start')).toBeVisible();
  expect(await editor.taskCount()).toBe(0);

  for (const step of STEPS) {
    await addTask(palette, canvas, inspector, step);
    if (step.operator === 'BashOperator') {
      await inspector.fillCode('bash_command', `echo "${step.id} {{ ds }}"`);
    }
    if (step.operator === 'PythonOperator') {
      await inspector.fillCode('python', TRANSFORM_CALLABLE);
    }
    if (step.id === 'load') {
      await inspector.fill('retries', '3');
      await inspector.fill('retry_delay', '5m');
      await expect(inspector.root.getByText('300 seconds')).toBeVisible();
      await inspector.choose('trigger_rule', 'none_failed');
    }
  }
  expect(await editor.taskCount()).toBe(5);

  for (const [from, to] of EDGES) {
    await canvas.connect(from, to);
    await expect(canvas.edge(from, to)).toHaveCount(1);
  }
  expect((await canvas.edges()).map((e) => `${e.from}->${e.to}`).sort()).toEqual(
    EDGES.map(([a, b]) => `${a}->${b}`).sort(),
  );

  await inspector.openTab('DAG');
  await inspector.fill('dag_id', DAG_ID);

  // No errors left: the export is enabled and the Problems panel agrees.
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
  const zip = await toolbar.exportZip();
  expect(zip.name).toBe(`${DAG_ID}.zip`);
  const saved = await toolbar.save();
  expect(saved.name).toBe(`${DAG_ID}.dag.json`);
  // Tidy up for the picture as a user would: Shift+L lays the graph out.
  await canvas.pane.click({ position: { x: 5, y: 5 } });
  const drawn = await canvas.positions();
  await editor.page.keyboard.press('Shift+L');
  await canvas.positionsSettledAfter(drawn);
  await editor.screenshot('build-and-export');

  // The browser's zip equals the CLI's export of the saved design, byte for byte.
  const zipped = unzipFile(zip.path);
  const cli = cliExport(saved.path);
  expect([...zipped.keys()].sort()).toEqual([...cli.files.keys()].sort());
  expect([...zipped.keys()]).toEqual(
    expect.arrayContaining([`dags/${DAG_ID}.py`, 'manifest.json']),
  );
  for (const [path, bytes] of cli.files) {
    const mine = zipped.get(path);
    expect(mine, `zip entry ${path}`).toBeDefined();
    // Compare as text first for a readable diff, then byte for byte.
    expect(text(mine), path).toBe(text(bytes));
    expect(Buffer.from(mine!).equals(Buffer.from(bytes)), `${path} byte for byte`).toBe(true);
  }

  // The DAG file loads in real Airflow with what was drawn.
  const dagDir = join(cli.dir, '..', 'from-zip', 'dags');
  mkdirSync(dagDir, { recursive: true });
  const dagFile = join(dagDir, `${DAG_ID}.py`);
  writeFileSync(dagFile, zipped.get(`dags/${DAG_ID}.py`)!);
  const expectedTasks = STEPS.map((s) => s.id).sort();
  const expectedEdges = EDGES.map(([a, b]) => `${a}->${b}`).sort();
  for (const { version, result } of loadWithAirflow(dagFile, '3.3.1')) {
    expect(result.import_errors, `import errors on Airflow ${version}`).toEqual([]);
    expect(result.deprecations, `deprecations on Airflow ${version}`).toEqual([]);
    expect(result.dags, `DAGs on Airflow ${version}`).toHaveLength(1);
    const dag = result.dags[0]!;
    expect(dag.dag_id).toBe(DAG_ID);
    expect([...dag.tasks].sort(), `tasks on Airflow ${version}`).toEqual(expectedTasks);
    expect([...dag.edges].sort(), `edges on Airflow ${version}`).toEqual(expectedEdges);
    expect(dag.retries['load'], `load retries on Airflow ${version}`).toBe(3);
    expect(dag.trigger_rules['load']).toBe('none_failed');
  }
});
