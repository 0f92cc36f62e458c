/**
 * Journey (h), part 2: a file with two tasks of the same task_id (common
 * after a git merge) draws every task, each selectable; the Problems panel
 * says "another task already uses the id"; renaming one from there renames
 * only that task and leaves the edges with the other.
 */
import { test, expect } from './fixtures.ts';

const MERGED = {
  format: 'dag-designer',
  version: 2,
  target: { airflow: '3.3.1' },
  dag: {
    dag_id: 'merged_by_git',
    description: null,
    schedule: '@daily',
    start_date: '2026-01-01T00:00:00Z',
    catchup: false,
    tags: [],
    max_active_runs: null,
    max_active_tasks: null,
    dagrun_timeout: null,
    default_args: {},
    params: {},
    doc_md: null,
  },
  groups: [],
  tasks: [
    { task_id: 'extract', operator: 'EmptyOperator', args: {}, group: null, ui: { x: 0, y: 0 } },
    { task_id: 'load', operator: 'EmptyOperator', args: {}, group: null, ui: { x: 300, y: 0 } },
    {
      task_id: 'load',
      operator: 'BashOperator',
      args: { bash_command: 'echo from the other branch' },
      group: null,
      ui: { x: 300, y: 200 },
    },
    { task_id: 'report', operator: 'EmptyOperator', args: {}, group: null, ui: { x: 600, y: 0 } },
  ],
  edges: [
    { from: 'extract', to: 'load' },
    { from: 'load', to: 'report' },
  ],
};

test('a file with a duplicate task_id draws every task and one rename fixes it', async ({
  page,
  editor,
  files,
  canvas,
  problems,
  inspector,
}) => {
  await editor.open();
  await files.dropFile({
    name: 'merged_by_git.dag.json',
    content: JSON.stringify(MERGED, null, 2),
  });
  await expect(editor.taskNodes).toHaveCount(4);
  await expect(canvas.node('load')).toBeVisible();
  await expect(canvas.node('load~2')).toBeVisible();
  await expect(canvas.node('load~2')).toContainText('load');

  // The problem names no list index, and leads to the second task's own rename.
  await problems.expand();
  const row = problems.rows('duplicate-id');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Another task already uses the id "load"');
  await expect(row).not.toContainText('tasks[');
  await row.click();
  await expect(canvas.node('load~2')).toHaveClass(/selected/);
  await expect(canvas.node('load')).not.toHaveClass(/selected/);
  await expect(inspector.root.getByRole('note')).toContainText(
    'Another task already uses the id "load"',
  );
  await expect(inspector.field('task_id')).toBeFocused();
  await editor.screenshot('duplicate-ids');

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('load_from_branch');
  await page.keyboard.press('Enter');
  await expect(canvas.node('load_from_branch')).toBeVisible();
  await expect(canvas.node('load')).toBeVisible();
  await expect(canvas.node('load~2')).toHaveCount(0);
  await expect(problems.rows('duplicate-id')).toHaveCount(0);
  // Only the renamed task changed: the edges stay with the other "load".
  expect((await canvas.edges()).map((e) => `${e.from}->${e.to}`).sort()).toEqual([
    'extract->load',
    'load->report',
  ]);
  // It is selected and now has its whole form (a Bash task).
  await expect(canvas.node('load_from_branch')).toHaveClass(/selected/);
  await expect(inspector.field('bash_command')).toBeVisible();
});
