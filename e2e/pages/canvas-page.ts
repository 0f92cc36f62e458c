/**
 * The React Flow canvas, read from the DOM as a user sees it: nodes by task
 * id, their on-screen boxes, edges by their accessible names, and mouse
 * gestures (drag a handle to another handle, drag a node).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface NodeBox {
  id: string;
  /** Flow coordinates (absolute, from the node's CSS transform). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasEdge {
  from: string;
  to: string;
}

/** A connection drag that is still held down (to look at the canvas mid-gesture). */
export interface HeldConnection {
  /** The connection line React Flow draws while dragging. */
  line: Locator;
  release(): Promise<void>;
}

export class CanvasPage {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.react-flow__pane');
  }

  node(taskId: string): Locator {
    return this.page.getByTestId(`rf__node-${taskId}`);
  }

  /** The right-hand (source) handle: drag from it to make `taskId` run first. */
  downstreamHandle(taskId: string): Locator {
    return this.node(taskId).getByLabel(`Downstream of ${taskId}`);
  }

  /** The left-hand (target) handle. */
  upstreamHandle(taskId: string): Locator {
    return this.node(taskId).getByLabel(`Upstream of ${taskId}`);
  }

  /** The edge drawn for `from >> to` (its accessible name). */
  edge(from: string, to: string): Locator {
    return this.page.locator(`.react-flow__edge[aria-label="${from} runs before ${to}"]`);
  }

  /** Clicks a task node (on its id, away from the handles). */
  async select(taskId: string): Promise<void> {
    await this.node(taskId).getByText(taskId, { exact: true }).click();
  }

  /** Starts dragging from `from`'s source handle and holds the mouse over `to`'s target handle. */
  async holdConnection(from: string, to: string): Promise<HeldConnection> {
    const start = await center(this.downstreamHandle(from));
    const end = await center(this.upstreamHandle(to));
    const mouse = this.page.mouse;
    await mouse.move(start.x, start.y);
    await mouse.down();
    await mouse.move(start.x + 20, start.y + 10, { steps: 4 });
    await mouse.move(end.x, end.y, { steps: 12 });
    return {
      line: this.page.locator('.react-flow__connection'),
      release: () => mouse.up(),
    };
  }

  /** Drags an edge from `from`'s right handle to `to`'s left handle. */
  async connect(from: string, to: string): Promise<void> {
    const held = await this.holdConnection(from, to);
    await held.release();
  }

  /** The outlet chips on `taskId`'s node ("⛁ orders", "+1"), the full URI in each title. */
  outletChips(taskId: string): Locator {
    return this.node(taskId)
      .getByRole('list', { name: `Outlets of ${taskId}` })
      .getByRole('listitem');
  }

  /** The setup (↑) or teardown (↓) badge on `taskId`'s node. */
  roleBadge(taskId: string, role: 'setup' | 'teardown'): Locator {
    return this.node(taskId).getByRole('img', { name: role, exact: true });
  }

  /**
   * The dotted setup -> teardown relation: the extra edge drawn when no edge
   * joins them, or the edge itself when one does.
   */
  setupRelation(setup: string, teardown: string): Locator {
    return this.page.locator(
      `.react-flow__edge.setup-teardown:is([aria-label="${setup} is the setup of teardown ${teardown}"], [aria-label="${setup} runs before ${teardown}"])`,
    );
  }

  /** Every edge of the design drawn on the canvas, from the edges' accessible names. */
  async edges(): Promise<CanvasEdge[]> {
    const labels = await this.page
      // The drawn-only setup -> teardown relation is not an edge of the design.
      .locator('.react-flow__edge:not([aria-label*=" is the setup of teardown "])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    return labels.map((label) => {
      const m = /^(.+) runs before (.+)$/.exec(label);
      if (!m) throw new Error(`edge without a "<from> runs before <to>" name: "${label}"`);
      return { from: m[1]!, to: m[2]! };
    });
  }

  /** Positions and sizes of the task nodes (flow coordinates, from their transforms). */
  async taskBoxes(): Promise<NodeBox[]> {
    return this.page.locator('.react-flow__node-task').evaluateAll((els) =>
      els.map((el) => {
        const node = el as HTMLElement;
        const m = /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)/.exec(
          node.style.transform,
        );
        if (!m)
          throw new Error(`node ${node.dataset['id']} has no translate(): ${node.style.transform}`);
        return {
          id: node.dataset['id'] ?? '',
          x: Number(m[1]),
          y: Number(m[2]),
          width: node.offsetWidth,
          height: node.offsetHeight,
        };
      }),
    );
  }

  /** Task positions as `id -> "x,y"` (rounded), to compare arrangements. */
  async positions(): Promise<Record<string, string>> {
    const boxes = await this.taskBoxes();
    return Object.fromEntries(boxes.map((b) => [b.id, `${Math.round(b.x)},${Math.round(b.y)}`]));
  }

  /**
   * Waits until the task positions differ from `before` and hold still for a
   * moment (layout runs in a worker and may animate), and returns them.
   */
  async positionsSettledAfter(before: Record<string, string>): Promise<Record<string, string>> {
    const start = JSON.stringify(before);
    let last = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(await this.positions());
          const settled = now === last && now !== start;
          last = now;
          return settled;
        },
        { timeout: 30_000, intervals: [250] },
      )
      .toBe(true);
    return this.positions();
  }

  /** The viewport's CSS transform (pan and zoom). */
  async viewport(): Promise<string> {
    return (await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  }

  /** Waits until pan and zoom hold still (fit-view on load may animate). */
  async waitForStillView(): Promise<string> {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await this.viewport();
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [200] },
      )
      .toBe(true);
    return last;
  }

  /** Drags the empty background from `from` (relative to the pane) by (dx, dy). */
  async panBy(from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
    const box = await this.pane.boundingBox();
    if (!box) throw new Error('canvas pane has no box');
    const mouse = this.page.mouse;
    await mouse.move(box.x + from.x, box.y + from.y);
    await mouse.down();
    await mouse.move(box.x + from.x + dx, box.y + from.y + dy, { steps: 10 });
    await mouse.up();
  }

  /** Clicks the zoom controls' "fit view" button. */
  async fitView(): Promise<void> {
    await this.page.getByRole('button', { name: /fit view/i }).click();
  }

  /** Clicks the zoom controls' "zoom out" button. */
  async zoomOut(): Promise<void> {
    await this.page.getByRole('button', { name: /zoom out/i }).click();
  }

  /** The minimap in the canvas corner. */
  get minimap(): Locator {
    return this.page.getByRole('img', { name: 'Mini map' });
  }

  /** Clicks the minimap at a fraction (0..1) of its width and height. */
  async clickMinimap(fx: number, fy: number): Promise<void> {
    const box = await this.minimap.boundingBox();
    if (!box) throw new Error('minimap has no box');
    await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  }

  /** Drags inside the minimap from its centre by (dx, dy) pixels. */
  async dragMinimap(dx: number, dy: number): Promise<void> {
    const { x, y } = await center(this.minimap);
    const mouse = this.page.mouse;
    await mouse.move(x, y);
    await mouse.down();
    await mouse.move(x + dx, y + dy, { steps: 8 });
    await mouse.up();
  }

  /** A group's box (or, folded, its card). */
  group(groupId: string): Locator {
    return this.page.getByTestId(`rf__node-group:${groupId}`);
  }

  /** Selects tasks as a user does: a click, then Ctrl+click on the others. */
  async selectMany(taskIds: readonly string[]): Promise<void> {
    await this.select(taskIds[0]!);
    for (const id of taskIds.slice(1)) {
      await this.node(id)
        .getByText(id, { exact: true })
        .click({ modifiers: ['Control'] });
    }
  }

  /** Puts the selected tasks in a new group with the floating toolbar's Group button. */
  async groupSelection(): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: 'Selected tasks' })
      .getByRole('button', { name: 'Group', exact: true })
      .click();
  }

  /** Renames a group in place: double-click its label, type, Enter. */
  async renameGroup(from: string, to: string): Promise<void> {
    await this.group(from).getByText(from, { exact: true }).dblclick();
    const input = this.page.getByRole('textbox', { name: `Rename group ${from}` });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.group(to)).toBeVisible();
  }

  /** Clicks a group's fold / unfold button. */
  async toggleGroup(groupId: string, action: 'Collapse' | 'Expand'): Promise<void> {
    await this.group(groupId)
      .getByRole('button', { name: `${action} group ${groupId}` })
      .click();
  }

  /** Drags `handle` (a node's label) so that it lands `by` pixels further, with intermediate moves. */
  async dragBy(handle: Locator, by: { dx: number; dy: number }): Promise<void> {
    const from = await center(handle);
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + by.dx / 2, from.y + by.dy / 2, { steps: 6 });
    await mouse.move(from.x + by.dx, from.y + by.dy, { steps: 6 });
    await mouse.up();
  }

  /** Drags `handle` until its centre is over `target`'s centre. */
  async dragOnto(handle: Locator, target: Locator): Promise<void> {
    const from = await center(handle);
    const to = await center(target);
    await this.dragBy(handle, { dx: to.x - from.x, dy: to.y - from.y });
  }

  /** The pane's centre in page pixels. */
  async paneCenter(): Promise<{ x: number; y: number }> {
    return center(this.pane);
  }
}

export async function center(locator: Locator): Promise<{ x: number; y: number }> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`no bounding box for ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
