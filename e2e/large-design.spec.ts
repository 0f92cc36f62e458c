/**
 * Journey: a 10,000-task design stays workable. It opens on the DAG's start,
 * draws only what is in view, and everything a user does on a small design
 * still works: select, rename in place, connect, see a problem marker appear
 * on the task, zoom out to the low-detail overview with its picture minimap
 * and back in to read names again.
 */
import { test, expect } from './fixtures.ts';
import { serializeDesign } from '../src/io/index.ts';
import { buildBenchDesign } from '../bench/gen-design.ts';
import { TASK_HANDLES } from '../src/canvas/flow-nodes.ts';

const TASKS = 10_000;

test('10,000 tasks: open, select, rename, connect, a problem marker, overview and back', async ({
  page,
  editor,
  files,
  canvas,
  inspector,
}) => {
  test.slow(); // validating and forecasting 10,000 tasks takes a few seconds on CI machines
  await editor.open();
  const design = buildBenchDesign(TASKS, 50, false);
  await files.dropFile({ name: 'ten_thousand.dag.json', content: serializeDesign(design) });

  // Opens on the start of the DAG (its roots, the middle lanes in view), drawing only what is in view.
  await expect(canvas.node('lane_24_step_0')).toBeVisible({ timeout: 20_000 });
  const drawn = await editor.taskNodes.count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(TASKS / 10);

  // The handles the nodes declare (so edges are drawn before a node ever was) are where the DOM has them.
  const measured = await canvas.node('lane_24_step_0').evaluate((el: HTMLElement) => {
    const node = el.getBoundingClientRect();
    const zoom = node.width / el.offsetWidth;
    return [...el.querySelectorAll('.react-flow__handle')].map((h) => {
      const r = h.getBoundingClientRect();
      return {
        // The id part of data-id ("<flow>-<node>-<handle id>-<type>"): "null" for an unnamed handle.
        id: h.getAttribute('data-id')?.split('-').at(-2),
        type: h.classList.contains('source') ? 'source' : 'target',
        x: Math.round((r.left - node.left) / zoom),
        y: Math.round((r.top - node.top) / zoom),
        width: Math.round(r.width / zoom),
        height: Math.round(r.height / zoom),
      };
    });
  });
  expect(measured).toEqual(
    TASK_HANDLES.map(({ id, type, x, y, width, height }) => ({
      id: String(id),
      type,
      x,
      y,
      width,
      height,
    })),
  );

  // Select and rename in place.
  await canvas.select('lane_25_step_1');
  await expect(inspector.field('task_id')).toHaveValue('lane_25_step_1');
  await canvas.node('lane_25_step_1').getByText('lane_25_step_1', { exact: true }).dblclick();
  const rename = page.getByLabel('Rename task lane_25_step_1');
  await rename.fill('extract_orders');
  await rename.press('Enter');
  await expect(canvas.node('extract_orders')).toBeVisible();
  await expect(canvas.edge('lane_25_step_0', 'extract_orders')).toBeAttached();

  // Connect two tasks that were not connected.
  await expect(canvas.edge('lane_24_step_0', 'lane_26_step_1')).toHaveCount(0);
  await canvas.connect('lane_24_step_0', 'lane_26_step_1');
  await expect(canvas.edge('lane_24_step_0', 'lane_26_step_1')).toBeAttached();

  // A problem: clear the required bash_command; the task's marker appears once edits pause.
  await canvas.select('lane_25_step_2');
  await inspector.fillCode('bash_command', '');
  const marker = canvas.node('lane_25_step_2').getByRole('img', { name: /1 error/ });
  await expect(marker).toBeVisible({ timeout: 15_000 });

  // The overview: zoomed out past reading, cards without names, one picture as the minimap.
  await canvas.fitView();
  await expect(page.locator('[class*="lowDetail"]')).toHaveCount(1);
  await expect(canvas.minimap).toBeVisible();
  await expect(page.locator('.react-flow__minimap canvas')).toBeVisible();
  const overview = await editor.taskNodes.count();
  expect(overview).toBeLessThan(TASKS);
  await editor.screenshot('large-design-overview');

  // Back to reading: the minimap click centres there; zoom in and names are text again.
  await canvas.clickMinimap(0.05, 0.5);
  const centre = await canvas.paneCenter();
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -120);
  await expect(page.locator('[class*="lowDetail"]')).toHaveCount(0);
  await expect(editor.taskNodes.first()).toBeVisible();
  await editor.screenshot('large-design-reading');
});
