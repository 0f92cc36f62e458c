/**
 * Journey (l): light and dark. The theme follows the system until the user
 * picks one with the top bar's toggle; the pick survives a reload; the
 * canvas (React Flow), the panels, the Code panel, dialogs and the code
 * editor all change with it; a stored value that is not a theme falls back
 * to System.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Relative luminance (0 black .. 1 white) of the background an element shows:
 * its own, or the nearest ancestor's when its own is transparent.
 */
async function backgroundLuminance(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((start, what) => {
      let match: RegExpExecArray | null = null;
      for (let el: Element | null = start; el && !match; el = el.parentElement) {
        const colour = getComputedStyle(el).backgroundColor;
        if (colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(colour))
          match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(colour);
      }
      if (!match) throw new Error(`no background colour behind ${what}`);
      const [r, g, b] = match.slice(1, 4).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }, selector);
}

/** The page, the canvas, the inspector, the Problems panel and the code editor. */
const SURFACES = [
  'html',
  '.react-flow',
  'aside[aria-label="Inspector"] .panel',
  '.problems',
  '.cm-editor',
];

async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  for (const selector of SURFACES) {
    const luminance = expect.poll(
      () => backgroundLuminance(page, selector),
      `${selector} background in ${theme}`,
    );
    if (theme === 'dark') await luminance.toBeLessThan(0.1);
    else await luminance.toBeGreaterThan(0.7);
  }
  await expect(page.locator('.react-flow')).toHaveClass(
    theme === 'dark' ? /\bdark\b/ : /\blight\b/,
  );
}

test('dark theme is chosen in the top bar, survives a reload, and System follows the OS', async ({
  page,
  editor,
  examples,
  canvas,
  inspector,
  toolbar,
  designs,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await editor.open();
  await expect(toolbar.themeToggle).toHaveAccessibleName('Theme: System');
  await examples.open('Branch and join');
  await canvas.select('choose_load_type');
  await expect(inspector.codeEditor('python')).toBeVisible();
  await expectTheme(page, 'light');
  await editor.screenshot('theme-light');

  // 1. Dark from the menu, and still dark after a reload.
  await toolbar.chooseTheme('Dark');
  await expectTheme(page, 'dark');
  await designs.waitSaved(); // the example is kept in the browser: the reload opens it again
  await page.reload();
  await expect(toolbar.themeToggle).toHaveAccessibleName('Theme: Dark');
  await canvas.select('choose_load_type');
  await expect(inspector.codeEditor('python')).toBeVisible();
  await expectTheme(page, 'dark');
  await editor.screenshot('theme-dark');

  // The Code panel and a dialog are dark too.
  await inspector.openTab('Code');
  const code = inspector.root.getByRole('region', { name: /^Exported Python dags\// });
  await expect(code).toContainText('choose_load_type');
  await expect.poll(() => backgroundLuminance(page, '.code-lines')).toBeLessThan(0.1);
  await editor.screenshot('theme-dark-code');
  await examples.show();
  await expect.poll(() => backgroundLuminance(page, 'dialog[open]')).toBeLessThan(0.1);
  await editor.screenshot('theme-dark-dialog');
  await page.keyboard.press('Escape');
  await expect(examples.dialog).toBeHidden();
  await inspector.openTab('Task');

  // 2. System follows the operating system's setting, both ways.
  await toolbar.chooseTheme('System');
  await expectTheme(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectTheme(page, 'dark');

  // 3. A stored value that is not a theme is ignored: System.
  await page.evaluate(() => localStorage.setItem('dag-designer.theme', '"dark"; purple'));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(toolbar.themeToggle).toHaveAccessibleName('Theme: System');
  await expect.poll(() => backgroundLuminance(page, 'html')).toBeGreaterThan(0.7);
});
