/**
 * The journeys' fixtures: one page object per part of the screen, and a
 * console watch that fails the test on any console error or warning and any
 * uncaught page error (the UI brief asks for none).
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CanvasPage } from './pages/canvas-page.ts';
import { DesignsPage } from './pages/designs-page.ts';
import { EditorPage } from './pages/editor-page.ts';
import { ExamplesPage } from './pages/examples-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { ForecastPage } from './pages/forecast-page.ts';
import { InspectorPage } from './pages/inspector-page.ts';
import { PalettePage } from './pages/palette-page.ts';
import { ProblemsPage } from './pages/problems-page.ts';
import { SharePage } from './pages/share-page.ts';
import { ToolbarPage } from './pages/toolbar-page.ts';

interface Journey {
  editor: EditorPage;
  palette: PalettePage;
  canvas: CanvasPage;
  inspector: InspectorPage;
  problems: ProblemsPage;
  toolbar: ToolbarPage;
  files: FilesPage;
  examples: ExamplesPage;
  designs: DesignsPage;
  share: SharePage;
  forecast: ForecastPage;
  /** Console errors/warnings and page errors seen so far (checked after the test). */
  consoleProblems: string[];
}

/**
 * Records console errors/warnings and uncaught errors of `page` into `seen`;
 * journeys that open more pages (a second context, a reopened browser) watch
 * them too, into the same list.
 */
export function watchConsole(page: Page, seen: string[]): void {
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const where = message.location();
    seen.push(`console.${type}: ${message.text()} (${where.url}:${where.lineNumber})`);
  });
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.stack ?? error.message}`));
}

export const test = base.extend<Journey>({
  consoleProblems: [
    async ({ page }, use) => {
      const seen: string[] = [];
      watchConsole(page, seen);
      await use(seen);
      expect(seen, 'console errors, warnings or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
  editor: async ({ page }, use, testInfo) =>
    use(
      new EditorPage(
        page,
        testInfo.project.name === 'desktop-1440' ? '' : `-${testInfo.project.name}`,
      ),
    ),
  palette: async ({ page }, use) => use(new PalettePage(page)),
  canvas: async ({ page }, use) => use(new CanvasPage(page)),
  inspector: async ({ page }, use) => use(new InspectorPage(page)),
  problems: async ({ page }, use) => use(new ProblemsPage(page)),
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
  files: async ({ page }, use) => use(new FilesPage(page)),
  examples: async ({ page }, use) => use(new ExamplesPage(page)),
  designs: async ({ page }, use) => use(new DesignsPage(page)),
  share: async ({ page }, use) => use(new SharePage(page)),
  forecast: async ({ page }, use) => use(new ForecastPage(page)),
});

export { expect };
