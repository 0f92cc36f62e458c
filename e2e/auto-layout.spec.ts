/**
 * Journey (c): the 200-task example, scrambled by hand, is laid out left to
 * right by the Auto-layout button (and by Shift+L) with no overlapping
 * nodes; one undo puts every node back where it was. After a small edit
 * (a task duplicated) Auto-layout moves only the copy and says so;
 * Shift+click lays everything out again.
 */
import { test, expect } from './fixtures.ts';
import type { CanvasPage, NodeBox } from './pages/canvas-page.ts';

const overlaps = (a: NodeBox, b: NodeBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectLeftToRightWithoutOverlap(canvas: CanvasPage) {
  const boxes = await canvas.taskBoxes();
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const edges = await canvas.edges();
  expect(edges.length).toBeGreaterThan(150);
  const backwards = edges
    .filter((e) => !(byId.get(e.from)!.x < byId.get(e.to)!.x))
    .map((e) => `${e.from} (x=${byId.get(e.from)!.x}) -> ${e.to} (x=${byId.get(e.to)!.x})`);
  expect(backwards, 'edges whose source is not left of their target').toEqual([]);
  const overlapping: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!)) overlapping.push(`${boxes[i]!.id} / ${boxes[j]!.id}`);
    }
  }
  expect(overlapping, 'overlapping task nodes').toEqual([]);
}

test('auto-layout arranges 200 tasks left to right, undo restores in one step', async ({
  editor,
  examples,
  canvas,
  toolbar,
  page,
}) => {
  test.setTimeout(180_000);
  await editor.open();
  await examples.open('Large: 200 tasks');
  await expect(editor.taskNodes).toHaveCount(200);
  // The "Opened …" toast sits over the canvas for a few seconds: wait it out.
  await expect(editor.visibleText(/^Opened large_200_tasks/)).toBeHidden({ timeout: 8_000 });

  // A design this big opens showing where it starts (readable zoom), so the
  // sink is off-screen: show the whole graph first, as a user would.
  await canvas.fitView();

  // Scramble by hand: drag the last task of the graph (a sink outside any
  // group, so nothing clamps it) to the far left of the view.
  const edges = await canvas.edges();
  const sources = new Set(edges.map((e) => e.from));
  const sinks = [...new Set(edges.map((e) => e.to))].filter((id) => !sources.has(id));
  expect(sinks).toEqual(['finish']);
  const sink = sinks[0]!;
  const from = await canvas.node(sink).boundingBox();
  const pane = await canvas.pane.boundingBox();
  if (!from || !pane) throw new Error('no boxes');
  const grab = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(pane.x + 30, grab.y + 40, { steps: 15 });
  await page.mouse.up();
  const scrambled = await canvas.positions();
  const sinkBox = (await canvas.taskBoxes()).find((b) => b.id === sink)!;
  const sourcesOfSink = edges.filter((e) => e.to === sink).map((e) => e.from);
  const scrambledBoxes = await canvas.taskBoxes();
  expect(
    sourcesOfSink.some((s) => scrambledBoxes.find((b) => b.id === s)!.x >= sinkBox.x),
    'the hand-moved sink now sits left of an upstream task',
  ).toBe(true);

  // The button.
  await toolbar.autoLayout();
  const laidOut = await canvas.positionsSettledAfter(scrambled);
  await expect(toolbar.button('Auto-layout')).toBeEnabled();
  await expectLeftToRightWithoutOverlap(canvas);

  // One undo step puts every node back.
  await canvas.pane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => canvas.positions()).toEqual(scrambled);

  // Shift+L does the same as the button.
  await page.keyboard.press('Shift+L');
  await canvas.positionsSettledAfter(scrambled);
  expect(await canvas.positions()).toEqual(laidOut);
  await expectLeftToRightWithoutOverlap(canvas);

  await editor.screenshot('auto-layout');

  // A small edit: the sink duplicated (the copy lands over the original),
  // with the whole graph in view so every move shows.
  await canvas.fitView();
  await canvas.waitForStillView();
  await canvas.node(sink).click();
  const before = await canvas.positions();
  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(editor.taskNodes).toHaveCount(201);
  const edited = await canvas.positions();
  const copy = Object.keys(edited).find((id) => !(id in before))!;
  await toolbar.autoLayout();
  await expect(editor.statusNotice).toHaveText(
    /^Auto-layout moved only the task that had to move; Shift\+click Auto-layout/,
  );
  const after = await canvas.positions();
  const others = (p: Record<string, string>) =>
    Object.fromEntries(Object.entries(p).filter(([id]) => id !== copy));
  // Nothing else moved: every other task is where the last layout put it;
  // the copy moved off the original.
  expect(others(after)).toEqual(others(edited));
  expect(others(after)).toEqual(laidOut);
  expect(after[copy]).not.toEqual(edited[copy]);
  await expectLeftToRightWithoutOverlap(canvas);
  await editor.screenshot('auto-layout-after-small-edit');

  // Shift+click lays everything out again, whatever was moved by hand.
  const newBox = await canvas.node(copy).boundingBox();
  if (!newBox) throw new Error(`no box for ${copy}`);
  await page.mouse.move(newBox.x + newBox.width / 2, newBox.y + newBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + 30, newBox.y + 60, { steps: 15 });
  await page.mouse.up();
  const movedByHand = await canvas.positions();
  await toolbar.button('Auto-layout').click({ modifiers: ['Shift'] });
  const full = await canvas.positionsSettledAfter(movedByHand);
  await expectLeftToRightWithoutOverlap(canvas);
  // An incremental layout would have put the hand-moved copy back on its last
  // spot under the sink; ELK places the unconnected copy somewhere of its own.
  expect(full[copy]).not.toEqual(after[copy]);
});
