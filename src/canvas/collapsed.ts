/**
 * Folded groups (`ui.collapsed` on a group): a collapsed group is drawn as one
 * node; every task and group inside it is hidden, and edges to its members
 * are drawn to the group node, merged. The outermost collapsed group in a
 * chain wins (a folded group inside a folded group is simply hidden).
 */
import type { Design } from '../design/design.ts';
import { parentsOf, walkGroupChain } from '../design/ids.ts';

export interface CollapsedView {
  /** Hidden task -> the collapsed group whose node stands for it. */
  taskShownAs: ReadonlyMap<string, string>;
  /** Groups inside a collapsed group (not drawn). */
  hiddenGroups: ReadonlySet<string>;
  /** Collapsed groups that are drawn (as one folded node). */
  folded: ReadonlySet<string>;
}

export const NOTHING_FOLDED: CollapsedView = {
  taskShownAs: new Map(),
  hiddenGroups: new Set(),
  folded: new Set(),
};

export function collapsedView(design: Design): CollapsedView {
  const collapsed = new Set(
    design.groups.filter((g) => g.ui?.collapsed === true).map((g) => g.group_id),
  );
  if (collapsed.size === 0) return NOTHING_FOLDED;
  const parents = parentsOf(design);
  const outermostFolded = (group: string | null): string | undefined =>
    walkGroupChain(parents, group).chain.find((g) => collapsed.has(g));
  const hiddenGroups = new Set<string>();
  const folded = new Set<string>();
  for (const g of design.groups) {
    const above = outermostFolded(g.parent);
    if (above !== undefined) hiddenGroups.add(g.group_id);
    else if (collapsed.has(g.group_id)) folded.add(g.group_id);
  }
  const taskShownAs = new Map<string, string>();
  for (const t of design.tasks) {
    const by = outermostFolded(t.group);
    if (by !== undefined) taskShownAs.set(t.task_id, by);
  }
  return { taskShownAs, hiddenGroups, folded };
}
