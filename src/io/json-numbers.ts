/**
 * Numbers JSON can spell but a double cannot hold: `JSON.parse` reads `1e400`
 * as Infinity (and `-1e400` as -Infinity), which no later check would name
 * precisely (the schema only sees "not JSON" one level up). Found here by
 * exact path, before the schema runs.
 */
import type { PathSegment } from '../model/paths.ts';

/**
 * Path of the first infinite number in a parsed JSON value, or null. (NaN
 * cannot come out of JSON text; from other callers the schema names it.)
 */
export function findNonFiniteNumber(
  value: unknown,
  path: PathSegment[] = [],
): PathSegment[] | null {
  if (typeof value === 'number') return value === Infinity || value === -Infinity ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNonFiniteNumber(value[i], [...path, i]);
      if (hit) return hit;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const hit = findNonFiniteNumber(child, [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
}
