/** One calm colour per catalog category: the stripe on task nodes and the palette's dots. */
import type { OperatorCategory } from '../catalog/types.ts';

export const CATEGORY_COLORS: Record<OperatorCategory, string> = {
  Core: '#64748b',
  Python: '#2563eb',
  Sensors: '#d97706',
  Triggers: '#7c3aed',
  SQL: '#0d9488',
  HTTP: '#0891b2',
  Notify: '#db2777',
  AWS: '#ea580c',
};

export const UNKNOWN_COLOR = '#9ca3af';

export const categoryColor = (category: OperatorCategory | undefined): string =>
  category ? CATEGORY_COLORS[category] : UNKNOWN_COLOR;
