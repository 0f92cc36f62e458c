/**
 * Journey (e): copy three tasks with their edges in one tab and paste them in
 * a second tab that already has tasks of the same ids: the pasted ids are
 * de-duplicated and the edges between them kept. Cut and select all are one
 * undo step each; pasting on an empty canvas opens the pasted design whole.
 */
import { test, expect, watchConsole } from './fixtures.ts';
import { CanvasPage } from './pages/canvas-page.ts';
import { EditorPage } from './pages/editor-page.ts';
import { ExamplesPage } from './pages/examples-page.ts';

const COPIED = ['full_load', 'incremental_load', 'join_loads'];
const EXAMPLE_TASKS = 5;

test('copy three tasks in one tab, paste them in another, ids de-duplicated and edges kept', async ({
  page,
  context,
  editor,
  examples,
  canvas,
  consoleProblems,
}, testInfo) => {
  await editor.open();
  await examples.open('Branch and join');
  await canvas.select(COPIED[0]!);
  for (const id of COPIED.slice(1)) {
    await canvas
      .node(id)
      .getByText(id, { exact: true })
      .click({ modifiers: ['Control'] });
  }
  await expect(page.locator('.react-flow__node-task.selected')).toHaveCount(3);
  await page.keyboard.press('Control+C');
  await expect(editor.statusNotice).toHaveText('Copied 3 tasks');

  // A second tab with the same example: every copied id is taken there.
  const second = await context.newPage();
  watchConsole(second, consoleProblems);
  const editor2 = new EditorPage(
    second,
    testInfo.project.name === 'desktop-1440' ? '' : `-${testInfo.project.name}`,
  );
  const canvas2 = new CanvasPage(second);
  await editor2.open();
  await new ExamplesPage(second).open('Branch and join');
  await expect(editor2.taskNodes).toHaveCount(EXAMPLE_TASKS);
  await canvas2.pane.click({ position: { x: 5, y: 5 } });
  await second.keyboard.press('Control+V');
  await expect(editor2.statusNotice).toHaveText('Pasted 3 tasks');
  await expect(editor2.taskNodes).toHaveCount(EXAMPLE_TASKS + 3);
  const copies = COPIED.map((id) => `${id}_copy`);
  for (const id of copies) {
    await expect(canvas2.node(id)).toBeVisible();
    await expect(canvas2.node(id)).toHaveClass(/selected/);
  }
  const edges = (await canvas2.edges()).map((e) => `${e.from}->${e.to}`);
  expect(edges).toEqual(
    expect.arrayContaining([
      'full_load_copy->join_loads_copy',
      'incremental_load_copy->join_loads_copy',
    ]),
  );
  // Only the edges between the copied tasks came along.
  expect(edges.filter((e) => e.includes('_copy'))).toHaveLength(2);
  await editor2.screenshot('copy-paste');

  // Cut the pasted tasks: one undo step brings all three back.
  await second.keyboard.press('Control+X');
  await expect(editor2.taskNodes).toHaveCount(EXAMPLE_TASKS);
  await second.keyboard.press('Control+Z');
  await expect(editor2.taskNodes).toHaveCount(EXAMPLE_TASKS + 3);
  // Select all, then one Delete and one undo.
  await canvas2.pane.click({ position: { x: 5, y: 5 } });
  await second.keyboard.press('Control+A');
  await expect(second.locator('.react-flow__node-task.selected')).toHaveCount(EXAMPLE_TASKS + 3);
  await second.keyboard.press('Delete');
  await expect(editor2.taskNodes).toHaveCount(0);
  await second.keyboard.press('Control+Z');
  await expect(editor2.taskNodes).toHaveCount(EXAMPLE_TASKS + 3);

  // An empty canvas opens the pasted design whole, as a file would.
  await page.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
  const discard = page
    .getByRole('dialog')
    .getByRole('button', { name: /Discard|Don.t save|Continue/ });
  if (await discard.isVisible()) await discard.click();
  await expect(editor.taskNodes).toHaveCount(0);
  await page.keyboard.press('Control+V');
  await expect(editor.taskNodes).toHaveCount(3);
  expect(await editor.dagId()).toBe('branch_and_join');
});
