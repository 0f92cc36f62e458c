/**
 * Journey (d): in an example, clear a required field; the Problems panel lists
 * it and Export is blocked. Clicking the problem selects and centres the task
 * and focuses the field; typing a value clears the error and Export returns.
 * Once for a top-level task, once for a task two TaskGroups deep.
 */
import { test, expect } from './fixtures.ts';

const CASES = [
  {
    journey: 'fix-problem',
    example: 'S3 -> Glue -> Athena, daily',
    task: 'build_daily_revenue',
    field: 'query',
    fix: 'SELECT 1',
  },
  {
    journey: 'fix-problem-nested-group',
    example: 'Nested task groups and pools',
    task: 'list_landing_files',
    field: 'bucket',
    fix: 'crm-landing',
  },
];

for (const { journey, example, task, field, fix } of CASES) {
  test(`a problem clicked in the Problems panel leads to its field, fixed by typing (${task})`, async ({
    editor,
    examples,
    canvas,
    inspector,
    problems,
    toolbar,
    page,
  }) => {
    await editor.open();
    await examples.open(example);
    await expect(canvas.node(task)).toBeVisible();
    await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
    await expect(toolbar.exportButton).toBeEnabled();

    // Clear the required field.
    await canvas.select(task);
    await inspector.field(field).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await expect(problems.badge).toHaveAccessibleName(/^1 error\b/);
    await expect(toolbar.exportButton).toBeDisabled();
    await expect(toolbar.root.getByText('Fix 1 error before export')).toBeVisible();
    // The badge grew a line: every control of the top bar still fits on the screen.
    expect(await toolbar.overflow(), 'top bar overflow in px').toBe(0);

    // Look elsewhere: deselect, and pan the task away from the centre.
    await canvas.pane.click({ position: { x: 10, y: 10 } });
    await expect(canvas.node(task)).not.toHaveClass(/selected/);
    const before = await canvas.waitForStillView();
    const pane = (await canvas.pane.boundingBox())!;
    await canvas.panBy({ x: pane.width * 0.4, y: pane.height * 0.85 }, -200, -80);
    expect(await canvas.waitForStillView(), 'the view was panned').not.toBe(before);

    await problems.click('missing-argument', task);
    await expect(canvas.node(task)).toHaveClass(/selected/);
    await expect(inspector.field(field)).toBeFocused();
    // Centred in the canvas (within a few pixels, after the animation). Soft, so
    // the rest of the journey still runs and reports when this alone fails.
    await expect
      .configure({ soft: true })
      .poll(async () => {
        const node = (await canvas.node(task).boundingBox())!;
        const view = (await canvas.pane.boundingBox())!;
        return Math.round(
          Math.hypot(
            node.x + node.width / 2 - (view.x + view.width / 2),
            node.y + node.height / 2 - (view.y + view.height / 2),
          ),
        );
      })
      .toBeLessThan(24);

    await page.keyboard.type(fix);
    await page.keyboard.press('Tab');
    await expect(problems.rows('missing-argument', task)).toHaveCount(0);
    await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
    await expect(toolbar.exportButton).toBeEnabled();

    await editor.screenshot(journey);
  });
}
