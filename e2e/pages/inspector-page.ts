/**
 * The right-hand inspector (Task / DAG / Code tabs). Fields are found by
 * their label, the Airflow argument name (`bash_command`, `retries`, ...).
 */
import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class InspectorPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  async openTab(name: 'Task' | 'DAG' | 'Code'): Promise<void> {
    const tab = this.root.getByRole('tab', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /**
   * The control labelled `name` (the label may add a required mark, so
   * `pool` must not find `pool_slots`).
   */
  field(name: string): Locator {
    return this.root.getByLabel(new RegExp(`^${escapeRegExp(name)}(\\s|\\*|$)`));
  }

  /**
   * The text box named exactly `name`, for fields whose label is the start of
   * another control's (`schedule` and its `schedule preset` picker).
   */
  textbox(name: string): Locator {
    return this.root.getByRole('textbox', { name, exact: true });
  }

  /**
   * Clicks the field (by label, or a locator such as `textbox(name)`), replaces
   * its text by typing, and leaves it with Tab (commits drafts).
   */
  async fill(name: string | Locator, value: string): Promise<void> {
    const field = typeof name === 'string' ? this.field(name) : name;
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(value);
    await expect(field).toHaveValue(value);
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Tab');
  }

  /** Chooses an option of a select by its visible text. */
  async choose(name: string, option: string): Promise<void> {
    await this.field(name).selectOption({ label: option });
  }

  /** Replaces the task id (Enter renames). */
  async rename(to: string): Promise<void> {
    const field = this.field('task_id');
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(to);
    await this.page.keyboard.press('Enter');
  }
}
