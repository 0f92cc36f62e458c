/**
 * The shape of one DAG param (`dag.params.<name>`): an Airflow `Param`, its
 * `default` plus JSON Schema keywords. One home for every format version.
 */
import { z } from 'zod';
import { JsonValueSchema } from './json-value-schema.ts';

export const ParamSchema = z.strictObject({
  default: JsonValueSchema.optional(),
  type: z.enum(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null']).optional(),
  description: z.string().optional(),
  enum: z.array(JsonValueSchema).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
});
