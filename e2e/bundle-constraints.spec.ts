/**
 * Issue 9, the browser's `--bundle-constraints`: a user whose MWAA
 * environment has no internet access ticks "Bundle constraints" in the
 * Export .zip button's menu. The zip then carries dags/constraints-<version>.txt (the file
 * MWAA ships, as vendored in mwaa/), requirements.txt points at it under
 * /usr/local/airflow/dags/, the manifest lists it, and the whole zip equals
 * `dag-designer export --bundle-constraints` of the saved design, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { cliExport, text, unzipFile } from './support/bundle.ts';

const TARGET = '3.2.1';

test('export with bundled constraints for an environment without internet access', async ({
  editor,
  examples,
  toolbar,
}) => {
  await editor.open();
  await examples.open(/^S3 -> Glue -> Athena/);
  await editor.page.getByRole('combobox', { name: 'Airflow target' }).selectOption(TARGET);

  const plain = unzipFile((await toolbar.exportZip()).path);
  expect([...plain.keys()].some((p) => p.includes('constraints'))).toBe(false);

  // The option lives in the small menu on the Export button.
  await editor.page.getByRole('banner').getByText('▾').click();
  await editor.page.getByRole('checkbox', { name: /^Bundle constraints/ }).check();
  await editor.screenshot('bundle-constraints');
  await editor.page.getByRole('banner').getByText('▾').click();
  const zip = unzipFile((await toolbar.exportZip()).path);
  const saved = await toolbar.save();

  const bundled = `dags/constraints-${TARGET}.txt`;
  expect(text(zip.get(bundled))).toBe(readFileSync(`mwaa/constraints-${TARGET}.txt`, 'utf8'));
  expect(text(zip.get('requirements.txt')).split('\n')[0]).toBe(
    `--constraint "/usr/local/airflow/dags/constraints-${TARGET}.txt"`,
  );
  expect(text(zip.get('manifest.json'))).toContain(`"${bundled}"`);

  const cli = cliExport(saved.path, ['--bundle-constraints']);
  expect([...zip.keys()].sort()).toEqual([...cli.files.keys()].sort());
  for (const [path, bytes] of cli.files) {
    expect(text(zip.get(path)), path).toBe(text(bytes));
  }
});
