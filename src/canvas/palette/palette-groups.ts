/** Palette content: catalog operators filtered by a search and grouped by category. */
import { operatorsByCategory } from '../../catalog/index.ts';
import type { OperatorCategory, OperatorSpec } from '../../catalog/types.ts';

export interface PaletteGroup {
  category: OperatorCategory;
  operators: readonly OperatorSpec[];
}

/**
 * Every word of the query must appear in the label, key, category or
 * description. Groups follow the catalog's category order; empty ones are
 * dropped so a search shows only the categories that matched.
 */
export function paletteGroups(operators: readonly OperatorSpec[], query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (op: OperatorSpec) => {
    const hay = `${op.label} ${op.key} ${op.category} ${op.description}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  return [...operatorsByCategory(operators.filter(matches))]
    .filter(([, ops]) => ops.length > 0)
    .map(([category, ops]) => ({ category, operators: ops }));
}
