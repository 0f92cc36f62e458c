/**
 * Issue 12, dynamic task mapping on the canvas: map a task over an upstream
 * task's output in the form, see it on the node (a stack of cards naming the
 * expanded argument) and in the code view (`.partial(...).expand(...)`);
 * a literal list typed as JSON works too, and a broken one stays in the box
 * with its error.
 */
import { test, expect } from './fixtures.ts';

test('map a task over an upstream output and see it on the node and in the code', async ({
  editor,
  examples,
  canvas,
  inspector,
}) => {
  await editor.open();
  await examples.open('Mapped fan-out over an S3 listing');
  const mapped = canvas.node('copy_each_file');
  await expect(mapped).toHaveAttribute('aria-label', /mapped over source_bucket_key$/);

  // Un-map it, then map it again through the form.
  await canvas.select('copy_each_file');
  const expand = inspector.field('expand');
  await expand.selectOption('');
  await expect(mapped).not.toHaveAttribute('aria-label', /mapped over/);
  await expect(mapped).not.toContainText('[ source_bucket_key ]');
  await expand.selectOption('source_bucket_key');
  await inspector.root
    .getByRole('combobox', { name: 'over' })
    .selectOption({ label: 'the output of list_landed_files' });
  await expect(mapped).toHaveAttribute('aria-label', /mapped over source_bucket_key$/);
  await expect(mapped).toContainText('[ source_bucket_key ]');
  await editor.screenshot('mapped-task');

  await inspector.openTab('Code');
  const code = inspector.root.getByRole('region', { name: /^Exported Python dags\// });
  await expect(code).toContainText('S3CopyObjectOperator.partial(');
  await expect(code).toContainText('.expand(source_bucket_key=list_landed_files.output)');

  // Over a literal list: a broken list stays typed with its reason; a good one is exported.
  await inspector.openTab('Task');
  await inspector.root.getByRole('combobox', { name: 'over' }).selectOption({ label: 'a list' });
  const items = inspector.root.getByRole('textbox', {
    name: 'Items of source_bucket_key (JSON list)',
  });
  await items.fill('["a.csv", ');
  await items.blur();
  await expect(items).toHaveValue('["a.csv", ');
  await expect(inspector.root.getByText(/not JSON/)).toBeVisible();
  await items.fill('["a.csv", "b.csv"]');
  await items.blur();
  await inspector.openTab('Code');
  await expect(code).toContainText('.expand(source_bucket_key=["a.csv", "b.csv"])');
});
