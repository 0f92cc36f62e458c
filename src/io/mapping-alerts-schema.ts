/**
 * The zod shapes of format version 2's alerts (notifier lists) and dynamic
 * task mapping (`expand`), used by schema-v2.ts. Shape only: which notifiers
 * and arguments exist, and whether `output_of` names an upstream task, is
 * validation's job (src/model/validate/mapping.ts, alerts.ts).
 */
import { z } from 'zod';
import { JsonValueSchema } from './json-value-schema.ts';

export const NotifierCallSchema = z.strictObject({
  notifier: z.string(),
  args: z.record(z.string(), JsonValueSchema).default({}),
});

/** An alert hook: a list of notifiers (absent = no alert). */
export const NotifierListSchema = z.array(NotifierCallSchema).optional();

export const MapSourceSchema = z.union([
  z.array(JsonValueSchema),
  z.strictObject({ output_of: z.string() }),
]);

export const ExpandSchema = z.record(z.string(), MapSourceSchema).optional();
