/**
 * When a forecast is attempted, and with which pool sizes: the one rule the
 * CLI (`validate`) and the canvas's Forecast panel share, so both show the
 * same numbers for the same design. The computation itself is forecastRun.
 */
import type { Design } from '../design/design.ts';
import type { Finding } from './findings.ts';
import { DEFAULT_POOL, forecastRun, type Forecast } from './forecast.ts';

/** Codes after which the graph cannot be walked reliably, so no forecast is attempted. */
const GRAPH_BREAKING = new Set(['cycle', 'dangling-edge', 'duplicate-id']);

/** Pool name -> slots, as typed by the user (`--pool name=slots`, the panel's inputs). */
export type PoolSizes = Readonly<Record<string, number>>;

/**
 * forecastRun(design) unless a finding breaks the graph. `pools` gives the
 * size of named pools; `default_pool` among them sets its size (else 128).
 */
export function forecastForDesign(
  design: Design,
  findings: readonly Finding[],
  pools: PoolSizes = {},
): Forecast | null {
  if (findings.some((f) => f.severity === 'error' && GRAPH_BREAKING.has(f.code))) return null;
  const { [DEFAULT_POOL]: defaultPoolSlots, ...poolSizes } = pools;
  return forecastRun(design, {
    ...(Object.keys(poolSizes).length > 0 ? { poolSizes } : {}),
    ...(defaultPoolSlots !== undefined ? { defaultPoolSlots } : {}),
  });
}

/** A pool size is a whole number of slots, at least 1 (Airflow's own lower bound in practice). */
export function parsePoolSlots(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** `name=slots` (the CLI's `--pool`), or an error message. */
export function parsePoolOption(text: string): { name: string; slots: number } | { error: string } {
  const eq = text.lastIndexOf('=');
  const name = eq > 0 ? text.slice(0, eq).trim() : '';
  const slots = eq > 0 ? parsePoolSlots(text.slice(eq + 1)) : null;
  if (name === '' || slots === null) {
    return { error: `--pool expects <name>=<slots> with slots a whole number >= 1, got "${text}"` };
  }
  return { name, slots };
}
