/**
 * Designs kept in the browser: the autosave status in the top bar, the
 * "My designs" dialog (open, rename, delete, damaged entries), the in-app
 * "Unsaved changes" question, and direct access to the IndexedDB store
 * (to plant a damaged entry as a broken profile or an old build would).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Where the app keeps designs (src/app/persistence/kv.ts). */
const DB_NAME = 'dag-designer';
const STORE_NAME = 'designs';

export class DesignsPage {
  readonly dialog: Locator;
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'My designs' });
    this.confirm = page.getByRole('dialog', { name: 'Unsaved changes' });
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until autosave has written every change (the top bar says so). */
  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved in this browser');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: 'My designs', exact: true })
      .click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByRole('list', { name: 'Designs in this browser' })).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /** One design's row, by the name it is listed under. */
  row(name: string): Locator {
    return this.dialog.getByRole('listitem', { name, exact: true });
  }

  async names(): Promise<string[]> {
    return this.dialog
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
  }

  async openDesign(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Open ${name}`, exact: true })
      .click();
  }

  async rename(name: string, to: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Rename ${name}`, exact: true })
      .click();
    const input = this.dialog.getByRole('textbox', { name: `New name for ${name}` });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.row(to)).toBeVisible();
  }

  /** Answers the "Unsaved changes" question with its go-on button. */
  async goOnAnyway(): Promise<void> {
    await expect(this.confirm).toBeVisible();
    await this.confirm.getByRole('button', { name: /anyway$/ }).click();
    await expect(this.confirm).toBeHidden();
  }

  /** Writes `value` under `key` straight into the app's IndexedDB store. */
  async plantRecord(key: string, value: unknown): Promise<void> {
    await this.page.evaluate(
      ({ db, store, key, value }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onupgradeneeded = () => open.result.createObjectStore(store);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            tx.objectStore(store).put(value, key);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { db: DB_NAME, store: STORE_NAME, key, value },
    );
  }

  /** The keys in the app's IndexedDB store. */
  async storedKeys(): Promise<string[]> {
    return this.page.evaluate(
      ({ db, store }) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onupgradeneeded = () => open.result.createObjectStore(store);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction(store).objectStore(store).getAllKeys();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result.map(String));
            };
            req.onerror = () => reject(req.error);
          };
        }),
      { db: DB_NAME, store: STORE_NAME },
    );
  }
}
