import type { ArgSpec } from '../../catalog/types.ts';

/**
 * The spec of a form field that is not an operator argument (a DAG setting, a
 * param's default, a custom operator's module): never Jinja-templated, so
 * ArgField shows no Jinja badge. Build these once at module level where you
 * can, so memoized fields see the same object on every render.
 */
export const formSpec = (
  name: string,
  type: ArgSpec['type'],
  help: string,
  required = false,
): ArgSpec => ({ name, type, required, templated: false, help });
