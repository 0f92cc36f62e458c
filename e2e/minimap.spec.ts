/**
 * Journey: the minimap moves the main view. A click centres the view on the
 * clicked spot; a drag inside it pans.
 */
import { test, expect } from './fixtures.ts';

test('clicking and dragging in the minimap moves the view', async ({
  editor,
  examples,
  canvas,
}) => {
  await editor.open();
  await examples.open('Large: 200 tasks');
  await expect(editor.taskNodes).toHaveCount(200);
  await expect(canvas.minimap).toBeVisible();

  const start = await canvas.waitForStillView();
  await canvas.clickMinimap(0.9, 0.9);
  const afterClick = await canvas.waitForStillView();
  expect(afterClick, 'a click in the minimap moves the view').not.toBe(start);

  await canvas.dragMinimap(-40, -20);
  const afterDrag = await canvas.waitForStillView();
  expect(afterDrag, 'a drag in the minimap pans the view').not.toBe(afterClick);
  await editor.screenshot('minimap-moved');
});
