/** The Problems (validation) panel under the canvas: rows per finding and a count badge. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ProblemsPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Problems' });
  }

  /** The count badge, e.g. "1 error, 3 warnings" as its accessible name. */
  get badge(): Locator {
    return this.root.locator('.count-badge');
  }

  async expand(): Promise<void> {
    const toggle = this.root.getByRole('button', { name: 'Problems', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Rows of the list with `code`, optionally about `taskId` (its location starts with it). */
  rows(code: string, taskId?: string): Locator {
    let rows = this.root
      .getByRole('listitem')
      .getByRole('button')
      .filter({ has: this.page.locator('code', { hasText: new RegExp(`^${code}$`) }) });
    if (taskId !== undefined) {
      rows = rows.filter({
        has: this.page.locator('.problem__location', {
          hasText: new RegExp(`^${taskId}( ›|$)`),
        }),
      });
    }
    return rows;
  }

  async click(code: string, taskId?: string): Promise<void> {
    await this.expand();
    const row = this.rows(code, taskId);
    await expect(row).toHaveCount(1);
    await row.click();
  }
}
