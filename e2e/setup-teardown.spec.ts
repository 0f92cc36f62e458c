/**
 * Journey: bracket work with setup and teardown (issue 12). Build three tasks
 * from the palette, connect them, mark the first as setup and the last as its
 * teardown through the form; the canvas draws them as Airflow's graph view
 * does (arrow badges, a dotted setup -> teardown relation that is not an edge
 * of the design), and the export writes `.as_setup()` / `.as_teardown(setups=...)`.
 */
import { test, expect } from './fixtures.ts';
import { text, unzipFile } from './support/bundle.ts';

const DAG_ID = 'bracketed_job';
const TASKS = [
  { id: 'create_cluster', fx: 0.2 },
  { id: 'run_job', fx: 0.5 },
  { id: 'delete_cluster', fx: 0.8 },
];

test('mark a setup/teardown pair and see them drawn and exported', async ({
  editor,
  palette,
  canvas,
  inspector,
  toolbar,
  problems,
  examples,
  designs,
  page,
}) => {
  await editor.open();
  const box = await canvas.pane.boundingBox();
  if (!box) throw new Error('canvas pane has no box');
  for (const { id, fx } of TASKS) {
    await palette.dragOntoCanvas('EmptyOperator', {
      x: Math.round(box.width * fx),
      y: Math.round(box.height * 0.45),
    });
    await expect(canvas.page.locator('.react-flow__node-task.selected')).toHaveCount(1);
    await inspector.rename(id);
    await expect(canvas.node(id)).toBeVisible();
  }
  await canvas.connect('create_cluster', 'run_job');
  await expect(canvas.edge('create_cluster', 'run_job')).toHaveCount(1);
  await canvas.connect('run_job', 'delete_cluster');
  await expect(canvas.edge('run_job', 'delete_cluster')).toHaveCount(1);

  // The setup, through the form.
  await canvas.select('create_cluster');
  await inspector.choose('role', 'setup');
  await expect(canvas.roleBadge('create_cluster', 'setup')).toHaveText('↑');

  // The teardown: its setups offer the design's setup task.
  await canvas.select('delete_cluster');
  await inspector.choose('role', 'teardown');
  await expect(canvas.roleBadge('delete_cluster', 'teardown')).toHaveText('↓');
  await expect(canvas.setupRelation('create_cluster', 'delete_cluster')).toHaveCount(0);
  await inspector.tickSetup('create_cluster');
  await expect(canvas.setupRelation('create_cluster', 'delete_cluster')).toHaveCount(1);
  // The relation is drawn only: the design's edges are the two connected.
  expect((await canvas.edges()).map((e) => `${e.from}->${e.to}`).sort()).toEqual([
    'create_cluster->run_job',
    'run_job->delete_cluster',
  ]);
  await expect(canvas.roleBadge('run_job', 'setup')).toHaveCount(0);

  await inspector.openTab('DAG');
  await inspector.fill('dag_id', DAG_ID);
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);
  await canvas.pane.click({ position: { x: 5, y: 5 } });
  await editor.screenshot('setup-teardown');

  const zip = unzipFile((await toolbar.exportZip()).path);
  const dag = text(zip.get(`dags/${DAG_ID}.py`));
  expect(dag).toMatch(/\)\.as_setup\(\)/);
  expect(dag).toMatch(/\)\.as_teardown\(setups=create_cluster\)/);

  // Back to an ordinary task: the setups go with the role, and the relation with them.
  await canvas.select('delete_cluster');
  await inspector.openTab('Task');
  await inspector.choose('role', '(none: an ordinary task)');
  await expect(canvas.roleBadge('delete_cluster', 'teardown')).toHaveCount(0);
  await expect(canvas.setupRelation('create_cluster', 'delete_cluster')).toHaveCount(0);
  await expect(inspector.root.getByRole('group', { name: 'setups' })).toHaveCount(0);

  // The example bracketed by setup and teardown is drawn the same way, in the dark theme too.
  await examples.open(/^EMR Serverless with setup and teardown/, () => designs.goOnAnyway());
  await expect(canvas.roleBadge('create_app', 'setup')).toBeVisible();
  await expect(canvas.roleBadge('delete_app', 'teardown')).toBeVisible();
  await expect(canvas.setupRelation('create_app', 'delete_app')).toHaveCount(1);
  await toolbar.chooseTheme('Dark');
  await canvas.select('delete_app');
  await expect(page.getByRole('group', { name: 'setups' }).getByRole('checkbox')).toBeChecked();
  await editor.screenshot('setup-teardown-example-dark');
});
