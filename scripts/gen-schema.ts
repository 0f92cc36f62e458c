/** Writes public/schema/design.v2.json from the zod schema. Run: `npm run gen:schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { designJsonSchemaText, JSON_SCHEMA_PATH } from '../src/io/json-schema.ts';

const target = fileURLToPath(new URL(`../${JSON_SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, designJsonSchemaText());
process.stdout.write(`wrote ${JSON_SCHEMA_PATH}\n`);
