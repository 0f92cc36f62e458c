/** The Examples gallery (a modal dialog opened from the top bar). */
import { expect, type Locator, type Page } from '@playwright/test';

export class ExamplesPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Examples' });
  }

  /** Opens the gallery and clicks the example whose title starts with `title`. */
  async open(title: string | RegExp): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: 'Examples', exact: true })
      .click();
    await expect(this.dialog).toBeVisible();
    const pick = this.dialog.getByRole('button', { name: title });
    await expect(pick).toHaveCount(1);
    await pick.click();
    await expect(this.dialog).toBeHidden();
  }
}
