/**
 * Share links: "Copy link" in the top bar and its dialog (the link, or why
 * the design is too big for one), and the "Shared design" dialog a link opens.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class SharePage {
  readonly linkDialog: Locator;
  readonly sharedDialog: Locator;

  constructor(readonly page: Page) {
    this.linkDialog = page.getByRole('dialog', { name: 'Share link' });
    this.sharedDialog = page.getByRole('dialog', { name: 'Shared design' });
  }

  async clickCopyLink(): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: 'Copy link', exact: true })
      .click();
    await expect(this.linkDialog).toBeVisible();
  }

  /** Copy link, then the link as the dialog shows it (and the clipboard holds it). */
  async copyLink(): Promise<string> {
    await this.clickCopyLink();
    await expect(this.linkDialog.getByText(/^Copied to the clipboard/)).toBeVisible();
    const url = await this.linkDialog
      .getByRole('textbox', { name: 'Link to this design' })
      .inputValue();
    await this.linkDialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.linkDialog).toBeHidden();
    return url;
  }

  /** What the "Shared design" dialog says the link carries. */
  async sharedFacts(): Promise<{ dagId: string; tasks: number }> {
    await expect(this.sharedDialog).toBeVisible();
    const facts = this.sharedDialog.locator('dd');
    return { dagId: await facts.nth(0).innerText(), tasks: Number(await facts.nth(1).innerText()) };
  }

  async openShared(): Promise<void> {
    await this.sharedDialog.getByRole('button', { name: 'Open as new design' }).click();
    await expect(this.sharedDialog).toBeHidden();
  }

  /**
   * Puts `hash` in the address bar of the open tab (as pasting a link does)
   * and returns the milliseconds, measured in the page, until an error
   * notice is announced (or `limitMs` passes: then Infinity).
   */
  async msUntilRefused(hash: string, limitMs = 5000): Promise<number> {
    return this.page.evaluate(
      ({ hash, limitMs }) =>
        new Promise<number>((resolve) => {
          const alert = document.querySelector('[data-testid="notice-alert"]');
          if (!alert) throw new Error('no error live region');
          const started = performance.now();
          const done = (ms: number) => {
            observer.disconnect();
            resolve(ms);
          };
          const observer = new MutationObserver(() => {
            if (alert.textContent?.trim()) done(performance.now() - started);
          });
          observer.observe(alert, { childList: true, subtree: true, characterData: true });
          setTimeout(() => done(Infinity), limitMs);
          window.location.hash = hash;
        }),
      { hash, limitMs },
    );
  }
}
