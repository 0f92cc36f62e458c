/**
 * Journey: `?` opens the keyboard shortcut help (a modal dialog); Escape
 * closes it. Typing `?` in a text field types it instead.
 */
import { test, expect } from './fixtures.ts';

test('? opens the keyboard shortcut help, Escape closes it', async ({
  editor,
  examples,
  palette,
  page,
}) => {
  await editor.open();
  await examples.open('Branch and join');
  await page.keyboard.press('?');
  await expect(editor.shortcutHelp).toBeVisible();
  await expect(editor.shortcutHelp.getByText('Auto-layout')).toBeVisible();
  await expect(editor.shortcutHelp.getByText('Undo', { exact: true })).toBeVisible();
  await editor.screenshot('shortcut-help');
  await page.keyboard.press('Escape');
  await expect(editor.shortcutHelp).toBeHidden();

  // In a text field `?` is just a character.
  await palette.search('');
  await page.keyboard.press('?');
  await expect(palette.searchBox).toHaveValue('?');
  await expect(editor.shortcutHelp).toBeHidden();
});
