/**
 * Journey (i, issue 11 c): share by link. Copy link puts the design in the
 * URL fragment; a fresh browser opens it (after saying what it is) as a new
 * design, and Save gives the same bytes as the original's Save. A design too
 * big for a link says so and offers the file; a decompression bomb is
 * refused with a message within a second, the open design untouched.
 */
import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { test, expect, watchConsole } from './fixtures.ts';
import { DesignsPage } from './pages/designs-page.ts';
import { EditorPage } from './pages/editor-page.ts';
import { PalettePage } from './pages/palette-page.ts';
import { SharePage } from './pages/share-page.ts';
import { ToolbarPage } from './pages/toolbar-page.ts';

const base64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** 64 MB of spaces in a JSON string: ~64 KB of DEFLATE, 13x the 5 MB unpack cap. */
function bombFragment(): string {
  const bomb = new Uint8Array(64 * 1024 * 1024).fill(0x20);
  bomb.set(strToU8('{"format":"dag-designer","version":1,"x":"'));
  return `#design=${base64url(deflateSync(bomb, { level: 9 }))}`;
}

/** A valid design whose link would pass the 32 KB cap: 300 tasks with unrepeatable commands. */
function oversizedDesign(): string {
  const design: unknown = JSON.parse(
    readFileSync('public/examples/branch_and_join.dag.json', 'utf8'),
  );
  let seed = 12345;
  const noise = () => {
    let s = '';
    for (let i = 0; i < 24; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      s += seed.toString(36);
    }
    return s;
  };
  const tasks = Array.from({ length: 300 }, (_, i) => ({
    task_id: `step_${i}`,
    operator: 'BashOperator',
    args: { bash_command: `echo ${noise()}` },
    group: null,
    ui: { x: (i % 20) * 240, y: Math.floor(i / 20) * 120 },
  }));
  return JSON.stringify({
    ...(design as object),
    dag: { ...(design as { dag: object }).dag, dag_id: 'too_big_to_link' },
    groups: [],
    tasks,
    edges: [],
  });
}

test('copy link, open it in a fresh browser: same design, byte-identical when saved', async ({
  editor,
  examples,
  toolbar,
  share,
  browser,
  context,
  consoleProblems,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.open();
  await examples.open('Branch and join');
  const tasks = await editor.taskCount();
  const original = await toolbar.save();

  const url = await share.copyLink();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=[A-Za-z0-9_-]+$/);
  expect(await editor.page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // A fresh browser context: no stored designs, nothing shared but the link.
  const fresh = await browser.newContext({
    viewport: testInfo.project.use.viewport,
    acceptDownloads: true,
  });
  const tab = await fresh.newPage();
  watchConsole(tab, consoleProblems);
  const editor2 = new EditorPage(tab);
  const share2 = new SharePage(tab);
  const toolbar2 = new ToolbarPage(tab);
  await tab.goto(url);
  expect(await share2.sharedFacts()).toEqual({ dagId: 'branch_and_join', tasks });
  await editor2.screenshot('share-link');
  await share2.openShared();
  await expect(editor2.taskNodes).toHaveCount(tasks);
  await expect(editor2.statusNotice).toHaveText(
    `Opened the shared design branch_and_join (${tasks} tasks)`,
  );
  expect(tab.url(), 'the link is taken out of the address bar').not.toContain('#design=');
  const copy = await toolbar2.save();
  expect(copy.name).toBe(original.name);
  expect(readFileSync(copy.path)).toEqual(readFileSync(original.path));

  // Never over unsaved work: with an unsaved edit, the link asks first and
  // the edited design stays in My designs.
  await new PalettePage(tab).addWithKeyboard('BashOperator');
  await expect(editor2.taskNodes).toHaveCount(tasks + 1);
  const designs2 = new DesignsPage(tab);
  await designs2.waitSaved();
  await tab.evaluate((hash) => (window.location.hash = hash), new URL(url).hash);
  expect(await share2.sharedFacts()).toEqual({ dagId: 'branch_and_join', tasks });
  await share2.openShared();
  await designs2.goOnAnyway();
  await expect(editor2.taskNodes).toHaveCount(tasks);
  await designs2.open();
  expect(await designs2.names()).toHaveLength(2);
  await expect(designs2.dialog).toContainText(`${tasks + 1} tasks`);
  await designs2.close();
  await fresh.close();
});

test('a design too big for a link offers the file; a bomb link is refused within a second', async ({
  editor,
  examples,
  files,
  share,
  page,
}, testInfo) => {
  await editor.open();
  await files.dropFile({ name: 'too_big.dag.json', content: oversizedDesign() });
  await expect(editor.taskNodes.first()).toBeVisible();
  await share.clickCopyLink();
  await expect(share.linkDialog.getByRole('alert')).toContainText(
    /This design is too big for a link: it needs \d+ KB, and links are kept under 32 KB/,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    share.linkDialog.getByRole('button', { name: 'Save file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('too_big_to_link.dag.json');
  await expect(share.linkDialog).toBeHidden();

  await examples.open('Branch and join');
  const tasks = await editor.taskCount();
  const bomb = bombFragment();
  const ms = await share.msUntilRefused(bomb);
  expect(ms, 'milliseconds from the link to its refusal').toBeLessThan(1000);
  await expect(editor.errorNotice).toHaveText(
    "Could not open the shared link: the link's design would be larger than 5 MB once unpacked; it was not opened.",
  );
  testInfo.annotations.push({ type: 'bomb refused after', description: `${Math.round(ms)} ms` });
  await expect(share.sharedDialog).toBeHidden();
  await expect(editor.taskNodes).toHaveCount(tasks);
  expect(await editor.dagId()).toBe('branch_and_join');
  await editor.screenshot('share-link-refused');

  // The same bomb as a page address: the app starts and refuses it.
  await page.goto(`/${bomb}`);
  await expect(editor.errorNotice).toContainText('larger than 5 MB once unpacked', {
    timeout: 1000,
  });
  await expect(editor.taskNodes).toHaveCount(tasks); // the stored design, restored
  console.log(`bomb link refused ${Math.round(ms)} ms after it was set`);
});
