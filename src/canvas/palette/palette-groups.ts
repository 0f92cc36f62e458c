/**
 * Palette content: catalog operators filtered by a search and grouped by
 * category, then the "Custom operator" entry (a task of operator `custom`:
 * any class the workers can import, with free arguments; not a catalog entry).
 */
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
/** What the palette shows for one entry, and what it adds (`key`: catalog key or `custom`). */
export interface PaletteEntry {
  key: string;
  label: string;
  description: string;
}

/** The entry that adds a custom-operator task; its section heading is `CUSTOM_SECTION`. */
export const CUSTOM_ENTRY: PaletteEntry = {
  key: 'custom',
  label: 'Custom operator',
  description:
    'Any operator class your MWAA environment can import (your plugins or requirements): give its module, class and arguments.',
};
export const CUSTOM_SECTION = 'Custom';

const matcher = (query: string) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (hay: string) => words.every((w) => hay.toLowerCase().includes(w));
};

/** True when the search `query` keeps the Custom operator entry (same rule as the catalog's). */
export function customEntryMatches(query: string): boolean {
  const e = CUSTOM_ENTRY;
  return matcher(query)(`${e.label} ${e.key} ${CUSTOM_SECTION} ${e.description}`);
}

export function paletteGroups(operators: readonly OperatorSpec[], query: string): PaletteGroup[] {
  const hit = matcher(query);
  const matches = (op: OperatorSpec) =>
    hit(`${op.label} ${op.key} ${op.category} ${op.description}`);
  return [...operatorsByCategory(operators.filter(matches))]
    .filter(([, ops]) => ops.length > 0)
    .map(([category, ops]) => ({ category, operators: ops }));
}
