/**
 * Journey: the palette's "Custom operator" entry. A user drops it on the
 * canvas, is asked (missing-argument, nothing else) for the module and the
 * class, fills them with a class the workers have (the standard provider's
 * BashOperator), adds a free argument, and reads the import and the call in
 * the code view. The palette also lists the human-in-the-loop operators in
 * their own section.
 */
import { test, expect } from './fixtures.ts';

const MODULE = 'airflow.providers.standard.operators.bash';

test('a Custom operator from the palette: module, class and a free argument reach the code', async ({
  editor,
  palette,
  canvas,
  inspector,
  problems,
}) => {
  await editor.open();

  // The human-in-the-loop operators have their section (the default target, 3.3.1, has them).
  await palette.search('approve');
  await expect(palette.root.getByRole('region', { name: 'Human in the loop' })).toBeVisible();
  await expect(palette.item('ApprovalOperator')).toHaveCount(1);

  const box = await canvas.pane.boundingBox();
  if (!box) throw new Error('canvas pane has no box');
  await palette.search('custom');
  await expect(palette.root.getByRole('region', { name: 'Custom' })).toBeVisible();
  await palette.dragOntoCanvas('custom', {
    x: Math.round(box.width * 0.4),
    y: Math.round(box.height * 0.4),
  });
  await expect(canvas.node('custom_1')).toBeVisible();
  await expect(canvas.node('custom_1')).toContainText('Custom operator');

  // Only "fill this in" findings: the module and the class.
  await problems.expand();
  await expect(problems.rows('missing-argument', 'custom_1')).toHaveCount(2);
  await expect(problems.rows('invalid-argument', 'custom_1')).toHaveCount(0);

  await inspector.fill('module', MODULE);
  await inspector.fill('class', 'BashOperator');
  await expect(canvas.node('custom_1')).toContainText('BashOperator');
  await expect(problems.rows('missing-argument', 'custom_1')).toHaveCount(0);

  const name = inspector.root.getByLabel('New argument name');
  await name.fill('bash_command');
  await inspector.root.getByRole('button', { name: 'Add argument' }).click();
  await inspector.fill('bash_command', '"echo {{ ds }}"');

  await inspector.openTab('Code');
  const code = inspector.root.getByRole('region', { name: /^Exported Python dags\// });
  await expect(code).toContainText(`from ${MODULE} import BashOperator`);
  await expect(code).toContainText('bash_command="echo {{ ds }}"');
  await editor.screenshot('custom-operator');
});
