/**
 * "Did you mean ...?" for unknown keys: finds the keys the schema allows at a
 * path and suggests the closest one, so `task_Id` or `estimated_durations`
 * points the user at the right spelling.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** Steps through wrappers (default, optional, nullable, lazy) to the schema that holds data. */
function unwrap(schema: AnySchema): AnySchema {
  for (let i = 0; i < 10; i++) {
    const def = schema._zod.def;
    if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable') {
      schema = (def as z.core.$ZodDefaultDef).innerType;
    } else if (def.type === 'lazy') {
      schema = (def as z.core.$ZodLazyDef).getter();
    } else break;
  }
  return schema;
}

/** The keys an object at `path` may have, or [] when the path holds free JSON. */
export function knownKeysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  let schema = unwrap(root);
  for (const seg of path) {
    const def = schema._zod.def;
    if (def.type === 'object') {
      const next = (def as z.core.$ZodObjectDef).shape[String(seg)];
      if (!next) return [];
      schema = unwrap(next);
    } else if (def.type === 'array') {
      schema = unwrap((def as z.core.$ZodArrayDef).element);
    } else if (def.type === 'record') {
      schema = unwrap((def as z.core.$ZodRecordDef).valueType);
    } else return [];
  }
  const def = schema._zod.def;
  return def.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest known key when it is close enough to be a typo (case-insensitive, distance <= 2). */
export function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
