/**
 * Journey (e): dropping a file that is not a usable design says which file
 * and what is wrong, and leaves the open design exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import type { DroppedFile } from './pages/files-page.ts';

const example = readFileSync('public/examples/branch_and_join.dag.json', 'utf8');

const BAD_FILES: { file: DroppedFile; problem: RegExp }[] = [
  {
    file: { name: 'notes.txt', content: 'remember the milk', type: 'text/plain' },
    problem: /\.dag\.json|JSON|design/i,
  },
  { file: { name: 'broken.dag.json', content: '{ "format": "dag-designer", ' }, problem: /JSON/ },
  {
    file: { name: 'package.json', content: '{ "name": "not-a-design", "version": "1.0.0" }' },
    problem: /not a dag-designer design/,
  },
  {
    file: { name: 'future.dag.json', content: example.replace('"version": 2', '"version": 3') },
    problem: /newer/,
  },
];

test('a bad file dropped on the page is refused by name; the design is untouched', async ({
  editor,
  examples,
  files,
}) => {
  await editor.open();
  await examples.open('Branch and join');
  const tasks = await editor.taskCount();
  expect(tasks).toBeGreaterThan(0);
  const dagId = await editor.dagId();
  expect(dagId).toBe('branch_and_join');

  for (const { file, problem } of BAD_FILES) {
    await files.dropFile(file);
    await expect(editor.errorNotice).toContainText(file.name);
    await expect(editor.errorNotice).toHaveText(problem);
    await expect(editor.visibleText(`Could not open ${file.name}`)).toBeVisible();
    expect(await editor.taskCount(), `tasks after dropping ${file.name}`).toBe(tasks);
    expect(await editor.dagId(), `dag_id after dropping ${file.name}`).toBe(dagId);
  }

  await editor.screenshot('bad-files');

  // Errors stay until dismissed; Escape dismisses them from the keyboard.
  await editor.page.keyboard.press('Escape');
  await expect(editor.visibleText(/^Could not open future\.dag\.json/)).toBeHidden();
});
