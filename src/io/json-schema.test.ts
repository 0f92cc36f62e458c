import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { designJsonSchemaText, JSON_SCHEMA_PATH } from './json-schema.ts';

describe('public/schema/design.v2.json', () => {
  it('matches the zod schema byte for byte (run `npm run gen:schema` after changing schema-v2.ts)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL(`../../${JSON_SCHEMA_PATH}`, import.meta.url)),
      'utf8',
    );
    expect(committed, 'public/schema/design.v2.json is stale: run `npm run gen:schema`').toBe(
      designJsonSchemaText(),
    );
  });

  it('forbids unknown keys and requires the envelope', () => {
    const schema = JSON.parse(designJsonSchemaText()) as {
      additionalProperties: boolean;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'version', 'dag']);
  });
});
