/** The operator palette on the left: search, drag onto the canvas, Enter to add. */
import { expect, type Locator, type Page } from '@playwright/test';

export class PalettePage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'Operators' });
  }

  get searchBox(): Locator {
    return this.root.getByRole('searchbox', { name: 'Search operators' });
  }

  async search(query: string): Promise<void> {
    const box = this.searchBox;
    await box.click();
    await box.fill(query);
  }

  /** The palette item of a catalog key, e.g. `BashOperator` (its label, e.g. "Bash", is its name). */
  item(operatorKey: string): Locator {
    return this.root
      .getByRole('button')
      .filter({ has: this.page.getByText(operatorKey, { exact: true }) });
  }

  /**
   * Searches for the operator and drags it with the mouse (HTML5 drag and
   * drop) to `at`, a point relative to the canvas' top-left corner.
   */
  async dragOntoCanvas(operatorKey: string, at: { x: number; y: number }): Promise<void> {
    await this.search(operatorKey);
    const item = this.item(operatorKey);
    await expect(item).toHaveCount(1);
    await item.dragTo(this.page.locator('.react-flow__pane'), { targetPosition: at });
  }

  /** Keyboard path: focus the item and press Enter. */
  async addWithKeyboard(operatorKey: string): Promise<void> {
    await this.search(operatorKey);
    await this.item(operatorKey).focus();
    await this.page.keyboard.press('Enter');
  }
}
