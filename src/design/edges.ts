/**
 * Edge identity and order, the one copy: two edges are the same when their
 * key is; the file (and every change) keeps edges sorted by `from`, then
 * `to`, by UTF-16 code units (not locale), so every machine sorts alike.
 */
import type { Edge } from './design.ts';

/** A key naming the edge `from -> to` (NUL cannot occur in a task id). */
export const edgeKey = (from: string, to: string): string => `${from}\u0000${to}`;

/** The key of `e`. */
export const keyOfEdge = (e: Edge): string => edgeKey(e.from, e.to);

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The file's stable edge order: by `from`, then `to`. */
export const compareEdges = (a: Edge, b: Edge): number =>
  byCodeUnits(a.from, b.from) || byCodeUnits(a.to, b.to);

/** A sorted copy of `edges`. */
export function sortEdges(edges: readonly Edge[]): Edge[] {
  return [...edges].sort(compareEdges);
}
