/**
 * What a task node shows of its Airflow 3 fields: its outlets as short chips
 * (the asset's last path segment, the full URI in the title; at most two and
 * "+N") and its setup/teardown role as Airflow's graph view marks it (an up
 * arrow for setup, a down arrow for teardown). Pure, so the node builder's
 * cache key and the tests share one reading.
 */
import type { TaskRole } from '../design/design.ts';

/** Chips drawn on a node; the rest are counted in "+N". */
export const MAX_OUTLET_CHIPS = 2;

export interface OutletChip {
  label: string;
  /** The full URI (the chip's title). */
  uri: string;
}

/** `s3://curated-data/orders/` -> `orders`; `s3://bucket` -> `bucket`; a bare name stays itself. */
export function assetShortName(uri: string): string {
  const rest = uri.includes('://') ? uri.slice(uri.indexOf('://') + 3) : uri;
  const parts = rest.split('/').filter((part) => part !== '');
  return parts.at(-1) ?? uri;
}

export function outletChips(outlets: readonly string[]): {
  chips: OutletChip[];
  more: number;
} {
  return {
    chips: outlets.slice(0, MAX_OUTLET_CHIPS).map((uri) => ({ label: assetShortName(uri), uri })),
    more: Math.max(0, outlets.length - MAX_OUTLET_CHIPS),
  };
}

export const ROLE_BADGE: Record<TaskRole, { symbol: string; title: string }> = {
  setup: { symbol: '↑', title: 'Setup task (as_setup())' },
  teardown: { symbol: '↓', title: 'Teardown task (as_teardown()): runs even when the work failed' },
};
