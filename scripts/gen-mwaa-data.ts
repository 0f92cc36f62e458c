/**
 * Writes src/design/mwaa-versions.generated.ts from mwaa/versions.tsv and the
 * vendored constraint files. Run: `npm run gen:mwaa` (then prettier is not needed:
 * the output is already in the committed form).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MWAA_GENERATED_PATH,
  mwaaVersionsModuleText,
  readMwaaVersions,
} from '../src/catalog/mwaa-constraints.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const versions = readMwaaVersions((path) => readFileSync(join(root, path), 'utf8'));
writeFileSync(join(root, MWAA_GENERATED_PATH), mwaaVersionsModuleText(versions));
process.stdout.write(`wrote ${MWAA_GENERATED_PATH} (${versions.length} MWAA versions)\n`);
