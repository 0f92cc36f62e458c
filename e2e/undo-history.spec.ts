/**
 * Journey (d): twenty mixed edits made as a user makes them (drag, layout,
 * rename, duplicate, delete, connect, group, fold, paste, cut, forms, target),
 * then undo all of them: the design equals the start, byte for byte when
 * saved; redo all: it equals the end. Each edit is exactly one undo step (a
 * drag and a layout included): after 19 undos the start is not reached yet,
 * after 20 it is.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('twenty mixed edits, undone and redone one step each', async ({
  page,
  editor,
  examples,
  canvas,
  inspector,
  toolbar,
  palette,
}) => {
  test.setTimeout(180_000);
  await editor.open();
  await examples.open('Branch and join');
  const start = readFileSync((await toolbar.save()).path, 'utf8');
  const label = (id: string) => canvas.node(id).getByText(id, { exact: true });
  const deselect = () => canvas.pane.click({ position: { x: 5, y: 5 } });

  const edits: [string, () => Promise<void>][] = [
    ['drag a task', () => canvas.dragBy(label('full_load'), { dx: 0, dy: 140 })],
    [
      'auto-layout',
      async () => {
        const before = await canvas.positions();
        await page.keyboard.press('Shift+L');
        await canvas.positionsSettledAfter(before);
      },
    ],
    [
      'rename with F2',
      async () => {
        await canvas.select('join_loads');
        await page.keyboard.press('F2');
        await page.getByRole('textbox', { name: 'Rename task join_loads' }).fill('join_all');
        await page.keyboard.press('Enter');
        await expect(canvas.node('join_all')).toBeVisible();
      },
    ],
    [
      'duplicate',
      async () => {
        await canvas.select('join_all');
        await page.keyboard.press('Control+D');
        await expect(canvas.node('join_all_copy')).toBeVisible();
      },
    ],
    [
      'delete the copy',
      async () => {
        await page.keyboard.press('Delete');
        await expect(canvas.node('join_all_copy')).toHaveCount(0);
      },
    ],
    ['connect', () => canvas.connect('choose_load_type', 'vacuum_orders')],
    [
      'group two tasks',
      async () => {
        await canvas.selectMany(['full_load', 'incremental_load']);
        await canvas.groupSelection();
        await expect(canvas.group('group_1')).toBeVisible();
      },
    ],
    ['fold the group', () => canvas.toggleGroup('group_1', 'Collapse')],
    ['unfold it', () => canvas.toggleGroup('group_1', 'Expand')],
    ['rename the group', () => canvas.renameGroup('group_1', 'loads')],
    [
      'paste a copied task',
      async () => {
        await canvas.select('vacuum_orders');
        await page.keyboard.press('Control+C');
        await deselect();
        await page.keyboard.press('Control+V');
        await expect(canvas.node('vacuum_orders_copy')).toBeVisible();
      },
    ],
    [
      'cut it',
      async () => {
        await page.keyboard.press('Control+X');
        await expect(canvas.node('vacuum_orders_copy')).toHaveCount(0);
      },
    ],
    [
      'fill retries',
      async () => {
        await canvas.select('vacuum_orders');
        await inspector.fill('retries', '4');
      },
    ],
    [
      'rename from the form',
      async () => {
        await inspector.rename('vacuum');
        await expect(canvas.node('vacuum')).toBeVisible();
      },
    ],
    [
      'dag_id',
      async () => {
        await inspector.openTab('DAG');
        await inspector.fill('dag_id', 'orders_branching');
      },
    ],
    [
      'target',
      async () => {
        await page.getByRole('combobox', { name: 'Airflow target' }).selectOption('3.2.1');
      },
    ],
    [
      'add a task from the palette',
      async () => {
        await palette.dragOntoCanvas('EmptyOperator', { x: 420, y: 560 });
        await expect(canvas.node('empty_1')).toBeVisible();
      },
    ],
    [
      'connect it',
      async () => {
        await canvas.fitView();
        await canvas.waitForStillView();
        await canvas.connect('empty_1', 'vacuum');
        await expect(canvas.edge('empty_1', 'vacuum')).toHaveCount(1);
      },
    ],
    [
      'drag the group',
      async () => {
        await deselect();
        await canvas.dragBy(canvas.group('loads').getByText('loads', { exact: true }), {
          dx: 30,
          dy: -40,
        });
      },
    ],
    [
      'delete a task',
      async () => {
        await canvas.select('empty_1');
        await page.keyboard.press('Delete');
        await expect(canvas.node('empty_1')).toHaveCount(0);
      },
    ],
  ];
  expect(edits).toHaveLength(20);
  for (const [name, edit] of edits) {
    await test.step(name, edit);
  }
  await deselect();
  await editor.screenshot('undo-history');
  const end = readFileSync((await toolbar.save()).path, 'utf8');
  expect(end).not.toBe(start);

  for (let i = 0; i < 19; i++) await toolbar.undo();
  const almost = readFileSync((await toolbar.save()).path, 'utf8');
  expect(almost, 'after 19 undos the start is not reached yet').not.toBe(start);
  await toolbar.undo();
  expect(readFileSync((await toolbar.save()).path, 'utf8')).toBe(start);

  for (let i = 0; i < 20; i++) await page.keyboard.press('Control+Shift+Z');
  expect(readFileSync((await toolbar.save()).path, 'utf8')).toBe(end);
  await expect(toolbar.button('Redo')).toBeDisabled();
});
