/**
 * Journey (k): the code editor. CodeMirror is not in the first-load bundle;
 * it arrives when a code field shows. A Python syntax error typed in the
 * editor is marked on its line (the same finding the Problems panel lists,
 * which blocks Export); clicking that problem puts the caret back in the
 * editor; fixing the line clears the mark and Export is enabled again.
 * Text typed into the plain field while the editor is still loading is kept.
 */
import { test, expect } from './fixtures.ts';

const TASK = 'choose_load_type';

test('a Python syntax error typed in the editor is marked on its line and blocks export', async ({
  page,
  editor,
  examples,
  canvas,
  inspector,
  problems,
  toolbar,
}) => {
  await editor.open();
  const editorChunkLoaded = () =>
    page.evaluate(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('codemirror')),
    );
  expect(await editorChunkLoaded(), 'CodeMirror is loaded on first use, not up front').toBe(false);

  await examples.open('Branch and join');
  await expect(toolbar.exportButton).toBeEnabled();
  await canvas.select(TASK);
  const code = inspector.codeEditor('python');
  await expect(code).toBeVisible();
  expect(await editorChunkLoaded()).toBe(true);
  const lines = inspector.codeBox('python').locator('.cm-line');
  await expect(lines.first()).toHaveText('def _choose_load_type(**context):');
  const marks = inspector.codeBox('python').locator('.cm-lintRange-error');
  await expect(marks).toHaveCount(0);

  // 1. Type a stray ")" at the end of line 1: marked there, listed in Problems, Export off.
  await inspector.codeLine('python', 1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(')');
  await expect(inspector.codeLine('python', 1).locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(marks).toHaveCount(1);
  await expect(inspector.codeBox('python').locator('.cm-lint-marker-error')).toHaveCount(1);
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(toolbar.exportButton).toBeDisabled();
  await problems.expand();
  const row = problems.rows('invalid-argument', TASK);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Python syntax error at line 1, column');

  // 2. Leave the editor, click the problem: the caret is back in the editor.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(code).not.toBeFocused();
  await row.click();
  await expect(code).toBeFocused();
  // The field's name focuses it too (a <label for> alone only focuses form controls).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await inspector.root.getByText('python', { exact: true }).click();
  await expect(code).toBeFocused();
  await editor.screenshot('code-editor-error');

  // 3. Fix it: the mark goes, the problem goes, Export is back.
  await inspector.codeLine('python', 1).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(marks).toHaveCount(0);
  await expect(code).not.toHaveAttribute('aria-invalid', 'true');
  await expect(problems.rows('invalid-argument', TASK)).toHaveCount(0);
  await expect(toolbar.exportButton).toBeEnabled();
  await expect(lines.first()).toHaveText('def _choose_load_type(**context):');

  await editor.screenshot('code-editor');
});

test('text typed before the editor has loaded is kept, and so are the focus and the caret', async ({
  page,
  editor,
  palette,
  inspector,
}) => {
  // Hold the editor chunk back until the user has typed into the plain field.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/codemirror-setup-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await editor.open();
  await palette.addWithKeyboard('BashOperator');
  const plain = inspector.root.getByRole('textbox', { name: 'bash_command' });
  await expect(plain).toHaveJSProperty('tagName', 'TEXTAREA');
  await plain.click();
  await page.keyboard.type('echo before');
  await expect(plain).toHaveValue('echo before');

  release();
  const code = inspector.codeEditor('bash_command');
  await expect(code).toBeFocused();
  await expect.poll(() => inspector.codeText('bash_command')).toBe('echo before');
  await page.keyboard.type(' and after');
  await expect.poll(() => inspector.codeText('bash_command')).toBe('echo before and after');
});
