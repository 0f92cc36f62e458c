/** Palette content: catalog operators filtered by a search and grouped by category. */
import type { OperatorCategory, OperatorSpec } from '../../catalog/types.ts';

export const CATEGORY_ORDER: readonly OperatorCategory[] = [
  'Core',
  'Python',
  'Sensors',
  'Triggers',
  'SQL',
  'HTTP',
  'Notify',
  'AWS',
];

export interface PaletteGroup {
  category: OperatorCategory;
  operators: OperatorSpec[];
}

/** Every word of the query must appear in the label, key, category or description. */
export function paletteGroups(operators: readonly OperatorSpec[], query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (op: OperatorSpec) => {
    const hay = `${op.label} ${op.key} ${op.category} ${op.description}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  const out: PaletteGroup[] = [];
  for (const category of CATEGORY_ORDER) {
    const ops = operators.filter((op) => op.category === category && matches(op));
    if (ops.length > 0) out.push({ category, operators: ops });
  }
  return out;
}
