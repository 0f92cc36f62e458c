/**
 * Journey (d): in an example, clear a required field; the Problems panel lists
 * it and Export is blocked. Clicking the problem selects and centres the task
 * and focuses the field; typing a value clears the error and Export returns.
 */
import { test, expect } from './fixtures.ts';

const TASK = 'build_daily_revenue';

test('a problem clicked in the Problems panel leads to its field, fixed by typing', async ({
  editor,
  examples,
  canvas,
  inspector,
  problems,
  toolbar,
  page,
}) => {
  await editor.open();
  await examples.open('S3 -> Glue -> Athena, daily');
  await expect(canvas.node(TASK)).toBeVisible();
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
  await expect(toolbar.exportButton).toBeEnabled();

  // Clear the Athena query.
  await canvas.select(TASK);
  await expect(inspector.field('query')).toBeVisible();
  await inspector.field('query').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Tab');
  await expect(problems.badge).toHaveAccessibleName(/^1 error\b/);
  await expect(toolbar.exportButton).toBeDisabled();
  await expect(toolbar.root.getByText('Fix 1 error before export')).toBeVisible();

  // Look elsewhere: deselect, and pan the task away from the centre.
  await canvas.pane.click({ position: { x: 10, y: 10 } });
  await expect(canvas.node(TASK)).not.toHaveClass(/selected/);
  const before = await canvas.waitForStillView();
  const pane = (await canvas.pane.boundingBox())!;
  await canvas.panBy({ x: pane.width * 0.4, y: pane.height * 0.85 }, -200, -80);
  expect(await canvas.waitForStillView(), 'the view was panned').not.toBe(before);

  await problems.click('missing-argument', TASK);
  await expect(canvas.node(TASK)).toHaveClass(/selected/);
  await expect(inspector.field('query')).toBeFocused();
  // Centred in the canvas (within a few pixels, after any animation). Soft, so
  // the rest of the journey still runs and reports when this alone fails.
  await expect
    .configure({ soft: true })
    .poll(async () => {
      const node = (await canvas.node(TASK).boundingBox())!;
      const pane = (await canvas.pane.boundingBox())!;
      return Math.round(
        Math.hypot(
          node.x + node.width / 2 - (pane.x + pane.width / 2),
          node.y + node.height / 2 - (pane.y + pane.height / 2),
        ),
      );
    })
    .toBeLessThan(24);

  await page.keyboard.type('SELECT 1');
  await page.keyboard.press('Tab');
  await expect(problems.rows('missing-argument', TASK)).toHaveCount(0);
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
  await expect(toolbar.exportButton).toBeEnabled();

  await editor.screenshot('fix-problem');
});
