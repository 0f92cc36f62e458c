/**
 * The Forecast tab of the inspector: run time, critical path, bottlenecks,
 * unestimated tasks and pool sizes, read as a user reads them; and the
 * canvas's critical-path highlight (the `critical-path` class React Flow
 * puts on node and edge wrappers).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ForecastPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('region', { name: 'Forecast', exact: true });
  }

  async open(): Promise<void> {
    const tab = this.page.getByRole('complementary', { name: 'Inspector' }).getByRole('tab', {
      name: 'Forecast',
    });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.root).toBeVisible();
  }

  get runTime(): Locator {
    return this.root.getByTestId('forecast-run-time');
  }

  get criticalTime(): Locator {
    return this.root.getByTestId('forecast-critical-time');
  }

  /** The matching `dag-designer validate` command line the panel shows. */
  get cliCommand(): Locator {
    return this.root.getByTestId('forecast-cli');
  }

  private list(name: string): Locator {
    return this.root.getByRole('list', { name, exact: true });
  }

  /** Task ids of a list: 'Critical path tasks', 'Longest tasks on the critical path', 'Tasks without an estimate'. */
  async taskIds(name: string): Promise<string[]> {
    const list = this.list(name);
    if ((await list.count()) === 0) return [];
    return list.locator('code').allTextContents();
  }

  /** The lines about waiting for pools or max_active_tasks. */
  async waits(): Promise<string[]> {
    const list = this.list('Waits for pools and limits');
    if ((await list.count()) === 0) return [];
    return list.getByRole('listitem').allTextContents();
  }

  /** Clicks a task in one of the lists. */
  async clickTask(listName: string, taskId: string): Promise<void> {
    await this.list(listName)
      .getByRole('button')
      .filter({ has: this.page.locator('code', { hasText: new RegExp(`^${taskId}$`) }) })
      .click();
  }

  poolInput(pool: string): Locator {
    return this.root.getByRole('textbox', { name: `Slots of pool ${pool}`, exact: true });
  }

  /** Types a pool size like a user: click, replace, Tab away. */
  async setPool(pool: string, slots: string): Promise<void> {
    const input = this.poolInput(pool);
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(slots);
    await expect(input).toHaveValue(slots);
    await this.page.keyboard.press('Tab');
  }

  get highlightToggle(): Locator {
    return this.root.getByRole('checkbox', { name: 'Show critical path on the canvas' });
  }

  /** Task ids of canvas nodes drawn on the critical path, in DOM order. */
  async highlightedTasks(): Promise<string[]> {
    return this.page
      .locator('.react-flow__node-task.critical-path')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['id'] ?? ''));
  }

  /** Edges drawn on the critical path, as `from->to`. */
  async highlightedEdges(): Promise<string[]> {
    const labels = await this.page
      .locator('.react-flow__edge.critical-path')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/^(.+) runs before (.+)$/, '$1->$2'));
  }
}
