/**
 * Journey (h), part 1: broken JSON typed into a JSON argument is never
 * dropped. The text stays in the field (also after selecting another task and
 * coming back), the error shows inline and in Problems, and Export is blocked
 * until the JSON is fixed.
 */
import { test, expect } from './fixtures.ts';

const TASK = 'orders_to_parquet';
const BROKEN = '{"WorkerType": "G.1X"';

test('broken JSON stays in its field with an error and blocks export', async ({
  editor,
  examples,
  canvas,
  inspector,
  problems,
  toolbar,
}) => {
  await editor.open();
  await examples.open('S3 -> Glue -> Athena, daily');
  await expect(canvas.node(TASK)).toBeVisible();
  await expect(toolbar.exportButton).toBeEnabled();

  await canvas.select(TASK);
  await inspector.fill('run_job_kwargs', BROKEN);
  await expect(inspector.field('run_job_kwargs')).toHaveValue(BROKEN);
  await expect(inspector.field('run_job_kwargs')).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.root.getByText(/Not valid JSON/)).toBeVisible();
  await expect(toolbar.exportButton).toBeDisabled();
  await problems.expand();
  await expect(problems.rows('invalid-argument', TASK)).toHaveCount(1);

  // Click away (another task), come back: the text is still there, still an error.
  await canvas.select('build_daily_revenue');
  await expect(inspector.field('run_job_kwargs')).toHaveCount(0);
  await expect(toolbar.exportButton).toBeDisabled();
  await problems.click('invalid-argument', TASK);
  await expect(inspector.field('run_job_kwargs')).toHaveValue(BROKEN);
  await expect(inspector.root.getByText(/Not valid JSON/)).toBeVisible();
  await editor.screenshot('unparsed-json-kept');

  // Fixing the JSON clears the error and Export returns.
  await inspector.fill('run_job_kwargs', `${BROKEN}}`);
  await expect(problems.rows('invalid-argument', TASK)).toHaveCount(0);
  await expect(toolbar.exportButton).toBeEnabled();
});
