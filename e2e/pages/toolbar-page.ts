/** The top bar: file actions, undo/redo, auto-layout, theme, target, findings badge, export. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SavedFile {
  name: string;
  path: string;
}

export class ToolbarPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('banner');
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  get exportButton(): Locator {
    return this.button('Export .zip');
  }

  /** The theme toggle; its name says the current theme ("Theme: Dark"). */
  get themeToggle(): Locator {
    return this.root.getByRole('button', { name: /^Theme: / });
  }

  /** Clicks the toggle (System → Light → Dark → System) until it shows `label`. */
  async chooseTheme(label: 'System' | 'Light' | 'Dark'): Promise<void> {
    for (let i = 0; i < 3; i++) {
      if ((await this.themeToggle.getAttribute('aria-label')) === `Theme: ${label}`) return;
      await this.themeToggle.click();
    }
    await expect(this.themeToggle).toHaveAccessibleName(`Theme: ${label}`);
  }

  /** The findings badge ("Findings: ..." as its accessible name). */
  get findingsBadge(): Locator {
    return this.root.getByRole('button', { name: /^Findings:/ });
  }

  /** How many pixels the top bar's controls run past its edge (0 when everything fits). */
  async overflow(): Promise<number> {
    return this.root.evaluate((bar) => bar.scrollWidth - bar.clientWidth);
  }

  /** Clicks Export .zip and returns the downloaded file. */
  async exportZip(): Promise<SavedFile> {
    await expect(this.exportButton).toBeEnabled();
    return this.download(() => this.exportButton.click());
  }

  /** Clicks Save and returns the downloaded .dag.json. */
  async save(): Promise<SavedFile> {
    return this.download(() => this.button('Save').click());
  }

  async undo(): Promise<void> {
    await this.button('Undo').click();
  }

  async autoLayout(): Promise<void> {
    await this.button('Auto-layout').click();
  }

  private async download(action: () => Promise<void>): Promise<SavedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return keep(download);
  }
}

async function keep(download: Download): Promise<SavedFile> {
  const name = download.suggestedFilename();
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-download-')), name);
  await download.saveAs(path);
  return { name, path };
}
