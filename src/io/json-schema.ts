/**
 * JSON Schema (draft 2020-12) of the design file, generated from the zod
 * schema so the two cannot drift. `npm run gen:schema` writes it to
 * public/schema/design.v2.json; editors can map `*.dag.json` to it for completion
 * (a `$schema` key inside a design is an unknown key, like any other).
 */
import { z } from 'zod';
import { DesignSchemaV2 } from './schema-v2.ts';

export const JSON_SCHEMA_PATH = 'public/schema/design.v2.json';
export const JSON_SCHEMA_ID = 'https://dag-designer.dev/schema/design.v2.json';

export function designJsonSchemaText(): string {
  // `io: 'input'` describes what a file may contain: fields with defaults are optional.
  const schema = z.toJSONSchema(DesignSchemaV2, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: JSON_SCHEMA_ID, ...schema }, null, 2)}\n`;
}
