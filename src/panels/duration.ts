/**
 * Durations are seconds in the design; people think in `1h 30m`. These two
 * functions are inverse on whole seconds so a field can show one and store
 * the other without drift.
 */

const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

/** 5400 -> `1h 30m`; 0 -> `0s`; fractions keep their remainder in seconds (`1m 0.5s`). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds < 0) return `-${formatDuration(-seconds)}`;
  if (seconds === 0) return '0s';
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of UNITS) {
    const whole = unit === 's' ? rest : Math.floor(rest / size);
    if (whole > 0) {
      parts.push(`${unit === 's' ? Number(whole.toFixed(3)) : whole}${unit}`);
      rest -= whole * size;
    }
  }
  return parts.join(' ');
}

export type DurationParse = { ok: true; seconds: number } | { ok: false; error: string };

const PART = /(\d+(?:\.\d+)?)\s*(d|h|m|s)/gy;

/**
 * `1h 30m`, `90m`, `1d2h`, `45s`, `3600` (plain seconds) -> seconds. Rejects
 * anything else with a message a person can act on, so the field can keep
 * what was typed and show the error instead of losing it.
 */
export function parseDuration(text: string): DurationParse {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { ok: false, error: 'Enter a duration, e.g. 300 or 1h 30m' };
  if (/^\d+(\.\d+)?$/.test(trimmed)) return { ok: true, seconds: Number(trimmed) };
  let seconds = 0;
  const seen = new Set<string>();
  PART.lastIndex = 0;
  let position = 0;
  while (position < trimmed.length) {
    while (trimmed[position] === ' ') position += 1;
    if (position >= trimmed.length) break;
    PART.lastIndex = position;
    const match = PART.exec(trimmed);
    if (!match) {
      return { ok: false, error: `Not a duration: "${text.trim()}" (use e.g. 1h 30m, 45s or 300)` };
    }
    const [, amount, unit] = match as unknown as [string, string, string];
    if (seen.has(unit)) return { ok: false, error: `"${unit}" appears twice in "${text.trim()}"` };
    seen.add(unit);
    seconds += Number(amount) * (UNITS.find(([u]) => u === unit)?.[1] ?? 1);
    position = PART.lastIndex;
  }
  return { ok: true, seconds: Number(seconds.toFixed(3)) };
}
