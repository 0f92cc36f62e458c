/**
 * Journey (a) of the canvas part 2: group tasks, rename the group in place,
 * nest it by dragging it into another group, fold and unfold, drag a task
 * out; the export shows the nested TaskGroups, and real Airflow loads them
 * with the right group ids.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test, expect } from './fixtures.ts';
import { center } from './pages/canvas-page.ts';
import { loadWithAirflow } from './support/airflow.ts';
import { unzipFile } from './support/bundle.ts';

test('group, nest, fold, unfold and drag a task out; Airflow loads the nested groups', async ({
  page,
  editor,
  examples,
  canvas,
  toolbar,
}) => {
  test.setTimeout(180_000);
  await editor.open();
  await examples.open('Branch and join');

  // Group the two loads, rename the group in place.
  await canvas.selectMany(['full_load', 'incremental_load']);
  await canvas.groupSelection();
  await expect(canvas.group('group_1')).toBeVisible();
  await canvas.renameGroup('group_1', 'loads');

  // A second group around join_loads; drag "loads" into it: nested.
  await canvas.selectMany(['join_loads']);
  await canvas.groupSelection();
  await canvas.renameGroup('group_1', 'pipeline');
  // Grab the box by its label and drop it so that its centre lies on the other box.
  const from = await center(canvas.group('loads'));
  const to = await center(canvas.group('pipeline'));
  await canvas.dragBy(canvas.group('loads').getByText('loads', { exact: true }), {
    dx: to.x - from.x,
    dy: to.y - from.y,
  });
  await page.keyboard.press('Shift+L');
  await expect(canvas.group('loads')).toBeVisible();
  await expect
    .poll(
      async () => {
        const outer = await canvas.group('pipeline').boundingBox();
        const inner = await canvas.group('loads').boundingBox();
        return (
          !!outer &&
          !!inner &&
          inner.x >= outer.x &&
          inner.y >= outer.y &&
          inner.x + inner.width <= outer.x + outer.width &&
          inner.y + inner.height <= outer.y + outer.height
        );
      },
      { message: 'loads drawn inside pipeline' },
    )
    .toBe(true);

  // Fold the outer group: one card, its members' edges merged onto it.
  await canvas.toggleGroup('pipeline', 'Collapse');
  await expect(canvas.node('full_load')).toHaveCount(0);
  await expect(canvas.node('join_loads')).toHaveCount(0);
  await expect(canvas.group('pipeline')).toContainText('3 tasks');
  const folded = (await canvas.edges()).map((e) => `${e.from}->${e.to}`).sort();
  expect(folded).toEqual(['choose_load_type->group pipeline', 'group pipeline->vacuum_orders']);
  await editor.screenshot('groups-folded');
  await canvas.toggleGroup('pipeline', 'Expand');
  await expect(canvas.node('full_load')).toBeVisible();

  // Drag incremental_load out of both groups, well below them.
  await page.keyboard.press('Shift+L');
  await expect(canvas.node('incremental_load')).toBeVisible();
  const outer = (await canvas.group('pipeline').boundingBox())!;
  const task = (await canvas.node('incremental_load').boundingBox())!;
  await canvas.dragBy(
    canvas.node('incremental_load').getByText('incremental_load', { exact: true }),
    {
      dx: 0,
      dy: outer.y + outer.height - task.y + 60,
    },
  );
  await expect
    .poll(async () => {
      const o = (await canvas.group('pipeline').boundingBox())!;
      const t = (await canvas.node('incremental_load').boundingBox())!;
      return t.y > o.y + o.height;
    })
    .toBe(true);
  await editor.screenshot('groups');

  // The export has the nested TaskGroups; real Airflow loads them with the right ids.
  const zip = unzipFile((await toolbar.exportZip()).path);
  const dagFile = zip.get('dags/branch_and_join.py')!;
  const py = new TextDecoder().decode(dagFile);
  expect(py).toMatch(/TaskGroup\(\s*group_id="pipeline"/);
  expect(py).toMatch(/TaskGroup\(\s*group_id="loads"/);
  const dir = join(mkdtempSync(join(tmpdir(), 'e2e-groups-')), 'dags');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'branch_and_join.py');
  writeFileSync(path, dagFile);
  for (const { version, result } of loadWithAirflow(path, '3.3.1')) {
    expect(result.import_errors, `import errors on Airflow ${version}`).toEqual([]);
    const dag = result.dags[0]!;
    expect([...dag.task_groups].sort(), `groups on ${version}`).toEqual([
      'pipeline',
      'pipeline.loads',
    ]);
    expect([...dag.tasks].sort(), `tasks on ${version}`).toEqual(
      [
        'choose_load_type',
        'incremental_load',
        'pipeline.join_loads',
        'pipeline.loads.full_load',
        'vacuum_orders',
      ].sort(),
    );
  }
});
