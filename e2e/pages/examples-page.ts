/** The Examples gallery (a modal dialog opened from the top bar). */
import { expect, type Locator, type Page } from '@playwright/test';

export class ExamplesPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Examples' });
  }

  /**
   * Opens the gallery and clicks the example whose title starts with `title`.
   * Over unsaved changes the app asks first: `answer` (e.g. the designs page's
   * goOnAnyway) replies before the gallery is expected to close.
   */
  async open(title: string | RegExp, answer?: () => Promise<void>): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: 'Examples', exact: true })
      .click();
    await expect(this.dialog).toBeVisible();
    const pick = this.dialog.getByRole('button', { name: title });
    await expect(pick).toHaveCount(1);
    await pick.click();
    if (answer) await answer();
    await expect(this.dialog).toBeHidden();
  }

  /** Opens the gallery and leaves it open. */
  async show(): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: 'Examples', exact: true })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  /**
   * Names of the example cards cut off at the dialog's edge: a card wider
   * than the dialog's content box, or a card whose text overflows it.
   */
  async cardsCutOff(): Promise<string[]> {
    return this.dialog.evaluate((dialog) => {
      const edge = dialog.getBoundingClientRect().right - dialog.clientLeft;
      const cut: string[] = [];
      for (const card of dialog.querySelectorAll('li button')) {
        const box = card.getBoundingClientRect();
        const overflows = [card, ...card.children].some(
          (el) => el.scrollWidth > el.clientWidth + 1,
        );
        if (box.right > edge + 1 || overflows || dialog.scrollWidth > dialog.clientWidth + 1)
          cut.push(card.textContent ?? '');
      }
      return cut;
    });
  }
}
