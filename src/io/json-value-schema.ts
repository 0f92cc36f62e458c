/**
 * Any JSON value, as a zod schema: `args`, `default_args` and param values
 * hold these. Shared by every format version's schema.
 */
import { z } from 'zod';
import type { JsonValue } from '../design/design.ts';

/** Any JSON value: `args`, `default_args` and param defaults hold these. */
export const JsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(JsonValueSchema),
      z.record(z.string(), JsonValueSchema),
    ]),
  )
  .meta({ id: 'JsonValue' });
