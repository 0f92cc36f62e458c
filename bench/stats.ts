/** Small statistics for benchmark samples (milliseconds). */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
};

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2 === 1
        ? sorted[Math.floor(mid)]!
        : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    n: sorted.length,
    median,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    p95: quantile(sorted, 0.95),
  };
}

/** `12.3` / `1 234` style: enough digits to compare, not more. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export const ratio = (ours: number, bare: number): string =>
  Number.isFinite(ours) && Number.isFinite(bare) && bare > 0
    ? `${(ours / bare).toFixed(1)}×`
    : 'n/a';
