/**
 * Journey (b): with a -> b -> c drawn, dragging c -> a is refused: the target
 * is shown invalid while dragging, no edge appears, and a message names the
 * cycle. A self-loop is refused the same way.
 */
import { test, expect } from './fixtures.ts';

test('closing a cycle or a self-loop is refused with the path named', async ({
  editor,
  palette,
  canvas,
  inspector,
}) => {
  await editor.open();
  // Keyboard path: Enter on a palette item adds the task (right of the selected one).
  for (const id of ['a', 'b', 'c']) {
    await palette.addWithKeyboard('EmptyOperator');
    await expect(editor.page.locator('.react-flow__node-task.selected')).toHaveCount(1);
    await inspector.rename(id);
    await expect(canvas.node(id)).toBeVisible();
  }
  // Keyboard-added tasks go right of the selected one, past the view's edge: show them all.
  // (zoomed out a step so no handle sits in the auto-pan margin at the pane's edge).
  await canvas.fitView();
  await canvas.zoomOut();
  await canvas.connect('a', 'b');
  await canvas.connect('b', 'c');
  await expect(canvas.edge('a', 'b')).toHaveCount(1);
  await expect(canvas.edge('b', 'c')).toHaveCount(1);

  // Drag c -> a and hold over a's input: the connection is drawn as invalid.
  const held = await canvas.holdConnection('c', 'a');
  await expect(held.line).toHaveClass(/\binvalid\b/);
  // a's input is the hovered end (connectingto) and is not marked valid.
  await expect(canvas.upstreamHandle('a')).toHaveClass(/\bconnectingto\b/);
  await expect(canvas.upstreamHandle('a')).not.toHaveClass(/(^|\s)valid(\s|$)/);
  await editor.screenshot('cycle-refused-while-dragging');
  await held.release();

  expect(await canvas.edges()).toHaveLength(2);
  await expect(canvas.edge('c', 'a')).toHaveCount(0);
  // The whole cycle, task names in order (any rotation of c -> a -> b -> c).
  const cycle = /(c -> a -> b -> c|a -> b -> c -> a|b -> c -> a -> b)/;
  await expect(editor.errorNotice).toHaveText(cycle);
  await expect(editor.visibleText(cycle)).toBeVisible();

  // A self-loop: drag b's output onto b's own input.
  const loop = await canvas.holdConnection('b', 'b');
  await expect(loop.line).toHaveClass(/\binvalid\b/);
  await loop.release();
  expect(await canvas.edges()).toHaveLength(2);
  await expect(canvas.edge('b', 'b')).toHaveCount(0);
  await expect(editor.errorNotice).toHaveText(/itself/);
  await expect(editor.visibleText(/itself/)).toBeVisible();
  await expect(editor.errorNotice).toHaveText(/"?b"?/);

  await editor.screenshot('cycle-refused');
});
