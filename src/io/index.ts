/** The design file format: parse (with migrations), serialize, JSON Schema. */
export { parseDesign, parseDesignText, type ParseResult, type ParseOptions } from './parse.ts';
export { designFileName, serializeDesign, sortEdges } from './serialize.ts';
export { emptyDesign } from './empty.ts';
export {
  DesignSchemaV2,
  JsonValueSchema,
  CURRENT_VERSION,
  DESIGN_FORMAT,
  type DesignV2Input,
  type DesignV2Output,
} from './schema-v2.ts';
export { MIGRATIONS, migrateToCurrent, type Migration, type MigrationOutcome } from './migrate.ts';
export { designJsonSchemaText, JSON_SCHEMA_PATH, JSON_SCHEMA_ID } from './json-schema.ts';
export {
  findDuplicateKey,
  findJsonSyntaxError,
  type JsonDuplicateKey,
  type JsonSyntaxError,
} from './json-syntax.ts';
export {
  parseExamplesIndex,
  ExamplesIndexSchema,
  type ExampleEntry,
  type ExamplesIndex,
  type ExamplesIndexResult,
} from './examples-index.ts';
// The share-link codec (fflate) is imported on its own: src/io/share-link.ts.
export { isShareFragment, SHARE_PREFIX } from './share-fragment.ts';
