/**
 * Journey (g): on the "Branch and join" example, a user duplicates a task
 * (Ctrl+D), wires the copy and deletes it (Delete), deletes another task from
 * its context menu and takes it back (Ctrl+Z); types a cron schedule and reads
 * it as words and next runs, types an invalid one and sees it refused; then
 * reads the generated code, where the selected task's lines are marked.
 */
import { test, expect } from './fixtures.ts';

const EXAMPLE = 'Branch and join';

test('duplicate, delete and undo on the canvas; schedule read as words; code marks the selected task', async ({
  editor,
  examples,
  canvas,
  inspector,
  problems,
  page,
}) => {
  await editor.open();
  await examples.open(EXAMPLE);
  await expect(canvas.node('full_load')).toBeVisible();
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
  const tasks = await editor.taskCount();
  const edges = await canvas.edges();
  expect(tasks).toBe(5);
  expect(edges).toHaveLength(5);

  // 1a. Ctrl+D duplicates the selected task as <id>_copy (selected), without outside edges.
  await canvas.select('full_load');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(editor.taskNodes).toHaveCount(tasks + 1);
  await expect(canvas.node('full_load_copy')).toBeVisible();
  await expect(canvas.node('full_load_copy')).toHaveClass(/selected/);
  // Wire the copy into the DAG so deleting it must take an edge along.
  await canvas.connect('full_load_copy', 'join_loads');
  await expect(canvas.edge('full_load_copy', 'join_loads')).toHaveCount(1);

  // 1b. Delete removes the selected copy and its edge.
  await canvas.select('full_load_copy');
  await page.keyboard.press('Delete');
  await expect(canvas.node('full_load_copy')).toHaveCount(0);
  await expect(editor.taskNodes).toHaveCount(tasks);
  await expect(canvas.edge('full_load_copy', 'join_loads')).toHaveCount(0);
  expect(await canvas.edges()).toEqual(edges);

  // 1c. Right-click -> Delete on another task takes its edges; Ctrl+Z brings both back.
  await canvas.node('incremental_load').getByText('incremental_load', { exact: true }).click({
    button: 'right',
  });
  const menu = page.getByRole('menu', { name: 'Actions for incremental_load' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /^Delete/ }).click();
  await expect(menu).toBeHidden();
  await expect(canvas.node('incremental_load')).toHaveCount(0);
  await expect(editor.taskNodes).toHaveCount(tasks - 1);
  await expect(canvas.edge('choose_load_type', 'incremental_load')).toHaveCount(0);
  await expect(canvas.edge('incremental_load', 'join_loads')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(canvas.node('incremental_load')).toBeVisible();
  await expect(editor.taskNodes).toHaveCount(tasks);
  await expect(canvas.edge('choose_load_type', 'incremental_load')).toHaveCount(1);
  await expect(canvas.edge('incremental_load', 'join_loads')).toHaveCount(1);
  expect(await canvas.edges()).toEqual(edges);

  // 2a. A cron schedule is read as words, with the next 5 runs.
  await inspector.openTab('DAG');
  const schedule = inspector.textbox('schedule');
  await inspector.fill(schedule, '0 3 * * *');
  const reading = inspector.root.locator('.schedule-reading');
  await expect(reading.locator('.schedule-reading__text')).toHaveText(/^At 03:00\b/);
  const nextRuns = reading.getByText('Next 5 runs', { exact: true });
  await nextRuns.click();
  const runs = reading.getByRole('listitem');
  await expect(runs).toHaveCount(5);
  await expect(runs.first()).toBeVisible();
  for (const run of await runs.locator('time').all()) {
    await expect(run).toHaveAttribute('dateTime', /T03:00/);
  }

  // 2b. An invalid schedule: an inline error and an invalid-schedule problem; then fixed back.
  await inspector.fill(schedule, '61 * * * *');
  await expect(schedule).toHaveAttribute('aria-invalid', 'true');
  const inlineError = inspector.root.locator('.field__error').filter({ visible: true });
  await expect(inlineError).toHaveCount(1);
  await expect(schedule).toHaveAccessibleDescription(/\S/);
  await expect(problems.badge).toHaveAccessibleName(/^1 error\b/);
  await problems.expand();
  await expect(problems.rows('invalid-schedule')).toHaveCount(1);
  await expect(reading.locator('.schedule-reading__text')).toHaveCount(0);
  await inspector.fill(schedule, '0 3 * * *');
  await expect(schedule).not.toHaveAttribute('aria-invalid', 'true');
  await expect(inlineError).toHaveCount(0);
  await expect(problems.rows('invalid-schedule')).toHaveCount(0);
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);

  // 3. The Code tab marks the selected task's lines; the schedule is in the code.
  await canvas.select('join_loads');
  await inspector.openTab('Code');
  const code = inspector.root.getByRole('region', { name: /^Exported Python dags\// });
  await expect(code).toContainText('schedule="0 3 * * *"');
  const marked = code.locator('.code-line--marked');
  await expect(marked.first()).toBeVisible();
  await expect(marked).toContainText(['task_id="join_loads"']);
  await expect(marked.filter({ hasText: 'task_id=' })).toHaveCount(1);
  // Another task moves the mark.
  await canvas.select('vacuum_orders');
  await expect(marked.filter({ hasText: 'task_id="vacuum_orders"' })).toHaveCount(1);
  await expect(marked.filter({ hasText: 'task_id="join_loads"' })).toHaveCount(0);

  await editor.screenshot('edit-and-read');
});
