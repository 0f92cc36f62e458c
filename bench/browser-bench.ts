/**
 * Browser timings: our built app against a bare React Flow page, in the same
 * browser, in alternating rounds (A/B, B/A, ...) so machine noise hits both
 * alike. Each round uses a fresh context and page: open the design through
 * the file input, fit the view, then drag one node, pan, zoom, select all +
 * move (at 2,000 tasks) and type in bash_command.
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

export interface BenchDesign {
  path: string;
  tasks: number;
  edges: number;
  /** Whether to select all and move them (slow at 10,000: left out there). */
  selectAll: boolean;
}

export interface RoundResult {
  page: PageTarget['name'];
  tasks: number;
  /** Why the round stopped early (a page that cannot do it at this size), or null. */
  failed: string | null;
  loadMs: number;
  nodesInDom: number;
  edgesInDom: number;
  dragFrames: number[];
  dragMs: number;
  panFrames: number[];
  zoomFrames: number[];
  selectedCount: number;
  selectFrames: number[];
  selectMoveMs: number;
  keyLatencies: number[];
  /** DOM mutations inside the canvas's nodes and edges while typing (none should change). */
  keyCanvasMutations: number;
}

const DRAG_STEPS = 30;
const OPEN_TIMEOUT_MS = 120_000;

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));

/** Mouse down on (x, y), 30 moves to the right and down, mouse up; returns wall time (ms). */
async function drag(page: Page, x: number, y: number): Promise<number> {
  const t0 = await now(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) await page.mouse.move(x + i * 8, y + i * 4);
  await page.mouse.up();
  await nextFrame(page);
  return (await now(page)) - t0;
}

/** Frame deltas while `gesture` runs. */
async function framesOf(page: Page, gesture: () => Promise<unknown>): Promise<number[]> {
  await page.evaluate(probe.startFrames);
  await gesture();
  return page.evaluate(probe.stopFrames);
}

async function fitView(page: Page): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(800);
}

const emptyResult = (page: PageTarget['name'], tasks: number): RoundResult => ({
  page,
  tasks,
  failed: null,
  loadMs: NaN,
  nodesInDom: 0,
  edgesInDom: 0,
  dragFrames: [],
  dragMs: NaN,
  panFrames: [],
  zoomFrames: [],
  selectedCount: 0,
  selectFrames: [],
  selectMoveMs: NaN,
  keyLatencies: [],
  keyCanvasMutations: NaN,
});

async function oneRound(
  browser: Browser,
  target: PageTarget,
  design: BenchDesign,
): Promise<RoundResult> {
  const result = emptyResult(target.name, design.tasks);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // tsx (esbuild keepNames) wraps functions in __name(...): define it for page.evaluate.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  try {
    await page.goto(target.url);
    // The app's hidden file input behind "Open…" (no accessible name: it is aria-hidden).
    const input = page.locator('input[type="file"]').first();
    await input.waitFor({ state: 'attached' });

    // 1. Open: until tasks and edges are drawn and their counts held for 3 frames.
    const t0 = await now(page);
    await input.setInputFiles(design.path);
    await page.waitForFunction(probe.renderSettled, target.nodeSelector, {
      polling: 'raf',
      timeout: OPEN_TIMEOUT_MS,
    });
    result.loadMs = (await page.evaluate(probe.readReadyAt)) - t0;
    await page.waitForTimeout(1000); // late effects settle
    // The same view on both pages: everything fitted (zoom clamps at minZoom 0.1).
    await fitView(page);
    const counts = await page.evaluate(probe.countDrawn, target.nodeSelector);
    result.nodesInDom = counts.nodes;
    result.edgesInDom = counts.edges;

    // 2. Drag one node.
    const node = await page.evaluate(probe.pickNode, target.nodeSelector);
    if (!node) throw new Error(`${target.name}: no draggable node in view`);
    await page.evaluate(probe.startFrames);
    result.dragMs = await drag(page, node.x, node.y);
    result.dragFrames = await page.evaluate(probe.stopFrames);
    await page.waitForTimeout(500);

    // 3. Pan (drag the empty pane) and zoom (10 wheel steps in, 10 out) at the fitted view.
    const rect = await page.evaluate(probe.paneRect);
    result.panFrames = await framesOf(page, () => drag(page, rect.x0 + 2, rect.y0 + 2));
    await page.waitForTimeout(300);
    const centre = { x: (rect.x0 + rect.x1) / 2, y: (rect.y0 + rect.y1) / 2 };
    await page.mouse.move(centre.x, centre.y);
    result.zoomFrames = await framesOf(page, async () => {
      for (const dy of [...Array<number>(10).fill(-100), ...Array<number>(10).fill(100)]) {
        await page.mouse.wheel(0, dy);
        await nextFrame(page);
      }
    });
    await fitView(page);

    // 4. Select all (Shift + drag a rectangle over the pane) and move them.
    if (design.selectAll) {
      const box = await page.evaluate(probe.paneRect);
      await page.keyboard.down('Shift');
      await page.mouse.move(box.x0, box.y0);
      await page.mouse.down();
      await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
      await page.mouse.move(box.x1, box.y1, { steps: 4 });
      await page.mouse.up();
      await page.keyboard.up('Shift');
      await page.waitForTimeout(500);
      result.selectedCount = await page.evaluate(
        (sel) => document.querySelectorAll(`${sel}.selected`).length,
        target.nodeSelector,
      );
      const selectedNode = await page.evaluate(probe.pickSelection, target.nodeSelector);
      if (selectedNode) {
        await page.evaluate(probe.startFrames);
        result.selectMoveMs = await drag(page, selectedNode.x, selectedNode.y);
        result.selectFrames = await page.evaluate(probe.stopFrames);
      }
      await page.waitForTimeout(500);
    }

    // 5. Type 20 characters into bash_command (ours: select one task first).
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
        { polling: 'raf' },
      );
    }
    result.keyLatencies = await page.evaluate(probe.readKeyLatencies);
    result.keyCanvasMutations = await page.evaluate(probe.readCanvasMutations);
  } catch (err) {
    result.failed = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    process.stdout.write(`    ${target.name} @${design.tasks}: stopped: ${result.failed}\n`);
  } finally {
    await context.close();
  }
  return result;
}

/**
 * `rounds` alternating rounds per design; the order flips every round (ours,
 * bare, bare, ours, ...). A page that fails a round at a size (bare React
 * Flow opening 10,000 tasks within the timeout) is not retried at that size.
 */
export async function runBrowserBench(
  targets: readonly [PageTarget, PageTarget],
  designs: readonly BenchDesign[],
  rounds: number,
): Promise<{ results: RoundResult[]; browserVersion: string }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const results: RoundResult[] = [];
    for (const design of designs) {
      const gaveUp = new Set<PageTarget['name']>();
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? targets : ([targets[1], targets[0]] as const);
        for (const target of order) {
          if (gaveUp.has(target.name)) continue;
          process.stdout.write(
            `  browser @${design.tasks} round ${r + 1}/${rounds}: ${target.name}\n`,
          );
          const result = await oneRound(browser, target, design);
          results.push(result);
          if (result.failed && Number.isNaN(result.loadMs)) gaveUp.add(target.name);
        }
      }
    }
    return { results, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
