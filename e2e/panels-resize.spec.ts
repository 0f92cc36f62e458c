/**
 * Issue 11, "the layout holds at 1280×720": with several problems listed the
 * canvas keeps most of the column (the Problems panel is capped and scrolls),
 * a new task lands on the visible canvas, and both dividers resize their
 * panel by drag and by keyboard; the sizes survive a reload.
 */
import { test, expect } from './fixtures.ts';

test('panels resize by their dividers and the canvas keeps its room', async ({
  page,
  editor,
  palette,
  canvas,
  problems,
}) => {
  await editor.open();
  for (let i = 0; i < 4; i++) await palette.addWithKeyboard('BashOperator');
  await expect(editor.taskNodes).toHaveCount(4);
  await problems.expand();
  // Four empty Bash tasks: an error and a warning each, at least seven rows.
  await expect(problems.root.getByRole('listitem')).not.toHaveCount(0);
  expect(await problems.root.getByRole('listitem').count()).toBeGreaterThanOrEqual(7);

  const viewport = page.viewportSize()!;
  const canvasBox = (await canvas.pane.boundingBox())!;
  expect(canvasBox.height, 'canvas height').toBeGreaterThanOrEqual((viewport.height - 56) * 0.6);
  // Every new task landed inside the visible canvas, not under the Problems panel.
  for (const node of await editor.taskNodes.all()) {
    const box = (await node.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(canvasBox.y + canvasBox.height);
  }

  // Drag the Problems divider up: the panel grows by what was dragged.
  const bottomDivider = page.getByRole('separator', { name: 'Resize the Problems panel' });
  const before = Number(await bottomDivider.getAttribute('aria-valuenow'));
  const d = (await bottomDivider.boundingBox())!;
  await page.mouse.move(d.x + d.width / 2, d.y + d.height / 2);
  await page.mouse.down();
  await page.mouse.move(d.x + d.width / 2, d.y + d.height / 2 - 80, { steps: 6 });
  await page.mouse.up();
  await expect(bottomDivider).toHaveAttribute('aria-valuenow', String(before + 80));

  // The inspector's divider, by keyboard: each ArrowLeft widens it.
  const rightDivider = page.getByRole('separator', { name: 'Resize the inspector' });
  const width = Number(await rightDivider.getAttribute('aria-valuenow'));
  await rightDivider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(rightDivider).toHaveAttribute('aria-valuenow', String(width + 120));
  const inspector = (await page.getByRole('complementary', { name: 'Inspector' }).boundingBox())!;
  expect(Math.round(inspector.width)).toBe(width + 120);
  await editor.screenshot('panels-resize');

  // Both sizes are kept for the next visit, and nothing runs past the screen.
  await page.reload();
  await expect(rightDivider).toHaveAttribute('aria-valuenow', String(width + 120));
  await expect(bottomDivider).toHaveAttribute('aria-valuenow', String(before + 80));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
});
