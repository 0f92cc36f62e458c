/**
 * Browser timings: our built app against a bare React Flow page, in the same
 * browser, in alternating rounds (A/B/A/B) so machine noise hits both alike.
 * Each round uses a fresh context and page: open the design through the
 * file input, then drag one node, select all + move, type.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import * as probe from './page-probes.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PageTarget {
  name: 'ours' | 'bare';
  url: string;
  /** Selector of one task node (ours also draws group boxes, which are nodes too). */
  nodeSelector: string;
}

export interface RoundResult {
  page: PageTarget['name'];
  loadMs: number;
  nodesInDom: number;
  edgesInDom: number;
  dragFrames: number[];
  dragMs: number;
  selectedCount: number;
  selectFrames: number[];
  selectMoveMs: number;
  keyLatencies: number[];
}

const DRAG_STEPS = 30;

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Mouse down on (x, y), 30 moves to the right and down, mouse up; returns wall time (ms). */
async function drag(page: Page, x: number, y: number): Promise<number> {
  const t0 = await now(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) await page.mouse.move(x + i * 8, y + i * 4);
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return (await now(page)) - t0;
}

async function oneRound(
  browser: Browser,
  target: PageTarget,
  designPath: string,
  expected: { nodes: number; edges: number },
): Promise<RoundResult> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // tsx (esbuild keepNames) wraps functions in __name(...): define it for page.evaluate.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  try {
    await page.goto(target.url);
    // The app's hidden file input behind "Open…" (no accessible name: it is aria-hidden).
    const input = page.locator('input[type="file"]').first();
    await input.waitFor({ state: 'attached' });

    // 1. Open the design: until every task node and edge is in the DOM.
    const t0 = await now(page);
    await input.setInputFiles(designPath);
    await page.waitForFunction(
      probe.renderedEnough,
      { nodeSelector: target.nodeSelector, ...expected },
      { polling: 'raf', timeout: 120_000 },
    );
    const loadMs = (await page.evaluate(probe.readReadyAt)) - t0;
    const counts = await page.evaluate(
      (sel) => ({
        nodes: document.querySelectorAll(sel).length,
        edges: document.querySelectorAll('.react-flow__edge').length,
      }),
      target.nodeSelector,
    );
    await page.waitForTimeout(1000); // late effects settle
    // The same view on both pages: everything fitted (zoom clamps at minZoom 0.1).
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(1000);

    // 2. Drag one node.
    const node = await page.evaluate(probe.pickNode, target.nodeSelector);
    if (!node) throw new Error(`${target.name}: no draggable node in view`);
    await page.evaluate(probe.startFrames);
    const dragMs = await drag(page, node.x, node.y);
    const dragFrames = await page.evaluate(probe.stopFrames);
    await page.waitForTimeout(500);

    // 3. Select all (Shift + drag a rectangle over the pane) and move them.
    const rect = await page.evaluate(probe.paneRect);
    await page.keyboard.down('Shift');
    await page.mouse.move(rect.x0, rect.y0);
    await page.mouse.down();
    await page.mouse.move((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2, { steps: 4 });
    await page.mouse.move(rect.x1, rect.y1, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.waitForTimeout(500);
    const selectedCount = await page.evaluate(
      (sel) => document.querySelectorAll(`${sel}.selected`).length,
      target.nodeSelector,
    );
    const selectedNode = await page.evaluate(probe.pickSelection, target.nodeSelector);
    let selectFrames: number[] = [];
    let selectMoveMs = NaN;
    if (selectedNode) {
      await page.evaluate(probe.startFrames);
      selectMoveMs = await drag(page, selectedNode.x, selectedNode.y);
      selectFrames = await page.evaluate(probe.stopFrames);
    }
    await page.waitForTimeout(500);

    // 4. Type 20 characters into bash_command (ours: select one task first).
    if (target.name === 'ours') {
      await page.mouse.click(rect.x0, rect.y0); // clear the selection
      const one = await page.evaluate(probe.pickNode, target.nodeSelector);
      if (!one) throw new Error('ours: no task to select for typing');
      await page.mouse.click(one.x, one.y);
    }
    const field = page.getByLabel('bash_command', { exact: true });
    await field.click();
    await page.keyboard.press('End');
    await page.evaluate(probe.startKeyLatency);
    const typed = 'abcdefghijklmnopqrst';
    for (let i = 0; i < typed.length; i++) {
      await page.keyboard.press(typed[i]!);
      await page.waitForFunction(
        (n) => (window as unknown as { __keyLatencies: number[] }).__keyLatencies.length >= n,
        i + 1,
        {
          polling: 'raf',
        },
      );
    }
    const keyLatencies = await page.evaluate(probe.readKeyLatencies);
    return {
      page: target.name,
      loadMs,
      nodesInDom: counts.nodes,
      edgesInDom: counts.edges,
      dragFrames,
      dragMs,
      selectedCount,
      selectFrames,
      selectMoveMs,
      keyLatencies,
    };
  } finally {
    await context.close();
  }
}

/** `rounds` alternating rounds; the order flips every round (ours, bare, bare, ours, ...). */
export async function runBrowserBench(
  targets: readonly [PageTarget, PageTarget],
  designPath: string,
  expected: { nodes: number; edges: number },
  rounds: number,
): Promise<{ results: RoundResult[]; browserVersion: string }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const results: RoundResult[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? targets : ([targets[1], targets[0]] as const);
      for (const target of order) {
        process.stdout.write(`  browser round ${r + 1}/${rounds}: ${target.name}\n`);
        results.push(await oneRound(browser, target, designPath, expected));
      }
    }
    return { results, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
