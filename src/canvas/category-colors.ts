/** One calm colour per catalog category: the stripe on task nodes and the palette's dots. */
import type { OperatorCategory } from '../catalog/types.ts';

export const CATEGORY_COLORS: Record<OperatorCategory, string> = {
  Core: '#64748b',
  Python: '#2563eb',
  Sensors: '#d97706',
  Triggers: '#7c3aed',
  'Human in the loop': '#65a30d',
  SQL: '#0d9488',
  HTTP: '#0891b2',
  Notify: '#db2777',
  Kubernetes: '#4f46e5',
  AWS: '#ea580c',
};

export const UNKNOWN_COLOR = '#9ca3af';

export const categoryColor = (category: OperatorCategory | undefined): string =>
  category ? CATEGORY_COLORS[category] : UNKNOWN_COLOR;
