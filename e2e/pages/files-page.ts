/**
 * Dropping files from the desktop onto the page. Playwright cannot drag a
 * real OS file, so the page builds a DataTransfer holding a File and
 * receives dragenter/dragover/drop exactly as from a file manager.
 */
import type { Locator, Page } from '@playwright/test';

export interface DroppedFile {
  name: string;
  content: string;
  type?: string;
}

export class FilesPage {
  constructor(readonly page: Page) {}

  /** Drops `file` on `target` (default: the canvas). */
  async dropFile(file: DroppedFile, target?: Locator): Promise<void> {
    const on = target ?? this.page.locator('.react-flow__pane');
    const transfer = await this.page.evaluateHandle((f) => {
      const dt = new DataTransfer();
      dt.items.add(new File([f.content], f.name, { type: f.type ?? 'application/json' }));
      return dt;
    }, file);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await on.dispatchEvent(type, { dataTransfer: transfer });
    }
    await transfer.dispose();
  }
}
