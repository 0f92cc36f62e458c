/**
 * The shape of one DAG param (`dag.params.<name>`): an Airflow `Param`, its
 * `default` plus JSON Schema keywords. One home for every format version.
 *
 * Any keyword with a JSON value parses: Airflow passes every keyword into the
 * param's JSON Schema, so the parser keeps them all, and the keyword's own
 * rules (a number for `minimum`, a type name for `type`, ...) are checked by
 * validation (src/model/validate/params.ts), which names the exact path.
 */
import { z } from 'zod';
import { JsonValueSchema } from './json-value-schema.ts';

export const ParamSchema = z.record(z.string(), JsonValueSchema);
