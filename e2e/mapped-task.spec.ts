/**
 * Issue 12, a mapped task on the canvas: the example that fans out over an S3
 * listing draws its mapped task as a stack of cards naming the expanded
 * argument, and the code view writes `.partial(...).expand(<arg>=<upstream>.output)`.
 */
import { test, expect } from './fixtures.ts';

test('a mapped task is drawn as a stack and exported with partial/expand', async ({
  editor,
  examples,
  canvas,
  inspector,
}) => {
  await editor.open();
  await examples.open('Mapped fan-out over an S3 listing');
  const mapped = canvas.node('copy_each_file');
  await expect(mapped).toHaveAttribute('aria-label', /mapped over source_bucket_key$/);
  await expect(mapped).toContainText('[ source_bucket_key ]');
  await expect(canvas.node('list_landed_files')).not.toContainText('[');

  await canvas.select('copy_each_file');
  await inspector.openTab('Code');
  const code = inspector.root.getByRole('region', { name: /^Exported Python dags\// });
  await expect(code).toContainText('S3CopyObjectOperator.partial(');
  await expect(code).toContainText('.expand(source_bucket_key=list_landed_files.output)');
  await editor.screenshot('mapped-task');
});
