/** The "Reading" section of docs/BENCHMARKS.md: what the numbers say, computed from them. */
import type { CoreRow } from './core-bench.ts';
import type { RoundResult } from './browser-bench.ts';
import { ms, ratio, summarize } from './stats.ts';

export function readingOf(core: readonly CoreRow[], browser: readonly RoundResult[]): string {
  const at2000 = core.filter((r) => r.size === 2000 && !r.step.includes('chain'));
  const slowest = [...at2000].sort((a, b) => b.summary.median - a.summary.median);
  const lines: string[] = [];
  if (slowest[0]) {
    lines.push(
      `- Core at 2000 tasks, slowest first: ${slowest
        .slice(0, 4)
        .map((r) => `${r.step} ${ms(r.summary.median)} ms`)
        .join(', ')}.`,
    );
  }
  const med = (page: string, f: (r: RoundResult) => number[]) =>
    summarize(browser.filter((r) => r.page === page).flatMap(f)).median;
  if (browser.length > 0) {
    const load = [med('ours', (r) => [r.loadMs]), med('bare', (r) => [r.loadMs])] as const;
    const keys = [med('ours', (r) => r.keyLatencies), med('bare', (r) => r.keyLatencies)] as const;
    const drag = [med('ours', (r) => r.dragFrames), med('bare', (r) => r.dragFrames)] as const;
    lines.push(
      `- Opening 2000 tasks: ${ms(load[0])} ms vs ${ms(load[1])} ms bare (${ratio(...load)}).`,
      `- Dragging one node: median frame ${ms(drag[0])} ms vs ${ms(drag[1])} ms bare (${ratio(...drag)}).`,
      `- Typing in an inspector field: ${ms(keys[0])} ms per key vs ${ms(keys[1])} ms for a bare textarea (${ratio(...keys)}).`,
    );
  }
  return lines.join('\n');
}
