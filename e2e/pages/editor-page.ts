/**
 * The whole page: open it, read what a user reads (notices, task count,
 * dag_id) and keep a screenshot of the end state of a journey.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'e2e/screenshots';

export class EditorPage {
  /** `suffix` tells screenshots of other projects (screen sizes) apart. */
  constructor(
    readonly page: Page,
    private readonly suffix = '',
  ) {}

  /** Loads the app and waits until the canvas and the palette are there. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('navigation', { name: 'Operators' })).toBeVisible();
    await expect(this.page.locator('.react-flow__pane')).toBeVisible();
  }

  /** The assertive live region: error notices (the visible toast mirrors it). */
  /** The keyboard shortcut help dialog (`?`). */
  get shortcutHelp(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  get errorNotice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** The polite live region: info and success notices. */
  get statusNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  /** A message shown on screen (not the screen-reader-only live regions). */
  visibleText(text: string | RegExp): Locator {
    return this.page
      .getByText(text)
      .filter({ visible: true })
      .and(this.page.locator(':not([aria-live])'));
  }

  /** Task nodes on the canvas. */
  get taskNodes(): Locator {
    return this.page.locator('.react-flow__node-task');
  }

  async taskCount(): Promise<number> {
    return this.taskNodes.count();
  }

  /** The dag_id as the DAG tab shows it (switches to that tab). */
  async dagId(): Promise<string> {
    await this.page.getByRole('tab', { name: 'DAG' }).click();
    return this.page.getByLabel(/^dag_id\b/).inputValue();
  }

  async screenshot(journey: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${journey}${this.suffix}.png` });
  }
}
