import { test, expect } from './fixtures.ts';
test('scratch', async ({ editor, palette, inspector, page }) => {
  await editor.open();
  await palette.dragOntoCanvas('BashOperator', { x: 100, y: 300 });
  const sel = page.locator('.react-flow__node-task.selected');
  await expect(sel).toHaveCount(1);
  await inspector.rename('extract');
  await page.waitForTimeout(300);
  console.log('after', await sel.count());
});
