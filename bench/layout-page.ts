/**
 * Layout in the page: the production build opens the 2,000-task grouped
 * design through its file input, then the Auto-layout button is clicked and
 * timed from the click (a capture listener in the page) until the new
 * positions are in the store and drawn and the view fitted: the button is
 * back from "Laying out…", the task nodes' transforms changed, then the
 * viewport and the drawn nodes held still for three frames (the time is the
 * first of those).
 * A PerformanceObserver registered before the click counts main-thread long
 * tasks (> 50 ms) until then. Fresh context each round. Crossings are
 * counted on the design the page saves afterwards (its real positions).
 * Then a small edit in the page (one task dragged) and Auto-layout again:
 * its time and how many tasks it moved (the incremental path, end to end).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import type { Design } from '../src/design/design.ts';
import { parseDesignText } from '../src/io/index.ts';
import { countCrossings } from '../src/layout/crossings.ts';
import { CHROMIUM_ARGS } from './browser-bench.ts';
import * as probe from './page-probes.ts';

export interface LayoutPageRound {
  /** Click -> positions applied and painted, ms (NaN when the round failed). */
  ms: number;
  /** Durations of main-thread long tasks (> 50 ms) between the click and the paint. */
  longTasks: number[];
  crossings: number;
  /** Then one task dragged a little and Auto-layout again: click -> painted, ms. */
  editMs: number;
  /** Tasks that second layout moved (the incremental path: the dragged one, back). */
  editMoved: number;
  failed: string | null;
}

/** Wait after the design is drawn before clicking: a user looks first; the worker warms up when idle. */
export const LOOK_MS = 2000;
const TASK = '.react-flow__node-task';

interface LayoutWindow {
  __clickAt?: number;
  __longTasks?: number[];
  __before?: Map<string, string>;
  __observer?: PerformanceObserver;
}

/** In the page: remember node transforms, start the long-task observer, stamp the click. */
function armLayoutProbe(selector: string): void {
  const w = window as unknown as LayoutWindow;
  w.__before = new Map(
    [...document.querySelectorAll<HTMLElement>(selector)].map((el) => [
      el.dataset.id ?? '',
      el.style.transform,
    ]),
  );
  w.__longTasks = [];
  w.__clickAt = undefined;
  w.__observer?.disconnect();
  w.__observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks!.push(e.duration);
  });
  w.__observer.observe({ type: 'longtask' });
  document.addEventListener(
    'click',
    () => {
      w.__clickAt = performance.now();
    },
    { capture: true, once: true },
  );
}

/** In the page, polled each frame: true once the layout is applied and drawn. */
function layoutDrawn(selector: string): boolean {
  const w = window as unknown as LayoutWindow;
  if (w.__clickAt === undefined) return false;
  const pending = [...document.querySelectorAll('button')].some(
    (b) => b.textContent === 'Laying out…',
  );
  if (pending) return false;
  const now = [...document.querySelectorAll<HTMLElement>(selector)];
  return now.some((el) => w.__before!.get(el.dataset.id ?? '') !== el.style.transform);
}

/**
 * In the page, after `layoutDrawn`: resolves once the viewport transform and
 * the drawn task nodes held still for three frames (the fit after the layout
 * included), with the time from the click to the first of those frames and
 * the long tasks until then.
 */
function afterViewSettled(selector: string): Promise<{ ms: number; longTasks: number[] }> {
  const w = window as unknown as LayoutWindow;
  const look = () =>
    `${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform} ${
      document.querySelectorAll(selector).length
    }`;
  return new Promise((resolve) => {
    let last = look();
    let since = performance.now();
    let still = 0;
    const tick = () => {
      const now = look();
      if (now !== last) {
        last = now;
        since = performance.now();
        still = 0;
      } else if (++still >= 3) {
        resolve({ ms: since - w.__clickAt!, longTasks: w.__longTasks!.slice() });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The design as the page saves it (its real positions). */
async function savedDesign(page: Page): Promise<Design> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  ]);
  const parsed = parseDesignText(readFileSync(await download.path(), 'utf8'), 'saved.dag.json');
  if (!parsed.ok) throw new Error('the saved design does not parse');
  return parsed.design;
}

const positionsOf = (d: Design) =>
  Object.fromEntries(d.tasks.map((t) => [t.task_id, t.ui ?? { x: 0, y: 0 }]));

/** Clicks Auto-layout and waits until laid out, fitted and painted. */
async function layOutAndWait(page: Page): Promise<{ ms: number; longTasks: number[] }> {
  await page.evaluate(armLayoutProbe, TASK);
  await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
  await page.waitForFunction(layoutDrawn, TASK, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(afterViewSettled, TASK);
}

/** The small edit in the page: drag one task 60 px right (it stays in its group), lay out again. */
async function dragThenLayOut(page: Page): Promise<{ ms: number; moved: number }> {
  const node = await page.evaluate(probe.pickNode, TASK);
  if (!node) throw new Error('no task in view to drag');
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  await page.mouse.move(node.x + 60, node.y, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const before = positionsOf(await savedDesign(page));
  const { ms } = await layOutAndWait(page);
  const after = positionsOf(await savedDesign(page));
  const moved = Object.keys(after).filter(
    (id) => after[id]!.x !== before[id]?.x || after[id]!.y !== before[id]?.y,
  ).length;
  return { ms, moved };
}

export async function runLayoutPageBench(
  url: string,
  designPath: string,
  rounds: number,
  /** 0 clicks as soon as the design is drawn (the worker still cold). */
  lookMs = LOOK_MS,
): Promise<LayoutPageRound[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: LayoutPageRound[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      process.stdout.write(`  layout in the page: round ${r + 1}/${rounds}\n`);
      const context = await browser.newContext({
        viewport: { width: 1920, height: 1080 },
        acceptDownloads: true,
      });
      await context.addInitScript('window.__name = (f) => f;');
      const page = await context.newPage();
      const round: LayoutPageRound = {
        ms: NaN,
        longTasks: [],
        crossings: NaN,
        editMs: NaN,
        editMoved: NaN,
        failed: null,
      };
      try {
        await page.goto(url);
        const input = page.locator('input[type="file"]').first();
        await input.waitFor({ state: 'attached' });
        await input.setInputFiles(designPath);
        await page.waitForFunction(probe.renderSettled, TASK, { polling: 'raf', timeout: 120_000 });
        await page.waitForTimeout(lookMs);
        const { ms, longTasks } = await layOutAndWait(page);
        round.ms = ms;
        round.longTasks = longTasks;
        const laid = await savedDesign(page);
        round.crossings = countCrossings(positionsOf(laid), laid.edges);
        const edit = await dragThenLayOut(page);
        round.editMs = edit.ms;
        round.editMoved = edit.moved;
      } catch (err) {
        round.failed = err instanceof Error ? err.message.split('\n')[0]! : String(err);
        process.stdout.write(`    stopped: ${round.failed}\n`);
      } finally {
        await context.close();
      }
      results.push(round);
    }
  } finally {
    await browser.close();
  }
  return results;
}
