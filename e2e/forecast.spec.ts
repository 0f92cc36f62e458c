/**
 * Journey (f): the forecast on the canvas. In "Nested task groups and pools"
 * the user fills estimated durations in a few tasks through the Task form;
 * the critical path moves and the canvas highlights exactly its nodes and
 * edges. The Forecast tab's run time, critical path, bottlenecks and
 * unestimated tasks, with pool sizes typed in, equal what
 * `dag-designer validate --json --pool ...` prints for the saved design; the
 * command the panel shows is that very command. An unestimated task opens its
 * estimated_duration field; the highlight can be switched off and on.
 */
import { test, expect } from './fixtures.ts';
import { center } from './pages/canvas-page.ts';
import { cliForecast, cliValidate } from './support/cli-validate.ts';

const NEW_PATH = ['fetch_contacts', 'build_fact_activity', 'publish_to_redshift'];

test('estimated durations light up the critical path; the Forecast tab equals the CLI', async ({
  editor,
  examples,
  canvas,
  inspector,
  forecast,
  toolbar,
  page,
}) => {
  await editor.open();
  await examples.open('Nested task groups and pools');
  await expect(canvas.node('fetch_contacts')).toBeVisible();
  // The example's own estimates: the path runs through the accounts API pull.
  await expect
    .poll(() => forecast.highlightedTasks())
    .toEqual([
      'fetch_accounts',
      'build_dim_accounts',
      'build_fact_activity',
      'publish_to_redshift',
    ]);

  // A user fills durations through the form: the contacts pull is slow today,
  // the landing listing a little slower, copy_to_staging not estimated at all.
  await canvas.select('fetch_contacts');
  await inspector.fill('estimated_duration', '25m');
  await canvas.select('list_landing_files');
  await inspector.fill('estimated_duration', '2m');
  await canvas.select('copy_to_staging');
  await inspector.fill('estimated_duration', '');

  await expect.poll(() => forecast.highlightedTasks()).toEqual(NEW_PATH);
  await expect
    .poll(() => forecast.highlightedEdges())
    .toEqual(['build_fact_activity->publish_to_redshift', 'fetch_contacts->build_fact_activity']);
  await expect(canvas.edge('fetch_contacts', 'build_fact_activity')).toHaveClass(/critical-path/);
  await expect(canvas.edge('fetch_accounts', 'build_dim_accounts')).not.toHaveClass(
    /critical-path/,
  );
  await expect(canvas.node('fetch_accounts')).not.toHaveClass(/critical-path/);

  // The Forecast tab, with the environment's pool sizes typed in.
  await forecast.open();
  // Every task of this design names its pool: no default_pool row.
  await expect(forecast.poolInput('default_pool')).toHaveCount(0);
  await expect(forecast.poolInput('crm_api')).toHaveAttribute('placeholder', 'unlimited');
  await forecast.setPool('crm_api', '1');
  await forecast.setPool('warehouse', '2');
  await expect(forecast.cliCommand).toHaveText(
    'dag-designer validate --json --pool crm_api=1 --pool warehouse=2 nested_groups_pools.dag.json',
  );

  // Save the design the journey built and ask the CLI the panel's own command.
  const saved = await toolbar.save();
  expect(saved.name).toBe('nested_groups_pools.dag.json');
  const shown = (await forecast.cliCommand.textContent()) ?? '';
  const args = shown
    .replace(/^dag-designer validate --json /, '')
    .split(' ')
    .map((word) => (word === saved.name ? saved.path : word));
  const cli = cliForecast(args);

  expect(cli.criticalPath).toEqual(NEW_PATH);
  await expect(forecast.runTime).toHaveAttribute('data-seconds', String(cli.makespanSeconds));
  await expect(forecast.criticalTime).toHaveAttribute(
    'data-seconds',
    String(cli.criticalPathSeconds),
  );
  await expect.poll(() => forecast.taskIds('Critical path tasks')).toEqual(cli.criticalPath);
  await expect
    .poll(() => forecast.taskIds('Longest tasks on the critical path'))
    .toEqual(cli.bottlenecks.criticalTasks.slice(0, 3).map((t) => t.task_id));
  await expect.poll(() => forecast.taskIds('Tasks without an estimate')).toEqual(cli.unestimated);
  expect(cli.unestimated).toEqual(['copy_to_staging']);
  expect(cli.unsizedPools).toEqual(['s3_io']);
  // Pools held tasks back: the waits are the CLI's, in its words.
  expect(cli.bottlenecks.resources.length).toBeGreaterThan(0);
  const text = cliValidate(args).stderr;
  const runLine = /^Forecast run time: (.+) \((.+)\)$/m.exec(text);
  expect(runLine, text).not.toBeNull();
  await expect(forecast.runTime).toHaveText(runLine![1]!);
  await expect(forecast.root).toContainText(`(${runLine![2]!})`);
  const waitLines = [...text.matchAll(/^ {2}tasks waited (.+)$/gm)].map(
    (m) => `Tasks waited ${m[1]}`,
  );
  await expect.poll(() => forecast.waits()).toEqual(waitLines);
  // Without the pool sizes the CLI's default answer differs: the sizes mattered.
  expect(cliForecast([saved.path]).makespanSeconds).not.toBe(cli.makespanSeconds);

  // A critical-path task is selected and centred (after panning it away); the tab stays open.
  await canvas.panBy({ x: 100, y: 100 }, 300, 200);
  await forecast.clickTask('Critical path tasks', 'build_fact_activity');
  await expect(canvas.node('build_fact_activity')).toHaveClass(/selected/);
  await expect(forecast.root).toBeVisible();
  const pane = await canvas.paneCenter();
  await expect
    .poll(async () => {
      const node = await center(canvas.node('build_fact_activity'));
      return Math.round(Math.hypot(node.x - pane.x, node.y - pane.y));
    })
    .toBeLessThan(5);

  // The unestimated task leads to its estimated_duration field.
  await forecast.clickTask('Tasks without an estimate', 'copy_to_staging');
  await expect(inspector.field('estimated_duration')).toBeFocused();
  await expect(inspector.field('task_id')).toHaveValue('copy_to_staging');
  await page.keyboard.type('90');
  await page.keyboard.press('Tab');
  await forecast.open();
  await expect.poll(() => forecast.taskIds('Tasks without an estimate')).toEqual([]);

  // The highlight can be switched off and back on.
  await forecast.highlightToggle.uncheck();
  await expect.poll(() => forecast.highlightedTasks()).toEqual([]);
  await expect.poll(() => forecast.highlightedEdges()).toEqual([]);
  await forecast.highlightToggle.check();
  await expect.poll(() => forecast.highlightedTasks()).toEqual(NEW_PATH);

  await canvas.fitView();
  await canvas.waitForStillView();
  await editor.screenshot('forecast');
});
