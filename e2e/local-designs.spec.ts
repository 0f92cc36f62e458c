/**
 * Journey (h, issue 11 b): never lose work. An edit survives a reload; a
 * browser closed mid-edit, with no unload, reopens on the last change; a
 * damaged entry in the browser's store is reported by name and the other
 * designs still open. New over unsaved work asks in an in-app dialog.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, watchConsole } from './fixtures.ts';
import { CanvasPage } from './pages/canvas-page.ts';
import { DesignsPage } from './pages/designs-page.ts';
import { EditorPage } from './pages/editor-page.ts';
import { ExamplesPage } from './pages/examples-page.ts';
import { InspectorPage } from './pages/inspector-page.ts';

/** Whether a reload or tab close would ask first (the app's beforeunload answer). */
const unloadWouldAsk = (editor: EditorPage): Promise<boolean> =>
  editor.page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('an edit survives a reload; New over unsaved work asks in the app', async ({
  editor,
  examples,
  inspector,
  designs,
  toolbar,
  canvas,
}) => {
  await editor.open();
  await examples.open('Branch and join');
  const tasks = await editor.taskCount();
  await designs.waitSaved();

  // A change asks before unload only until autosave has written it.
  await canvas.select('vacuum_orders');
  await editor.page.keyboard.press('Delete');
  expect(await unloadWouldAsk(editor), 'beforeunload while the write is pending').toBe(true);
  await designs.waitSaved();
  expect(await unloadWouldAsk(editor), 'beforeunload once written').toBe(false);
  await toolbar.undo();
  await expect(editor.taskNodes).toHaveCount(tasks);

  await inspector.openTab('DAG');
  await inspector.fill('dag_id', 'branch_and_join_v2');
  await designs.waitSaved();

  await editor.page.reload();
  await expect(editor.statusNotice).toHaveText('Restored branch_and_join_v2 from this browser');
  await expect(editor.taskNodes).toHaveCount(tasks);
  expect(await editor.dagId()).toBe('branch_and_join_v2');
  // Kept in the browser, but still not saved to a file: the top bar says so.
  await expect(editor.page.getByLabel('Unsaved changes')).toBeVisible();

  // New over unsaved work: an in-app dialog (no window.confirm), Escape keeps the work.
  await toolbar.button('New').click();
  await expect(designs.confirm).toBeVisible();
  await expect(designs.confirm).toContainText('branch_and_join_v2 has changes that are not saved');
  await expect(designs.confirm.locator(':focus')).toHaveCount(1);
  await editor.page.keyboard.press('Escape');
  await expect(designs.confirm).toBeHidden();
  await expect(editor.taskNodes).toHaveCount(tasks);
  await toolbar.button('New').click();
  await designs.goOnAnyway();
  await expect(editor.taskNodes).toHaveCount(0);

  // The previous design is still listed; rename it and open it again.
  await designs.open();
  await designs.rename('branch_and_join_v2', 'Branch and join, v2');
  await designs.openDesign('Branch and join, v2');
  await expect(designs.dialog).toBeHidden();
  await expect(editor.taskNodes).toHaveCount(tasks);
});

test('a browser closed mid-edit reopens on the last change; a damaged entry is reported and the others open', async ({
  page,
  consoleProblems,
}, testInfo) => {
  const { baseURL, viewport, launchOptions } = testInfo.project.use;
  const profile = mkdtempSync(join(tmpdir(), 'e2e-profile-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      viewport,
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    watchConsole(tab, consoleProblems);
    return { context, tab };
  };
  try {
    // 1. Open an example, delete a task, type into dag_id, and while the focus
    //    is still in the field the browser goes away: no Save, no unload handlers.
    const first = await launch();
    const editor = new EditorPage(first.tab);
    const designs = new DesignsPage(first.tab);
    const canvas = new CanvasPage(first.tab);
    await editor.open();
    await new ExamplesPage(first.tab).open('Branch and join');
    const tasks = await editor.taskCount();
    await canvas.select('vacuum_orders');
    await first.tab.keyboard.press('Delete');
    await expect(editor.taskNodes).toHaveCount(tasks - 1);
    await designs.waitSaved();
    const inspector = new InspectorPage(first.tab);
    await inspector.openTab('DAG');
    // Still typing (focus in the field, never left): autosave writes as the edits settle.
    await inspector.field('dag_id').press('End');
    await inspector.field('dag_id').pressSequentially('_v3');
    await designs.waitSaved();
    await expect(inspector.field('dag_id')).toBeFocused();
    await first.context.close(); // pages close without running beforeunload

    // 2. Reopen the same profile: the last change is there.
    const second = await launch();
    const reopened = new EditorPage(second.tab);
    const designs2 = new DesignsPage(second.tab);
    await reopened.open();
    await expect(reopened.statusNotice).toHaveText('Restored branch_and_join_v3 from this browser');
    await expect(reopened.taskNodes).toHaveCount(tasks - 1);
    await expect(new CanvasPage(second.tab).node('vacuum_orders')).toHaveCount(0);

    // 3. A damaged entry (an old build, a broken profile) is the one that was open.
    await designs2.plantRecord('design:damaged-1', {
      name: 'broken_sales',
      text: '{ "format": "dag-designer", ',
      updatedAt: Date.now(),
      fileSaved: false,
    });
    await designs2.plantRecord('design:not-a-record', 42);
    await designs2.plantRecord('current', 'damaged-1');
    await second.tab.reload();
    await expect(reopened.errorNotice).toContainText(
      'Could not restore "broken_sales": not JSON: line 1, column 29',
    );
    await expect(reopened.errorNotice).toContainText('Your other designs are in My designs');
    await expect(reopened.taskNodes).toHaveCount(0);

    await designs2.open();
    expect(await designs2.names()).toEqual(['branch_and_join_v3', 'broken_sales', 'not-a-record']);
    await expect(designs2.row('broken_sales')).toContainText('Could not be read: not JSON');
    await expect(designs2.row('not-a-record')).toContainText(
      'Could not be read: the stored entry is damaged',
    );
    await expect(designs2.row('branch_and_join_v3')).toContainText(`${tasks - 1} tasks`);
    await reopened.screenshot('local-designs');
    await designs2.openDesign('branch_and_join_v3');
    await expect(designs2.dialog).toBeHidden();
    await expect(reopened.taskNodes).toHaveCount(tasks - 1);
    expect(await reopened.dagId()).toBe('branch_and_join_v3');
    await second.context.close();
  } finally {
    // Chromium may still be flushing the profile for a moment after close.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  // The fixture's own page was never used; keep it quiet.
  expect(page.url()).toBe('about:blank');
});
