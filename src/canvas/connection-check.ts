/**
 * Live connection checks while dragging an edge: the `connect` change's own
 * rule (src/model/connect-rule.ts: self-loop, duplicate, cycle), which keeps
 * a graph per design so every pointer move is cheap.
 */
import type { Design } from '../design/design.ts';
import { connectProblem } from '../model/connect-rule.ts';

/** True when `from -> to` may be added. */
export function canConnect(design: Design, from: string, to: string): boolean {
  return connectProblem(design, from, to) === null;
}
