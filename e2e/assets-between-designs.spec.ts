/**
 * Journey: chain two DAGs by data (issue 12). In the producer example, the
 * outlets are chips on the nodes; a task gets one more outlet through its
 * form (a URI Airflow refuses is shown under the field first); the export
 * writes `Asset(...)` outlets. Then the consumer design is scheduled on the
 * new asset in the DAG tab, which lists its upstream assets, and its export
 * names it in `schedule`.
 */
import { test, expect } from './fixtures.ts';
import { text, unzipFile } from './support/bundle.ts';

const SEGMENTS = 's3://curated-data/customer-segments';

test('give a task an outlet and schedule a second design on it', async ({
  editor,
  examples,
  canvas,
  inspector,
  toolbar,
  designs,
  problems,
}) => {
  await editor.open();
  await examples.open(/^Assets: the producer/);
  await expect(canvas.node('copy_orders')).toBeVisible();

  // The example's outlets, as chips on their nodes with the URI in the title.
  await expect(canvas.outletChips('copy_orders')).toHaveText(['⛁ orders']);
  await expect(canvas.outletChips('copy_orders').first()).toHaveAttribute(
    'title',
    /s3:\/\/curated-data\/orders$/,
  );
  await expect(canvas.outletChips('copy_customers')).toHaveText(['⛁ customers']);
  await expect(canvas.outletChips('wait_for_raw_orders')).toHaveCount(0);

  // A second outlet through the form, one URI a line; a reserved scheme is refused under the field.
  await canvas.select('copy_customers');
  await inspector.openTab('Task');
  const outlets = inspector.field('outlets');
  await inspector.fill(outlets, 's3://curated-data/customers\nairflow://segments');
  await expect(outlets).toHaveAccessibleDescription(/"airflow" is reserved by Airflow/);
  await expect(outlets).toHaveAttribute('aria-invalid', 'true');
  // The Problems row (at tasks[i].outlets[1]) leads back to the field.
  await canvas.pane.click({ position: { x: 5, y: 5 } });
  await problems.click('invalid-argument', 'copy_customers');
  await expect(outlets).toBeFocused();
  await inspector.fill(outlets, `s3://curated-data/customers\n${SEGMENTS}`);
  await expect(outlets).not.toHaveAccessibleDescription(/reserved/);
  await expect(canvas.outletChips('copy_customers')).toHaveText([
    '⛁ customers',
    '⛁ customer-segments',
  ]);
  // Three outlets: two chips and "+1".
  await inspector.fill(
    outlets,
    `s3://curated-data/customers\n${SEGMENTS}\ns3://curated-data/extra`,
  );
  await expect(canvas.outletChips('copy_customers')).toHaveText([
    '⛁ customers',
    '⛁ customer-segments',
    '+1',
  ]);
  await inspector.fill(outlets, `s3://curated-data/customers\n${SEGMENTS}`);
  await expect(canvas.outletChips('copy_customers')).toHaveCount(2);
  await editor.screenshot('assets-producer');

  const producerZip = unzipFile((await toolbar.exportZip()).path);
  const producer = text(producerZip.get('dags/orders_curate_producer.py'));
  expect(producer).toContain('Asset(');
  expect(producer).toContain('outlets=[');
  expect(producer).toContain(`Asset("${SEGMENTS}")`);

  // The second design: the consumer, scheduled on the assets, now also on the new one.
  // The edited producer is not saved to a file: the app asks first.
  await examples.open(/^Assets: the consumer/, () => designs.goOnAnyway());
  await expect(canvas.node('build_report')).toBeVisible();
  await inspector.openTab('DAG');
  const upstream = inspector.root.getByRole('list', { name: 'Upstream assets' });
  await expect(upstream.getByRole('listitem')).toHaveCount(2);
  await expect(upstream).toContainText('s3://curated-data/orders');
  const assets = inspector.textbox('schedule: assets');
  await inspector.fill(
    assets,
    `s3://curated-data/orders\ns3://curated-data/customers\n${SEGMENTS}`,
  );
  await expect(upstream.getByRole('listitem')).toHaveCount(3);
  await expect(upstream.getByRole('listitem').nth(2)).toHaveText(
    `${SEGMENTS} updated by another DAG (no task here has it as an outlet)`,
  );
  await editor.screenshot('assets-consumer');

  const consumerZip = unzipFile((await toolbar.exportZip()).path);
  const consumer = text(consumerZip.get('dags/orders_report_consumer.py'));
  expect(consumer).toMatch(/schedule=\[[^\]]*Asset\("s3:\/\/curated-data\/customer-segments"\)/);
});
