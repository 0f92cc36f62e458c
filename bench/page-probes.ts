/**
 * Measurements that run INSIDE the page (passed to page.evaluate, so each is
 * self-contained): a requestAnimationFrame recorder for frame times, and a
 * keydown -> next frame latency recorder for typing.
 */

interface ProbeWindow {
  __frames?: number[];
  __recording?: boolean;
  __keyLatencies?: number[];
  __readyAt?: number;
  __canvasMutations?: number;
}

/** Starts recording rAF timestamps into window.__frames. */
export function startFrames(): void {
  const w = window as unknown as ProbeWindow;
  w.__frames = [];
  w.__recording = true;
  const tick = (t: number) => {
    if (!w.__recording) return;
    w.__frames!.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops recording after two more frames; returns the frame-to-frame deltas (ms). */
export function stopFrames(): Promise<number[]> {
  const w = window as unknown as ProbeWindow;
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        w.__recording = false;
        const f = w.__frames ?? [];
        resolve(f.slice(1).map((t, i) => t - f[i]!));
      }),
    ),
  );
}

/**
 * Records, per keydown, the time until the next animation frame (the update
 * is done by then), and counts DOM mutations inside the canvas's nodes and
 * edges meanwhile: typing in a form must not redraw the canvas.
 */
export function startKeyLatency(): void {
  const w = window as unknown as ProbeWindow;
  w.__keyLatencies = [];
  w.__canvasMutations = 0;
  const observer = new MutationObserver((records) => {
    w.__canvasMutations! += records.length;
  });
  for (const el of document.querySelectorAll('.react-flow__nodes, .react-flow__edges'))
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      requestAnimationFrame(() => w.__keyLatencies!.push(performance.now() - t0));
    },
    { capture: true },
  );
}

/**
 * True once task nodes and edges are drawn and their counts held for three
 * frames (polled every frame); stamps window.__readyAt with the first of
 * those frames. Not "all N in the DOM": a page that draws only what is in
 * view (ours, for large designs) is ready when the view is drawn.
 */
export function renderSettled(nodeSelector: string): boolean {
  const w = window as unknown as ProbeWindow & {
    __openSeen?: { nodes: number; edges: number; since: number; frames: number };
  };
  const nodes = document.querySelectorAll(nodeSelector).length;
  const edges = document.querySelectorAll('.react-flow__edge').length;
  const seen = w.__openSeen;
  if (nodes === 0 || edges === 0) return false;
  if (!seen || seen.nodes !== nodes || seen.edges !== edges) {
    w.__openSeen = { nodes, edges, since: performance.now(), frames: 1 };
    return false;
  }
  seen.frames++;
  if (seen.frames < 3) return false;
  w.__readyAt ??= seen.since;
  return true;
}

/** Task nodes and edges in the DOM now. */
export function countDrawn(nodeSelector: string): { nodes: number; edges: number } {
  return {
    nodes: document.querySelectorAll(nodeSelector).length,
    edges: document.querySelectorAll('.react-flow__edge').length,
  };
}

/** Centre of the first node of `selector` that is really on top at its centre (not under a panel). */
export function pickNode(selector: string): { x: number; y: number; id: string } | null {
  const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // Leave room to drag right/down inside the pane.
    if (x < pane.left + 20 || y < pane.top + 20) continue;
    if (x > pane.left + pane.width / 2 || y > pane.top + pane.height / 2) continue;
    if (document.elementFromPoint(x, y)?.closest(selector) === el)
      return { x, y, id: el.dataset.id ?? '' };
  }
  return null;
}

/**
 * Where to grab the current selection: the centre of React Flow's selection
 * box when it shows one (it sits on top of the selected nodes), else a
 * selected node.
 */
export function pickSelection(selector: string): { x: number; y: number } | null {
  const box = document.querySelector('.react-flow__nodesselection-rect');
  if (box) {
    const r = box.getBoundingClientRect();
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    // Grab near its top-left so the 30 moves right/down stay inside the pane.
    const x = Math.max(r.left, pane.left) + 10;
    const y = Math.max(r.top, pane.top) + 10;
    if (document.elementFromPoint(x, y)?.closest('.react-flow__nodesselection-rect'))
      return { x, y };
  }
  const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
  for (const el of document.querySelectorAll<HTMLElement>(`${selector}.selected`)) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < pane.left || y < pane.top || x > pane.left + pane.width / 2) continue;
    if (y > pane.top + pane.height / 2) continue;
    if (document.elementFromPoint(x, y)?.closest(selector) === el) return { x, y };
  }
  return null;
}

/** An empty-pane rectangle for a Shift+drag selection: its corners are bare pane. */
export function paneRect(): { x0: number; y0: number; x1: number; y1: number } {
  const r = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
  const bare = (x: number, y: number) => {
    const el = document.elementFromPoint(x, y);
    return (
      !!el?.closest('.react-flow__pane') && !el.closest('.react-flow__node, .react-flow__panel')
    );
  };
  const x0 = r.left + 4;
  let y0 = r.top + 4;
  while (!bare(x0, y0) && y0 < r.bottom) y0 += 8;
  const x1 = r.right - 4;
  let y1 = r.bottom - 4;
  // The minimap / controls sit in the bottom corners: go up until the corner is bare.
  while (!bare(x1, y1) && y1 > r.top) y1 -= 8;
  while (!bare(x0, y1) && y1 > r.top) y1 -= 8;
  return { x0, y0, x1, y1 };
}

export const readKeyLatencies = (): number[] =>
  (window as unknown as ProbeWindow).__keyLatencies ?? [];
export const readCanvasMutations = (): number =>
  (window as unknown as ProbeWindow).__canvasMutations ?? NaN;
export const readReadyAt = (): number => (window as unknown as ProbeWindow).__readyAt ?? NaN;
