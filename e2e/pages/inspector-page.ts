/**
 * The right-hand inspector (Task / DAG / Code tabs). Fields are found by
 * their label, the Airflow argument name (`bash_command`, `retries`, ...).
 */
import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field's label: its name, then maybe a required mark (`pool` must not find `pool_slots`). */
const labelPattern = (name: string): RegExp => new RegExp(`^${escapeRegExp(name)}(\\s|\\*|$)`);

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
    return this.root.getByLabel(labelPattern(name));
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

  /**
   * The code editor (CodeMirror) labelled `name`: its editable content, once
   * the lazily loaded editor has replaced the plain textarea.
   */
  codeEditor(name: string): Locator {
    return this.root.locator('.cm-content').and(this.field(name));
  }

  /** The whole editor box of field `name` (gutter, lines, lint marks). */
  codeBox(name: string): Locator {
    return this.root
      .locator('.cm-editor')
      .filter({ has: this.page.getByLabel(labelPattern(name)) });
  }

  /** Line `number` (1-based) of the code editor `name`. */
  codeLine(name: string, number: number): Locator {
    return this.codeBox(name)
      .locator('.cm-line')
      .nth(number - 1);
  }

  /** The editor's text as the user sees it (lines joined by \n, the placeholder left out). */
  async codeText(name: string): Promise<string> {
    return this.codeEditor(name).evaluate((content) =>
      Array.from(content.querySelectorAll('.cm-line'), (line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cm-placeholder').forEach((p) => p.remove());
        return copy.textContent ?? '';
      }).join('\n'),
    );
  }

  /**
   * Replaces the code of editor `name` by typing it as a user would: click,
   * select all, delete, then each line. The editor indents a new line by
   * itself (after `def ...:`), so each line first clears that indent
   * (Shift+Home, Delete) and types its own. Leaves with Escape, Tab.
   */
  async fillCode(name: string, value: string): Promise<void> {
    const editor = this.codeEditor(name);
    await editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    const lines = value.split('\n');
    for (const [index, line] of lines.entries()) {
      if (index > 0) {
        await this.page.keyboard.press('Enter');
        await this.page.keyboard.press('Shift+Home');
        await this.page.keyboard.press('Delete');
      }
      await this.page.keyboard.type(line);
    }
    await expect.poll(() => this.codeText(name)).toBe(value);
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
  }

  /** Chooses an option of a select by its visible text. */
  async choose(name: string, option: string): Promise<void> {
    await this.field(name).selectOption({ label: option });
  }

  /** Ticks (or unticks) setup task `setupId` in a teardown's `setups` list. */
  async tickSetup(setupId: string, on = true): Promise<void> {
    const box = this.root
      .getByRole('group', { name: 'setups' })
      .getByRole('checkbox', { name: setupId, exact: true });
    await box.setChecked(on);
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
