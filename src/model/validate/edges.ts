/**
 * Edges: both ends must be tasks, no self-edges, and no cycles.
 *
 * Decisions: a duplicate edge is a `duplicate-edge` WARNING (Airflow's
 * `a >> b` twice is harmless; the serializer could drop it). Every cycle is
 * reported, not only the first: after reporting one, its closing edge is set
 * aside and the search runs again, so independent loops each get a finding.
 * The path of a cycle finding is the edge that closes it (`edges[i]`).
 */
import { findCycle, formatPath } from '../cycles.ts';
import type { Design, Edge } from '../../design/design.ts';
import { errorFinding, warningFinding, type Finding } from '../findings.ts';
import { buildGraph } from '../graph.ts';
import { keyOfEdge } from '../../design/edges.ts';

const MAX_CYCLES_REPORTED = 50;

export function checkEdges(design: Design): Finding[] {
  const out: Finding[] = [];
  const tasks = new Set(design.tasks.map((t) => t.task_id));
  const seen = new Map<string, number>();
  /** Edges that can take part in a cycle, with their index in the file. */
  const usable: { edge: Edge; index: number }[] = [];

  design.edges.forEach((e, i) => {
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (!tasks.has(e[end])) {
        ok = false;
        out.push(
          errorFinding(
            'dangling-edge',
            `edges[${i}].${end}`,
            `Edge ${e.from} -> ${e.to}: there is no task "${e[end]}".`,
          ),
        );
      }
    }
    if (ok && e.from === e.to) {
      ok = false;
      out.push(
        errorFinding(
          'dangling-edge',
          `edges[${i}]`,
          `Edge ${e.from} -> ${e.to} joins a task to itself.`,
        ),
      );
    }
    const key = keyOfEdge(e);
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(
        warningFinding(
          'duplicate-edge',
          `edges[${i}]`,
          `Edge ${e.from} -> ${e.to} is the same as edges[${first}]; remove one.`,
        ),
      );
      return;
    }
    seen.set(key, i);
    if (ok) usable.push({ edge: e, index: i });
  });

  let remaining = usable;
  for (let n = 0; n < MAX_CYCLES_REPORTED; n++) {
    const cycle = findCycle(
      buildGraph(
        design.tasks,
        remaining.map((u) => u.edge),
      ),
    );
    if (!cycle) break;
    const from = cycle[cycle.length - 2]!;
    const to = cycle[cycle.length - 1]!;
    const closing = remaining.find((u) => u.edge.from === from && u.edge.to === to)!;
    out.push(
      errorFinding(
        'cycle',
        `edges[${closing.index}]`,
        `Cycle: ${formatPath(cycle)}. A DAG cannot loop; remove or reverse one of these edges.`,
      ),
    );
    remaining = remaining.filter((u) => u !== closing);
  }
  return out;
}
